/**
 * Logging coverage beyond the account trail: VPC flow logs, member accounts that
 * deliver into this stack's archive without AWS Organizations, a member stack that writes to a
 * central archive, and single-region data-residency trails. Values arrive as parsed JSON (stack
 * config or component args); every problem is one line naming the key, in config.ts's style.
 */
import { AWS_REGIONS, partitionOf } from "../lib/regions";
import {
  ACCOUNT_ID,
  FLOW_LOG_TRAFFIC_TYPES as AWS_FLOW_LOG_TRAFFIC_TYPES,
  FLOW_LOG_TRAFFIC_TYPES_SOURCE,
  KMS_KEY_ARN,
  S3_BUCKET_NAME,
  VPC_ID,
  bucketNameProblem,
} from "../lib/awsLimits";
import { VPC_FLOW_LOGS_DEFAULTS } from "./declarations.generated";
import { invalid, isRecord, unknownKeyProblems } from "./problems";
import { residencyTrailNameFor } from "./names";

import {
  CentralLogArchiveSettings,
  FLOW_LOG_DESTINATIONS,
  FLOW_LOG_TRAFFIC_TYPES,
  FlowLogDestination,
  FlowLogTrafficType,
  ResidencyTrailSettings,
  VpcFlowLogSettings,
} from "./types";

// The argument offers exactly the traffic types EC2 takes (lib/awsLimits.ts, with its source).
type SameMembers<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : never;
const trafficTypesMatch: SameMembers<FlowLogTrafficType, (typeof AWS_FLOW_LOG_TRAFFIC_TYPES)[number]> = true;
void trafficTypesMatch;

/** The four coverage settings, validated and with defaults applied. */
export interface LoggingCoverage {
  /** VPC flow logs. Default: unset, no flow log. */
  readonly vpcFlowLogs?: VpcFlowLogSettings;
  /**
   * 12-digit ids of accounts whose trails may deliver into this stack's log archive without
   * Organizations: each writes `AWSLogs/<its id>/` only and encrypts with its own trail ARNs in
   * the encryption context. Default: none.
   */
  readonly memberAccounts: readonly string[];
  /** Deliver the trail to another account's archive instead of creating a bucket and key here. Default: unset. */
  readonly centralLogArchive?: CentralLogArchiveSettings;
  /** Extra single-region trails kept in their region with their own retention. Default: none. */
  readonly residencyTrails: readonly ResidencyTrailSettings[];
}

/** The raw values, as stack config JSON or component args hold them. */
export interface LoggingCoverageValues {
  readonly vpcFlowLogs?: unknown;
  readonly memberAccounts?: unknown;
  readonly centralLogArchive?: unknown;
  readonly residencyTrails?: unknown;
}

/** Settings the coverage options are checked against (already validated by config.ts). */
export interface LoggingCoverageContext {
  readonly regions: readonly string[];
  readonly homeRegion: string;
  readonly organizationTrail: boolean;
  readonly existingLogGroupName?: string;
  /** config.ts's objectLock: set means the local bucket is locked. */
  readonly objectLock?: unknown;
  readonly archiveAfterDays: number;
  readonly expireAfterDays: number;
  /** The deploying account, when known before deployment (the component checks it again at deploy time). */
  readonly accountId?: string;
  readonly managementAccountId?: string;
}

const FLOW_LOG_KEYS = ["vpcIds", "allVpcs", "destination", "trafficType"] as const;

/** Listed VPCs a Region takes (each its own flow log); more is what allVpcs is for. */
export const VPC_IDS_PER_REGION_MAX = 50;
const CENTRAL_ARCHIVE_KEYS = ["bucketName", "kmsKeyArn"] as const;
const RESIDENCY_KEYS = ["region", "expireAfterDays"] as const;

