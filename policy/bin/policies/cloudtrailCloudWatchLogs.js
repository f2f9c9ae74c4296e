"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cloudtrailCloudWatchLogs = void 0;
const frameworks_1 = require("../lib/frameworks");
const trailPolicy_1 = require("../lib/trailPolicy");
exports.cloudtrailCloudWatchLogs = {
    name: "cloudtrail-cloudwatch-logs",
    description: "CloudTrail trails must deliver events to a CloudWatch Logs group through a delivery role, so metric filters and alarms can see them (CIS 3.4, Security Hub CloudTrail.5).",
    enforcementLevel: "mandatory",
    severity: "medium",
    framework: (0, frameworks_1.cis)("3.4", "Ensure CloudTrail trails are integrated with CloudWatch Logs"),
    remediationSteps: "Create an `aws.cloudwatch.LogGroup` and an IAM role that cloudtrail.amazonaws.com can assume with `logs:CreateLogStream` and `logs:PutLogEvents` on it; set the trail's `cloudWatchLogsGroupArn` to `${logGroup.arn}:*` and `cloudWatchLogsRoleArn` to the role's ARN.",
    url: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
    validateResource: (0, trailPolicy_1.validateTrail)(false, (trail, report) => {
        if (trail.logGroupArn === undefined) {
            report(`Trail '${trail.trailName}' does not deliver to CloudWatch Logs (no cloudWatchLogsGroupArn), so no metric filter or alarm can see its events. Set cloudWatchLogsGroupArn and cloudWatchLogsRoleArn.`);
        }
        else if (trail.logsRoleArn === undefined) {
            report(`Trail '${trail.trailName}' names a log group but no cloudWatchLogsRoleArn; CloudTrail needs a role to write to CloudWatch Logs and rejects the trail without one. Set cloudWatchLogsRoleArn to a role cloudtrail.amazonaws.com can assume.`);
        }
    }),
};
