"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.trailLogGroupEncryption = void 0;
const frameworks_1 = require("../lib/frameworks");
const model_1 = require("../lib/model");
const trailScope_1 = require("../lib/trailScope");
exports.trailLogGroupEncryption = {
    name: "cloudtrail-log-group-kms-encryption",
    description: "A CloudWatch Logs group that receives a trail must be encrypted with a customer managed KMS key: it holds the same audit events as the trail bucket.",
    enforcementLevel: "mandatory",
    severity: "medium",
    framework: (0, frameworks_1.securityHub)("CloudTrail.2", "CloudTrail should have encryption at-rest enabled (applied to the trail's log group copy)"),
    remediationSteps: "Set `kmsKeyId` on the log group to a KMS key whose policy allows `logs.<region>.amazonaws.com` to use it with the `aws:logs:arn` encryption context.",
    url: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html",
    validateStack: (args, reportViolation) => {
        (0, trailScope_1.forEachTrailLogGroup)(args, (group) => {
            if ((0, model_1.logGroupView)(group.type, group.props).kmsKeyId !== undefined)
                return;
            reportViolation(`Log group '${group.name}' receives CloudTrail events but has no kmsKeyId, so the audit trail copy in CloudWatch Logs is readable without KMS access. Set kmsKeyId to a customer managed KMS key ARN.`, group.urn);
        });
    },
};
