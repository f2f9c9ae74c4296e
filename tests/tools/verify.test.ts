import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { CloudTrailClient, GetTrailCommand, GetTrailStatusCommand } from "@aws-sdk/client-cloudtrail";
import { DescribeAlarmsCommand, GetMetricDataCommand } from "@aws-sdk/client-cloudwatch";
import { DescribeRuleCommand } from "@aws-sdk/client-eventbridge";
import { DescribeLogStreamsCommand, DescribeMetricFiltersCommand, TestMetricFilterCommand } from "@aws-sdk/client-cloudwatch-logs";
import { GetKeyPolicyCommand } from "@aws-sdk/client-kms";
import { GetTopicAttributesCommand, ListSubscriptionsByTopicCommand } from "@aws-sdk/client-sns";
import { verifyCommand } from "../../tools/verify/verifyCommand";
import { expectedRuleState } from "../../tools/verify/alertChecks";
import { ALARMS } from "../../policy/catalogue";
import {
  awsError,
  awsTestMetricFilter,
  INVOCATIONS_PER_RULE,
  healthyAlarms,
  KEY_POLICY,
  minutesAgo,
  mockHealthyAccount,
  mocks,
  NOW,
  OUTPUTS,
  OUTPUTS_FILE,
  TOPIC,
  TOPIC_POLICY,
} from "./verifyHarness";

interface Run {
  code: number;
  out: string;
  err: string;
  sleeps: number[];
}

async function verify(
  args: string[] = ["--stack", "dev", "--outputs", OUTPUTS_FILE],
  run?: (cmd: string, a: readonly string[]) => string,
  interrupt?: AbortSignal,
): Promise<Run> {
  const result: Run = { code: -1, out: "", err: "", sleeps: [] };
  result.code = await verifyCommand(args, {
    io: { out: (t) => (result.out += t), err: (t) => (result.err += t) },
    now: () => NOW,
    sleep: async (ms) => void result.sleeps.push(ms),
    run,
    interrupt,
  });
  return result;
}

/** The report line of one check, padding collapsed. */
function line(run: Run, id: string): string {
  const found = run.out.split("\n").find((l) => l.split(/\s+/)[1] === id);
  assert.ok(found, `no line for ${id} in:\n${run.out}`);
  return found.replace(/^(\w+)\s+(\S+)\s+/, "$1  $2  ");
}

const HEALTHY_REPORT = fs.readFileSync(path.join(__dirname, "..", "fixtures", "outputs", "dev.verify.txt"), "utf8");

describe("verify: a healthy baseline", () => {
  beforeEach(mockHealthyAccount);

  it("prints one ok line per link and exits 0", async () => {
    const run = await verify();
    assert.strictEqual(run.out, HEALTHY_REPORT);
    assert.strictEqual(run.code, 0);
    assert.strictEqual(run.err, "");
  });

  it("asks AWS's TestMetricFilter with 5 events that must fire and 2 that must not, per alarm", async () => {
    await verify();
    const calls = mocks.logs.commandCalls(TestMetricFilterCommand);
    assert.deepStrictEqual(
      calls.map((c) => c.args[0].input.filterPattern),
      OUTPUTS.alarms.map((a) => a.filterPattern),
    );
    // 5 that must fire and 2 that must not, or fewer where the corpus holds fewer.
    for (const call of calls)
      assert.ok((call.args[0].input.logEventMessages?.length ?? 0) >= 5, JSON.stringify(call.args[0].input.filterPattern));
  });

  it("prints the JSON contract with --json", async () => {
    const run = await verify(["--stack", "dev", "--outputs", OUTPUTS_FILE, "--json"]);
    const report = JSON.parse(run.out) as { stack: string; checks: { id: string; status: string; detail: string; fix: string | null }[] };
    assert.strictEqual(report.stack, "dev");
    assert.strictEqual(report.checks.length, 93);
    assert.deepStrictEqual(Object.keys(report), ["stack", "checks", "realtimeHealth", "findingRulesHealth"]);
    assert.deepStrictEqual(Object.keys(report.checks[0]), ["id", "status", "detail", "fix"]);
    assert.deepStrictEqual(report.checks[5], { id: "trail.logging", status: "ok", detail: "Logging.", fix: null });
    assert.strictEqual(run.code, 0);
  });
});

