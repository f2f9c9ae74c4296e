"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cloudtrailKmsEncryption = void 0;
const frameworks_1 = require("../lib/frameworks");
const trailPolicy_1 = require("../lib/trailPolicy");
exports.cloudtrailKmsEncryption = {
    name: "cloudtrail-kms-encryption",
    description: "CloudTrail trails must encrypt log files with a customer managed KMS key (CIS 3.7, Security Hub CloudTrail.2).",
    enforcementLevel: "mandatory",
    severity: "medium",
    framework: (0, frameworks_1.cis)("3.7", "Ensure CloudTrail logs are encrypted at rest using KMS CMKs"),
    remediationSteps: "Create an `aws.kms.Key` with rotation on whose key policy lets cloudtrail.amazonaws.com `kms:GenerateDataKey*` with the trail's encryption context, and set the trail's `kmsKeyId` to its ARN.",
    url: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html",
    validateResource: (0, trailPolicy_1.validateTrail)(false, (trail, report) => {
        if (trail.kmsKeyId === undefined) {
            report(`Trail '${trail.trailName}' has no kmsKeyId, so its log files are only SSE-S3 encrypted and anyone with s3:GetObject can read them. Set kmsKeyId to a customer managed KMS key ARN.`);
        }
    }),
};
