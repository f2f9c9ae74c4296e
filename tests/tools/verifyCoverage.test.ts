/**
 * verify on stacks with logging coverage (README, Logging coverage): an archive stack with member
 * accounts, flow logs to S3 and a residency trail; a member stack writing to a central archive
 * with flow logs of every VPC to CloudWatch Logs. Each is planned with the real program under
 * Pulumi's mocks and AWS answers from what it deploys (verifyHarness); each test breaks one link.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CloudTrailClient, GetTrailCommand, GetTrailStatusCommand } from "@aws-sdk/client-cloudtrail";
import { DescribeFlowLogsCommand, DescribeVpcsCommand, EC2Client } from "@aws-sdk/client-ec2";
import { GetKeyPolicyCommand, KMSClient } from "@aws-sdk/client-kms";
import { GetBucketLoggingCommand } from "@aws-sdk/client-s3";
import { verifyCommand } from "../../tools/verify/verifyCommand";
import { ACCOUNT, DeployedStack, minutesAgo, mockHealthyStack, mocks, NOW, planStack, regionOf } from "./verifyHarness";

const FIXTURES = path.join(__dirname, "..", "fixtures", "outputs");
const VPC_A = "vpc-0a1b2c3d4e5f60718";
const VPC_B = "vpc-1234abcd";
const VPC_C = "vpc-0f0e0d0c0b0a09080";
const DRIFT = "Fix: It was changed outside Pulumi: run `pulumi up` for this stack to restore it.";

interface Run {
  code: number;
  out: string;
}

async function verify(outputsFile: string): Promise<Run> {
  let out = "";
  let err = "";
  const code = await verifyCommand(["--stack", "dev", "--outputs", outputsFile], {
    io: { out: (t) => (out += t), err: (t) => (err += t) },
    now: () => NOW,
    sleep: async () => undefined,
  });
  assert.strictEqual(err, "");
  return { code, out };
}

/** The report lines of these checks (and any check under them), padding collapsed. */
function lines(run: Run, prefix: RegExp): string[] {
  return run.out
    .split("\n")
    .filter((l) => prefix.test(l.split(/\s+/)[1] ?? ""))
    .map((l) => l.replace(/^(\w+)\s+(\S+)\s+/, "$1  $2  "));
}

function line(run: Run, id: string): string {
  const found = lines(run, new RegExp(`^${id.replace(/\./g, "\\.")}$`));
  assert.strictEqual(found.length, 1, `no single line for ${id} in:\n${run.out}`);
  return found[0];
}

