/**
 * What the principal that runs `pulumi up`, `pulumi preview`, `pulumi refresh` and
 * `pulumi destroy` for this baseline must be allowed: for every resource type the program can
 * create, the IAM actions the AWS provider (@pulumi/aws 7.x, which wraps terraform-provider-aws
 * v6) calls to create, read, update, tag and delete it, read from the provider's Create, Read,
 * Update and Delete functions (each entry names its file in hashicorp/terraform-provider-aws),
 * plus the permissions AWS checks on the caller beyond those calls (implied permissions).
 *
 * API operations map to IAM actions as the Service Authorization Reference lists them
 * (SERVICE_AUTHORIZATION_PAGES); where the action name differs from the API's (most S3 calls),
 * the entry says so.
 *
 * tests/project/deployPermissions.test.ts builds plans for several configurations and fails when
 * a type a plan creates has no entry, an entry names a type no plan creates, or an entry's
 * `createdWhen` or `retainedOnDelete` disagrees with the plans. tools/generate/permissionsTable.ts
 * renders it in docs/permissions.md.
 */

import type { BaselineSettings } from "../settings/types";

/** The configuration choices that decide which resource types exist and which permissions apply. */
export type DeployCondition =
  /** Every configuration. */
  | "always"
  /** `existingLogGroupName` unset: the baseline creates the trail, its log group, key and delivery role. */
  | "trail"
  /** A created trail and no `centralLogArchive`: the log bucket and its access-log bucket. */
  | "logArchive"
  /** `organizationTrail: true` (with a created trail). */
  | "organizationTrail"
  /** `objectLockMode` set (with the baseline's own log bucket). */
  | "objectLock"
  /** `alertEmails` not empty. */
  | "alertEmails"
  /** `realtimeAlerts` not false. */
  | "realtimeAlerts"
  /** `investigation.athena` on: workgroup, results bucket, Glue database and table, saved queries. */
  | "athena"
  /** Athena over an organization trail's archive: the organization's accounts are listed. */
  | "athenaOrganization"
  /** `investigation.insightsQueries` on. */
  | "insightsQueries"
  /** `investigation.dashboard` on. */
  | "dashboard"
  /** `selfHealingTrail` on: the function that restarts the trail, its role, log group and rules. */
  | "selfHealingTrail"
  /** `slackChannel` set: the Chatbot channel configuration and its role. */
  | "slackChannel"
  /** `vpcFlowLogs` set. */
  | "vpcFlowLogs"
  /** `vpcFlowLogs` with `destination: "cloudwatch"`: a key, log group and delivery role per region. */
  | "vpcFlowLogsToCloudWatch"
  /** `vpcFlowLogs` with `destination: "s3"` (the default): into the log archive. */
  | "vpcFlowLogsToS3"
  /** `vpcFlowLogs.allVpcs`: the VPCs are looked up at every preview and update. */
  | "allVpcs"
  /** `residencyTrails` not empty: a single-region trail with its own key, bucket, log group and role. */
  | "residencyTrails"
  /** `guardDuty`, `securityHub` or `awsConfig` not off: the rules that route their findings. */
  | "findingRules"
  /** `guardDuty: create`: a detector and its protection plans in every listed Region. */
  | "guardDuty"
  /** `securityHub: create`: Security Hub and its standards in every listed Region. */
  | "securityHub"
  /** `awsConfig: create`: a recorder and delivery channel per Region, the service-linked role and the Config bucket. */
  | "awsConfig"
  /** `organizationDetectors.account: management` with `guardDuty` not off: GuardDuty's delegated administrator per Region. */
  | "organizationManagementGuardDuty"
  /** `organizationDetectors.account: management` with `securityHub` not off: Security Hub's delegated administrator per Region. */
  | "organizationManagementSecurityHub"
  /** `organizationDetectors.account: management` with `awsConfig` not off: AWS Config's two delegated-administrator registrations. */
  | "organizationManagementConfig"
  /** `organizationDetectors.account: administrator` with `guardDuty` not off: GuardDuty's organization configuration and features. */
  | "organizationAdministratorGuardDuty"
  /** The same with `guardDuty: existing`: the Region's detector is looked up. */
  | "organizationAdministratorExistingGuardDuty"
  /** `organizationDetectors.account: administrator` with `securityHub` not off: its organization configuration and finding aggregator. */
  | "organizationAdministratorSecurityHub"
  /** `organizationDetectors.account: administrator` with `awsConfig` not off: the organization aggregator and its role. */
  | "organizationAdministratorConfig";

export const DEPLOY_CONDITION_TEXT: Readonly<Record<DeployCondition, string>> = {
  always: "always",
  trail: "`existingLogGroupName` unset",
  logArchive: "`existingLogGroupName` and `centralLogArchive` unset",
  organizationTrail: "`organizationTrail: true`",
  objectLock: "`objectLockMode` set",
  alertEmails: "`alertEmails` not empty",
  realtimeAlerts: "`realtimeAlerts` not false",
  athena: "`investigation.athena`",
  athenaOrganization: "`investigation.athena` with `organizationTrail: true`",
  insightsQueries: "`investigation.insightsQueries`",
  dashboard: "`investigation.dashboard`",
  selfHealingTrail: "`selfHealingTrail`",
  slackChannel: "`slackChannel` set",
  vpcFlowLogs: "`vpcFlowLogs` set",
  vpcFlowLogsToCloudWatch: "`vpcFlowLogs.destination: cloudwatch`",
  vpcFlowLogsToS3: "`vpcFlowLogs.destination: s3`",
  allVpcs: "`vpcFlowLogs.allVpcs`",
  residencyTrails: "`residencyTrails` not empty",
  findingRules: "`guardDuty`, `securityHub` or `awsConfig` not `off`",
  guardDuty: "`guardDuty: create`",
  securityHub: "`securityHub: create`",
  awsConfig: "`awsConfig: create`",
  organizationManagementGuardDuty: "`organizationDetectors.account: management`, `guardDuty` not `off`",
  organizationManagementSecurityHub: "`organizationDetectors.account: management`, `securityHub` not `off`",
  organizationManagementConfig: "`organizationDetectors.account: management`, `awsConfig` not `off`",
  organizationAdministratorGuardDuty: "`organizationDetectors.account: administrator`, `guardDuty` not `off`",
  organizationAdministratorExistingGuardDuty: "`organizationDetectors.account: administrator`, `guardDuty: existing`",
  organizationAdministratorSecurityHub: "`organizationDetectors.account: administrator`, `securityHub` not `off`",
  organizationAdministratorConfig: "`organizationDetectors.account: administrator`, `awsConfig` not `off`",
};

/** The options of one configuration that DeployCondition names. */
export interface DeployOptions {
  readonly existingLogGroup: boolean;
  readonly centralArchive: boolean;
  readonly organizationTrail: boolean;
  readonly objectLock: boolean;
  readonly alertEmails: boolean;
  readonly realtimeAlerts: boolean;
  readonly athena: boolean;
  readonly insightsQueries: boolean;
  readonly dashboard: boolean;
  readonly selfHealingTrail: boolean;
  readonly slackChannel: boolean;
  readonly vpcFlowLogs: "none" | "s3" | "cloudwatch";
  readonly allVpcs: boolean;
  readonly residencyTrails: boolean;
  readonly guardDuty: "create" | "existing" | "off";
  readonly securityHub: "create" | "existing" | "off";
  readonly awsConfig: "create" | "existing" | "off";
  /** `organizationDetectors.account: management`. */
  readonly organizationManagement: boolean;
  /** `organizationDetectors.account: administrator`. */
  readonly organizationAdministrator: boolean;
}

