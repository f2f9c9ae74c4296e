/**
 * Provider-neutral views of the resources the pack checks. Each view applies the provider's
 * default for an absent input and keeps "unknown" (preview) apart from "known".
 */
import { asArray, asObject, boolInput, isUnknown, Json, pick, Props, stringInput } from "./props";
import { isNative } from "./resourceTypes";

/** A resource as the stack checks see it: settled props and property dependencies as URNs. */
export interface StackResource {
  readonly type: string;
  readonly urn: string;
  readonly name: string;
  readonly props: Props;
  /** Input name -> URNs of the resources that input's value came from. */
  readonly propertyDependencies: Readonly<Record<string, readonly string[]>>;
}

/** A known boolean, or "unknown" at preview. */
export type Tristate = boolean | "unknown";

/** Where an input points: its value when known, and the resources it was computed from. */
export interface Reference {
  readonly value: string | "unknown" | undefined;
  readonly urns: readonly string[];
}

export function reference(resource: StackResource, ...inputs: string[]): Reference {
  const value = stringInput(pick(resource.props, ...inputs));
  const urns = inputs.flatMap((input) => resource.propertyDependencies[input] ?? []);
  return { value, urns };
}

export interface TrailView {
  readonly trailName: string;
  readonly multiRegion: Tristate;
  readonly logFileValidation: Tristate;
  readonly globalServiceEvents: Tristate;
  readonly logging: Tristate;
  readonly kmsKeyId: string | "unknown" | undefined;
  readonly logGroupArn: string | "unknown" | undefined;
  readonly logsRoleArn: string | "unknown" | undefined;
}

function withDefault(value: Json | undefined, fallback: boolean): Tristate {
  const known = boolInput(value);
  return known === undefined ? fallback : known;
}

/**
 * Defaults are CloudTrail's (CreateTrail): single-region, no validation, global service events
 * included, logging on (Terraform's `enable_logging` default; `IsLogging` is required in CFN).
 */
export function trailView(type: string, name: string, props: Props): TrailView {
  const native = isNative(type);
  const trailName = stringInput(pick(props, native ? "trailName" : "name"));
  return {
    trailName: trailName === undefined || trailName === "unknown" ? name : trailName,
    multiRegion: withDefault(props.isMultiRegionTrail, false),
    logFileValidation: withDefault(props.enableLogFileValidation, false),
    globalServiceEvents: withDefault(props.includeGlobalServiceEvents, true),
    logging: withDefault(pick(props, native ? "isLogging" : "enableLogging"), true),
    kmsKeyId: stringInput(props.kmsKeyId),
    logGroupArn: stringInput(pick(props, native ? "cloudWatchLogsLogGroupArn" : "cloudWatchLogsGroupArn")),
    logsRoleArn: stringInput(props.cloudWatchLogsRoleArn),
  };
}

export const TRAIL_BUCKET_INPUT = "s3BucketName";
export function trailLogGroupInputs(type: string): string {
  return isNative(type) ? "cloudWatchLogsLogGroupArn" : "cloudWatchLogsGroupArn";
}

/** `arn:aws:logs:region:account:log-group:NAME[:*]` -> NAME. */
export function logGroupNameFromArn(arn: string): string | undefined {
  const match = /^arn:[^:]+:logs:[^:]*:[^:]*:log-group:(.+?)(:\*)?$/.exec(arn);
  return match ? match[1] : undefined;
}

export interface PublicAccessSettings {
  readonly blockPublicAcls: Tristate;
  readonly blockPublicPolicy: Tristate;
  readonly ignorePublicAcls: Tristate;
  readonly restrictPublicBuckets: Tristate;
}

/** The four flags; an absent flag is false (both the API and the providers default to off). */
export function publicAccessSettings(props: Props): PublicAccessSettings {
  return {
    blockPublicAcls: withDefault(props.blockPublicAcls, false),
    blockPublicPolicy: withDefault(props.blockPublicPolicy, false),
    ignorePublicAcls: withDefault(props.ignorePublicAcls, false),
    restrictPublicBuckets: withDefault(props.restrictPublicBuckets, false),
  };
}

