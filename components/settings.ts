/**
 * MonitoringBaseline's arguments and their one validation: defaults applied in one place, every
 * bad value reported at once, one line per problem naming the argument (the stack config key of
 * the same name), before any resource is registered. The component calls it, so consumers in
 * other languages, who never see the program's config.ts, get the same errors.
 */
import {
  ALL_ALARM_IDS,
  EventBridgePattern,
  SIGNIN_WITHOUT_MFA_VARIANTS,
  SigninWithoutMfaVariant,
  secretReadEventPattern,
  secretReadFilterPattern,
} from "../policy/catalogue";
import { valueProblems } from "../lib/providerRules";
import { AWS_REGIONS, partitionOf } from "../lib/regions";
import { checkFilterPatternSyntax } from "../policy/lib/filterPattern";
import {
  ACCOUNT_ID,
  EMAIL_ADDRESS,
  EVENTBRIDGE_EVENT_PATTERN_MAX,
  LOG_GROUP_NAME,
  METRIC_FILTER_PATTERN_MAX,
  ORGANIZATION_ID,
  PROJECT_TRAIL_NAME,
  S3_MINIMUM_STORAGE_DAYS,
  S3_TRANSITION_MIN_DAYS,
  nameProblem,
  utf8Bytes,
} from "../lib/awsLimits";
import { awsLimitProblems } from "../lib/settingsLimits";
import { InvestigationSettings, parseInvestigationConfig } from "../lib/investigateSettings";
import { CentralLogArchiveSettings, ResidencyTrailSettings, VpcFlowLogSettings, parseLoggingCoverage } from "../lib/loggingCoverage";

/** Retention values CloudWatch Logs accepts (PutRetentionPolicy), in days. */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

/** S3 lifecycle transition classes that suit write-once audit logs. */
export const ARCHIVE_STORAGE_CLASSES = ["GLACIER", "DEEP_ARCHIVE", "GLACIER_IR", "STANDARD_IA", "INTELLIGENT_TIERING"] as const;
export type ArchiveStorageClass = (typeof ARCHIVE_STORAGE_CLASSES)[number];

export const S3_DATA_EVENT_MODES = ["none", "write", "read", "all"] as const;
export type S3DataEventMode = (typeof S3_DATA_EVENT_MODES)[number];

export const OBJECT_LOCK_MODES = ["GOVERNANCE", "COMPLIANCE"] as const;
export type ObjectLockMode = (typeof OBJECT_LOCK_MODES)[number];

/** A metric-filter alarm the stack adds to the catalogue. */
export interface CustomAlarm {
  readonly id: string;
  readonly title: string;
  readonly why: string;
  readonly filterPattern: string;
  /** With it, the alarm also gets a real-time EventBridge rule in every region. */
  readonly eventPattern?: EventBridgePattern;
}

/** `cis`: patterns verbatim, as scanners expect. `tuned`: documented noise exclusions. */
export const ALARM_PROFILES = ["cis", "tuned"] as const;
export type AlarmProfile = (typeof ALARM_PROFILES)[number];

export interface ObjectLockSettings {
  readonly mode: ObjectLockMode;
  readonly days: number;
}

/** Everything the program needs, validated and with defaults applied. */
export interface BaselineSettings {
  /** Regions that get the regional part (topic, real-time rules). Default: `["us-east-1"]`. */
  readonly regions: readonly string[];
  /** Region that owns the multi-region trail, key, bucket, log group and alarms. Default: the first region. */
  readonly homeRegion: string;
  /** Explicit trail name, so its ARN is known before it exists. Default: `security-baseline`. */
  readonly trailName: string;
  /** Email addresses subscribed to every topic. Default: none. */
  readonly alertEmails: readonly string[];
  /** CloudWatch Logs retention of the trail's log group. Default: 365. */
  readonly logRetentionDays: number;
  /** Days before trail log objects move to `archiveStorageClass`. Default: 90. */
  readonly archiveAfterDays: number;
  /** Default: `GLACIER` (S3 Glacier Flexible Retrieval). */
  readonly archiveStorageClass: ArchiveStorageClass;
  /** Days before trail log objects expire. Default: 2557 (7 years). */
  readonly expireAfterDays: number;
  /** S3 Object Lock on the log bucket, set at creation. Default: off. */
  readonly objectLock?: ObjectLockSettings;
  /** Organization trail (run from the management or delegated admin account). Default: false. */
  readonly organizationTrail: boolean;
  /** `o-...` id; required for an organization trail (its log streams are prefixed with it). */
  readonly organizationId?: string;
  /**
   * 12-digit id of the organization's management account. An organization trail's ARN carries
   * it even when a delegated administrator account deploys the trail. Default: the caller's account.
   */
  readonly managementAccountId?: string;
  /** S3 object-level data events (CIS 3.10 write, 3.11 read). Default: `none`. */
  readonly s3DataEvents: S3DataEventMode;
  /** Catalogue ids to leave out. Default: none. */
  readonly disabledAlarms: readonly string[];
  readonly customAlarms: readonly CustomAlarm[];
  /** Secret names whose reads alarm. Default: none, and then no alarm. */
  readonly watchedSecrets: readonly string[];
  /** Default: `securityhub`. */
  readonly signInWithoutMfaVariant: SigninWithoutMfaVariant;
  /** Default: `cis`. */
  readonly alarmProfile: AlarmProfile;
  /** Real-time EventBridge rules in every region, beside the alarms. Default: true. */
  readonly realtimeAlerts: boolean;
  /** Catalogue or custom ids whose real-time rule is left out (the alarm stays). Default: none. */
  readonly disabledRealtimeAlerts: readonly string[];
  /** Minutes without any event in the log group before the heartbeat alarm fires. Default: 60. */
  readonly heartbeatWindowMinutes: number;
  /** Use an existing trail's log group instead of creating trail, bucket and key. Default: unset. */
  readonly existingLogGroupName?: string;
  /** Tags on every taggable resource. */
  readonly tags: Readonly<Record<string, string>>;
  /** What a responder gets (components/investigate): Athena, Insights queries, dashboard, self-healing trail, chat. */
  readonly investigation: InvestigationSettings;
  /** VPC flow logs on listed VPCs or every VPC of each region (lib/loggingCoverage.ts). Default: unset, none. */
  readonly vpcFlowLogs?: VpcFlowLogSettings;
  /** Accounts whose trails deliver into this stack's log archive without Organizations. Default: none. */
  readonly memberAccounts?: readonly string[];
  /** A member stack's central archive in another account: no local bucket or trail key. Default: unset. */
  readonly centralLogArchive?: CentralLogArchiveSettings;
  /** Additional single-region trails kept in their region with their own retention. Default: none. */
  readonly residencyTrails?: readonly ResidencyTrailSettings[];
}