/** The options of a validated configuration (MonitoringBaseline's resolved settings). */
export function deployOptionsOf(settings: BaselineSettings): DeployOptions {
  return {
    existingLogGroup: settings.existingLogGroupName !== undefined,
    centralArchive: settings.centralLogArchive !== undefined,
    organizationTrail: settings.organizationTrail,
    objectLock: settings.objectLock !== undefined,
    alertEmails: settings.alertEmails.length > 0,
    realtimeAlerts: settings.realtimeAlerts,
    athena: settings.investigation.athena,
    insightsQueries: settings.investigation.insightsQueries,
    dashboard: settings.investigation.dashboard,
    selfHealingTrail: settings.investigation.selfHealingTrail,
    slackChannel: settings.investigation.slackChannel !== undefined,
    vpcFlowLogs: settings.vpcFlowLogs === undefined ? "none" : settings.vpcFlowLogs.destination,
    allVpcs: settings.vpcFlowLogs?.allVpcs ?? false,
    residencyTrails: (settings.residencyTrails ?? []).length > 0,
    guardDuty: settings.detectors.guardDuty.mode,
    securityHub: settings.detectors.securityHub.mode,
    awsConfig: settings.detectors.awsConfig.mode,
    organizationManagement: settings.organizationDetectors?.account === "management",
    organizationAdministrator: settings.organizationDetectors?.account === "administrator",
  };
}

/** Every option on that adds permissions: the superset a deployer of any configuration needs. */
export const ALL_OPTIONS: DeployOptions = {
  existingLogGroup: false,
  centralArchive: false,
  organizationTrail: true,
  objectLock: true,
  alertEmails: true,
  realtimeAlerts: true,
  athena: true,
  insightsQueries: true,
  dashboard: true,
  selfHealingTrail: true,
  slackChannel: true,
  vpcFlowLogs: "cloudwatch",
  allVpcs: true,
  residencyTrails: true,
  guardDuty: "create",
  securityHub: "create",
  awsConfig: "create",
  // Two stacks in two accounts; the superset lists both parts' permissions.
  organizationManagement: true,
  organizationAdministrator: true,
};

export function conditionHolds(condition: DeployCondition, o: DeployOptions): boolean {
  switch (condition) {
    case "always":
      return true;
    case "trail":
      return !o.existingLogGroup;
    case "logArchive":
      return !o.existingLogGroup && !o.centralArchive;
    case "organizationTrail":
      return !o.existingLogGroup && o.organizationTrail;
    case "objectLock":
      return !o.existingLogGroup && !o.centralArchive && o.objectLock;
    case "alertEmails":
      return o.alertEmails;
    case "realtimeAlerts":
      return o.realtimeAlerts;
    case "athena":
      return o.athena;
    case "athenaOrganization":
      return o.athena && !o.existingLogGroup && o.organizationTrail;
    case "insightsQueries":
      return o.insightsQueries;
    case "dashboard":
      return o.dashboard;
    case "selfHealingTrail":
      return o.selfHealingTrail;
    case "slackChannel":
      return o.slackChannel;
    case "vpcFlowLogs":
      return o.vpcFlowLogs !== "none";
    case "vpcFlowLogsToCloudWatch":
      return o.vpcFlowLogs === "cloudwatch";
    case "vpcFlowLogsToS3":
      return o.vpcFlowLogs === "s3";
    case "allVpcs":
      return o.vpcFlowLogs !== "none" && o.allVpcs;
    case "residencyTrails":
      return o.residencyTrails;
    case "findingRules":
      return o.guardDuty !== "off" || o.securityHub !== "off" || o.awsConfig !== "off";
    case "guardDuty":
      return o.guardDuty === "create";
    case "securityHub":
      return o.securityHub === "create";
    case "awsConfig":
      return o.awsConfig === "create";
    case "organizationManagementGuardDuty":
      return o.organizationManagement && o.guardDuty !== "off";
    case "organizationManagementSecurityHub":
      return o.organizationManagement && o.securityHub !== "off";
    case "organizationManagementConfig":
      return o.organizationManagement && o.awsConfig !== "off";
    case "organizationAdministratorGuardDuty":
      return o.organizationAdministrator && o.guardDuty !== "off";
    case "organizationAdministratorExistingGuardDuty":
      return o.organizationAdministrator && o.guardDuty === "existing";
    case "organizationAdministratorSecurityHub":
      return o.organizationAdministrator && o.securityHub !== "off";
    case "organizationAdministratorConfig":
      return o.organizationAdministrator && o.awsConfig !== "off";
  }
}

/** A type is created when any of its conditions holds. */
export function createdUnder(conditions: readonly DeployCondition[], options: DeployOptions): boolean {
  return conditions.some((c) => conditionHolds(c, options));
}

const PROVIDER = "https://github.com/hashicorp/terraform-provider-aws/blob/main/internal/service";

/** Service Authorization Reference page of each service prefix: the action names used here. */
export const SERVICE_AUTHORIZATION_PAGES: Readonly<Record<string, string>> = {
  athena: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonathena.html",
  chatbot: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awschatbot.html",
  ec2: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html",
  glue: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsglue.html",
  lambda: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awslambda.html",
  cloudtrail: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudtrail.html",
  cloudwatch: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatch.html",
  config: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsconfig.html",
  guardduty: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonguardduty.html",
  securityhub: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecurityhub.html",
  events: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoneventbridge.html",
  iam: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html",
  kms: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awskeymanagementservice.html",
  logs: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchlogs.html",
  organizations: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsorganizations.html",
  s3: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html",
  sns: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsns.html",
  sts: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecuritytokenservice.html",
};

/** The IAM actions one resource type needs, by what Pulumi does with it. */
export interface ResourcePermissions {
  /** Pulumi type token, as plans record it. */
  readonly type: string;
  /** When the baseline creates resources of this type: under any of these conditions. */
  readonly createdWhen: readonly DeployCondition[];
  /** The provider file whose Create/Read/Update/Delete these come from. */
  readonly providerSource: string;
  /** `pulumi up` creating it (the provider reads it back after creating, so `read` is needed too). */
  readonly create: readonly string[];
  /** `pulumi refresh`, `pulumi preview --refresh`, and every read after create or update. */
  readonly read: readonly string[];
  /** `pulumi up` changing an input in place. */
  readonly update: readonly string[];
  /** `pulumi destroy`, or a replacement. */
  readonly delete: readonly string[];
  /**
   * Tags: listed on every read, set at creation (the create calls carry the tags, and several
   * services then check the tag action too; see the entries' notes) and changed on update.
   */
  readonly tag: readonly string[];
  /**
   * Every resource of this type is `retainOnDelete`: Pulumi never calls Delete for it (destroy
   * and replacement leave it in the account), so `delete` stays out of the policy.
   */
  readonly retainedOnDelete: boolean;
  /** Why an action is there when the API call does not name it, or other facts a reader needs. */
  readonly notes?: string;
}

/** S3 authorizes most calls under a differently named action; the page that maps them. */
const S3_ACTIONS_PAGE = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html";
const S3_BUCKET_SUBRESOURCE_NOTE = `S3 authorizes these calls under differently named actions (Amazon S3 user guide, Required permissions for Amazon S3 API operations, ${S3_ACTIONS_PAGE}).`;

