"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DASHBOARD_NAME = exports.MAX_METRICS_PER_WIDGET = exports.MAX_WIDGETS = exports.MAX_ALARMS_PER_WIDGET = exports.GRID_COLUMNS = void 0;
exports.dashboardBody = dashboardBody;
exports.dashboardArgs = dashboardArgs;
const catalogue_1 = require("../../policy/catalogue");
const findingAlerts_1 = require("../../lib/findingAlerts");
exports.GRID_COLUMNS = 24;
exports.MAX_ALARMS_PER_WIDGET = 100;
exports.MAX_WIDGETS = 500;
exports.MAX_METRICS_PER_WIDGET = 500;
/** Dashboard names: up to 255 of A-Z a-z 0-9 - _ (CloudWatch PutDashboard API, DashboardName). */
exports.DASHBOARD_NAME = /^[A-Za-z0-9_-]{1,255}$/;
function chunks(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
/** Lays widgets out left to right, wrapping at 24 columns, each row as tall as its tallest widget. */
function layout(widgets) {
    const placed = [];
    let x = 0;
    let y = 0;
    let rowHeight = 0;
    for (const widget of widgets) {
        if (x + widget.width > exports.GRID_COLUMNS) {
            x = 0;
            y += rowHeight;
            rowHeight = 0;
        }
        placed.push({ ...widget, x, y });
        x += widget.width;
        rowHeight = Math.max(rowHeight, widget.height);
    }
    return placed;
}
function dashboardBody(inputs) {
    if (inputs.alarmNames.length === 0)
        throw new Error("dashboard: alarmNames must list at least one alarm (an alarm widget needs 1-100 ARNs)");
    const alarmArn = (name) => `arn:${inputs.partition}:cloudwatch:${inputs.homeRegion}:${inputs.accountId}:alarm:${name}`;
    const metric = (title, region, metrics, width = 12) => {
        if (metrics.length > exports.MAX_METRICS_PER_WIDGET)
            throw new Error(`dashboard: "${title}" has ${metrics.length} metrics; a widget shows at most ${exports.MAX_METRICS_PER_WIDGET}`);
        return {
            type: "metric",
            width,
            height: 6,
            properties: { title, region, view: "timeSeries", stacked: false, stat: "Sum", period: 300, metrics },
        };
    };
    const widgets = [
        {
            type: "text",
            width: exports.GRID_COLUMNS,
            height: 2,
            properties: {
                markdown: "## Security baseline\nAn alarm is where an investigation starts: open the alarm's Logs Insights query for the events behind it, then the saved Athena queries for the full archive." +
                    (inputs.investigationHint ? ` ${inputs.investigationHint}` : ""),
            },
        },
    ];
    const alarmGroups = chunks([...inputs.alarmNames].sort(), exports.MAX_ALARMS_PER_WIDGET);
    alarmGroups.forEach((names, i) => widgets.push({
        type: "alarm",
        width: exports.GRID_COLUMNS,
        // One row of the status grid shows about four alarms.
        height: Math.min(1000, 2 + Math.ceil(names.length / 4) * 2),
        properties: {
            title: alarmGroups.length > 1 ? `Alarms (${i + 1} of ${alarmGroups.length})` : "Alarms",
            alarms: names.map(alarmArn),
            sortBy: "stateUpdatedTimestamp",
        },
    }));
    widgets.push(metric("Delivery heartbeat: events reaching the log group", inputs.homeRegion, [
        [
            catalogue_1.DELIVERY_HEARTBEAT_ALARM.namespace,
            catalogue_1.DELIVERY_HEARTBEAT_ALARM.metricName,
            "LogGroupName",
            inputs.logGroupName,
            { label: "IncomingLogEvents" },
        ],
    ]), metric("Trail delivery: bytes reaching the log group", inputs.homeRegion, [
        ["AWS/Logs", "IncomingBytes", "LogGroupName", inputs.logGroupName, { label: "IncomingBytes" }],
    ]));
    for (const { region, ruleNames } of inputs.realtimeRules) {
        if (ruleNames.length === 0)
            continue;
        // AWS/Events publishes Invocations and FailedInvocations per RuleName
        // (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-monitoring.html).
        const rows = ruleNames.flatMap((rule) => [
            ["AWS/Events", "Invocations", "RuleName", rule, { label: `${rule} invocations` }],
            ["AWS/Events", "FailedInvocations", "RuleName", rule, { label: `${rule} failed`, color: "#d62728" }],
        ]);
        widgets.push(metric(`Real-time rules in ${region}: invocations and failed invocations`, region, rows));
    }
    if (inputs.findings && inputs.findings.services.length > 0) {
        const host = (0, findingAlerts_1.consoleHostOf)(inputs.partition);
        const home = inputs.homeRegion;
        const consoles = {
            GuardDuty: `https://${host}/guardduty/home?region=${home}#/findings`,
            "Security Hub": `https://${host}/securityhub/home?region=${home}#/findings`,
            "AWS Config": `https://${host}/config/home?region=${home}#/rules`,
        };
        widgets.push({
            type: "text",
            width: exports.GRID_COLUMNS,
            height: 2,
            properties: {
                markdown: "## Findings\nEach Region keeps its own findings; the rules below send the ones that alert. Open them in " +
                    inputs.findings.services.map((service) => `[${service}](${consoles[service]})`).join(", ") +
                    " (switch Region in the console).",
            },
        });
        for (const { region, ruleNames } of inputs.findings.rules) {
            if (ruleNames.length === 0)
                continue;
            widgets.push(metric(`Finding rules in ${region}: alerts sent and failed`, region, ruleNames.flatMap((rule) => [
                ["AWS/Events", "Invocations", "RuleName", rule, { label: `${rule} alerts` }],
                ["AWS/Events", "FailedInvocations", "RuleName", rule, { label: `${rule} failed`, color: "#d62728" }],
            ])));
        }
    }
    if (inputs.selfHealingFunctionName) {
        // AWS/Lambda Invocations and Errors per FunctionName (https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html).
        widgets.push(metric("Self-healing trail: restarts attempted and failed", inputs.homeRegion, [
            ["AWS/Lambda", "Invocations", "FunctionName", inputs.selfHealingFunctionName, { label: "invocations" }],
            ["AWS/Lambda", "Errors", "FunctionName", inputs.selfHealingFunctionName, { label: "failed", color: "#d62728" }],
        ]));
    }
    if (widgets.length > exports.MAX_WIDGETS)
        throw new Error(`dashboard: ${widgets.length} widgets; a dashboard holds at most ${exports.MAX_WIDGETS}`);
    return { widgets: layout(widgets) };
}
function dashboardArgs(dashboardName, body) {
    if (!exports.DASHBOARD_NAME.test(dashboardName))
        throw new Error(`dashboard name "${dashboardName}": up to 255 of A-Z a-z 0-9 - _ (CloudWatch PutDashboard)`);
    return { dashboardName, dashboardBody: JSON.stringify(body) };
}
