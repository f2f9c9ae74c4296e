import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { DescribeAlarmHistoryCommand, GetMetricStatisticsCommand } from "@aws-sdk/client-cloudwatch";
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateInternetGatewayCommand,
  CreateNetworkAclCommand,
  CreateNetworkAclEntryCommand,
  CreateRouteTableCommand,
  CreateSecurityGroupCommand,
  CreateVpcCommand,
  DeleteNetworkAclCommand,
  DeleteNetworkAclEntryCommand,
  DeleteSecurityGroupCommand,
  DeleteVpcCommand,
  DescribeTagsCommand,
  EC2Client,
  RevokeSecurityGroupIngressCommand,
} from "@aws-sdk/client-ec2";
import { CreateBucketCommand, DeleteBucketCommand, PutBucketTaggingCommand, S3Client } from "@aws-sdk/client-s3";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { mockClient } from "aws-sdk-client-mock";
import { drillCommand } from "../../tools/drill/drillCommand";
import { mocks, OUTPUTS_FILE, plannedStack } from "./verifyHarness";

// The planned default stack's outputs: every alarm the drill triggers, each with its real-time rule.
const RUN_ID = "0a1b2c3d";
const ec2 = mockClient(EC2Client);
const s3 = mockClient(S3Client);
const { cloudwatch, sts } = mocks;

/** A clock that only moves when the drill sleeps. */
class FakeClock {
  time = new Date("2026-03-01T12:00:00Z").getTime();
  slept: number[] = [];
  now = (): Date => new Date(this.time);
  sleep = async (ms: number): Promise<void> => {
    this.slept.push(ms);
    this.time += ms;
  };
}

/** Seconds after the drill started at which AWS records each alarm / rule firing. */
function mockAccount(clock: FakeClock, alarmsAfter: Record<string, number>, rulesAfter: Record<string, number>): void {
  // One by one: a list of the four stubs makes the type-check reduce the union of their types (most of a second).
  ec2.reset();
  s3.reset();
  cloudwatch.reset();
  sts.reset();
  sts.on(GetCallerIdentityCommand).resolves({ Account: "111122223333", Arn: "arn:aws:iam::111122223333:user/drill" });
  const start = clock.time;
  ec2.on(CreateVpcCommand).resolves({ Vpc: { VpcId: "vpc-0drill" } });
  ec2.on(CreateSecurityGroupCommand).resolves({ GroupId: "sg-0drill" });
  ec2.on(CreateNetworkAclCommand).resolves({ NetworkAcl: { NetworkAclId: "acl-0drill" } });
  ec2.on(CreateRouteTableCommand).resolves({ RouteTable: { RouteTableId: "rtb-0drill" } });
  ec2.on(CreateInternetGatewayCommand).resolves({ InternetGateway: { InternetGatewayId: "igw-0drill" } });
  ec2.on(DescribeTagsCommand).callsFake((input: { Filters: { Name: string; Values: string[] }[] }) => ({
    Tags: [{ Key: "baseline-drill", Value: RUN_ID, ResourceId: input.Filters[0].Values[0] }],
  }));
  cloudwatch.on(DescribeAlarmHistoryCommand).callsFake((input: { AlarmName: string }) => {
    const id = input.AlarmName.replace("security-baseline-", "");
    const after = alarmsAfter[id];
    return after !== undefined && clock.time >= start + after * 1000
      ? {
          AlarmHistoryItems: [
            {
              AlarmName: input.AlarmName,
              Timestamp: new Date(start + after * 1000),
              HistoryItemType: "StateUpdate",
              HistorySummary: "Alarm updated from OK to ALARM",
            },
          ],
        }
      : { AlarmHistoryItems: [] };
  });
  cloudwatch.on(GetMetricStatisticsCommand).callsFake((input: { Dimensions: { Value: string }[] }) => {
    const id = input.Dimensions[0].Value.replace("security-baseline-", "");
    const after = rulesAfter[id];
    return after !== undefined && clock.time >= start + after * 1000
      ? { Datapoints: [{ Timestamp: new Date(start + after * 1000), Sum: 1 }] }
      : { Datapoints: [] };
  });
}

interface Run {
  code: number;
  out: string;
  err: string;
}

async function drill(
  clock: FakeClock,
  args: string[],
  options: { signal?: AbortSignal; answer?: string; interactive?: boolean } = {},
): Promise<Run & { asked: string[] }> {
  const result = { code: -1, out: "", err: "", asked: [] as string[] };
  await plannedStack();
  result.code = await drillCommand(["--stack", "dev", "--outputs", OUTPUTS_FILE, ...args], {
    io: { out: (t) => (result.out += t), err: (t) => (result.err += t) },
    interrupt: options.signal ?? new AbortController().signal,
    interactive: options.interactive ?? true,
    confirm: async (question) => {
      result.asked.push(question);
      return (options.answer ?? "no") === "yes";
    },
    now: clock.now,
    sleep: clock.sleep,
    runId: () => RUN_ID,
  });
  return result;
}

