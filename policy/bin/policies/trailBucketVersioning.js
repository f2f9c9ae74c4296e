"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.trailBucketVersioning = void 0;
const frameworks_1 = require("../lib/frameworks");
const model_1 = require("../lib/model");
const trailScope_1 = require("../lib/trailScope");
exports.trailBucketVersioning = {
    name: "cloudtrail-bucket-versioning",
    description: "The S3 bucket a trail delivers to must keep object versions, so an overwritten or deleted log file can be recovered (Security Hub S3.14).",
    enforcementLevel: "mandatory",
    severity: "medium",
    framework: (0, frameworks_1.securityHub)("S3.14", "S3 general purpose buckets should have versioning enabled"),
    remediationSteps: 'Add an `aws.s3.BucketVersioning` for the trail bucket with `versioningConfiguration: { status: "Enabled" }` (aws-native: `versioningConfiguration` on the bucket).',
    url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html",
    validateStack: (args, reportViolation) => {
        (0, trailScope_1.forEachTrailBucket)(args, (bucket, index) => {
            const found = [(0, model_1.inlineVersioning)(bucket), ...index.bucketParts(bucket).versioning.map((v) => (0, model_1.separateVersioning)(v.props))];
            if (found.some((state) => state === true || state === "unknown"))
                return;
            reportViolation(`Trail bucket '${bucket.name}' does not have versioning enabled, so a deleted or overwritten log file is gone for good. Add an aws.s3.BucketVersioning with status "Enabled".`, bucket.urn);
        });
    },
};
