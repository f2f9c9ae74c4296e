/**
 * MonitoringBaseline's arguments: the one place each setting is named, typed, defaulted and
 * described. Everything else derives from this file: the component package's schema (Pulumi's
 * analyzer reads these doc comments), the stack config keys (config.ts), Pulumi.yaml's
 * declarations, the README's configuration table and the defaults the validators apply
 * (DEFAULTS and the other defaults in settings/declarations.generated.ts), all written by `npm run -s generate` and checked by tests.
 *
 * Each doc comment ends with `Default: ` and either a code span holding the default as JSON (or
 * a bare string), which the generator reads, or words, for a default that depends on other
 * settings. Plain values, not Inputs: they decide which resources exist and in which Regions.
 */
import { ARG_DECLARATIONS } from "./declarations.generated";

/** S3 storage class archived trail logs move to. */
export const ArchiveStorageClass = {
  /** S3 Glacier Flexible Retrieval: minutes to hours to read; billed at least 90 days. */
  Glacier: "GLACIER",
  /** S3 Glacier Deep Archive: hours to read; billed at least 180 days. */
  DeepArchive: "DEEP_ARCHIVE",
  /** S3 Glacier Instant Retrieval: read in milliseconds; billed at least 90 days. */
  GlacierIr: "GLACIER_IR",
  /** S3 Standard-Infrequent Access: billed at least 30 days; S3 moves objects no earlier than day 30. */
  StandardIa: "STANDARD_IA",
  /** S3 Intelligent-Tiering: no minimum stay, a monthly monitoring fee per object. */
  IntelligentTiering: "INTELLIGENT_TIERING",
} as const;
export type ArchiveStorageClass = (typeof ArchiveStorageClass)[keyof typeof ArchiveStorageClass];

/** S3 Object Lock's default retention mode. */
export const ObjectLockMode = {
  /** Holders of s3:BypassGovernanceRetention could delete a locked version; the bucket policy denies that to everyone. */
  Governance: "GOVERNANCE",
  /** Nobody, root included, can delete a log version or shorten its retention until it ends. */
  Compliance: "COMPLIANCE",
} as const;
export type ObjectLockMode = (typeof ObjectLockMode)[keyof typeof ObjectLockMode];

/** Which S3 object-level data events the trail records (billed per event). */
export const S3DataEvents = {
  /** No data events. */
  None: "none",
  /** Writes (PutObject, DeleteObject, ...): CIS 3.10. */
  Write: "write",
  /** Reads (GetObject, ...): CIS 3.11. */
  Read: "read",
  /** Reads and writes. */
  All: "all",
} as const;
export type S3DataEvents = (typeof S3DataEvents)[keyof typeof S3DataEvents];

/** Which console sign-ins without MFA alarm. */
export const SignInWithoutMfaVariant = {
  /** Successful IAM-user sign-ins only: Security Hub CloudWatch.3, the benchmark's SSO-aware form. */
  SecurityHub: "securityhub",
  /** CIS 4.2's unscoped form: also root and federated sign-ins, and every IAM Identity Center sign-in. */
  AllPrincipals: "all-principals",
} as const;
export type SignInWithoutMfaVariant = (typeof SignInWithoutMfaVariant)[keyof typeof SignInWithoutMfaVariant];

/** Which filter patterns the alarms use. */
export const AlarmProfile = {
  /** The CIS patterns verbatim, as Security Hub, Prowler and Trivy expect. */
  Cis: "cis",
  /** Documented, corpus-tested noise exclusions; fails scanners' text checks (Security Hub CloudWatch.2 and CloudWatch.3). */
  Tuned: "tuned",
} as const;
export type AlarmProfile = (typeof AlarmProfile)[keyof typeof AlarmProfile];

/** Where VPC flow logs go. */
export const FlowLogDestination = {
  /** The log archive bucket under `vpc-flow-logs/`, Parquet with hourly partitions, kept by the archive's lifecycle. */
  S3: "s3",
  /** A KMS-encrypted log group per Region with `logRetentionDays`, written through a least-privilege delivery role. */
  CloudWatch: "cloudwatch",
} as const;
export type FlowLogDestination = (typeof FlowLogDestination)[keyof typeof FlowLogDestination];

