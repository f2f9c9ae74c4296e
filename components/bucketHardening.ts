/**
 * What every bucket the baseline creates gets, evidence or derived data: object ownership
 * enforced (ACLs off), all four public access blocks, default encryption and a lifecycle;
 * versioning for evidence. One definition, so a bucket cannot miss a control another has.
 */
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

export interface BucketHardeningOptions {
  readonly encryption: aws.types.input.s3.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefault;
  /** Evidence keeps every version; derived data that expires (Athena's results) does not need them. */
  readonly versioned: boolean;
  readonly lifecycle: Pick<aws.s3.BucketLifecycleConfigurationArgs, "rules" | "transitionDefaultMinimumObjectSize">;
}

export interface BucketHardening {
  readonly publicAccessBlock: aws.s3.BucketPublicAccessBlock;
  readonly encryption: aws.s3.BucketServerSideEncryptionConfiguration;
  readonly ownership: aws.s3.BucketOwnershipControls;
  readonly versioning?: aws.s3.BucketVersioning;
}

export type VersionedBucketHardening = BucketHardening & { readonly versioning: aws.s3.BucketVersioning };

export function hardenPrivateBucket(
  name: string,
  bucket: aws.s3.Bucket,
  opts: pulumi.CustomResourceOptions,
  options: BucketHardeningOptions & { readonly versioned: true },
): VersionedBucketHardening;
export function hardenPrivateBucket(
  name: string,
  bucket: aws.s3.Bucket,
  opts: pulumi.CustomResourceOptions,
  options: BucketHardeningOptions,
): BucketHardening;
export function hardenPrivateBucket(
  name: string,
  bucket: aws.s3.Bucket,
  opts: pulumi.CustomResourceOptions,
  options: BucketHardeningOptions,
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
      rules: [{ applyServerSideEncryptionByDefault: options.encryption, bucketKeyEnabled: options.encryption.sseAlgorithm === "aws:kms" }],
    } satisfies aws.s3.BucketServerSideEncryptionConfigurationArgs,
    opts,
  );
  const versioning = options.versioned
    ? new aws.s3.BucketVersioning(
        `${name}-versioning`,
        { bucket: bucket.id, versioningConfiguration: { status: "Enabled" } } satisfies aws.s3.BucketVersioningArgs,
        opts,
      )
    : undefined;
  new aws.s3.BucketLifecycleConfiguration(
    `${name}-lifecycle`,
    { bucket: bucket.id, ...options.lifecycle } satisfies aws.s3.BucketLifecycleConfigurationArgs,
    // S3 applies noncurrent-version rules only once versioning is on.
    versioning ? { ...opts, dependsOn: [versioning] } : opts,
  );
  return { publicAccessBlock, encryption, ownership, versioning };
}
