/**
 * Provider-neutral views of the resources the pack checks. Each view applies the provider's
 * default for an absent input and keeps "unknown" (preview) apart from "known".
 */
import { asArray, asObject, boolInput, isUnknown, Json, pick, Props, stringInput } from "./props";
import { BUCKET_V2_TYPE, isNative } from "./resourceTypes";

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

/**
 * What the program declared for an input, read from the state the engine sends. `AnalyzeStack`
 * gets outputs: after an update a provider-computed input (a legacy bucket's inline encryption,
 * versioning or policy) holds what the provider read back from AWS, AWS's defaults included; at
 * preview it is unknown. An unknown with no property dependency is such a provider-computed value
 * (a declared value computed from another resource carries that resource in its dependencies):
 * the program did not declare it, and AWS's default applies, which is what the update reads back.
 */
export function declared(resource: StackResource, input: string): Json | undefined {
  const value = resource.props[input];
  if (isUnknown(value) && (resource.propertyDependencies[input] ?? []).length === 0) return undefined;
  return value;
}

/** SSE algorithm(s) a rule list sets; "unknown" if any is unknown. */
function algorithmsOf(rules: readonly Json[], byDefault: (rule: Props | undefined) => readonly Json[]): readonly string[] | "unknown" {
  const found: string[] = [];
  for (const rule of rules) {
    if (isUnknown(rule)) return "unknown";
    for (const setting of byDefault(asObject(rule))) {
      if (isUnknown(setting)) return "unknown";
      const algorithm = stringInput(asObject(setting)?.sseAlgorithm);
      if (algorithm === "unknown") return "unknown";
      if (algorithm) found.push(algorithm);
    }
  }
  return found;
}

/** `rule.applyServerSideEncryptionByDefault`: one object (legacy and v7 Bucket, the separate resources). */
const singleDefault = (rule: Props | undefined): readonly Json[] =>
  rule?.applyServerSideEncryptionByDefault === undefined ? [] : [rule.applyServerSideEncryptionByDefault];
/** `rules[].applyServerSideEncryptionByDefaults[]`: a list (BucketV2, v6 and v7). */
const listedDefaults = (rule: Props | undefined): readonly Json[] =>
  isUnknown(rule?.applyServerSideEncryptionByDefaults)
    ? [rule!.applyServerSideEncryptionByDefaults]
    : asArray(rule?.applyServerSideEncryptionByDefaults);

/**
 * Default encryption set on the bucket itself, by provider shape: aws-native
 * `bucketEncryption.serverSideEncryptionConfiguration[].serverSideEncryptionByDefault`; `aws:s3/bucket:Bucket`
 * (v6 legacy and v7) `serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault`;
 * `aws:s3/bucketV2:BucketV2` `serverSideEncryptionConfigurations[].rules[].applyServerSideEncryptionByDefaults[]`.
 */
export function inlineEncryption(bucket: StackResource): readonly string[] | "unknown" | undefined {
  if (isNative(bucket.type)) {
    const encryption = declared(bucket, "bucketEncryption");
    if (isUnknown(encryption)) return "unknown";
    const rules = asObject(encryption)?.serverSideEncryptionConfiguration;
    if (rules === undefined) return undefined;
    if (isUnknown(rules)) return "unknown";
    return algorithmsOf(asArray(rules), (rule) =>
      rule?.serverSideEncryptionByDefault === undefined ? [] : [rule.serverSideEncryptionByDefault],
    );
  }
  if (bucket.type === BUCKET_V2_TYPE) {
    const configurations = declared(bucket, "serverSideEncryptionConfigurations");
    if (isUnknown(configurations)) return "unknown";
    if (!Array.isArray(configurations) || configurations.length === 0) return undefined;
    return algorithmsOf(
      configurations.flatMap((c) =>
        isUnknown(c) ? [c] : isUnknown(asObject(c)?.rules) ? [asObject(c)!.rules] : asArray(asObject(c)?.rules),
      ),
      listedDefaults,
    );
  }
  const configuration = declared(bucket, "serverSideEncryptionConfiguration");
  if (isUnknown(configuration)) return "unknown";
  const object = asObject(configuration);
  return object ? algorithmsOf([object.rule ?? null], singleDefault) : undefined;
}

export function separateEncryption(props: Props): readonly string[] | "unknown" {
  if (isUnknown(props.rules)) return "unknown";
  return algorithmsOf(asArray(props.rules), singleDefault);
}