describe("verify: an archive stack with member accounts, flow logs to S3 and a residency trail", () => {
  let stack: DeployedStack;
  before(async () => {
    stack = await planStack(path.join(FIXTURES, "archive-coverage-stack.yaml"));
  });
  beforeEach(() => mockHealthyStack(stack));

  it("is healthy: the home key's documented form carries the members' and flow logs' grants, and each coverage link has its line", async () => {
    const run = await verify(stack.outputsFile);
    assert.strictEqual(run.code, 0, run.out);
    assert.ok(!/^(warn|fail) /m.test(run.out), run.out);
    const { outputs } = stack;
    const residency = outputs.residencyTrails![0];
    assert.deepStrictEqual(lines(run, /^(flow-logs|residency-trail)\./), [
      `ok  flow-logs.eu-west-1  2 VPC(s) log ALL traffic to the log archive ${outputs.logBucketName}, active and delivering.`,
      `ok  flow-logs.eu-central-1  1 VPC(s) log ALL traffic to the log archive ${outputs.logBucketName}, active and delivering.`,
      `ok  residency-trail.eu-central-1  Trail security-baseline-residency-eu-central-1 records eu-central-1 only, into ${residency.logBucketName} with its own key.`,
      "ok  residency-trail.eu-central-1.logging  Logging.",
      `ok  residency-trail.eu-central-1.s3-delivery  Delivered to S3 (${residency.logBucketName}) 4 min ago.`,
      "ok  residency-trail.eu-central-1.cloudwatch-delivery  Delivered to CloudWatch Logs (/aws/cloudtrail/security-baseline-residency-eu-central-1) 3 min ago.",
      `ok  residency-trail.eu-central-1.access-logging  ${residency.logBucketName} logs its requests to ${residency.accessLogBucketName} (CIS 3.6).`,
      `ok  residency-trail.eu-central-1.key-policy.form  The key policy of ${residency.kmsKeyArn} is the documented form, statement for statement.`,
    ]);
    assert.strictEqual(
      line(run, "key-policy.eu-west-1.form"),
      `ok  key-policy.eu-west-1.form  The key policy of ${outputs.kmsKeyArn} is the documented form, statement for statement.`,
    );
  });

  it("outputs saved without memberAccounts and flowLogs: the member and flow-log statements are reported, by Sid, as not in the documented form", async () => {
    const saved = JSON.parse(fs.readFileSync(stack.outputsFile, "utf8")) as Record<string, unknown>;
    delete saved.memberAccounts;
    delete saved.flowLogs;
    const stale = path.join(path.dirname(stack.outputsFile), "stale.json");
    fs.writeFileSync(stale, JSON.stringify(saved));
    const run = await verify(stale);
    const extra = ["MemberTrailsEncrypt", "MemberTrailsDecryptAndDescribe", "FlowLogsDeliveryUsesKey"];
    assert.strictEqual(
      line(run, "key-policy.eu-west-1.form"),
      `fail  key-policy.eu-west-1.form  The key policy of ${stack.outputs.kmsKeyArn} is not the documented form: ${extra.map((sid) => `statement ${sid} is not in the documented form`).join("; ")}. ${DRIFT}`,
    );
    assert.strictEqual(run.code, 1);
  });

  it("a flow log that cannot deliver, one that records other traffic, and a VPC without one fail the region, with the delivery fix", async () => {
    const logsOf = (region: string) => new EC2Client({ region }).send(new DescribeFlowLogsCommand({}));
    const west = (await logsOf("eu-west-1")).FlowLogs ?? [];
    const central = (await logsOf("eu-central-1")).FlowLogs ?? [];
    mocks.ec2.on(DescribeFlowLogsCommand).callsFake(async (_input: unknown, getClient) => {
      const region = await regionOf(getClient as never);
      if (region === "eu-west-1") {
        return {
          FlowLogs: west.map((f) =>
            f.ResourceId === VPC_A
              ? { ...f, DeliverLogsStatus: "FAILED", DeliverLogsErrorMessage: "Access error" }
              : { ...f, TrafficType: "REJECT" },
          ),
        };
      }
      return { FlowLogs: region === "eu-central-1" ? central.filter((f) => f.ResourceId !== VPC_C) : [] };
    });
    const run = await verify(stack.outputsFile);
    const fix =
      "Fix: A missing or changed flow log: run `pulumi up` for this stack. `Access error`: the archive's bucket or key policy no longer lets delivery.logs.amazonaws.com write; `pulumi up` restores them.";
    assert.deepStrictEqual(lines(run, /^flow-logs\./), [
      `fail  flow-logs.eu-west-1  ${VPC_A}'s flow log ${west.find((f) => f.ResourceId === VPC_A)!.FlowLogId} cannot deliver: Access error; ${VPC_B}'s flow log records REJECT traffic, the stack's ALL. ${fix}`,
      `fail  flow-logs.eu-central-1  ${VPC_C} has no flow log to the log archive ${stack.outputs.logBucketName}. ${fix}`,
    ]);
    assert.strictEqual(run.code, 1);
  });

  it("a flow log to another bucket is not the stack's", async () => {
    mocks.ec2.on(DescribeFlowLogsCommand).resolves({
      FlowLogs: [
        {
          FlowLogId: "fl-1",
          ResourceId: VPC_C,
          TrafficType: "ALL",
          LogDestinationType: "s3",
          LogDestination: `arn:aws:s3:::${stack.outputs.logBucketName}-other/vpc-flow-logs/`,
          FlowLogStatus: "ACTIVE",
          DeliverLogsStatus: "SUCCESS",
        },
      ],
    });
    const run = await verify(stack.outputsFile);
    assert.match(
      line(run, "flow-logs.eu-central-1"),
      new RegExp(`^fail  flow-logs\\.eu-central-1  ${VPC_C} has no flow log to the log archive `),
    );
  });

  it("a listed VPC that was deleted is a warning to remove it from vpcFlowLogs.vpcIds", async () => {
    mocks.ec2.on(DescribeVpcsCommand).callsFake(async (_input: unknown, getClient) => {
      const region = await regionOf(getClient as never);
      return { Vpcs: (stack.vpcs[region] ?? []).filter((id) => id !== VPC_B).map((VpcId) => ({ VpcId })) };
    });
    const run = await verify(stack.outputsFile);
    assert.deepStrictEqual(lines(run, /^flow-logs\.eu-west-1/), [
      `ok  flow-logs.eu-west-1  1 VPC(s) log ALL traffic to the log archive ${stack.outputs.logBucketName}, active and delivering.`,
      `warn  flow-logs.eu-west-1.gone  ${VPC_B} no longer exists; its flow log went with it. Fix: Remove them from vpcFlowLogs.vpcIds.eu-west-1, then \`pulumi up\`.`,
    ]);
    assert.strictEqual(run.code, 0);
  });

  it("a residency trail that stopped, records every region, whose access logging is off and whose key policy was edited fails each line", async () => {
    const residency = stack.outputs.residencyTrails![0];
    const trail = (await new CloudTrailClient({ region: "eu-central-1" }).send(new GetTrailCommand({ Name: residency.trailArn }))).Trail!;
    const home = (await new CloudTrailClient({ region: "eu-west-1" }).send(new GetTrailCommand({ Name: stack.outputs.trailArn! }))).Trail!;
    const keyPolicy = JSON.parse(
      (await new KMSClient({ region: "eu-central-1" }).send(new GetKeyPolicyCommand({ KeyId: residency.kmsKeyArn, PolicyName: "default" })))
        .Policy!,
    ) as { Statement: { Sid: string }[] };
    mocks.cloudtrail.on(GetTrailCommand, { Name: residency.trailArn }).resolves({ Trail: { ...trail, IsMultiRegionTrail: true } });
    mocks.cloudtrail.on(GetTrailCommand, { Name: stack.outputs.trailArn! }).resolves({ Trail: home });
    mocks.cloudtrail.on(GetTrailStatusCommand, { Name: residency.trailArn }).resolves({
      IsLogging: false,
      LatestDeliveryTime: minutesAgo(30),
      LatestDeliveryError: "AccessDenied",
      LatestCloudWatchLogsDeliveryTime: minutesAgo(30),
    });
    const removed = keyPolicy.Statement[1].Sid;
    mocks.kms.on(GetKeyPolicyCommand, { KeyId: residency.kmsKeyArn }).resolves({
      Policy: JSON.stringify({ ...keyPolicy, Statement: keyPolicy.Statement.slice(0, 1).concat(keyPolicy.Statement.slice(2)) }),
    });
    mocks.s3.on(GetBucketLoggingCommand, { Bucket: residency.logBucketName }).resolves({});
    const run = await verify(stack.outputsFile);
    assert.deepStrictEqual(lines(run, /^residency-trail\./), [
      `fail  residency-trail.eu-central-1  Trail security-baseline-residency-eu-central-1: it records every region, so other regions' events land in this region's bucket. ${DRIFT}`,
      `fail  residency-trail.eu-central-1.logging  Not logging: the region's record stops here. Fix: aws cloudtrail start-logging --name ${residency.trailArn} --region eu-central-1`,
      `fail  residency-trail.eu-central-1.s3-delivery  The latest delivery to S3 (${residency.logBucketName}) failed: AccessDenied. Fix: The bucket policy or the key policy no longer lets cloudtrail.amazonaws.com write: run \`pulumi up\` for this stack to restore them.`,
      "ok  residency-trail.eu-central-1.cloudwatch-delivery  Delivered to CloudWatch Logs (/aws/cloudtrail/security-baseline-residency-eu-central-1) 30 min ago.",
      `fail  residency-trail.eu-central-1.access-logging  ${residency.logBucketName} has server access logging off (CIS 3.6). ${DRIFT}`,
      `fail  residency-trail.eu-central-1.key-policy.form  The key policy of ${residency.kmsKeyArn} is not the documented form: statement ${removed} is missing. ${DRIFT}`,
    ]);
    assert.strictEqual(run.code, 1);
  });

  it("warns about a residency bucket deployed before it had an access-log bucket (outputs saved then name none)", async () => {
    const saved = JSON.parse(fs.readFileSync(stack.outputsFile, "utf8")) as { residencyTrails: Record<string, unknown>[] };
    for (const trail of saved.residencyTrails) delete trail.accessLogBucketName;
    const older = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "verify-")), "outputs.json");
    fs.writeFileSync(older, JSON.stringify(saved));
    const run = await verify(older);
    assert.strictEqual(
      line(run, "residency-trail.eu-central-1.access-logging"),
      `warn  residency-trail.eu-central-1.access-logging  The stack's outputs name no access-log bucket for ${stack.outputs.residencyTrails![0].logBucketName}: it was deployed before residency buckets had server access logs (CIS 3.6). Fix: Run \`pulumi up\` for this stack to create it, then save the outputs again.`,
    );
  });

  it("a residency trail that is gone", async () => {
    const residency = stack.outputs.residencyTrails![0];
    mocks.cloudtrail
      .on(GetTrailCommand, { Name: residency.trailArn })
      .rejects(Object.assign(new Error("Unknown trail"), { name: "TrailNotFoundException" }));
    const run = await verify(stack.outputsFile);
    assert.deepStrictEqual(lines(run, /^residency-trail\./), [
      "fail  residency-trail.eu-central-1  No trail security-baseline-residency-eu-central-1 in eu-central-1. Fix: Run `pulumi up` for this stack (after `pulumi refresh` if it was deleted outside Pulumi).",
    ]);
  });
});

