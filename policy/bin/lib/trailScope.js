"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.forEachTrailBucket = forEachTrailBucket;
exports.forEachTrailLogGroup = forEachTrailLogGroup;
exports.trailAlarms = trailAlarms;
const catalogue_1 = require("../catalogue");
const model_1 = require("./model");
const stackIndex_1 = require("./stackIndex");
/** Calls `check` once per bucket in the stack that some trail delivers to. */
function forEachTrailBucket(args, check) {
    const index = (0, stackIndex_1.indexStack)(args.resources);
    const seen = new Set();
    for (const trail of index.trails) {
        const bucket = index.trailBucket(trail);
        if (bucket && !seen.has(bucket.urn)) {
            seen.add(bucket.urn);
            check(bucket, index);
        }
    }
}
/** Calls `check` once per log group in the stack that some trail delivers to. */
function forEachTrailLogGroup(args, check) {
    const index = (0, stackIndex_1.indexStack)(args.resources);
    const seen = new Set();
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
function trailAlarms(index) {
    const metricNames = new Set();
    const filterUrns = new Set();
    for (const trail of index.trails) {
        const identity = index.trailLogGroupIdentity(trail);
        if (identity === undefined)
            continue;
        for (const filter of index.filtersOn(identity)) {
            filterUrns.add(filter.urn);
            for (const name of (0, model_1.metricFilterView)(filter.type, filter.props).metricNames)
                metricNames.add(name);
        }
    }
    return index.alarms.filter((alarm) => {
        const metric = alarm.props.metricName;
        const namespace = alarm.props.namespace;
        return ((typeof metric === "string" && metricNames.has(metric)) ||
            namespace === catalogue_1.METRIC_NAMESPACE ||
            (alarm.propertyDependencies.metricName ?? []).some((urn) => filterUrns.has(urn)));
    });
}
