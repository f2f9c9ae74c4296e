/**
 * A real-time alert that EventBridge cannot deliver (a topic policy or key policy it is refused
 * by, a deleted topic) is dropped silently. EventBridge counts those invocations in
 * `AWS/Events` `FailedInvocations`, per rule (dimension `RuleName`, the default bus), and only
 * sends the metric when it is not zero: EventBridge user guide, "Monitoring Amazon EventBridge"
 * (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-monitoring.html).
 *
 * Every Region with rules gets alarms on the sum of its rules' failed invocations, acting on the
 * Region's topic through CloudWatch's own topic and key grants, so they reach people when
 * EventBridge cannot. A metric-math alarm references at most 10 metrics (a hard limit), so the
 * rules are summed in groups of ten: one alarm per group, not one per rule.
 */
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { BaselineSettings } from "../settings/types";
import { alarmDescription, firesOnFirstEvent } from "./alarms";
import { METRIC_MATH_ALARM_METRICS_MAX } from "../lib/awsLimits";
import { deliveryFailureAlarmId, deliveryFailureAlarmNameFor } from "../settings/names";

export interface DeliveryFailureAlarmsArgs {
  readonly name: string;
  readonly region: string;
  readonly settings: Pick<BaselineSettings, "trailName">;
  readonly ruleNames: readonly string[];
  /** The Region's alert topic, and its chat topic with a Slack channel. */
  readonly topicArns: readonly pulumi.Input<string>[];
  readonly tags: Record<string, string>;
}

export function createDeliveryFailureAlarms(args: DeliveryFailureAlarmsArgs, parent: pulumi.Resource): string[] {
  const { name, region, settings, tags } = args;
  const size = METRIC_MATH_ALARM_METRICS_MAX.value;
  const groups: string[][] = [];
  for (let i = 0; i < args.ruleNames.length; i += size) groups.push(args.ruleNames.slice(i, i + size));

  return groups.map((ruleNames, group) => {
    const alarmName = deliveryFailureAlarmNameFor(settings, group);
    new aws.cloudwatch.MetricAlarm(
      `${name}-alarm-${deliveryFailureAlarmId(group)}`,
      {
        name: alarmName,
        alarmDescription: alarmDescription(
          `Real-time alerts could not be delivered in ${region}: EventBridge failed to deliver to the target (the alert topic, or the self-healing function) of ${ruleNames.join(", ")}. ` +
            "Check the topic policy, the topic key's policy and the rule targets; until fixed, only the CloudWatch alarms reach you.",
        ),
        metricQueries: [
          ...ruleNames.map((ruleName, i) => ({
            id: `m${i + 1}`,
            metric: {
              namespace: "AWS/Events",
              metricName: "FailedInvocations",
              dimensions: { RuleName: ruleName },
              period: 300,
              stat: "Sum",
            },
            returnData: false,
          })),
          { id: "failed", expression: "SUM(METRICS())", label: "FailedInvocations of the baseline's rules", returnData: true },
        ],
        // The metric exists only while invocations fail: no datapoint is no failure.
        ...firesOnFirstEvent(args.topicArns),
        tags,
      } satisfies aws.cloudwatch.MetricAlarmArgs,
      { parent },
    );
    return alarmName;
  });
}
