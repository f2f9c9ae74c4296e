/**
 * VPC flow logs of one region (CIS 3.x "VPC flow logging is enabled in all VPCs",
 * Security Hub EC2.6): on the listed VPCs, or on every VPC the region has when `pulumi up` runs.
 * Delivered to the log archive bucket (Parquet, hourly partitions, the archive's lifecycle) or to
 * an encrypted log group of the region through a least-privilege role.
 */
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { FLOW_LOG_S3_FOLDER } from "../lib/awsLimits";
import { VpcFlowLogSettings } from "../settings/types";
import { AccountContext, flowLogRolePolicy, flowLogRoleTrustPolicy, logGroupKeyPolicy } from "../lib/policyDocuments";
import { flowLogGroupNameFor } from "../settings/names";

/** The home region's log archive, as flow logs to S3 need it. */
export interface FlowLogArchive {
  readonly bucketArn: pulumi.Input<string>;
  /** The bucket policy (and key) granting delivery: a flow log created first lets EC2 rewrite the policy itself. */
  readonly ready: pulumi.Resource[];
}

export interface VpcFlowLogsArgs {
  /** Component name; children are `${name}-flow-log-<vpc id>` and so on. */
  readonly name: string;
  readonly region: string;
  readonly flowLogs: VpcFlowLogSettings;
  readonly account: AccountContext;
  /** Used to name the log group (`/aws/vpc-flow-logs/<trailName>`). */
  readonly trailName: string;
  /** Retention of the CloudWatch Logs destination (the baseline's logRetentionDays). */
  readonly logRetentionDays: number;
  /** Required for destination `s3`. */
  readonly archive?: FlowLogArchive;
  readonly tags: Record<string, string>;
}

export interface VpcFlowLogs {
  /** VPC ids with a flow log in this region (known at preview: the lookup runs then too). */
  readonly vpcIds: pulumi.Output<string[]>;
  readonly logGroup?: aws.cloudwatch.LogGroup;
  readonly deliveryRole?: aws.iam.Role;
}

/** Flow logs for ALL (or the configured) traffic of the region's VPCs. */
export function createVpcFlowLogs(args: VpcFlowLogsArgs, parent: pulumi.Resource): VpcFlowLogs {
  const { name, region, flowLogs, account, tags } = args;
  const child = { parent };

  let destination: Pick<aws.ec2.FlowLogArgs, "logDestinationType" | "logDestination" | "iamRoleArn" | "destinationOptions">;
  let ready: pulumi.Resource[];
  let logGroup: aws.cloudwatch.LogGroup | undefined;
  let deliveryRole: aws.iam.Role | undefined;
  if (flowLogs.destination === "s3") {
    if (!args.archive)
      throw new Error(`vpcFlowLogs: destination s3 needs the log archive bucket in ${region}; pass archive to createVpcFlowLogs.`);
    destination = {
      logDestinationType: "s3",
      // A folder of the archive bucket: its lifecycle, encryption and access logging apply. EC2
      // CreateFlowLogs, LogDestination: "specify the ARN of an S3 bucket. For example:
      // arn:aws:s3:::my_bucket/my_subfolder/ ... you can't use AWSLogs as a subfolder name"
      // (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateFlowLogs.html).
      logDestination: pulumi.interpolate`${args.archive.bucketArn}/${FLOW_LOG_S3_FOLDER}/`,
      // VPC user guide, "Flow log files" (https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-s3-path.html):
      // Parquet queries are "10 to 100 times faster" and take "20 percent less storage space"
      // than text; hourly partitions for queries "to a specific hour". Values as the provider
      // validates them (terraform-provider-aws internal/service/ec2/vpc_flow_log.go
      // destination_options: file_format enum plain-text | parquet, default plain-text; both
      // partition flags default false; all ForceNew). Hive-compatible prefixes stay off: the
      // bucket policy's write is on the default `AWSLogs/<account>/` prefix (policyDocuments.ts).
      // maxAggregationInterval stays unset: the provider defaults it to 600 s (allowed: 60, 600).
      destinationOptions: { fileFormat: "parquet", perHourPartition: true, hiveCompatiblePartitions: false },
    };
    ready = args.archive.ready;
  } else {
    const logGroupName = flowLogGroupNameFor(args.trailName);
    const logGroupArn = pulumi.interpolate`arn:${account.partition}:logs:${region}:${account.accountId}:log-group:${logGroupName}`;
    const key = new aws.kms.Key(
      `${name}-flow-logs-key`,
      {
        description: `Encrypts the VPC flow logs log group ${logGroupName}`,
        enableKeyRotation: true,
        deletionWindowInDays: 30,
        policy: logGroupKeyPolicy({ account, region, logGroupArns: [logGroupArn], topicPublishers: false }),
        tags,
      } satisfies aws.kms.KeyArgs,
      child,
    );
    logGroup = new aws.cloudwatch.LogGroup(
      `${name}-flow-logs`,
      { name: logGroupName, retentionInDays: args.logRetentionDays, kmsKeyId: key.arn, tags } satisfies aws.cloudwatch.LogGroupArgs,
      // The key policy must let CloudWatch Logs use the key before the group is encrypted with it.
      { ...child, dependsOn: [key], retainOnDelete: true },
    );
    deliveryRole = new aws.iam.Role(
      `${name}-flow-logs-role`,
      {
        description: `VPC Flow Logs of ${region} write to ${logGroupName}`,
        assumeRolePolicy: flowLogRoleTrustPolicy({ account, region }),
        tags,
      } satisfies aws.iam.RoleArgs,
      child,
    );
    const rolePolicy = new aws.iam.RolePolicy(
      `${name}-flow-logs-delivery`,
      { role: deliveryRole.id, policy: flowLogRolePolicy({ account, region, logGroupArn: logGroup.arn }) } satisfies aws.iam.RolePolicyArgs,
      child,
    );
    destination = { logDestinationType: "cloud-watch-logs", logDestination: logGroup.arn, iamRoleArn: deliveryRole.arn };
    ready = [logGroup, rolePolicy];
  }

  const flowLogOn = (vpcId: string): aws.ec2.FlowLog =>
    new aws.ec2.FlowLog(
      `${name}-flow-log-${vpcId}`,
      { vpcId, trafficType: flowLogs.trafficType, ...destination, tags } satisfies aws.ec2.FlowLogArgs,
      { ...child, dependsOn: ready },
    );

  if (!flowLogs.allVpcs) {
    const listed = [...(flowLogs.vpcIds[region] ?? [])];
    listed.forEach(flowLogOn);
    return { vpcIds: pulumi.output(listed), logGroup, deliveryRole };
  }
  // Every VPC of the region at deploy time. The lookup runs at preview too, so the flow logs show
  // in the preview; a VPC created later gets one at the next `pulumi up` (the pack's vpc-flow-logs
  // policy covers stacks that create VPCs). Invokes take the region explicitly: the region
  // transform (regionTransform.ts) reaches resources only.
  const vpcIds = aws.ec2.getVpcsOutput({ region }, { parent }).ids.apply((ids) => {
    const sorted = [...(ids ?? [])].sort();
    sorted.forEach(flowLogOn);
    return sorted;
  });
  return { vpcIds, logGroup, deliveryRole };
}
