/**
 * A data-residency trail (a trail that applies to one Region only, for data that must stay there
 * with its own retention): a
 * single-region trail beside the account's multi-region trail, with its own KMS key, bucket and
 * log group in that region and its own expiry. It leaves global service events to the account
 * trail and carries no alarms; the pack exempts it by name (settings/coverage.ts,
 * residencyPolicyConfig).
 */
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { BaselineSettings } from "../settings/types";
import { ResidencyTrailSettings } from "../settings/types";
import { EVIDENCE, hardenBucket } from "./logArchive";
import {
  AccountContext,
  accessLogBucketPolicy,
  deliveryRolePolicy,
  deliveryRoleTrustPolicy,
  logBucketPolicy,
  trailKeyPolicy,
} from "../lib/policyDocuments";
import { logGroupArnFor } from "./trail";
import { RESIDENCY_TAG } from "../settings/alerts";
import { logGroupNameFor, residencyAccessLogBucketPrefixFor, residencyBucketPrefixFor, residencyTrailNameFor } from "../settings/names";

export interface ResidencyTrailArgs {
  /** Component name of the region; children are `${name}-residency-...`. */
  readonly name: string;
  /** The residency region, the same as `residency.region`. */
  readonly region: string;
  readonly residency: ResidencyTrailSettings;
  readonly settings: Pick<BaselineSettings, "trailName" | "logRetentionDays" | "archiveAfterDays" | "archiveStorageClass">;
  readonly account: AccountContext;
  readonly tags: Record<string, string>;
}

export interface ResidencyTrail {
  readonly trail: aws.cloudtrail.Trail;
  readonly trailName: string;
  readonly logBucket: aws.s3.Bucket;
  /** Where S3 writes the residency bucket's server access logs, in the same Region. */
  readonly accessLogBucket: aws.s3.Bucket;
  readonly key: aws.kms.Key;
  readonly logGroup: aws.cloudwatch.LogGroup;
}