describe("verify: each broken link is a fail line with its fix, and exit 1", () => {
  beforeEach(mockHealthyAccount);

  it("a stopped trail", async () => {
    mocks.cloudtrail.on(GetTrailStatusCommand).resolves({
      IsLogging: false,
      StopLoggingTime: minutesAgo(90),
      LatestDeliveryTime: minutesAgo(95),
      LatestCloudWatchLogsDeliveryTime: minutesAgo(95),
    });
    const run = await verify();
    assert.strictEqual(
      line(run, "trail.logging"),
      "fail  trail.logging  Not logging since 2026-03-01T10:30:00.000Z: nothing is recorded, so no alarm can fire. Fix: aws cloudtrail start-logging --name security-baseline --region us-east-1; then find who stopped it (the cloudtrail-config-changes alarm should have fired).",
    );
    assert.strictEqual(
      line(run, "trail.s3-delivery"),
      "warn  trail.s3-delivery  The latest delivery to S3 was 95 min ago. Fix: CloudTrail delivers every few minutes while the account is active: check trail.logging, then the account's activity.",
    );
    assert.ok(run.out.endsWith("dev: 90 ok, 2 warn, 1 fail\n"), run.out);
    assert.strictEqual(run.code, 1);
  });

  it("a trail that does not exist", async () => {
    mocks.cloudtrail.on(GetTrailCommand).rejects(awsError("TrailNotFoundException", "Unknown trail"));
    const run = await verify();
    assert.strictEqual(
      line(run, "trail.exists"),
      "fail  trail.exists  No trail security-baseline in us-east-1. Fix: Run `pulumi up` for this stack (after `pulumi refresh` if it was deleted outside Pulumi).",
    );
    assert.ok(!run.out.includes("trail.logging"));
    assert.strictEqual(run.code, 1);
  });

  it("a single-region trail without validation or KMS", async () => {
    mocks.cloudtrail.on(GetTrailCommand).resolves({
      Trail: {
        Name: "security-baseline",
        IsMultiRegionTrail: false,
        LogFileValidationEnabled: false,
        CloudWatchLogsLogGroupArn: `${OUTPUTS.logGroupArn}:*`,
      },
    });
    const run = await verify();
    const drift = "Fix: It was changed outside Pulumi: run `pulumi up` for this stack to restore it.";
    assert.strictEqual(
      line(run, "trail.multi-region"),
      `fail  trail.multi-region  Records one region only: activity elsewhere raises no alarm. ${drift}`,
    );
    assert.strictEqual(
      line(run, "trail.log-file-validation"),
      `fail  trail.log-file-validation  Log file validation is off: tampering with delivered logs goes unnoticed. ${drift}`,
    );
    assert.strictEqual(
      line(run, "trail.kms"),
      `fail  trail.kms  Logs are encrypted with S3-managed keys, not the stack's KMS key. ${drift}`,
    );
    assert.strictEqual(run.code, 1);
  });

  it("a trail that writes its log files to another bucket", async () => {
    const healthy = await new CloudTrailClient({ region: "us-east-1" }).send(new GetTrailCommand({ Name: OUTPUTS.trailArn }));
    mocks.cloudtrail.on(GetTrailCommand).resolves({ Trail: { ...healthy.Trail, S3BucketName: "somebody-elses-bucket" } });
    const run = await verify();
    assert.strictEqual(
      line(run, "trail.bucket"),
      `fail  trail.bucket  Writes its log files to somebody-elses-bucket, not the stack's log bucket ${OUTPUTS.logBucketName}. Fix: It was changed outside Pulumi: run \`pulumi up\` for this stack to restore it.`,
    );
    assert.strictEqual(run.code, 1);
  });

  it("a delivery error to S3 and to CloudWatch Logs", async () => {
    mocks.cloudtrail.on(GetTrailStatusCommand).resolves({
      IsLogging: true,
      LatestDeliveryError: "AccessDenied",
      LatestDeliveryTime: minutesAgo(300),
      LatestCloudWatchLogsDeliveryError: "AccessDeniedException",
      LatestCloudWatchLogsDeliveryTime: minutesAgo(300),
    });
    const run = await verify();
    assert.strictEqual(
      line(run, "trail.s3-delivery"),
      "fail  trail.s3-delivery  The latest delivery to S3 failed: AccessDenied. Fix: The bucket policy or the key policy no longer lets cloudtrail.amazonaws.com write: run `pulumi up` for this stack to restore them.",
    );
    assert.strictEqual(
      line(run, "trail.cloudwatch-delivery"),
      "fail  trail.cloudwatch-delivery  The latest delivery to CloudWatch Logs failed: AccessDeniedException. Fix: CloudTrail cannot write with its delivery role (trust policy, role policy, or the log group's KMS key): run `pulumi up` for this stack to restore them.",
    );
    assert.strictEqual(run.code, 1);
  });

  it("a trail that sends to another log group", async () => {
    mocks.cloudtrail.on(GetTrailCommand).resolves({
      Trail: {
        Name: "security-baseline",
        IsMultiRegionTrail: true,
        LogFileValidationEnabled: true,
        KmsKeyId: OUTPUTS.kmsKeyArn,
        CloudWatchLogsLogGroupArn: "arn:aws:logs:us-east-1:111122223333:log-group:other:*",
      },
    });
    const run = await verify();
    assert.strictEqual(
      line(run, "trail.cloudwatch-delivery"),
      "fail  trail.cloudwatch-delivery  The trail sends to arn:aws:logs:us-east-1:111122223333:log-group:other, not to the stack's log group arn:aws:logs:us-east-1:111122223333:log-group:/aws/cloudtrail/security-baseline. Fix: It was changed outside Pulumi: run `pulumi up` for this stack to restore it.",
    );
  });

  it("a log group that never received an event", async () => {
    mocks.logs.on(DescribeLogStreamsCommand).resolves({ logStreams: [] });
    const run = await verify();
    assert.strictEqual(
      line(run, "log-group.events"),
      "fail  log-group.events  Log group /aws/cloudtrail/security-baseline has never received an event. Fix: Fix trail.cloudwatch-delivery first; CloudTrail writes within minutes once it can.",
    );
    assert.strictEqual(run.code, 1);
  });

  it("a log group quiet for hours is a warning, not a failure", async () => {
    mocks.logs.on(DescribeLogStreamsCommand).resolves({ logStreams: [{ lastEventTimestamp: minutesAgo(60 * 5).getTime() }] });
    const run = await verify();
    assert.strictEqual(
      line(run, "log-group.events"),
      "warn  log-group.events  Log group /aws/cloudtrail/security-baseline last received events 5 h ago. Fix: Check trail.logging and trail.cloudwatch-delivery; the trail-delivery-heartbeat alarm should be in ALARM.",
    );
    assert.strictEqual(run.code, 0);
  });

  it("a missing metric filter", async () => {
    const rest = OUTPUTS.alarms.filter((a) => a.id !== "root-account-usage");
    mocks.logs.on(DescribeMetricFiltersCommand).resolves({
      metricFilters: rest.map((a) => ({
        filterName: a.filterName,
        filterPattern: a.filterPattern,
        metricTransformations: [{ metricNamespace: a.namespace, metricName: a.metricName, metricValue: "1" }],
      })),
    });
    const run = await verify();
    assert.strictEqual(
      line(run, "filter.root-account-usage"),
      "fail  filter.root-account-usage  No metric filter security-baseline-root-account-usage on /aws/cloudtrail/security-baseline: the alarm's metric never moves. Fix: It was changed outside Pulumi: run `pulumi up` for this stack to restore it.",
    );
    assert.ok(!run.out.includes("filter.root-account-usage.matches"));
    assert.strictEqual(run.code, 1);
  });

  it("a wrong pattern: the definition differs and AWS no longer matches the events that must fire", async () => {
    const wrong = '{ $.eventName = "StopInstances" }';
    mocks.logs.on(DescribeMetricFiltersCommand).resolves({
      metricFilters: OUTPUTS.alarms.map((a) => ({
        filterName: a.filterName,
        filterPattern: a.id === "security-group-changes" ? wrong : a.filterPattern,
        metricTransformations: [{ metricNamespace: a.namespace, metricName: a.metricName, metricValue: "1" }],
      })),
    });
    const run = await verify();
    const expected = OUTPUTS.alarms.find((a) => a.id === "security-group-changes")!.filterPattern;
    assert.strictEqual(
      line(run, "filter.security-group-changes"),
      `fail  filter.security-group-changes  security-baseline-security-group-changes: pattern is ${JSON.stringify(wrong)}, the stack's is ${JSON.stringify(expected)}. Fix: It was changed outside Pulumi: run \`pulumi up\` for this stack to restore it.`,
    );
    assert.match(
      line(run, "filter.security-group-changes.matches"),
      /^fail {2}filter\.security-group-changes\.matches {2}AWS does not match 5 of 5 events that must fire it \(\S+\.json, /,
    );
    assert.strictEqual(run.code, 1);
  });

  it("a pattern AWS matches too widely", async () => {
    mocks.logs.on(TestMetricFilterCommand).callsFake((input) => awsTestMetricFilter({ ...input, filterPattern: "{ $.eventVersion = * }" }));
    const run = await verify();
    assert.match(
      line(run, "filter.nacl-changes.matches"),
      /^fail {2}filter\.nacl-changes\.matches {2}AWS matches 2 of 2 events that must not \(/,
    );
  });

  it("an alarm with statistic Average and one that notifies nobody", async () => {
    mocks.cloudwatch.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: healthyAlarms().map((a) =>
        a.AlarmName === "security-baseline-root-account-usage"
          ? { ...a, Statistic: "Average" }
          : a.AlarmName === "security-baseline-nacl-changes"
            ? { ...a, AlarmActions: [] }
            : a,
      ),
    });
    const run = await verify();
    assert.strictEqual(
      line(run, "alarm.root-account-usage"),
      "fail  alarm.root-account-usage  security-baseline-root-account-usage: statistic Average, must be Sum (with Average the count of events is not what the threshold compares). Fix: It was changed outside Pulumi: run `pulumi up` for this stack to restore it.",
    );
    assert.strictEqual(
      line(run, "alarm.nacl-changes"),
      `fail  alarm.nacl-changes  security-baseline-nacl-changes: does not notify ${TOPIC}. Fix: It was changed outside Pulumi: run \`pulumi up\` for this stack to restore it.`,
    );
    assert.strictEqual(run.code, 1);
  });

  it("a missing alarm and a heartbeat in ALARM", async () => {
    mocks.cloudwatch.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: healthyAlarms()
        .filter((a) => a.AlarmName !== "security-baseline-security-group-changes")
        .map((a) => (a.AlarmName === OUTPUTS.heartbeatAlarmName ? { ...a, StateValue: "ALARM" } : a)),
    });
    const run = await verify();
    assert.strictEqual(
      line(run, "alarm.security-group-changes"),
      "fail  alarm.security-group-changes  No alarm security-baseline-security-group-changes in us-east-1. Fix: It was changed outside Pulumi: run `pulumi up` for this stack to restore it.",
    );
    assert.strictEqual(
      line(run, "alarm.trail-delivery-heartbeat"),
      "fail  alarm.trail-delivery-heartbeat  security-baseline-trail-delivery-heartbeat is in ALARM: no events reach the log group, so every other alarm is blind. Fix: Fix the first failing trail.* or log-group.* check above.",
    );
  });

  it("delivery-failure alarms: one missing, one that notifies nobody, one in ALARM", async () => {
    const [first, second] = OUTPUTS.deliveryFailureAlarms!["us-east-1"];
    assert.deepStrictEqual([first, second], ["security-baseline-realtime-delivery-failed", "security-baseline-realtime-delivery-failed-2"]);
    const fix = "Fix: It was changed outside Pulumi: run `pulumi up` for this stack to restore it.";
    mocks.cloudwatch.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: healthyAlarms()
        .filter((a) => a.AlarmName !== second)
        .map((a) => (a.AlarmName === first ? { ...a, AlarmActions: [] } : a)),
    });
    let run = await verify();
    assert.strictEqual(
      line(run, "delivery-failure-alarm.us-east-1"),
      `fail  delivery-failure-alarm.us-east-1  ${first} does not notify ${TOPIC}; no alarm ${second} in us-east-1: a failed real-time delivery in us-east-1 would go unnoticed. ${fix}`,
    );
    assert.strictEqual(run.code, 1);
    mocks.cloudwatch
      .on(DescribeAlarmsCommand)
      .resolves({ MetricAlarms: healthyAlarms().map((a) => (a.AlarmName === second ? { ...a, StateValue: "ALARM" } : a)) });
    run = await verify();
    assert.strictEqual(
      line(run, "delivery-failure-alarm.us-east-1"),
      `fail  delivery-failure-alarm.us-east-1  ${second} in ALARM: EventBridge could not deliver real-time alerts in us-east-1. Fix: Check topic-policy.us-east-1 and key-policy.us-east-1 above and run \`pulumi up\`.`,
    );
  });

  it("a pending email subscription", async () => {
    mocks.sns.on(ListSubscriptionsByTopicCommand).resolves({
      Subscriptions: [{ TopicArn: TOPIC, Protocol: "email", Endpoint: "secops@example.com", SubscriptionArn: "PendingConfirmation" }],
    });
    const run = await verify();
    assert.strictEqual(
      line(run, "subscription.us-east-1.secops@example.com"),
      `fail  subscription.us-east-1.secops@example.com  secops@example.com has not confirmed its subscription: it receives nothing. Fix: Click "Confirm subscription" in the "AWS Notification - Subscription Confirmation" email; to send it again: aws sns subscribe --topic-arn ${TOPIC} --protocol email --notification-endpoint secops@example.com --region us-east-1`,
    );
    assert.strictEqual(run.code, 1);
  });

  it("a topic policy and a key policy that shut CloudWatch out", async () => {
    const policy = JSON.parse(TOPIC_POLICY) as { Statement: { Sid: string }[] };
    policy.Statement = policy.Statement.filter((s) => s.Sid !== "CloudWatchAlarmsOfThisAccountPublish");
    mocks.sns
      .on(GetTopicAttributesCommand)
      .resolves({ Attributes: { Policy: JSON.stringify(policy), KmsMasterKeyId: OUTPUTS.kmsKeyArn! } });
    const keyPolicy = JSON.parse(KEY_POLICY) as { Statement: { Principal?: { Service?: string }; Action: string | string[] }[] };
    for (const statement of keyPolicy.Statement) {
      if (statement.Principal?.Service === "cloudwatch.amazonaws.com")
        statement.Action = [statement.Action].flat().filter((a) => a !== "kms:Decrypt");
    }
    mocks.kms.on(GetKeyPolicyCommand).resolves({ Policy: JSON.stringify(keyPolicy) });
    const run = await verify();
    assert.strictEqual(
      line(run, "topic-policy.us-east-1"),
      "fail  topic-policy.us-east-1  The topic policy does not let cloudwatch.amazonaws.com publish: their notifications are dropped. Fix: It was changed outside Pulumi: run `pulumi up` for this stack to restore it.",
    );
    assert.strictEqual(
      line(run, "key-policy.us-east-1"),
      `fail  key-policy.us-east-1  Key ${OUTPUTS.kmsKeyArn} does not allow cloudwatch.amazonaws.com kms:Decrypt: publishing to the encrypted topic fails silently. Fix: It was changed outside Pulumi: run \`pulumi up\` for this stack to restore it.`,
    );
  });

  it("a topic encrypted with the AWS managed key", async () => {
    mocks.sns.on(GetTopicAttributesCommand).resolves({ Attributes: { Policy: TOPIC_POLICY, KmsMasterKeyId: "alias/aws/sns" } });
    const run = await verify();
    assert.match(line(run, "key-policy.us-east-1"), /^fail {2}key-policy\.us-east-1 {2}The topic uses the AWS managed key alias\/aws\/sns/);
  });

  it("AccessDenied names the permission the caller lacks", async () => {
    mocks.cloudwatch
      .on(DescribeAlarmsCommand)
      .rejects(awsError("AccessDenied", "User is not authorized to perform: cloudwatch:DescribeAlarms"));
    const run = await verify();
    assert.strictEqual(
      line(run, "alarm"),
      "fail  alarm  Could not read it: AccessDenied: User is not authorized to perform: cloudwatch:DescribeAlarms Fix: Check the credentials and region; the caller needs cloudwatch:DescribeAlarms.",
    );
    assert.strictEqual(run.code, 1);
  });
});

