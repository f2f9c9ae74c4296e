/** The parts of a stack that serve its trails: each visited once, in linear time. */
import { StackValidationArgs } from "@pulumi/policy";
import { alarmView, isUnknownMetric, metricFilterView, StackResource } from "./model";
import { controlsRecognising } from "./monitoringControls";
import { indexStack, StackIndex } from "./stackIndex";

/** Calls `check` once per bucket in the stack that some trail delivers to. */
export function forEachTrailBucket(args: StackValidationArgs, check: (bucket: StackResource, index: StackIndex) => void): void {
  const index = indexStack(args.resources);
  const seen = new Set<string>();
  for (const trail of index.trails) {
    const bucket = index.trailBucket(trail);
    if (bucket && !seen.has(bucket.urn)) {
      seen.add(bucket.urn);
      check(bucket, index);
    }
  }
}

/** Calls `check` once per log group in the stack that some trail delivers to. */
export function forEachTrailLogGroup(args: StackValidationArgs, check: (logGroup: StackResource) => void): void {
  const index = indexStack(args.resources);
  const seen = new Set<string>();
  for (const trail of index.trails) {
    const group = index.trailLogGroup(trail);
    if (group && !seen.has(group.urn)) {
      seen.add(group.urn);
      check(group);
    }
  }
}

/**
 * The stack's security alarms: alarms that read a metric a filter of this stack publishes, where
 * the filter is on a trail's log group or carries a CIS pattern (its trail may live in another
 * stack), and alarms computed from such a filter whose metric is unknown at preview. Judged by
 * what they watch, not by a namespace label. Each is visited once.
 */
export function trailAlarms(index: StackIndex): StackResource[] {
  const watched = new Set<StackResource>();
  for (const trail of index.trails) {
    const identity = index.trailLogGroupIdentity(trail);
    if (identity !== undefined) for (const filter of index.filtersOn(identity)) watched.add(filter);
  }
  for (const filter of index.filters) {
    const { pattern } = metricFilterView(filter.type, filter.props);
    if (pattern !== undefined && pattern !== "unknown" && controlsRecognising(pattern).size > 0) watched.add(filter);
  }
  const alarms = new Set<StackResource>();
  for (const filter of watched) {
    const { metrics } = metricFilterView(filter.type, filter.props);
    if (metrics !== "unknown") for (const metric of metrics) for (const alarm of index.alarmsReading(metric)) alarms.add(alarm);
    for (const alarm of index.alarmsDependingOn(filter)) if (isUnknownMetric(alarmView(alarm.props).metric)) alarms.add(alarm);
  }
  return index.alarms.filter((alarm) => alarms.has(alarm));
}
