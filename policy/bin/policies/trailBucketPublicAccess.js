"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.trailBucketPublicAccess = void 0;
const frameworks_1 = require("../lib/frameworks");
const model_1 = require("../lib/model");
const trailScope_1 = require("../lib/trailScope");
exports.trailBucketPublicAccess = {
    name: "cloudtrail-bucket-public-access-blocked",
    description: "The S3 bucket a trail delivers to must block all public access: all four public access block settings on (CIS 3.3, Security Hub CloudTrail.6 / S3.8).",
    enforcementLevel: "mandatory",
    severity: "critical",
    framework: (0, frameworks_1.cis)("3.3", "Ensure the S3 bucket used to store CloudTrail logs is not publicly accessible"),
    remediationSteps: "Add an `aws.s3.BucketPublicAccessBlock` for the trail bucket with blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets all true (aws-native: `publicAccessBlockConfiguration` on the bucket).",
    url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
    validateStack: (args, reportViolation) => {
        (0, trailScope_1.forEachTrailBucket)(args, (bucket, index) => {
            const candidates = [
                ...index.bucketParts(bucket).publicAccessBlocks.map((b) => (0, model_1.publicAccessGaps)((0, model_1.publicAccessSettings)(b.props))),
                ...index.accountPublicAccessBlocks.map((b) => (0, model_1.publicAccessGaps)((0, model_1.publicAccessSettings)(b.props))),
            ];
            const inline = (0, model_1.inlinePublicAccess)(bucket.type, bucket.props);
            if (inline !== undefined)
                candidates.push(inline === "unknown" ? "unknown" : (0, model_1.publicAccessGaps)(inline));
            if (candidates.some((gaps) => gaps === "unknown" || gaps.length === 0))
                return;
            const partial = candidates.find((gaps) => gaps !== "unknown");
            const what = partial
                ? `has a public access block with ${partial.join(", ")} off`
                : "has no public access block (none is as open as a partial one)";
            reportViolation(`Trail bucket '${bucket.name}' ${what}, so a bucket policy or ACL can expose every audit log. Add an aws.s3.BucketPublicAccessBlock with all four settings true.`, bucket.urn);
        });
    },
};
