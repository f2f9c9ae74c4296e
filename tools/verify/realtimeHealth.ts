/**
 * The real-time path's health, per region: how often the baseline's rules invoked their target
 * (the region's topic) in the last 24 hours, and how many of those invocations failed for good.
 * A failed invocation is an alert that never reached SNS (a topic or key policy that refuses
 * EventBridge, a deleted topic): the one way real-time alerts are lost without a trace.
 *
 * Metrics `Invocations` and `FailedInvocations`, namespace `AWS/Events`, dimension `RuleName`
 * (default event bus); EventBridge sends both only when non-zero, so no data means 0
 * (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-monitoring.html).
 */
import { GetMetricDataCommand, MetricDataQuery } from "@aws-sdk/client-cloudwatch";
import { RealtimeRuleOutput } from "../lib/stackOutputs";
import { callAws, couldNotRead, VerifyContext } from "./context";
import { Check, RealtimeHealth, RegionHealth, RuleHealth, fail, ok } from "./report";

export const HEALTH_WINDOW_HOURS = 24;
/** GetMetricData takes at most 500 queries a call; two per rule. */
const RULES_PER_CALL = 250;

export async function realtimeHealthChecks(ctx: VerifyContext): Promise<{ checks: Check[]; health: RealtimeHealth }> {
  const checks: Check[] = [];
  const health: RealtimeHealth = {};
  for (const [region, rules] of Object.entries(ctx.outputs.realtimeRules)) {
    if (rules.length === 0) continue;
    const id = `realtime-health.${region}`;
    let counts: Record<string, RuleHealth>;
    try {
      counts = await ruleCounts(ctx, region, rules);
    } catch (err) {
      checks.push(couldNotRead(id, err, "cloudwatch:GetMetricData"));
      continue;
    }
    const { failing, ...summed } = regionHealth(counts);
    const { invocations, failedInvocations } = (health[region] = summed);
    checks.push(
      failing.length === 0
        ? ok(id, `${rules.length} rules invoked the topic ${invocations} times in the last ${HEALTH_WINDOW_HOURS} h, none failed.`)
        : fail(
            id,
            `${failedInvocations} of ${invocations} invocations failed in the last ${HEALTH_WINDOW_HOURS} h (${failing.map(([name, c]) => `${name}: ${c.failedInvocations}`).join(", ")}): those real-time alerts never reached the topic.`,
            `Check topic-policy.${region} and key-policy.${region} above and run \`pulumi up\`; the CloudWatch metric AWS/Events FailedInvocations by RuleName shows when it started.`,
          ),
    );
  }
  return { checks, health };
}

/** Each rule's Invocations and FailedInvocations summed over the last 24 hours (detectorChecks.ts reads the finding rules' too). */
/** A Region's rules summed (its `realtimeHealth` entry), and the rules whose deliveries failed. */
export function regionHealth(counts: Record<string, RuleHealth>): RegionHealth & { failing: [string, RuleHealth][] } {
  const values = Object.values(counts);
  return {
    invocations: values.reduce((sum, c) => sum + c.invocations, 0),
    failedInvocations: values.reduce((sum, c) => sum + c.failedInvocations, 0),
    rules: counts,
    failing: Object.entries(counts).filter(([, c]) => c.failedInvocations > 0),
  };
}

export async function ruleCounts(
  ctx: VerifyContext,
  region: string,
  rules: readonly RealtimeRuleOutput[],
): Promise<Record<string, RuleHealth>> {
  const end = ctx.now();
  const start = new Date(end.getTime() - HEALTH_WINDOW_HOURS * 3600 * 1000);
  const counts: Record<string, { invocations: number; failedInvocations: number }> = {};
  for (const rule of rules) counts[rule.ruleName] = { invocations: 0, failedInvocations: 0 };
  const cloudwatch = ctx.clients(region).cloudwatch;
  for (let i = 0; i < rules.length; i += RULES_PER_CALL) {
    const batch = rules.slice(i, i + RULES_PER_CALL);
    const queries: MetricDataQuery[] = batch.flatMap((rule, index) => [
      query(`invocations${i + index}`, "Invocations", rule.ruleName),
      query(`failed${i + index}`, "FailedInvocations", rule.ruleName),
    ]);
    let NextToken: string | undefined;
    do {
      const page = await callAws(ctx, () =>
        cloudwatch.send(new GetMetricDataCommand({ MetricDataQueries: queries, StartTime: start, EndTime: end, NextToken })),
      );
      for (const result of page.MetricDataResults ?? []) {
        const match = /^(invocations|failed)(\d+)$/.exec(result.Id ?? "");
        if (match === null) continue;
        const rule = rules[Number(match[2])];
        const sum = (result.Values ?? []).reduce((total, value) => total + value, 0);
        if (match[1] === "invocations") counts[rule.ruleName].invocations += sum;
        else counts[rule.ruleName].failedInvocations += sum;
      }
      NextToken = page.NextToken;
    } while (NextToken);
  }
  return counts;
}

function query(id: string, metricName: "Invocations" | "FailedInvocations", ruleName: string): MetricDataQuery {
  return {
    Id: id,
    MetricStat: {
      Metric: { Namespace: "AWS/Events", MetricName: metricName, Dimensions: [{ Name: "RuleName", Value: ruleName }] },
      // One bucket for the whole window.
      Period: HEALTH_WINDOW_HOURS * 3600,
      Stat: "Sum",
    },
    ReturnData: true,
  };
}