describe("verify: throttling", () => {
  beforeEach(mockHealthyAccount);

  it("retries a throttled call with doubling waits and reports the answer", async () => {
    mocks.cloudwatch
      .on(DescribeAlarmsCommand)
      .rejectsOnce(awsError("ThrottlingException", "Rate exceeded"))
      .rejectsOnce(awsError("ThrottlingException", "Rate exceeded"))
      .resolves({ MetricAlarms: healthyAlarms() });
    const run = await verify();
    assert.strictEqual(run.out, HEALTHY_REPORT);
    assert.deepStrictEqual(run.sleeps, [1000, 2000]);
    assert.strictEqual(mocks.cloudwatch.commandCalls(DescribeAlarmsCommand).length, 3);
  });

  it("gives up after 5 tries and fails the check", async () => {
    mocks.logs.on(DescribeMetricFiltersCommand).rejects(awsError("ThrottlingException", "Rate exceeded"));
    const run = await verify();
    assert.strictEqual(
      line(run, "filter"),
      "fail  filter  Could not read it: ThrottlingException: Rate exceeded Fix: Check the credentials and region; the caller needs logs:DescribeMetricFilters.",
    );
    assert.strictEqual(mocks.logs.commandCalls(DescribeMetricFiltersCommand).length, 5);
    assert.deepStrictEqual(run.sleeps, [1000, 2000, 4000, 8000]);
  });

  it("does not retry other errors", async () => {
    mocks.kms.on(GetKeyPolicyCommand).rejects(awsError("AccessDeniedException", "denied"));
    const run = await verify();
    assert.strictEqual(mocks.kms.commandCalls(GetKeyPolicyCommand).length, 1);
    assert.deepStrictEqual(run.sleeps, []);
  });
});