/** "blocked", "unknown", or the names of the flags that are off. */
export function publicAccessGaps(settings: PublicAccessSettings): readonly string[] | "unknown" {
  const entries = Object.entries(settings) as [string, Tristate][];
  if (entries.some(([, v]) => v === "unknown")) return "unknown";
  return entries.filter(([, v]) => v === false).map(([k]) => k);
}

/** Inline public access block of an aws-native bucket. */
export function inlinePublicAccess(type: string, props: Props): PublicAccessSettings | "unknown" | undefined {
  if (!isNative(type)) return undefined;
  const value = props.publicAccessBlockConfiguration;
  if (isUnknown(value)) return "unknown";
  const config = asObject(value);
  return config ? publicAccessSettings(config) : undefined;
}

/** SSE algorithm(s) a rule list sets; "unknown" if any is unknown. */
function algorithmsOf(rules: readonly Json[], defaultKey: string): readonly string[] | "unknown" {
  const found: string[] = [];
  for (const rule of rules) {
    if (isUnknown(rule)) return "unknown";
    const byDefault = asObject(asObject(rule)?.[defaultKey]);
    const algorithm = stringInput(byDefault?.sseAlgorithm);
    if (algorithm === "unknown") return "unknown";
    if (algorithm) found.push(algorithm);
  }
  return found;
}

/** Default encryption set inline on the bucket (v6 legacy, v6 BucketV2, aws-native). */
export function inlineEncryption(type: string, props: Props): readonly string[] | "unknown" | undefined {
  if (isNative(type)) {
    const encryption = props.bucketEncryption;
    if (isUnknown(encryption)) return "unknown";
    const rules = asObject(encryption)?.serverSideEncryptionConfiguration;
    if (rules === undefined) return undefined;
    if (isUnknown(rules)) return "unknown";
    return algorithmsOf(asArray(rules), "serverSideEncryptionByDefault");
  }
  const legacy = props.serverSideEncryptionConfiguration;
  if (isUnknown(legacy)) return "unknown";
  if (asObject(legacy)) return algorithmsOf([asObject(legacy)?.rule ?? null], "applyServerSideEncryptionByDefault");
  const v6 = props.serverSideEncryptionConfigurations;
  if (isUnknown(v6)) return "unknown";
  if (Array.isArray(v6) && v6.length > 0) {
    return algorithmsOf(v6.flatMap((c) => asArray(asObject(c)?.rules)), "applyServerSideEncryptionByDefault");
  }
  return undefined;
}

export function separateEncryption(props: Props): readonly string[] | "unknown" {
  if (isUnknown(props.rules)) return "unknown";
  return algorithmsOf(asArray(props.rules), "applyServerSideEncryptionByDefault");
}

/** Versioning set inline: true/false/"unknown", undefined when not set inline. */
export function inlineVersioning(type: string, props: Props): Tristate | undefined {
  if (isNative(type)) {
    const config = props.versioningConfiguration;
    if (isUnknown(config)) return "unknown";
    const status = stringInput(asObject(config)?.status);
    if (status === "unknown") return "unknown";
    return status === undefined ? undefined : status === "Enabled";
  }
  const legacy = props.versioning;
  if (isUnknown(legacy)) return "unknown";
  if (asObject(legacy)) return boolInput(asObject(legacy)?.enabled) ?? false;
  const v6 = props.versionings;
  if (isUnknown(v6)) return "unknown";
  if (Array.isArray(v6) && v6.length > 0) return boolInput(asObject(v6[0])?.enabled) ?? false;
  return undefined;
}

export function separateVersioning(props: Props): Tristate {
  const config = props.versioningConfiguration;
  if (isUnknown(config)) return "unknown";
  const status = stringInput(asObject(config)?.status);
  if (status === "unknown") return "unknown";
  return status === "Enabled";
}

/** A policy document from a JSON string (aws) or an object (aws-native); "unknown" at preview. */
export function policyDocument(value: Json | undefined): Props | "unknown" | undefined {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value)) return "unknown";
  if (typeof value === "string") {
    try {
      const parsed: unknown = JSON.parse(value);
      return asObject(parsed as Json);
    } catch {
      return undefined;
    }
  }
  return asObject(value);
}

