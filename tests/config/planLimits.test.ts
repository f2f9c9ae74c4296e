/**
 * Plans of accepted configurations hold no resource whose name, description, template or
 * per-account count AWS or the provider would reject (rules from lib/awsLimits.ts).
 */
import { strict as assert } from "assert";
import { TestConfig, buildStack } from "../helpers/baselineHarness";
import { PlanResource } from "../../tools/lib/planTypes";
import { planLimitProblems, planRuleReport } from "./planChecker";

/** Accepted configurations that push every derived name and text to its longest. */
const CONFIGS: Record<string, TestConfig> = {
  longest: {
    trailName: "Org_Security-Baseline-24",
    regions: ["ap-southeast-2", "eu-central-1"],
    alertEmails: ["secops+aws@mail.example.co.uk"],
    organizationTrail: true,
    organizationId: "o-a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6",
    managementAccountId: "123456789012",
    watchedSecrets: ["prod/payments/db", "prod/ledger/api-key", "break-glass/root"],
    alarmProfile: "tuned",
    customAlarms: [
      {
        id: "custom-alarm-with-longest-id-31",
        title: "Bucket deleted by an IAM user",
        why: "Evidence and data buckets are never deleted by hand.",
        filterPattern: '{ ($.eventName = "DeleteBucket") && ($.userIdentity.type = "IAMUser") }',
        eventPattern: { source: ["aws.s3"], detail: { eventName: ["DeleteBucket"] } },
      },
    ],
  },
  existingLogGroup: { existingLogGroupName: "aws-controltower/CloudTrailLogs", regions: ["eu-west-1"] },
  longText: {
    customAlarms: [
      {
        id: "long-text",
        title: "Custom alarm title at some length ".repeat(14),
        why: "Why it matters, at length. ".repeat(60),
        filterPattern: '{ $.eventName = "DeleteBucket" }',
        eventPattern: { source: ["aws.s3"], detail: { eventName: ["DeleteBucket"] } },
      },
    ],
  },
  unicodeText: {
    customAlarms: [
      {
        id: "unicode-text",
        title: "Ünïcödé tïtlé ".repeat(30),
        why: "Ẅhÿ ".repeat(300),
        filterPattern: '{ $.eventName = "DeleteBucket" }',
        eventPattern: { source: ["aws.s3"], detail: { eventName: ["DeleteBucket"] } },
      },
    ],
  },
};

describe("plans of accepted configs respect AWS's names and limits", () => {
  const plans: Record<string, PlanResource[]> = {};
  before(async () => {
    for (const [name, config] of Object.entries(CONFIGS)) {
      plans[name] = (await buildStack(config, name)).resources;
    }
  });

  for (const name of Object.keys(CONFIGS)) {
    it(`${name}: every planned value passes its rules, and every (type, path) has one`, () => {
      assert.ok(plans[name].length > 10, `${name} planned ${plans[name].length} resources`);
      assert.deepEqual(planRuleReport(plans[name]), { problems: [], unruled: [] });
    });
  }

  it("the checker finds a name, a description in UTF-8 bytes and a per-rule count that break the rules", () => {
    const rule = plans.longest.find((r) => r.type === "aws:cloudwatch/eventRule:EventRule");
    const alarm = plans.longest.find((r) => r.type === "aws:cloudwatch/metricAlarm:MetricAlarm");
    const target = plans.longest.find((r) => r.type === "aws:cloudwatch/eventTarget:EventTarget");
    assert.ok(rule && alarm && target);
    const broken: PlanResource[] = [
      { ...rule, inputs: { ...rule.inputs, name: "org.trail-root usage" } },
      { ...alarm, inputs: { ...alarm.inputs, alarmDescription: "é".repeat(513) } },
      ...Array.from({ length: 6 }, () => target),
    ];
    const problems = planLimitProblems(broken);
    assert.equal(problems.length, 4, JSON.stringify(problems));
    assert.match(problems[0], /name: provider: "org.trail-root usage" must match \^\[0-9A-Za-z_.-\]\+\$/);
    assert.match(problems[1], /name: API: "org.trail-root usage" does not match the API's pattern/);
    assert.match(problems[2], /alarmDescription: provider: 1026 bytes; expected 0-1024 UTF-8 bytes/);
    assert.match(problems[3], /^6 targets in rule .*; at most 5/);
  });
});
