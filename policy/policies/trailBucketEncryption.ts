import { StackValidationPolicy } from "@pulumi/policy";
import { cis } from "../lib/frameworks";
import { inlineEncryption, separateEncryption } from "../lib/model";
import { forEachTrailBucket } from "../lib/trailScope";

export const trailBucketEncryption: StackValidationPolicy = {
  name: "cloudtrail-bucket-default-encryption",
  description:
    "The S3 bucket a trail delivers to must declare default encryption (SSE-KMS or SSE-S3), so the setting is under code review rather than left to the account default (CIS 2.1.1).",
  enforcementLevel: "mandatory",
  severity: "medium",
  framework: cis("2.1.1", "Ensure all S3 buckets employ encryption-at-rest"),
  remediationSteps:
    "Add an `aws.s3.BucketServerSideEncryptionConfiguration` for the trail bucket with `sseAlgorithm: \"aws:kms\"` and the trail's KMS key, and `bucketKeyEnabled: true` (aws-native: `bucketEncryption` on the bucket).",
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-encryption.html",
  validateStack: (args, reportViolation) => {
    forEachTrailBucket(args, (bucket, index) => {
      const found = [inlineEncryption(bucket.type, bucket.props), ...index.bucketParts(bucket).encryption.map((e) => separateEncryption(e.props))];
      if (found.some((algorithms) => algorithms === "unknown" || (algorithms !== undefined && algorithms.length > 0))) return;
      reportViolation(
        `Trail bucket '${bucket.name}' declares no default encryption. Add an aws.s3.BucketServerSideEncryptionConfiguration with sseAlgorithm "aws:kms" and the trail's KMS key.`,
        bucket.urn,
      );
    });
  },
};