const DRILL_TABLE = fs.readFileSync(path.join(__dirname, "..", "fixtures", "outputs", "drill.table.txt"), "utf8");
const ALL_FIRE = {
  "vpc-changes": 70,
  "security-group-changes": 95,
  "nacl-changes": 130,
  "route-table-changes": 100,
  "network-gateway-changes": 110,
  "s3-bucket-policy-changes": 200,
};
const ALL_RULES_FIRE = {
  "vpc-changes": 30,
  "security-group-changes": 60,
  "nacl-changes": 45,
  "route-table-changes": 40,
  "network-gateway-changes": 50,
  "s3-bucket-policy-changes": 75,
};

describe("drill: a full run", () => {
  it("makes and undoes each change, then prints event → alarm → seconds and exits 0", async () => {
    const clock = new FakeClock();
    mockAccount(clock, ALL_FIRE, ALL_RULES_FIRE);
    const run = await drill(clock, ["--yes"]);
    assert.strictEqual(run.out, DRILL_TABLE);
    assert.strictEqual(run.code, 0);
    // Every change undone by the drill itself: nothing left for cleanup to verify or delete.
    assert.strictEqual(ec2.commandCalls(DescribeTagsCommand).length, 0);
    assert.deepStrictEqual(
      ec2.commandCalls(DeleteVpcCommand).map((c) => c.args[0].input),
      [{ VpcId: "vpc-0drill" }],
    );
    assert.deepStrictEqual(
      ec2.calls().map((c) => c.args[0].constructor.name),
      [
        "CreateVpcCommand",
        "CreateSecurityGroupCommand",
        "AuthorizeSecurityGroupIngressCommand",
        "RevokeSecurityGroupIngressCommand",
        "DeleteSecurityGroupCommand",
        "CreateNetworkAclCommand",
        "CreateNetworkAclEntryCommand",
        "DeleteNetworkAclEntryCommand",
        "DeleteNetworkAclCommand",
        "CreateRouteTableCommand",
        "DeleteRouteTableCommand",
        "CreateInternetGatewayCommand",
        "DeleteInternetGatewayCommand",
        "DeleteVpcCommand",
      ],
    );
    assert.deepStrictEqual(
      s3.calls().map((c) => c.args[0].constructor.name),
      ["CreateBucketCommand", "PutBucketTaggingCommand", "PutBucketPolicyCommand", "DeleteBucketPolicyCommand", "DeleteBucketCommand"],
    );
    assert.strictEqual((s3.commandCalls(CreateBucketCommand)[0].args[0].input as { Bucket: string }).Bucket, `baseline-drill-${RUN_ID}`);
    assert.deepStrictEqual(s3.commandCalls(PutBucketTaggingCommand)[0].args[0].input.Tagging, {
      TagSet: [{ Key: "baseline-drill", Value: RUN_ID }],
    });
    assert.deepStrictEqual(ec2.commandCalls(CreateVpcCommand)[0].args[0].input.TagSpecifications?.[0].Tags?.[0], {
      Key: "baseline-drill",
      Value: RUN_ID,
    });
    // The watch polled every 15 s until the last alarm (200 s): no real waiting.
    assert.deepStrictEqual(
      clock.slept.reduce((a, b) => a + b, 0),
      210000,
    );
    assert.match(run.err, /watching: 6\/6 alarms, 6\/6 rules fired, 210 s of 900 s\n$/);
  });

  it("reports what did not fire within the time limit and exits 1", async () => {
    const clock = new FakeClock();
    mockAccount(clock, { "vpc-changes": 70, "security-group-changes": 95, "s3-bucket-policy-changes": 200 }, {});
    const run = await drill(clock, ["--yes", "--timeout", "300"]);
    const lines = run.out.split("\n");
    assert.match(
      lines[3],
      /^CreateNetworkAcl.* {2}nacl-changes {14}not within 300 s {2}security-baseline-nacl-changes {14}not within 300 s$/,
    );
    assert.match(lines[2], /security-baseline-security-group-changes {4}not within 300 s$/);
    assert.strictEqual(
      clock.slept.reduce((a, b) => a + b, 0),
      300000,
    );
    assert.strictEqual(run.code, 1);
  });

  it("goes on with the other changes when one is refused, and says why", async () => {
    const clock = new FakeClock();
    mockAccount(clock, ALL_FIRE, ALL_RULES_FIRE);
    s3.on(CreateBucketCommand).rejects(Object.assign(new Error("Access Denied"), { name: "AccessDenied" }));
    const run = await drill(clock, ["--yes"]);
    assert.match(
      run.out,
      /\nPutBucketPolicy, DeleteBucketPolicy \(on a drill bucket\) +s3-bucket-policy-changes {2}not drilled: AccessDenied: Access Denied {2}security-baseline-s3-bucket-policy-changes {2}-\n/,
    );
    assert.strictEqual(s3.commandCalls(DeleteBucketCommand).length, 0, "the bucket was never created: nothing to delete");
    assert.strictEqual(run.code, 1);
  });
});

