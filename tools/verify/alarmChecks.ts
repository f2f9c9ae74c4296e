/** Link 5: each alarm counts its metric the contracted way and notifies the home-region topic. */
import { DescribeAlarmsCommand, MetricAlarm } from "@aws-sdk/client-cloudwatch";
import { Check, fail, ok } from "./report";
import { callAws, couldNotRead, RESTORE_WITH_PULUMI, VerifyContext } from "./context";

/** The alarm contract every catalogue alarm follows (AWS's CloudTrail alarm template; Sum, not Average). */
export const ALARM_CONTRACT = {
  Statistic: "Sum",
  Period: 60,
  EvaluationPeriods: 1,
  Threshold: 1,
  ComparisonOperator: "GreaterThanOrEqualToThreshold",
  TreatMissingData: "notBreaching",
} as const;

export async function alarmChecks(ctx: VerifyContext): Promise<Check[]> {
  const { outputs } = ctx;
  const deliveryFailureAlarms = outputs.deliveryFailureAlarms ?? {};
  const names = [
    ...outputs.alarms.map((a) => a.alarmName),
    ...(outputs.heartbeatAlarmName ? [outputs.heartbeatAlarmName] : []),
    ...(deliveryFailureAlarms[outputs.homeRegion] ?? []),
  ];
  let found: Map<string, MetricAlarm>;
  try {
    found = await describeAlarms(ctx, outputs.homeRegion, names);
  } catch (err) {
    return [couldNotRead("alarm", err, "cloudwatch:DescribeAlarms")];
  }
  const checks = [...catalogueAlarmChecks(ctx, found), ...(await deliveryFailureAlarmChecks(ctx, found))];
  return checks;
}

/** DescribeAlarms takes at most 100 names a call. */
async function describeAlarms(ctx: VerifyContext, region: string, names: readonly string[]): Promise<Map<string, MetricAlarm>> {
  const found = new Map<string, MetricAlarm>();
  const cloudwatch = ctx.clients(region).cloudwatch;
  for (let i = 0; i < names.length; i += 100) {
    let NextToken: string | undefined;
    do {
      const page = await callAws(ctx, () => cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: names.slice(i, i + 100), NextToken })));
      for (const alarm of page.MetricAlarms ?? []) if (alarm.AlarmName) found.set(alarm.AlarmName, alarm);
      NextToken = page.NextToken;
    } while (NextToken);
  }
  return found;
}

/**
 * The real-time path's own alarms (components/deliveryFailureAlarms.ts): in each region with
 * rules, alarms on AWS/Events FailedInvocations that notify that region's topic. One check per
 * region; the home region's alarms come with the catalogue alarms' call.
 */
async function deliveryFailureAlarmChecks(ctx: VerifyContext, home: Map<string, MetricAlarm>): Promise<Check[]> {
  const { outputs } = ctx;
  const checks: Check[] = [];
  for (const [region, names] of Object.entries(outputs.deliveryFailureAlarms ?? {})) {
    if (names.length === 0) continue;
    const id = `delivery-failure-alarm.${region}`;
    let found = home;
    if (region !== outputs.homeRegion) {
      try {
        found = await describeAlarms(ctx, region, names);
      } catch (err) {
        checks.push(couldNotRead(id, err, "cloudwatch:DescribeAlarms"));
        continue;
      }
    }
    const topicArn = outputs.topicArns[region];
    const problems = names.flatMap((name) => {
      const alarm = found.get(name);
      if (alarm === undefined) return [`no alarm ${name} in ${region}`];
      return actionProblems(alarm, topicArn).map((p) => `${name} ${p}`);
    });
    const inAlarm = names.filter((name) => found.get(name)?.StateValue === "ALARM");
    if (problems.length > 0) {
      checks.push(fail(id, `${problems.join("; ")}: a failed real-time delivery in ${region} would go unnoticed.`, RESTORE_WITH_PULUMI));
    } else if (inAlarm.length > 0) {
      checks.push(
        fail(
          id,
          `${inAlarm.join(", ")} in ALARM: EventBridge could not deliver real-time alerts in ${region}.`,
          `Check topic-policy.${region} and key-policy.${region} above and run \`pulumi up\`.`,
        ),
      );
    } else {
      checks.push(
        ok(
          id,
          `${names.join(", ")} watch${names.length === 1 ? "es" : ""} the rules' FailedInvocations and notif${names.length === 1 ? "ies" : "y"} ${topicArn?.split(":").pop()}.`,
        ),
      );
    }
  }
  return checks;
}