/** Validates the four coverage values; `problems` is empty when `coverage` can be used. */
export function parseLoggingCoverage(
  values: LoggingCoverageValues,
  context: LoggingCoverageContext,
): { coverage: LoggingCoverage; problems: string[] } {
  const problems: string[] = [];
  const fail = (key: string, value: unknown, allowed: string): void => {
    problems.push(invalid(key, value, allowed));
  };
  const unknownKeys = (key: string, record: Record<string, unknown>, known: readonly string[]): void => {
    problems.push(...unknownKeyProblems(Object.keys(record), known, `field of ${key}`, `${key}.`));
  };
  const regionList = context.regions.join(", ");

  const centralLogArchive = parseCentralArchive(values.centralLogArchive, context, fail, unknownKeys);
  const vpcFlowLogs = parseFlowLogs(values.vpcFlowLogs, context, fail, unknownKeys, regionList);
  const memberAccounts = parseMemberAccounts(values.memberAccounts, context, fail);
  const residencyTrails = parseResidencyTrails(values.residencyTrails, context, fail, unknownKeys, regionList);

  // Options that need a local archive, against the options that remove it.
  const localArchiveGone = centralLogArchive
    ? "centralLogArchive replaces the local bucket and key"
    : context.existingLogGroupName !== undefined
      ? "existingLogGroupName means no trail, bucket or key is created here"
      : undefined;
  if (localArchiveGone) {
    if (memberAccounts.length > 0) {
      fail(
        "memberAccounts",
        memberAccounts,
        `members deliver into this stack's log archive, but ${localArchiveGone}; remove memberAccounts or that option`,
      );
    }
    if (vpcFlowLogs?.destination === "s3") {
      fail(
        "vpcFlowLogs.destination",
        "s3",
        `s3 delivers to this stack's log archive, but ${localArchiveGone}; set destination to cloudwatch`,
      );
    }
  }
  if (centralLogArchive) {
    if (context.existingLogGroupName !== undefined) {
      fail(
        "centralLogArchive",
        values.centralLogArchive,
        "it sets where the baseline's own trail writes, but existingLogGroupName means the baseline creates no trail; unset one",
      );
    }
    if (context.objectLock !== undefined) {
      const lock = context.objectLock as { mode?: unknown };
      fail(
        "objectLockMode",
        lock.mode ?? context.objectLock,
        "Object Lock applies to the local log bucket, which centralLogArchive replaces; lock the central bucket instead, or unset centralLogArchive",
      );
    }
  }

  return { coverage: { vpcFlowLogs, memberAccounts, centralLogArchive, residencyTrails }, problems };
}

type Fail = (key: string, value: unknown, allowed: string) => void;
type UnknownKeys = (key: string, record: Record<string, unknown>, known: readonly string[]) => void;

function parseFlowLogs(
  value: unknown,
  context: LoggingCoverageContext,
  fail: Fail,
  unknownKeys: UnknownKeys,
  regionList: string,
): VpcFlowLogSettings | undefined {
  const key = "vpcFlowLogs";
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    fail(
      key,
      value,
      'expected { "vpcIds": { "<region>": ["vpc-..."] } } or { "allVpcs": true }, with optional destination (s3 or cloudwatch) and trafficType',
    );
    return undefined;
  }
  unknownKeys(key, value, FLOW_LOG_KEYS);

  let allVpcs: boolean = VPC_FLOW_LOGS_DEFAULTS.allVpcs;
  if (value.allVpcs !== undefined) {
    if (typeof value.allVpcs !== "boolean") fail(`${key}.allVpcs`, value.allVpcs, "expected true or false");
    else allVpcs = value.allVpcs;
  }

  const vpcIds: Record<string, string[]> = {};
  if (value.vpcIds !== undefined) {
    if (!isRecord(value.vpcIds)) {
      fail(
        `${key}.vpcIds`,
        value.vpcIds,
        'expected an object of region → list of VPC ids, such as { "eu-west-1": ["vpc-0a1b2c3d4e5f67890"] }',
      );
    } else {
      for (const [region, ids] of Object.entries(value.vpcIds)) {
        const at = `${key}.vpcIds.${region}`;
        if (!context.regions.includes(region)) {
          fail(
            at,
            region,
            `flow logs are created by the stack's regional components, so the region must be one of the stack's regions (${regionList})`,
          );
        }
        if (!Array.isArray(ids) || ids.length === 0) {
          fail(at, ids, `expected a non-empty list of VPC ids (${VPC_ID.allowed})`);
          continue;
        }
        if (ids.length > VPC_IDS_PER_REGION_MAX) {
          fail(
            at,
            `${ids.length} VPC ids`,
            `at most ${VPC_IDS_PER_REGION_MAX} a Region: each gets its own flow log; beyond that, use allVpcs`,
          );
        }
        const valid: string[] = [];
        ids.forEach((id: unknown, index: number) => {
          if (typeof id !== "string" || !VPC_ID.pattern.test(id))
            fail(`${at}[${index}]`, id, `expected ${VPC_ID.allowed} (${VPC_ID.source})`);
          else if (valid.includes(id)) fail(`${at}[${index}]`, id, "list each VPC once");
          else valid.push(id);
        });
        vpcIds[region] = valid;
      }
    }
  }
  const listed = value.vpcIds !== undefined;
  if (allVpcs && listed) fail(key, value, "set either vpcIds (listed VPCs) or allVpcs: true (every VPC of every region), not both");
  if (!allVpcs && !listed) fail(key, value, 'set vpcIds ({ "<region>": ["vpc-..."] }) or allVpcs: true');

  let destination: FlowLogDestination = VPC_FLOW_LOGS_DEFAULTS.destination;
  if (value.destination !== undefined) {
    if (!(FLOW_LOG_DESTINATIONS as readonly unknown[]).includes(value.destination)) {
      fail(`${key}.destination`, value.destination, `allowed: ${FLOW_LOG_DESTINATIONS.join(", ")}`);
    } else {
      destination = value.destination as FlowLogDestination;
    }
  }
  let trafficType: FlowLogTrafficType = VPC_FLOW_LOGS_DEFAULTS.trafficType;
  if (value.trafficType !== undefined) {
    if (!(FLOW_LOG_TRAFFIC_TYPES as readonly unknown[]).includes(value.trafficType)) {
      fail(`${key}.trafficType`, value.trafficType, `allowed: ${FLOW_LOG_TRAFFIC_TYPES.join(", ")} (${FLOW_LOG_TRAFFIC_TYPES_SOURCE})`);
    } else {
      trafficType = value.trafficType as FlowLogTrafficType;
    }
  }
  return { vpcIds: allVpcs ? {} : vpcIds, allVpcs, destination, trafficType };
}