describe("drill: safety", () => {
  it("asks first, and does nothing unless the answer is yes", async () => {
    const clock = new FakeClock();
    mockAccount(clock, ALL_FIRE, {});
    const run = await drill(clock, [], { answer: "no" });
    assert.strictEqual(run.asked.length, 1);
    assert.match(
      run.asked[0],
      /^The drill makes real changes in us-east-1, on resources it creates and tags baseline-drill=0a1b2c3d, and deletes them at once:\n {2}vpc-changes: CreateVpc/,
    );
    assert.strictEqual(run.err, "Nothing was done.\n");
    assert.strictEqual(ec2.calls().length + s3.calls().length, 0);
    assert.strictEqual(run.code, 1);
  });

  it("interrupted half way, deletes exactly what it created, verifying the tag first, and exits 130", async () => {
    const clock = new FakeClock();
    mockAccount(clock, ALL_FIRE, {});
    const interrupt = new AbortController();
    // Ctrl-C arrives while the ingress rule is being added.
    ec2.on(AuthorizeSecurityGroupIngressCommand).callsFake(() => {
      interrupt.abort();
      return {};
    });
    const run = await drill(clock, ["--yes"], { signal: interrupt.signal });
    assert.strictEqual(run.code, 130);
    assert.strictEqual(ec2.commandCalls(RevokeSecurityGroupIngressCommand).length, 0, "stops after the current call");
    assert.strictEqual(ec2.commandCalls(CreateNetworkAclCommand).length, 0);
    assert.strictEqual(s3.calls().length, 0);
    assert.deepStrictEqual(
      ec2
        .calls()
        .slice(3)
        // Typed as a pair: inferred, the type-check reduced the union of every EC2 command's input (0.4 s).
        .map((c): [string, unknown] => [c.args[0].constructor.name, c.args[0].input]),
      [
        [
          "DescribeTagsCommand",
          {
            Filters: [
              { Name: "resource-id", Values: ["sg-0drill"] },
              { Name: "key", Values: ["baseline-drill"] },
            ],
          },
        ],
        ["DeleteSecurityGroupCommand", { GroupId: "sg-0drill" }],
        [
          "DescribeTagsCommand",
          {
            Filters: [
              { Name: "resource-id", Values: ["vpc-0drill"] },
              { Name: "key", Values: ["baseline-drill"] },
            ],
          },
        ],
        ["DeleteVpcCommand", { VpcId: "vpc-0drill" }],
      ],
    );
    assert.strictEqual(cloudwatch.calls().length, 0, "no watch after an interrupt");
    assert.match(run.err, /drill: cleaning up vpc vpc-0drill, security-group sg-0drill\n/);
    assert.match(run.out, /security-group-changes {4}interrupted/);
  });

  it("cleans up after an unexpected error too", async () => {
    const clock = new FakeClock();
    mockAccount(clock, ALL_FIRE, {});
    ec2.on(DeleteNetworkAclEntryCommand).rejects(Object.assign(new Error("boom"), { name: "InternalError" }));
    const run = await drill(clock, ["--yes"]);
    assert.deepStrictEqual(
      ec2.commandCalls(DeleteNetworkAclCommand).map((c) => c.args[0].input),
      [{ NetworkAclId: "acl-0drill" }],
    );
    assert.match(run.out, /nacl-changes {14}not drilled: InternalError: boom/);
    assert.strictEqual(ec2.commandCalls(CreateNetworkAclEntryCommand).length, 1);
  });

  it("--timeout bounds the whole run: when it passes mid-change, it stops, cleans up, and exits 2", async () => {
    const clock = new FakeClock();
    mockAccount(clock, ALL_FIRE, {});
    // The one real wait in these tests: CreateSecurityGroup answers after the 0.05 s bound.
    ec2.on(CreateSecurityGroupCommand).callsFake(() => new Promise((resolve) => setTimeout(() => resolve({ GroupId: "sg-0drill" }), 150)));
    const run = await drill(clock, ["--yes", "--timeout", "0.05"]);
    assert.strictEqual(ec2.commandCalls(AuthorizeSecurityGroupIngressCommand).length, 0, "no change after the bound");
    assert.deepStrictEqual(
      ec2.commandCalls(DeleteSecurityGroupCommand).map((c) => c.args[0].input),
      [{ GroupId: "sg-0drill" }],
    );
    assert.deepStrictEqual(
      ec2.commandCalls(DeleteVpcCommand).map((c) => c.args[0].input),
      [{ VpcId: "vpc-0drill" }],
    );
    assert.match(
      run.err,
      /drill: cleaning up vpc vpc-0drill, security-group sg-0drill\ndrill stopped: its time limit of 0\.05 s \(--timeout\) passed\.\n$/,
    );
    assert.strictEqual(cloudwatch.commandCalls(DescribeAlarmHistoryCommand).length, 0, "no watch after the bound");
    assert.strictEqual(run.code, 2);
  });

  it("leaves alone a resource whose tag is not this run's", async () => {
    const clock = new FakeClock();
    mockAccount(clock, ALL_FIRE, {});
    const interrupt = new AbortController();
    ec2.on(CreateSecurityGroupCommand).callsFake(() => {
      interrupt.abort();
      return { GroupId: "sg-0drill" };
    });
    ec2.on(DescribeTagsCommand).resolves({ Tags: [{ Key: "baseline-drill", Value: "someone-else" }] });
    const run = await drill(clock, ["--yes"], { signal: interrupt.signal });
    assert.strictEqual(ec2.commandCalls(DeleteSecurityGroupCommand).length, 0);
    assert.strictEqual(ec2.commandCalls(DeleteVpcCommand).length, 0);
    assert.match(
      run.out,
      /Left behind: security-group sg-0drill \(its baseline-drill tag is "someone-else", not "0a1b2c3d"\)\. Delete it by hand if it is the drill's\.\n/,
    );
    assert.strictEqual(run.code, 130);
  });

  it("rejects a bad --timeout with exit 2", async () => {
    const run = await drill(new FakeClock(), ["--timeout", "soon"]);
    assert.strictEqual(run.code, 2);
    assert.strictEqual(run.err, 'drill: --timeout must be a number, not "soon" (see npm run -s drill -- --help)\n');
    const zero = await drill(new FakeClock(), ["--timeout=0"]);
    assert.strictEqual(zero.err, "drill: --timeout must be a positive number of seconds, not 0 (see npm run -s drill -- --help)\n");
    assert.strictEqual(zero.code, 2);
  });
});

