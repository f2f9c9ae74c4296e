"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.trailBucketTlsOnly = void 0;
const frameworks_1 = require("../lib/frameworks");
const model_1 = require("../lib/model");
const props_1 = require("../lib/props");
const resourceTypes_1 = require("../lib/resourceTypes");
const trailScope_1 = require("../lib/trailScope");
exports.trailBucketTlsOnly = {
    name: "cloudtrail-bucket-tls-only",
    description: "The S3 bucket a trail delivers to must have a bucket policy denying requests without TLS (aws:SecureTransport false) (CIS 2.1.2, Security Hub S3.5).",
    enforcementLevel: "mandatory",
    severity: "medium",
    framework: (0, frameworks_1.cis)("2.1.2", "Ensure S3 Bucket Policy is set to deny HTTP requests"),
    remediationSteps: 'Add to the trail bucket\'s `aws.s3.BucketPolicy` a statement: Effect Deny, Principal "*", Action "s3:*", Resource the bucket and its objects, Condition `Bool: { "aws:SecureTransport": "false" }`.',
    url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit",
    validateStack: (args, reportViolation) => {
        (0, trailScope_1.forEachTrailBucket)(args, (bucket, index) => {
            const documents = [
                // A legacy bucket's inline `policy` is provider-computed: unknown at preview unless declared.
                ...((0, resourceTypes_1.isNative)(bucket.type) ? [] : [(0, model_1.policyDocument)((0, model_1.declared)(bucket, "policy"))]),
                ...index.bucketParts(bucket).policies.map((p) => (0, model_1.policyDocument)((0, props_1.pick)(p.props, "policy", "policyDocument"))),
            ];
            if (documents.some((d) => d === "unknown" || (d !== undefined && (0, model_1.deniesInsecureTransport)(d))))
                return;
            reportViolation(`Trail bucket '${bucket.name}' has no bucket policy statement denying requests without TLS, so log files can be read or written over plain HTTP. Add a Deny statement for "s3:*" with Condition Bool aws:SecureTransport "false".`, bucket.urn);
        });
    },
};
