/**
 * IAM, KMS, S3 and SNS policy documents as typed objects. Serialised with
 * `pulumi.jsonStringify`, so tests and the offline plan see the real documents, with no
 * provider call in between.
 */
import * as pulumi from "@pulumi/pulumi";

type OneOrMany<T> = T | T[];
export type Principal = "*" | { AWS?: OneOrMany<pulumi.Input<string>>; Service?: OneOrMany<string> };
export type ConditionBlock = Record<string, Record<string, OneOrMany<pulumi.Input<string>>>>;

export interface PolicyStatement {
  Sid: string;
  Effect: "Allow" | "Deny";
  Principal?: Principal;
  Action: OneOrMany<string>;
  /** Absent only in trust policies, which IAM rejects with a Resource element. */
  Resource?: OneOrMany<pulumi.Input<string>>;
  Condition?: ConditionBlock;
}

export interface PolicyDocument {
  Version: "2012-10-17";
  Statement: PolicyStatement[];
}

/** Account facts every policy needs. */
export interface AccountContext {
  readonly accountId: pulumi.Input<string>;
  readonly partition: string;
}

export function policyDocument(statements: PolicyStatement[]): pulumi.Output<string> {
  const document: PolicyDocument = { Version: "2012-10-17", Statement: statements };
  return pulumi.jsonStringify(document);
}

export function accountRootArn(account: AccountContext): pulumi.Output<string> {
  return pulumi.interpolate`arn:${account.partition}:iam::${account.accountId}:root`;
}

/** Deny any request that does not use TLS (S3.5, SNS.x): the one place a `*` principal appears, and only on a Deny with a condition. */
export function denyInsecureTransport(action: string, resources: pulumi.Input<string>[]): PolicyStatement {
  return {
    Sid: "DenyInsecureTransport",
    Effect: "Deny",
    Principal: "*",
    Action: action,
    Resource: resources,
    Condition: { Bool: { "aws:SecureTransport": "false" } },
  };
}

export interface TrailKeyPolicyArgs {
  readonly account: AccountContext;
  readonly region: string;
  readonly trailArn: pulumi.Input<string>;
  readonly trailName: string;
  readonly logGroupArn: pulumi.Input<string>;
}

/**
 * Key policy of the home-region key: the account administers it (through IAM), CloudTrail
 * encrypts only for this trail, CloudWatch Logs uses it only for this log group, and CloudWatch
 * alarms and EventBridge use it to publish to the encrypted topic.
 */
export function trailKeyPolicy(args: TrailKeyPolicyArgs): pulumi.Output<string> {
  const { account, region } = args;
  return policyDocument([
    accountAdministersKey(account),
    {
      Sid: "CloudTrailEncryptsForThisTrailOnly",
      Effect: "Allow",
      Principal: { Service: "cloudtrail.amazonaws.com" },
      Action: "kms:GenerateDataKey*",
      Resource: "*",
      Condition: {
        StringEquals: { "aws:SourceArn": args.trailArn },
        StringLike: {
          "kms:EncryptionContext:aws:cloudtrail:arn": pulumi.interpolate`arn:${account.partition}:cloudtrail:*:${account.accountId}:trail/${args.trailName}`,
        },
      },
    },
    {
      Sid: "CloudTrailDescribesKey",
      Effect: "Allow",
      Principal: { Service: "cloudtrail.amazonaws.com" },
      Action: "kms:DescribeKey",
      Resource: "*",
      Condition: { StringEquals: { "aws:SourceArn": args.trailArn } },
    },
    {
      Sid: "CloudWatchLogsUsesKeyForThisLogGroupOnly",
      Effect: "Allow",
      Principal: { Service: `logs.${region}.amazonaws.com` },
      Action: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
      Resource: "*",
      Condition: { ArnEquals: { "kms:EncryptionContext:aws:logs:arn": args.logGroupArn } },
    },
    ...topicPublishersUseKey(account),
  ]);
}