describe("drill: --region", () => {
  it("refuses a Region AWS does not have, naming the flag, a close one and the allowed ones: exit 2, nothing asked or done", async () => {
    const clock = new FakeClock();
    mockAccount(clock, ALL_FIRE, ALL_RULES_FIRE);
    for (const [region, why] of [
      ["mars-1", "is not an AWS Region of the stack's partition (aws)."],
      ["us-est-1", "is not an AWS Region of the stack's partition (aws); did you mean us-east-1?"],
      ["cn-north-1", "is in the aws-cn partition, not the stack's (aws)."],
    ]) {
      const run = await drill(clock, ["--yes", "--region", region]);
      assert.strictEqual(run.code, 2, region);
      assert.match(
        run.err,
        new RegExp(
          `^drill: --region ${region} ${why.replace(/[?().]/g, "\\$&")} Allowed: us-east-1, us-east-2, [^\\n]*eu-west-1[^\\n]* \\(see npm run -s drill -- --help\\)\\n$`,
        ),
      );
      assert.doesNotMatch(run.err, /cn-north-1,|us-gov-/, "the other partitions' Regions are not offered");
      assert.strictEqual(run.asked.length + ec2.calls().length + s3.calls().length + sts.calls().length, 0);
    }
  });
});

describe("drill: unattended", () => {
  it("without --yes and without a terminal refuses, naming --yes, exit 2, nothing done", async () => {
    const clock = new FakeClock();
    mockAccount(clock, ALL_FIRE, {});
    const run = await drill(clock, [], { interactive: false });
    assert.strictEqual(
      run.err,
      "drill: The drill makes real changes in us-east-1 and asks first, but there is no terminal to ask on. Pass --yes to run it unattended.\n",
    );
    assert.strictEqual(run.code, 2);
    assert.strictEqual(run.asked.length, 0);
    assert.strictEqual(ec2.calls().length + s3.calls().length + sts.calls().length, 0);
  });
});
