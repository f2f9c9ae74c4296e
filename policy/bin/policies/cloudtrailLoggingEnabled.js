"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cloudtrailLoggingEnabled = void 0;
const frameworks_1 = require("../lib/frameworks");
const trailPolicy_1 = require("../lib/trailPolicy");
exports.cloudtrailLoggingEnabled = {
    name: "cloudtrail-logging-enabled",
    description: "CloudTrail trails must be logging: a trail with logging turned off records nothing (CIS 3.1, Security Hub CloudTrail.1).",
    enforcementLevel: "mandatory",
    severity: "critical",
    framework: (0, frameworks_1.cis)("3.1", "Ensure CloudTrail is enabled in all regions"),
    remediationSteps: "Remove `enableLogging: false` (aws) or set `isLogging: true` (aws-native) on the trail.",
    url: "https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_StartLogging.html",
    validateResource: (0, trailPolicy_1.validateTrail)(false, (trail, report) => {
        if (trail.logging === false) {
            report(`Trail '${trail.trailName}' has logging turned off (enableLogging / isLogging is false), so it records nothing. Set enableLogging: true (aws) or isLogging: true (aws-native).`);
        }
    }),
};
