/**
 * Where the trail lives and what it records: the Regions and the home Region, the trail's name,
 * the log group's retention, organization scope and data events, or an existing trail's log group.
 */
import { AWS_REGIONS, partitionOf } from "../lib/regions";
import { ACCOUNT_ID, LOG_GROUP_NAME, ORGANIZATION_ID, PROJECT_TRAIL_NAME, nameProblem } from "../lib/awsLimits";
import { DEFAULTS } from "./declarations.generated";
import { SettingsReader } from "./problems";
import { LOG_RETENTION_DAYS, S3_DATA_EVENT_MODES, S3DataEventMode } from "./types";

export interface TrailChoices {
  readonly regions: readonly string[];
  readonly homeRegion: string;
  readonly trailName: string;
  readonly logRetentionDays: number;
  readonly organizationTrail: boolean;
  readonly organizationId?: string;
  readonly managementAccountId?: string;
  readonly s3DataEvents: S3DataEventMode;
  readonly existingLogGroupName?: string;
}

export const REGIONS_BOUND = { max: AWS_REGIONS.length, why: "each AWS Region once" } as const;

export function readTrail(r: SettingsReader): TrailChoices {
  const regions = r.stringList("regions", DEFAULTS.regions, REGIONS_BOUND);
  if (regions.length === 0) r.fail("regions", regions, "list at least one AWS Region");
  for (const region of regions) {
    if (!AWS_REGIONS.includes(region)) r.fail("regions", region, "expected an AWS Region such as us-east-1 or eu-west-1");
  }
  const duplicates = regions.filter((region, i) => regions.indexOf(region) !== i);
  if (duplicates.length > 0) r.fail("regions", duplicates, "list each Region once");
  // One stack is one account, and an account lives in one partition (aws, aws-us-gov, aws-cn):
  // its ARNs and service principals are the partition's, and one set of credentials reaches one.
  const known = regions.filter((region) => AWS_REGIONS.includes(region));
  const partitions = [...new Set(known.map(partitionOf))];
  if (partitions.length > 1) {
    r.fail(
      "regions",
      regions,
      `list Regions of one partition only (these span ${partitions.join(", ")}): an account, and so a stack, lives in one`,
    );
  }

  const homeRegion = r.nonEmptyText("homeRegion") ?? regions[0] ?? DEFAULTS.regions[0];
  if (!regions.includes(homeRegion)) r.fail("homeRegion", homeRegion, `it must be one of the stack's Regions (${known.join(", ")})`);

  const trailName = r.nonEmptyText("trailName") ?? DEFAULTS.trailName;
  const trailNameProblem = nameProblem(trailName, PROJECT_TRAIL_NAME);
  if (trailNameProblem) r.fail("trailName", trailName, `${trailNameProblem} (${PROJECT_TRAIL_NAME.source})`);

  const logRetentionDays = r.integer("logRetentionDays", DEFAULTS.logRetentionDays, 1, 3653);
  if (!(LOG_RETENTION_DAYS as readonly number[]).includes(logRetentionDays)) {
    r.fail("logRetentionDays", logRetentionDays, `CloudWatch Logs accepts only ${LOG_RETENTION_DAYS.join(", ")}`);
  }

  const organizationTrail = r.boolean("organizationTrail", DEFAULTS.organizationTrail);
  const organizationId = r.text("organizationId");
  if (organizationId !== undefined && !ORGANIZATION_ID.pattern.test(organizationId)) {
    r.fail("organizationId", organizationId, `expected ${ORGANIZATION_ID.allowed} (${ORGANIZATION_ID.source})`);
  }
  if (organizationTrail && organizationId === undefined) {
    r.fail("organizationId", undefined, "an organization trail needs the organization's id (o-...): its log streams are named after it");
  }
  const managementAccountId = r.text("managementAccountId");
  if (managementAccountId !== undefined) {
    if (!ACCOUNT_ID.pattern.test(managementAccountId)) {
      r.fail("managementAccountId", managementAccountId, `expected ${ACCOUNT_ID.allowed} (${ACCOUNT_ID.source})`);
    } else if (!organizationTrail) {
      r.fail(
        "managementAccountId",
        managementAccountId,
        "it applies only to an organization trail: set organizationTrail to true, or remove managementAccountId",
      );
    }
  }

  const s3DataEvents = r.oneOf("s3DataEvents", S3_DATA_EVENT_MODES, DEFAULTS.s3DataEvents);

  // "" is Pulumi.yaml's way of leaving a string key unset.
  const existingLogGroupName = r.text("existingLogGroupName") || undefined;
  if (existingLogGroupName !== undefined) {
    const logGroupProblem = nameProblem(existingLogGroupName, LOG_GROUP_NAME);
    if (logGroupProblem) r.fail("existingLogGroupName", existingLogGroupName, `${logGroupProblem} (${LOG_GROUP_NAME.source})`);
    if (organizationTrail)
      r.fail("organizationTrail", true, "it applies only to a trail the baseline creates; unset it or existingLogGroupName");
  }

  return {
    regions,
    homeRegion,
    trailName,
    logRetentionDays,
    organizationTrail,
    organizationId,
    managementAccountId,
    s3DataEvents,
    existingLogGroupName,
  };
}