function parseMemberAccounts(value: unknown, context: LoggingCoverageContext, fail: Fail): string[] {
  const key = "memberAccounts";
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    fail(key, value, 'expected a list of 12-digit account ids, such as ["444455556666"]');
    return [];
  }
  const accounts: string[] = [];
  value.forEach((id: unknown, index: number) => {
    const at = `${key}[${index}]`;
    if (typeof id !== "string" || !ACCOUNT_ID.pattern.test(id))
      fail(at, id, `expected ${ACCOUNT_ID.allowed}, as a string so leading zeros stay (${ACCOUNT_ID.source})`);
    else if (accounts.includes(id)) fail(at, id, "list each account once");
    else if (id === context.accountId)
      fail(at, id, "it is this stack's own account, whose trail already writes here; list other accounts only");
    else if (id === context.managementAccountId)
      fail(at, id, "it is managementAccountId, whose organization trail already writes here; list other accounts only");
    else accounts.push(id);
  });
  return accounts;
}

function parseCentralArchive(
  value: unknown,
  context: LoggingCoverageContext,
  fail: Fail,
  unknownKeys: UnknownKeys,
): CentralLogArchiveSettings | undefined {
  const key = "centralLogArchive";
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    fail(key, value, 'expected { "bucketName": "<central bucket>", "kmsKeyArn": "arn:aws:kms:<region>:<account>:key/<id>" }');
    return undefined;
  }
  unknownKeys(key, value, CENTRAL_ARCHIVE_KEYS);
  const { bucketName, kmsKeyArn } = value;
  let ok = true;
  if (typeof bucketName !== "string") {
    fail(`${key}.bucketName`, bucketName, `expected the central bucket's name (${S3_BUCKET_NAME.allowed})`);
    ok = false;
  } else {
    const problem = bucketNameProblem(bucketName);
    if (problem) {
      fail(`${key}.bucketName`, bucketName, `${problem} (${S3_BUCKET_NAME.source})`);
      ok = false;
    }
  }
  const arn = typeof kmsKeyArn === "string" ? KMS_KEY_ARN.pattern.exec(kmsKeyArn) : null;
  if (!arn) {
    fail(`${key}.kmsKeyArn`, kmsKeyArn, `expected ${KMS_KEY_ARN.allowed} (${KMS_KEY_ARN.source})`);
    ok = false;
  } else {
    const [, partition, keyRegion, keyAccount] = arn;
    const stackPartition = partitionOf(context.homeRegion);
    if (!AWS_REGIONS.includes(keyRegion) || partitionOf(keyRegion) !== partition) {
      fail(
        `${key}.kmsKeyArn`,
        kmsKeyArn,
        `${keyRegion} is not a Region of the ${partition} partition (${AWS_REGIONS.filter((r) => partitionOf(r) === partition).join(", ")}); copy the key's ARN from the archive stack's kmsKeyArn output`,
      );
      ok = false;
    } else if (partition !== stackPartition) {
      fail(
        `${key}.kmsKeyArn`,
        kmsKeyArn,
        `the key is in the ${partition} partition but the stack's regions are in ${stackPartition}; CloudTrail cannot use a key across partitions`,
      );
      ok = false;
    } else if (keyAccount === context.accountId) {
      fail(
        `${key}.kmsKeyArn`,
        kmsKeyArn,
        "the key is in this stack's own account; a central archive lives in another account (unset centralLogArchive for a local archive)",
      );
      ok = false;
    }
  }
  return ok ? { bucketName: bucketName as string, kmsKeyArn: kmsKeyArn as string } : undefined;
}

