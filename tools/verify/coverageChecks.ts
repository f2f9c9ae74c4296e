/**
 * The logging coverage a stack adds (README, Logging coverage): each region's VPC flow logs are
 * on, record what the stack asks for, and deliver; each residency trail records, delivers and is
 * encrypted with its own key in the documented form. Stacks without them get no line here.
 */
import { GetTrailStatusCommand, GetTrailStatusCommandOutput } from "@aws-sdk/client-cloudtrail";
import { DescribeFlowLogsCommand, DescribeVpcsCommand, FlowLog } from "@aws-sdk/client-ec2";
import { GetKeyPolicyCommand } from "@aws-sdk/client-kms";
import { GetBucketLoggingCommand } from "@aws-sdk/client-s3";
import { partitionOf } from "../../lib/regions";
import { StackFlowLogs, StackResidencyTrail } from "../lib/stackOutputs";
import { Check, fail, ok, warn } from "./report";
import { callAws, couldNotRead, RESTORE_WITH_PULUMI, VerifyContext } from "./context";
import { documentedKeyPolicy } from "./policyForms";
import { formCheck } from "./formCheck";
import { deliveryCheck, readTrail } from "./trailChecks";

export async function coverageChecks(ctx: VerifyContext): Promise<Check[]> {
  const { flowLogs, residencyTrails } = ctx.outputs;
  const groups = await Promise.all([
    ...(flowLogs === undefined ? [] : Object.keys(flowLogs.vpcIds).map((region) => flowLogChecks(ctx, flowLogs, region))),
    ...(residencyTrails ?? []).map((trail) => residencyTrailChecks(ctx, trail)),
  ]);
  return groups.flat();
}

/**
 * One line per region: each VPC the stack logs still has its flow log, recording the stack's
 * traffic type to the stack's destination, active and delivering. EC2 API reference, FlowLog
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_FlowLog.html): flowLogStatus
 * `ACTIVE`; deliverLogsStatus `SUCCESS | FAILED`, with deliverLogsErrorMessage `Rate limited`,
 * `Access error` or `Unknown error`. With allVpcs, a VPC created since the last `pulumi up` has
 * none yet: a warning, since the next `pulumi up` adds it.
 */
