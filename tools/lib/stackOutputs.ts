/**
 * The stack outputs contract (what `index.ts` exports) read back for the operational tools:
 * from `pulumi stack output --json`, or from a file saved from it. Every key is checked, so a
 * stale or hand-edited file fails here with the key's name, not later as an AWS error.
 */
import { execFileSync } from "child_process";
import { fromCaller } from "./callerPath";
import { readTextFile } from "./textFile";

export interface StackAlarmOutput {
  readonly id: string;
  readonly alarmName: string;
  readonly metricName: string;
  readonly namespace: string;
  readonly filterName: string;
  readonly filterPattern: string;
}

export interface RealtimeRuleOutput {
  readonly id: string;
  readonly ruleName: string;
}

export interface StackOutputs {
  readonly homeRegion: string;
  readonly regions: readonly string[];
  /** Absent when the stack feeds alarms from an existing log group (no trail of its own). */
  readonly trailName?: string;
  readonly trailArn?: string;
  readonly logGroupName: string;
  readonly logGroupArn?: string;
  readonly logBucketName?: string;
  readonly accessLogBucketName?: string;
  readonly kmsKeyArn?: string;
  /** Region → the alert topic of that region. */
  readonly topicArns: Readonly<Record<string, string>>;
  readonly alarms: readonly StackAlarmOutput[];
  readonly heartbeatAlarmName?: string;
  /** Region → the real-time EventBridge rules of that region. */
  readonly realtimeRules: Readonly<Record<string, readonly RealtimeRuleOutput[]>>;
  /** Region → its alarms on the rules' AWS/Events FailedInvocations; absent in outputs saved before it existed. */
  readonly deliveryFailureAlarms?: Readonly<Record<string, readonly string[]>>;
  readonly alertEmails: readonly string[];
  /** Accounts whose trails write into logBucketName (memberAccounts); absent when none. */
  readonly memberAccounts?: readonly string[];
  /** A member stack's (centralLogArchive) own key for its log group and home topic; logBucketName and kmsKeyArn are then the central archive's. */
  readonly localKeyArn?: string;
  readonly flowLogs?: StackFlowLogs;
  readonly residencyTrails?: readonly StackResidencyTrail[];
  /** GuardDuty, Security Hub and AWS Config as the stack manages or expects them; absent in outputs saved before it existed. */
  readonly detectors?: StackDetectors;
}

/** A detective service's mode: the stack creates it, expects it on already, or leaves it alone. */
export type DetectorMode = "create" | "existing" | "off";

/** The `detectors` output (components/monitoringBaseline.ts, BaselineDetectors). */
export interface StackDetectors {
  readonly guardDuty: DetectorMode;
  readonly securityHub: DetectorMode;
  readonly awsConfig: DetectorMode;
  /** Where the stack manages or expects them: its listed Regions. */
  readonly regions: readonly string[];
  /** Region → the detector the stack created (guardDuty create). */
  readonly guardDutyDetectorIds?: Readonly<Record<string, string>>;
  /** The standards the stack enabled, as their ARNs end (securityHub create). */
  readonly securityHubStandards?: readonly string[];
  /** The stack's recorder (awsConfig create). */
  readonly configRecorderName?: string;
  readonly configBucketName?: string;
  /** Region → the rules that route the services' findings. */
  readonly findingRules: Readonly<Record<string, readonly RealtimeRuleOutput[]>>;
}

export interface StackFlowLogs {
  readonly destination: "s3" | "cloudwatch";
  readonly trafficType: string;
  readonly allVpcs: boolean;
  /** Region → VPC ids with a flow log of the stack; every logged region is a key. */
  readonly vpcIds: Readonly<Record<string, readonly string[]>>;
  /** Region → flow-log log group (destination cloudwatch). */
  readonly logGroupNames?: Readonly<Record<string, string>>;
}