/** The account administers the key, and its IAM policies decide who else may use it (KMS's default). */
function accountAdministersKey(account: AccountContext): PolicyStatement {
  return { Sid: "AccountAdministersKeyThroughIam", Effect: "Allow", Principal: { AWS: accountRootArn(account) }, Action: "kms:*", Resource: "*" };
}

/**
 * CloudWatch alarms and EventBridge rules publish to a KMS-encrypted topic only when the key
 * lets their service principals generate data keys and decrypt. Alarms' KMS requests carry
 * `aws:SourceAccount`, so that grant is scoped to this account. EventBridge's do not carry the
 * `aws:Source*` keys (its SNS-target documentation says so): a condition there would drop every
 * real-time alert silently, so its grant is scoped by the service principal and the actions only.
 */
function topicPublishersUseKey(account: AccountContext): PolicyStatement[] {
  return [
    {
      Sid: "CloudWatchAlarmsPublishToEncryptedTopic",
      Effect: "Allow",
      Principal: { Service: "cloudwatch.amazonaws.com" },
      Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
      Resource: "*",
      Condition: { StringEquals: { "aws:SourceAccount": account.accountId } },
    },
    {
      Sid: "EventBridgeRulesPublishToEncryptedTopic",
      Effect: "Allow",
      Principal: { Service: "events.amazonaws.com" },
      Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
      Resource: "*",
    },
  ];
}

/** Key policy of a region's topic key, where the region has no trail key to share. */
export function topicKeyPolicy(account: AccountContext): pulumi.Output<string> {
  return policyDocument([
    accountAdministersKey(account),
    ...topicPublishersUseKey(account),
  ]);
}

export interface LogBucketPolicyArgs {
  readonly account: AccountContext;
  readonly bucketArn: pulumi.Input<string>;
  readonly trailArn: pulumi.Input<string>;
  /** Organization trails also write under `AWSLogs/<organization id>/`. */
  readonly organizationId?: string;
}

/** The CloudTrail bucket policy AWS documents, scoped to this trail by `aws:SourceArn`, plus TLS only. */
export function logBucketPolicy(args: LogBucketPolicyArgs): pulumi.Output<string> {
  const writePrefixes: pulumi.Input<string>[] = [pulumi.interpolate`${args.bucketArn}/AWSLogs/${args.account.accountId}/*`];
  if (args.organizationId) writePrefixes.push(pulumi.interpolate`${args.bucketArn}/AWSLogs/${args.organizationId}/*`);
  return policyDocument([
    denyInsecureTransport("s3:*", [args.bucketArn, pulumi.interpolate`${args.bucketArn}/*`]),
    {
      Sid: "CloudTrailChecksBucketAcl",
      Effect: "Allow",
      Principal: { Service: "cloudtrail.amazonaws.com" },
      Action: "s3:GetBucketAcl",
      Resource: args.bucketArn,
      Condition: { StringEquals: { "aws:SourceArn": args.trailArn } },
    },
    {
      Sid: "CloudTrailWritesLogs",
      Effect: "Allow",
      Principal: { Service: "cloudtrail.amazonaws.com" },
      Action: "s3:PutObject",
      Resource: writePrefixes,
      Condition: {
        StringEquals: { "aws:SourceArn": args.trailArn, "s3:x-amz-acl": "bucket-owner-full-control" },
      },
    },
  ]);
}

export interface AccessLogBucketPolicyArgs {
  readonly account: AccountContext;
  readonly accessLogBucketArn: pulumi.Input<string>;
  readonly sourceBucketArn: pulumi.Input<string>;
}

