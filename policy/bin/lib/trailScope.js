"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.forEachTrailBucket = forEachTrailBucket;
exports.forEachTrailLogGroup = forEachTrailLogGroup;
exports.trailAlarms = trailAlarms;
const model_1 = require("./model");
const monitoringControls_1 = require("./monitoringControls");
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
 * The stack's security alarms: alarms that read a metric a filter of this stack publishes, where
 * the filter is on a trail's log group or carries a CIS pattern (its trail may live in another
 * stack), and alarms computed from such a filter whose metric is unknown at preview. Judged by
 * what they watch, not by a namespace label. Each is visited once.
 */
function trailAlarms(index) {
    const watched = new Set();
    for (const trail of index.trails) {
        const identity = index.trailLogGroupIdentity(trail);
        if (identity !== undefined)
            for (const filter of index.filtersOn(identity))
                watched.add(filter);
    }
    for (const filter of index.filters) {
        const { pattern } = (0, model_1.metricFilterView)(filter.type, filter.props);
        if (pattern !== undefined && pattern !== "unknown" && (0, monitoringControls_1.controlsRecognising)(pattern).size > 0)
            watched.add(filter);
    }
    const alarms = new Set();
    for (const filter of watched) {
        const { metrics } = (0, model_1.metricFilterView)(filter.type, filter.props);
        if (metrics !== "unknown")
            for (const metric of metrics)
                for (const alarm of index.alarmsReading(metric))
                    alarms.add(alarm);
        for (const alarm of index.alarmsDependingOn(filter))
            if ((0, model_1.isUnknownMetric)((0, model_1.alarmView)(alarm.props).metric))
                alarms.add(alarm);
    }
    return index.alarms.filter((alarm) => alarms.has(alarm));
}
