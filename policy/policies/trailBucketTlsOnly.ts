import { StackValidationPolicy } from "@pulumi/policy";
import { cis } from "../lib/frameworks";
import { declared, deniesInsecureTransport, policyDocument } from "../lib/model";
import { pick } from "../lib/props";
import { isNative } from "../lib/resourceTypes";
import { forEachTrailBucket } from "../lib/trailScope";

export const trailBucketTlsOnly: StackValidationPolicy = {
  name: "cloudtrail-bucket-tls-only",
  description:
    "The S3 bucket a trail delivers to must have a bucket policy denying requests without TLS (aws:SecureTransport false) (CIS 2.1.2, Security Hub S3.5).",
  enforcementLevel: "mandatory",
  severity: "medium",
  framework: cis("2.1.2", "Ensure S3 Bucket Policy is set to deny HTTP requests"),
  remediationSteps:
    'Add to the trail bucket\'s `aws.s3.BucketPolicy` a statement: Effect Deny, Principal "*", Action "s3:*", Resource the bucket and its objects, Condition `Bool: { "aws:SecureTransport": "false" }`.',
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit",
  validateStack: (args, reportViolation) => {
    forEachTrailBucket(args, (bucket, index) => {
      const documents = [
        // A legacy bucket's inline `policy` is provider-computed: unknown at preview unless declared.
        ...(isNative(bucket.type) ? [] : [policyDocument(declared(bucket, "policy"))]),
        ...index.bucketParts(bucket).policies.map((p) => policyDocument(pick(p.props, "policy", "policyDocument"))),
      ];
      if (documents.some((d) => d === "unknown" || (d !== undefined && deniesInsecureTransport(d)))) return;
      reportViolation(
        `Trail bucket '${bucket.name}' has no bucket policy statement denying requests without TLS, so log files can be read or written over plain HTTP. Add a Deny statement for "s3:*" with Condition Bool aws:SecureTransport "false".`,
        bucket.urn,
      );
    });
  },
};