/** Which traffic a flow log records (EC2 CreateFlowLogs TrafficType). */
export const FlowLogTrafficType = {
  /** Accepted and rejected traffic: what got through, too. */
  All: "ALL",
  /** Accepted traffic only. */
  Accept: "ACCEPT",
  /** Rejected traffic only (CIS and Security Hub EC2.6 accept it). */
  Reject: "REJECT",
} as const;
export type FlowLogTrafficType = (typeof FlowLogTrafficType)[keyof typeof FlowLogTrafficType];

/** Whether the stack turns a detective service on, or only routes the findings of one already on. */
export const DetectorMode = {
  /** The stack turns the service on in every listed Region and manages it. AWS allows one per account and Region, so this fails where one is on already: choose existing, or adopt it with `pulumi import` (docs/detectors.md). */
  Create: "create",
  /** The service is on already (Organizations, Control Tower, another stack, the console): the stack creates nothing for it and routes its findings. */
  Existing: "existing",
  /** No resources and no finding rules. */
  Off: "off",
} as const;
export type DetectorMode = (typeof DetectorMode)[keyof typeof DetectorMode];

/** A GuardDuty protection plan beyond foundational threat detection (a detector feature), with what it bills. */
export const GuardDutyProtection = {
  /** S3 Protection: S3 data events (CloudTrail), billed per million events analysed. */
  S3DataEvents: "S3_DATA_EVENTS",
  /** EKS Protection: EKS audit logs, billed per million audit events; nothing without EKS clusters. */
  EksAuditLogs: "EKS_AUDIT_LOGS",
  /** Malware Protection for EC2: scans EBS volumes only when a finding suggests malware, billed per GB scanned. */
  EbsMalwareProtection: "EBS_MALWARE_PROTECTION",
  /** RDS Protection: Aurora and RDS login activity, billed per vCPU or ACU hour of protected databases. */
  RdsLoginEvents: "RDS_LOGIN_EVENTS",
  /** Lambda Protection: Lambda network activity, billed per GB analysed. */
  LambdaNetworkLogs: "LAMBDA_NETWORK_LOGS",
  /** Runtime Monitoring: an agent on EKS, ECS Fargate and EC2 workloads, billed per vCPU hour; not in the China Regions. Off unless listed: it installs agents. */
  RuntimeMonitoring: "RUNTIME_MONITORING",
} as const;
export type GuardDutyProtection = (typeof GuardDutyProtection)[keyof typeof GuardDutyProtection];

/** A Security Hub standard, as its ARN ends. */
export const SecurityHubStandard = {
  /** CIS AWS Foundations Benchmark v3.0.0: the newest the pinned provider documents. */
  Cis300: "cis-aws-foundations-benchmark/v/3.0.0",
  /** CIS AWS Foundations Benchmark v5.0.0: Security Hub offers it; the pinned provider's docs do not list it yet. */
  Cis500: "cis-aws-foundations-benchmark/v/5.0.0",
  /** AWS Foundational Security Best Practices v1.0.0: AWS's own controls across services. */
  Fsbp: "aws-foundational-security-best-practices/v/1.0.0",
} as const;
export type SecurityHubStandard = (typeof SecurityHubStandard)[keyof typeof SecurityHubStandard];

/** Which account of an AWS Organization a stack with `organizationDetectors` is deployed in. */
export const OrganizationAccount = {
  /** The organization's management account: registers `administratorAccountId` as the delegated administrator of GuardDuty and Security Hub in each listed Region, and of AWS Config. */
  Management: "management",
  /** The delegated administrator account: turns GuardDuty and Security Hub on for the organization's accounts, brings Security Hub's findings into the home Region and AWS Config's data into an organization aggregator. */
  Administrator: "administrator",
} as const;
export type OrganizationAccount = (typeof OrganizationAccount)[keyof typeof OrganizationAccount];

