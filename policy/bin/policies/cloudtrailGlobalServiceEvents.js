"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cloudtrailGlobalServiceEvents = void 0;
const exemptions_1 = require("../lib/exemptions");
const frameworks_1 = require("../lib/frameworks");
const trailPolicy_1 = require("../lib/trailPolicy");
exports.cloudtrailGlobalServiceEvents = {
    name: "cloudtrail-global-service-events",
    description: "CloudTrail trails must include global service events (IAM, STS, CloudFront) (CIS 3.1).",
    enforcementLevel: "mandatory",
    severity: "high",
    framework: (0, frameworks_1.cis)("3.1", "Ensure CloudTrail is enabled in all regions"),
    remediationSteps: "Remove `includeGlobalServiceEvents: false` (the default is true) or set it to true. A single-region data-residency trail that leaves global events to the account trail belongs in `exemptTrails`.",
    url: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html#cloudtrail-concepts-global-service-events",
    configSchema: exemptions_1.EXEMPTION_SCHEMA,
    validateResource: (0, trailPolicy_1.validateTrail)(true, (trail, report) => {
        if (trail.globalServiceEvents === false) {
            report(`Trail '${trail.trailName}' excludes global service events (includeGlobalServiceEvents: false), so IAM and STS calls such as CreateUser or AssumeRole are not recorded. Set includeGlobalServiceEvents: true.`);
        }
    }),
    remediateResource: (0, trailPolicy_1.remediateTrailFlag)("globalServiceEvents", "includeGlobalServiceEvents", true),
};
