import { strict as assert } from "assert";
import { MOCK_ACCOUNT_ID } from "../../tools/lib/mockRuntime";
import { BuiltStack, buildStack, sharedStack } from "../helpers/baselineHarness";
import { WITHOUT_US_EAST_1 } from "../helpers/sharedConfigs";

interface MetricQuery {
  id: string;
  expression?: string;
  returnData: boolean;
  metric?: { namespace: string; metricName: string; dimensions: Record<string, string>; period: number; stat: string };
}

const alarmsIn = (stack: BuiltStack, region: string) =>
  stack
    .ofType("aws:cloudwatch/metricAlarm:MetricAlarm")
    .filter((a) => a.inputs.region === region && a.name.includes("-alarm-realtime-delivery-failed"));
const ruleNamesIn = (stack: BuiltStack, region: string): string[] =>
  stack
    .ofType("aws:cloudwatch/eventRule:EventRule")
    .filter((r) => r.inputs.region === region)
    .map((r) => String(r.inputs.name))
    .sort();

describe("alarms on EventBridge delivery failures", () => {
  let stack: BuiltStack;
  before(async () => {
    stack = await sharedStack(WITHOUT_US_EAST_1);
  });

  for (const region of ["eu-west-1", "eu-central-1", "us-east-1"]) {
    it(`${region}: sums FailedInvocations of every rule of the Region, ten per alarm, acting on the Region's topic`, () => {
      const alarms = alarmsIn(stack, region);
      const rules = ruleNamesIn(stack, region);
      assert.ok(rules.length > 0);
      assert.equal(alarms.length, Math.ceil(rules.length / 10));
      const watched: string[] = [];
      for (const alarm of alarms) {
        const queries = alarm.inputs.metricQueries as MetricQuery[];
        const metrics = queries.filter((q) => q.metric);
        assert.ok(metrics.length <= 10, "a metric-math alarm references at most 10 metrics");
        for (const q of metrics) {
          assert.deepEqual(
            { ...q.metric, dimensions: undefined },
            { namespace: "AWS/Events", metricName: "FailedInvocations", dimensions: undefined, period: 300, stat: "Sum" },
          );
          assert.equal(q.returnData, false);
          watched.push(q.metric!.dimensions.RuleName);
        }
        assert.deepEqual(
          queries.filter((q) => q.returnData).map((q) => q.expression),
          ["SUM(METRICS())"],
        );
        assert.equal(alarm.inputs.threshold, 1);
        assert.equal(alarm.inputs.comparisonOperator, "GreaterThanOrEqualToThreshold");
        assert.equal(alarm.inputs.treatMissingData, "notBreaching", "FailedInvocations is only sent when not zero");
        assert.deepEqual(alarm.inputs.alarmActions, [`arn:aws:sns:${region}:${MOCK_ACCOUNT_ID}:security-baseline-alerts-${region}`]);
      }
      assert.deepEqual(watched.sort(), rules);
    });
  }

  it("names the alarms security-baseline-realtime-delivery-failed, then -2, -3", () => {
    const names = alarmsIn(stack, "eu-west-1").map((a) => a.inputs.name);
    assert.deepEqual(names, [
      "security-baseline-realtime-delivery-failed",
      "security-baseline-realtime-delivery-failed-2",
      "security-baseline-realtime-delivery-failed-3",
    ]);
  });

  it("adds none where a Region has no rule", async () => {
    const quiet = await buildStack({
      regions: ["eu-west-1"],
      realtimeAlerts: "false",
      selfHealingTrail: "false",
      guardDuty: "off",
      securityHub: "off",
      awsConfig: "off",
    });
    assert.equal(quiet.ofType("aws:cloudwatch/eventRule:EventRule").length, 0);
    assert.equal(quiet.resources.filter((r) => r.name.includes("realtime-delivery-failed")).length, 0);
  });
});
