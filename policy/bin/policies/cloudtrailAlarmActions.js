"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cloudtrailAlarmActions = void 0;
const frameworks_1 = require("../lib/frameworks");
const model_1 = require("../lib/model");
const stackIndex_1 = require("../lib/stackIndex");
const trailScope_1 = require("../lib/trailScope");
exports.cloudtrailAlarmActions = {
    name: "cloudtrail-alarm-actions",
    description: "Alarms on the metric of a trail's metric filter, or of a CIS metric filter whatever its namespace, must have an alarm action and actions enabled, or they change state with nobody told (Security Hub CloudWatch.15, CloudWatch.17).",
    enforcementLevel: "mandatory",
    severity: "high",
    framework: (0, frameworks_1.securityHub)("CloudWatch.15", "CloudWatch alarms should have specified actions configured"),
    remediationSteps: "Set `alarmActions` to the alerts SNS topic ARN and leave `actionsEnabled` true (its default).",
    url: "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-15",
    validateStack: (args, reportViolation) => {
        for (const alarm of (0, trailScope_1.trailAlarms)((0, stackIndex_1.indexStack)(args.resources))) {
            const view = (0, model_1.alarmView)(alarm.props);
            if (view.alarmActions !== "unknown" && view.alarmActions.length === 0) {
                reportViolation(`Alarm '${alarm.name}' on a security metric filter's metric has no alarmActions, so it fires without notifying anyone. Set alarmActions to the alerts SNS topic ARN.`, alarm.urn);
            }
            if (view.actionsEnabled === false) {
                reportViolation(`Alarm '${alarm.name}' on a security metric filter's metric has actionsEnabled: false, so its actions never run (Security Hub CloudWatch.17). Remove actionsEnabled: false.`, alarm.urn);
            }
        }
    },
};
