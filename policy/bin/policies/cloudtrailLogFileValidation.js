"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cloudtrailLogFileValidation = void 0;
const frameworks_1 = require("../lib/frameworks");
const trailPolicy_1 = require("../lib/trailPolicy");
exports.cloudtrailLogFileValidation = {
    name: "cloudtrail-log-file-validation",
    description: "CloudTrail trails must sign their log files so tampering can be detected (CIS 3.2, Security Hub CloudTrail.4).",
    enforcementLevel: "mandatory",
    severity: "medium",
    framework: (0, frameworks_1.cis)("3.2", "Ensure CloudTrail log file validation is enabled"),
    remediationSteps: "Set `enableLogFileValidation: true` on the trail; verify delivered files with `aws cloudtrail validate-logs`.",
    url: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html",
    validateResource: (0, trailPolicy_1.validateTrail)(false, (trail, report) => {
        if (trail.logFileValidation === false) {
            report(`Trail '${trail.trailName}' does not validate its log files (enableLogFileValidation is false or absent), so a deleted or edited log file goes unnoticed. Set enableLogFileValidation: true.`);
        }
    }),
    remediateResource: (0, trailPolicy_1.remediateTrailFlag)("logFileValidation", "enableLogFileValidation", false),
};