function catalogueAlarmChecks(ctx: VerifyContext, found: Map<string, MetricAlarm>): Check[] {
  const { outputs } = ctx;
  const topicArn = outputs.topicArns[outputs.homeRegion];
  const topicName = topicArn.split(":").pop();
  const checks = outputs.alarms.map((expected): Check => {
    const id = `alarm.${expected.id}`;
    const alarm = found.get(expected.alarmName);
    if (alarm === undefined) return fail(id, `No alarm ${expected.alarmName} in ${outputs.homeRegion}.`, RESTORE_WITH_PULUMI);
    const problems = contractProblems(alarm);
    if (alarm.Namespace !== expected.namespace || alarm.MetricName !== expected.metricName) {
      problems.push(`reads ${alarm.Namespace}/${alarm.MetricName}, the filter publishes ${expected.namespace}/${expected.metricName}`);
    }
    problems.push(...actionProblems(alarm, topicArn));
    return problems.length === 0
      ? ok(id, `${expected.alarmName}: Sum over 60 s >= 1 notifies ${topicName}; state ${alarm.StateValue}.`)
      : fail(id, `${expected.alarmName}: ${problems.join("; ")}.`, RESTORE_WITH_PULUMI);
  });

  if (outputs.heartbeatAlarmName !== undefined) {
    const id = "alarm.trail-delivery-heartbeat";
    const alarm = found.get(outputs.heartbeatAlarmName);
    if (alarm === undefined) {
      checks.push(fail(id, `No alarm ${outputs.heartbeatAlarmName} in ${outputs.homeRegion}.`, RESTORE_WITH_PULUMI));
    } else {
      const problems = actionProblems(alarm, topicArn);
      if (problems.length > 0) checks.push(fail(id, `${outputs.heartbeatAlarmName}: ${problems.join("; ")}.`, RESTORE_WITH_PULUMI));
      else if (alarm.StateValue === "ALARM") {
        checks.push(
          fail(
            id,
            `${outputs.heartbeatAlarmName} is in ALARM: no events reach the log group, so every other alarm is blind.`,
            "Fix the first failing trail.* or log-group.* check above.",
          ),
        );
      } else checks.push(ok(id, `${outputs.heartbeatAlarmName} notifies ${topicName}; state ${alarm.StateValue}.`));
    }
  }
  return checks;
}

function contractProblems(alarm: MetricAlarm): string[] {
  const problems: string[] = [];
  if (alarm.Statistic !== ALARM_CONTRACT.Statistic) {
    const used = alarm.Statistic ?? alarm.ExtendedStatistic ?? "none";
    problems.push(`statistic ${used}, must be Sum (with ${used} the count of events is not what the threshold compares)`);
  }
  for (const key of ["Period", "EvaluationPeriods", "Threshold", "ComparisonOperator", "TreatMissingData"] as const) {
    if (alarm[key] !== ALARM_CONTRACT[key]) problems.push(`${key} ${alarm[key]}, must be ${ALARM_CONTRACT[key]}`);
  }
  return problems;
}

function actionProblems(alarm: MetricAlarm, topicArn: string): string[] {
  const problems: string[] = [];
  if (!(alarm.AlarmActions ?? []).includes(topicArn)) problems.push(`does not notify ${topicArn}`);
  if (alarm.ActionsEnabled === false) problems.push("actions are disabled");
  return problems;
}