export function createResidencyTrail(args: ResidencyTrailArgs, parent: pulumi.Resource): ResidencyTrail {
  const { name, region, residency, settings, account, tags } = args;
  if (residency.region !== region)
    throw new Error(`residencyTrails: the ${residency.region} trail belongs to that region's component, not ${region}'s.`);
  const child = { parent };
  const trailName = residencyTrailNameFor(settings.trailName, region);
  const trailArn = pulumi.interpolate`arn:${account.partition}:cloudtrail:${region}:${account.accountId}:trail/${trailName}`;
  const logGroupName = logGroupNameFor(trailName);
  const residencyTags = { ...tags, [RESIDENCY_TAG]: region };

  const key = new aws.kms.Key(
    `${name}-residency-key`,
    {
      description: `Encrypts the ${trailName} CloudTrail logs and log group, kept in ${region}`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: trailKeyPolicy({
        account,
        region,
        trailArn,
        trailName,
        trailAccountId: account.accountId,
        logGroupArn: logGroupArnFor(account, region, logGroupName),
        topicPublishers: false,
      }),
      tags: residencyTags,
    } satisfies aws.kms.KeyArgs,
    { ...child, ...EVIDENCE },
  );
  new aws.kms.Alias(
    `${name}-residency-key-alias`,
    { name: `alias/${trailName}`, targetKeyId: key.keyId } satisfies aws.kms.AliasArgs,
    child,
  );

  const logBucket = new aws.s3.Bucket(
    `${name}-residency-logs`,
    { bucketPrefix: residencyBucketPrefixFor(settings.trailName), forceDestroy: false, tags: residencyTags } satisfies aws.s3.BucketArgs,
    { ...child, ...EVIDENCE },
  );
  const hardening = hardenBucket(
    `${name}-residency-logs`,
    logBucket,
    {
      archiveAfterDays: settings.archiveAfterDays,
      archiveStorageClass: settings.archiveStorageClass,
      expireAfterDays: residency.expireAfterDays,
    },
    child,
    { encryption: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.arn } },
  );
  // Server access logs of the residency bucket (CIS 3.6, Security Hub CloudTrail.7): S3 delivers
  // them only to a bucket "in the same AWS Region and owned by the same account" (S3 user guide,
  // Logging requests using server access logging), so the Region gets its own, kept like the
  // home one; its objects stay in the Region with the residency bucket's expiry.
  const accessLogBucket = new aws.s3.Bucket(
    `${name}-residency-access-logs`,
    {
      bucketPrefix: residencyAccessLogBucketPrefixFor(settings.trailName),
      forceDestroy: false,
      tags: residencyTags,
    } satisfies aws.s3.BucketArgs,
    { ...child, ...EVIDENCE },
  );
  const accessLogHardening = hardenBucket(
    `${name}-residency-access-logs`,
    accessLogBucket,
    {
      archiveAfterDays: settings.archiveAfterDays,
      archiveStorageClass: settings.archiveStorageClass,
      expireAfterDays: residency.expireAfterDays,
    },
    child,
    // S3 server access logs can only be delivered to SSE-S3 buckets.
    { encryption: { sseAlgorithm: "AES256" } },
  );
  new aws.s3.BucketPolicy(
    `${name}-residency-access-logs-policy`,
    {
      bucket: accessLogBucket.id,
      policy: accessLogBucketPolicy({ account, accessLogBucketArn: accessLogBucket.arn, sourceBucketArn: logBucket.arn }),
    } satisfies aws.s3.BucketPolicyArgs,
    { ...child, dependsOn: [accessLogHardening.publicAccessBlock] },
  );
  new aws.s3.BucketLogging(
    `${name}-residency-logs-access-logging`,
    { bucket: logBucket.id, targetBucket: accessLogBucket.id, targetPrefix: "s3-access/" } satisfies aws.s3.BucketLoggingArgs,
    child,
  );

  const bucketPolicy = new aws.s3.BucketPolicy(
    `${name}-residency-logs-policy`,
    {
      bucket: logBucket.id,
      policy: logBucketPolicy({ bucketArn: logBucket.arn, trailArn, trailAccountId: account.accountId }),
    } satisfies aws.s3.BucketPolicyArgs,
    // A bucket policy put before the public access block could be briefly public.
    { ...child, dependsOn: [hardening.publicAccessBlock] },
  );

  // The pack's cloudtrail-cloudwatch-logs (CIS 3.4) has no exemption: the trail feeds a log group of its region too.
  const logGroup = new aws.cloudwatch.LogGroup(
    `${name}-residency-trail-logs`,
    {
      name: logGroupName,
      retentionInDays: settings.logRetentionDays,
      kmsKeyId: key.arn,
      tags: residencyTags,
    } satisfies aws.cloudwatch.LogGroupArgs,
    { ...child, dependsOn: [key], retainOnDelete: true },
  );
  const deliveryRole = new aws.iam.Role(
    `${name}-residency-delivery-role`,
    {
      description: `CloudTrail ${trailName} writes to ${logGroupName}`,
      assumeRolePolicy: deliveryRoleTrustPolicy(),
      tags: residencyTags,
    } satisfies aws.iam.RoleArgs,
    child,
  );
  const deliveryPolicy = new aws.iam.RolePolicy(
    `${name}-residency-delivery`,
    {
      role: deliveryRole.id,
      policy: deliveryRolePolicy({ account, region, logGroupName, trailAccountId: account.accountId }),
    } satisfies aws.iam.RolePolicyArgs,
    child,
  );

  const trail = new aws.cloudtrail.Trail(
    `${name}-residency-trail`,
    {
      name: trailName,
      s3BucketName: logBucket.bucket,
      // One region only: its events and nothing else stay in its bucket.
      isMultiRegionTrail: false,
      // Global service events (IAM, STS) are recorded by the account's multi-region trail.
      includeGlobalServiceEvents: false,
      enableLogFileValidation: true,
      enableLogging: true,
      kmsKeyId: key.arn,
      cloudWatchLogsGroupArn: pulumi.interpolate`${logGroup.arn}:*`,
      cloudWatchLogsRoleArn: deliveryRole.arn,
      advancedEventSelectors: [{ name: "All management events", fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }] }],
      tags: residencyTags,
    } satisfies aws.cloudtrail.TrailArgs,
    { ...child, dependsOn: [key, bucketPolicy, hardening.encryption, hardening.ownership, logGroup, deliveryPolicy] },
  );
  return { trail, trailName, logBucket, accessLogBucket, key, logGroup };
}
