/** The parts of a stack that serve its trails: each visited once, in linear time. */
import { StackValidationArgs } from "@pulumi/policy";
import { METRIC_NAMESPACE } from "../catalogue";
import { metricFilterView, StackResource } from "./model";
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
 * Alarms on the trails' metrics: alarms on a metric that a filter on a trail's log group
 * produces, and alarms in the CloudTrail metric namespace. Each is visited once.
 */
export function trailAlarms(index: StackIndex): StackResource[] {
  const metricNames = new Set<string>();
  const filterUrns = new Set<string>();
  for (const trail of index.trails) {
    const identity = index.trailLogGroupIdentity(trail);
    if (identity === undefined) continue;
    for (const filter of index.filtersOn(identity)) {
      filterUrns.add(filter.urn);
      for (const name of metricFilterView(filter.type, filter.props).metricNames) metricNames.add(name);
    }
  }
  return index.alarms.filter((alarm) => {
    const metric = alarm.props.metricName;
    const namespace = alarm.props.namespace;
    return (
      (typeof metric === "string" && metricNames.has(metric)) ||
      namespace === METRIC_NAMESPACE ||
      (alarm.propertyDependencies.metricName ?? []).some((urn) => filterUrns.has(urn))
    );
  });
}