/** Raised with every bad key at once, so a user fixes them in one pass. */
export class ConfigError extends Error {
  constructor(public readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** A metric-filter alarm added to the catalogue (argument form of CustomAlarm). */
export interface CustomAlarmArgs {
  /** Kebab-case id of at most 31 characters, not a catalogue id, e.g. `break-glass-role-used`. */
  id: string;
  /** CloudWatch Logs filter pattern on the trail's events, e.g. `{ $.eventName = "DeleteBucket" }`. */
  filterPattern: string;
  /** Alarm title in alerts. Default: the id. */
  title?: string;
  /** Why the event matters, quoted in alerts. Default: "Custom alarm from the stack's configuration." */
  why?: string;
  /** EventBridge event pattern; with it the alarm also gets a real-time rule in every region. Default: none. */
  // Any JSON object: Pulumi's schema analyzer takes `any` (pulumi.json#/Any) but not `unknown`;
  // resolveSettings checks the value at run time.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  eventPattern?: { [key: string]: any };
}

/**
 * The arguments of `MonitoringBaseline`: one per stack config key of the project, with the same
 * names, so the program maps config to arguments one to one and an error names a key found in
 * both. Plain values, not Inputs: they decide which resources exist and in which regions.
 */
export interface MonitoringBaselineArgs {
  /** AWS regions that get the regional part (an encrypted alert topic and the real-time rules), all of one partition. Default: `["us-east-1"]`. */
  regions?: string[];
  /** Region that owns the multi-region trail, its key, log bucket, log group and alarms; one of `regions`. Default: the first of `regions`. */
  homeRegion?: string;
  /** Explicit CloudTrail trail name (3-24 letters, digits, `_` or `-`); also prefixes the key alias, bucket, topic, alarm and rule names. Choose it before the first deployment: renaming replaces the protected log bucket. Default: `security-baseline`. */
  trailName?: string;
  /** Email addresses subscribed to every region's alert topic; each must confirm its subscription. Default: none. */
  alertEmails?: string[];
  /** Retention of the trail's CloudWatch Logs log group in days, a value CloudWatch Logs accepts (e.g. 365, 400, 731, 1096, 3653). Default: 365. */
  logRetentionDays?: number;
  /** Days before trail log objects move to `archiveStorageClass`. Default: 90. */
  archiveAfterDays?: number;
  /** S3 storage class for archived trail logs: GLACIER, DEEP_ARCHIVE, GLACIER_IR, STANDARD_IA or INTELLIGENT_TIERING. Default: GLACIER. */
  archiveStorageClass?: string;
  /** Days before trail log objects (and old versions) expire; later than `archiveAfterDays`. Default: 2557 (7 years). */
  expireAfterDays?: number;
  /** S3 Object Lock default retention on the log bucket, COMPLIANCE or GOVERNANCE, set at the bucket's creation; empty or unset: off. Needs `objectLockRetentionDays`. Default: off. */
  objectLockMode?: string;
  /** Object Lock default retention in days; at most `expireAfterDays`. Required with `objectLockMode`. */
  objectLockRetentionDays?: number;
  /** Make the trail an organization trail (deploy from the management or delegated administrator account). Needs `organizationId`. Default: false. */
  organizationTrail?: boolean;
  /** The organization's id (`o-` and 10-32 lowercase letters or digits); required for an organization trail. */
  organizationId?: string;
  /** 12-digit id of the organization's management account, which an organization trail's ARN carries even when a delegated administrator deploys it. Organization trails only. Default: the deploying account. */
  managementAccountId?: string;
  /** S3 object-level data events: none, write (CIS 3.10), read (CIS 3.11) or all; billed per event. Default: none. */
  s3DataEvents?: string;
  /** Catalogue alarm ids to leave out (README, Alarms). Default: none. */
  disabledAlarms?: string[];
  /** Metric-filter alarms to add to the catalogue. Default: none. */
  customAlarms?: CustomAlarmArgs[];
  /** Secrets Manager secret names whose reads alarm. Default: none, and then no secret-read alarm. */
  watchedSecrets?: string[];
  /** Which console sign-ins without MFA alarm: securityhub (IAM users, as Security Hub's CloudWatch.2), cis (CIS 3.2's pattern) or all-principals. Default: securityhub. */
  signInWithoutMfaVariant?: string;
  /** Minutes without any event in the log group before the delivery heartbeat alarm fires; a multiple of 5 from 5 to 1440. Default: 60. */
  heartbeatWindowMinutes?: number;
  /** Alarm on an existing trail's log group (Control Tower, say) instead of creating a trail, key and buckets. Default: unset. */
  existingLogGroupName?: string;
  /** cis: the CIS patterns verbatim, as scanners expect; tuned: with documented noise exclusions. Default: cis. */
  alarmProfile?: string;
  /** Real-time EventBridge rules beside the alarms, in every listed region. Default: true. */
  realtimeAlerts?: boolean;
  /** Catalogue or custom alarm ids whose real-time rule is left out (the alarm stays). Default: none. */
  disabledRealtimeAlerts?: string[];
  /** Tags on every taggable resource. Default: `{ "baseline:managed-by": "security-baseline" }`. */
  tags?: { [key: string]: string };
  /** Restart the trail within a minute when someone stops it (StopLogging), and alert; changes it cannot undo alert and ask for `pulumi up`. Needs the baseline's own trail. Default: true (false with existingLogGroupName). */
  selfHealingTrail?: boolean;
  /** AWS Chatbot Slack channel that receives every region's alerts; authorise the workspace in the AWS Chatbot console first. Default: none (no chat). */
  slackChannel?: SlackChannelArgs;
  /** The investigation parts in the home region (README, Investigating an alert). Default: all on. */
  investigation?: InvestigationArgs;
  /** VPC flow logs: `{ vpcIds: { <region>: ["vpc-..."] } }` or `{ allVpcs: true }`, with `destination` (s3, the log archive; or cloudwatch) and `trafficType` (ALL). Default: none. */
  vpcFlowLogs?: VpcFlowLogsArgs;
  /** 12-digit ids of accounts whose trails may deliver into this archive without Organizations, each to `AWSLogs/<its id>/` only. Default: none. */
  memberAccounts?: string[];
  /** A member account's stack: deliver the trail to the central archive `{ bucketName, kmsKeyArn }` in another account; no local bucket or trail key. Default: unset. */
  centralLogArchive?: CentralLogArchiveArgs;
  /** Additional single-region trails, each with its own bucket and key in its region (one of `regions`) and its own expiry. Default: none. */
  residencyTrails?: ResidencyTrailArgs[];
}

/** VPC flow logs of the listed regions. */
export interface VpcFlowLogsArgs {
  /** Region → VPC ids (`vpc-` and 8 or 17 hex characters) that get a flow log. */
  vpcIds?: { [region: string]: string[] };
  /** Every VPC in each listed region at deployment time. Default: false. */
  allVpcs?: boolean;
  /** s3 (the log archive, Parquet, hourly partitions) or cloudwatch (an encrypted log group per region). Default: s3. */
  destination?: string;
  /** ALL, REJECT or ACCEPT. Default: ALL. */
  trafficType?: string;
}

/** Another account's log archive. */
export interface CentralLogArchiveArgs {
  /** The central archive bucket's name. */
  bucketName: string;
  /** ARN of the central archive's KMS key, whose policy lets this account's trail encrypt. */
  kmsKeyArn: string;
}

/** A single-region trail kept in its region. */
export interface ResidencyTrailArgs {
  /** One of `regions`. */
  region: string;
  /** Days before its log objects expire. Default: expireAfterDays. */
  expireAfterDays?: number;
}

/** A Slack channel for AWS Chatbot. */
export interface SlackChannelArgs {
  /** The Slack workspace (team) id, such as T07EA123LEP, as the AWS Chatbot console shows it after authorisation. */
  workspaceId: string;
  /** The Slack channel id, such as C07EZ1ABC23 (channel details in Slack). */
  channelId: string;
}

/** Which investigation parts the baseline creates in its home region. */
export interface InvestigationArgs {
  /** Athena workgroup, Glue database, CloudTrail table over the log archive (partition projection) and saved queries. Needs the baseline's own archive. Default: true (false with existingLogGroupName). */
  athena?: boolean;
  /** CloudWatch Logs Insights query definitions on the trail's log group: the investigations, and the events behind each alarm. Default: true. */
  insightsQueries?: boolean;
  /** A CloudWatch dashboard with every alarm, the delivery heartbeat and the real-time rules' deliveries. Default: true. */
  dashboard?: boolean;
  /** Athena's per-query scan limit in bytes, at least 10,485,760 (the provider's minimum). Default: 10,000,000,000 (10 GB). */
  athenaBytesScannedCutoff?: number;
  /** First day the Athena table projects, yyyy/MM/dd: a real day, not after today. Default: 2020/01/01. */
  archiveSince?: string;
}

/** The argument names, in the order the README lists them. */
export const BASELINE_ARG_KEYS = [
  "regions",
  "homeRegion",
  "trailName",
  "alertEmails",
  "logRetentionDays",
  "archiveAfterDays",
  "archiveStorageClass",
  "expireAfterDays",
  "objectLockMode",
  "objectLockRetentionDays",
  "organizationTrail",
  "organizationId",
  "managementAccountId",
  "s3DataEvents",
  "disabledAlarms",
  "customAlarms",
  "watchedSecrets",
  "signInWithoutMfaVariant",
  "heartbeatWindowMinutes",
  "existingLogGroupName",
  "alarmProfile",
  "realtimeAlerts",
  "disabledRealtimeAlerts",
  "tags",
  "selfHealingTrail",
  "slackChannel",
  "investigation",
  "vpcFlowLogs",
  "memberAccounts",
  "centralLogArchive",
  "residencyTrails",
] as const satisfies readonly (keyof MonitoringBaselineArgs)[];

export const DEFAULT_TAGS: Readonly<Record<string, string>> = { "baseline:managed-by": "security-baseline" };

/** Levenshtein distance, case-insensitive; for did-you-mean suggestions. */
function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length];
}