describe("verify: bad usage and input exit 2 without a stack trace", () => {
  beforeEach(mockHealthyAccount);

  it("without --stack", async () => {
    const run = await verify(["--outputs", OUTPUTS_FILE]);
    assert.strictEqual(run.code, 2);
    assert.strictEqual(run.err, "verify: --stack is required (see npm run -s verify -- --help)\n");
  });

  it("an unknown flag", async () => {
    const run = await verify(["--stack", "dev", "--region"]);
    assert.strictEqual(run.code, 2);
    assert.strictEqual(run.err, "verify: unknown flag --region (see npm run -s verify -- --help)\n");
  });

  it("a flag missing its value, and --flag=value", async () => {
    const missing = await verify(["--stack", "--json"]);
    assert.strictEqual(missing.err, "verify: --stack needs a value <name> (see npm run -s verify -- --help)\n");
    assert.strictEqual(missing.code, 2);
    const inline = await verify([`--stack=dev`, `--outputs=${OUTPUTS_FILE}`]);
    assert.strictEqual(inline.code, 0);
  });

  it("--help prints the usage to stdout, exit 0, and touches nothing", async () => {
    const run = await verify(["--stack", "dev", "--help"]);
    assert.match(run.out, /^Usage: npm run -s verify -- --stack <name> \[options\]\n/);
    assert.match(
      run.out,
      /\n {6}--timeout <seconds> +Bound on the whole run; every AWS call is aborted when it passes\. \(default: 300\)\n/,
    );
    assert.strictEqual(run.err, "");
    assert.strictEqual(run.code, 0);
    assert.strictEqual(mocks.sts.calls().length, 0);
  });

  it("without the pulumi CLI, tells to pass --outputs", async () => {
    const missing = (): string => {
      throw Object.assign(new Error("spawn pulumi ENOENT"), { code: "ENOENT" });
    };
    const run = await verify(["--stack", "dev"], missing);
    assert.strictEqual(run.code, 2);
    assert.strictEqual(
      run.err,
      "verify: The pulumi CLI is not installed here. Save the outputs where it is (`pulumi stack output --json --stack dev > outputs.json`) and pass --outputs outputs.json.\n",
    );
  });

  it("reads the outputs from the pulumi CLI when there is one", async () => {
    const asked: string[][] = [];
    const pulumi = (cmd: string, args: readonly string[]): string => {
      asked.push([cmd, ...args]);
      return fs.readFileSync(OUTPUTS_FILE, "utf8");
    };
    const run = await verify(["--stack", "dev"], pulumi);
    assert.deepStrictEqual(asked, [["pulumi", "stack", "output", "--json", "--stack", "dev"]]);
    assert.strictEqual(run.code, 0);
  });

  it("an outputs file missing a key names it", async () => {
    const broken = path.join(__dirname, "..", "fixtures", "outputs", "missing-alarms.json");
    const run = await verify(["--stack", "dev", "--outputs", broken]);
    assert.strictEqual(run.code, 2);
    assert.strictEqual(run.err, `verify: ${broken}: key "alarms" must be an array of alarm objects.\n`);
  });
});

