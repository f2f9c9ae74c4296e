/**
 * One metric filter and one alarm per enabled alarm, on the trail's log group, plus the
 * delivery heartbeat. Settings are those of AWS's CloudTrail alarm template: namespace
 * CloudTrailMetrics, value 1, `>= 1` in one 1-minute period, missing data not breaching; and Sum,
 * not Average (an event count averaged over a period with one event and no other datapoints is
 * 1, but an alarm on Average of a sparse count can stay below its threshold and never fire).
 */
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { DELIVERY_HEARTBEAT_ALARM, METRIC_NAMESPACE } from "../policy/catalogue";
import { BaselineSettings } from "../settings/types";
import { ResolvedAlarm } from "../settings/alarmSet";
import { METRIC_ALARM_DESCRIPTION_MAX, truncateUtf8 } from "../lib/awsLimits";
import { alarmNameFor } from "../settings/names";

export interface AlarmsArgs {
  readonly name: string;
  readonly settings: Pick<BaselineSettings, "disabledAlarms" | "heartbeatWindowMinutes" | "trailName">;
  readonly alarms: readonly ResolvedAlarm[];
  readonly logGroupName: pulumi.Input<string>;
  /** The Region's alert topic, and its chat topic with a Slack channel. */
  readonly topicArns: readonly pulumi.Input<string>[];
  /** The log group must exist before a filter can be put on it. */
  readonly logGroup?: pulumi.Resource;
  readonly tags: Record<string, string>;
}

export interface AlarmOutput {
  readonly id: string;
  readonly alarmName: string;
  readonly filterName: string;
  readonly metricName: string;
  readonly namespace: string;
  readonly filterPattern: string;
}

export interface SecurityAlarms {
  readonly alarms: AlarmOutput[];
  readonly heartbeatAlarmName?: string;
}

/**
 * How every event alarm fires (AWS's CloudTrail alarm template): one datapoint of at least 1 in one period; a period
 * with no datapoint is no event (CloudWatch sends no metric then), not a breach. The action goes
 * to the region's topics.
 */
export function firesOnFirstEvent(topicArns: readonly pulumi.Input<string>[]) {
  return {
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    threshold: 1,
    comparisonOperator: "GreaterThanOrEqualToThreshold",
    treatMissingData: "notBreaching",
    actionsEnabled: true,
    alarmActions: [...topicArns],
  } satisfies Partial<aws.cloudwatch.MetricAlarmArgs>;
}

export function createAlarms(args: AlarmsArgs, parent: pulumi.Resource): SecurityAlarms {
  const { name, settings, tags } = args;
  const dependsOn = args.logGroup ? [args.logGroup] : [];
  const outputs: AlarmOutput[] = [];

  for (const alarm of args.alarms) {
    const physicalName = alarmNameFor(settings, alarm.id);
    const filter = new aws.cloudwatch.LogMetricFilter(
      `${name}-filter-${alarm.id}`,
      {
        name: physicalName,
        logGroupName: args.logGroupName,
        pattern: alarm.filterPattern,
        metricTransformation: { name: alarm.metricName, namespace: METRIC_NAMESPACE, value: "1" },
      } satisfies aws.cloudwatch.LogMetricFilterArgs,
      { parent, dependsOn },
    );
    new aws.cloudwatch.MetricAlarm(
      `${name}-alarm-${alarm.id}`,
      {
        name: physicalName,
        alarmDescription: alarmDescription(`${alarm.title}. ${alarm.why} (${alarm.references.join("; ")})`),
        namespace: METRIC_NAMESPACE,
        metricName: alarm.metricName,
        statistic: "Sum",
        period: 60,
        ...firesOnFirstEvent(args.topicArns),
        tags,
      } satisfies aws.cloudwatch.MetricAlarmArgs,
      // The metric exists only once the filter does.
      { parent, dependsOn: [filter] },
    );
    outputs.push({
      id: alarm.id,
      alarmName: physicalName,
      filterName: physicalName,
      metricName: alarm.metricName,
      namespace: METRIC_NAMESPACE,
      filterPattern: alarm.filterPattern,
    });
  }

  let heartbeatAlarmName: string | undefined;
  if (!settings.disabledAlarms.includes(DELIVERY_HEARTBEAT_ALARM.id)) {
    heartbeatAlarmName = alarmNameFor(settings, DELIVERY_HEARTBEAT_ALARM.id);
    const periods = settings.heartbeatWindowMinutes / 5;
    new aws.cloudwatch.MetricAlarm(
      `${name}-alarm-${DELIVERY_HEARTBEAT_ALARM.id}`,
      {
        name: heartbeatAlarmName,
        alarmDescription: alarmDescription(
          `${DELIVERY_HEARTBEAT_ALARM.title}: no event for ${settings.heartbeatWindowMinutes} minutes. ${DELIVERY_HEARTBEAT_ALARM.why} Check the trail's logging status, its delivery role and the key.`,
        ),
        namespace: DELIVERY_HEARTBEAT_ALARM.namespace,
        metricName: DELIVERY_HEARTBEAT_ALARM.metricName,
        dimensions: { LogGroupName: args.logGroupName },
        statistic: "Sum",
        period: 300,
        evaluationPeriods: periods,
        datapointsToAlarm: periods,
        threshold: 1,
        comparisonOperator: "LessThanThreshold",
        // A log group that receives nothing publishes no datapoint at all: that is the failure.
        treatMissingData: "breaching",
        actionsEnabled: true,
        alarmActions: [...args.topicArns],
        okActions: [...args.topicArns],
        tags,
      } satisfies aws.cloudwatch.MetricAlarmArgs,
      { parent, dependsOn },
    );
  }
  return { alarms: outputs, heartbeatAlarmName };
}

/** Alarm descriptions within METRIC_ALARM_DESCRIPTION_MAX, counted in UTF-8 bytes as the provider counts them. */
export function alarmDescription(text: string): string {
  return truncateUtf8(text, METRIC_ALARM_DESCRIPTION_MAX.value);
}