/** Which accounts of the organization GuardDuty turns itself on in (UpdateOrganizationConfiguration, AutoEnableOrganizationMembers). */
export const AutoEnableMembers = {
  /** Accounts that join the organization from now on. */
  New: "NEW",
  /** Every account, those already in the organization too (GuardDuty says within 24 hours); each is billed. */
  All: "ALL",
} as const;
export type AutoEnableMembers = (typeof AutoEnableMembers)[keyof typeof AutoEnableMembers];

/** GuardDuty, Security Hub and AWS Config across an AWS Organization through a delegated administrator (docs/organization.md). */
export interface OrganizationDetectorsArgs {
  /** `management` (this stack runs in the organization's management account) or `administrator` (it runs in the delegated administrator account). */
  account: OrganizationAccount;
  /** 12-digit id of the delegated administrator account, the same in both stacks; a member account, not the management account. */
  administratorAccountId: string;
  /** The organization's accounts GuardDuty turns itself on in, with the stack's protection plans (administrator stack): NEW (accounts that join from now on) or ALL (every account, each billed). Security Hub turns itself on in new accounts only. Default: `NEW`. */
  autoEnableMembers?: AutoEnableMembers;
}

/** A metric-filter alarm added to the catalogue. */
export interface CustomAlarmArgs {
  /** Kebab-case id of at most 31 characters, not a catalogue id, such as `break-glass-role-used`. */
  id: string;
  /** CloudWatch Logs filter pattern on the trail's events, such as `{ $.eventName = "DeleteBucket" }`; at most 1,024 UTF-8 bytes, parsed before deployment. */
  filterPattern: string;
  /** The alarm's title in alerts. Default: the id. */
  title?: string;
  /** Why the event matters, quoted in alerts. Default: `Custom alarm from the stack's configuration.`. */
  why?: string;
  /** EventBridge event pattern; with it the alarm also gets a real-time rule in every Region. Default: none. */
  // Any JSON object: Pulumi's schema analyzer takes `any` (pulumi.json#/Any) but not `unknown`;
  // the validator checks the value at run time.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  eventPattern?: { [key: string]: any };
}

/** VPC flow logs of the listed Regions. */
export interface VpcFlowLogsArgs {
  /** Region → VPC ids (`vpc-` and 8 or 17 hex characters) that get a flow log; at most 50 a Region. */
  vpcIds?: { [region: string]: string[] };
  /** Every VPC in each listed Region when `pulumi up` runs. Default: `false`. */
  allVpcs?: boolean;
  /** `s3` (the log archive, Parquet, hourly partitions) or `cloudwatch` (an encrypted log group per Region). Default: `s3`. */
  destination?: FlowLogDestination;
  /** `ALL`, `REJECT` or `ACCEPT`. Default: `ALL`. */
  trafficType?: FlowLogTrafficType;
}

/** Another account's log archive. */
export interface CentralLogArchiveArgs {
  /** The central archive bucket's name. */
  bucketName: string;
  /** ARN of the central archive's KMS key, whose policy lets this account's trail encrypt (the archive stack's `kmsKeyArn` output). */
  kmsKeyArn: string;
}

/** A single-Region trail kept in its Region. */
export interface ResidencyTrailArgs {
  /** One of `regions`. */
  region: string;
  /** Days before its log objects expire. Default: `expireAfterDays`'s value. */
  expireAfterDays?: number;
}

/** A Slack channel for AWS Chatbot. */
export interface SlackChannelArgs {
  /** The Slack workspace (team) id, such as T07EA123LEP, as the AWS Chatbot console shows it after authorisation. */
  workspaceId: string;
  /** The Slack channel id, such as C07EZ1ABC23 (channel details in Slack), not its name. */
  channelId: string;
}

