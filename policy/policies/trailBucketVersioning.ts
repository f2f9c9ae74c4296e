import { StackValidationPolicy } from "@pulumi/policy";
import { securityHub } from "../lib/frameworks";
import { inlineVersioning, separateVersioning } from "../lib/model";
import { forEachTrailBucket } from "../lib/trailScope";

export const trailBucketVersioning: StackValidationPolicy = {
  name: "cloudtrail-bucket-versioning",
  description:
    "The S3 bucket a trail delivers to must keep object versions, so an overwritten or deleted log file can be recovered (Security Hub S3.14).",
  enforcementLevel: "mandatory",
  severity: "medium",
  framework: securityHub("S3.14", "S3 general purpose buckets should have versioning enabled"),
  remediationSteps:
    'Add an `aws.s3.BucketVersioning` for the trail bucket with `versioningConfiguration: { status: "Enabled" }` (aws-native: `versioningConfiguration` on the bucket).',
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html",
  validateStack: (args, reportViolation) => {
    forEachTrailBucket(args, (bucket, index) => {
      const found = [inlineVersioning(bucket), ...index.bucketParts(bucket).versioning.map((v) => separateVersioning(v.props))];
      if (found.some((state) => state === true || state === "unknown")) return;
      reportViolation(
        `Trail bucket '${bucket.name}' does not have versioning enabled, so a deleted or overwritten log file is gone for good. Add an aws.s3.BucketVersioning with status "Enabled".`,
        bucket.urn,
      );
    });
  },
};