describe("verify: each rule is in exactly the state the component deploys", () => {
  beforeEach(mockHealthyAccount);
  const drift = "Fix: It was changed outside Pulumi: run `pulumi up` for this stack to restore it.";

  it("a rule that needs read-only events, set to plain ENABLED, fails: it never sees them", async () => {
    mocks.events
      .on(DescribeRuleCommand, { Name: "security-baseline-root-account-usage" })
      .resolves({ Name: "security-baseline-root-account-usage", State: "ENABLED" });
    const run = await verify();
    assert.strictEqual(
      line(run, "rule.us-east-1.root-account-usage"),
      `fail  rule.us-east-1.root-account-usage  security-baseline-root-account-usage: state ENABLED, so it never sees the read-only (Describe/Get/List) events it alerts on; must be ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS. ${drift}`,
    );
    assert.strictEqual(run.code, 1);
  });

  it("a rule for write events only, widened to all management events, fails too", async () => {
    mocks.events
      .on(DescribeRuleCommand, { Name: "security-baseline-vpc-changes" })
      .resolves({ Name: "security-baseline-vpc-changes", State: "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS" });
    const run = await verify();
    assert.strictEqual(
      line(run, "rule.us-east-1.vpc-changes"),
      `fail  rule.us-east-1.vpc-changes  security-baseline-vpc-changes: state ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS, must be ENABLED. ${drift}`,
    );
  });

  it("a disabled rule fails", async () => {
    mocks.events
      .on(DescribeRuleCommand, { Name: "security-baseline-unauthorized-api-calls" })
      .resolves({ Name: "security-baseline-unauthorized-api-calls", State: "DISABLED" });
    const run = await verify();
    assert.match(
      line(run, "rule.us-east-1.unauthorized-api-calls"),
      /^fail {2}\S+ {2}security-baseline-unauthorized-api-calls: state DISABLED, must be ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS\./,
    );
  });
});

