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
import { DescribeRuleCommand, TestEventPatternCommand } from "@aws-sdk/client-eventbridge";
import { mockClient } from "aws-sdk-client-mock";
import type { EventBridgePattern } from "../../policy/catalogue";
import { drillCommand } from "../../tools/drill/drillCommand";
import { GUARD_DUTY_SAMPLE_TYPE } from "../../tools/drill/findingsScenario";
import {
  ArchiveFindingsCommand,
  CreateSampleFindingsCommand,
  GetFindingsCommand,
  ListDetectorsCommand,
  ListFindingsCommand,
} from "@aws-sdk/client-guardduty";
import {
  AwsSecurityFinding,
  BatchImportFindingsCommand,
  BatchUpdateFindingsCommand,
  GetFindingsCommand as GetSecurityHubFindingsCommand,
} from "@aws-sdk/client-securityhub";
import { PlanResource } from "../../tools/lib/planTypes";
import { eventPatternMatches } from "../helpers/eventPattern";
import { mocks, OUTPUTS_FILE, planStackOnce, plannedStack, RESOURCES, regionOf } from "./verifyHarness";

// The planned default stack's outputs: every alarm the drill triggers, each with its real-time rule.
const RUN_ID = "0a1b2c3d";
const ec2 = mockClient(EC2Client);
const s3 = mockClient(S3Client);
const { cloudwatch, sts, guardduty, securityhub, events } = mocks;
/** The Region's detector when the stack expects GuardDuty on already (ListDetectors answers it). */
const EXISTING_DETECTOR = "12abc34d567e8fa901bc2d34e56789f0";
const SAMPLE_FINDING_ID = "a6c4b5d3e2f1a0b9c8d7e6f5a4b3c2d1";

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
  mockFindings(clock, () => RESOURCES);
}

/**
 * GuardDuty and Security Hub as they answer for a stack's samples: the detector (the Region's, or
 * the one the stack created), the sample finding GuardDuty makes of the asked type (High, 8), the
 * imported finding as Security Hub stores it (workflow NEW, record ACTIVE), the deployed rules'
 * patterns, and EventBridge's verdict on them by the project's pattern evaluator.
 */
function mockFindings(clock: FakeClock, resources: () => readonly PlanResource[]): void {
  guardduty.reset();
  securityhub.reset();
  events.reset();
  const start = clock.time;
  guardduty.on(ListDetectorsCommand).resolves({ DetectorIds: [EXISTING_DETECTOR] });
  guardduty.on(CreateSampleFindingsCommand).resolves({});
  guardduty.on(ListFindingsCommand).resolves({ FindingIds: [SAMPLE_FINDING_ID] });
  guardduty.on(GetFindingsCommand).callsFake(() => ({
    Findings: [
      {
        Id: SAMPLE_FINDING_ID,
        Type: GUARD_DUTY_SAMPLE_TYPE,
        Severity: 8,
        CreatedAt: new Date(start + 5000).toISOString(),
        UpdatedAt: new Date(start + 5000).toISOString(),
        Service: { Archived: false, Count: 1, AdditionalInfo: { Value: '{"sample":true}', Type: "default" } },
      },
    ],
  }));
  guardduty.on(ArchiveFindingsCommand).resolves({});
  const imported: AwsSecurityFinding[] = [];
  securityhub.on(BatchImportFindingsCommand).callsFake((input: { Findings: AwsSecurityFinding[] }) => {
    imported.push(...input.Findings);
    return { FailedCount: 0, SuccessCount: input.Findings.length, FailedFindings: [] };
  });
  // Security Hub sets the workflow and record state of a new finding (BatchImportFindings cannot).
  securityhub
    .on(GetSecurityHubFindingsCommand)
    .callsFake(() => ({ Findings: imported.map((f) => ({ ...f, Workflow: { Status: "NEW" }, RecordState: "ACTIVE" })) }));
  securityhub.on(BatchUpdateFindingsCommand).callsFake((input: { FindingIdentifiers: { Id: string; ProductArn: string }[] }) => ({
    ProcessedFindings: input.FindingIdentifiers,
    UnprocessedFindings: [],
  }));
  events.on(DescribeRuleCommand).callsFake(async (input: { Name: string }, getClient) => {
    const region = await regionOf(getClient as never);
    const rule = resources().find(
      (r) => r.type === "aws:cloudwatch/eventRule:EventRule" && r.inputs.name === input.Name && r.inputs.region === region,
    );
    if (rule === undefined) throw Object.assign(new Error(`Rule ${input.Name} does not exist.`), { name: "ResourceNotFoundException" });
    return { Name: input.Name, EventPattern: String(rule.inputs.eventPattern), State: "ENABLED" };
  });
  events.on(TestEventPatternCommand).callsFake((input: { EventPattern: string; Event: string }) => ({
    Result: eventPatternMatches(JSON.parse(input.EventPattern) as EventBridgePattern, JSON.parse(input.Event)),
  }));
}

