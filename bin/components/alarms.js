"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.firesOnFirstEvent = firesOnFirstEvent;
exports.createAlarms = createAlarms;
exports.alarmDescription = alarmDescription;
/**
 * One metric filter and one alarm per enabled alarm, on the trail's log group, plus the
 * delivery heartbeat. Settings are those of AWS's CloudTrail alarm template: namespace
 * CloudTrailMetrics, value 1, `>= 1` in one 1-minute period, missing data not breaching; and Sum,
 * not Average (an event count averaged over a period with one event and no other datapoints is
 * 1, but an alarm on Average of a sparse count can stay below its threshold and never fire).
 */
const aws = __importStar(require("@pulumi/aws"));
const catalogue_1 = require("../policy/catalogue");
const awsLimits_1 = require("../lib/awsLimits");
const names_1 = require("../settings/names");
/**
 * How every event alarm fires (AWS's CloudTrail alarm template): one datapoint of at least 1 in one period; a period
 * with no datapoint is no event (CloudWatch sends no metric then), not a breach. The action goes
 * to the region's topics.
 */
function firesOnFirstEvent(topicArns) {
    return {
        evaluationPeriods: 1,
        datapointsToAlarm: 1,
        threshold: 1,
        comparisonOperator: "GreaterThanOrEqualToThreshold",
        treatMissingData: "notBreaching",
        actionsEnabled: true,
        alarmActions: [...topicArns],
    };
}
function createAlarms(args, parent) {
    const { name, settings, tags } = args;
    const dependsOn = args.logGroup ? [args.logGroup] : [];
    const outputs = [];
    for (const alarm of args.alarms) {
        const physicalName = (0, names_1.alarmNameFor)(settings, alarm.id);
        const filter = new aws.cloudwatch.LogMetricFilter(`${name}-filter-${alarm.id}`, {
            name: physicalName,
            logGroupName: args.logGroupName,
            pattern: alarm.filterPattern,
            metricTransformation: { name: alarm.metricName, namespace: catalogue_1.METRIC_NAMESPACE, value: "1" },
        }, { parent, dependsOn });
        new aws.cloudwatch.MetricAlarm(`${name}-alarm-${alarm.id}`, {
            name: physicalName,
            alarmDescription: alarmDescription(`${alarm.title}. ${alarm.why} (${alarm.references.join("; ")})`),
            namespace: catalogue_1.METRIC_NAMESPACE,
            metricName: alarm.metricName,
            statistic: "Sum",
            period: 60,
            ...firesOnFirstEvent(args.topicArns),
            tags,
        }, 
        // The metric exists only once the filter does.
        { parent, dependsOn: [filter] });
        outputs.push({
            id: alarm.id,
            alarmName: physicalName,
            filterName: physicalName,
            metricName: alarm.metricName,
            namespace: catalogue_1.METRIC_NAMESPACE,
            filterPattern: alarm.filterPattern,
        });
    }
    let heartbeatAlarmName;
    if (!settings.disabledAlarms.includes(catalogue_1.DELIVERY_HEARTBEAT_ALARM.id)) {
        heartbeatAlarmName = (0, names_1.alarmNameFor)(settings, catalogue_1.DELIVERY_HEARTBEAT_ALARM.id);
        const periods = settings.heartbeatWindowMinutes / 5;
        new aws.cloudwatch.MetricAlarm(`${name}-alarm-${catalogue_1.DELIVERY_HEARTBEAT_ALARM.id}`, {
            name: heartbeatAlarmName,
            alarmDescription: alarmDescription(`${catalogue_1.DELIVERY_HEARTBEAT_ALARM.title}: no event for ${settings.heartbeatWindowMinutes} minutes. ${catalogue_1.DELIVERY_HEARTBEAT_ALARM.why} Check the trail's logging status, its delivery role and the key.`),
            namespace: catalogue_1.DELIVERY_HEARTBEAT_ALARM.namespace,
            metricName: catalogue_1.DELIVERY_HEARTBEAT_ALARM.metricName,
            dimensions: { LogGroupName: args.logGroupName },
            statistic: "Sum",
            period: 300,
            evaluationPeriods: periods,
            datapointsToAlarm: periods,
            threshold: 1,
            comparisonOperator: "LessThanThreshold",
            // A log group that receives nothing publishes no datapoint at all: that is the failure.
            treatMissingData: "breaching",
            actionsEnabled: true,
            alarmActions: [...args.topicArns],
            okActions: [...args.topicArns],
            tags,
        }, { parent, dependsOn });
    }
    return { alarms: outputs, heartbeatAlarmName };
}
/** Alarm descriptions within METRIC_ALARM_DESCRIPTION_MAX, counted in UTF-8 bytes as the provider counts them. */
function alarmDescription(text) {
    return (0, awsLimits_1.truncateUtf8)(text, awsLimits_1.METRIC_ALARM_DESCRIPTION_MAX.value);
}