/** S3 server access logging writes with the logging service principal (ACLs are disabled). */
export function accessLogBucketPolicy(args: AccessLogBucketPolicyArgs): pulumi.Output<string> {
  return policyDocument([
    denyInsecureTransport("s3:*", [args.accessLogBucketArn, pulumi.interpolate`${args.accessLogBucketArn}/*`]),
    {
      Sid: "S3ServerAccessLogsFromTheLogBucketOnly",
      Effect: "Allow",
      Principal: { Service: "logging.s3.amazonaws.com" },
      Action: "s3:PutObject",
      Resource: pulumi.interpolate`${args.accessLogBucketArn}/*`,
      Condition: {
        ArnLike: { "aws:SourceArn": args.sourceBucketArn },
        StringEquals: { "aws:SourceAccount": args.account.accountId },
      },
    },
  ]);
}

/** CloudTrail assumes the delivery role only for this account's trail (confused-deputy guard). */
export function deliveryRoleTrustPolicy(account: AccountContext, trailArn: pulumi.Input<string>): pulumi.Output<string> {
  return policyDocument([
    {
      Sid: "CloudTrailAssumesRoleForThisTrail",
      Effect: "Allow",
      Principal: { Service: "cloudtrail.amazonaws.com" },
      Action: "sts:AssumeRole",
      Condition: { StringEquals: { "aws:SourceAccount": account.accountId, "aws:SourceArn": trailArn } },
    },
  ]);
}

export interface DeliveryRolePolicyArgs {
  readonly account: AccountContext;
  readonly region: string;
  readonly logGroupName: string;
  readonly organizationId?: string;
}

/** Only CreateLogStream and PutLogEvents, only on the streams CloudTrail names in this log group. */
export function deliveryRolePolicy(args: DeliveryRolePolicyArgs): pulumi.Output<string> {
  const { account, region, logGroupName } = args;
  const groupArn = pulumi.interpolate`arn:${account.partition}:logs:${region}:${account.accountId}:log-group:${logGroupName}`;
  const streams: pulumi.Input<string>[] = [pulumi.interpolate`${groupArn}:log-stream:${account.accountId}_CloudTrail_${region}*`];
  if (args.organizationId) streams.push(pulumi.interpolate`${groupArn}:log-stream:${args.organizationId}_*`);
  return policyDocument([
    {
      Sid: "CloudTrailWritesItsLogStreams",
      Effect: "Allow",
      Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
      Resource: streams,
    },
  ]);
}

export interface TopicPolicyArgs {
  readonly account: AccountContext;
  readonly region: string;
  readonly topicArn: pulumi.Input<string>;
}

/** Only this account's alarms and rules in this region publish; the account manages; TLS only. */
export function topicPolicy(args: TopicPolicyArgs): pulumi.Output<string> {
  const { account, region, topicArn } = args;
  return policyDocument([
    {
      Sid: "AccountManagesTopic",
      Effect: "Allow",
      Principal: { AWS: accountRootArn(account) },
      Action: [
        "sns:GetTopicAttributes",
        "sns:SetTopicAttributes",
        "sns:AddPermission",
        "sns:RemovePermission",
        "sns:DeleteTopic",
        "sns:Subscribe",
        "sns:ListSubscriptionsByTopic",
        "sns:Publish",
      ],
      Resource: topicArn,
    },
    {
      Sid: "CloudWatchAlarmsOfThisAccountPublish",
      Effect: "Allow",
      Principal: { Service: "cloudwatch.amazonaws.com" },
      Action: "sns:Publish",
      Resource: topicArn,
      Condition: {
        ArnLike: { "aws:SourceArn": pulumi.interpolate`arn:${account.partition}:cloudwatch:${region}:${account.accountId}:alarm:*` },
        StringEquals: { "aws:SourceAccount": account.accountId },
      },
    },
    {
      Sid: "EventBridgeRulesOfThisAccountPublish",
      Effect: "Allow",
      Principal: { Service: "events.amazonaws.com" },
      Action: "sns:Publish",
      Resource: topicArn,
      Condition: {
        ArnLike: { "aws:SourceArn": pulumi.interpolate`arn:${account.partition}:events:${region}:${account.accountId}:rule/*` },
        StringEquals: { "aws:SourceAccount": account.accountId },
      },
    },
    denyInsecureTransport("sns:Publish", [topicArn]),
  ]);
}