function parseResidencyTrails(
  value: unknown,
  context: LoggingCoverageContext,
  fail: Fail,
  unknownKeys: UnknownKeys,
  regionList: string,
): ResidencyTrailSettings[] {
  const key = "residencyTrails";
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    fail(key, value, 'expected a list of { "region": "<region>", "expireAfterDays": <days> } objects');
    return [];
  }
  const trails: ResidencyTrailSettings[] = [];
  value.forEach((entry: unknown, index: number) => {
    const at = `${key}[${index}]`;
    if (!isRecord(entry)) {
      fail(at, entry, 'expected an object such as { "region": "us-east-1", "expireAfterDays": 3653 }');
      return;
    }
    unknownKeys(at, entry, RESIDENCY_KEYS);
    const region = entry.region;
    let ok = true;
    if (typeof region !== "string" || !context.regions.includes(region)) {
      fail(
        `${at}.region`,
        region,
        `expected one of the stack's regions (${regionList}): the residency trail is created by that region's component`,
      );
      ok = false;
    } else if (trails.some((t) => t.region === region)) {
      fail(`${at}.region`, region, "list each region once: one residency trail per region");
      ok = false;
    }
    let expireAfterDays = context.expireAfterDays;
    if (entry.expireAfterDays !== undefined) {
      const days = entry.expireAfterDays;
      if (typeof days !== "number" || !Number.isInteger(days) || days < 1 || days > 36500) {
        fail(`${at}.expireAfterDays`, days, "expected a whole number from 1 to 36500");
        ok = false;
      } else if (days <= context.archiveAfterDays) {
        // Same S3 rule config.ts applies to expireAfterDays.
        fail(
          `${at}.expireAfterDays`,
          days,
          `S3 requires expiry later than the transition, archiveAfterDays (${context.archiveAfterDays}) (https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html)`,
        );
        ok = false;
      } else {
        expireAfterDays = days;
      }
    }
    if (ok) trails.push({ region: region as string, expireAfterDays });
  });
  return trails;
}

/**
 * Policies of the pack (policy/) a residency trail is exempt from, on purpose: it records one
 * region (cloudtrail-multi-region), leaves global service events to the account trail
 * (cloudtrail-global-service-events) and carries no alarms of its own, the account trail's alarms
 * seeing the same events (cloudtrail-cis-monitoring-alarms).
 */
export const RESIDENCY_EXEMPT_POLICIES = [
  "cloudtrail-multi-region",
  "cloudtrail-global-service-events",
  "cloudtrail-cis-monitoring-alarms",
] as const;

/**
 * The pack config entries (`pulumi preview --policy-pack-config`) the baseline's own residency
 * trails need: each exempting policy lists exactly the trail names it creates. Empty without
 * residency trails, so the pack checks every trail.
 */
export function residencyPolicyConfig(
  trailName: string,
  coverage: Pick<LoggingCoverage, "residencyTrails">,
): Record<string, { exemptTrails: string[] }> {
  return residencyExemptions(coverage.residencyTrails.map((t) => residencyTrailNameFor(trailName, t.region)));
}

/** The pack config entries that exempt these residency trails by name; none for none. */
export function residencyExemptions(trailNames: readonly string[]): Record<string, { exemptTrails: string[] }> {
  if (trailNames.length === 0) return {};
  return Object.fromEntries(RESIDENCY_EXEMPT_POLICIES.map((policy) => [policy, { exemptTrails: [...trailNames] }]));
}

/** Refuses, at deploy time, a member account that is the deploying account (unknown before). */
export function memberAccountProblem(deployingAccountId: string, memberAccounts: readonly string[]): string | undefined {
  return memberAccounts.includes(deployingAccountId)
    ? `memberAccounts: "${deployingAccountId}" is the account this stack deploys to, whose trail already writes here; list other accounts only.`
    : undefined;
}
