/**
 * verify's detector checks: GuardDuty, Security Hub and AWS Config enabled and recording in every
 * Region where the stack manages (create) or expects (existing) them, the stack's standards READY,
 * its finding rules enabled, targeting the topic, and without a failed delivery in 24 hours. The
 * stack that creates them (tests/fixtures/outputs/detectors-stack.yaml) and the default stack
 * that expects them are planned with the real program and AWS answers from what they deploy
 * (verifyHarness); each test breaks one link. A quiet account, whose rules delivered nothing, is
 * healthy.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { GetMetricDataCommand } from "@aws-sdk/client-cloudwatch";
import { DescribeConfigurationRecorderStatusCommand } from "@aws-sdk/client-config-service";
import { DescribeRuleCommand } from "@aws-sdk/client-eventbridge";
import { GetDetectorCommand, ListDetectorsCommand } from "@aws-sdk/client-guardduty";
import { DescribeHubCommand, GetEnabledStandardsCommand } from "@aws-sdk/client-securityhub";
import { verifyCommand } from "../../tools/verify/verifyCommand";
import {
  awsError,
  DeployedStack,
  mockHealthyAccount,
  mockHealthyStack,
  mocks,
  NOW,
  OUTPUTS_FILE,
  planStackOnce,
  regionOf,
} from "./verifyHarness";

const DRIFT = "Fix: It was changed outside Pulumi: run `pulumi up` for this stack to restore it.";

interface Run {
  code: number;
  out: string;
}

async function verify(outputsFile: string, ...extra: string[]): Promise<Run> {
  let out = "";
  let err = "";
  const code = await verifyCommand(["--stack", "dev", "--outputs", outputsFile, ...extra], {
    io: { out: (t) => (out += t), err: (t) => (err += t) },
    now: () => NOW,
    sleep: async () => undefined,
  });
  assert.strictEqual(err, "");
  return { code, out };
}

/** The lines of the detector checks, padding collapsed. */
function detectorLines(run: Run): string[] {
  return run.out
    .split("\n")
    .filter((l) => /^(guardduty|securityhub|config|finding-rule|finding-rules-health)\./.test(l.split(/\s+/)[1] ?? ""))
    .map((l) => l.replace(/^(\w+)\s+(\S+)\s+/, "$1  $2  "));
}

function line(run: Run, id: string): string {
  const found = detectorLines(run).filter((l) => l.split("  ")[1] === id);
  assert.strictEqual(found.length, 1, `no single line for ${id} in:\n${run.out}`);
  return found[0];
}