async function flowLogChecks(ctx: VerifyContext, flowLogs: StackFlowLogs, region: string): Promise<Check[]> {
  const id = `flow-logs.${region}`;
  const ec2 = ctx.clients(region).ec2;
  const expected = flowLogs.vpcIds[region] ?? [];
  // Every VPC and flow log of the region, page by page: a region has few, and matching them here
  // needs no filter-value limit.
  const vpcs = new Set<string>();
  const logs: FlowLog[] = [];
  try {
    let token: string | undefined;
    do {
      const page = await callAws(ctx, () => ec2.send(new DescribeVpcsCommand({ NextToken: token })));
      for (const vpc of page.Vpcs ?? []) if (vpc.VpcId) vpcs.add(vpc.VpcId);
      token = page.NextToken;
    } while (token);
    do {
      const page = await callAws(ctx, () => ec2.send(new DescribeFlowLogsCommand({ NextToken: token })));
      logs.push(...(page.FlowLogs ?? []));
      token = page.NextToken;
    } while (token);
  } catch (err) {
    return [couldNotRead(id, err, "ec2:DescribeVpcs and ec2:DescribeFlowLogs")];
  }

  const ours = (log: FlowLog): boolean => {
    if (flowLogs.destination === "s3") {
      const bucketArn = `arn:${partitionOf(region)}:s3:::${ctx.outputs.logBucketName}`;
      return (
        log.LogDestinationType === "s3" && (log.LogDestination === bucketArn || (log.LogDestination ?? "").startsWith(`${bucketArn}/`))
      );
    }
    return log.LogDestinationType === "cloud-watch-logs" && log.LogGroupName === flowLogs.logGroupNames?.[region];
  };
  const destination =
    flowLogs.destination === "s3" ? `the log archive ${ctx.outputs.logBucketName}` : `log group ${flowLogs.logGroupNames?.[region]}`;

  const failures: string[] = [];
  const gone: string[] = [];
  for (const vpcId of expected) {
    if (!vpcs.has(vpcId)) {
      gone.push(vpcId);
      continue;
    }
    const candidates = logs.filter((log) => log.ResourceId === vpcId && ours(log));
    const log = candidates.find((l) => l.TrafficType === flowLogs.trafficType) ?? candidates[0];
    if (log === undefined) failures.push(`${vpcId} has no flow log to ${destination}`);
    else if (log.TrafficType !== flowLogs.trafficType)
      failures.push(`${vpcId}'s flow log records ${log.TrafficType} traffic, the stack's ${flowLogs.trafficType}`);
    else if (log.FlowLogStatus !== undefined && log.FlowLogStatus !== "ACTIVE")
      failures.push(`${vpcId}'s flow log ${log.FlowLogId} is ${log.FlowLogStatus}`);
    else if (log.DeliverLogsStatus === "FAILED")
      failures.push(`${vpcId}'s flow log ${log.FlowLogId} cannot deliver: ${log.DeliverLogsErrorMessage ?? "no reason given"}`);
  }
  const unlogged = flowLogs.allVpcs ? [...vpcs].filter((vpcId) => !expected.includes(vpcId)).sort() : [];

  const checks: Check[] = [];
  const logged = expected.length - gone.length;
  if (failures.length > 0) {
    const fix =
      flowLogs.destination === "s3"
        ? "A missing or changed flow log: run `pulumi up` for this stack. `Access error`: the archive's bucket or key policy no longer lets delivery.logs.amazonaws.com write; `pulumi up` restores them."
        : "A missing or changed flow log: run `pulumi up` for this stack. `Access error`: the delivery role or the log group's key policy was changed; `pulumi up` restores them.";
    checks.push(fail(id, `${failures.join("; ")}.`, fix));
  } else {
    checks.push(
      ok(
        id,
        logged === 0
          ? "The stack logs no VPC here."
          : `${logged} VPC(s) log ${flowLogs.trafficType} traffic to ${destination}, active and delivering.`,
      ),
    );
  }
  if (gone.length > 0) {
    const fix = flowLogs.allVpcs
      ? "`pulumi refresh` then `pulumi up` drops them from the stack."
      : `Remove them from vpcFlowLogs.vpcIds.${region}, then \`pulumi up\`.`;
    checks.push(
      warn(
        `${id}.gone`,
        `${gone.join(", ")} no longer ${gone.length === 1 ? "exists" : "exist"}; ${gone.length === 1 ? "its flow log went with it" : "their flow logs went with them"}.`,
        fix,
      ),
    );
  }
  if (unlogged.length > 0) {
    checks.push(
      warn(
        `${id}.new-vpcs`,
        `${unlogged.join(", ")} ${unlogged.length === 1 ? "was" : "were"} created after the last \`pulumi up\` and ${unlogged.length === 1 ? "has" : "have"} no flow log of this stack (allVpcs logs the VPCs it finds then).`,
        "Run `pulumi up` for this stack; the pack's vpc-flow-logs policy makes stacks that create VPCs give them flow logs.",
      ),
    );
  }
  return checks;
}

/**
 * The residency bucket's S3 server access logging (CIS 3.6, Security Hub CloudTrail.7) goes to
 * the stack's access-log bucket in its Region: S3 API reference, GetBucketLogging
 * (LoggingEnabled.TargetBucket; no LoggingEnabled means logging is off).
 */
async function accessLoggingCheck(ctx: VerifyContext, id: string, region: string, residency: StackResidencyTrail): Promise<Check> {
  if (residency.accessLogBucketName === undefined) {
    return warn(
      id,
      `The stack's outputs name no access-log bucket for ${residency.logBucketName}: it was deployed before residency buckets had server access logs (CIS 3.6).`,
      "Run `pulumi up` for this stack to create it, then save the outputs again.",
    );
  }
  try {
    const { LoggingEnabled } = await callAws(ctx, () =>
      ctx.clients(region).s3.send(new GetBucketLoggingCommand({ Bucket: residency.logBucketName })),
    );
    if (LoggingEnabled?.TargetBucket === residency.accessLogBucketName) {
      return ok(id, `${residency.logBucketName} logs its requests to ${residency.accessLogBucketName} (CIS 3.6).`);
    }
    return fail(
      id,
      LoggingEnabled === undefined
        ? `${residency.logBucketName} has server access logging off (CIS 3.6).`
        : `${residency.logBucketName} logs its requests to ${LoggingEnabled.TargetBucket}, not ${residency.accessLogBucketName}.`,
      RESTORE_WITH_PULUMI,
    );
  } catch (err) {
    return couldNotRead(id, err, "s3:GetBucketLogging");
  }
}

