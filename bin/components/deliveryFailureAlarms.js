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
exports.createDeliveryFailureAlarms = createDeliveryFailureAlarms;
/**
 * A real-time alert that EventBridge cannot deliver (a topic policy or key policy it is refused
 * by, a deleted topic) is dropped silently. EventBridge counts those invocations in
 * `AWS/Events` `FailedInvocations`, per rule (dimension `RuleName`, the default bus), and only
 * sends the metric when it is not zero: EventBridge user guide, "Monitoring Amazon EventBridge"
 * (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-monitoring.html).
 *
 * Every Region with rules gets alarms on the sum of its rules' failed invocations, acting on the
 * Region's topic through CloudWatch's own topic and key grants, so they reach people when
 * EventBridge cannot. A metric-math alarm references at most 10 metrics (a hard limit), so the
 * rules are summed in groups of ten: one alarm per group, not one per rule.
 */
const aws = __importStar(require("@pulumi/aws"));
const alarms_1 = require("./alarms");
const awsLimits_1 = require("../lib/awsLimits");
const names_1 = require("../settings/names");
function createDeliveryFailureAlarms(args, parent) {
    const { name, region, settings, tags } = args;
    const size = awsLimits_1.METRIC_MATH_ALARM_METRICS_MAX.value;
    const groups = [];
    for (let i = 0; i < args.ruleNames.length; i += size)
        groups.push(args.ruleNames.slice(i, i + size));
    return groups.map((ruleNames, group) => {
        const alarmName = (0, names_1.deliveryFailureAlarmNameFor)(settings, group);
        new aws.cloudwatch.MetricAlarm(`${name}-alarm-${(0, names_1.deliveryFailureAlarmId)(group)}`, {
            name: alarmName,
            alarmDescription: (0, alarms_1.alarmDescription)(`Real-time alerts could not be delivered in ${region}: EventBridge failed to deliver to the target (the alert topic, or the self-healing function) of ${ruleNames.join(", ")}. ` +
                "Check the topic policy, the topic key's policy and the rule targets; until fixed, only the CloudWatch alarms reach you."),
            metricQueries: [
                ...ruleNames.map((ruleName, i) => ({
                    id: `m${i + 1}`,
                    metric: {
                        namespace: "AWS/Events",
                        metricName: "FailedInvocations",
                        dimensions: { RuleName: ruleName },
                        period: 300,
                        stat: "Sum",
                    },
                    returnData: false,
                })),
                { id: "failed", expression: "SUM(METRICS())", label: "FailedInvocations of the baseline's rules", returnData: true },
            ],
            // The metric exists only while invocations fail: no datapoint is no failure.
            ...(0, alarms_1.firesOnFirstEvent)(args.topicArns),
            tags,
        }, { parent });
        return alarmName;
    });
}