/**
 * Whether a bucket policy denies every request made without TLS: a Deny statement for any
 * principal, covering s3 actions, with `Bool: {"aws:SecureTransport": "false"}`
 * (AWS's documented pattern; Security Hub S3.5).
 */
export function deniesInsecureTransport(document: Props): boolean {
  return asArray(document.Statement ?? (asObject(document.Statement) ? [document.Statement] : [])).some((raw) => {
    const statement = asObject(raw);
    if (!statement || statement.Effect !== "Deny") return false;
    const principal = statement.Principal;
    const anyone = principal === "*" || asObject(principal)?.AWS === "*" || (Array.isArray(asObject(principal)?.AWS) && asArray(asObject(principal)?.AWS).includes("*"));
    if (!anyone) return false;
    const actions = Array.isArray(statement.Action) ? statement.Action : [statement.Action];
    if (!actions.some((a) => a === "s3:*" || a === "*")) return false;
    const condition = asObject(asObject(statement.Condition)?.Bool);
    const secure = condition?.["aws:SecureTransport"];
    return secure === false || secure === "false" || (Array.isArray(secure) && (secure.includes("false") || secure.includes(false)));
  });
}

/** Rotation is on; only symmetric encryption keys can rotate, others are not applicable. */
export function keyRotation(type: string, props: Props): Tristate | "not-applicable" {
  const spec = stringInput(pick(props, isNative(type) ? "keySpec" : "customerMasterKeySpec"));
  const usage = stringInput(props.keyUsage);
  if (spec === "unknown" || usage === "unknown") return "unknown";
  if ((spec !== undefined && spec !== "SYMMETRIC_DEFAULT") || (usage !== undefined && usage !== "ENCRYPT_DECRYPT")) {
    return "not-applicable";
  }
  return withDefault(props.enableKeyRotation, false);
}

export interface LogGroupView {
  readonly logGroupName: string | "unknown" | undefined;
  readonly kmsKeyId: string | "unknown" | undefined;
  /** Days; 0 or absent means never expire. */
  readonly retentionInDays: number | "unknown" | undefined;
}

export function logGroupView(type: string, props: Props): LogGroupView {
  const retention = props.retentionInDays;
  return {
    logGroupName: stringInput(pick(props, isNative(type) ? "logGroupName" : "name")),
    kmsKeyId: stringInput(props.kmsKeyId),
    retentionInDays: isUnknown(retention) ? "unknown" : typeof retention === "number" ? retention : undefined,
  };
}

export interface MetricFilterView {
  readonly pattern: string | "unknown" | undefined;
  readonly metricNames: readonly (string | "unknown")[];
}

export function metricFilterView(type: string, props: Props): MetricFilterView {
  if (isNative(type)) {
    return {
      pattern: stringInput(props.filterPattern),
      metricNames: asArray(props.metricTransformations).map((t) => stringInput(asObject(t)?.metricName) ?? "unknown"),
    };
  }
  const transformation = props.metricTransformation;
  return {
    pattern: stringInput(props.pattern),
    metricNames: isUnknown(transformation) ? ["unknown"] : [stringInput(asObject(transformation)?.name) ?? "unknown"],
  };
}

export interface AlarmView {
  readonly metricName: string | "unknown" | undefined;
  /** Action ARNs; "unknown" when the list itself is unknown. */
  readonly alarmActions: readonly string[] | "unknown";
  readonly actionsEnabled: Tristate;
}

export function alarmView(props: Props): AlarmView {
  const actions = props.alarmActions;
  return {
    metricName: stringInput(props.metricName),
    alarmActions: isUnknown(actions) ? "unknown" : asArray(actions).filter((a): a is string => typeof a === "string"),
    actionsEnabled: withDefault(props.actionsEnabled, true),
  };
}

export function topicKmsKey(props: Props): string | "unknown" | undefined {
  return stringInput(props.kmsMasterKeyId);
}