/** A residency trail: configured as deployed, logging, delivering, its key in the documented form. */
async function residencyTrailChecks(ctx: VerifyContext, residency: StackResidencyTrail): Promise<Check[]> {
  const { region, trailName, trailArn } = residency;
  const id = `residency-trail.${region}`;
  const clients = ctx.clients(region);
  const read = await readTrail(ctx, region, trailArn, trailName, id);
  if ("check" in read) return [read.check];
  const { trail } = read;

  const problems: string[] = [];
  // Single-region on purpose: its events, and nothing else, stay in its region's bucket.
  if (trail.IsMultiRegionTrail === true) problems.push("it records every region, so other regions' events land in this region's bucket");
  if (trail.LogFileValidationEnabled !== true) problems.push("log file validation is off");
  if (trail.KmsKeyId !== residency.kmsKeyArn)
    problems.push(`its logs are encrypted with ${trail.KmsKeyId ?? "S3-managed keys"}, not its key ${residency.kmsKeyArn}`);
  if (trail.S3BucketName !== residency.logBucketName)
    problems.push(`it writes to bucket ${trail.S3BucketName}, not ${residency.logBucketName}`);
  const checks: Check[] = [
    problems.length === 0
      ? ok(id, `Trail ${trailName} records ${region} only, into ${residency.logBucketName} with its own key.`)
      : fail(id, `Trail ${trailName}: ${problems.join("; ")}.`, RESTORE_WITH_PULUMI),
  ];

  let status: GetTrailStatusCommandOutput;
  try {
    status = await callAws(ctx, () => clients.cloudtrail.send(new GetTrailStatusCommand({ Name: trailArn })));
    const now = ctx.now().getTime();
    checks.push(
      status.IsLogging === true
        ? ok(`${id}.logging`, "Logging.")
        : fail(
            `${id}.logging`,
            "Not logging: the region's record stops here.",
            `aws cloudtrail start-logging --name ${trailArn} --region ${region}`,
          ),
      deliveryCheck(
        `${id}.s3-delivery`,
        `S3 (${residency.logBucketName})`,
        status.LatestDeliveryError,
        status.LatestDeliveryTime,
        now,
        "The bucket policy or the key policy no longer lets cloudtrail.amazonaws.com write: run `pulumi up` for this stack to restore them.",
      ),
      deliveryCheck(
        `${id}.cloudwatch-delivery`,
        `CloudWatch Logs (${residency.logGroupName})`,
        status.LatestCloudWatchLogsDeliveryError,
        status.LatestCloudWatchLogsDeliveryTime,
        now,
        "CloudTrail cannot write with its delivery role (trust policy, role policy, or the log group's KMS key): run `pulumi up` for this stack to restore them.",
      ),
    );
  } catch (err) {
    checks.push(couldNotRead(`${id}.logging`, err, "cloudtrail:GetTrailStatus"));
  }

  checks.push(await accessLoggingCheck(ctx, `${id}.access-logging`, region, residency));

  const keyId = `${id}.key-policy.form`;
  try {
    const { Policy } = await callAws(ctx, () =>
      clients.kms.send(new GetKeyPolicyCommand({ KeyId: residency.kmsKeyArn, PolicyName: "default" })),
    );
    checks.push(
      formCheck(
        keyId,
        `key policy of ${residency.kmsKeyArn}`,
        Policy,
        await documentedKeyPolicy(ctx.outputs, ctx.account, residency.kmsKeyArn),
      ),
    );
  } catch (err) {
    checks.push(couldNotRead(keyId, err, "kms:GetKeyPolicy"));
  }
  return checks;
}
