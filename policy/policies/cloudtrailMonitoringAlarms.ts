import { StackValidationPolicy } from "@pulumi/policy";
import { better, Coverage, coverageProblem, filterCoverage } from "../lib/alarmCoverage";
import { EXEMPTION_SCHEMA, ExemptionConfig, isExempt } from "../lib/exemptions";
import { cis } from "../lib/frameworks";
import { metricFilterView, StackResource, trailView } from "../lib/model";
import { controlsRecognising, MONITORING_CONTROLS, MonitoringControl } from "../lib/monitoringControls";
import { indexStack, StackIndex } from "../lib/stackIndex";

/** The best coverage among the filters that carry the control's pattern; undefined when none does. */
function controlCoverage(control: MonitoringControl, filters: readonly StackResource[], index: StackIndex): Coverage | undefined {
  let found: Coverage | undefined;
  for (const filter of filters) {
    const { pattern } = metricFilterView(filter.type, filter.props);
    if (pattern === "unknown") found = found ? better(found, { state: "unknown" }) : { state: "unknown" };
    else if (pattern !== undefined && controlsRecognising(pattern).has(control)) {
      const coverage = filterCoverage(filter, index);
      found = found ? better(found, coverage) : coverage;
    }
  }
  return found;
}

function describe(control: MonitoringControl): string {
  return `${control.cis} ${control.alarm.id}${control.securityHub ? ` (${control.securityHub})` : ""}`;
}

export const cloudtrailMonitoringAlarms: StackValidationPolicy = {
  name: "cloudtrail-cis-monitoring-alarms",
  description:
    "A stack that creates a trail must route it to a log group with a metric filter and an alarm for each CIS monitoring control (CIS 4.1-4.15, Security Hub CloudWatch.1-14), recognised by pattern the way Prowler does.",
  enforcementLevel: "mandatory",
  severity: "high",
  framework: cis("4.1-4.15", "Monitoring: ensure a log metric filter and alarm exist for each listed event class"),
  remediationSteps:
    "Deliver the trail to CloudWatch Logs and create, for each missing control, an `aws.cloudwatch.LogMetricFilter` on the trail's log group with the catalogue's pattern (see README, CIS coverage) and an `aws.cloudwatch.MetricAlarm` on its metric with an SNS action; or use this project's MonitoringBaseline component.",
  url: "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html",
  configSchema: EXEMPTION_SCHEMA,
  validateStack: (args, reportViolation) => {
    const config = args.getConfig<ExemptionConfig>();
    const index = indexStack(args.resources);
    for (const trail of index.trails) {
      const view = trailView(trail.type, trail.name, trail.props);
      if (isExempt(config, [view.trailName, trail.name, trail.urn])) continue;
      if (view.logGroupArn === undefined) {
        reportViolation(
          `Trail '${view.trailName}' does not deliver to CloudWatch Logs, so none of the ${MONITORING_CONTROLS.length} CIS monitoring alarms can see its events. Set cloudWatchLogsGroupArn and add the metric filters and alarms.`,
          trail.urn,
        );
        continue;
      }
      const identity = index.trailLogGroupIdentity(trail);
      if (identity === undefined) continue; // log group unknown at preview
      const filters = index.filtersOn(identity);
      // A log group managed in another stack, with no filters here: its monitoring lives there too.
      if (filters.length === 0 && identity.startsWith("name:")) continue;
      const missing: string[] = [];
      const uncovered = new Map<string, string[]>();
      for (const control of MONITORING_CONTROLS) {
        const coverage = controlCoverage(control, filters, index);
        const found = coverage === undefined ? undefined : coverageProblem(coverage);
        if (coverage === undefined) missing.push(describe(control));
        else if (found !== undefined) {
          const entry = found.detail === undefined ? describe(control) : `${describe(control)} (${found.detail})`;
          uncovered.set(found.problem, [...(uncovered.get(found.problem) ?? []), entry]);
        }
      }
      if (missing.length === 0 && uncovered.size === 0) continue;
      const parts = [
        ...(missing.length > 0 ? [`no metric filter for ${missing.join(", ")}`] : []),
        ...[...uncovered].map(([problem, controls]) => `${problem} for ${controls.join(", ")}`),
      ];
      reportViolation(
        `Trail '${view.trailName}' log group has ${parts.join("; and ")}. Add a LogMetricFilter with the CIS pattern and a MetricAlarm with an action on the metric it publishes (its metricTransformation's namespace and name) for each.`,
        trail.urn,
      );
    }
  },
};
