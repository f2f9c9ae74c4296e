"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.createResidencyTrail = createResidencyTrail;
/**
 * A data-residency trail (a trail that applies to one Region only, for data that must stay there
 * with its own retention): a
 * single-region trail beside the account's multi-region trail, with its own KMS key, bucket and
 * log group in that region and its own expiry. It leaves global service events to the account
 * trail and carries no alarms; the pack exempts it by name (settings/coverage.ts,
 * residencyPolicyConfig).
 */
const aws = __importStar(require("@pulumi/aws"));
const pulumi = __importStar(require("@pulumi/pulumi"));
const logArchive_1 = require("./logArchive");
const policyDocuments_1 = require("../lib/policyDocuments");
const trail_1 = require("./trail");
const alerts_1 = require("../settings/alerts");
const names_1 = require("../settings/names");
function createResidencyTrail(args, parent) {
    const { name, region, residency, settings, account, tags } = args;
    if (residency.region !== region)
        throw new Error(`residencyTrails: the ${residency.region} trail belongs to that region's component, not ${region}'s.`);
    const child = { parent };
    const trailName = (0, names_1.residencyTrailNameFor)(settings.trailName, region);
    const trailArn = pulumi.interpolate `arn:${account.partition}:cloudtrail:${region}:${account.accountId}:trail/${trailName}`;
    const logGroupName = (0, names_1.logGroupNameFor)(trailName);
    const residencyTags = { ...tags, [alerts_1.RESIDENCY_TAG]: region };
    const key = new aws.kms.Key(`${name}-residency-key`, {
        description: `Encrypts the ${trailName} CloudTrail logs and log group, kept in ${region}`,
        enableKeyRotation: true,
        deletionWindowInDays: 30,
        policy: (0, policyDocuments_1.trailKeyPolicy)({
            account,
            region,
            trailArn,
            trailName,
            trailAccountId: account.accountId,
            logGroupArn: (0, trail_1.logGroupArnFor)(account, region, logGroupName),
            topicPublishers: false,
        }),
        tags: residencyTags,
    }, { ...child, ...logArchive_1.EVIDENCE });
    new aws.kms.Alias(`${name}-residency-key-alias`, { name: `alias/${trailName}`, targetKeyId: key.keyId }, child);
    const logBucket = new aws.s3.Bucket(`${name}-residency-logs`, { bucketPrefix: (0, names_1.residencyBucketPrefixFor)(settings.trailName), forceDestroy: false, tags: residencyTags }, { ...child, ...logArchive_1.EVIDENCE });
    const hardening = (0, logArchive_1.hardenBucket)(`${name}-residency-logs`, logBucket, {
        archiveAfterDays: settings.archiveAfterDays,
        archiveStorageClass: settings.archiveStorageClass,
        expireAfterDays: residency.expireAfterDays,
    }, child, { encryption: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.arn } });
    // Server access logs of the residency bucket (CIS 3.6, Security Hub CloudTrail.7): S3 delivers
    // them only to a bucket "in the same AWS Region and owned by the same account" (S3 user guide,
    // Logging requests using server access logging), so the Region gets its own, kept like the
    // home one; its objects stay in the Region with the residency bucket's expiry.
    const accessLogBucket = new aws.s3.Bucket(`${name}-residency-access-logs`, {
        bucketPrefix: (0, names_1.residencyAccessLogBucketPrefixFor)(settings.trailName),
        forceDestroy: false,
        tags: residencyTags,
    }, { ...child, ...logArchive_1.EVIDENCE });
    const accessLogHardening = (0, logArchive_1.hardenBucket)(`${name}-residency-access-logs`, accessLogBucket, {
        archiveAfterDays: settings.archiveAfterDays,
        archiveStorageClass: settings.archiveStorageClass,
        expireAfterDays: residency.expireAfterDays,
    }, child, 
    // S3 server access logs can only be delivered to SSE-S3 buckets.
    { encryption: { sseAlgorithm: "AES256" } });
    new aws.s3.BucketPolicy(`${name}-residency-access-logs-policy`, {
        bucket: accessLogBucket.id,
        policy: (0, policyDocuments_1.accessLogBucketPolicy)({ account, accessLogBucketArn: accessLogBucket.arn, sourceBucketArn: logBucket.arn }),
    }, { ...child, dependsOn: [accessLogHardening.publicAccessBlock] });
    new aws.s3.BucketLogging(`${name}-residency-logs-access-logging`, { bucket: logBucket.id, targetBucket: accessLogBucket.id, targetPrefix: "s3-access/" }, child);
    const bucketPolicy = new aws.s3.BucketPolicy(`${name}-residency-logs-policy`, {
        bucket: logBucket.id,
        policy: (0, policyDocuments_1.logBucketPolicy)({ bucketArn: logBucket.arn, trailArn, trailAccountId: account.accountId }),
    }, 
    // A bucket policy put before the public access block could be briefly public.
    { ...child, dependsOn: [hardening.publicAccessBlock] });
    // The pack's cloudtrail-cloudwatch-logs (CIS 3.4) has no exemption: the trail feeds a log group of its region too.
    const logGroup = new aws.cloudwatch.LogGroup(`${name}-residency-trail-logs`, {
        name: logGroupName,
        retentionInDays: settings.logRetentionDays,
        kmsKeyId: key.arn,
        tags: residencyTags,
    }, { ...child, dependsOn: [key], retainOnDelete: true });
    const deliveryRole = new aws.iam.Role(`${name}-residency-delivery-role`, {
        description: `CloudTrail ${trailName} writes to ${logGroupName}`,
        assumeRolePolicy: (0, policyDocuments_1.deliveryRoleTrustPolicy)(),
        tags: residencyTags,
    }, child);
    const deliveryPolicy = new aws.iam.RolePolicy(`${name}-residency-delivery`, {
        role: deliveryRole.id,
        policy: (0, policyDocuments_1.deliveryRolePolicy)({ account, region, logGroupName, trailAccountId: account.accountId }),
    }, child);
    const trail = new aws.cloudtrail.Trail(`${name}-residency-trail`, {
        name: trailName,
        s3BucketName: logBucket.bucket,
        // One region only: its events and nothing else stay in its bucket.
        isMultiRegionTrail: false,
        // Global service events (IAM, STS) are recorded by the account's multi-region trail.
        includeGlobalServiceEvents: false,
        enableLogFileValidation: true,
        enableLogging: true,
        kmsKeyId: key.arn,
        cloudWatchLogsGroupArn: pulumi.interpolate `${logGroup.arn}:*`,
        cloudWatchLogsRoleArn: deliveryRole.arn,
        advancedEventSelectors: [{ name: "All management events", fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }] }],
        tags: residencyTags,
    }, { ...child, dependsOn: [key, bucketPolicy, hardening.encryption, hardening.ownership, logGroup, deliveryPolicy] });
    return { trail, trailName, logBucket, accessLogBucket, key, logGroup };
}