/** The known key closest to `key` within two edits (the Pulumi CLI's own threshold), if any. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const ranked = known.map((k) => ({ k, distance: editDistance(key, k) })).sort((a, b) => a.distance - b.distance);
  return ranked[0] && ranked[0].distance <= 2 ? ranked[0].k : undefined;
}

/** One problem per key not in `known`, with a did-you-mean. */
export function unknownKeyProblems(keys: readonly string[], known: readonly string[], what: string): string[] {
  return keys
    .filter((key) => !known.includes(key))
    .map((key) => {
      const suggestion = closestKey(key, known);
      return `${key}: unknown ${what}${suggestion ? `; did you mean ${suggestion}?` : ""} Known keys: ${known.join(", ")}.`;
    });
}

const SECRET_NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;

/** The tag the baseline puts on a residency trail's resources (residencyTrail.ts). */
export const RESIDENCY_TAG = "baseline:residency-region";

/**
 * The most entries each list setting takes, and why. The lists AWS quotas bind are checked
 * against those too (lib/settingsLimits.ts); these bounds keep a stack within what one plan, one
 * alert topic and one review can hold.
 */
export const LIST_BOUNDS = {
  regions: { max: AWS_REGIONS.length, why: "each AWS Region once" },
  alertEmails: { max: 50, why: "each address subscribes to every Region's topic and must confirm each; use a mailing list beyond that" },
  disabledAlarms: { max: ALL_ALARM_IDS.length, why: "each catalogue alarm once" },
  watchedSecrets: { max: 50, why: "each group of names becomes a metric filter, an alarm and a rule in every Region" },
  disabledRealtimeAlerts: { max: 200, why: "each alarm id once" },
} as const;

