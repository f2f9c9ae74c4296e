import { StackValidationPolicy } from "@pulumi/policy";
import { cis } from "../lib/frameworks";
import { inlinePublicAccess, publicAccessGaps, publicAccessSettings } from "../lib/model";
import { forEachTrailBucket } from "../lib/trailScope";

export const trailBucketPublicAccess: StackValidationPolicy = {
  name: "cloudtrail-bucket-public-access-blocked",
  description:
    "The S3 bucket a trail delivers to must block all public access: all four public access block settings on (CIS 3.3, Security Hub CloudTrail.6 / S3.8).",
  enforcementLevel: "mandatory",
  severity: "critical",
  framework: cis("3.3", "Ensure the S3 bucket used to store CloudTrail logs is not publicly accessible"),
  remediationSteps:
    "Add an `aws.s3.BucketPublicAccessBlock` for the trail bucket with blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets all true (aws-native: `publicAccessBlockConfiguration` on the bucket).",
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
  validateStack: (args, reportViolation) => {
    forEachTrailBucket(args, (bucket, index) => {
      const candidates = [
        ...index.bucketParts(bucket).publicAccessBlocks.map((b) => publicAccessGaps(publicAccessSettings(b.props))),
        ...index.accountPublicAccessBlocks.map((b) => publicAccessGaps(publicAccessSettings(b.props))),
      ];
      const inline = inlinePublicAccess(bucket.type, bucket.props);
      if (inline !== undefined) candidates.push(inline === "unknown" ? "unknown" : publicAccessGaps(inline));
      if (candidates.some((gaps) => gaps === "unknown" || gaps.length === 0)) return;
      const partial = candidates.find((gaps): gaps is readonly string[] => gaps !== "unknown");
      const what = partial
        ? `has a public access block with ${partial.join(", ")} off`
        : "has no public access block (none is as open as a partial one)";
      reportViolation(
        `Trail bucket '${bucket.name}' ${what}, so a bucket policy or ACL can expose every audit log. Add an aws.s3.BucketPublicAccessBlock with all four settings true.`,
        bucket.urn,
      );
    });
  },
};