export const RESOURCE_PERMISSIONS: readonly ResourcePermissions[] = [
  {
    type: "aws:cloudtrail/trail:Trail",
    createdWhen: ["trail", "residencyTrails"],
    providerSource: `${PROVIDER}/cloudtrail/trail.go`,
    // CreateTrail, then StartLogging (new trails do not log) and PutEventSelectors (advanced selectors).
    create: ["cloudtrail:CreateTrail", "cloudtrail:StartLogging", "cloudtrail:PutEventSelectors"],
    // DescribeTrails, GetTrailStatus, GetEventSelectors (the trail has custom selectors).
    read: ["cloudtrail:DescribeTrails", "cloudtrail:GetTrailStatus", "cloudtrail:GetEventSelectors"],
    // UpdateTrail; StopLogging/StartLogging when enableLogging changes; PutEventSelectors.
    update: ["cloudtrail:UpdateTrail", "cloudtrail:PutEventSelectors", "cloudtrail:StartLogging", "cloudtrail:StopLogging"],
    delete: ["cloudtrail:DeleteTrail"],
    // cloudtrail/tags_gen.go: ListTags, AddTags, RemoveTags; CreateTrail carries TagsList.
    tag: ["cloudtrail:ListTags", "cloudtrail:AddTags", "cloudtrail:RemoveTags"],
    retainedOnDelete: false,
  },
  {
    type: "aws:cloudwatch/logGroup:LogGroup",
    createdWhen: ["trail", "selfHealingTrail", "vpcFlowLogsToCloudWatch", "residencyTrails"],
    providerSource: `${PROVIDER}/logs/group.go`,
    create: ["logs:CreateLogGroup", "logs:PutRetentionPolicy"],
    read: ["logs:DescribeLogGroups"],
    // PutRetentionPolicy / DeleteRetentionPolicy; AssociateKmsKey / DisassociateKmsKey when kmsKeyId changes.
    update: ["logs:PutRetentionPolicy", "logs:DeleteRetentionPolicy", "logs:AssociateKmsKey", "logs:DisassociateKmsKey"],
    delete: ["logs:DeleteLogGroup"],
    // logs/tags_gen.go: ListTagsForResource, TagResource, UntagResource (by ARN).
    tag: ["logs:ListTagsForResource", "logs:TagResource", "logs:UntagResource"],
    // The trail's, flow logs' and residency trails' groups are retainOnDelete; the self-healing
    // function's is not.
    retainedOnDelete: false,
    notes:
      "CreateLogGroup with tags needs logs:TagResource (or the older logs:TagLogGroup) besides logs:CreateLogGroup (CloudWatch Logs API reference, CreateLogGroup, tags).",
  },
  {
    type: "aws:cloudwatch/logMetricFilter:LogMetricFilter",
    createdWhen: ["always"],
    providerSource: `${PROVIDER}/logs/metric_filter.go`,
    create: ["logs:PutMetricFilter"],
    read: ["logs:DescribeMetricFilters"],
    update: ["logs:PutMetricFilter"],
    delete: ["logs:DeleteMetricFilter"],
    tag: [],
    retainedOnDelete: false,
  },
  {
    type: "aws:cloudwatch/metricAlarm:MetricAlarm",
    createdWhen: ["always"],
    providerSource: `${PROVIDER}/cloudwatch/metric_alarm.go`,
    create: ["cloudwatch:PutMetricAlarm"],
    read: ["cloudwatch:DescribeAlarms"],
    update: ["cloudwatch:PutMetricAlarm"],
    delete: ["cloudwatch:DeleteAlarms"],
    // cloudwatch/tags_gen.go; PutMetricAlarm carries Tags.
    tag: ["cloudwatch:ListTagsForResource", "cloudwatch:TagResource", "cloudwatch:UntagResource"],
    retainedOnDelete: false,
    notes: "PutMetricAlarm with tags needs cloudwatch:TagResource (CloudWatch API reference, PutMetricAlarm, Tags).",
  },
  {
    type: "aws:cloudwatch/eventRule:EventRule",
    createdWhen: ["realtimeAlerts", "selfHealingTrail", "findingRules"],
    providerSource: `${PROVIDER}/events/rule.go`,
    // PutRule, then DescribeRule until it is found.
    create: ["events:PutRule"],
    read: ["events:DescribeRule"],
    update: ["events:PutRule"],
    delete: ["events:DeleteRule"],
    // events/tags_gen.go; PutRule carries Tags.
    tag: ["events:ListTagsForResource", "events:TagResource", "events:UntagResource"],
    retainedOnDelete: false,
    notes: "PutRule with tags needs events:PutRule and events:TagResource (EventBridge API reference, PutRule).",
  },
  {
    type: "aws:cloudwatch/eventTarget:EventTarget",
    createdWhen: ["realtimeAlerts", "selfHealingTrail", "findingRules"],
    providerSource: `${PROVIDER}/events/target.go`,
    create: ["events:PutTargets"],
    read: ["events:ListTargetsByRule"],
    update: ["events:PutTargets"],
    delete: ["events:RemoveTargets"],
    tag: [],
    retainedOnDelete: false,
  },
  {
    type: "aws:iam/role:Role",
    createdWhen: [
      "trail",
      "selfHealingTrail",
      "slackChannel",
      "vpcFlowLogsToCloudWatch",
      "residencyTrails",
      "organizationAdministratorConfig",
    ],
    providerSource: `${PROVIDER}/iam/role.go`,
    create: ["iam:CreateRole"],
    // GetRole (tags come with it); ListRolePolicies + GetRolePolicy and ListAttachedRolePolicies
    // for the deprecated inline_policy and managed_policy_arns, read on every refresh.
    read: ["iam:GetRole", "iam:ListRolePolicies", "iam:GetRolePolicy", "iam:ListAttachedRolePolicies"],
    update: ["iam:UpdateAssumeRolePolicy", "iam:UpdateRoleDescription", "iam:UpdateRole"],
    // DeleteRole first removes the role from its instance profiles (ListInstanceProfilesForRole).
    delete: ["iam:ListInstanceProfilesForRole", "iam:DeleteRole"],
    // CreateRole carries Tags (read back with GetRole); TagRole / UntagRole when they change.
    tag: ["iam:TagRole", "iam:UntagRole"],
    retainedOnDelete: false,
  },
  {
    type: "aws:iam/rolePolicy:RolePolicy",
    createdWhen: ["trail", "selfHealingTrail", "slackChannel", "vpcFlowLogsToCloudWatch", "residencyTrails"],
    providerSource: `${PROVIDER}/iam/role_policy.go`,
    create: ["iam:PutRolePolicy"],
    read: ["iam:GetRolePolicy"],
    update: ["iam:PutRolePolicy"],
    delete: ["iam:DeleteRolePolicy"],
    tag: [],
    retainedOnDelete: false,
  },
  {
    type: "aws:kms/key:Key",
    createdWhen: ["always"],
    providerSource: `${PROVIDER}/kms/key.go`,
    // CreateKey, EnableKeyRotation (enableKeyRotation), then waits on GetKeyPolicy for the policy.
    create: ["kms:CreateKey", "kms:EnableKeyRotation"],
    read: ["kms:DescribeKey", "kms:GetKeyPolicy", "kms:GetKeyRotationStatus"],
    update: [
      "kms:PutKeyPolicy",
      "kms:UpdateKeyDescription",
      "kms:EnableKeyRotation",
      "kms:DisableKeyRotation",
      "kms:EnableKey",
      "kms:DisableKey",
    ],
    // ScheduleKeyDeletion, then DescribeKey until PendingDeletion.
    delete: ["kms:ScheduleKeyDeletion"],
    // kms/tags_gen.go: ListResourceTags, TagResource, UntagResource; CreateKey carries Tags.
    tag: ["kms:ListResourceTags", "kms:TagResource", "kms:UntagResource"],
    retainedOnDelete: false,
    notes:
      "The home region's key is protect + retainOnDelete; regions without it get a topic key that `pulumi destroy` schedules for deletion. Both key policies grant the account root kms:*, which lets IAM policies grant access to the key (KMS developer guide, Default key policy), so the deployer administers the keys through this policy without appearing in the key policy. CreateKey refuses a key policy that does not let the caller make a later PutKeyPolicy request (KMS API reference, CreateKey, Policy: the lockout safety check); the root statement plus kms:PutKeyPolicy here satisfies it. CreateKey with tags needs kms:TagResource (same page, Tags).",
  },
  {
    type: "aws:kms/alias:Alias",
    createdWhen: ["trail", "residencyTrails"],
    providerSource: `${PROVIDER}/kms/alias.go`,
    create: ["kms:CreateAlias"],
    // FindAliasByName pages through ListAliases.
    read: ["kms:ListAliases"],
    update: ["kms:UpdateAlias"],
    delete: ["kms:DeleteAlias"],
    tag: [],
    retainedOnDelete: false,
    notes:
      "KMS authorizes CreateAlias, UpdateAlias and DeleteAlias on both the alias and the key (KMS developer guide, Controlling access to aliases).",
  },
  {
    type: "aws:s3/bucket:Bucket",
    createdWhen: ["logArchive", "athena", "residencyTrails", "awsConfig"],
    providerSource: `${PROVIDER}/s3/bucket.go`,
    // CreateBucket with ACL "private" (the provider's default), then HeadBucket (s3:ListBucket)
    // until it exists. With objectLockEnabled: IMPLIED_PERMISSIONS' Object Lock entry.
    create: ["s3:CreateBucket"],
    // Read: HeadBucket, GetBucketPolicy, GetBucketAcl, GetBucketCors, GetBucketWebsite,
    // GetBucketVersioning, GetBucketAccelerateConfiguration, GetBucketRequestPayment,
    // GetBucketLogging, GetBucketLifecycleConfiguration, GetBucketReplication,
    // GetBucketEncryption, GetObjectLockConfiguration, GetBucketRegion (HeadBucket).
    read: [
      "s3:ListBucket",
      "s3:GetBucketPolicy",
      "s3:GetBucketAcl",
      "s3:GetBucketCORS",
      "s3:GetBucketWebsite",
      "s3:GetBucketVersioning",
      "s3:GetAccelerateConfiguration",
      "s3:GetBucketRequestPayment",
      "s3:GetBucketLogging",
      "s3:GetLifecycleConfiguration",
      "s3:GetReplicationConfiguration",
      "s3:GetEncryptionConfiguration",
      "s3:GetBucketObjectLockConfiguration",
    ],
    // No in-place update the baseline makes other than tags (its inputs are bucketPrefix,
    // forceDestroy, objectLockEnabled and tags; the first and the third replace).
    update: [],
    // DeleteBucket. The evidence buckets have forceDestroy false and are retainOnDelete; the
    // Athena results bucket has forceDestroy: IMPLIED_PERMISSIONS' athena entry.
    delete: ["s3:DeleteBucket"],
    // GetBucketTagging, PutBucketTagging; DeleteBucketTagging is authorized as s3:PutBucketTagging.
    tag: ["s3:GetBucketTagging", "s3:PutBucketTagging"],
    retainedOnDelete: false,
    notes: `CreateBucket with the private canned ACL needs s3:CreateBucket alone, no s3:PutBucketAcl (S3 API reference, CreateBucket, Permissions). ${S3_BUCKET_SUBRESOURCE_NOTE}`,
  },
  {
    type: "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
    createdWhen: ["logArchive", "athena", "residencyTrails", "awsConfig"],
    providerSource: `${PROVIDER}/s3/bucket_lifecycle_configuration.go`,
    create: ["s3:PutLifecycleConfiguration"],
    read: ["s3:GetLifecycleConfiguration"],
    update: ["s3:PutLifecycleConfiguration"],
    // DeleteBucketLifecycle is authorized as s3:PutLifecycleConfiguration.
    delete: ["s3:PutLifecycleConfiguration"],
    tag: [],
    retainedOnDelete: false,
    notes: S3_BUCKET_SUBRESOURCE_NOTE,
  },
  {
    type: "aws:s3/bucketLogging:BucketLogging",
    createdWhen: ["logArchive"],
    providerSource: `${PROVIDER}/s3/bucket_logging.go`,
    create: ["s3:PutBucketLogging"],
    read: ["s3:GetBucketLogging"],
    update: ["s3:PutBucketLogging"],
    // Delete puts an empty BucketLoggingStatus.
    delete: ["s3:PutBucketLogging"],
    tag: [],
    retainedOnDelete: false,
  },
  {
    type: "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration",
    createdWhen: ["objectLock"],
    providerSource: `${PROVIDER}/s3/bucket_object_lock_configuration.go`,
    // PutObjectLockConfiguration / GetObjectLockConfiguration.
    create: ["s3:PutBucketObjectLockConfiguration"],
    read: ["s3:GetBucketObjectLockConfiguration"],
    update: ["s3:PutBucketObjectLockConfiguration"],
    // Delete puts a configuration without a default retention rule.
    delete: ["s3:PutBucketObjectLockConfiguration"],
    tag: [],
    retainedOnDelete: false,
    notes: S3_BUCKET_SUBRESOURCE_NOTE,
  },
  {
    type: "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
    createdWhen: ["logArchive", "athena", "residencyTrails", "awsConfig"],
    providerSource: `${PROVIDER}/s3/bucket_ownership_controls.go`,
    create: ["s3:PutBucketOwnershipControls"],
    read: ["s3:GetBucketOwnershipControls"],
    update: ["s3:PutBucketOwnershipControls"],
    // DeleteBucketOwnershipControls is authorized as s3:PutBucketOwnershipControls.
    delete: ["s3:PutBucketOwnershipControls"],
    tag: [],
    retainedOnDelete: false,
    notes: S3_BUCKET_SUBRESOURCE_NOTE,
  },
  {
    type: "aws:s3/bucketPolicy:BucketPolicy",
    createdWhen: ["logArchive", "athena", "residencyTrails", "awsConfig"],
    providerSource: `${PROVIDER}/s3/bucket_policy.go`,
    create: ["s3:PutBucketPolicy"],
    read: ["s3:GetBucketPolicy"],
    update: ["s3:PutBucketPolicy"],
    delete: ["s3:DeleteBucketPolicy"],
    tag: [],
    retainedOnDelete: false,
  },
  {
    type: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
    createdWhen: ["logArchive", "athena", "residencyTrails", "awsConfig"],
    providerSource: `${PROVIDER}/s3/bucket_public_access_block.go`,
    // PutPublicAccessBlock / GetPublicAccessBlock / DeletePublicAccessBlock.
    create: ["s3:PutBucketPublicAccessBlock"],
    read: ["s3:GetBucketPublicAccessBlock"],
    update: ["s3:PutBucketPublicAccessBlock"],
    delete: ["s3:PutBucketPublicAccessBlock"],
    tag: [],
    retainedOnDelete: false,
    notes: S3_BUCKET_SUBRESOURCE_NOTE,
  },
  {
    type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
    createdWhen: ["logArchive", "athena", "residencyTrails", "awsConfig"],
    providerSource: `${PROVIDER}/s3/bucket_server_side_encryption_configuration.go`,
    // PutBucketEncryption / GetBucketEncryption / DeleteBucketEncryption.
    create: ["s3:PutEncryptionConfiguration"],
    read: ["s3:GetEncryptionConfiguration"],
    update: ["s3:PutEncryptionConfiguration"],
    delete: ["s3:PutEncryptionConfiguration"],
    tag: [],
    retainedOnDelete: false,
    notes: S3_BUCKET_SUBRESOURCE_NOTE,
  },
  {
    type: "aws:s3/bucketVersioning:BucketVersioning",
    createdWhen: ["logArchive", "residencyTrails", "awsConfig"],
    providerSource: `${PROVIDER}/s3/bucket_versioning.go`,
    create: ["s3:PutBucketVersioning"],
    read: ["s3:GetBucketVersioning"],
    update: ["s3:PutBucketVersioning"],
    // Delete suspends versioning (refused, and skipped, on an Object Lock bucket).
    delete: ["s3:PutBucketVersioning"],
    tag: [],
    retainedOnDelete: false,
  },
  {
    type: "aws:sns/topic:Topic",
    createdWhen: ["always"],
    providerSource: `${PROVIDER}/sns/topic.go`,
    // CreateTopic, then SetTopicAttributes for every attribute CreateTopic does not take here (KmsMasterKeyId).
    create: ["sns:CreateTopic", "sns:SetTopicAttributes"],
    read: ["sns:GetTopicAttributes"],
    update: ["sns:SetTopicAttributes"],
    delete: ["sns:DeleteTopic"],
    // sns/tags_gen.go; CreateTopic carries Tags.
    tag: ["sns:ListTagsForResource", "sns:TagResource", "sns:UntagResource"],
    retainedOnDelete: false,
    notes: "Tagging a topic on creation needs sns:CreateTopic and sns:TagResource (SNS API reference, CreateTopic, Tags).",
  },
  {
    type: "aws:sns/topicPolicy:TopicPolicy",
    createdWhen: ["always"],
    providerSource: `${PROVIDER}/sns/topic_policy.go`,
    create: ["sns:SetTopicAttributes"],
    read: ["sns:GetTopicAttributes"],
    update: ["sns:SetTopicAttributes"],
    // A topic policy cannot be removed: Delete sets SNS's default policy back.
    delete: ["sns:SetTopicAttributes"],
    tag: [],
    retainedOnDelete: false,
  },
  {
    type: "aws:sns/topicSubscription:TopicSubscription",
    createdWhen: ["alertEmails"],
    providerSource: `${PROVIDER}/sns/topic_subscription.go`,
    // Subscribe (ReturnSubscriptionArn; email subscriptions are not waited for).
    create: ["sns:Subscribe"],
    read: ["sns:GetSubscriptionAttributes"],
    update: ["sns:SetSubscriptionAttributes"],
    // Unsubscribe ("pending confirmation" is accepted), then GetSubscriptionAttributes until gone.
    delete: ["sns:Unsubscribe"],
    tag: [],
    retainedOnDelete: false,
  },
  {
    type: "aws:athena/workgroup:Workgroup",
    createdWhen: ["athena"],
    providerSource: `${PROVIDER}/athena/workgroup.go`,
    create: ["athena:CreateWorkGroup"],
    read: ["athena:GetWorkGroup"],
    update: ["athena:UpdateWorkGroup"],
    delete: ["athena:DeleteWorkGroup"],
    // athena/tags_gen.go; CreateWorkGroup carries Tags.
    tag: ["athena:ListTagsForResource", "athena:TagResource", "athena:UntagResource"],
    retainedOnDelete: false,
  },
  {
    type: "aws:athena/namedQuery:NamedQuery",
    createdWhen: ["athena"],
    providerSource: `${PROVIDER}/athena/named_query.go`,
    create: ["athena:CreateNamedQuery"],
    read: ["athena:GetNamedQuery"],
    // Every argument replaces the query: no update call.
    update: [],
    delete: ["athena:DeleteNamedQuery"],
    tag: [],
    retainedOnDelete: false,
  },
  {
    type: "aws:glue/catalogDatabase:CatalogDatabase",
    createdWhen: ["athena"],
    providerSource: `${PROVIDER}/glue/catalog_database.go`,
    create: ["glue:CreateDatabase"],
    read: ["glue:GetDatabase"],
    update: ["glue:UpdateDatabase"],
    delete: ["glue:DeleteDatabase"],
    // glue/tags_gen.go: GetTags, TagResource, UntagResource.
    tag: ["glue:GetTags", "glue:TagResource", "glue:UntagResource"],
    retainedOnDelete: false,
  },
  {
    type: "aws:glue/catalogTable:CatalogTable",
    createdWhen: ["athena"],
    providerSource: `${PROVIDER}/glue/catalog_table.go`,
    create: ["glue:CreateTable"],
    // GetTable, then GetPartitionIndexes.
    read: ["glue:GetTable", "glue:GetPartitionIndexes"],
    // Update reads the table (GetTable) to keep its managed parameters, then UpdateTable.
    update: ["glue:UpdateTable"],
    delete: ["glue:DeleteTable"],
    tag: [],
    retainedOnDelete: false,
  },
  {
    type: "aws:cloudwatch/queryDefinition:QueryDefinition",
    createdWhen: ["insightsQueries"],
    providerSource: `${PROVIDER}/logs/query_definition.go`,
    create: ["logs:PutQueryDefinition"],
    // findQueryDefinitionByTwoPartKey pages through DescribeQueryDefinitions.
    read: ["logs:DescribeQueryDefinitions"],
    update: ["logs:PutQueryDefinition"],
    delete: ["logs:DeleteQueryDefinition"],
    tag: [],
    retainedOnDelete: false,
  },
  {
    type: "aws:cloudwatch/dashboard:Dashboard",
    createdWhen: ["dashboard"],
    providerSource: `${PROVIDER}/cloudwatch/dashboard.go`,
    create: ["cloudwatch:PutDashboard"],
    read: ["cloudwatch:GetDashboard"],
    update: ["cloudwatch:PutDashboard"],
    delete: ["cloudwatch:DeleteDashboards"],
    tag: [],
    retainedOnDelete: false,
  },
  {
    type: "aws:lambda/function:Function",
    createdWhen: ["selfHealingTrail"],
    providerSource: `${PROVIDER}/lambda/function.go`,
    // CreateFunction (zip code inline), then GetFunction until Active. No reserved concurrency
    // (PutFunctionConcurrency only when reservedConcurrentExecutions >= 0).
    create: ["lambda:CreateFunction"],
    // GetFunction, ListVersionsByFunction (latest version), GetFunctionCodeSigningConfig
    // (commercial partition).
    read: ["lambda:GetFunction", "lambda:ListVersionsByFunction", "lambda:GetFunctionCodeSigningConfig"],
    update: ["lambda:UpdateFunctionCode", "lambda:UpdateFunctionConfiguration"],
    delete: ["lambda:DeleteFunction"],
    // GetFunction returns the tags; TagResource / UntagResource (lambda/tags_gen.go).
    tag: ["lambda:ListTags", "lambda:TagResource", "lambda:UntagResource"],
    retainedOnDelete: false,
  },
  {
    type: "aws:lambda/permission:Permission",
    createdWhen: ["selfHealingTrail"],
    providerSource: `${PROVIDER}/lambda/permission.go`,
    create: ["lambda:AddPermission"],
    // The statement is read from the function's resource policy.
    read: ["lambda:GetPolicy"],
    update: [],
    delete: ["lambda:RemovePermission"],
    tag: [],
    retainedOnDelete: false,
  },
  {
    type: "aws:chatbot/slackChannelConfiguration:SlackChannelConfiguration",
    createdWhen: ["slackChannel"],
    providerSource: `${PROVIDER}/chatbot/slack_channel_configuration.go`,
    // CreateSlackChannelConfiguration, then DescribeSlackChannelConfigurations until available.
    create: ["chatbot:CreateSlackChannelConfiguration"],
    read: ["chatbot:DescribeSlackChannelConfigurations"],
    update: ["chatbot:UpdateSlackChannelConfiguration"],
    delete: ["chatbot:DeleteSlackChannelConfiguration"],
    // chatbot/tags_gen.go; Create carries Tags.
    tag: ["chatbot:ListTagsForResource", "chatbot:TagResource", "chatbot:UntagResource"],
    retainedOnDelete: false,
    notes:
      "Chatbot's API is served from a few regions only; the provider calls it where the configuration lives. The Slack workspace must be authorised in the Chatbot console first (docs/investigation.md, Chat in Slack).",
  },
  {
    type: "aws:guardduty/detector:Detector",
    createdWhen: ["guardDuty"],
    providerSource: `${PROVIDER}/guardduty/detector.go`,
    // CreateDetector carries Tags; GetDetector reads it back (tags included).
    create: ["guardduty:CreateDetector"],
    read: ["guardduty:GetDetector"],
    update: ["guardduty:UpdateDetector"],
    delete: ["guardduty:DeleteDetector"],
    // guardduty/tags_gen.go: TagResource, UntagResource.
    tag: ["guardduty:TagResource", "guardduty:UntagResource", "guardduty:ListTagsForResource"],
    // Deleting a detector deletes its findings: components/detectors.ts keeps it.
    retainedOnDelete: true,
  },
  {
    type: "aws:guardduty/detectorFeature:DetectorFeature",
    createdWhen: ["guardDuty"],
    providerSource: `${PROVIDER}/guardduty/detector_feature.go`,
    // Create and update are UpdateDetector with the feature; read is GetDetector's Features.
    create: ["guardduty:UpdateDetector"],
    read: ["guardduty:GetDetector"],
    update: ["guardduty:UpdateDetector"],
    // The provider's delete only forgets the feature (it stays as it is in GuardDuty).
    delete: [],
    tag: [],
    retainedOnDelete: false,
  },
  {
    type: "aws:securityhub/account:Account",
    createdWhen: ["securityHub"],
    providerSource: `${PROVIDER}/securityhub/account.go`,
    // EnableSecurityHub, then DescribeHub; UpdateSecurityHubConfiguration for control settings.
    create: ["securityhub:EnableSecurityHub", "securityhub:UpdateSecurityHubConfiguration"],
    read: ["securityhub:DescribeHub"],
    update: ["securityhub:UpdateSecurityHubConfiguration"],
    delete: ["securityhub:DisableSecurityHub"],
    tag: [],
    // Disabling Security Hub deletes its findings after 90 days: components/detectors.ts keeps it.
    retainedOnDelete: true,
  },
  {
    type: "aws:securityhub/standardsSubscription:StandardsSubscription",
    createdWhen: ["securityHub"],
    providerSource: `${PROVIDER}/securityhub/standards_subscription.go`,
    // BatchEnableStandards, then GetEnabledStandards until READY.
    create: ["securityhub:BatchEnableStandards"],
    read: ["securityhub:GetEnabledStandards"],
    update: [],
    delete: ["securityhub:BatchDisableStandards"],
    tag: [],
    retainedOnDelete: false,
  },
  {
    type: "aws:cfg/recorder:Recorder",
    createdWhen: ["awsConfig"],
    providerSource: `${PROVIDER}/configservice/configuration_recorder.go`,
    create: ["config:PutConfigurationRecorder"],
    read: ["config:DescribeConfigurationRecorders"],
    update: ["config:PutConfigurationRecorder"],
    delete: ["config:DeleteConfigurationRecorder"],
    tag: [],
    retainedOnDelete: false,
  },
  {
    type: "aws:cfg/deliveryChannel:DeliveryChannel",
    createdWhen: ["awsConfig"],
    providerSource: `${PROVIDER}/configservice/delivery_channel.go`,
    create: ["config:PutDeliveryChannel"],
    read: ["config:DescribeDeliveryChannels"],
    update: ["config:PutDeliveryChannel"],
    delete: ["config:DeleteDeliveryChannel"],
    tag: [],
    retainedOnDelete: false,
  },
  {
    type: "aws:cfg/recorderStatus:RecorderStatus",
    createdWhen: ["awsConfig"],
    providerSource: `${PROVIDER}/configservice/configuration_recorder_status.go`,
    create: ["config:StartConfigurationRecorder"],
    read: ["config:DescribeConfigurationRecorderStatus", "config:DescribeConfigurationRecorders"],
    update: ["config:StartConfigurationRecorder", "config:StopConfigurationRecorder"],
    // Deleting the status stops the recorder.
    delete: ["config:StopConfigurationRecorder"],
    tag: [],
    retainedOnDelete: false,
  },
  {
    type: "aws:iam/serviceLinkedRole:ServiceLinkedRole",
    createdWhen: ["awsConfig"],
    providerSource: `${PROVIDER}/iam/service_linked_role.go`,
    create: ["iam:CreateServiceLinkedRole"],
    read: ["iam:GetRole"],
    // UpdateRole (description); tags after create and on change with TagRole / UntagRole, read with GetRole.
    update: ["iam:UpdateRole"],
    // DeleteServiceLinkedRole, then GetServiceLinkedRoleDeletionStatus until the task ends.
    delete: ["iam:DeleteServiceLinkedRole", "iam:GetServiceLinkedRoleDeletionStatus"],
    tag: ["iam:TagRole", "iam:UntagRole"],
    // Other services (Security Hub, Config aggregators) use the same role: kept on destroy.
    retainedOnDelete: true,
  },
  {
    type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
    createdWhen: ["organizationAdministratorConfig"],
    providerSource: `${PROVIDER}/iam/role_policy_attachment.go`,
    // AttachRolePolicy, then ListAttachedRolePolicies until it shows (RoleHasPolicyARNAttachment).
    create: ["iam:AttachRolePolicy"],
    read: ["iam:ListAttachedRolePolicies"],
    // Every input replaces it.
    update: [],
    delete: ["iam:DetachRolePolicy"],
    tag: [],
    retainedOnDelete: false,
    notes: "The AWS Config organization aggregator's role gets AWS's managed policy AWSConfigRoleForOrganizations.",
  },
  {
    type: "aws:guardduty/organizationAdminAccount:OrganizationAdminAccount",
    createdWhen: ["organizationManagementGuardDuty"],
    providerSource: `${PROVIDER}/guardduty/organization_admin_account.go`,
    // EnableOrganizationAdminAccount, then ListOrganizationAdminAccounts until it is enabled.
    create: ["guardduty:EnableOrganizationAdminAccount"],
    read: ["guardduty:ListOrganizationAdminAccounts"],
    update: [],
    delete: ["guardduty:DisableOrganizationAdminAccount"],
    tag: [],
    retainedOnDelete: false,
    notes:
      "Run in the management account. GuardDuty's page also asks for the Organizations actions it calls on the caller's behalf (implied permissions below).",
  },
  {
    type: "aws:securityhub/organizationAdminAccount:OrganizationAdminAccount",
    createdWhen: ["organizationManagementSecurityHub"],
    providerSource: `${PROVIDER}/securityhub/organization_admin_account.go`,
    // EnableOrganizationAdminAccount, then ListOrganizationAdminAccounts until ENABLED.
    create: ["securityhub:EnableOrganizationAdminAccount"],
    read: ["securityhub:ListOrganizationAdminAccounts"],
    update: [],
    delete: ["securityhub:DisableOrganizationAdminAccount"],
    tag: [],
    retainedOnDelete: false,
    notes: "Run in the management account, in each Region.",
  },
  {
    type: "aws:organizations/delegatedAdministrator:DelegatedAdministrator",
    createdWhen: ["organizationManagementConfig"],
    providerSource: `${PROVIDER}/organizations/delegated_administrator.go`,
    // RegisterDelegatedAdministrator; read by paging ListDelegatedAdministrators for the principal.
    create: ["organizations:RegisterDelegatedAdministrator"],
    read: ["organizations:ListDelegatedAdministrators"],
    update: [],
    delete: ["organizations:DeregisterDelegatedAdministrator"],
    tag: [],
    retainedOnDelete: false,
    notes:
      "Trusted access for config.amazonaws.com and config-multiaccountsetup.amazonaws.com must be enabled first (organizations:EnableAWSServiceAccess, once, by hand: docs/organization.md).",
  },
  {
    type: "aws:guardduty/organizationConfiguration:OrganizationConfiguration",
    createdWhen: ["organizationAdministratorGuardDuty"],
    providerSource: `${PROVIDER}/guardduty/organization_configuration.go`,
    // Create and update are UpdateOrganizationConfiguration; read DescribeOrganizationConfiguration.
    create: ["guardduty:UpdateOrganizationConfiguration"],
    read: ["guardduty:DescribeOrganizationConfiguration"],
    update: ["guardduty:UpdateOrganizationConfiguration"],
    // The provider's delete is a no-op: the organization keeps its configuration.
    delete: [],
    tag: [],
    retainedOnDelete: false,
  },
  {
    type: "aws:guardduty/organizationConfigurationFeature:OrganizationConfigurationFeature",
    createdWhen: ["organizationAdministratorGuardDuty"],
    providerSource: `${PROVIDER}/guardduty/organization_configuration_feature.go`,
    // DescribeOrganizationConfiguration (for AutoEnableOrganizationMembers), then UpdateOrganizationConfiguration with the feature.
    create: ["guardduty:UpdateOrganizationConfiguration"],
    read: ["guardduty:DescribeOrganizationConfiguration"],
    update: ["guardduty:UpdateOrganizationConfiguration"],
    // A no-op delete too.
    delete: [],
    tag: [],
    retainedOnDelete: false,
  },
  {
    type: "aws:securityhub/organizationConfiguration:OrganizationConfiguration",
    createdWhen: ["organizationAdministratorSecurityHub"],
    providerSource: `${PROVIDER}/securityhub/organization_configuration.go`,
    create: ["securityhub:UpdateOrganizationConfiguration"],
    // DescribeOrganizationConfiguration until its status is ENABLED.
    read: ["securityhub:DescribeOrganizationConfiguration"],
    update: ["securityhub:UpdateOrganizationConfiguration"],
    // Delete sets auto-enable off, standards NONE, LOCAL.
    delete: ["securityhub:UpdateOrganizationConfiguration"],
    tag: [],
    retainedOnDelete: false,
  },
  {
    type: "aws:securityhub/findingAggregator:FindingAggregator",
    createdWhen: ["organizationAdministratorSecurityHub"],
    providerSource: `${PROVIDER}/securityhub/finding_aggregator.go`,
    create: ["securityhub:CreateFindingAggregator"],
    read: ["securityhub:GetFindingAggregator"],
    update: ["securityhub:UpdateFindingAggregator"],
    delete: ["securityhub:DeleteFindingAggregator"],
    tag: [],
    retainedOnDelete: false,
  },
  {
    type: "aws:cfg/configurationAggregator:ConfigurationAggregator",
    createdWhen: ["organizationAdministratorConfig"],
    providerSource: `${PROVIDER}/configservice/configuration_aggregator.go`,
    // PutConfigurationAggregator carries Tags; DescribeConfigurationAggregators reads it back.
    create: ["config:PutConfigurationAggregator"],
    read: ["config:DescribeConfigurationAggregators"],
    update: ["config:PutConfigurationAggregator"],
    delete: ["config:DeleteConfigurationAggregator"],
    // @Tags(identifierAttribute="arn"): configservice/tags_gen.go.
    tag: ["config:ListTagsForResource", "config:TagResource", "config:UntagResource"],
    retainedOnDelete: false,
  },
  {
    type: "aws:ec2/flowLog:FlowLog",
    createdWhen: ["vpcFlowLogs"],
    providerSource: `${PROVIDER}/ec2/vpc_flow_log.go`,
    // CreateFlowLogs with TagSpecifications.
    create: ["ec2:CreateFlowLogs"],
    read: ["ec2:DescribeFlowLogs"],
    // Only tags change in place.
    update: [],
    delete: ["ec2:DeleteFlowLogs"],
    // ec2/tags_gen.go: CreateTags, DeleteTags (tags come back with DescribeFlowLogs).
    tag: ["ec2:CreateTags", "ec2:DeleteTags"],
    retainedOnDelete: false,
  },
];