/** Custom alarms a stack takes (customAlarms). */
export const CUSTOM_ALARMS_MAX = 50;

/** Whether one group of watched secrets fits the filter pattern and event pattern limits. */
export function secretReadPatternsFit(names: readonly string[]): boolean {
  return (
    utf8Bytes(secretReadFilterPattern(names)) <= METRIC_FILTER_PATTERN_MAX.value &&
    JSON.stringify(secretReadEventPattern(names)).length <= EVENTBRIDGE_EVENT_PATTERN_MAX.value
  );
}

/** The longest watched secret name whose patterns fit on their own (names are ASCII). */
export const WATCHED_SECRET_NAME_MAX = ((): number => {
  let longest = 0;
  for (let length = 1; length <= 512; length++) if (secretReadPatternsFit(["a".repeat(length)])) longest = length;
  return longest;
})();
const ALARM_ID = /^(?=.{1,31}$)[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Validates the arguments and applies the defaults; throws one ConfigError listing every
 * problem, `priorProblems` (the caller's, such as unknown config keys) first.
 */
export function resolveSettings(
  args: MonitoringBaselineArgs,
  priorProblems: readonly string[] = [],
  context: { readonly today?: Date } = {},
): BaselineSettings {
  // Values arrive from other languages and from stack config as plain data: check types at run time.
  const raw = args as Readonly<Record<string, unknown>>;
  const problems: string[] = [
    ...priorProblems,
    ...unknownKeyProblems(
      Object.keys(raw).filter((k) => raw[k] !== undefined),
      BASELINE_ARG_KEYS,
      "argument",
    ),
  ];
  const fail = (key: string, value: unknown, allowed: string): undefined => {
    problems.push(`${key}: ${JSON.stringify(value)} is not valid; ${allowed}.`);
    return undefined;
  };
  const text = (key: string): string | undefined => {
    const value = raw[key];
    if (value === undefined || typeof value === "string") return value;
    return fail(key, value, "expected a string");
  };
  const stringList = (key: keyof typeof LIST_BOUNDS, fallback: readonly string[]): readonly string[] => {
    const value = raw[key];
    if (value === undefined) return fallback;
    if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
      fail(key, value, "expected a list of strings (in stack config, set it with `pulumi config set --path`)");
      return fallback;
    }
    if (value.length > LIST_BOUNDS[key].max) {
      problems.push(`${key}: ${value.length} entries is not valid; at most ${LIST_BOUNDS[key].max} (${LIST_BOUNDS[key].why}).`);
    }
    return value;
  };
  const integer = (key: string, fallback: number, min: number, max: number): number => {
    const value = raw[key];
    if (value === undefined) return fallback;
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
      fail(key, value, `expected a whole number from ${min} to ${max}`);
      return fallback;
    }
    return value;
  };
  const boolean = (key: string, fallback: boolean): boolean => {
    const value = raw[key];
    if (value === undefined) return fallback;
    if (typeof value !== "boolean") {
      fail(key, value, "expected true or false");
      return fallback;
    }
    return value;
  };
  function oneOf<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
    const value = raw[key];
    if (value === undefined) return fallback;
    if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
      fail(key, value, `allowed: ${allowed.join(", ")}`);
      return fallback;
    }
    return value as T;
  }

  const regions = stringList("regions", ["us-east-1"]);
  if (regions.length === 0) fail("regions", regions, "list at least one AWS region");
  for (const region of regions) {
    if (!AWS_REGIONS.includes(region)) fail("regions", region, `expected an AWS region such as us-east-1 or eu-west-1`);
  }
  const duplicates = regions.filter((r, i) => regions.indexOf(r) !== i);
  if (duplicates.length > 0) fail("regions", duplicates, "list each region once");
  // One stack is one account, and an account lives in one partition (aws, aws-us-gov, aws-cn):
  // its ARNs and service principals are the partition's, and one set of credentials reaches one.
  const partitions = [...new Set(regions.filter((r) => AWS_REGIONS.includes(r)).map(partitionOf))];
  if (partitions.length > 1) {
    fail(
      "regions",
      regions,
      `list regions of one partition only (these span ${partitions.join(", ")}): an account, and so a stack, lives in one`,
    );
  }

  const homeRegion = text("homeRegion") ?? regions[0] ?? "us-east-1";
  if (!regions.includes(homeRegion)) {
    fail("homeRegion", homeRegion, `it must be one of the stack's regions (${regions.filter((r) => AWS_REGIONS.includes(r)).join(", ")})`);
  }

  const trailName = text("trailName") ?? "security-baseline";
  const trailNameProblem = nameProblem(trailName, PROJECT_TRAIL_NAME);
  if (trailNameProblem) fail("trailName", trailName, `${trailNameProblem} (${PROJECT_TRAIL_NAME.source})`);

  const alertEmails = stringList("alertEmails", []);
  for (const email of alertEmails) if (!EMAIL_ADDRESS.pattern.test(email)) fail("alertEmails", email, `expected ${EMAIL_ADDRESS.allowed}`);

  const logRetentionDays = integer("logRetentionDays", 365, 1, 3653);
  if (!(LOG_RETENTION_DAYS as readonly number[]).includes(logRetentionDays)) {
    fail("logRetentionDays", logRetentionDays, `CloudWatch Logs accepts only ${LOG_RETENTION_DAYS.join(", ")}`);
  }

  const archiveAfterDays = integer("archiveAfterDays", 90, 1, 36500);
  const archiveStorageClass = oneOf("archiveStorageClass", ARCHIVE_STORAGE_CLASSES, "GLACIER");
  const expireAfterDays = integer("expireAfterDays", 2557, 1, 36500);
  if (expireAfterDays <= archiveAfterDays) {
    // S3: "'Days' in the Expiration action ... must be greater than 'Days' in the Transition action".
    fail(
      "expireAfterDays",
      expireAfterDays,
      `S3 requires expiry later than the transition, archiveAfterDays (${archiveAfterDays}) (https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html)`,
    );
  }
  const transitionMinimum = S3_TRANSITION_MIN_DAYS[archiveStorageClass];
  if (transitionMinimum && archiveAfterDays < transitionMinimum.value) {
    fail(
      "archiveAfterDays",
      archiveAfterDays,
      `S3 transitions objects to ${archiveStorageClass} after ${transitionMinimum.value} days at the earliest (${transitionMinimum.source})`,
    );
  }

  const lockModeRaw = text("objectLockMode");
  let objectLock: ObjectLockSettings | undefined;
  if (lockModeRaw !== undefined && lockModeRaw !== "") {
    const mode = oneOf("objectLockMode", OBJECT_LOCK_MODES, "GOVERNANCE");
    const days = integer("objectLockRetentionDays", 365, 1, 36500);
    if (raw.objectLockRetentionDays === undefined) {
      fail("objectLockRetentionDays", undefined, "set the default retention in days when objectLockMode is set");
    } else if (days > expireAfterDays) {
      fail("objectLockRetentionDays", days, `it must not exceed expireAfterDays (${expireAfterDays}), or expiry can never delete a log`);
    }
    objectLock = { mode, days };
  } else if (raw.objectLockRetentionDays !== undefined) {
    fail("objectLockRetentionDays", raw.objectLockRetentionDays, "set objectLockMode (GOVERNANCE or COMPLIANCE) too, or remove it");
  }

  const organizationTrail = boolean("organizationTrail", false);
  const organizationId = text("organizationId");
  if (organizationId !== undefined && !ORGANIZATION_ID.pattern.test(organizationId)) {
    fail("organizationId", organizationId, `expected ${ORGANIZATION_ID.allowed} (${ORGANIZATION_ID.source})`);
  }
  if (organizationTrail && organizationId === undefined) {
    fail("organizationId", undefined, "an organization trail needs the organization's id (o-...): its log streams are named after it");
  }
  const managementAccountId = text("managementAccountId");
  if (managementAccountId !== undefined) {
    if (!ACCOUNT_ID.pattern.test(managementAccountId)) {
      fail("managementAccountId", managementAccountId, `expected ${ACCOUNT_ID.allowed} (${ACCOUNT_ID.source})`);
    } else if (!organizationTrail) {
      fail(
        "managementAccountId",
        managementAccountId,
        "it applies only to an organization trail: set organizationTrail to true, or remove managementAccountId",
      );
    }
  }

  const s3DataEvents = oneOf("s3DataEvents", S3_DATA_EVENT_MODES, "none");

  const disabledAlarms = stringList("disabledAlarms", []);
  for (const id of disabledAlarms) {
    if (!ALL_ALARM_IDS.includes(id)) fail("disabledAlarms", id, `known alarm ids: ${ALL_ALARM_IDS.join(", ")}`);
  }

  const customAlarms = parseCustomAlarms(raw.customAlarms, problems);

  const watchedSecrets = stringList("watchedSecrets", []);
  for (const name of watchedSecrets) {
    if (!SECRET_NAME.test(name)) fail("watchedSecrets", name, "expected a Secrets Manager secret name (letters, digits and /_+=.@-)");
    else if (!secretReadPatternsFit([name])) {
      fail(
        "watchedSecrets",
        name,
        `expected a name of at most ${WATCHED_SECRET_NAME_MAX} characters: a longer one makes the secret-read filter pattern pass CloudWatch Logs' ${METRIC_FILTER_PATTERN_MAX.value} bytes or its event pattern EventBridge's ${EVENTBRIDGE_EVENT_PATTERN_MAX.value} characters`,
      );
    }
  }
  const repeated = watchedSecrets.filter((n, i) => watchedSecrets.indexOf(n) !== i);
  if (repeated.length > 0) fail("watchedSecrets", repeated, "list each secret once");

  const signInWithoutMfaVariant = oneOf(
    "signInWithoutMfaVariant",
    Object.keys(SIGNIN_WITHOUT_MFA_VARIANTS) as SigninWithoutMfaVariant[],
    "securityhub",
  );

  const alarmProfile = oneOf("alarmProfile", ALARM_PROFILES, "cis");
  const realtimeAlerts = boolean("realtimeAlerts", true);
  const disabledRealtimeAlerts = stringList("disabledRealtimeAlerts", []);
  const knownIds = [...ALL_ALARM_IDS, ...customAlarms.map((a) => a.id)];
  for (const id of disabledRealtimeAlerts) {
    if (!knownIds.includes(id)) fail("disabledRealtimeAlerts", id, `known alarm ids: ${knownIds.join(", ")}`);
  }

  const heartbeatWindowMinutes = integer("heartbeatWindowMinutes", 60, 5, 1440);
  if (heartbeatWindowMinutes % 5 !== 0) {
    fail("heartbeatWindowMinutes", heartbeatWindowMinutes, "expected a multiple of 5 (the alarm counts 5-minute periods)");
  }

  const existingLogGroupName = text("existingLogGroupName") || undefined;
  if (existingLogGroupName !== undefined) {
    const logGroupProblem = nameProblem(existingLogGroupName, LOG_GROUP_NAME);
    if (logGroupProblem) fail("existingLogGroupName", existingLogGroupName, `${logGroupProblem} (${LOG_GROUP_NAME.source})`);
    if (organizationTrail)
      fail("organizationTrail", true, "it applies only to a trail the baseline creates; unset it or existingLogGroupName");
    if (lockModeRaw)
      fail("objectLockMode", lockModeRaw, "it applies only to a bucket the baseline creates; unset it or existingLogGroupName");
  }

  for (const key of ["trailName", "homeRegion"] as const) {
    const value = raw[key];
    if (typeof value === "string" && value.trim() === "") fail(key, value, "it must not be empty");
  }

  const tags = raw.tags === undefined ? DEFAULT_TAGS : raw.tags;
  if (typeof tags !== "object" || tags === null || Array.isArray(tags) || !Object.values(tags).every((v) => typeof v === "string")) {
    fail("tags", tags, "expected a map of tag keys to string values");
  } else {
    // Held to AWS's tag rules with the tag the baseline adds (a residency trail's region).
    for (const problem of valueProblems("aws:s3/bucket:Bucket", "tags", { ...tags, [RESIDENCY_TAG]: "us-east-1" })) {
      problems.push(`tags: ${problem.replace(/^AWS: /, "")}; the baseline adds ${RESIDENCY_TAG} to residency trails' resources.`);
    }
  }

  const investigationConfig = parseInvestigationConfig(
    { selfHealingTrail: raw.selfHealingTrail, slackChannel: raw.slackChannel, investigation: raw.investigation },
    context.today ?? new Date(),
  );
  problems.push(...investigationConfig.problems);
  let investigation = investigationConfig.settings;
  // Athena defaults to on: only an explicit `athena: true` is refused where it cannot work.
  const athenaAsked =
    typeof raw.investigation === "object" && raw.investigation !== null && (raw.investigation as Record<string, unknown>).athena === true;
  if (existingLogGroupName !== undefined) {
    // Athena reads the baseline's archive and the self-healing function restarts the baseline's
    // trail: with an existing trail's log group there is neither.
    // selfHealingTrail is not refused: Pulumi.yaml's default (true) reaches every stack as if set.
    if (athenaAsked) fail("investigation.athena", true, "it reads the archive the baseline creates; unset it or existingLogGroupName");
    investigation = { ...investigation, selfHealingTrail: false, athena: false };
  }

  if (investigation.slackChannel !== undefined && partitionOf(homeRegion) !== "aws") {
    fail(
      "slackChannel",
      investigation.slackChannel,
      `AWS Chatbot has no endpoint in ${partitionOf(homeRegion)}, only in the aws partition (https://docs.aws.amazon.com/general/latest/gr/chatbot.html); remove slackChannel, alerts still go to alertEmails`,
    );
  }

  const { coverage, problems: coverageProblems } = parseLoggingCoverage(
    {
      vpcFlowLogs: raw.vpcFlowLogs,
      memberAccounts: raw.memberAccounts,
      centralLogArchive: raw.centralLogArchive,
      residencyTrails: raw.residencyTrails,
    },
    { regions, homeRegion, organizationTrail, existingLogGroupName, objectLock, archiveAfterDays, expireAfterDays, managementAccountId },
  );
  problems.push(...coverageProblems);
  if (coverage.centralLogArchive !== undefined) {
    // The archive is another account's: this account cannot read it, so Athena has nothing to query.
    if (athenaAsked)
      fail(
        "investigation.athena",
        true,
        "the archive is the central one (centralLogArchive), which this account cannot read: run Athena in the archive account's stack",
      );
    investigation = { ...investigation, athena: false };
  }

  if (problems.length > 0) throw new ConfigError(problems);

  const settings: BaselineSettings = {
    regions,
    homeRegion,
    trailName,
    alertEmails,
    logRetentionDays,
    archiveAfterDays,
    archiveStorageClass,
    expireAfterDays,
    objectLock,
    organizationTrail,
    organizationId,
    managementAccountId,
    s3DataEvents,
    disabledAlarms,
    customAlarms,
    watchedSecrets,
    signInWithoutMfaVariant,
    alarmProfile,
    realtimeAlerts,
    disabledRealtimeAlerts,
    heartbeatWindowMinutes,
    existingLogGroupName,
    tags: tags as Readonly<Record<string, string>>,
    investigation,
    // Absent unless set: a stack without them deploys exactly what it did before they existed.
    ...(coverage.vpcFlowLogs ? { vpcFlowLogs: coverage.vpcFlowLogs } : {}),
    ...(coverage.memberAccounts.length > 0 ? { memberAccounts: coverage.memberAccounts } : {}),
    ...(coverage.centralLogArchive ? { centralLogArchive: coverage.centralLogArchive } : {}),
    ...(coverage.residencyTrails.length > 0 ? { residencyTrails: coverage.residencyTrails } : {}),
  };
  // Names and quotas depend on the whole resolved configuration, so they are checked last.
  const limitProblems = awsLimitProblems(settings);
  if (limitProblems.length > 0) throw new ConfigError(limitProblems);
  return settings;
}

