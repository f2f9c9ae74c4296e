/**
 * The baseline's CloudWatch dashboard body, as a pure builder: every alarm's state, the
 * delivery heartbeat, the real-time rules' invocations and failed invocations per region, the
 * trail's delivery to its log group, and (when deployed) the self-healing function.
 *
 * Structure and limits: "Dashboard Body Structure and Syntax",
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html
 * (a 24-column grid; width 1-24, height 1-1000; an alarm widget lists 1-100 alarm ARNs; a
 * metric widget needs `metrics` and `region`). Quotas (500 widgets a dashboard, 500 metrics a
 * widget): https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_limits.html
 */
import type * as aws from "@pulumi/aws";
import { DELIVERY_HEARTBEAT_ALARM } from "../../policy/catalogue";
import { consoleHostOf } from "../../lib/findingAlerts";

export const GRID_COLUMNS = 24;
export const MAX_ALARMS_PER_WIDGET = 100;
export const MAX_WIDGETS = 500;
export const MAX_METRICS_PER_WIDGET = 500;

/** [namespace, metricName, dimensionName, dimensionValue, ..., rendering options?] */
export type MetricRow = readonly (string | { readonly label?: string; readonly stat?: string; readonly color?: string })[];

interface WidgetBase {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type Widget =
  | (WidgetBase & { readonly type: "text"; readonly properties: { readonly markdown: string } })
  | (WidgetBase & {
      readonly type: "alarm";
      readonly properties: { readonly title: string; readonly alarms: readonly string[]; readonly sortBy: "stateUpdatedTimestamp" };
    })
  | (WidgetBase & {
      readonly type: "metric";
      readonly properties: {
        readonly title: string;
        readonly region: string;
        readonly view: "timeSeries";
        readonly stacked: false;
        readonly stat: "Sum";
        readonly period: number;
        readonly metrics: readonly MetricRow[];
      };
    });

export interface DashboardBody {
  readonly widgets: readonly Widget[];
}

export interface DashboardInputs {
  readonly partition: string;
  readonly accountId: string;
  readonly homeRegion: string;
  /** Every alarm the baseline created, heartbeat included; all live in the home region. */
  readonly alarmNames: readonly string[];
  /** The trail's log group (home region). */
  readonly logGroupName: string;
  /** The real-time rules of each region. */
  readonly realtimeRules: readonly { readonly region: string; readonly ruleNames: readonly string[] }[];
  /** The self-healing function, when deployed (home region). */
  readonly selfHealingFunctionName?: string;
  /** The services whose findings alert (guardDuty, securityHub, awsConfig not off) and each Region's finding rules. */
  readonly findings?: {
    readonly services: readonly string[];
    readonly rules: readonly { readonly region: string; readonly ruleNames: readonly string[] }[];
  };
  /** Names of the saved Athena queries and Insights folder, quoted in the header. */
  readonly investigationHint?: string;
}

/** Dashboard names: up to 255 of A-Z a-z 0-9 - _ (CloudWatch PutDashboard API, DashboardName). */
export const DASHBOARD_NAME = /^[A-Za-z0-9_-]{1,255}$/;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Lays widgets out left to right, wrapping at 24 columns, each row as tall as its tallest widget. */
function layout(widgets: readonly Omit<Widget, "x" | "y">[]): Widget[] {
  const placed: Widget[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const widget of widgets) {
    if (x + widget.width > GRID_COLUMNS) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    placed.push({ ...widget, x, y } as Widget);
    x += widget.width;
    rowHeight = Math.max(rowHeight, widget.height);
  }
  return placed;
}

export function dashboardBody(inputs: DashboardInputs): DashboardBody {
  if (inputs.alarmNames.length === 0)
    throw new Error("dashboard: alarmNames must list at least one alarm (an alarm widget needs 1-100 ARNs)");
  const alarmArn = (name: string) => `arn:${inputs.partition}:cloudwatch:${inputs.homeRegion}:${inputs.accountId}:alarm:${name}`;
  const metric = (title: string, region: string, metrics: MetricRow[], width = 12): Omit<Widget, "x" | "y"> => {
    if (metrics.length > MAX_METRICS_PER_WIDGET)
      throw new Error(`dashboard: "${title}" has ${metrics.length} metrics; a widget shows at most ${MAX_METRICS_PER_WIDGET}`);
    return {
      type: "metric",
      width,
      height: 6,
      properties: { title, region, view: "timeSeries", stacked: false, stat: "Sum", period: 300, metrics },
    };
  };

  const widgets: Omit<Widget, "x" | "y">[] = [
    {
      type: "text",
      width: GRID_COLUMNS,
      height: 2,
      properties: {
        markdown:
          "## Security baseline\nAn alarm is where an investigation starts: open the alarm's Logs Insights query for the events behind it, then the saved Athena queries for the full archive." +
          (inputs.investigationHint ? ` ${inputs.investigationHint}` : ""),
      },
    },
  ];
  const alarmGroups = chunks([...inputs.alarmNames].sort(), MAX_ALARMS_PER_WIDGET);
  alarmGroups.forEach((names, i) =>
    widgets.push({
      type: "alarm",
      width: GRID_COLUMNS,
      // One row of the status grid shows about four alarms.
      height: Math.min(1000, 2 + Math.ceil(names.length / 4) * 2),
      properties: {
        title: alarmGroups.length > 1 ? `Alarms (${i + 1} of ${alarmGroups.length})` : "Alarms",
        alarms: names.map(alarmArn),
        sortBy: "stateUpdatedTimestamp",
      },
    }),
  );
  widgets.push(
    metric("Delivery heartbeat: events reaching the log group", inputs.homeRegion, [
      [
        DELIVERY_HEARTBEAT_ALARM.namespace,
        DELIVERY_HEARTBEAT_ALARM.metricName,
        "LogGroupName",
        inputs.logGroupName,
        { label: "IncomingLogEvents" },
      ],
    ]),
    metric("Trail delivery: bytes reaching the log group", inputs.homeRegion, [
      ["AWS/Logs", "IncomingBytes", "LogGroupName", inputs.logGroupName, { label: "IncomingBytes" }],
    ]),
  );
  for (const { region, ruleNames } of inputs.realtimeRules) {
    if (ruleNames.length === 0) continue;
    // AWS/Events publishes Invocations and FailedInvocations per RuleName
    // (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-monitoring.html).
    const rows: MetricRow[] = ruleNames.flatMap((rule) => [
      ["AWS/Events", "Invocations", "RuleName", rule, { label: `${rule} invocations` }],
      ["AWS/Events", "FailedInvocations", "RuleName", rule, { label: `${rule} failed`, color: "#d62728" }],
    ]);
    widgets.push(metric(`Real-time rules in ${region}: invocations and failed invocations`, region, rows));
  }
  if (inputs.findings && inputs.findings.services.length > 0) {
    const host = consoleHostOf(inputs.partition);
    const home = inputs.homeRegion;
    const consoles: Record<string, string> = {
      GuardDuty: `https://${host}/guardduty/home?region=${home}#/findings`,
      "Security Hub": `https://${host}/securityhub/home?region=${home}#/findings`,
      "AWS Config": `https://${host}/config/home?region=${home}#/rules`,
    };
    widgets.push({
      type: "text",
      width: GRID_COLUMNS,
      height: 2,
      properties: {
        markdown:
          "## Findings\nEach Region keeps its own findings; the rules below send the ones that alert. Open them in " +
          inputs.findings.services.map((service) => `[${service}](${consoles[service]})`).join(", ") +
          " (switch Region in the console).",
      },
    });
    for (const { region, ruleNames } of inputs.findings.rules) {
      if (ruleNames.length === 0) continue;
      widgets.push(
        metric(
          `Finding rules in ${region}: alerts sent and failed`,
          region,
          ruleNames.flatMap((rule): MetricRow[] => [
            ["AWS/Events", "Invocations", "RuleName", rule, { label: `${rule} alerts` }],
            ["AWS/Events", "FailedInvocations", "RuleName", rule, { label: `${rule} failed`, color: "#d62728" }],
          ]),
        ),
      );
    }
  }
  if (inputs.selfHealingFunctionName) {
    // AWS/Lambda Invocations and Errors per FunctionName (https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html).
    widgets.push(
      metric("Self-healing trail: restarts attempted and failed", inputs.homeRegion, [
        ["AWS/Lambda", "Invocations", "FunctionName", inputs.selfHealingFunctionName, { label: "invocations" }],
        ["AWS/Lambda", "Errors", "FunctionName", inputs.selfHealingFunctionName, { label: "failed", color: "#d62728" }],
      ]),
    );
  }
  if (widgets.length > MAX_WIDGETS) throw new Error(`dashboard: ${widgets.length} widgets; a dashboard holds at most ${MAX_WIDGETS}`);
  return { widgets: layout(widgets) };
}

export function dashboardArgs(dashboardName: string, body: DashboardBody): aws.cloudwatch.DashboardArgs {
  if (!DASHBOARD_NAME.test(dashboardName))
    throw new Error(`dashboard name "${dashboardName}": up to 255 of A-Z a-z 0-9 - _ (CloudWatch PutDashboard)`);
  return { dashboardName, dashboardBody: JSON.stringify(body) };
}
