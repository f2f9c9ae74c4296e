"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ENABLED_BY_DEFAULT_REGIONS = exports.GLOBAL_SERVICE_EVENT_SOURCES = exports.US_EAST_1_ONLY_EVENT_SOURCES = exports.GLOBAL_EVENTS_REGION = exports.AWS_REGIONS = void 0;
exports.partitionOf = partitionOf;
exports.regionalServicePrincipal = regionalServicePrincipal;
exports.isOptInRegion = isOptInRegion;
/**
 * AWS regions a baseline can be deployed to: commercial, GovCloud and China partitions.
 * Kept as data so config validation needs no credentials; add new regions here.
 */
exports.AWS_REGIONS = [
    "us-east-1",
    "us-east-2",
    "us-west-1",
    "us-west-2",
    "af-south-1",
    "ap-east-1",
    "ap-east-2",
    "ap-south-1",
    "ap-south-2",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-northeast-3",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-southeast-4",
    "ap-southeast-5",
    "ap-southeast-6",
    "ap-southeast-7",
    "ca-central-1",
    "ca-west-1",
    "eu-central-1",
    "eu-central-2",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "eu-south-1",
    "eu-south-2",
    "eu-north-1",
    "il-central-1",
    "me-south-1",
    "me-central-1",
    "mx-central-1",
    "sa-east-1",
    "us-gov-east-1",
    "us-gov-west-1",
    "cn-north-1",
    "cn-northwest-1",
];
/** The partition a region belongs to, for ARNs and service principals. */
function partitionOf(region) {
    if (region.startsWith("us-gov-"))
        return "aws-us-gov";
    if (region.startsWith("cn-"))
        return "aws-cn";
    return "aws";
}
/**
 * A Region-scoped service principal (`<service>.<region>.<suffix>`), as the AWS provider's
 * `aws_service_principal` data source composes it (hashicorp/terraform-provider-aws,
 * internal/service/meta/service_principal_data_source.go, servicePrincipalNameForPartition): in
 * aws-cn the `logs` principal (with `codedeploy` and `elasticmapreduce`) ends in the partition's
 * DNS suffix `amazonaws.com.cn`; every other principal here ends in `amazonaws.com`. Only CloudWatch
 * Logs' principal is Regional among those the components build.
 */
function regionalServicePrincipal(service, region) {
    const suffix = partitionOf(region) === "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com";
    return `${service}.${region}.${suffix}`;
}
/**
 * Where the global services' CloudTrail events are recorded, and so where EventBridge hands
 * them to rules: CloudTrail user guide, "Global service events"
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html#cloudtrail-concepts-global-service-events):
 * "events created by CloudFront, IAM, and AWS STS are recorded in ... us-east-1".
 */
exports.GLOBAL_EVENTS_REGION = "us-east-1";
/**
 * Services whose events reach EventBridge in us-east-1 only, each with its source:
 * - IAM (global endpoint only) and CloudFront: CloudTrail user guide, "Global service events"
 *   (page above): "events created by CloudFront, IAM, and AWS STS are recorded in ... us-east-1".
 * - AWS Organizations and AWS Account Management: AWS knowledge center, "How do I use an
 *   EventBridge rule across Regions?"
 *   (https://repost.aws/knowledge-center/use-eventbridge-rule-across-regions): "AWS global
 *   services, such as ... IAM, AWS Organizations, and AWS Account Management deliver events only
 *   to us-east-1 Region".
 * - Route 53: AWS knowledge center, "Why does my EventBridge rule for IAM events only trigger in
 *   the us-east-1 Region?" (https://repost.aws/knowledge-center/eventbridge-rule-triggers-iam-single-region):
 *   "AWS global services, such as ... IAM and Amazon Route 53, are available only in the us-east-1
 *   Region. The default event bus for the us-east-1 Region receives all events that the global
 *   services generate."
 * EventBridge sources are `aws.<name>` for `<name>.amazonaws.com` (EventBridge events reference,
 * e.g. "AWS Account Management events": source aws.account, eventSource account.amazonaws.com).
 */
exports.US_EAST_1_ONLY_EVENT_SOURCES = [
    "iam.amazonaws.com",
    "organizations.amazonaws.com",
    "cloudfront.amazonaws.com",
    "route53.amazonaws.com",
    "account.amazonaws.com",
];
/**
 * Every service with global-service events in us-east-1. Besides those above:
 * - STS: calls to the global endpoint are recorded in us-east-1, and "When you use an AWS STS
 *   Region-specific endpoint, the trail in that Region delivers only the AWS STS events that
 *   occur in that Region" (CloudTrail user guide, "AWS Security Token Service and CloudTrail"),
 *   and current SDKs default to the Regional endpoint: an STS rule belongs in every Region.
 * - Console sign-in: "AWS Management Console sign-in events are global service events", yet the
 *   page's own IAM-user ConsoleLogin example is recorded in us-east-2 (CloudTrail user guide,
 *   "AWS Management Console sign-in events"): sign-in through a Regional console endpoint is
 *   recorded in that Region, so a sign-in rule also belongs in every Region.
 */
exports.GLOBAL_SERVICE_EVENT_SOURCES = [...exports.US_EAST_1_ONLY_EVENT_SOURCES, "sts.amazonaws.com", "signin.amazonaws.com"];
/**
 * Commercial Regions enabled in every account: "Regions launched before March 20, 2019 are
 * enabled by default"; those launched later are opt-in Regions, "disabled by default" (AWS
 * Account Management reference, Enable or disable AWS Regions in your account,
 * https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-regions.html). The GovCloud
 * and China Regions have no opt-in.
 */
exports.ENABLED_BY_DEFAULT_REGIONS = [
    "us-east-1",
    "us-east-2",
    "us-west-1",
    "us-west-2",
    "ap-south-1",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-northeast-3",
    "ap-southeast-1",
    "ap-southeast-2",
    "ca-central-1",
    "eu-central-1",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "eu-north-1",
    "sa-east-1",
];
/** Whether a Region is disabled by default (an opt-in Region). */
function isOptInRegion(region) {
    return partitionOf(region) === "aws" && !exports.ENABLED_BY_DEFAULT_REGIONS.includes(region);
}
