/**
 * Whether a metric filter is watched by an alarm that can fire and tell someone, joined the way
 * CloudWatch itself joins them: an alarm reads a metric by namespace and name, so it watches a
 * filter only when both equal a metric one of the filter's transformations publishes. CIS 4.x's
 * audit and Prowler join by the metric too (Prowler `metric_filters.py`: `alarm.metric ==
 * metric_filter.metric`, the transformation's metric name), never by the filter's own name; a
 * property dependency (`metricName: filter.name`) only says which filter an alarm was meant for.
 */
import { alarmView, describeMetric, isUnknownMetric, MetricId, metricFilterView, StackResource } from "./model";
import { StackIndex } from "./stackIndex";

export type Coverage =
  /** An alarm reads a metric the filter publishes and has an action that runs. */
  | { readonly state: "alarmed" }
  /** A metric, an alarm's metric or its actions are unknown at preview: not judged. */
  | { readonly state: "unknown" }
  /** Alarms read the metric, but none notifies anyone (no alarmActions, or actionsEnabled: false). */
  | { readonly state: "silent"; readonly alarms: readonly StackResource[] }
  /** An alarm computed from the filter reads another metric than it publishes: it never fires. */
  | { readonly state: "wrong-metric"; readonly alarm: StackResource; readonly reads: MetricId; readonly publishes: MetricId }
  | { readonly state: "no-alarm" };

/** Which coverage wins when a control has several filters: the best one decides. */
const RANK: Record<Coverage["state"], number> = { alarmed: 0, unknown: 1, silent: 2, "wrong-metric": 3, "no-alarm": 4 };

export function better(a: Coverage, b: Coverage): Coverage {
  return RANK[b.state] < RANK[a.state] ? b : a;
}

/** An alarm that notifies: an action, and actions enabled; "unknown" while either is. */
function notifies(alarm: StackResource): boolean | "unknown" {
  const view = alarmView(alarm.props);
  if (view.alarmActions === "unknown" || view.actionsEnabled === "unknown") return "unknown";
  return view.alarmActions.length > 0 && view.actionsEnabled;
}

export function filterCoverage(filter: StackResource, index: StackIndex): Coverage {
  const { metrics } = metricFilterView(filter.type, filter.props);
  if (metrics === "unknown") return { state: "unknown" };
  let result: Coverage = { state: "no-alarm" };
  const reading = new Set<StackResource>();
  for (const metric of metrics) {
    if (isUnknownMetric(metric)) {
      result = better(result, { state: "unknown" });
      continue;
    }
    const alarms = index.alarmsReading(metric);
    for (const alarm of alarms) reading.add(alarm);
    const notifying = alarms.map(notifies);
    if (notifying.includes(true)) return { state: "alarmed" };
    if (notifying.includes("unknown")) result = better(result, { state: "unknown" });
    else if (alarms.length > 0) result = better(result, { state: "silent", alarms });
  }
  for (const alarm of index.alarmsDependingOn(filter)) {
    if (reading.has(alarm)) continue;
    const reads = alarmView(alarm.props).metric;
    if (isUnknownMetric(reads)) result = better(result, { state: "unknown" });
    else if (metrics.length > 0) result = better(result, { state: "wrong-metric", alarm, reads, publishes: metrics[0] });
  }
  return result;
}

/** What is wrong with a control's best filter, for a violation message: a clause, and a detail per control. */
export interface CoverageProblem {
  readonly problem: string;
  readonly detail?: string;
}

export function coverageProblem(coverage: Coverage): CoverageProblem | undefined {
  switch (coverage.state) {
    case "alarmed":
    case "unknown":
      return undefined;
    case "no-alarm":
      return { problem: "a filter but no alarm on its metric" };
    case "silent":
      return {
        problem: "alarms on its metric that notify nobody (no alarmActions, or actionsEnabled: false)",
        detail: coverage.alarms.map((a) => `'${a.name}'`).join(", "),
      };
    case "wrong-metric":
      return {
        problem: "an alarm that can never fire, reading another metric than the filter publishes",
        detail: `'${coverage.alarm.name}' reads ${describeMetric(coverage.reads)}, the filter publishes ${describeMetric(coverage.publishes)}`,
      };
  }
}
