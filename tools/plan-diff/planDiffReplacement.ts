/**
 * Which input changes make Pulumi replace a resource (delete + create) instead of updating it:
 * the provider marks these inputs ForceNew (the upstream Terraform AWS provider's schema).
 * In @pulumi/aws v7 every resource takes a `region` input, and moving a resource to another
 * region is always a replacement.
 */

export const TRAIL = "aws:cloudtrail/trail:Trail";
export const BUCKET = "aws:s3/bucket:Bucket";
export const KMS_KEY = "aws:kms/key:Key";
export const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
export const METRIC_ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";

const REPLACE_ON_CHANGE: Readonly<Record<string, readonly string[]>> = {
  [TRAIL]: ["name"],
  [BUCKET]: ["bucket", "bucketPrefix", "objectLockEnabled"],
  [KMS_KEY]: ["customerMasterKeySpec", "keyUsage", "multiRegion", "customKeyStoreId", "xksKeyId"],
  [LOG_GROUP]: ["name", "namePrefix", "logGroupClass"],
  "aws:cloudwatch/logMetricFilter:LogMetricFilter": ["name", "logGroupName"],
  [METRIC_ALARM]: ["alarmName"],
  "aws:cloudwatch/eventRule:EventRule": ["name", "namePrefix", "eventBusName"],
  "aws:cloudwatch/eventTarget:EventTarget": ["rule", "targetId", "eventBusName"],
  "aws:sns/topic:Topic": ["name", "namePrefix", "fifoTopic"],
  "aws:sns/topicSubscription:TopicSubscription": ["topic", "protocol", "endpoint"],
  "aws:kms/alias:Alias": ["name", "namePrefix"],
  "aws:iam/role:Role": ["name", "namePrefix", "path"],
  "aws:iam/rolePolicy:RolePolicy": ["name", "namePrefix", "role"],
};

/** Sub-resources of a bucket (`BucketPolicy`, `BucketVersioning`, ...) are replaced when they move to another bucket. */
const BUCKET_SUB_RESOURCE = /^aws:s3\/bucket[A-Z]\w*:Bucket\w+$/;

/** The top-level input keys whose change replaces a resource of this type. */
export function replaceOnChangeKeys(type: string): readonly string[] {
  const keys = REPLACE_ON_CHANGE[type] ?? (BUCKET_SUB_RESOURCE.test(type) ? ["bucket"] : []);
  return type.startsWith("aws:") ? [...keys, "region"] : keys;
}

/**
 * The evidence chain: replacing or deleting one of these loses evidence or leaves a gap, so the
 * comment warns in words a reviewer cannot miss.
 */
export const CRITICAL_CONSEQUENCES: Readonly<Record<string, { readonly label: string; readonly consequence: string }>> = {
  [TRAIL]: {
    label: "trail",
    consequence: "CloudTrail records nothing between the delete and the create: API activity in that window is lost for good.",
  },
  [BUCKET]: {
    label: "log bucket",
    consequence:
      'The baseline protects this bucket, so Pulumi will not replace it: `pulumi preview` and `pulumi up` stop with "unable to replace resource ... as it is currently marked for protection". ' +
      "If only `objectLockEnabled` changes, turn Object Lock on for the existing bucket instead (S3 allows it on a versioned bucket: `aws s3api put-object-lock-configuration --bucket <name> --object-lock-configuration ObjectLockEnabled=Enabled`), run `pulumi refresh`, and check that the preview no longer replaces it. " +
      "To replace it on purpose, `pulumi state unprotect` it first: a new, empty bucket then receives the logs, and the old one stays in the account with its logs (retainOnDelete) but leaves the stack.",
  },
  [KMS_KEY]: {
    label: "KMS key",
    consequence:
      'The baseline protects this key, so Pulumi will not replace it: `pulumi preview` and `pulumi up` stop with "unable to replace resource ... as it is currently marked for protection". ' +
      "If it is replaced after `pulumi state unprotect`, logs, log events and messages already encrypted under the old key stay readable only while that key exists: it stays in the account (retainOnDelete); never schedule it for deletion while that evidence is kept.",
  },
  [LOG_GROUP]: {
    label: "log group",
    consequence:
      "The new log group starts empty: its event history and the metric filters on it are recreated, and alarms see no data until delivery resumes.",
  },
};
