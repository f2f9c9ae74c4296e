/**
 * One region's logging coverage (settings/coverage.ts): its VPC flow logs and its residency
 * trail. The component calls it once per region with the resolved settings; absent settings
 * create nothing.
 */
import * as pulumi from "@pulumi/pulumi";
import { BaselineSettings } from "../settings/types";
import { FlowLogArchive, VpcFlowLogs, createVpcFlowLogs } from "./flowLogs";
import { AccountContext } from "../lib/policyDocuments";
import { ResidencyTrail, createResidencyTrail } from "./residencyTrail";

export interface LoggingCoverageArgs {
  /** The region's component name (`baseline-<region>`): children are named from it. */
  readonly name: string;
  /** The region this call covers; every child lands there (the component's region transform). */
  readonly region: string;
  /** Validated settings; reads vpcFlowLogs, residencyTrails, trailName, logRetentionDays and the archive lifecycle. */
  readonly settings: Pick<
    BaselineSettings,
    "archiveAfterDays" | "archiveStorageClass" | "logRetentionDays" | "residencyTrails" | "trailName" | "vpcFlowLogs"
  >;
  readonly account: AccountContext;
  /**
   * The home region's log archive (createLogArchive: `{ bucketArn: archive.logBucket.arn, ready:
   * [archive.logBucketPolicy, archive.key] }`), required when vpcFlowLogs.destination is `s3`;
   * flow logs of every region deliver to it.
   */
  readonly archive?: FlowLogArchive;
  readonly tags: Record<string, string>;
}

export interface RegionLoggingCoverage {
  /** Set when the region has flow logs. */
  readonly flowLogs?: VpcFlowLogs;
  /** Set when residencyTrails lists the region. */
  readonly residencyTrail?: ResidencyTrail;
}

export function createLoggingCoverage(args: LoggingCoverageArgs, parent: pulumi.Resource): RegionLoggingCoverage {
  const { name, region, settings, account, tags } = args;
  const flowLogSettings = settings.vpcFlowLogs;
  const regionHasFlowLogs = flowLogSettings !== undefined && (flowLogSettings.allVpcs || (flowLogSettings.vpcIds[region] ?? []).length > 0);
  const flowLogs = regionHasFlowLogs
    ? createVpcFlowLogs(
        {
          name,
          region,
          flowLogs: flowLogSettings,
          account,
          trailName: settings.trailName,
          logRetentionDays: settings.logRetentionDays,
          archive: args.archive,
          tags,
        },
        parent,
      )
    : undefined;
  const residency = (settings.residencyTrails ?? []).find((r) => r.region === region);
  const residencyTrail = residency ? createResidencyTrail({ name, region, residency, settings, account, tags }, parent) : undefined;
  return { flowLogs, residencyTrail };
}