describe("verify: the real-time path's health in the last 24 hours", () => {
  beforeEach(mockHealthyAccount);

  it("asks CloudWatch for each rule's Invocations and FailedInvocations (AWS/Events, RuleName, Sum over 24 h)", async () => {
    await verify();
    const [call] = mocks.cloudwatch.commandCalls(GetMetricDataCommand);
    const input = call.args[0].input;
    assert.deepStrictEqual([input.StartTime, input.EndTime], [minutesAgo(24 * 60), NOW]);
    const rules = OUTPUTS.realtimeRules["us-east-1"];
    assert.strictEqual(input.MetricDataQueries?.length, rules.length * 2);
    assert.deepStrictEqual(input.MetricDataQueries?.slice(0, 2), [
      {
        Id: "invocations0",
        MetricStat: {
          Metric: { Namespace: "AWS/Events", MetricName: "Invocations", Dimensions: [{ Name: "RuleName", Value: rules[0].ruleName }] },
          Period: 86400,
          Stat: "Sum",
        },
        ReturnData: true,
      },
      {
        Id: "failed0",
        MetricStat: {
          Metric: {
            Namespace: "AWS/Events",
            MetricName: "FailedInvocations",
            Dimensions: [{ Name: "RuleName", Value: rules[0].ruleName }],
          },
          Period: 86400,
          Stat: "Sum",
        },
        ReturnData: true,
      },
    ]);
  });

  it("one failed invocation fails the region, naming the rules, and the JSON carries the counts", async () => {
    const broken = "security-baseline-root-account-usage";
    mocks.cloudwatch
      .on(GetMetricDataCommand)
      .callsFake(
        (input: {
          MetricDataQueries: { Id: string; MetricStat: { Metric: { MetricName: string; Dimensions: { Value: string }[] } } }[];
        }) => ({
          MetricDataResults: input.MetricDataQueries.map((q) => {
            const failed = q.MetricStat.Metric.MetricName === "FailedInvocations";
            const rule = q.MetricStat.Metric.Dimensions[0].Value;
            return { Id: q.Id, Values: failed ? (rule === broken ? [1] : []) : [INVOCATIONS_PER_RULE] };
          }),
        }),
      );
    const run = await verify(["--stack", "dev", "--outputs", OUTPUTS_FILE, "--json"]);
    const report = JSON.parse(run.out) as {
      checks: { id: string; status: string; detail: string; fix: string }[];
      realtimeHealth: Record<string, { invocations: number; failedInvocations: number; rules: Record<string, unknown> }>;
    };
    const rules = OUTPUTS.realtimeRules["us-east-1"].length;
    assert.deepStrictEqual(
      report.checks.find((c) => c.id === "realtime-health.us-east-1"),
      {
        id: "realtime-health.us-east-1",
        status: "fail",
        detail: `1 of ${rules * INVOCATIONS_PER_RULE} invocations failed in the last 24 h (${broken}: 1): those real-time alerts never reached the topic.`,
        fix: "Check topic-policy.us-east-1 and key-policy.us-east-1 above and run `pulumi up`; the CloudWatch metric AWS/Events FailedInvocations by RuleName shows when it started.",
      },
    );
    const health = report.realtimeHealth["us-east-1"];
    assert.deepStrictEqual([health.invocations, health.failedInvocations], [rules * INVOCATIONS_PER_RULE, 1]);
    assert.deepStrictEqual(health.rules[broken], { invocations: INVOCATIONS_PER_RULE, failedInvocations: 1 });
    assert.deepStrictEqual(health.rules["security-baseline-vpc-changes"], { invocations: INVOCATIONS_PER_RULE, failedInvocations: 0 });
    assert.strictEqual(run.code, 1);
  });

  it("without cloudwatch:GetMetricData, says which permission is missing", async () => {
    mocks.cloudwatch
      .on(GetMetricDataCommand)
      .rejects(awsError("AccessDenied", "User is not authorized to perform: cloudwatch:GetMetricData"));
    const run = await verify();
    assert.strictEqual(
      line(run, "realtime-health.us-east-1"),
      "fail  realtime-health.us-east-1  Could not read it: AccessDenied: User is not authorized to perform: cloudwatch:GetMetricData Fix: Check the credentials and region; the caller needs cloudwatch:GetMetricData.",
    );
  });
});

