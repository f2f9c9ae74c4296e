import { ResourceValidationPolicy } from "@pulumi/policy";
import { EXEMPTION_SCHEMA } from "../lib/exemptions";
import { cis } from "../lib/frameworks";
import { remediateTrailFlag, validateTrail } from "../lib/trailPolicy";

export const cloudtrailGlobalServiceEvents: ResourceValidationPolicy = {
  name: "cloudtrail-global-service-events",
  description: "CloudTrail trails must include global service events (IAM, STS, CloudFront) (CIS 3.1).",
  enforcementLevel: "mandatory",
  severity: "high",
  framework: cis("3.1", "Ensure CloudTrail is enabled in all regions"),
  remediationSteps:
    "Remove `includeGlobalServiceEvents: false` (the default is true) or set it to true. A single-region data-residency trail that leaves global events to the account trail belongs in `exemptTrails`.",
  url: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html#cloudtrail-concepts-global-service-events",
  configSchema: EXEMPTION_SCHEMA,
  validateResource: validateTrail(true, (trail, report) => {
    if (trail.globalServiceEvents === false) {
      report(
        `Trail '${trail.trailName}' excludes global service events (includeGlobalServiceEvents: false), so IAM and STS calls such as CreateUser or AssumeRole are not recorded. Set includeGlobalServiceEvents: true.`,
      );
    }
  }),
  remediateResource: remediateTrailFlag("globalServiceEvents", "includeGlobalServiceEvents", true),
};