/** Which investigation parts the baseline creates in its home Region. */
export interface InvestigationArgs {
  /** Athena workgroup, Glue database, CloudTrail table over the log archive (partition projection) and saved queries. Needs the baseline's own archive. Default: `true` (`false` with `existingLogGroupName` or `centralLogArchive`). */
  athena?: boolean;
  /** CloudWatch Logs Insights query definitions on the trail's log group: the investigations, and the events behind each alarm. Default: `true`. */
  insightsQueries?: boolean;
  /** A CloudWatch dashboard with every alarm, the delivery heartbeat and the real-time rules' deliveries. Default: `true`. */
  dashboard?: boolean;
  /** Athena's per-query scan limit in bytes, at least 10,485,760 (the provider's minimum). Default: `10000000000` (10 GB, about $0.05 a query). */
  athenaBytesScannedCutoff?: number;
  /** First day the Athena table projects, yyyy/MM/dd: a real day, not after today. Default: `2020/01/01`. */
  archiveSince?: string;
}

/**
 * The arguments of `MonitoringBaseline`: one per stack config key of the project, with the same
 * names, so the program maps config to arguments one to one and an error names a key found in both.
 */
export interface MonitoringBaselineArgs {
  /** AWS Regions that get the regional part (an encrypted alert topic and the real-time rules), all of one partition. Default: `["us-east-1"]`. */
  regions?: string[];
  /** Region that owns the multi-region trail, its key, log bucket, log group and alarms; one of `regions`. Default: the first of `regions`. */
  homeRegion?: string;
  /** Explicit CloudTrail trail name (its ARN is known before it exists): 3-24 letters, digits, `_` or `-`, starting and ending with a letter or digit, no `_` or `-` side by side. No periods, which KMS aliases and SNS topic names reject; at most 24 so the `<trailName>-access-logs-` bucket prefix fits the 37 characters S3 allows a prefix. It prefixes the KMS alias, bucket, topic, alarm, filter and rule names, every one checked against AWS's rules. Choose it before the first `pulumi up`: renaming replaces the protected log bucket, which Pulumi refuses, so `pulumi preview` stops (README, Evidence survives, says how to rename anyway). Default: `security-baseline`. */
  trailName?: string;
  /** Email addresses subscribed to every Region's alert topic; each must confirm its subscription. At most 50, each once (two spellings of one address, case aside, are one mailbox); addresses with spaces, two `@`, empty domain labels or no top-level domain are refused. Default: `[]` (none). */
  alertEmails?: string[];
  /** Retention of the trail's CloudWatch Logs log group in days, a value CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653); the policy pack wants at least 365. Default: `365`. */
  logRetentionDays?: number;
  /** Days before trail log objects move to `archiveStorageClass`; at least 30 for STANDARD_IA. Objects under 128 KB, which most CloudTrail log files are, stay where they are (`transitionDefaultMinimumObjectSize: all_storage_classes_128K`): per-object transition requests and the archive classes' minimum billable sizes would cost more than they save. Default: `90`. */
  archiveAfterDays?: number;
  /** S3 storage class for archived trail logs: GLACIER, DEEP_ARCHIVE, GLACIER_IR, STANDARD_IA or INTELLIGENT_TIERING. Each but INTELLIGENT_TIERING bills a minimum stay (STANDARD_IA 30 days, GLACIER_IR and GLACIER 90, DEEP_ARCHIVE 180); `pulumi preview` warns when objects would expire sooner. Default: `GLACIER`. */
  archiveStorageClass?: ArchiveStorageClass;
  /** Days before trail log objects and old versions expire; later than `archiveAfterDays` (S3 refuses otherwise). Default: `2557` (7 years). */
  expireAfterDays?: number;
  /** S3 Object Lock default retention on the log bucket: COMPLIANCE (nobody, root included, can delete a log version or shorten its retention until it ends) or GOVERNANCE (holders of s3:BypassGovernanceRetention could; the bucket policy denies that to everyone, so a bypass first needs a bucket policy change). Set it before the first `pulumi up`: on a deployed stack it would replace the protected log bucket, which Pulumi refuses (`unable to replace resource ... as it is currently marked for protection`); turn it on with S3 first (README, Evidence survives). Needs `objectLockRetentionDays`; empty is off. Default: off. */
  objectLockMode?: ObjectLockMode;
  /** Object Lock default retention in days, at most `expireAfterDays`; required with `objectLockMode`. Default: none. */
  objectLockRetentionDays?: number;
  /** An organization trail (every account's events in one trail and archive), run from the management account or a CloudTrail delegated administrator (then set `managementAccountId`). Needs `organizationId`. Default: `false`. */
  organizationTrail?: boolean;
  /** The organization's id (`o-` and 10-32 lowercase letters or digits); required for an organization trail, whose log streams and S3 prefix carry it. Default: none. */
  organizationId?: string;
  /** 12-digit id of the organization's management account, which an organization trail's ARN carries even when a delegated administrator deploys it: set it when `pulumi up` runs in a delegated administrator account, leave it unset in the management account itself. Organization trails only: single-account stacks must not set it. Default: the deploying account. */
  managementAccountId?: string;
  /** S3 object-level data events: none, write (CIS 3.10), read (CIS 3.11) or all; never on the trail's own bucket; billed per event. Default: `none`. */
  s3DataEvents?: S3DataEvents;
  /** Catalogue alarm ids to leave out (the alarm table, `trail-delivery-heartbeat` included). Default: `[]` (none). */
  disabledAlarms?: string[];
  /** Metric-filter alarms to add to the catalogue, at most 50, each `{ id, filterPattern, title?, why?, eventPattern? }`; with `eventPattern` it also gets a real-time rule. Each pattern is parsed before deployment: a malformed one fails with its position. Set it with `pulumi config set --path 'customAlarms[0].id' ...` or in the stack file. Default: none. */
  customAlarms?: CustomAlarmArgs[];
  /** Secrets Manager secret names whose reads (GetSecretValue, by name or ARN, in any partition) alarm; at most 50. Watching every read would be noise. Default: `[]` (none, and then no secret-read alarm). */
  watchedSecrets?: string[];
  /** Which console sign-ins without MFA alarm: securityhub (successful IAM-user sign-ins only, Security Hub CloudWatch.3, the benchmark's SSO-aware form) or all-principals (CIS 4.2's unscoped form, which also catches root and federated sign-ins but alerts at every IAM Identity Center sign-in). Default: `securityhub`. */
  signInWithoutMfaVariant?: SignInWithoutMfaVariant;
  /** Minutes without any event in the log group before the delivery heartbeat alarm fires; a multiple of 5 from 5 to 1440. Default: `60`. */
  heartbeatWindowMinutes?: number;
  /** Alarm on an existing trail's log group (Control Tower's, say) instead of creating a trail, key and buckets; a name CloudWatch Logs accepts (1-512 of letters, digits and `. _ - / #`). Default: none. */
  existingLogGroupName?: string;
  /** cis: the CIS patterns verbatim, as Security Hub, Prowler and Trivy expect; tuned: with documented, corpus-tested noise exclusions (IAM Identity Center and SAML sign-ins, anonymous and log-delivery AccessDenied, service-linked roles, Auto Scaling and dry-run instance changes). tuned fails scanners' text checks: Security Hub's CloudWatch.2 and CloudWatch.3 compare the pattern text. Default: `cis`. */
  alarmProfile?: AlarmProfile;
  /** Real-time EventBridge rules beside the alarms, in every listed Region. Default: `true`. */
  realtimeAlerts?: boolean;
  /** Catalogue or custom alarm ids whose real-time rule is left out (the alarm stays). Default: `[]` (none). */
  disabledRealtimeAlerts?: string[];
  /** Tags on every taggable resource (not a stack config key: a program passes them). Default: `{"baseline:managed-by":"security-baseline"}`. */
  tags?: { [key: string]: string };
  /** Restart the trail within a minute when someone stops it (StopLogging), and alert; changes it cannot undo alert and ask for `pulumi up`. Needs the baseline's own trail in this account's event bus: refused with `existingLogGroupName` (no trail of the baseline's) and with `managementAccountId` (a StopLogging called in the management account reaches only its own event bus). Default: on, off with `existingLogGroupName` or `managementAccountId`. */
  selfHealingTrail?: boolean;
  /** AWS Chatbot Slack channel that receives every Region's alerts (aws partition only); authorise the Slack workspace in the AWS Chatbot console first (Pulumi cannot). Default: none (no chat). */
  slackChannel?: SlackChannelArgs;
  /** The investigation parts in the home Region (docs/investigation.md). Default: all on. */
  investigation?: InvestigationArgs;
  /** VPC flow logs: `{ vpcIds: { <region>: ["vpc-..."] } }` or `{ allVpcs: true }`, with `destination` (s3, the log archive; or cloudwatch) and `trafficType`. Default: none. */
  vpcFlowLogs?: VpcFlowLogsArgs;
  /** 12-digit ids of accounts whose trails may deliver into this archive without Organizations, each to `AWSLogs/<its id>/` only; as many as the archive's bucket policy holds (about 40). Default: `[]` (none). */
  memberAccounts?: string[];
  /** A member account's stack: deliver the trail to the central archive `{ bucketName, kmsKeyArn }` in another account; no local bucket or trail key. Default: none. */
  centralLogArchive?: CentralLogArchiveArgs;
  /** Additional single-Region trails, each with its own bucket, access-log bucket and key in its Region (one of `regions`) and its own expiry. Default: `[]` (none). */
  residencyTrails?: ResidencyTrailArgs[];
  /** Amazon GuardDuty in every listed Region: create (a detector with `guardDutyProtections`), existing (GuardDuty is on already: only its findings are routed) or off. existing by default so that upgrading a stack never fails on an account that has a detector already; new accounts set create (docs/detectors.md). Default: `existing`. */
  guardDuty?: DetectorMode;
  /** The GuardDuty protection plans a created detector turns on, each billed on its own (docs/costs.md); guardDuty create only, and, in an organizationDetectors administrator stack, what the organization's accounts get. RUNTIME_MONITORING installs agents and is left out unless listed. Default: `["S3_DATA_EVENTS","EKS_AUDIT_LOGS","EBS_MALWARE_PROTECTION","RDS_LOGIN_EVENTS","LAMBDA_NETWORK_LOGS"]`. */
  guardDutyProtections?: GuardDutyProtection[];
  /** Lowest GuardDuty severity that alerts, from 1 to 10: 7 is High and Critical (High 7.0-8.9, Critical 9.0-10.0), 4 adds Medium. Default: `7`. */
  guardDutyAlertSeverity?: number;
  /** AWS Security Hub (CSPM) in every listed Region: create (the account with `securityHubStandards`, consolidated control findings), existing (only its findings are routed) or off. create needs AWS Config recording (awsConfig create or existing). Default: `existing`. */
  securityHub?: DetectorMode;
  /** The standards a created Security Hub enables; securityHub create only. Default: `["cis-aws-foundations-benchmark/v/3.0.0","aws-foundational-security-best-practices/v/1.0.0"]`. */
  securityHubStandards?: SecurityHubStandard[];
  /** AWS Config in every listed Region (CIS 3.3): create (a recorder of every supported resource type, global ones in the home Region only, through the service-linked role, delivering to a Config bucket of the stack's), existing (only non-compliance changes are routed) or off. Default: `existing`. */
  awsConfig?: DetectorMode;
  /** GuardDuty, Security Hub and AWS Config across an AWS Organization, as two stacks of this program: `{ account: "management", administratorAccountId }` in the management account registers the delegated administrator; `{ account: "administrator", administratorAccountId }` in that account turns the services on for the organization's accounts and brings their findings to its alert topics (docs/organization.md). Each part covers the services this stack does not set to off. Default: none (this account only). */
  organizationDetectors?: OrganizationDetectorsArgs;
}

/** The argument names, in the order of the interface (and of the README's table). */
export const BASELINE_ARG_KEYS = Object.keys(ARG_DECLARATIONS.MonitoringBaselineArgs) as (keyof MonitoringBaselineArgs)[];

// The generated declarations name exactly the interface's arguments: an argument added here
// without `npm run -s generate` fails to compile (and the generated-files test says why).
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : never;
const declarationsCurrent: SameKeys<typeof ARG_DECLARATIONS.MonitoringBaselineArgs, Required<MonitoringBaselineArgs>> = true;
void declarationsCurrent;