/**
 * Lifecycle settings S3 accepts but that cost money, with the figures: an object deleted
 * before its storage class's minimum storage duration is billed for the rest of it.
 */
export function lifecycleWarnings(settings: BaselineSettings): string[] {
  // The home archive's lifecycle, and each residency bucket's, which shares the transition and sets its own expiry.
  const archives = [
    ...(settings.existingLogGroupName === undefined && settings.centralLogArchive === undefined
      ? [{ key: "expireAfterDays", expireAfterDays: settings.expireAfterDays }]
      : []),
    ...(settings.residencyTrails ?? []).map((trail, i) => ({
      key: `residencyTrails[${i}].expireAfterDays`,
      expireAfterDays: trail.expireAfterDays,
    })),
  ];
  const minimum = S3_MINIMUM_STORAGE_DAYS[settings.archiveStorageClass];
  if (!minimum) return [];
  return archives
    .filter(({ expireAfterDays }) => expireAfterDays - settings.archiveAfterDays < minimum.value)
    .map(({ key, expireAfterDays }) => {
      const archivedDays = expireAfterDays - settings.archiveAfterDays;
      return `${key}: log objects spend ${archivedDays} days in ${settings.archiveStorageClass} (archiveAfterDays ${settings.archiveAfterDays} to ${key} ${expireAfterDays}), but ${settings.archiveStorageClass} bills at least ${minimum.value} days per object (pro-rated early deletion charge, ${minimum.source}); each transition is also billed per object. Archive earlier or expire later so objects stay at least ${minimum.value} days, or pick a class with a shorter minimum (STANDARD_IA: 30 days; INTELLIGENT_TIERING: none).`;
    });
}

