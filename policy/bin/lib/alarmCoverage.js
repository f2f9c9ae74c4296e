"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.better = better;
exports.filterCoverage = filterCoverage;
exports.coverageProblem = coverageProblem;
/**
 * Whether a metric filter is watched by an alarm that can fire and tell someone, joined the way
 * CloudWatch itself joins them: an alarm reads a metric by namespace and name, so it watches a
 * filter only when both equal a metric one of the filter's transformations publishes. CIS 4.x's
 * audit and Prowler join by the metric too (Prowler `metric_filters.py`: `alarm.metric ==
 * metric_filter.metric`, the transformation's metric name), never by the filter's own name; a
 * property dependency (`metricName: filter.name`) only says which filter an alarm was meant for.
 */
const model_1 = require("./model");
/** Which coverage wins when a control has several filters: the best one decides. */
const RANK = { alarmed: 0, unknown: 1, silent: 2, "wrong-metric": 3, "no-alarm": 4 };
function better(a, b) {
    return RANK[b.state] < RANK[a.state] ? b : a;
}
/** An alarm that notifies: an action, and actions enabled; "unknown" while either is. */
function notifies(alarm) {
    const view = (0, model_1.alarmView)(alarm.props);
    if (view.alarmActions === "unknown" || view.actionsEnabled === "unknown")
        return "unknown";
    return view.alarmActions.length > 0 && view.actionsEnabled;
}
function filterCoverage(filter, index) {
    const { metrics } = (0, model_1.metricFilterView)(filter.type, filter.props);
    if (metrics === "unknown")
        return { state: "unknown" };
    let result = { state: "no-alarm" };
    const reading = new Set();
    for (const metric of metrics) {
        if ((0, model_1.isUnknownMetric)(metric)) {
            result = better(result, { state: "unknown" });
            continue;
        }
        const alarms = index.alarmsReading(metric);
        for (const alarm of alarms)
            reading.add(alarm);
        const notifying = alarms.map(notifies);
        if (notifying.includes(true))
            return { state: "alarmed" };
        if (notifying.includes("unknown"))
            result = better(result, { state: "unknown" });
        else if (alarms.length > 0)
            result = better(result, { state: "silent", alarms });
    }
    for (const alarm of index.alarmsDependingOn(filter)) {
        if (reading.has(alarm))
            continue;
        const reads = (0, model_1.alarmView)(alarm.props).metric;
        if ((0, model_1.isUnknownMetric)(reads))
            result = better(result, { state: "unknown" });
        else if (metrics.length > 0)
            result = better(result, { state: "wrong-metric", alarm, reads, publishes: metrics[0] });
    }
    return result;
}
function coverageProblem(coverage) {
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
                detail: `'${coverage.alarm.name}' reads ${(0, model_1.describeMetric)(coverage.reads)}, the filter publishes ${(0, model_1.describeMetric)(coverage.publishes)}`,
            };
    }
}
