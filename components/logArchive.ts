/**
 * The evidence store of the home region: the KMS key, the trail's log bucket and the bucket
 * that receives the log bucket's S3 server access logs (CIS 3.6). Evidence survives
 * `pulumi destroy` and replacements: protect + retainOnDelete, and no forceDestroy.
 */
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { BaselineSettings } from "../settings/types";
import { VersionedBucketHardening, hardenPrivateBucket } from "./bucketHardening";
import {
  AccountContext,
  ArchivePolicySettings,
  accessLogBucketPolicy,
  archivePolicyArgs,
  logBucketPolicy,
  trailKeyPolicy,
} from "../lib/policyDocuments";
import { bucketPrefixFor } from "../settings/names";

export interface LogArchiveArgs {
  readonly name: string;
  readonly region: string;
  readonly settings: ArchivePolicySettings &
    Pick<BaselineSettings, "archiveAfterDays" | "archiveStorageClass" | "expireAfterDays" | "objectLock">;
  readonly account: AccountContext;
  readonly trailArn: pulumi.Input<string>;
  /** Account id in the trail's ARN (trail.ts, trailAccountIdFor). */
  readonly trailAccountId: pulumi.Input<string>;
  /** Name of the trail's log group, known before it exists (the key policy names it). */
  readonly logGroupArn: pulumi.Input<string>;
  readonly tags: Record<string, string>;
}

export interface LogArchive {
  readonly key: aws.kms.Key;
  readonly keyAlias: aws.kms.Alias;
  readonly logBucket: aws.s3.Bucket;
  readonly logBucketPolicy: aws.s3.BucketPolicy;
  readonly accessLogBucket: aws.s3.Bucket;
  /** Everything the trail must wait for, so its first `pulumi up` is not refused. */
  readonly trailPrerequisites: pulumi.Resource[];
}

/** Keeps evidence through `pulumi destroy` and replacements. */
export const EVIDENCE: pulumi.CustomResourceOptions = { protect: true, retainOnDelete: true };

export function createLogArchive(args: LogArchiveArgs, parent: pulumi.Resource): LogArchive {
  const { name, settings, tags } = args;
  const child = { parent };
  const refs = {
    account: args.account,
    region: args.region,
    trailArn: args.trailArn,
    trailAccountId: args.trailAccountId,
    logGroupArn: args.logGroupArn,
  };

  const key = new aws.kms.Key(
    `${name}-key`,
    {
      description: `Encrypts the ${settings.trailName} CloudTrail logs, log group and alert topic`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      // The key policy does not name the bucket.
      policy: trailKeyPolicy(archivePolicyArgs(settings, { ...refs, bucketArn: "" }).key),
      tags,
    } satisfies aws.kms.KeyArgs,
    { ...child, ...EVIDENCE },
  );
  const keyAlias = new aws.kms.Alias(
    `${name}-key-alias`,
    { name: `alias/${settings.trailName}`, targetKeyId: key.keyId } satisfies aws.kms.AliasArgs,
    child,
  );

  const accessLogBucket = new aws.s3.Bucket(
    `${name}-access-logs`,
    { bucketPrefix: bucketPrefixFor(settings.trailName, "access-logs"), forceDestroy: false, tags } satisfies aws.s3.BucketArgs,
    { ...child, ...EVIDENCE },
  );
  const accessLogBucketHardening = hardenBucket(`${name}-access-logs`, accessLogBucket, settings, child, {
    // S3 server access logs can only be delivered to SSE-S3 buckets.
    encryption: { sseAlgorithm: "AES256" },
  });

  const logBucket = new aws.s3.Bucket(
    `${name}-logs`,
    {
      bucketPrefix: bucketPrefixFor(settings.trailName, "logs"),
      forceDestroy: false,
      // Object Lock can only be turned on when the bucket is created.
      objectLockEnabled: settings.objectLock !== undefined,
      tags,
    } satisfies aws.s3.BucketArgs,
    { ...child, ...EVIDENCE },
  );
  const logBucketHardening = hardenBucket(`${name}-logs`, logBucket, settings, child, {
    encryption: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.arn },
  });

  new aws.s3.BucketLogging(
    `${name}-logs-access-logging`,
    { bucket: logBucket.id, targetBucket: accessLogBucket.id, targetPrefix: "s3-access/" } satisfies aws.s3.BucketLoggingArgs,
    child,
  );
  new aws.s3.BucketPolicy(
    `${name}-access-logs-policy`,
    {
      bucket: accessLogBucket.id,
      policy: accessLogBucketPolicy({ account: args.account, accessLogBucketArn: accessLogBucket.arn, sourceBucketArn: logBucket.arn }),
    } satisfies aws.s3.BucketPolicyArgs,
    // A bucket policy put before its own bucket's public access block could be briefly public.
    { ...child, dependsOn: [accessLogBucketHardening.publicAccessBlock] },
  );

  if (settings.objectLock) {
    new aws.s3.BucketObjectLockConfiguration(
      `${name}-logs-object-lock`,
      {
        bucket: logBucket.id,
        objectLockEnabled: "Enabled",
        rule: { defaultRetention: { mode: settings.objectLock.mode, days: settings.objectLock.days } },
      } satisfies aws.s3.BucketObjectLockConfigurationArgs,
      { ...child, dependsOn: [logBucketHardening.versioning] },
    );
  }

  const logBucketPolicyResource = new aws.s3.BucketPolicy(
    `${name}-logs-policy`,
    {
      bucket: logBucket.id,
      policy: logBucketPolicy(archivePolicyArgs(settings, { ...refs, bucketArn: logBucket.arn }).bucket),
    } satisfies aws.s3.BucketPolicyArgs,
    // A bucket policy put before the public access block could be briefly public.
    { ...child, dependsOn: [logBucketHardening.publicAccessBlock] },
  );

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
export function hardenBucket(
  name: string,
  bucket: aws.s3.Bucket,
  settings: Pick<BaselineSettings, "archiveAfterDays" | "archiveStorageClass" | "expireAfterDays">,
  opts: pulumi.CustomResourceOptions,
  sse: { encryption: aws.types.input.s3.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefault },
): VersionedBucketHardening {
  return hardenPrivateBucket(name, bucket, opts, {
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