describe("verify: a member stack writing to a central archive, with flow logs of every VPC to CloudWatch Logs", () => {
  let stack: DeployedStack;
  const VPCS = { "eu-west-1": [VPC_A], "eu-central-1": [] };
  before(async () => {
    stack = await planStack(path.join(FIXTURES, "member-stack.yaml"), VPCS);
  });
  beforeEach(() => mockHealthyStack(stack));

  it("is healthy: the trail writes to the central archive, the local key has its own documented form", async () => {
    const run = await verify(stack.outputsFile);
    assert.strictEqual(run.code, 0, run.out);
    assert.ok(!/^(warn|fail) /m.test(run.out), run.out);
    const central = "org-log-archive-999988887777";
    assert.deepStrictEqual(lines(run, /^(trail\.(bucket|kms|s3-delivery)|key-policy\.eu-west-1\.form|flow-logs\..*)$/), [
      "ok  trail.kms  Encrypted with arn:aws:kms:eu-west-1:999988887777:key/1234abcd-12ab-34cd-56ef-1234567890ab.",
      `ok  trail.bucket  Writes its log files to the central archive ${central}.`,
      `ok  trail.s3-delivery  Delivered to the central archive ${central} 4 min ago.`,
      `ok  key-policy.eu-west-1.form  The key policy of ${stack.outputs.localKeyArn} is the documented form, statement for statement.`,
      "ok  flow-logs.eu-west-1  1 VPC(s) log ALL traffic to log group /aws/vpc-flow-logs/security-baseline, active and delivering.",
      "ok  flow-logs.eu-central-1  The stack logs no VPC here.",
    ]);
  });

  it("a delivery error to the central archive says the archive's stack must list this account", async () => {
    mocks.cloudtrail.on(GetTrailStatusCommand).resolves({
      IsLogging: true,
      LatestDeliveryTime: minutesAgo(50),
      LatestDeliveryError: "AccessDenied",
      LatestCloudWatchLogsDeliveryTime: minutesAgo(3),
    });
    const run = await verify(stack.outputsFile);
    assert.strictEqual(
      line(run, "trail.s3-delivery"),
      `fail  trail.s3-delivery  The latest delivery to the central archive org-log-archive-999988887777 failed: AccessDenied. Fix: The central archive's bucket policy or key policy does not let this account's trail write: the archive's stack must list ${ACCOUNT} in memberAccounts (README, Logging coverage), then \`pulumi up\` there; this stack cannot change them.`,
    );
    assert.strictEqual(run.code, 1);
  });

  it("a VPC created after the last `pulumi up` is a warning to run it again", async () => {
    const created = "vpc-0123456789abcdef0";
    mocks.ec2.on(DescribeVpcsCommand).callsFake(async (_input: unknown, getClient) => {
      const region = await regionOf(getClient as never);
      return {
        Vpcs: [...(VPCS[region as keyof typeof VPCS] ?? []), ...(region === "eu-central-1" ? [created] : [])].map((VpcId) => ({ VpcId })),
      };
    });
    const run = await verify(stack.outputsFile);
    assert.deepStrictEqual(lines(run, /^flow-logs\.eu-central-1/), [
      "ok  flow-logs.eu-central-1  The stack logs no VPC here.",
      `warn  flow-logs.eu-central-1.new-vpcs  ${created} was created after the last \`pulumi up\` and has no flow log of this stack (allVpcs logs the VPCs it finds then). Fix: Run \`pulumi up\` for this stack; the pack's vpc-flow-logs policy makes stacks that create VPCs give them flow logs.`,
    ]);
    assert.strictEqual(run.code, 0);
  });

  it("a flow log whose role lost its permission fails with the role fix", async () => {
    const [log] = (await new EC2Client({ region: "eu-west-1" }).send(new DescribeFlowLogsCommand({}))).FlowLogs!;
    mocks.ec2
      .on(DescribeFlowLogsCommand)
      .resolves({ FlowLogs: [{ ...log, DeliverLogsStatus: "FAILED", DeliverLogsErrorMessage: "Access error" }] });
    const run = await verify(stack.outputsFile);
    assert.strictEqual(
      line(run, "flow-logs.eu-west-1"),
      `fail  flow-logs.eu-west-1  ${VPC_A}'s flow log ${log.FlowLogId} cannot deliver: Access error. Fix: A missing or changed flow log: run \`pulumi up\` for this stack. \`Access error\`: the delivery role or the log group's key policy was changed; \`pulumi up\` restores them.`,
    );
  });
});
