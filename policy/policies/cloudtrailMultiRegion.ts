import { ResourceValidationPolicy } from "@pulumi/policy";
import { EXEMPTION_SCHEMA } from "../lib/exemptions";
import { cis } from "../lib/frameworks";
import { remediateTrailFlag, validateTrail } from "../lib/trailPolicy";

export const cloudtrailMultiRegion: ResourceValidationPolicy = {
  name: "cloudtrail-multi-region",
  description: "CloudTrail trails must record every region (CIS 3.1, Security Hub CloudTrail.1).",
  enforcementLevel: "mandatory",
  severity: "high",
  framework: cis("3.1", "Ensure CloudTrail is enabled in all regions"),
  remediationSteps:
    "Set `isMultiRegionTrail: true` on the trail. For a region-specific data-residency trail, keep it single-region and list it in this policy's `exemptTrails` config; an account-wide multi-region trail must still exist.",
  url: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html",
  configSchema: EXEMPTION_SCHEMA,
  validateResource: validateTrail(true, (trail, report) => {
    if (trail.multiRegion === false) {
      report(
        `Trail '${trail.trailName}' records one region only (isMultiRegionTrail is false or absent), so activity in every other region goes unrecorded. Set isMultiRegionTrail: true, or exempt it in 'exemptTrails' if it is a data-residency trail.`,
      );
    }
  }),
  remediateResource: remediateTrailFlag("multiRegion", "isMultiRegionTrail", true),
};