export interface StackResidencyTrail {
  readonly region: string;
  readonly trailName: string;
  readonly trailArn: string;
  readonly logBucketName: string;
  readonly kmsKeyArn: string;
  readonly logGroupName: string;
  /** Where the log bucket's server access logs go; absent in outputs saved before residency buckets had them. */
  readonly accessLogBucketName?: string;
}

/** Bad command-line usage or bad input file: the tools print the message and exit 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/** Runs a program and returns its stdout; a missing program throws with `code: "ENOENT"`. */
export type CommandRunner = (command: string, args: readonly string[]) => string;

export const runCommand: CommandRunner = (command, args) =>
  execFileSync(command, [...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });

export interface ReadOutputsOptions {
  readonly stack: string;
  /** A file holding `pulumi stack output --json`; without it the Pulumi CLI is asked. */
  readonly outputsFile?: string;
  readonly run?: CommandRunner;
}

export function readStackOutputs(options: ReadOutputsOptions): StackOutputs {
  if (options.outputsFile !== undefined) {
    const file = fromCaller(options.outputsFile);
    const text = readTextFile(file, (problem) => new InputError(`--outputs file ${options.outputsFile}: ${problem}`));
    return parseStackOutputs(text, options.outputsFile);
  }
  const run = options.run ?? runCommand;
  let text: string;
  try {
    text = run("pulumi", ["stack", "output", "--json", "--stack", options.stack]);
  } catch (err) {
    const error = err as NodeJS.ErrnoException & { stderr?: string };
    if (error.code === "ENOENT") {
      throw new InputError(
        `The pulumi CLI is not installed here. Save the outputs where it is (\`pulumi stack output --json --stack ${options.stack} > outputs.json\`) and pass --outputs outputs.json.`,
      );
    }
    const reason = (error.stderr ?? error.message).toString().trim();
    throw new InputError(
      `\`pulumi stack output --json --stack ${options.stack}\` failed: ${reason}. Pass --outputs FILE to use saved outputs.`,
    );
  }
  return parseStackOutputs(text, `pulumi stack output --stack ${options.stack}`);
}

