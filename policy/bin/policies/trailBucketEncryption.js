"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.trailBucketEncryption = void 0;
const frameworks_1 = require("../lib/frameworks");
const model_1 = require("../lib/model");
const trailScope_1 = require("../lib/trailScope");
exports.trailBucketEncryption = {
    name: "cloudtrail-bucket-default-encryption",
    description: "The S3 bucket a trail delivers to must declare default encryption (SSE-KMS or SSE-S3), so the setting is under code review rather than left to the account default (CIS 2.1.1).",
    enforcementLevel: "mandatory",
    severity: "medium",
    framework: (0, frameworks_1.cis)("2.1.1", "Ensure all S3 buckets employ encryption-at-rest"),
    remediationSteps: "Add an `aws.s3.BucketServerSideEncryptionConfiguration` for the trail bucket with `sseAlgorithm: \"aws:kms\"` and the trail's KMS key, and `bucketKeyEnabled: true` (aws-native: `bucketEncryption` on the bucket).",
    url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-encryption.html",
    validateStack: (args, reportViolation) => {
        (0, trailScope_1.forEachTrailBucket)(args, (bucket, index) => {
            const found = [(0, model_1.inlineEncryption)(bucket.type, bucket.props), ...index.bucketParts(bucket).encryption.map((e) => (0, model_1.separateEncryption)(e.props))];
            if (found.some((algorithms) => algorithms === "unknown" || (algorithms !== undefined && algorithms.length > 0)))
                return;
            reportViolation(`Trail bucket '${bucket.name}' declares no default encryption. Add an aws.s3.BucketServerSideEncryptionConfiguration with sseAlgorithm "aws:kms" and the trail's KMS key.`, bucket.urn);
        });
    },
};