/** A permission AWS checks on the caller that no resource's own API call names. */
export interface ImpliedPermission {
  readonly actions: readonly string[];
  readonly condition: DeployCondition;
  /** An IAM condition block that narrows the grant, when AWS documents the key for the action. */
  readonly iamCondition?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly why: string;
  readonly source: string;
}

export const IMPLIED_PERMISSIONS: readonly ImpliedPermission[] = [
  {
    actions: ["iam:PassRole"],
    condition: "trail",
    iamCondition: { StringEquals: { "iam:PassedToService": "cloudtrail.amazonaws.com" } },
    why: "CreateTrail and UpdateTrail hand CloudTrail the delivery role (cloudWatchLogsRoleArn); residency trails too.",
    source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/security_iam_id-based-policy-examples.html",
  },
  {
    actions: ["iam:PassRole"],
    condition: "selfHealingTrail",
    iamCondition: { StringEquals: { "iam:PassedToService": "lambda.amazonaws.com" } },
    why: "CreateFunction and UpdateFunctionConfiguration hand Lambda the function's execution role.",
    source: "https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html",
  },
  {
    actions: ["iam:PassRole"],
    condition: "vpcFlowLogsToCloudWatch",
    iamCondition: { StringEquals: { "iam:PassedToService": "vpc-flow-logs.amazonaws.com" } },
    why: "CreateFlowLogs to CloudWatch Logs hands the flow-logs service the delivery role (deliverLogsPermissionArn).",
    source: "https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-iam-role.html",
  },
  {
    actions: ["logs:CreateLogDelivery", "logs:DeleteLogDelivery"],
    condition: "vpcFlowLogsToS3",
    why: "Flow logs to S3 are vended logs: setting one up needs logs:CreateLogDelivery, plus s3:GetBucketPolicy and s3:PutBucketPolicy on the bucket (already granted for the bucket policies), and AWS adds its delivery statement to the bucket policy when it is missing; deleting it, logs:DeleteLogDelivery (VPC user guide, flow logs to Amazon S3).",
    source: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-and-resource-policy.html",
  },
  {
    actions: ["iam:PassRole"],
    condition: "slackChannel",
    iamCondition: { StringEquals: { "iam:PassedToService": "chatbot.amazonaws.com" } },
    why: "The channel configuration names the role Chatbot assumes (iamRoleArn).",
    source: "https://docs.aws.amazon.com/chatbot/latest/adminguide/chatbot-iam-policies.html",
  },
  {
    actions: [
      "organizations:DescribeOrganization",
      "organizations:ListAccounts",
      "organizations:ListAWSServiceAccessForOrganization",
      "iam:GetRole",
    ],
    condition: "organizationTrail",
    why: "CreateTrail with IsOrganizationTrail reads the organization and CloudTrail's service-linked role. AWS's documented minimum also lists organizations:EnableAWSServiceAccess and DisableAWSServiceAccess, which the console uses to turn trusted access on; through the API (Pulumi's path) trusted access must already be enabled, so they are left out.",
    source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/creating-an-organizational-trail-prepare.html",
  },
  {
    actions: ["iam:CreateServiceLinkedRole"],
    condition: "organizationTrail",
    iamCondition: { StringEquals: { "iam:AWSServiceName": "cloudtrail.amazonaws.com" } },
    why: "An organization trail needs CloudTrail's service-linked role; the page asks for permission in IAM to create it (and iam:GetRole, above).",
    source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/creating-an-organizational-trail-prepare.html",
  },
  {
    actions: ["s3:ListBucketVersions", "s3:DeleteObject", "s3:DeleteObjectVersion"],
    condition: "athena",
    why: "The Athena results bucket has forceDestroy: when DeleteBucket finds it not empty, the provider empties it first (ListObjectVersions, DeleteObjects on every version and delete marker; s3/bucket.go, s3/delete.go). The evidence buckets are never emptied.",
    source: S3_ACTIONS_PAGE,
  },
  {
    actions: ["s3:PutBucketObjectLockConfiguration", "s3:PutBucketVersioning"],
    condition: "objectLock",
    why: "CreateBucket with ObjectLockEnabledForBucket needs both besides s3:CreateBucket.",
    source: S3_ACTIONS_PAGE,
  },
  {
    actions: ["iam:CreateServiceLinkedRole"],
    condition: "guardDuty",
    iamCondition: { StringEquals: { "iam:AWSServiceName": "guardduty.amazonaws.com" } },
    why: "CreateDetector creates GuardDuty's service-linked role (AWSServiceRoleForAmazonGuardDuty) the first time; the caller must be allowed to create it.",
    source: "https://docs.aws.amazon.com/guardduty/latest/ug/slr-permissions.html",
  },
  {
    actions: ["iam:CreateServiceLinkedRole"],
    condition: "securityHub",
    iamCondition: { StringEquals: { "iam:AWSServiceName": "securityhub.amazonaws.com" } },
    why: "EnableSecurityHub creates Security Hub's service-linked role (AWSServiceRoleForSecurityHub); the caller must be allowed to create it.",
    source: "https://docs.aws.amazon.com/securityhub/latest/userguide/using-service-linked-roles.html",
  },
  {
    actions: ["iam:PassRole"],
    condition: "awsConfig",
    iamCondition: { StringEquals: { "iam:PassedToService": "config.amazonaws.com" } },
    why: "PutConfigurationRecorder hands AWS Config the recorder's role (its service-linked role, roleArn).",
    source: "https://docs.aws.amazon.com/config/latest/developerguide/security-iam-awsmanpol.html",
  },
  {
    actions: [
      "organizations:EnableAWSServiceAccess",
      "organizations:RegisterDelegatedAdministrator",
      "organizations:ListDelegatedAdministrators",
      "organizations:ListAWSServiceAccessForOrganization",
      "organizations:DescribeOrganizationalUnit",
      "organizations:DescribeAccount",
      "organizations:DescribeOrganization",
      "organizations:ListAccounts",
    ],
    condition: "organizationManagementGuardDuty",
    why: "GuardDuty's EnableOrganizationAdminAccount makes GuardDuty a trusted service and registers the delegated administrator in Organizations on the caller's behalf; GuardDuty's page lists these with guardduty:EnableOrganizationAdminAccount.",
    source: "https://docs.aws.amazon.com/guardduty/latest/ug/organizations_permissions.html",
  },
  {
    actions: ["organizations:EnableAWSServiceAccess", "organizations:RegisterDelegatedAdministrator", "organizations:DescribeOrganization"],
    condition: "organizationManagementSecurityHub",
    why: "Security Hub's EnableOrganizationAdminAccount calls Organizations to make the account the delegated administrator; Security Hub's page lists these with securityhub:EnableOrganizationAdminAccount.",
    source: "https://docs.aws.amazon.com/securityhub/latest/userguide/designate-orgs-admin-account.html",
  },
  {
    actions: ["iam:PassRole"],
    condition: "organizationAdministratorConfig",
    iamCondition: { StringEquals: { "iam:PassedToService": "config.amazonaws.com" } },
    why: "PutConfigurationAggregator hands AWS Config the aggregator's role (organizationAggregationSource.roleArn).",
    source: "https://docs.aws.amazon.com/config/latest/developerguide/security_iam_troubleshoot.html",
  },
  {
    actions: ["organizations:ListDelegatedAdministrators"],
    condition: "organizationAdministratorConfig",
    why: '"If the caller is a registered delegated administrator, AWS Config calls ListDelegatedAdministrators API to verify whether the caller is a valid delegated administrator" when it creates an organization aggregator.',
    source: "https://docs.aws.amazon.com/config/latest/developerguide/setup-aggregator-console.html",
  },
];