/**
 * SSE-KMS and DSSE-KMS: what the trail bucket's default encryption must be. Every bucket has
 * SSE-S3 (AES256) whatever the program says, so only a KMS algorithm is a setting the program
 * makes (https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingServerSideEncryption.html;
 * values: https://docs.aws.amazon.com/AmazonS3/latest/API/API_ServerSideEncryptionByDefault.html).
 */
export const KMS_SSE_ALGORITHMS: readonly string[] = ["aws:kms", "aws:kms:dsse"];

/** Versioning set inline: true/false/"unknown", undefined when not set inline. */
export function inlineVersioning(bucket: StackResource): Tristate | undefined {
  if (isNative(bucket.type)) {
    const config = declared(bucket, "versioningConfiguration");
    if (isUnknown(config)) return "unknown";
    const status = stringInput(asObject(config)?.status);
    if (status === "unknown") return "unknown";
    return status === undefined ? undefined : status === "Enabled";
  }
  if (bucket.type === BUCKET_V2_TYPE) {
    const versionings = declared(bucket, "versionings");
    if (isUnknown(versionings)) return "unknown";
    if (Array.isArray(versionings) && versionings.length > 0) return boolInput(asObject(versionings[0])?.enabled) ?? false;
    return undefined;
  }
  const legacy = declared(bucket, "versioning");
  if (isUnknown(legacy)) return "unknown";
  if (asObject(legacy)) return boolInput(asObject(legacy)?.enabled) ?? false;
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
    const anyone =
      principal === "*" ||
      asObject(principal)?.AWS === "*" ||
      (Array.isArray(asObject(principal)?.AWS) && asArray(asObject(principal)?.AWS).includes("*"));
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

/**
 * A CloudWatch metric as a filter publishes it and an alarm reads it. A metric is its namespace,
 * its name and its dimensions: an alarm on the same name in another namespace watches another
 * metric, which no filter feeds (CloudWatch concepts, "Metrics":
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html).
 */
export interface MetricId {
  readonly namespace: string | "unknown" | undefined;
  readonly name: string | "unknown" | undefined;
}

/** Both parts known: the key two metrics are equal by. */
export function metricKey(metric: MetricId): string | undefined {
  const { namespace, name } = metric;
  if (namespace === undefined || name === undefined || namespace === "unknown" || name === "unknown") return undefined;
  return `${namespace}\u0000${name}`;
}

export function isUnknownMetric(metric: MetricId): boolean {
  return metric.namespace === "unknown" || metric.name === "unknown";
}

export function describeMetric(metric: MetricId): string {
  return `${metric.namespace ?? "(no namespace)"}/${metric.name ?? "(no name)"}`;
}

export interface MetricFilterView {
  readonly pattern: string | "unknown" | undefined;
  /** The metrics its transformations publish; "unknown" when the list itself is. */
  readonly metrics: readonly MetricId[] | "unknown";
}

export function metricFilterView(type: string, props: Props): MetricFilterView {
  if (isNative(type)) {
    const transformations = props.metricTransformations;
    return {
      pattern: stringInput(props.filterPattern),
      metrics: isUnknown(transformations)
        ? "unknown"
        : asArray(transformations).map((t) => transformationMetric(t, "metricNamespace", "metricName")),
    };
  }
  const transformation = props.metricTransformation;
  return {
    pattern: stringInput(props.pattern),
    metrics: isUnknown(transformation) ? "unknown" : [transformationMetric(transformation, "namespace", "name")],
  };
}

function transformationMetric(value: Json | undefined, namespaceKey: string, nameKey: string): MetricId {
  if (isUnknown(value)) return { namespace: "unknown", name: "unknown" };
  const transformation = asObject(value);
  return { namespace: stringInput(transformation?.[namespaceKey]), name: stringInput(transformation?.[nameKey]) };
}

export interface AlarmView {
  /** The metric it reads: `namespace` and `metricName` (the same names in aws and aws-native). */
  readonly metric: MetricId;
  /** Action ARNs; "unknown" when the list itself is unknown. */
  readonly alarmActions: readonly string[] | "unknown";
  readonly actionsEnabled: Tristate;
}

export function alarmView(props: Props): AlarmView {
  const actions = props.alarmActions;
  return {
    metric: { namespace: stringInput(props.namespace), name: stringInput(props.metricName) },
    alarmActions: isUnknown(actions) ? "unknown" : asArray(actions).filter((a): a is string => typeof a === "string"),
    actionsEnabled: withDefault(props.actionsEnabled, true),
  };
}

export function topicKmsKey(props: Props): string | "unknown" | undefined {
  return stringInput(props.kmsMasterKeyId);
}