describe("verify: the detectors a stack creates, in each of its Regions", () => {
  let stack: DeployedStack;
  before(async function () {
    this.timeout(30_000);
    stack = await planStackOnce(path.join(__dirname, "..", "fixtures", "outputs", "detectors-stack.yaml"));
  });
  beforeEach(() => mockHealthyStack(stack));

  it("finds each enabled, its standards READY, its recorder recording, its rules enabled and delivering", async () => {
    const run = await verify(stack.outputsFile);
    const detectorId = (region: string) => stack.outputs.detectors!.guardDutyDetectorIds![region];
    for (const region of ["us-east-1", "eu-west-1"]) {
      assert.strictEqual(line(run, `guardduty.${region}`), `ok  guardduty.${region}  Detector ${detectorId(region)} is ENABLED.`);
      assert.strictEqual(
        line(run, `securityhub.${region}.standards`),
        `ok  securityhub.${region}.standards  cis-aws-foundations-benchmark/v/3.0.0, aws-foundational-security-best-practices/v/1.0.0 READY.`,
      );
      assert.strictEqual(line(run, `config.${region}`), `ok  config.${region}  Recorder security-baseline is recording.`);
      assert.strictEqual(
        line(run, `finding-rules-health.${region}`),
        `ok  finding-rules-health.${region}  3 finding rules invoked the topic 9 times in the last 24 h, none failed.`,
      );
    }
    // The stack's detector is read directly: no lookup.
    assert.strictEqual(mocks.guardduty.commandCalls(ListDetectorsCommand).length, 0);
    assert.strictEqual(detectorLines(run).filter((l) => l.startsWith("ok")).length, detectorLines(run).length);
    assert.strictEqual(run.code, 0);
  });

  it("a suspended detector fails, and pulumi up restores it", async () => {
    mocks.guardduty.on(GetDetectorCommand).resolves({ Status: "DISABLED", ServiceRole: "r", CreatedAt: "c" });
    const run = await verify(stack.outputsFile);
    assert.match(
      line(run, "guardduty.eu-west-1"),
      /^fail {2}guardduty\.eu-west-1 {2}Detector \w+ is DISABLED: GuardDuty finds nothing while it is suspended\. /,
    );
    assert.ok(line(run, "guardduty.eu-west-1").endsWith(DRIFT));
    assert.strictEqual(run.code, 1);
  });

  it("a standard turned off, still being enabled, or incomplete: named, with what to do", async () => {
    mocks.securityhub.on(GetEnabledStandardsCommand).callsFake(async (_input: unknown, getClient) => {
      const region = await regionOf(getClient as never);
      const arn = (s: string) => `arn:aws:securityhub:${region}::standards/${s}`;
      return region === "us-east-1"
        ? { StandardsSubscriptions: [{ StandardsArn: arn("aws-foundational-security-best-practices/v/1.0.0"), StandardsStatus: "READY" }] }
        : {
            StandardsSubscriptions: [
              { StandardsArn: arn("cis-aws-foundations-benchmark/v/3.0.0"), StandardsStatus: "PENDING" },
              { StandardsArn: arn("aws-foundational-security-best-practices/v/1.0.0"), StandardsStatus: "PENDING" },
            ],
          };
    });
    const run = await verify(stack.outputsFile);
    assert.strictEqual(
      line(run, "securityhub.us-east-1.standards"),
      `fail  securityhub.us-east-1.standards  cis-aws-foundations-benchmark/v/3.0.0 not enabled: its controls do not run. ${DRIFT}`,
    );
    assert.strictEqual(
      line(run, "securityhub.eu-west-1.standards"),
      "warn  securityhub.eu-west-1.standards  cis-aws-foundations-benchmark/v/3.0.0 PENDING, aws-foundational-security-best-practices/v/1.0.0 PENDING: Security Hub is still enabling it. Fix: Run verify again in a few minutes.",
    );
    assert.strictEqual(run.code, 1);
  });

  it("a stopped recorder, and a recorder whose delivery fails", async () => {
    mocks.config
      .on(DescribeConfigurationRecorderStatusCommand)
      .callsFake(async (input: { ConfigurationRecorderNames?: string[] }, getClient) => {
        const region = await regionOf(getClient as never);
        assert.deepStrictEqual(input.ConfigurationRecorderNames, ["security-baseline"], "the stack's own recorder");
        return {
          ConfigurationRecordersStatus: [
            region === "us-east-1"
              ? { name: "security-baseline", recording: false, lastStatus: "SUCCESS" }
              : {
                  name: "security-baseline",
                  recording: true,
                  lastStatus: "FAILURE",
                  lastErrorCode: "NoSuchBucket",
                  lastErrorMessage: "The bucket does not exist",
                },
          ],
        };
      });
    const run = await verify(stack.outputsFile);
    assert.strictEqual(
      line(run, "config.us-east-1"),
      `fail  config.us-east-1  Recorder security-baseline is stopped: no change is recorded. ${DRIFT}`,
    );
    assert.match(
      line(run, "config.eu-west-1"),
      /^fail {2}config\.eu-west-1 {2}Recorder security-baseline records but its last delivery failed \(NoSuchBucket: The bucket does not exist\)\./,
    );
    assert.strictEqual(run.code, 1);
  });

  it("a finding rule that failed to deliver fails its Region's health, naming it; its disabled state fails the rule", async () => {
    mocks.cloudwatch
      .on(GetMetricDataCommand)
      .callsFake(
        (input: {
          MetricDataQueries: { Id: string; MetricStat: { Metric: { MetricName: string; Dimensions: { Value: string }[] } } }[];
        }) => ({
          MetricDataResults: input.MetricDataQueries.map((q) => {
            const failedGuardDuty =
              q.MetricStat.Metric.MetricName === "FailedInvocations" &&
              q.MetricStat.Metric.Dimensions[0].Value === "security-baseline-guardduty-findings";
            return {
              Id: q.Id,
              StatusCode: "Complete",
              Values: failedGuardDuty ? [2] : q.MetricStat.Metric.MetricName === "Invocations" ? [3] : [],
            };
          }),
        }),
      );
    mocks.events.on(DescribeRuleCommand).callsFake((input: { Name: string }) => ({
      Name: input.Name,
      State: input.Name === "security-baseline-config-noncompliant" ? "DISABLED" : "ENABLED",
      EventPattern: "{}",
    }));
    const run = await verify(stack.outputsFile, "--json");
    const report = JSON.parse(run.out) as {
      checks: { id: string; status: string; detail: string }[];
      findingRulesHealth: Record<
        string,
        { invocations: number; failedInvocations: number; rules: Record<string, { failedInvocations: number }> }
      >;
    };
    const check = (id: string) => report.checks.find((c) => c.id === id)!;
    assert.strictEqual(check("finding-rules-health.us-east-1").status, "fail");
    assert.match(
      check("finding-rules-health.us-east-1").detail,
      /^2 of 9 finding alerts failed to reach the topic in the last 24 h \(security-baseline-guardduty-findings: 2\)\.$/,
    );
    assert.strictEqual(report.findingRulesHealth["eu-west-1"].failedInvocations, 2);
    assert.strictEqual(report.findingRulesHealth["eu-west-1"].rules["security-baseline-guardduty-findings"].failedInvocations, 2);
    assert.strictEqual(check("finding-rule.us-east-1.config-noncompliant").status, "fail");
    assert.match(
      check("finding-rule.us-east-1.config-noncompliant").detail,
      /state DISABLED, must be ENABLED: its findings do not alert\.$/,
    );
    assert.strictEqual(check("finding-rule.us-east-1.guardduty-findings").status, "ok");
    assert.strictEqual(run.code, 1);
  });

  it("a quiet account, whose rules had nothing to deliver, is healthy", async () => {
    mocks.cloudwatch.on(GetMetricDataCommand).callsFake((input: { MetricDataQueries: { Id: string }[] }) => ({
      MetricDataResults: input.MetricDataQueries.map((q) => ({ Id: q.Id, StatusCode: "Complete", Values: [] })),
    }));
    const run = await verify(stack.outputsFile);
    assert.strictEqual(
      line(run, "finding-rules-health.us-east-1"),
      "ok  finding-rules-health.us-east-1  3 finding rules had no finding to deliver in the last 24 h (a quiet account), and none failed.",
    );
    assert.strictEqual(run.code, 0);
  });
});