/** Provider functions (invokes) the program calls during every preview and update. */
export interface InvokePermission {
  readonly token: string;
  readonly condition: DeployCondition;
  readonly actions: readonly string[];
  readonly why: string;
  readonly source: string;
}

export const INVOKE_PERMISSIONS: readonly InvokePermission[] = [
  {
    token: "aws:ec2/getVpcs:getVpcs",
    condition: "allVpcs",
    actions: ["ec2:DescribeVpcs"],
    why: "vpcFlowLogs.allVpcs lists every VPC of each region at every preview and update (ec2/vpcs_data_source.go).",
    source: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html",
  },
  {
    token: "aws:organizations/getOrganization:getOrganization",
    condition: "athenaOrganization",
    actions: [
      "organizations:DescribeOrganization",
      "organizations:ListAccounts",
      "organizations:ListRoots",
      "organizations:ListAWSServiceAccessForOrganization",
    ],
    why: "The Athena table projects every account of the organization, listed at every preview and update (organizations/organization_data_source.go reads the organization, its accounts, roots and enabled service principals; ListAccounts is allowed to the management account and delegated administrators).",
    source: "https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListAccounts.html",
  },
  {
    token: "aws:guardduty/getDetector:getDetector",
    condition: "organizationAdministratorExistingGuardDuty",
    actions: ["guardduty:ListDetectors", "guardduty:GetDetector"],
    why: "The administrator stack configures the organization through the Region's detector, which GuardDuty turned on when the management account designated it; guardduty/detector_data_source.go lists the detectors, then reads the one.",
    source: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonguardduty.html",
  },
  {
    token: "aws:index/getCallerIdentity:getCallerIdentity",
    condition: "always",
    actions: [],
    why: "sts:GetCallerIdentity needs no permission, and an explicit Deny does not stop it; the provider also calls it when it starts, to validate the credentials.",
    source: "https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html",
  },
];

