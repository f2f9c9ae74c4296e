"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.trailBucketEncryption = void 0;
const frameworks_1 = require("../lib/frameworks");
const model_1 = require("../lib/model");
const trailScope_1 = require("../lib/trailScope");
/**
 * Judges the encryption AWS holds and the program declares alike: AWS encrypts every bucket with
 * SSE-S3, so "has default encryption" would pass every bucket and check nothing. SSE-KMS is never
 * a default: a bucket has it only when the program (or someone) sets it, and a stack export, a
 * preview and the engine's stack analysis after an update all see the same answer.
 */
exports.trailBucketEncryption = {
    name: "cloudtrail-bucket-default-encryption",
    description: "The S3 bucket a trail delivers to must encrypt by default with a KMS key (SSE-KMS or DSSE-KMS): AWS already applies SSE-S3 to every bucket, which anyone allowed s3:GetObject can read through (Security Hub S3.17).",
    enforcementLevel: "mandatory",
    severity: "medium",
    framework: (0, frameworks_1.securityHub)("S3.17", "S3 general purpose buckets should be encrypted at rest with AWS KMS keys"),
    remediationSteps: 'Add an `aws.s3.BucketServerSideEncryptionConfiguration` for the trail bucket with `sseAlgorithm: "aws:kms"` and the trail\'s KMS key, and `bucketKeyEnabled: true` (aws-native: `bucketEncryption` on the bucket).',
    url: "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-17",
    validateStack: (args, reportViolation) => {
        (0, trailScope_1.forEachTrailBucket)(args, (bucket, index) => {
            const found = [(0, model_1.inlineEncryption)(bucket), ...index.bucketParts(bucket).encryption.map((e) => (0, model_1.separateEncryption)(e.props))];
            if (found.some((algorithms) => algorithms === "unknown" || (algorithms !== undefined && algorithms.some((a) => model_1.KMS_SSE_ALGORITHMS.includes(a)))))
                return;
            const set = found.flatMap((algorithms) => (algorithms === "unknown" || algorithms === undefined ? [] : algorithms));
            const what = set.length > 0
                ? `encrypts by default with ${[...new Set(set)].join(", ")} only`
                : "declares no default encryption, so it gets AWS's SSE-S3 (AES256)";
            reportViolation(`Trail bucket '${bucket.name}' ${what}: S3 decrypts for anyone allowed s3:GetObject, with no key policy in the way. Add an aws.s3.BucketServerSideEncryptionConfiguration with sseAlgorithm "aws:kms" and the trail's KMS key.`, bucket.urn);
        });
    },
};
