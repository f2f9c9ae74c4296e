"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BASELINE_ARG_KEYS = exports.AutoEnableMembers = exports.OrganizationAccount = exports.SecurityHubStandard = exports.GuardDutyProtection = exports.DetectorMode = exports.FlowLogTrafficType = exports.FlowLogDestination = exports.AlarmProfile = exports.SignInWithoutMfaVariant = exports.S3DataEvents = exports.ObjectLockMode = exports.ArchiveStorageClass = void 0;
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
const declarations_generated_1 = require("./declarations.generated");
/** S3 storage class archived trail logs move to. */
exports.ArchiveStorageClass = {
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
};
/** S3 Object Lock's default retention mode. */
exports.ObjectLockMode = {
    /** Holders of s3:BypassGovernanceRetention could delete a locked version; the bucket policy denies that to everyone. */
    Governance: "GOVERNANCE",
    /** Nobody, root included, can delete a log version or shorten its retention until it ends. */
    Compliance: "COMPLIANCE",
};
/** Which S3 object-level data events the trail records (billed per event). */
exports.S3DataEvents = {
    /** No data events. */
    None: "none",
    /** Writes (PutObject, DeleteObject, ...): CIS 3.10. */
    Write: "write",
    /** Reads (GetObject, ...): CIS 3.11. */
    Read: "read",
    /** Reads and writes. */
    All: "all",
};
/** Which console sign-ins without MFA alarm. */
exports.SignInWithoutMfaVariant = {
    /** Successful IAM-user sign-ins only: Security Hub CloudWatch.3, the benchmark's SSO-aware form. */
    SecurityHub: "securityhub",
    /** CIS 4.2's unscoped form: also root and federated sign-ins, and every IAM Identity Center sign-in. */
    AllPrincipals: "all-principals",
};
/** Which filter patterns the alarms use. */
exports.AlarmProfile = {
    /** The CIS patterns verbatim, as Security Hub, Prowler and Trivy expect. */
    Cis: "cis",
    /** Documented, corpus-tested noise exclusions; fails scanners' text checks (Security Hub CloudWatch.2 and CloudWatch.3). */
    Tuned: "tuned",
};
/** Where VPC flow logs go. */
exports.FlowLogDestination = {
    /** The log archive bucket under `vpc-flow-logs/`, Parquet with hourly partitions, kept by the archive's lifecycle. */
    S3: "s3",
    /** A KMS-encrypted log group per Region with `logRetentionDays`, written through a least-privilege delivery role. */
    CloudWatch: "cloudwatch",
};
/** Which traffic a flow log records (EC2 CreateFlowLogs TrafficType). */
exports.FlowLogTrafficType = {
    /** Accepted and rejected traffic: what got through, too. */
    All: "ALL",
    /** Accepted traffic only. */
    Accept: "ACCEPT",
    /** Rejected traffic only (CIS and Security Hub EC2.6 accept it). */
    Reject: "REJECT",
};
/** Whether the stack turns a detective service on, or only routes the findings of one already on. */
exports.DetectorMode = {
    /** The stack turns the service on in every listed Region and manages it. AWS allows one per account and Region, so this fails where one is on already: choose existing, or adopt it with `pulumi import` (docs/detectors.md). */
    Create: "create",
    /** The service is on already (Organizations, Control Tower, another stack, the console): the stack creates nothing for it and routes its findings. */
    Existing: "existing",
    /** No resources and no finding rules. */
    Off: "off",
};
/** A GuardDuty protection plan beyond foundational threat detection (a detector feature), with what it bills. */
exports.GuardDutyProtection = {
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
};
/** A Security Hub standard, as its ARN ends. */
exports.SecurityHubStandard = {
    /** CIS AWS Foundations Benchmark v3.0.0: the newest the pinned provider documents. */
    Cis300: "cis-aws-foundations-benchmark/v/3.0.0",
    /** CIS AWS Foundations Benchmark v5.0.0: Security Hub offers it; the pinned provider's docs do not list it yet. */
    Cis500: "cis-aws-foundations-benchmark/v/5.0.0",
    /** AWS Foundational Security Best Practices v1.0.0: AWS's own controls across services. */
    Fsbp: "aws-foundational-security-best-practices/v/1.0.0",
};
/** Which account of an AWS Organization a stack with `organizationDetectors` is deployed in. */
exports.OrganizationAccount = {
    /** The organization's management account: registers `administratorAccountId` as the delegated administrator of GuardDuty and Security Hub in each listed Region, and of AWS Config. */
    Management: "management",
    /** The delegated administrator account: turns GuardDuty and Security Hub on for the organization's accounts, brings Security Hub's findings into the home Region and AWS Config's data into an organization aggregator. */
    Administrator: "administrator",
};
/** Which accounts of the organization GuardDuty turns itself on in (UpdateOrganizationConfiguration, AutoEnableOrganizationMembers). */
exports.AutoEnableMembers = {
    /** Accounts that join the organization from now on. */
    New: "NEW",
    /** Every account, those already in the organization too (GuardDuty says within 24 hours); each is billed. */
    All: "ALL",
};
/** The argument names, in the order of the interface (and of the README's table). */
exports.BASELINE_ARG_KEYS = Object.keys(declarations_generated_1.ARG_DECLARATIONS.MonitoringBaselineArgs);
const declarationsCurrent = true;
void declarationsCurrent;