interface Run {
  code: number;
  out: string;
  err: string;
}

async function drill(
  clock: FakeClock,
  args: string[],
  options: { signal?: AbortSignal; answer?: string; interactive?: boolean; outputsFile?: string } = {},
): Promise<Run & { asked: string[] }> {
  const result = { code: -1, out: "", err: "", asked: [] as string[] };
  await plannedStack();
  result.code = await drillCommand(["--stack", "dev", "--outputs", options.outputsFile ?? OUTPUTS_FILE, ...args], {
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
  "guardduty-findings": 150,
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
    assert.match(run.err, /watching: 6\/6 alarms, 6\/6 rules, 1\/1 finding rules fired, 210 s of 900 s\n$/);
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

describe("drill: the findings scenario", () => {
  const SECURITY_HUB_PRODUCT = "arn:aws:securityhub:us-east-1:111122223333:product/111122223333/default";

  it("makes a GuardDuty sample on the Region's detector, waits for the stack's rule, and archives exactly the samples of this run", async () => {
    const clock = new FakeClock();
    mockAccount(clock, ALL_FIRE, ALL_RULES_FIRE);
    const run = await drill(clock, ["--yes"]);
    assert.equal(run.code, 0);
    const start = new Date("2026-03-01T12:00:00Z").getTime();
    assert.deepEqual(
      guardduty.calls().map((c): [string, unknown] => [c.args[0].constructor.name, c.args[0].input]),
      [
        ["ListDetectorsCommand", {}],
        ["CreateSampleFindingsCommand", { DetectorId: EXISTING_DETECTOR, FindingTypes: ["Backdoor:EC2/DenialOfService.Tcp"] }],
        [
          "ListFindingsCommand",
          {
            DetectorId: EXISTING_DETECTOR,
            FindingCriteria: {
              Criterion: { type: { Equals: ["Backdoor:EC2/DenialOfService.Tcp"] }, updatedAt: { GreaterThanOrEqual: start } },
            },
            MaxResults: 50,
          },
        ],
        ["GetFindingsCommand", { DetectorId: EXISTING_DETECTOR, FindingIds: [SAMPLE_FINDING_ID] }],
        ["ArchiveFindingsCommand", { DetectorId: EXISTING_DETECTOR, FindingIds: [SAMPLE_FINDING_ID] }],
      ],
    );
    // Archived after the watch: the rule fired (150 s) before the drill touched the sample again.
    assert.match(run.err, /watching: .*, 1\/1 finding rules fired, 210 s of 900 s\n$/);
  });

  it("makes the GuardDuty sample on the detector the stack created, with no lookup", async function () {
    this.timeout(30_000);
    const created = await planStackOnce(path.join(__dirname, "..", "fixtures", "outputs", "detectors-stack.yaml"));
    const detectorId = created.outputs.detectors?.guardDutyDetectorIds?.["us-east-1"];
    assert.ok(detectorId !== undefined);
    const clock = new FakeClock();
    mockAccount(clock, ALL_FIRE, ALL_RULES_FIRE);
    const run = await drill(clock, ["--yes"], { outputsFile: created.outputsFile });
    assert.equal(guardduty.commandCalls(ListDetectorsCommand).length, 0);
    assert.deepEqual(
      guardduty.commandCalls(CreateSampleFindingsCommand).map((c) => c.args[0].input.DetectorId),
      [detectorId],
    );
    assert.deepEqual(
      guardduty.commandCalls(ArchiveFindingsCommand).map((c) => c.args[0].input.DetectorId),
      [detectorId],
    );
    assert.equal(run.code, 0);
  });

  it("imports a Security Hub sample of the account's default product, tests the deployed rule's pattern, and resolves the sample", async () => {
    const clock = new FakeClock();
    mockAccount(clock, ALL_FIRE, ALL_RULES_FIRE);
    const run = await drill(clock, ["--yes"]);
    const imported = securityhub.commandCalls(BatchImportFindingsCommand)[0].args[0].input.Findings?.[0];
    assert.equal(imported?.ProductArn, SECURITY_HUB_PRODUCT);
    assert.equal(imported?.AwsAccountId, "111122223333");
    assert.equal(imported?.Id, `baseline-drill-${RUN_ID}`);
    assert.equal(imported?.Severity?.Label, "INFORMATIONAL", "nobody else's automation is paged");
    assert.deepEqual(securityhub.commandCalls(BatchUpdateFindingsCommand)[0].args[0].input, {
      FindingIdentifiers: [{ Id: `baseline-drill-${RUN_ID}`, ProductArn: SECURITY_HUB_PRODUCT }],
      Workflow: { Status: "RESOLVED" },
      Note: { Text: `Security baseline drill ${RUN_ID}: a sample, resolved by the drill.`, UpdatedBy: "baseline-drill" },
    });
    // The deployed pattern, as DescribeRule answers it, on a control finding and on the sample as stored.
    const tested = events
      .commandCalls(TestEventPatternCommand)
      .map((c) => JSON.parse(c.args[0].input.Event!) as { detail: { findings: AwsSecurityFinding[] } });
    assert.deepEqual(
      tested.map((e) => e.detail.findings[0].ProductArn),
      ["arn:aws:securityhub:us-east-1::product/aws/securityhub", SECURITY_HUB_PRODUCT],
    );
    assert.deepEqual(
      events.commandCalls(DescribeRuleCommand).map((c) => c.args[0].input.Name),
      ["security-baseline-securityhub-findings"],
    );
    assert.match(
      run.out,
      /\nSecurity Hub: BatchImportFindings \(default product\) +security-baseline-securityhub-findings +pattern tested +resolved /,
    );
    assert.equal(run.code, 0);
  });

  it("fails when the deployed Security Hub rule would not take a failed HIGH control finding, and says so", async () => {
    const clock = new FakeClock();
    mockAccount(clock, ALL_FIRE, ALL_RULES_FIRE);
    // The rule changed outside Pulumi: its product filter no longer names Security Hub.
    events.on(DescribeRuleCommand).callsFake((input: { Name: string }) => {
      const rule = RESOURCES.find((r) => r.inputs.name === input.Name && r.type === "aws:cloudwatch/eventRule:EventRule")!;
      return { Name: input.Name, EventPattern: String(rule.inputs.eventPattern).replace('["Security Hub"]', '["Security-Hub"]') };
    });
    const run = await drill(clock, ["--yes"]);
    assert.match(run.out, /security-baseline-securityhub-findings +PATTERN WRONG /);
    assert.match(run.out, /a failed HIGH Security Hub control finding does NOT match/);
    assert.equal(securityhub.commandCalls(BatchUpdateFindingsCommand).length, 1, "the sample is resolved all the same");
    assert.equal(run.code, 1);
  });

  it("never archives a real finding of the same type, nor one archived already", async () => {
    const clock = new FakeClock();
    mockAccount(clock, ALL_FIRE, ALL_RULES_FIRE);
    const finding = (id: string, value: string, archived: boolean) => ({
      Id: id,
      Type: GUARD_DUTY_SAMPLE_TYPE,
      Severity: 8,
      CreatedAt: "2026-03-01T12:00:05.000Z",
      Service: { Archived: archived, AdditionalInfo: { Value: value, Type: "default" } },
    });
    guardduty.on(ListFindingsCommand).resolves({ FindingIds: ["real", "archived", SAMPLE_FINDING_ID] });
    guardduty.on(GetFindingsCommand).callsFake(() => ({
      Findings: [
        finding("real", "{}", false),
        finding("archived", '{"sample":true}', true),
        finding(SAMPLE_FINDING_ID, '{"sample":true}', false),
      ],
    }));
    const run = await drill(clock, ["--yes"]);
    assert.deepEqual(
      guardduty.commandCalls(ArchiveFindingsCommand).map((c) => c.args[0].input.FindingIds),
      [[SAMPLE_FINDING_ID]],
    );
    assert.equal(run.code, 0);
  });

  it("fails when EventBridge says the drill's own sample would fire the Security Hub rule", async () => {
    const clock = new FakeClock();
    mockAccount(clock, ALL_FIRE, ALL_RULES_FIRE);
    events.on(TestEventPatternCommand).resolves({ Result: true });
    const run = await drill(clock, ["--yes"]);
    assert.match(run.out, /security-baseline-securityhub-findings +PATTERN WRONG /);
    assert.match(run.out, /a failed HIGH Security Hub control finding matches, the drill's sample matches\./);
    assert.equal(run.code, 1);
  });

  it("fails when the GuardDuty rule does not fire in time, naming the sample's severity", async () => {
    const clock = new FakeClock();
    const { "guardduty-findings": _never, ...others } = ALL_RULES_FIRE;
    mockAccount(clock, ALL_FIRE, others);
    const run = await drill(clock, ["--yes", "--timeout", "300"]);
    assert.match(run.out, /security-baseline-guardduty-findings +not within 300 s +archived /);
    assert.match(run.out, /\nGuardDuty: the sample's severity is 8: the rule alerts from guardDutyAlertSeverity up\.\n/);
    assert.equal(guardduty.commandCalls(ArchiveFindingsCommand).length, 1);
    assert.equal(run.code, 1);
  });

  it("interrupted after the samples, still archives and resolves them before it exits 130", async () => {
    const clock = new FakeClock();
    mockAccount(clock, ALL_FIRE, {});
    const interrupt = new AbortController();
    securityhub.on(BatchImportFindingsCommand).callsFake(() => {
      interrupt.abort();
      return { FailedCount: 0, SuccessCount: 1, FailedFindings: [] };
    });
    const run = await drill(clock, ["--yes"], { signal: interrupt.signal });
    assert.equal(run.code, 130);
    assert.equal(guardduty.commandCalls(ArchiveFindingsCommand).length, 1);
    assert.equal(securityhub.commandCalls(BatchUpdateFindingsCommand).length, 1);
    assert.equal(events.commandCalls(TestEventPatternCommand).length, 0, "no test after the stop");
    assert.match(run.out, /CreateSampleFindings .* +interrupted +archived /);
  });

  it("says what it could not archive (GuardDuty lets only the administrator archive a member's findings) and exits 1", async () => {
    const clock = new FakeClock();
    mockAccount(clock, ALL_FIRE, ALL_RULES_FIRE);
    guardduty
      .on(ArchiveFindingsCommand)
      .rejects(Object.assign(new Error("Only the administrator account can archive findings."), { name: "BadRequestException" }));
    const run = await drill(clock, ["--yes"]);
    assert.match(
      run.out,
      /security-baseline-guardduty-findings +150 s +left as it is \(BadRequestException: Only the administrator account can archive findings\.\)\n/,
    );
    assert.equal(run.code, 1);
  });

  it("a Region without a detector is not drilled, and says how to fix it", async () => {
    const clock = new FakeClock();
    mockAccount(clock, ALL_FIRE, ALL_RULES_FIRE);
    guardduty.on(ListDetectorsCommand).resolves({ DetectorIds: [] });
    const run = await drill(clock, ["--yes"]);
    assert.match(run.out, /not drilled: Error: no GuardDuty detector in us-east-1: turn GuardDuty on there, or set guardDuty to off/);
    assert.equal(guardduty.commandCalls(CreateSampleFindingsCommand).length, 0);
    assert.equal(guardduty.commandCalls(ArchiveFindingsCommand).length, 0, "nothing of the drill's to archive");
    assert.equal(run.code, 1);
  });
});
