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
exports.EVIDENCE = void 0;
exports.createLogArchive = createLogArchive;
exports.hardenBucket = hardenBucket;
/**
 * The evidence store of the home region: the KMS key, the trail's log bucket and the bucket
 * that receives the log bucket's S3 server access logs (CIS 3.6). Evidence survives
 * `pulumi destroy` and replacements: protect + retainOnDelete, and no forceDestroy.
 */
const aws = __importStar(require("@pulumi/aws"));
const bucketHardening_1 = require("./bucketHardening");
const policyDocuments_1 = require("../lib/policyDocuments");
const names_1 = require("../settings/names");
/** Keeps evidence through `pulumi destroy` and replacements. */
exports.EVIDENCE = { protect: true, retainOnDelete: true };
function createLogArchive(args, parent) {
    const { name, settings, tags } = args;
    const child = { parent };
    const refs = {
        account: args.account,
        region: args.region,
        trailArn: args.trailArn,
        trailAccountId: args.trailAccountId,
        logGroupArn: args.logGroupArn,
    };
    const key = new aws.kms.Key(`${name}-key`, {
        description: `Encrypts the ${settings.trailName} CloudTrail logs, log group and alert topic`,
        enableKeyRotation: true,
        deletionWindowInDays: 30,
        // The key policy does not name the bucket.
        policy: (0, policyDocuments_1.trailKeyPolicy)((0, policyDocuments_1.archivePolicyArgs)(settings, { ...refs, bucketArn: "" }).key),
        tags,
    }, { ...child, ...exports.EVIDENCE });
    const keyAlias = new aws.kms.Alias(`${name}-key-alias`, { name: `alias/${settings.trailName}`, targetKeyId: key.keyId }, child);
    const accessLogBucket = new aws.s3.Bucket(`${name}-access-logs`, { bucketPrefix: (0, names_1.bucketPrefixFor)(settings.trailName, "access-logs"), forceDestroy: false, tags }, { ...child, ...exports.EVIDENCE });
    const accessLogBucketHardening = hardenBucket(`${name}-access-logs`, accessLogBucket, settings, child, {
        // S3 server access logs can only be delivered to SSE-S3 buckets.
        encryption: { sseAlgorithm: "AES256" },
    });
    const logBucket = new aws.s3.Bucket(`${name}-logs`, {
        bucketPrefix: (0, names_1.bucketPrefixFor)(settings.trailName, "logs"),
        forceDestroy: false,
        // Object Lock can only be turned on when the bucket is created.
        objectLockEnabled: settings.objectLock !== undefined,
        tags,
    }, { ...child, ...exports.EVIDENCE });
    const logBucketHardening = hardenBucket(`${name}-logs`, logBucket, settings, child, {
        encryption: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.arn },
    });
    new aws.s3.BucketLogging(`${name}-logs-access-logging`, { bucket: logBucket.id, targetBucket: accessLogBucket.id, targetPrefix: "s3-access/" }, child);
    new aws.s3.BucketPolicy(`${name}-access-logs-policy`, {
        bucket: accessLogBucket.id,
        policy: (0, policyDocuments_1.accessLogBucketPolicy)({ account: args.account, accessLogBucketArn: accessLogBucket.arn, sourceBucketArn: logBucket.arn }),
    }, 
    // A bucket policy put before its own bucket's public access block could be briefly public.
    { ...child, dependsOn: [accessLogBucketHardening.publicAccessBlock] });
    if (settings.objectLock) {
        new aws.s3.BucketObjectLockConfiguration(`${name}-logs-object-lock`, {
            bucket: logBucket.id,
            objectLockEnabled: "Enabled",
            rule: { defaultRetention: { mode: settings.objectLock.mode, days: settings.objectLock.days } },
        }, { ...child, dependsOn: [logBucketHardening.versioning] });
    }
    const logBucketPolicyResource = new aws.s3.BucketPolicy(`${name}-logs-policy`, {
        bucket: logBucket.id,
        policy: (0, policyDocuments_1.logBucketPolicy)((0, policyDocuments_1.archivePolicyArgs)(settings, { ...refs, bucketArn: logBucket.arn }).bucket),
    }, 
    // A bucket policy put before the public access block could be briefly public.
    { ...child, dependsOn: [logBucketHardening.publicAccessBlock] });
    return {
        key,
        keyAlias,
        logBucket,
        logBucketPolicy: logBucketPolicyResource,
        accessLogBucket,
        trailPrerequisites: [key, logBucketPolicyResource, logBucketHardening.encryption, logBucketHardening.ownership],
    };
}
/**
 * What every evidence bucket gets: the shared hardening (components/bucketHardening.ts) with
 * versioning, and the archive-then-expire lifecycle from config.
 */
function hardenBucket(name, bucket, settings, opts, sse) {
    return (0, bucketHardening_1.hardenPrivateBucket)(name, bucket, opts, {
        encryption: sse.encryption,
        versioned: true,
        lifecycle: {
            // Chosen, not defaulted: objects under 128 KB (most CloudTrail log files) stay in
            // STANDARD until they expire. Archiving them would cost more than it saves: a transition
            // request per object, plus 40 KB billed per object in GLACIER/DEEP_ARCHIVE and a 128 KB
            // minimum in GLACIER_IR/STANDARD_IA (S3 storage-class-intro; API PutBucketLifecycleConfiguration).
            // S3_TRANSITION_DEFAULT_MIN_OBJECT_SIZE (lib/awsLimits.ts): objects under 128 KB stay where they are.
            transitionDefaultMinimumObjectSize: "all_storage_classes_128K",
            rules: [
                {
                    id: "archive-then-expire",
                    status: "Enabled",
                    filter: {},
                    transitions: [{ days: settings.archiveAfterDays, storageClass: settings.archiveStorageClass }],
                    expiration: { days: settings.expireAfterDays },
                    noncurrentVersionTransitions: [{ noncurrentDays: settings.archiveAfterDays, storageClass: settings.archiveStorageClass }],
                    noncurrentVersionExpiration: { noncurrentDays: settings.expireAfterDays },
                    abortIncompleteMultipartUpload: { daysAfterInitiation: 7 },
                },
            ],
        },
    });
}
