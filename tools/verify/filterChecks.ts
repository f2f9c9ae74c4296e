/** Link 4: each alarm's metric filter exists as the stack defines it, and AWS matches the corpus with it. */
import { DescribeMetricFiltersCommand, MetricFilter, TestMetricFilterCommand } from "@aws-sdk/client-cloudwatch-logs";
import { StackAlarmOutput } from "../lib/stackOutputs";
import { Check, fail, ok, warn } from "./report";
import { callAws, couldNotRead, RESTORE_WITH_PULUMI, VerifyContext } from "./context";

export async function filterChecks(ctx: VerifyContext): Promise<Check[]> {
  const { logGroupName, homeRegion, alarms } = ctx.outputs;
  const logs = ctx.clients(homeRegion).logs;
  const deployed = new Map<string, MetricFilter>();
  try {
    let nextToken: string | undefined;
    do {
      const page = await callAws(ctx, () => logs.send(new DescribeMetricFiltersCommand({ logGroupName, nextToken })));
      for (const filter of page.metricFilters ?? []) if (filter.filterName) deployed.set(filter.filterName, filter);
      nextToken = page.nextToken;
    } while (nextToken);
  } catch (err) {
    return [couldNotRead("filter", err, "logs:DescribeMetricFilters")];
  }

  const checks: Check[] = [];
  for (const alarm of alarms) {
    const filter = deployed.get(alarm.filterName);
    checks.push(definitionCheck(alarm, filter, logGroupName));
    if (filter?.filterPattern !== undefined) checks.push(await corpusCheck(ctx, alarm, filter.filterPattern));
  }
  return checks;
}

function definitionCheck(alarm: StackAlarmOutput, filter: MetricFilter | undefined, logGroupName: string): Check {
  const id = `filter.${alarm.id}`;
  if (filter === undefined) {
    return fail(id, `No metric filter ${alarm.filterName} on ${logGroupName}: the alarm's metric never moves.`, RESTORE_WITH_PULUMI);
  }
  const problems: string[] = [];
  if (filter.filterPattern !== alarm.filterPattern) {
    problems.push(`pattern is ${JSON.stringify(filter.filterPattern)}, the stack's is ${JSON.stringify(alarm.filterPattern)}`);
  }
  const transformation = filter.metricTransformations?.[0];
  if (transformation?.metricNamespace !== alarm.namespace || transformation.metricName !== alarm.metricName) {
    problems.push(
      `publishes ${transformation?.metricNamespace}/${transformation?.metricName}, the alarm reads ${alarm.namespace}/${alarm.metricName}`,
    );
  }
  if (transformation !== undefined && transformation.metricValue !== "1") {
    problems.push(`metric value ${transformation.metricValue} (must be 1: one event counts one)`);
  }
  return problems.length === 0
    ? ok(id, `${alarm.filterName} publishes ${alarm.namespace}/${alarm.metricName}.`)
    : fail(id, `${alarm.filterName}: ${problems.join("; ")}.`, RESTORE_WITH_PULUMI);
}

async function corpusCheck(ctx: VerifyContext, alarm: StackAlarmOutput, deployedPattern: string): Promise<Check> {
  const id = `filter.${alarm.id}.matches`;
  const cases = ctx.corpus(alarm.id, alarm.filterPattern);
  if (cases === undefined || cases.mustFire.length === 0) {
    return warn(
      id,
      "No corpus events are labelled for this pattern (custom alarm or variant): AWS was not asked.",
      "Add records that must fire it to tests/fixtures/cloudtrail/manifest.json.",
    );
  }
  const events = [...cases.mustFire, ...cases.mustNotFire];
  let matched: Set<string>;
  try {
    const result = await callAws(ctx, () =>
      ctx
        .clients(ctx.outputs.homeRegion)
        .logs.send(new TestMetricFilterCommand({ filterPattern: deployedPattern, logEventMessages: events.map((e) => e.message) })),
    );
    matched = new Set((result.matches ?? []).map((m) => m.eventMessage ?? ""));
  } catch (err) {
    return couldNotRead(id, err, "logs:TestMetricFilter");
  }
  const missed = cases.mustFire.filter((e) => !matched.has(e.message)).map((e) => e.file);
  const wrong = cases.mustNotFire.filter((e) => matched.has(e.message)).map((e) => e.file);
  if (missed.length === 0 && wrong.length === 0) {
    return ok(
      id,
      `AWS matches ${cases.mustFire.length} of ${cases.mustFire.length} events that must fire it and 0 of ${cases.mustNotFire.length} that must not.`,
    );
  }
  const problems = [
    ...(missed.length > 0
      ? [`AWS does not match ${missed.length} of ${cases.mustFire.length} events that must fire it (${missed.join(", ")})`]
      : []),
    ...(wrong.length > 0 ? [`AWS matches ${wrong.length} of ${cases.mustNotFire.length} events that must not (${wrong.join(", ")})`] : []),
  ];
  return fail(
    id,
    `${problems.join("; ")}.`,
    "Compare the deployed pattern with policy/catalogue.ts and run `pulumi up`; if they are equal, AWS's matching differs from the project's evaluator: report it with these files.",
  );
}
