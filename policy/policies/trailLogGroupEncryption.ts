import { StackValidationPolicy } from "@pulumi/policy";
import { securityHub } from "../lib/frameworks";
import { logGroupView } from "../lib/model";
import { forEachTrailLogGroup } from "../lib/trailScope";

export const trailLogGroupEncryption: StackValidationPolicy = {
  name: "cloudtrail-log-group-kms-encryption",
  description:
    "A CloudWatch Logs group that receives a trail must be encrypted with a customer managed KMS key: it holds the same audit events as the trail bucket.",
  enforcementLevel: "mandatory",
  severity: "medium",
  framework: securityHub("CloudTrail.2", "CloudTrail should have encryption at-rest enabled (applied to the trail's log group copy)"),
  remediationSteps:
    "Set `kmsKeyId` on the log group to a KMS key whose policy allows `logs.<region>.amazonaws.com` to use it with the `aws:logs:arn` encryption context.",
  url: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html",
  validateStack: (args, reportViolation) => {
    forEachTrailLogGroup(args, (group) => {
      if (logGroupView(group.type, group.props).kmsKeyId !== undefined) return;
      reportViolation(
        `Log group '${group.name}' receives CloudTrail events but has no kmsKeyId, so the audit trail copy in CloudWatch Logs is readable without KMS access. Set kmsKeyId to a customer managed KMS key ARN.`,
        group.urn,
      );
    });
  },
};
