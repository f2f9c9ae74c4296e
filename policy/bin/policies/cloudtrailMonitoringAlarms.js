"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cloudtrailMonitoringAlarms = void 0;
const alarmCoverage_1 = require("../lib/alarmCoverage");
const exemptions_1 = require("../lib/exemptions");
const frameworks_1 = require("../lib/frameworks");
const model_1 = require("../lib/model");
const monitoringControls_1 = require("../lib/monitoringControls");
const stackIndex_1 = require("../lib/stackIndex");
/** The best coverage among the filters that carry the control's pattern; undefined when none does. */
function controlCoverage(control, filters, index) {
    let found;
    for (const filter of filters) {
        const { pattern } = (0, model_1.metricFilterView)(filter.type, filter.props);
        if (pattern === "unknown")
            found = found ? (0, alarmCoverage_1.better)(found, { state: "unknown" }) : { state: "unknown" };
        else if (pattern !== undefined && (0, monitoringControls_1.controlsRecognising)(pattern).has(control)) {
            const coverage = (0, alarmCoverage_1.filterCoverage)(filter, index);
            found = found ? (0, alarmCoverage_1.better)(found, coverage) : coverage;
        }
    }
    return found;
}
function describe(control) {
    return `${control.cis} ${control.alarm.id}${control.securityHub ? ` (${control.securityHub})` : ""}`;
}
exports.cloudtrailMonitoringAlarms = {
    name: "cloudtrail-cis-monitoring-alarms",
    description: "A stack that creates a trail must route it to a log group with a metric filter and an alarm for each CIS monitoring control (CIS 4.1-4.15, Security Hub CloudWatch.1-14), recognised by pattern the way Prowler does.",
    enforcementLevel: "mandatory",
    severity: "high",
    framework: (0, frameworks_1.cis)("4.1-4.15", "Monitoring: ensure a log metric filter and alarm exist for each listed event class"),
    remediationSteps: "Deliver the trail to CloudWatch Logs and create, for each missing control, an `aws.cloudwatch.LogMetricFilter` on the trail's log group with the catalogue's pattern (see README, CIS coverage) and an `aws.cloudwatch.MetricAlarm` on its metric with an SNS action; or use this project's MonitoringBaseline component.",
    url: "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html",
    configSchema: exemptions_1.EXEMPTION_SCHEMA,
    validateStack: (args, reportViolation) => {
        const config = args.getConfig();
        const index = (0, stackIndex_1.indexStack)(args.resources);
        for (const trail of index.trails) {
            const view = (0, model_1.trailView)(trail.type, trail.name, trail.props);
            if ((0, exemptions_1.isExempt)(config, [view.trailName, trail.name, trail.urn]))
                continue;
            if (view.logGroupArn === undefined) {
                reportViolation(`Trail '${view.trailName}' does not deliver to CloudWatch Logs, so none of the ${monitoringControls_1.MONITORING_CONTROLS.length} CIS monitoring alarms can see its events. Set cloudWatchLogsGroupArn and add the metric filters and alarms.`, trail.urn);
                continue;
            }
            const identity = index.trailLogGroupIdentity(trail);
            if (identity === undefined)
                continue; // log group unknown at preview
            const filters = index.filtersOn(identity);
            // A log group managed in another stack, with no filters here: its monitoring lives there too.
            if (filters.length === 0 && identity.startsWith("name:"))
                continue;
            const missing = [];
            const uncovered = new Map();
            for (const control of monitoringControls_1.MONITORING_CONTROLS) {
                const coverage = controlCoverage(control, filters, index);
                const found = coverage === undefined ? undefined : (0, alarmCoverage_1.coverageProblem)(coverage);
                if (coverage === undefined)
                    missing.push(describe(control));
                else if (found !== undefined) {
                    const entry = found.detail === undefined ? describe(control) : `${describe(control)} (${found.detail})`;
                    uncovered.set(found.problem, [...(uncovered.get(found.problem) ?? []), entry]);
                }
            }
            if (missing.length === 0 && uncovered.size === 0)
                continue;
            const parts = [
                ...(missing.length > 0 ? [`no metric filter for ${missing.join(", ")}`] : []),
                ...[...uncovered].map(([problem, controls]) => `${problem} for ${controls.join(", ")}`),
            ];
            reportViolation(`Trail '${view.trailName}' log group has ${parts.join("; and ")}. Add a LogMetricFilter with the CIS pattern and a MetricAlarm with an action on the metric it publishes (its metricTransformation's namespace and name) for each.`, trail.urn);
        }
    },
};