function parseCustomAlarms(value: unknown, problems: string[]): CustomAlarm[] {
  if (value === undefined) return [];
  const key = "customAlarms";
  if (!Array.isArray(value)) {
    problems.push(
      `${key}: ${JSON.stringify(value)} is not valid; expected a list of { id, filterPattern, title?, why?, eventPattern? } objects.`,
    );
    return [];
  }
  if (value.length > CUSTOM_ALARMS_MAX) {
    problems.push(
      `${key}: ${value.length} entries is not valid; at most ${CUSTOM_ALARMS_MAX} (each is a metric filter on the trail's log group, which takes 100 with the catalogue's, and a rule in every Region).`,
    );
  }
  const alarms: CustomAlarm[] = [];
  value.forEach((entry: unknown, index: number) => {
    const at = `${key}[${index}]`;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      problems.push(`${at}: ${JSON.stringify(entry)} is not valid; expected an object with id and filterPattern.`);
      return;
    }
    const record = entry as Record<string, unknown>;
    const id = record.id;
    const label = typeof id === "string" ? `${at} (${id})` : at;
    if (typeof id !== "string" || !ALARM_ID.test(id)) {
      problems.push(
        `${at}.id: ${JSON.stringify(id)} is not valid; expected a kebab-case id of at most 31 characters such as "break-glass-role-used".`,
      );
    } else if (ALL_ALARM_IDS.includes(id) || alarms.some((a) => a.id === id)) {
      problems.push(
        `${at}.id: "${id}" is not valid; it is already used by ${ALL_ALARM_IDS.includes(id) ? "the catalogue" : "another custom alarm"}.`,
      );
    }
    const pattern = record.filterPattern;
    if (typeof pattern !== "string" || pattern.trim() === "") {
      problems.push(
        `${label}.filterPattern: ${JSON.stringify(pattern)} is not valid; expected a non-empty CloudWatch Logs filter pattern such as { $.eventName = "DeleteBucket" }.`,
      );
    } else if (utf8Bytes(pattern) > METRIC_FILTER_PATTERN_MAX.value) {
      problems.push(
        `${label}.filterPattern: ${utf8Bytes(pattern)} UTF-8 bytes is too long; CloudWatch Logs accepts at most ${METRIC_FILTER_PATTERN_MAX.value} (${METRIC_FILTER_PATTERN_MAX.source}).`,
      );
    } else {
      const syntaxError = checkFilterPatternSyntax(pattern);
      if (syntaxError) problems.push(`${label}.filterPattern: ${syntaxError}`);
    }
    const eventPattern = record.eventPattern;
    if (
      eventPattern !== undefined &&
      (typeof eventPattern !== "object" || eventPattern === null || Array.isArray(eventPattern) || Object.keys(eventPattern).length === 0)
    ) {
      problems.push(
        `${label}.eventPattern: ${JSON.stringify(eventPattern)} is not valid; expected a non-empty EventBridge event pattern object such as {"detail":{"eventName":["DeleteBucket"]}}.`,
      );
    }
    for (const field of ["title", "why"] as const) {
      if (record[field] !== undefined && typeof record[field] !== "string") {
        problems.push(`${at}.${field}: ${JSON.stringify(record[field])} is not valid; expected a string.`);
      }
    }
    if (typeof id === "string" && typeof pattern === "string") {
      alarms.push({
        id,
        title: typeof record.title === "string" ? record.title : id,
        why: typeof record.why === "string" ? record.why : "Custom alarm from the stack's configuration.",
        filterPattern: pattern,
        eventPattern: isPatternObject(eventPattern) ? eventPattern : undefined,
      });
    }
  });
  return alarms;
}

function isPatternObject(value: unknown): value is EventBridgePattern {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length > 0;
}
