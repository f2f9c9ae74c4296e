/**
 * The resolved settings: every argument validated, defaults applied. What the validators in
 * settings/ produce and what the builders in components/ read (each only the fields it uses).
 */
import type { EventBridgePattern, SigninWithoutMfaVariant as CatalogueVariant } from "../policy/catalogue";
import {
  AlarmProfile,
  ArchiveStorageClass,
  FlowLogDestination,
  FlowLogTrafficType,
  ObjectLockMode,
  S3DataEvents,
  SignInWithoutMfaVariant,
} from "./args";
import type { DetectorSettings } from "./detectors";
import type { InvestigationSettings } from "./investigation";
import type { OrganizationDetectorSettings } from "./organization";

/** Retention values CloudWatch Logs accepts (PutRetentionPolicy), in days. */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

/** Each enum's values, as the validators list what is allowed (settings/args.ts declares and documents them). */
export const ARCHIVE_STORAGE_CLASSES = Object.values(ArchiveStorageClass);
export const S3_DATA_EVENT_MODES = Object.values(S3DataEvents);
export const OBJECT_LOCK_MODES = Object.values(ObjectLockMode);
export const ALARM_PROFILES = Object.values(AlarmProfile);
export const SIGN_IN_WITHOUT_MFA_VARIANTS = Object.values(SignInWithoutMfaVariant);
export const FLOW_LOG_DESTINATIONS = Object.values(FlowLogDestination);
export const FLOW_LOG_TRAFFIC_TYPES = Object.values(FlowLogTrafficType);
export type S3DataEventMode = S3DataEvents;
export type { AlarmProfile, ArchiveStorageClass, FlowLogDestination, FlowLogTrafficType, ObjectLockMode, SignInWithoutMfaVariant };

export interface VpcFlowLogSettings {
  /** Region → ids of the VPCs to log there; each region is one of `regions`. Empty when `allVpcs`. */
  readonly vpcIds: Readonly<Record<string, readonly string[]>>;
  /** Log every VPC that exists in each of the stack's regions when `pulumi up` runs. Default: false. */
  readonly allVpcs: boolean;
  /**
   * `s3`: the log archive bucket under `vpc-flow-logs/`, Parquet with hourly partitions, kept by the
   * archive's lifecycle. `cloudwatch`: one KMS-encrypted log group per region with
   * `logRetentionDays`, written through a least-privilege delivery role. Default: `s3`.
   */
  readonly destination: FlowLogDestination;
  /** Traffic recorded: `ALL` (CIS and Security Hub EC2.6 accept REJECT too; ALL shows what got through). Default: `ALL`. */
  readonly trafficType: FlowLogTrafficType;
}

/** A central log archive in another account, for a member stack. No default: unset means a local archive. */
export interface CentralLogArchiveSettings {
  /** The central bucket; its policy must let this account's trail write `AWSLogs/<this account>/` (README). */
  readonly bucketName: string;
  /** ARN of the central archive's KMS key, in the bucket's region; its policy must let this account's trail encrypt. */
  readonly kmsKeyArn: string;
}

export interface ResidencyTrailSettings {
  /** One of `regions`: the trail, its bucket, key and log group stay there. */
  readonly region: string;
  /** Days before the residency bucket's log objects expire. Default: the stack's `expireAfterDays`. */
  readonly expireAfterDays: number;
}

/** A metric-filter alarm the stack adds to the catalogue. */
export interface CustomAlarm {
  readonly id: string;
  readonly title: string;
  readonly why: string;
  readonly filterPattern: string;
  /** With it, the alarm also gets a real-time EventBridge rule in every region. */
  readonly eventPattern?: EventBridgePattern;
}

export interface ObjectLockSettings {
  readonly mode: ObjectLockMode;
  readonly days: number;
}

/** Everything the program needs, validated and with defaults applied (settings/args.ts documents each). */
export interface BaselineSettings {
  readonly regions: readonly string[];
  readonly homeRegion: string;
  readonly trailName: string;
  readonly alertEmails: readonly string[];
  readonly logRetentionDays: number;
  readonly archiveAfterDays: number;
  readonly archiveStorageClass: ArchiveStorageClass;
  readonly expireAfterDays: number;
  /** Absent: Object Lock is off. */
  readonly objectLock?: ObjectLockSettings;
  readonly organizationTrail: boolean;
  readonly organizationId?: string;
  /** Absent: the deploying account. */
  readonly managementAccountId?: string;
  readonly s3DataEvents: S3DataEventMode;
  readonly disabledAlarms: readonly string[];
  readonly customAlarms: readonly CustomAlarm[];
  readonly watchedSecrets: readonly string[];
  readonly signInWithoutMfaVariant: SignInWithoutMfaVariant;
  readonly alarmProfile: AlarmProfile;
  readonly realtimeAlerts: boolean;
  readonly disabledRealtimeAlerts: readonly string[];
  readonly heartbeatWindowMinutes: number;
  readonly existingLogGroupName?: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly investigation: InvestigationSettings;
  /** GuardDuty, Security Hub and AWS Config: created, routed only, or off. */
  readonly detectors: DetectorSettings;
  /** Absent unless set: a stack without them deploys exactly what it did before they existed. */
  readonly vpcFlowLogs?: VpcFlowLogSettings;
  readonly memberAccounts?: readonly string[];
  readonly centralLogArchive?: CentralLogArchiveSettings;
  readonly residencyTrails?: readonly ResidencyTrailSettings[];
  /** GuardDuty, Security Hub and AWS Config across the organization; absent for a single account. */
  readonly organizationDetectors?: OrganizationDetectorSettings;
}

// The catalogue (policy/, which imports nothing from here) holds each variant's pattern: the
// argument offers exactly the catalogue's variants.
type SameMembers<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : never;
const variantsMatch: SameMembers<SignInWithoutMfaVariant, CatalogueVariant> = true;
void variantsMatch;
