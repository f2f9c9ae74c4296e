"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cloudtrailMultiRegion = void 0;
const exemptions_1 = require("../lib/exemptions");
const frameworks_1 = require("../lib/frameworks");
const trailPolicy_1 = require("../lib/trailPolicy");
exports.cloudtrailMultiRegion = {
    name: "cloudtrail-multi-region",
    description: "CloudTrail trails must record every region (CIS 3.1, Security Hub CloudTrail.1).",
    enforcementLevel: "mandatory",
    severity: "high",
    framework: (0, frameworks_1.cis)("3.1", "Ensure CloudTrail is enabled in all regions"),
    remediationSteps: "Set `isMultiRegionTrail: true` on the trail. For a region-specific data-residency trail, keep it single-region and list it in this policy's `exemptTrails` config; an account-wide multi-region trail must still exist.",
    url: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html",
    configSchema: exemptions_1.EXEMPTION_SCHEMA,
    validateResource: (0, trailPolicy_1.validateTrail)(true, (trail, report) => {
        if (trail.multiRegion === false) {
            report(`Trail '${trail.trailName}' records one region only (isMultiRegionTrail is false or absent), so activity in every other region goes unrecorded. Set isMultiRegionTrail: true, or exempt it in 'exemptTrails' if it is a data-residency trail.`);
        }
    }),
    remediateResource: (0, trailPolicy_1.remediateTrailFlag)("multiRegion", "isMultiRegionTrail", true),
};