/** Parses and checks the outputs JSON; `source` names the file or command in errors. */
export function parseStackOutputs(text: string, source: string): StackOutputs {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${source} is not JSON: ${(err as Error).message}`);
  }
  const root = record(data, source, "the outputs");
  const at = (key: string): string => `${source}: key "${key}"`;

  const alarms = array(root.alarms, at("alarms"), "an array of alarm objects").map((item, index) => {
    const alarm = record(item, source, `alarms[${index}]`);
    const field = (key: keyof StackAlarmOutput): string => string(alarm[key], at(`alarms[${index}].${key}`));
    return {
      id: field("id"),
      alarmName: field("alarmName"),
      metricName: field("metricName"),
      namespace: field("namespace"),
      filterName: field("filterName"),
      filterPattern: field("filterPattern"),
    };
  });

  const realtimeRules: Record<string, RealtimeRuleOutput[]> = {};
  if (root.realtimeRules !== undefined) {
    for (const [region, rules] of Object.entries(record(root.realtimeRules, source, `"realtimeRules"`))) {
      realtimeRules[region] = array(rules, at(`realtimeRules.${region}`), "an array of {id, ruleName}").map((rule, index) => {
        const entry = record(rule, source, `realtimeRules.${region}[${index}]`);
        return {
          id: string(entry.id, at(`realtimeRules.${region}[${index}].id`)),
          ruleName: string(entry.ruleName, at(`realtimeRules.${region}[${index}].ruleName`)),
        };
      });
    }
  }

  let deliveryFailureAlarms: Record<string, string[]> | undefined;
  if (root.deliveryFailureAlarms !== undefined) {
    deliveryFailureAlarms = {};
    for (const [region, names] of Object.entries(record(root.deliveryFailureAlarms, source, `"deliveryFailureAlarms"`))) {
      deliveryFailureAlarms[region] = array(names, at(`deliveryFailureAlarms.${region}`), "an array of alarm names").map((n, i) =>
        string(n, at(`deliveryFailureAlarms.${region}[${i}]`)),
      );
    }
  }

  const topicArns: Record<string, string> = {};
  for (const [region, arn] of Object.entries(record(root.topicArns, source, `"topicArns"`))) {
    topicArns[region] = string(arn, at(`topicArns.${region}`));
  }

  const homeRegion = string(root.homeRegion, at("homeRegion"));
  if (topicArns[homeRegion] === undefined) {
    throw new InputError(`${at("topicArns")} has no topic for the home region ${homeRegion}; the alarms publish there.`);
  }
  return {
    homeRegion,
    regions: array(root.regions, at("regions"), "an array of region names").map((r, i) => string(r, at(`regions[${i}]`))),
    trailName: optionalString(root.trailName, at("trailName")),
    trailArn: optionalString(root.trailArn, at("trailArn")),
    logGroupName: string(root.logGroupName, at("logGroupName")),
    logGroupArn: optionalString(root.logGroupArn, at("logGroupArn")),
    logBucketName: optionalString(root.logBucketName, at("logBucketName")),
    accessLogBucketName: optionalString(root.accessLogBucketName, at("accessLogBucketName")),
    kmsKeyArn: optionalString(root.kmsKeyArn, at("kmsKeyArn")),
    topicArns,
    alarms,
    heartbeatAlarmName: optionalString(root.heartbeatAlarmName, at("heartbeatAlarmName")),
    realtimeRules,
    deliveryFailureAlarms,
    alertEmails: array(root.alertEmails ?? [], at("alertEmails"), "an array of email addresses").map((e, i) =>
      string(e, at(`alertEmails[${i}]`)),
    ),
    memberAccounts: optionalStrings(root.memberAccounts, "memberAccounts", at, "an array of account ids"),
    localKeyArn: optionalString(root.localKeyArn, at("localKeyArn")),
    flowLogs:
      root.flowLogs === undefined || root.flowLogs === null ? undefined : flowLogsOf(record(root.flowLogs, source, `"flowLogs"`), at),
    residencyTrails:
      root.residencyTrails === undefined || root.residencyTrails === null
        ? undefined
        : array(root.residencyTrails, at("residencyTrails"), "an array of residency trail objects").map((item, index) => {
            const trail = record(item, source, `residencyTrails[${index}]`);
            const field = (key: keyof StackResidencyTrail): string => string(trail[key], at(`residencyTrails[${index}].${key}`));
            return {
              region: field("region"),
              trailName: field("trailName"),
              trailArn: field("trailArn"),
              logBucketName: field("logBucketName"),
              kmsKeyArn: field("kmsKeyArn"),
              logGroupName: field("logGroupName"),
              // Absent in outputs of stacks deployed before residency buckets had access logs.
              accessLogBucketName: optionalString(trail.accessLogBucketName, at(`residencyTrails[${index}].accessLogBucketName`)),
            };
          }),
    detectors:
      root.detectors === undefined || root.detectors === null ? undefined : detectorsOf(record(root.detectors, source, `"detectors"`), at),
  };
}

const DETECTOR_MODES: readonly DetectorMode[] = ["create", "existing", "off"];

function detectorsOf(detectors: Record<string, unknown>, at: (key: string) => string): StackDetectors {
  const mode = (key: "guardDuty" | "securityHub" | "awsConfig"): DetectorMode => {
    const value = detectors[key];
    if (typeof value !== "string" || !(DETECTOR_MODES as readonly string[]).includes(value))
      throw new InputError(`${at(`detectors.${key}`)} must be one of ${DETECTOR_MODES.join(", ")}.`);
    return value as DetectorMode;
  };
  const perRegion = <T>(key: string, value: unknown, read: (v: unknown, path: string) => T): Record<string, T> => {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      throw new InputError(`${at(`detectors.${key}`)} must be an object of region → value.`);
    return Object.fromEntries(Object.entries(value).map(([region, v]) => [region, read(v, `detectors.${key}.${region}`)]));
  };
  return {
    guardDuty: mode("guardDuty"),
    securityHub: mode("securityHub"),
    awsConfig: mode("awsConfig"),
    regions: array(detectors.regions, at("detectors.regions"), "an array of region names").map((r, i) =>
      string(r, at(`detectors.regions[${i}]`)),
    ),
    guardDutyDetectorIds:
      detectors.guardDutyDetectorIds === undefined || detectors.guardDutyDetectorIds === null
        ? undefined
        : perRegion("guardDutyDetectorIds", detectors.guardDutyDetectorIds, (v, path) => string(v, at(path))),
    securityHubStandards: optionalStrings(detectors.securityHubStandards, "detectors.securityHubStandards", at, "an array of standards"),
    configRecorderName: optionalString(detectors.configRecorderName, at("detectors.configRecorderName")),
    configBucketName: optionalString(detectors.configBucketName, at("detectors.configBucketName")),
    findingRules: perRegion("findingRules", detectors.findingRules ?? {}, (rules, path) =>
      array(rules, at(path), "an array of {id, ruleName}").map((rule, index) => {
        const entry = record(rule, at(path), `${path}[${index}]`);
        return { id: string(entry.id, at(`${path}[${index}].id`)), ruleName: string(entry.ruleName, at(`${path}[${index}].ruleName`)) };
      }),
    ),
  };
}

function flowLogsOf(flowLogs: Record<string, unknown>, at: (key: string) => string): StackFlowLogs {
  const destination = flowLogs.destination;
  if (destination !== "s3" && destination !== "cloudwatch")
    throw new InputError(`${at("flowLogs.destination")} must be "s3" or "cloudwatch".`);
  if (typeof flowLogs.allVpcs !== "boolean") throw new InputError(`${at("flowLogs.allVpcs")} must be true or false.`);
  // `read` gets the value and its key path (flowLogs.vpcIds.eu-west-1).
  const perRegion = <T>(key: string, value: unknown, read: (v: unknown, path: string) => T): Record<string, T> => {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      throw new InputError(`${at(`flowLogs.${key}`)} must be an object of region → value.`);
    return Object.fromEntries(Object.entries(value).map(([region, v]) => [region, read(v, `flowLogs.${key}.${region}`)]));
  };
  return {
    destination,
    allVpcs: flowLogs.allVpcs,
    trafficType: string(flowLogs.trafficType, at("flowLogs.trafficType")),
    vpcIds: perRegion("vpcIds", flowLogs.vpcIds, (v, path) =>
      array(v, at(path), "an array of VPC ids").map((id, i) => string(id, at(`${path}[${i}]`))),
    ),
    logGroupNames:
      flowLogs.logGroupNames === undefined
        ? undefined
        : perRegion("logGroupNames", flowLogs.logGroupNames, (v, path) => string(v, at(path))),
  };
}

function optionalStrings(value: unknown, key: string, at: (key: string) => string, allowed: string): string[] | undefined {
  return value === undefined || value === null ? undefined : array(value, at(key), allowed).map((v, i) => string(v, at(`${key}[${i}]`)));
}

function record(value: unknown, source: string, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError(`${source}: ${what} must be a JSON object.`);
  }
  return value as Record<string, unknown>;
}

function array(value: unknown, where: string, allowed: string): unknown[] {
  if (!Array.isArray(value)) throw new InputError(`${where} must be ${allowed}.`);
  return value;
}

function string(value: unknown, where: string): string {
  if (typeof value !== "string" || value === "") throw new InputError(`${where} must be a non-empty string.`);
  return value;
}

function optionalString(value: unknown, where: string): string | undefined {
  return value === undefined || value === null ? undefined : string(value, where);
}
