/**
 * The evidence store of the home region: the KMS key, the trail's log bucket and the bucket
 * that receives the log bucket's S3 server access logs (CIS 3.6). Evidence survives
 * `pulumi destroy` and replacements: protect + retainOnDelete, and no forceDestroy.
 */
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { BaselineSettings } from "./settings";
import {
  AccountContext,
  FlowLogDelivery,
  LogBucketPolicyArgs,
  MemberAccounts,
  TrailKeyPolicyArgs,
  accessLogBucketPolicy,
  logBucketPolicy,
  trailKeyPolicy,
} from "./policyDocuments";

export interface LogArchiveArgs {
  readonly name: string;
  readonly region: string;
  readonly settings: BaselineSettings;
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

/**
 * S3 bucket names are lowercase letters, digits, dots and dashes; dots break TLS wildcard
 * certificates. The prefix leaves room for the 26 characters Pulumi's auto-naming adds.
 */
export function bucketPrefixFor(trailName: string, purpose: "logs" | "access-logs"): string {
  return `${trailName.toLowerCase().replace(/[._]/g, "-")}-${purpose}-`;
}

/** Keeps evidence through `pulumi destroy` and replacements. */
export const EVIDENCE: pulumi.CustomResourceOptions = { protect: true, retainOnDelete: true };

/** Member accounts' grants, only when memberAccounts lists some (absent: the policies are unchanged). */
function membersOf(settings: BaselineSettings, account: AccountContext): MemberAccounts | undefined {
  const accountIds = settings.memberAccounts ?? [];
  return accountIds.length > 0 ? { partition: account.partition, accountIds, deployingAccountId: account.accountId } : undefined;
}

/**
 * Flow-log delivery grants, only when flow logs go to this archive: from every region that has
 * flow logs (all of the stack's regions with allVpcs). Flow logs of another region deliver to this
 * home-region bucket; S3 encrypts each object with the bucket's default key, which is in the
 * bucket's region (see README, Logging coverage).
 */
function flowLogDeliveryOf(settings: BaselineSettings, account: AccountContext): FlowLogDelivery | undefined {
  const flowLogs = settings.vpcFlowLogs;
  if (!flowLogs || flowLogs.destination !== "s3") return undefined;
  const sourceRegions = flowLogs.allVpcs ? settings.regions : settings.regions.filter((r) => (flowLogs.vpcIds[r] ?? []).length > 0);
  return sourceRegions.length > 0 ? { partition: account.partition, accountId: account.accountId, sourceRegions } : undefined;
}

/** What the archive's key and bucket policies name, besides the settings. */
export interface ArchivePolicyRefs {
  readonly account: AccountContext;
  readonly region: string;
  readonly trailArn: pulumi.Input<string>;
  readonly trailAccountId: pulumi.Input<string>;
  readonly logGroupArn: pulumi.Input<string>;
  readonly bucketArn: pulumi.Input<string>;
}

/**
 * The arguments of the home archive's key policy and bucket policy. Config validation calls it
 * with the longest plain values the references can take and measures the documents against
 * KMS's and S3's size limits (lib/settingsLimits.ts), so what it measures is what deploys.
 */
export function archivePolicyArgs(
  settings: BaselineSettings,
  refs: ArchivePolicyRefs,
): { key: TrailKeyPolicyArgs; bucket: LogBucketPolicyArgs } {
  const members = membersOf(settings, refs.account);
  const flowLogDelivery = flowLogDeliveryOf(settings, refs.account);
  return {
    key: {
      account: refs.account,
      region: refs.region,
      trailArn: refs.trailArn,
      trailName: settings.trailName,
      trailAccountId: refs.trailAccountId,
      logGroupArn: refs.logGroupArn,
      members,
      flowLogDelivery,
    },
    bucket: {
      bucketArn: refs.bucketArn,
      trailArn: refs.trailArn,
      trailAccountId: refs.trailAccountId,
      organizationId: settings.organizationTrail ? settings.organizationId : undefined,
      objectLockMode: settings.objectLock?.mode,
      members,
      flowLogDelivery,
    },
  };
}

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

export interface BucketHardening {
  readonly publicAccessBlock: aws.s3.BucketPublicAccessBlock;
  readonly versioning: aws.s3.BucketVersioning;
  readonly encryption: aws.s3.BucketServerSideEncryptionConfiguration;
  readonly ownership: aws.s3.BucketOwnershipControls;
}

/**
 * What every evidence bucket gets: ACLs disabled, all four public access blocks, default
 * encryption, versioning and the archive/expiry lifecycle from config.
 */
export function hardenBucket(
  name: string,
  bucket: aws.s3.Bucket,
  settings: Pick<BaselineSettings, "archiveAfterDays" | "archiveStorageClass" | "expireAfterDays">,
  opts: pulumi.CustomResourceOptions,
  sse: { encryption: aws.types.input.s3.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefault },
): BucketHardening {
  const ownership = new aws.s3.BucketOwnershipControls(
    `${name}-ownership`,
    { bucket: bucket.id, rule: { objectOwnership: "BucketOwnerEnforced" } } satisfies aws.s3.BucketOwnershipControlsArgs,
    opts,
  );
  const publicAccessBlock = new aws.s3.BucketPublicAccessBlock(
    `${name}-public-access-block`,
    {
      bucket: bucket.id,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    } satisfies aws.s3.BucketPublicAccessBlockArgs,
    opts,
  );
  const encryption = new aws.s3.BucketServerSideEncryptionConfiguration(
    `${name}-encryption`,
    {
      bucket: bucket.id,
      rules: [{ applyServerSideEncryptionByDefault: sse.encryption, bucketKeyEnabled: sse.encryption.sseAlgorithm === "aws:kms" }],
    } satisfies aws.s3.BucketServerSideEncryptionConfigurationArgs,
    opts,
  );
  const versioning = new aws.s3.BucketVersioning(
    `${name}-versioning`,
    { bucket: bucket.id, versioningConfiguration: { status: "Enabled" } } satisfies aws.s3.BucketVersioningArgs,
    opts,
  );
  new aws.s3.BucketLifecycleConfiguration(
    `${name}-lifecycle`,
    {
      bucket: bucket.id,
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
    } satisfies aws.s3.BucketLifecycleConfigurationArgs,
    { ...opts, dependsOn: [versioning] },
  );
  return { publicAccessBlock, versioning, encryption, ownership };
}
