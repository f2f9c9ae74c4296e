/**
 * The account's multi-region trail, the log group it feeds, and the role CloudTrail assumes
 * to write there. The trail has an explicit name, so its ARN is known before it exists and
 * the key, bucket and role policies can name it without a dependency cycle.
 */
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { BaselineSettings } from "../settings/types";
import { AccountContext, deliveryRolePolicy, deliveryRoleTrustPolicy } from "../lib/policyDocuments";
import { logGroupNameFor } from "../settings/names";

/**
 * The account id a trail's ARN carries. An organization trail belongs to the organization's
 * management account even when a delegated administrator account creates it: CloudTrail user
 * guide, "Organization delegated administrator" ("The management account remains the owner of
 * any CloudTrail organization resources the delegated administrator creates"), and "Amazon S3
 * bucket policy for CloudTrail" ("the value of aws:SourceArn must be a trail ARN that is owned by
 * the management account, and uses the management account ID"). `managementAccountId` is set
 * when a delegated administrator deploys; otherwise the deploying account owns the trail.
 * Every aws:SourceArn, encryption context, bucket prefix and log stream name uses this id; the
 * key, bucket, log group and role themselves stay in the deploying account.
 */
export function trailAccountIdFor(settings: Pick<BaselineSettings, "managementAccountId">, account: AccountContext): pulumi.Input<string> {
  return settings.managementAccountId ?? account.accountId;
}

/** ARN of the trail a settings object will create, known before it exists. */
export function trailArnFor(
  settings: Pick<BaselineSettings, "managementAccountId" | "trailName">,
  account: AccountContext,
  region: string,
): pulumi.Output<string> {
  return pulumi.interpolate`arn:${account.partition}:cloudtrail:${region}:${trailAccountIdFor(settings, account)}:trail/${settings.trailName}`;
}

export function logGroupArnFor(account: AccountContext, region: string, logGroupName: string): pulumi.Output<string> {
  return pulumi.interpolate`arn:${account.partition}:logs:${region}:${account.accountId}:log-group:${logGroupName}`;
}

/** Where the trail's log files go: the local archive's bucket, or a central archive's (centralArchive.ts). */
export interface TrailLogBucket {
  readonly bucket: pulumi.Input<string>;
  readonly arn: pulumi.Input<string>;
}

/** What a trail is built from. */
export type TrailSettings = Pick<
  BaselineSettings,
  "logRetentionDays" | "managementAccountId" | "organizationId" | "organizationTrail" | "s3DataEvents" | "trailName"
>;

export interface TrailArgs {
  readonly name: string;
  readonly region: string;
  readonly settings: TrailSettings;
  readonly account: AccountContext;
  /** Encrypts the log group; and the trail's log files unless `trailKeyArn` names another key. */
  readonly key: aws.kms.Key;
  readonly logBucket: TrailLogBucket;
  /** Key of the trail's log files when it is not `key` (a central archive's). Default: `key`. */
  readonly trailKeyArn?: pulumi.Input<string>;
  /** Bucket policy, key and bucket settings the trail waits for. */
  readonly prerequisites: pulumi.Resource[];
  readonly tags: Record<string, string>;
}

export interface TrailDelivery {
  readonly trail: aws.cloudtrail.Trail;
  readonly logGroup: aws.cloudwatch.LogGroup;
  readonly deliveryRole: aws.iam.Role;
}

export function createTrail(args: TrailArgs, parent: pulumi.Resource): TrailDelivery {
  const { name, region, settings, account, tags } = args;
  const child = { parent };
  const logGroupName = logGroupNameFor(settings.trailName);
  const organizationId = settings.organizationTrail ? settings.organizationId : undefined;

  const logGroup = new aws.cloudwatch.LogGroup(
    `${name}-trail-logs`,
    { name: logGroupName, retentionInDays: settings.logRetentionDays, kmsKeyId: args.key.arn, tags } satisfies aws.cloudwatch.LogGroupArgs,
    // The key policy must let CloudWatch Logs use the key before the group is encrypted with it.
    { ...child, dependsOn: [args.key], retainOnDelete: true },
  );

  const deliveryRole = new aws.iam.Role(
    `${name}-trail-delivery-role`,
    {
      description: `CloudTrail ${settings.trailName} writes to ${logGroupName}`,
      assumeRolePolicy: deliveryRoleTrustPolicy(),
      tags,
    } satisfies aws.iam.RoleArgs,
    child,
  );
  const deliveryRolePolicyResource = new aws.iam.RolePolicy(
    `${name}-trail-delivery`,
    {
      role: deliveryRole.id,
      policy: deliveryRolePolicy({ account, region, logGroupName, trailAccountId: trailAccountIdFor(settings, account), organizationId }),
    } satisfies aws.iam.RolePolicyArgs,
    child,
  );

  const trail = new aws.cloudtrail.Trail(
    `${name}-trail`,
    {
      name: settings.trailName,
      s3BucketName: args.logBucket.bucket,
      isMultiRegionTrail: true,
      includeGlobalServiceEvents: true,
      enableLogFileValidation: true,
      enableLogging: true,
      kmsKeyId: args.trailKeyArn ?? args.key.arn,
      // CloudTrail wants the log group ARN with its stream wildcard.
      cloudWatchLogsGroupArn: pulumi.interpolate`${logGroup.arn}:*`,
      cloudWatchLogsRoleArn: deliveryRole.arn,
      isOrganizationTrail: settings.organizationTrail,
      advancedEventSelectors: eventSelectors(settings, args.logBucket),
      tags,
    } satisfies aws.cloudtrail.TrailArgs,
    { ...child, dependsOn: [...args.prerequisites, logGroup, deliveryRolePolicyResource] },
  );
  return { trail, logGroup, deliveryRole };
}

/**
 * All management events, read and write; S3 object-level data events when config asks
 * (CIS 3.10 write, 3.11 read), never on the trail's own bucket, whose every log delivery
 * would otherwise log itself.
 */
function eventSelectors(
  settings: Pick<BaselineSettings, "s3DataEvents">,
  logBucket: TrailLogBucket,
): aws.types.input.cloudtrail.TrailAdvancedEventSelector[] {
  const selectors: aws.types.input.cloudtrail.TrailAdvancedEventSelector[] = [
    { name: "All management events", fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }] },
  ];
  if (settings.s3DataEvents !== "none") {
    const fieldSelectors: aws.types.input.cloudtrail.TrailAdvancedEventSelectorFieldSelector[] = [
      { field: "eventCategory", equals: ["Data"] },
      { field: "resources.type", equals: ["AWS::S3::Object"] },
      { field: "resources.ARN", notStartsWiths: [pulumi.interpolate`${logBucket.arn}/`] },
    ];
    if (settings.s3DataEvents === "write") fieldSelectors.push({ field: "readOnly", equals: ["false"] });
    if (settings.s3DataEvents === "read") fieldSelectors.push({ field: "readOnly", equals: ["true"] });
    selectors.push({ name: `S3 object-level ${settings.s3DataEvents} events`, fieldSelectors });
  }
  return selectors;
}
