import { StackValidationPolicy } from "@pulumi/policy";
import { securityHub } from "../lib/frameworks";
import { inlineEncryption, KMS_SSE_ALGORITHMS, separateEncryption, trailView } from "../lib/model";
import { forEachTrailBucket } from "../lib/trailScope";

/**
 * What a bucket's default encryption protects depends on the trails writing to it:
 * - a trail with `kmsKeyId` writes its log files with SSE-KMS under that key whatever the bucket's
 *   default; CloudTrail writes digest files with SSE-S3 ("Enabling server-side encryption encrypts
 *   the log files but not the digest files with SSE-KMS":
 *   https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html),
 *   and a digest file holds log file names, hashes and signatures, not events;
 * - a trail without one writes its log files with the bucket's default encryption (S3 applies it
 *   to every object written without encryption settings of its own:
 *   https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-encryption.html). SSE-S3 is every
 *   bucket's default since January 2023, and S3 decrypts it for anyone allowed s3:GetObject.
 * So the check is scoped to buckets that receive a trail without its own key. Where every trail
 * has one, Security Hub S3.17 (a bucket-level control) may still fail the bucket, but no event of
 * the trail is readable through s3:GetObject alone; `cloudtrail-kms-encryption` requires the key.
 * A trail key unknown at preview is one the program sets.
 */
export const trailBucketEncryption: StackValidationPolicy = {
  name: "cloudtrail-bucket-default-encryption",
  description:
    "The S3 bucket a trail without its own KMS key delivers to must encrypt by default with a KMS key (SSE-KMS or DSSE-KMS): that trail's log files get the bucket's default, and AWS's SSE-S3 default lets anyone allowed s3:GetObject read them (Security Hub S3.17). A trail with kmsKeyId writes its log files with SSE-KMS whatever the bucket's default.",
  enforcementLevel: "mandatory",
  severity: "medium",
  framework: securityHub("S3.17", "S3 general purpose buckets should be encrypted at rest with AWS KMS keys"),
  remediationSteps:
    'Set `kmsKeyId` on the trail to a customer managed KMS key (what `cloudtrail-kms-encryption` requires), or add an `aws.s3.BucketServerSideEncryptionConfiguration` for the trail bucket with `sseAlgorithm: "aws:kms"` and a KMS key, and `bucketKeyEnabled: true` (aws-native: `bucketEncryption` on the bucket).',
  url: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html",
  validateStack: (args, reportViolation) => {
    forEachTrailBucket(args, (bucket, index) => {
      const unkeyed = index.trails
        .filter((trail) => index.trailBucket(trail)?.urn === bucket.urn)
        .map((trail) => trailView(trail.type, trail.name, trail.props))
        .filter((view) => view.kmsKeyId === undefined);
      if (unkeyed.length === 0) return;
      const found = [inlineEncryption(bucket), ...index.bucketParts(bucket).encryption.map((e) => separateEncryption(e.props))];
      if (
        found.some(
          (algorithms) => algorithms === "unknown" || (algorithms !== undefined && algorithms.some((a) => KMS_SSE_ALGORITHMS.includes(a))),
        )
      )
        return;
      const set = found.flatMap((algorithms) => (algorithms === "unknown" || algorithms === undefined ? [] : algorithms));
      const what =
        set.length > 0
          ? `encrypts by default with ${[...new Set(set)].join(", ")} only`
          : "declares no default encryption, so it gets AWS's SSE-S3 (AES256)";
      const trails = unkeyed.map((view) => `'${view.trailName}'`).join(", ");
      reportViolation(
        `Trail bucket '${bucket.name}' ${what}, and trail ${trails} sets no kmsKeyId, so its log files get that default: S3 decrypts them for anyone allowed s3:GetObject, with no key policy in the way. Set kmsKeyId on the trail, or add an aws.s3.BucketServerSideEncryptionConfiguration with sseAlgorithm "aws:kms".`,
        bucket.urn,
      );
    });
  },
};
