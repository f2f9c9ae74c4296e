/**
 * Builders for realistic stacks in the shape the engine sends (and `pulumi stack export` holds):
 * URNs, types, properties, and property dependencies. A compliant `@pulumi/aws` v7 trail stack
 * with every CIS monitoring alarm, and helpers to break it one property at a time.
 */
import { CIS_MONITORING_ALARMS, METRIC_NAMESPACE } from "../../policy/catalogue";
import { PackResource } from "../../tools/lib/packClient";

export const PROJECT = "team-app";
export const STACK = "prod";
export const ACCOUNT = "111122223333";
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

export function urn(type: string, name: string): string {
  return `urn:pulumi:${STACK}::${PROJECT}::${type}::${name}`;
}

export function resource(
  type: string,
  name: string,
  inputs: Record<string, unknown>,
  propertyDependencies: Record<string, string[]> = {},
): PackResource {
  return { urn: urn(type, name), type, name, parent: null, inputs, propertyDependencies };
}

export const T = {
  trail: "aws:cloudtrail/trail:Trail",
  bucket: "aws:s3/bucket:Bucket",
  pab: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
  sse: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
  versioning: "aws:s3/bucketVersioning:BucketVersioning",
  bucketPolicy: "aws:s3/bucketPolicy:BucketPolicy",
  key: "aws:kms/key:Key",
  logGroup: "aws:cloudwatch/logGroup:LogGroup",
  filter: "aws:cloudwatch/logMetricFilter:LogMetricFilter",
  alarm: "aws:cloudwatch/metricAlarm:MetricAlarm",
  topic: "aws:sns/topic:Topic",
  role: "aws:iam/role:Role",
} as const;

const BUCKET = "team-app-trail-logs";
const LOG_GROUP = "/aws/cloudtrail/team-app";
const KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/0b9b1f3e-6b1c-4c3e-9a55-1f2e3d4c5b6a`;
const TOPIC_ARN = `arn:aws:sns:us-east-1:${ACCOUNT}:team-app-security-alerts`;

export const TLS_ONLY_POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Sid: "AWSCloudTrailAclCheck",
      Effect: "Allow",
      Principal: { Service: "cloudtrail.amazonaws.com" },
      Action: "s3:GetBucketAcl",
      Resource: `arn:aws:s3:::${BUCKET}`,
    },
    {
      Sid: "AWSCloudTrailWrite",
      Effect: "Allow",
      Principal: { Service: "cloudtrail.amazonaws.com" },
      Action: "s3:PutObject",
      Resource: `arn:aws:s3:::${BUCKET}/AWSLogs/${ACCOUNT}/*`,
      Condition: { StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control" } },
    },
    {
      Sid: "DenyInsecureTransport",
      Effect: "Deny",
      Principal: "*",
      Action: "s3:*",
      Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`],
      Condition: { Bool: { "aws:SecureTransport": "false" } },
    },
  ],
});

/** A trail stack that passes every policy: what a careful team would deploy. */
export function compliantStack(): PackResource[] {
  const bucketUrn = urn(T.bucket, "trail-logs");
  const groupUrn = urn(T.logGroup, "trail");
  const keyUrn = urn(T.key, "trail");
  const topicUrn = urn(T.topic, "alerts");
  const resources: PackResource[] = [
    resource(T.key, "trail", { description: "CloudTrail logs", enableKeyRotation: true, deletionWindowInDays: 30, arn: KEY_ARN }),
    resource(T.bucket, "trail-logs", { bucket: BUCKET, forceDestroy: false, arn: `arn:aws:s3:::${BUCKET}` }),
    resource(
      T.pab,
      "trail-logs",
      { bucket: BUCKET, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
      { bucket: [bucketUrn] },
    ),
    resource(
      T.sse,
      "trail-logs",
      {
        bucket: BUCKET,
        rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: KEY_ARN }, bucketKeyEnabled: true }],
      },
      { bucket: [bucketUrn], rules: [keyUrn] },
    ),
    resource(T.versioning, "trail-logs", { bucket: BUCKET, versioningConfiguration: { status: "Enabled" } }, { bucket: [bucketUrn] }),
    resource(T.bucketPolicy, "trail-logs", { bucket: BUCKET, policy: TLS_ONLY_POLICY }, { bucket: [bucketUrn] }),
    resource(
      T.logGroup,
      "trail",
      { name: LOG_GROUP, retentionInDays: 365, kmsKeyId: KEY_ARN, arn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:${LOG_GROUP}` },
      { kmsKeyId: [keyUrn] },
    ),
    resource(T.role, "trail-delivery", {
      assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: { Service: "cloudtrail.amazonaws.com" }, Action: "sts:AssumeRole" }],
      }),
    }),
    resource(
      T.trail,
      "trail",
      {
        name: "team-app",
        s3BucketName: BUCKET,
        isMultiRegionTrail: true,
        includeGlobalServiceEvents: true,
        enableLogFileValidation: true,
        enableLogging: true,
        kmsKeyId: KEY_ARN,
        cloudWatchLogsGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:${LOG_GROUP}:*`,
        cloudWatchLogsRoleArn: `arn:aws:iam::${ACCOUNT}:role/team-app-trail-delivery`,
      },
      {
        s3BucketName: [bucketUrn],
        kmsKeyId: [keyUrn],
        cloudWatchLogsGroupArn: [groupUrn],
        cloudWatchLogsRoleArn: [urn(T.role, "trail-delivery")],
      },
    ),
    resource(
      T.topic,
      "alerts",
      { name: "team-app-security-alerts", kmsMasterKeyId: KEY_ARN, arn: TOPIC_ARN },
      { kmsMasterKeyId: [keyUrn] },
    ),
  ];
  for (const alarm of CIS_MONITORING_ALARMS) {
    const filterUrn = urn(T.filter, alarm.id);
    resources.push(
      resource(
        T.filter,
        alarm.id,
        {
          logGroupName: LOG_GROUP,
          pattern: alarm.filterPattern,
          metricTransformation: { name: alarm.metricName, namespace: METRIC_NAMESPACE, value: "1" },
        },
        { logGroupName: [groupUrn] },
      ),
      resource(
        T.alarm,
        alarm.id,
        {
          metricName: alarm.metricName,
          namespace: METRIC_NAMESPACE,
          statistic: "Sum",
          period: 60,
          evaluationPeriods: 1,
          threshold: 1,
          comparisonOperator: "GreaterThanOrEqualToThreshold",
          treatMissingData: "notBreaching",
          alarmActions: [TOPIC_ARN],
        },
        { metricName: [filterUrn], alarmActions: [topicUrn] },
      ),
    );
  }
  return resources;
}

/** The compliant stack with one resource's inputs changed (`undefined` removes an input). */
export function withChange(
  resources: readonly PackResource[],
  type: string,
  name: string,
  change: Record<string, unknown>,
): PackResource[] {
  let found = false;
  const out = resources.map((r) => {
    if (r.type !== type || r.name !== name) return r;
    found = true;
    const inputs: Record<string, unknown> = { ...r.inputs, ...change };
    for (const [k, v] of Object.entries(change)) if (v === undefined) delete inputs[k];
    return { ...r, inputs };
  });
  if (!found) throw new Error(`no ${type} named ${name}`);
  return out;
}

export function without(resources: readonly PackResource[], type: string, name?: string): PackResource[] {
  return resources.filter((r) => !(r.type === type && (name === undefined || r.name === name)));
}
