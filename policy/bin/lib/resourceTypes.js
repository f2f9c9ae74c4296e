"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STACK_POLICY_TYPES = exports.RESOURCE_POLICY_TYPES = exports.DETECTIVE_SERVICE_TYPES = exports.SECURITY_HUB_CONFIGURATION_POLICY_TYPES = exports.SECURITY_HUB_CONTROL_TYPES = exports.CONFIG_RECORDER_STATUS_TYPES = exports.GUARDDUTY_DETECTOR_TYPES = exports.FLOW_LOG_TYPES = exports.DEFAULT_VPC_TYPES = exports.VPC_TYPES = exports.TOPIC_TYPES = exports.ALARM_TYPES = exports.METRIC_FILTER_TYPES = exports.LOG_GROUP_TYPES = exports.KMS_KEY_TYPES = exports.BUCKET_POLICY_TYPES = exports.BUCKET_VERSIONING_TYPES = exports.BUCKET_ENCRYPTION_TYPES = exports.ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPES = exports.PUBLIC_ACCESS_BLOCK_TYPES = exports.BUCKET_TYPES = exports.BUCKET_V2_TYPE = exports.TRAIL_TYPES = void 0;
exports.isNative = isNative;
exports.oneOf = oneOf;
/**
 * Type tokens the pack recognises: `@pulumi/aws` v7, the v6 names where they differ, and
 * `@pulumi/aws-native` (Cloud Control) names.
 */
exports.TRAIL_TYPES = ["aws:cloudtrail/trail:Trail", "aws-native:cloudtrail:Trail"];
/** v6 and v7 (deprecated there): inline settings are lists (`serverSideEncryptionConfigurations`, `versionings`). */
exports.BUCKET_V2_TYPE = "aws:s3/bucketV2:BucketV2";
exports.BUCKET_TYPES = [
    "aws:s3/bucket:Bucket", // v6's legacy bucket and v7's bucket: inline settings are single objects
    exports.BUCKET_V2_TYPE,
    "aws-native:s3:Bucket",
];
exports.PUBLIC_ACCESS_BLOCK_TYPES = ["aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock"];
exports.ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPES = ["aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock"];
exports.BUCKET_ENCRYPTION_TYPES = [
    "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
    "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
];
exports.BUCKET_VERSIONING_TYPES = [
    "aws:s3/bucketVersioning:BucketVersioning",
    "aws:s3/bucketVersioningV2:BucketVersioningV2",
];
exports.BUCKET_POLICY_TYPES = ["aws:s3/bucketPolicy:BucketPolicy", "aws-native:s3:BucketPolicy"];
exports.KMS_KEY_TYPES = ["aws:kms/key:Key", "aws-native:kms:Key"];
exports.LOG_GROUP_TYPES = ["aws:cloudwatch/logGroup:LogGroup", "aws-native:logs:LogGroup"];
exports.METRIC_FILTER_TYPES = ["aws:cloudwatch/logMetricFilter:LogMetricFilter", "aws-native:logs:MetricFilter"];
exports.ALARM_TYPES = ["aws:cloudwatch/metricAlarm:MetricAlarm", "aws-native:cloudwatch:Alarm"];
exports.TOPIC_TYPES = ["aws:sns/topic:Topic", "aws-native:sns:Topic"];
/** The same token in v6 and v7 (`__pulumiType` of ec2/vpc.js and ec2/flowLog.js in both majors). */
exports.VPC_TYPES = ["aws:ec2/vpc:Vpc", "aws-native:ec2:Vpc"];
/**
 * `aws.ec2.DefaultVpc`, the same token in v6 and v7 (ec2/defaultVpc.js): it adopts the region's
 * default VPC into the stack, or creates one when there is none, and holds that VPC's id in `id`
 * and its tags as a VPC does (terraform-provider-aws internal/service/ec2/vpc_default_vpc.go: the
 * schema is kept in sync with aws_vpc's and read by resourceVPCRead). aws-native has no such type.
 */
exports.DEFAULT_VPC_TYPES = ["aws:ec2/defaultVpc:DefaultVpc"];
exports.FLOW_LOG_TYPES = ["aws:ec2/flowLog:FlowLog", "aws-native:ec2:FlowLog"];
/**
 * What turns a detective service off, one type per form (policy/lib/detectiveServices.ts): the
 * same tokens in v6 and v7 (`__pulumiType` of guardduty/detector.js, cfg/recorderStatus.js,
 * securityhub/standardsControl.js, standardsControlAssociation.js and configurationPolicy.js in
 * both majors), and aws-native's (tests/fixtures/policy/awsNativeTypes.ts). aws-native has no
 * Config recorder type at all.
 */
exports.GUARDDUTY_DETECTOR_TYPES = ["aws:guardduty/detector:Detector", "aws-native:guardduty:Detector"];
exports.CONFIG_RECORDER_STATUS_TYPES = ["aws:cfg/recorderStatus:RecorderStatus"];
exports.SECURITY_HUB_CONTROL_TYPES = [
    "aws:securityhub/standardsControl:StandardsControl",
    "aws:securityhub/standardsControlAssociation:StandardsControlAssociation",
    "aws-native:securityhub:Standard",
];
exports.SECURITY_HUB_CONFIGURATION_POLICY_TYPES = [
    "aws:securityhub/configurationPolicy:ConfigurationPolicy",
    "aws-native:securityhub:ConfigurationPolicy",
];
exports.DETECTIVE_SERVICE_TYPES = [
    ...exports.GUARDDUTY_DETECTOR_TYPES,
    ...exports.CONFIG_RECORDER_STATUS_TYPES,
    ...exports.SECURITY_HUB_CONTROL_TYPES,
    ...exports.SECURITY_HUB_CONFIGURATION_POLICY_TYPES,
];
/**
 * The only types the resource policies (`validateResource`) apply to: for any other type each
 * of them answers "not applicable" (a test checks it), so `audit` sends `Analyze` for these alone.
 */
exports.RESOURCE_POLICY_TYPES = [...exports.TRAIL_TYPES, ...exports.KMS_KEY_TYPES, ...exports.DETECTIVE_SERVICE_TYPES];
/**
 * The only types the stack policies read: the stack index drops every other resource before
 * looking at it (and joins only between these), so `audit` sends `AnalyzeStack` these alone.
 */
exports.STACK_POLICY_TYPES = [
    ...exports.TRAIL_TYPES,
    ...exports.BUCKET_TYPES,
    ...exports.PUBLIC_ACCESS_BLOCK_TYPES,
    ...exports.ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPES,
    ...exports.BUCKET_ENCRYPTION_TYPES,
    ...exports.BUCKET_VERSIONING_TYPES,
    ...exports.BUCKET_POLICY_TYPES,
    ...exports.LOG_GROUP_TYPES,
    ...exports.METRIC_FILTER_TYPES,
    ...exports.ALARM_TYPES,
    ...exports.TOPIC_TYPES,
    ...exports.VPC_TYPES,
    ...exports.DEFAULT_VPC_TYPES,
    ...exports.FLOW_LOG_TYPES,
];
function isNative(type) {
    return type.startsWith("aws-native:");
}
function oneOf(types, type) {
    return types.includes(type);
}