describe("verify: the topic and key policies are the documented forms", () => {
  beforeEach(mockHealthyAccount);
  const drift = "Fix: It was changed outside Pulumi: run `pulumi up` for this stack to restore it.";

  it("a topic policy whose EventBridge statement carries a Condition fails its form check, naming the statement", async () => {
    const policy = JSON.parse(TOPIC_POLICY) as { Statement: { Sid: string; Principal?: { Service?: string }; Condition?: unknown }[] };
    const eventBridge = policy.Statement.find((s) => s.Principal?.Service === "events.amazonaws.com")!;
    const conditioned = { ...eventBridge, Condition: { StringEquals: { "aws:SourceAccount": "111122223333" } } };
    policy.Statement = policy.Statement.map((s) => (s.Sid === conditioned.Sid ? conditioned : s));
    mocks.sns
      .on(GetTopicAttributesCommand)
      .resolves({ Attributes: { Policy: JSON.stringify(policy), KmsMasterKeyId: OUTPUTS.kmsKeyArn! } });
    const run = await verify();
    const found = line(run, "topic-policy.us-east-1.form");
    // The documented side is whatever lib/policyDocuments.ts builds: not pinned here.
    assert.ok(
      found.startsWith(
        `fail  topic-policy.us-east-1.form  The topic policy is not the documented form: statement ${eventBridge.Sid} differs (deployed {"Action":"sns:Publish","Condition":{"StringEquals":{"aws:SourceAccount":"111122223333"}},"Effect":"Allow","Principal":{"Service":"events.amazonaws.com"},`,
      ),
      found,
    );
    assert.ok(found.endsWith(`}). ${drift}`), found);
    assert.strictEqual(
      line(run, "topic-policy.us-east-1"),
      "ok  topic-policy.us-east-1  CloudWatch alarms and EventBridge rules may publish.",
    );
    assert.strictEqual(run.code, 1);
  });

  it("the same statements in another order, with one-element lists, are the documented form", async () => {
    const policy = JSON.parse(TOPIC_POLICY) as { Statement: Record<string, unknown>[] };
    policy.Statement = policy.Statement.reverse().map((s) => ({
      ...s,
      Action: Array.isArray(s.Action) ? [...(s.Action as string[])].reverse() : [s.Action],
    }));
    mocks.sns
      .on(GetTopicAttributesCommand)
      .resolves({ Attributes: { Policy: JSON.stringify(policy, null, 4), KmsMasterKeyId: OUTPUTS.kmsKeyArn! } });
    const run = await verify();
    assert.strictEqual(
      line(run, "topic-policy.us-east-1.form"),
      "ok  topic-policy.us-east-1.form  The topic policy is the documented form, statement for statement.",
    );
  });

  it("a key policy with a statement missing and one added fails its form check", async () => {
    const policy = JSON.parse(KEY_POLICY) as { Statement: { Sid: string }[] };
    policy.Statement = [
      ...policy.Statement.filter((s) => s.Sid !== "CloudTrailDescribesKey"),
      { Sid: "SomeoneElse", Effect: "Allow", Principal: { AWS: "*" }, Action: "kms:Decrypt", Resource: "*" } as never,
    ];
    mocks.kms.on(GetKeyPolicyCommand).resolves({ Policy: JSON.stringify(policy) });
    const run = await verify();
    assert.strictEqual(
      line(run, "key-policy.us-east-1.form"),
      `fail  key-policy.us-east-1.form  The key policy of ${OUTPUTS.kmsKeyArn} is not the documented form: statement CloudTrailDescribesKey is missing; statement SomeoneElse is not in the documented form. ${drift}`,
    );
  });
});

describe("verify: stopped by a signal", () => {
  beforeEach(mockHealthyAccount);

  it("prints no half report, says it was stopped, exits 143", async () => {
    const interrupt = new AbortController();
    mocks.cloudwatch.on(DescribeAlarmsCommand).callsFake(() => {
      interrupt.abort("SIGTERM");
      throw Object.assign(new Error("Request aborted"), { name: "AbortError" });
    });
    const run = await verify(undefined, undefined, interrupt.signal);
    assert.strictEqual(run.out, "");
    assert.strictEqual(run.err, "verify stopped by SIGTERM.\n");
    assert.strictEqual(run.code, 143);
  });
});

describe("verify: the state each real-time rule must be in", () => {
  it("expects a custom alarm's rule (not in the catalogue) to see read-only events too, as the component deploys it", () => {
    assert.strictEqual(expectedRuleState("break-glass-role-assumed"), "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS");
  });
  it("expects a catalogue rule's state from its entry", () => {
    for (const alarm of ALARMS.filter((a) => a.eventPattern))
      assert.strictEqual(
        expectedRuleState(alarm.id),
        alarm.realtimeNeedsReadOnlyEvents ? "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS" : "ENABLED",
        alarm.id,
      );
  });
});