describe("verify: the detectors a stack expects on already (existing)", () => {
  beforeEach(mockHealthyAccount);

  it("asks each Region for its own detector, hub and recorder, and is content with any standard READY", async () => {
    const run = await verify(OUTPUTS_FILE);
    assert.strictEqual(line(run, "guardduty.us-east-1"), "ok  guardduty.us-east-1  Detector 12abc34d567e8fa901bc2d34e56789f0 is ENABLED.");
    assert.strictEqual(
      line(run, "securityhub.us-east-1.standards"),
      "ok  securityhub.us-east-1.standards  aws-foundational-security-best-practices/v/1.0.0 READY.",
    );
    assert.strictEqual(line(run, "config.us-east-1"), "ok  config.us-east-1  Recorder default is recording.");
    assert.deepStrictEqual(mocks.config.commandCalls(DescribeConfigurationRecorderStatusCommand)[0].args[0].input, {});
    assert.strictEqual(run.code, 0);
  });

  it("a Region where one is off fails, and says to turn it on or stop expecting it", async () => {
    mocks.guardduty.on(ListDetectorsCommand).resolves({ DetectorIds: [] });
    mocks.securityhub
      .on(DescribeHubCommand)
      .rejects(awsError("InvalidAccessException", "Account 111122223333 is not subscribed to AWS Security Hub"));
    mocks.config.on(DescribeConfigurationRecorderStatusCommand).resolves({ ConfigurationRecordersStatus: [] });
    mocks.securityhub.on(GetEnabledStandardsCommand).resolves({ StandardsSubscriptions: [] });
    const run = await verify(OUTPUTS_FILE);
    assert.strictEqual(
      line(run, "guardduty.us-east-1"),
      "fail  guardduty.us-east-1  GuardDuty has no detector in us-east-1: nothing is watched there. Fix: Turn GuardDuty on in this Region, or set guardDuty to off in the stack so it is not expected.",
    );
    assert.strictEqual(
      line(run, "securityhub.us-east-1"),
      "fail  securityhub.us-east-1  Security Hub is not on in us-east-1: Account 111122223333 is not subscribed to AWS Security Hub Fix: Turn Security Hub on in this Region, or set securityHub to off in the stack so it is not expected.",
    );
    assert.strictEqual(
      line(run, "config.us-east-1"),
      "fail  config.us-east-1  AWS Config has no recorder in us-east-1: nothing is recorded there. Fix: Turn AWS Config on in this Region, or set awsConfig to off in the stack so it is not expected.",
    );
    assert.strictEqual(run.code, 1);
  });

  it("outputs saved before the detectors output existed get no detector line", async () => {
    const saved = JSON.parse(fs.readFileSync(OUTPUTS_FILE, "utf8")) as Record<string, unknown>;
    delete saved.detectors;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "verify-old-outputs-"));
    const file = path.join(dir, "old.json");
    fs.writeFileSync(file, JSON.stringify(saved));
    try {
      const run = await verify(file);
      assert.deepStrictEqual(detectorLines(run), []);
      assert.strictEqual(run.code, 0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