/** The resource types a configuration with these options creates. */
export function resourceTypesFor(options: DeployOptions): string[] {
  return RESOURCE_PERMISSIONS.filter((r) => createdUnder(r.createdWhen, options)).map((r) => r.type);
}

/** Every action a resource type can need, in the order create, read, update, delete, tag (deletes of retained types left out). */
export function actionsOf(resource: ResourcePermissions): string[] {
  return [...resource.create, ...resource.read, ...resource.update, ...(resource.retainedOnDelete ? [] : resource.delete), ...resource.tag];
}

export interface PolicyStatement {
  readonly Sid: string;
  readonly Effect: "Allow";
  readonly Action: readonly string[];
  readonly Resource: "*";
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface PolicyDocument {
  readonly Version: "2012-10-17";
  readonly Statement: readonly PolicyStatement[];
}

const SERVICE_SIDS: Readonly<Record<string, string>> = {
  athena: "AthenaWorkgroup",
  chatbot: "ChatbotSlackChannel",
  ec2: "Ec2FlowLogs",
  glue: "GlueCatalog",
  lambda: "LambdaSelfHealingTrail",
  cloudtrail: "CloudTrail",
  cloudwatch: "CloudWatchAlarms",
  events: "EventBridgeRules",
  iam: "IamRoles",
  kms: "KmsKeys",
  logs: "CloudWatchLogs",
  organizations: "OrganizationsReads",
  s3: "S3Buckets",
  sns: "SnsAlertTopics",
};

/**
 * The identity-based policy the deployer needs for a configuration with these options: one
 * statement per service, plus one per implied permission that carries an IAM condition.
 * Resource "*": the names of most resources derive from `trailName` or are auto-named by Pulumi
 * (the buckets, the role, the topic keys), so a narrower ARN pattern would tie the policy to one
 * configuration; scope it by account with the policy's attachment instead.
 */
export function deployPolicyDocument(options: DeployOptions = ALL_OPTIONS): PolicyDocument {
  const byService = new Map<string, Set<string>>();
  const add = (action: string): void => {
    const service = action.split(":")[0];
    if (!byService.has(service)) byService.set(service, new Set());
    byService.get(service)!.add(action);
  };
  for (const resource of RESOURCE_PERMISSIONS) if (createdUnder(resource.createdWhen, options)) actionsOf(resource).forEach(add);
  for (const invoke of INVOKE_PERMISSIONS) if (conditionHolds(invoke.condition, options)) invoke.actions.forEach(add);
  const conditioned: PolicyStatement[] = [];
  for (const implied of IMPLIED_PERMISSIONS) {
    if (!conditionHolds(implied.condition, options)) continue;
    if (implied.iamCondition) {
      // Two conditions can grant the same (a role passed to AWS Config by the recorder and by the
      // aggregator): one statement.
      const same = conditioned.findIndex(
        (c) => c.Sid === sidFor(implied) && JSON.stringify(c.Condition) === JSON.stringify(implied.iamCondition),
      );
      const actions = new Set([...(same >= 0 ? conditioned[same].Action : []), ...implied.actions]);
      const statement: PolicyStatement = {
        Sid: sidFor(implied),
        Effect: "Allow",
        Action: [...actions].sort(),
        Resource: "*",
        Condition: implied.iamCondition,
      };
      if (same >= 0) conditioned[same] = statement;
      else conditioned.push(statement);
    } else {
      implied.actions.forEach(add);
    }
  }
  const perService = [...byService.keys()].sort().map((service): PolicyStatement => ({
    Sid: SERVICE_SIDS[service] ?? service,
    Effect: "Allow",
    Action: [...byService.get(service)!].sort(),
    Resource: "*",
  }));
  return { Version: "2012-10-17", Statement: [...perService, ...conditioned] };
}

/** `PassRoleToLambda` and the like, from the service the role is passed to. */
function sidFor(implied: ImpliedPermission): string {
  const linked = implied.iamCondition?.StringEquals?.["iam:AWSServiceName"];
  if (implied.actions.includes("iam:CreateServiceLinkedRole") && linked) {
    const names: Record<string, string> = { cloudtrail: "CloudTrail", guardduty: "GuardDuty", securityhub: "SecurityHub" };
    const service = linked.split(".")[0];
    return `${names[service] ?? service}ServiceLinkedRole`;
  }
  const service = implied.iamCondition?.StringEquals?.["iam:PassedToService"];
  if (implied.actions.includes("iam:PassRole") && service) {
    const name = service
      .split(".")[0]
      .split("-")
      .map((w) => w[0].toUpperCase() + w.slice(1))
      .join("");
    return `PassRoleTo${name}`;
  }
  return implied.actions.map((a) => a.replace(/[^A-Za-z0-9]/g, "")).join("");
}
