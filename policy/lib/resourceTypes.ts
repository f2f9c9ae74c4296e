/**
 * Type tokens the pack recognises: `@pulumi/aws` v7, the v6 names where they differ, and
 * `@pulumi/aws-native` (Cloud Control) names.
 */
export const TRAIL_TYPES = ["aws:cloudtrail/trail:Trail", "aws-native:cloudtrail:Trail"] as const;

/** v6 and v7 (deprecated there): inline settings are lists (`serverSideEncryptionConfigurations`, `versionings`). */
export const BUCKET_V2_TYPE = "aws:s3/bucketV2:BucketV2";

export const BUCKET_TYPES = [
  "aws:s3/bucket:Bucket", // v6's legacy bucket and v7's bucket: inline settings are single objects
  BUCKET_V2_TYPE,
  "aws-native:s3:Bucket",
] as const;

export const PUBLIC_ACCESS_BLOCK_TYPES = ["aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock"] as const;
export const ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPES = ["aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock"] as const;
export const BUCKET_ENCRYPTION_TYPES = [
  "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
  "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
] as const;
export const BUCKET_VERSIONING_TYPES = [
  "aws:s3/bucketVersioning:BucketVersioning",
  "aws:s3/bucketVersioningV2:BucketVersioningV2",
] as const;
export const BUCKET_POLICY_TYPES = ["aws:s3/bucketPolicy:BucketPolicy", "aws-native:s3:BucketPolicy"] as const;

export const KMS_KEY_TYPES = ["aws:kms/key:Key", "aws-native:kms:Key"] as const;
export const LOG_GROUP_TYPES = ["aws:cloudwatch/logGroup:LogGroup", "aws-native:logs:LogGroup"] as const;
export const METRIC_FILTER_TYPES = ["aws:cloudwatch/logMetricFilter:LogMetricFilter", "aws-native:logs:MetricFilter"] as const;
export const ALARM_TYPES = ["aws:cloudwatch/metricAlarm:MetricAlarm", "aws-native:cloudwatch:Alarm"] as const;
export const TOPIC_TYPES = ["aws:sns/topic:Topic", "aws-native:sns:Topic"] as const;
/** The same token in v6 and v7 (`__pulumiType` of ec2/vpc.js and ec2/flowLog.js in both majors). */
export const VPC_TYPES = ["aws:ec2/vpc:Vpc", "aws-native:ec2:Vpc"] as const;
/**
 * `aws.ec2.DefaultVpc`, the same token in v6 and v7 (ec2/defaultVpc.js): it adopts the region's
 * default VPC into the stack, or creates one when there is none, and holds that VPC's id in `id`
 * and its tags as a VPC does (terraform-provider-aws internal/service/ec2/vpc_default_vpc.go: the
 * schema is kept in sync with aws_vpc's and read by resourceVPCRead). aws-native has no such type.
 */
export const DEFAULT_VPC_TYPES = ["aws:ec2/defaultVpc:DefaultVpc"] as const;
export const FLOW_LOG_TYPES = ["aws:ec2/flowLog:FlowLog", "aws-native:ec2:FlowLog"] as const;

/**
 * What turns a detective service off, one type per form (policy/lib/detectiveServices.ts): the
 * same tokens in v6 and v7 (`__pulumiType` of guardduty/detector.js, cfg/recorderStatus.js,
 * securityhub/standardsControl.js, standardsControlAssociation.js and configurationPolicy.js in
 * both majors), and aws-native's (tests/fixtures/policy/awsNativeTypes.ts). aws-native has no
 * Config recorder type at all.
 */
export const GUARDDUTY_DETECTOR_TYPES = ["aws:guardduty/detector:Detector", "aws-native:guardduty:Detector"] as const;
export const CONFIG_RECORDER_STATUS_TYPES = ["aws:cfg/recorderStatus:RecorderStatus"] as const;
export const SECURITY_HUB_CONTROL_TYPES = [
  "aws:securityhub/standardsControl:StandardsControl",
  "aws:securityhub/standardsControlAssociation:StandardsControlAssociation",
  "aws-native:securityhub:Standard",
] as const;
export const SECURITY_HUB_CONFIGURATION_POLICY_TYPES = [
  "aws:securityhub/configurationPolicy:ConfigurationPolicy",
  "aws-native:securityhub:ConfigurationPolicy",
] as const;
export const DETECTIVE_SERVICE_TYPES = [
  ...GUARDDUTY_DETECTOR_TYPES,
  ...CONFIG_RECORDER_STATUS_TYPES,
  ...SECURITY_HUB_CONTROL_TYPES,
  ...SECURITY_HUB_CONFIGURATION_POLICY_TYPES,
] as const;

/**
 * The only types the resource policies (`validateResource`) apply to: for any other type each
 * of them answers "not applicable" (a test checks it), so `audit` sends `Analyze` for these alone.
 */
export const RESOURCE_POLICY_TYPES: readonly string[] = [...TRAIL_TYPES, ...KMS_KEY_TYPES, ...DETECTIVE_SERVICE_TYPES];

/**
 * The only types the stack policies read: the stack index drops every other resource before
 * looking at it (and joins only between these), so `audit` sends `AnalyzeStack` these alone.
 */
export const STACK_POLICY_TYPES: readonly string[] = [
  ...TRAIL_TYPES,
  ...BUCKET_TYPES,
  ...PUBLIC_ACCESS_BLOCK_TYPES,
  ...ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPES,
  ...BUCKET_ENCRYPTION_TYPES,
  ...BUCKET_VERSIONING_TYPES,
  ...BUCKET_POLICY_TYPES,
  ...LOG_GROUP_TYPES,
  ...METRIC_FILTER_TYPES,
  ...ALARM_TYPES,
  ...TOPIC_TYPES,
  ...VPC_TYPES,
  ...DEFAULT_VPC_TYPES,
  ...FLOW_LOG_TYPES,
];

export function isNative(type: string): boolean {
  return type.startsWith("aws-native:");
}

export function oneOf(types: readonly string[], type: string): boolean {
  return types.includes(type);
}
