"use strict";
/**
 * AWS limits and naming rules the baseline must respect, each with the page or provider
 * validator it comes from. Config validation, the components and the tests read them from
 * here: nobody writes a limit twice.
 *
 * Lengths are counted the way the provider and the API count them: most string limits are
 * UTF-8 bytes (`utf8Bytes`), not JavaScript characters.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.FLOW_LOG_TRAFFIC_TYPES = exports.KMS_KEY_ARN = exports.VPC_ID = exports.ATHENA_BYTES_SCANNED_CUTOFF_MIN = exports.ATHENA_WORKGROUP_NAME = exports.LAMBDA_FUNCTION_NAME = exports.IAM_ROLE_NAME = exports.CHATBOT_CONFIGURATION_NAME = exports.SLACK_CHANNEL_ID = exports.SLACK_WORKSPACE_ID = exports.METRIC_MATH_ALARM_METRICS_MAX = exports.IAM_ROLE_INLINE_POLICIES_TOTAL = exports.CLOUDTRAIL_ADVANCED_SELECTOR_VALUES = exports.CLOUDTRAIL_TRAILS_PER_REGION = exports.LOGS_QUERY_DEFINITIONS_PER_REGION = exports.S3_BUCKET_POLICY_MAX = exports.KMS_KEY_POLICY_MAX = exports.IAM_ROLE_DESCRIPTION_MAX = exports.KMS_KEY_DESCRIPTION_MAX = exports.CHATBOT_EVENTS_PER_SECOND = exports.SNS_SUBJECT_MAX = exports.SNS_MESSAGE_MAX = exports.EVENTBRIDGE_INPUT_TEMPLATE_MAX = exports.EVENTBRIDGE_RULE_DESCRIPTION_MAX = exports.METRIC_ALARM_DESCRIPTION_MAX = exports.S3_TRANSITION_DEFAULT_MIN_OBJECT_SIZE = exports.S3_MINIMUM_STORAGE_DAYS = exports.S3_TRANSITION_MIN_DAYS = exports.EVENTBRIDGE_EVENT_PATTERN_MAX = exports.EVENTBRIDGE_TARGETS_PER_RULE = exports.EVENTBRIDGE_WILDCARD_RULES_PER_BUS = exports.EVENTBRIDGE_RULES_PER_BUS = exports.METRIC_FILTERS_PER_LOG_GROUP = exports.METRIC_FILTER_PATTERN_MAX = exports.EMAIL_ADDRESS = exports.ACCOUNT_ID = exports.ORGANIZATION_ID = exports.PROJECT_TRAIL_NAME = exports.S3_BUCKET_PREFIX_MAX = exports.S3_BUCKET_NAME = exports.S3_RESERVED_BUCKET_SUFFIXES = exports.S3_RESERVED_BUCKET_PREFIXES = exports.LOG_GROUP_NAME = exports.METRIC_ALARM_NAME = exports.METRIC_FILTER_NAME = exports.EVENTBRIDGE_RULE_NAME = exports.SNS_TOPIC_NAME = exports.KMS_ALIAS_NAME = exports.CLOUDTRAIL_TRAIL_NAME = exports.utf8Bytes = void 0;
exports.FLOW_LOG_S3_FOLDER = exports.FLOW_LOG_TRAFFIC_TYPES_SOURCE = void 0;
exports.truncateUtf8 = truncateUtf8;
exports.nameProblem = nameProblem;
exports.bucketNameProblem = bucketNameProblem;
exports.bucketPrefixProblem = bucketPrefixProblem;
exports.quotaIn = quotaIn;
const ruleChecks_1 = require("./ruleChecks");
Object.defineProperty(exports, "utf8Bytes", { enumerable: true, get: function () { return ruleChecks_1.utf8Bytes; } });
/** The longest prefix of `text` within `maxBytes` UTF-8 bytes, ending in "…" when cut; never splits a character. */
function truncateUtf8(text, maxBytes) {
    if ((0, ruleChecks_1.utf8Bytes)(text) <= maxBytes)
        return text;
    const ellipsis = "…";
    let out = "";
    for (const char of text) {
        if ((0, ruleChecks_1.utf8Bytes)(out + char) + (0, ruleChecks_1.utf8Bytes)(ellipsis) > maxBytes)
            break;
        out += char;
    }
    return out + ellipsis;
}
/** The first way `name` breaks `rule`, in words; undefined when it complies. */
function nameProblem(name, rule) {
    if ((0, ruleChecks_1.utf8Bytes)(name) > rule.maxBytes)
        return `${(0, ruleChecks_1.utf8Bytes)(name)} bytes is over the ${rule.maxBytes} allowed`;
    if (!rule.pattern.test(name))
        return `expected ${rule.allowed}`;
    return undefined;
}
const CLOUDTRAIL_NAMING = "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-trail-naming-requirements.html";
/**
 * CloudTrail trail names: ASCII letters, digits, periods, underscores, dashes; start and end
 * with a letter or digit; 3-128 characters; no adjacent periods, underscores or dashes
 * (`my-_namespace`); not an IP address.
 */
exports.CLOUDTRAIL_TRAIL_NAME = {
    pattern: /^(?!\d{1,3}(?:\.\d{1,3}){3}$)(?=.{3,128}$)[A-Za-z0-9](?:[A-Za-z0-9]|[._-](?=[A-Za-z0-9]))*$/,
    allowed: "3-128 ASCII letters, digits, periods, underscores or dashes, starting and ending with a letter or digit, no two of . _ - side by side, not an IP address",
    maxBytes: 128,
    source: `${CLOUDTRAIL_NAMING} (CreateTrail Name)`,
};
/** KMS alias names; `alias/aws/` is reserved for AWS managed keys. */
exports.KMS_ALIAS_NAME = {
    pattern: /^alias\/(?!aws\/)[a-zA-Z0-9/_-]+$/,
    allowed: "alias/ then letters, digits, /, _ or - (no periods), not alias/aws/",
    maxBytes: 256,
    source: "https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateAlias.html; https://docs.aws.amazon.com/kms/latest/developerguide/alias-create.html; provider internal/service/kms/validate.go",
};
/** Standard SNS topic names (not FIFO). */
exports.SNS_TOPIC_NAME = {
    pattern: /^[A-Za-z0-9_-]{1,256}$/,
    allowed: "1-256 letters, digits, underscores or dashes (no periods)",
    maxBytes: 256,
    source: "https://docs.aws.amazon.com/sns/latest/api/API_CreateTopic.html; provider internal/service/sns/topic.go",
};
exports.EVENTBRIDGE_RULE_NAME = {
    pattern: /^[.\-_A-Za-z0-9]{1,64}$/,
    allowed: "1-64 letters, digits, periods, underscores or dashes",
    maxBytes: 64,
    source: "https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html; provider internal/service/events/validate.go (validateRuleName)",
};
exports.METRIC_FILTER_NAME = {
    pattern: /^[^:*]{1,512}$/,
    allowed: "1-512 characters other than : and *",
    maxBytes: 512,
    source: "https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutMetricFilter.html; provider internal/service/logs/validate.go (validLogMetricFilterName)",
};
exports.METRIC_ALARM_NAME = {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what the name may not hold
    pattern: /^[^\u0000-\u001f\u007f]{1,255}$/,
    allowed: "1-255 printable characters",
    maxBytes: 255,
    source: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html; provider internal/service/cloudwatch/metric_alarm.go",
};
exports.LOG_GROUP_NAME = {
    pattern: /^[.\-_/#A-Za-z0-9]{1,512}$/,
    allowed: "1-512 letters, digits and . _ - / #",
    maxBytes: 512,
    source: "https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogGroup.html; provider internal/service/logs/validate.go (validLogGroupName)",
};
const S3_NAMING = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html";
exports.S3_RESERVED_BUCKET_PREFIXES = ["xn--", "sthree-", "amzn-s3-demo-"];
exports.S3_RESERVED_BUCKET_SUFFIXES = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"];
/** General purpose bucket names: shape here, reserved affixes checked by bucketNameProblem. */
exports.S3_BUCKET_NAME = {
    pattern: /^(?!\d{1,3}(?:\.\d{1,3}){3}$)(?!.*\.\.)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
    allowed: `3-63 lowercase letters, digits, periods or dashes, starting and ending with a letter or digit, no two adjacent periods, not an IP address; not starting with ${exports.S3_RESERVED_BUCKET_PREFIXES.join(", ")}; not ending with ${exports.S3_RESERVED_BUCKET_SUFFIXES.join(", ")}`,
    maxBytes: 63,
    source: S3_NAMING,
};
/** `bucketPrefix` + the 26-digit suffix the provider generates must stay within 63. */
exports.S3_BUCKET_PREFIX_MAX = {
    value: 37,
    unit: "characters",
    source: "provider internal/service/s3/bucket.go (bucket_prefix: StringLenBetween(0, 63-id.UniqueIDSuffixLength), suffix 26); @pulumi/aws s3.BucketArgs.bucketPrefix docs",
};
function bucketNameProblem(name) {
    const shape = nameProblem(name, exports.S3_BUCKET_NAME);
    if (shape)
        return shape;
    const prefix = exports.S3_RESERVED_BUCKET_PREFIXES.find((p) => name.startsWith(p));
    if (prefix)
        return `bucket names must not start with the reserved prefix ${prefix}`;
    const suffix = exports.S3_RESERVED_BUCKET_SUFFIXES.find((s) => name.endsWith(s));
    if (suffix)
        return `bucket names must not end with the reserved suffix ${suffix}`;
    return undefined;
}
/** A `bucketPrefix` is valid when every name the provider can make from it is. */
function bucketPrefixProblem(prefix) {
    if (prefix.length > exports.S3_BUCKET_PREFIX_MAX.value)
        return `${prefix.length} characters is over the ${exports.S3_BUCKET_PREFIX_MAX.value} a bucket prefix allows`;
    return bucketNameProblem(`${prefix}${"0".repeat(26)}`);
}
/**
 * The project's own rule for `trailName`: CloudTrail's rule, minus periods (KMS aliases and
 * SNS topic names, which embed it, reject them; renaming them differently from the trail
 * would make `a.b` and `a-b` collide), capped at 24 characters because the longest bucket
 * prefix built from it, `<trailName>-access-logs-`, must fit S3_BUCKET_PREFIX_MAX (24 + 13 = 37).
 */
exports.PROJECT_TRAIL_NAME = {
    pattern: /^(?=.{3,24}$)[A-Za-z0-9](?:[A-Za-z0-9]|[_-](?=[A-Za-z0-9]))*$/,
    allowed: "3-24 ASCII letters, digits, underscores or dashes, starting and ending with a letter or digit, no _ or - side by side (CloudTrail's rule; no periods, which KMS aliases and SNS topic names reject; 24 so the derived S3 bucket prefix fits 37 characters)",
    maxBytes: 24,
    source: `${CLOUDTRAIL_NAMING}; and the KMS alias, SNS topic name and S3 bucket prefix rules (docs/limits.md, Limits and naming rules)`,
};
exports.ORGANIZATION_ID = {
    pattern: /^o-[a-z0-9]{10,32}$/,
    allowed: "an AWS Organizations id: o- then 10-32 lowercase letters or digits, such as o-a1b2c3d4e5",
    source: "https://docs.aws.amazon.com/organizations/latest/APIReference/API_Organization.html (Id pattern)",
};
exports.ACCOUNT_ID = {
    pattern: /^\d{12}$/,
    allowed: "a 12-digit AWS account id such as 123456789012",
    source: "https://docs.aws.amazon.com/organizations/latest/APIReference/API_Account.html (Id pattern ^\\d{12}$)",
};
/**
 * Email endpoints SNS can deliver to. AWS publishes no pattern, so this is the WHATWG
 * "valid email address" (what browsers accept) plus a required dot-separated top-level
 * domain of 2+ letters: it refuses spaces, a second @, empty labels and a missing TLD.
 */
exports.EMAIL_ADDRESS = {
    pattern: /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,63}$/,
    allowed: "an email address such as secops@example.com (no spaces, one @, a domain with a top-level domain)",
    source: "https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address; https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html (email endpoint)",
};
/** Metric filter patterns: the provider counts UTF-8 bytes of the trimmed pattern. */
exports.METRIC_FILTER_PATTERN_MAX = {
    value: 1024,
    unit: "UTF-8 bytes",
    source: "https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutMetricFilter.html (filterPattern max 1024); provider internal/service/logs/metric_filter.go (verify.StringUTF8LenBetween(0, 1024))",
};
exports.METRIC_FILTERS_PER_LOG_GROUP = {
    value: 100,
    unit: "items",
    adjustable: false,
    source: "https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutMetricFilter.html; https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/cloudwatch_limits_cwl.html",
};
const EVENTBRIDGE_QUOTAS = "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html";
/** Rules per event bus: 300, but 100 in af-south-1 and eu-south-1 (the quota table's Region rows). */
exports.EVENTBRIDGE_RULES_PER_BUS = {
    value: 300,
    unit: "items",
    adjustable: true,
    perRegion: { "af-south-1": 100, "eu-south-1": 100 },
    source: `${EVENTBRIDGE_QUOTAS} (Number of rules: af-south-1 100, eu-south-1 100, each other supported Region 300)`,
};
/** The quota in `region`: its documented Regional value, or the default. */
function quotaIn(limit, region) {
    return limit.perRegion?.[region] ?? limit.value;
}
exports.EVENTBRIDGE_WILDCARD_RULES_PER_BUS = {
    value: 30,
    unit: "items",
    adjustable: false,
    source: `${EVENTBRIDGE_QUOTAS} (Rules containing wildcards, per event bus, cannot be adjusted)`,
};
exports.EVENTBRIDGE_TARGETS_PER_RULE = {
    value: 5,
    unit: "items",
    adjustable: false,
    source: `${EVENTBRIDGE_QUOTAS} (Targets per rule)`,
};
exports.EVENTBRIDGE_EVENT_PATTERN_MAX = {
    value: 2048,
    unit: "characters",
    adjustable: true,
    source: `${EVENTBRIDGE_QUOTAS} (Event pattern size, in characters)`,
};
const S3_TRANSITIONS = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html";
/** S3 refuses a lifecycle transition to these classes before this many days. */
exports.S3_TRANSITION_MIN_DAYS = {
    STANDARD_IA: {
        value: 30,
        unit: "days",
        source: `https://docs.aws.amazon.com/AmazonS3/latest/API/API_Transition.html; ${S3_TRANSITIONS}`,
    },
    ONEZONE_IA: { value: 30, unit: "days", source: `https://docs.aws.amazon.com/AmazonS3/latest/API/API_Transition.html; ${S3_TRANSITIONS}` },
};
/** Deleting an object earlier bills the remaining days anyway (pro-rated early deletion). */
exports.S3_MINIMUM_STORAGE_DAYS = {
    STANDARD_IA: {
        value: 30,
        unit: "days",
        source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html#sc-compare",
    },
    GLACIER_IR: {
        value: 90,
        unit: "days",
        source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html#sc-compare",
    },
    GLACIER: { value: 90, unit: "days", source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html#sc-compare" },
    DEEP_ARCHIVE: {
        value: 180,
        unit: "days",
        source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html#sc-compare",
    },
};
/** Since September 2024 S3 lifecycle does not transition objects under 128 KB by default. */
exports.S3_TRANSITION_DEFAULT_MIN_OBJECT_SIZE = {
    value: 128 * 1024,
    unit: "bytes",
    source: `https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html (transitionDefaultMinimumObjectSize all_storage_classes_128K); ${S3_TRANSITIONS}`,
};
/** Description and template lengths the plan checker (tests/config/planLimits.test.ts) holds every planned resource to. */
exports.METRIC_ALARM_DESCRIPTION_MAX = {
    value: 1024,
    unit: "UTF-8 bytes",
    source: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html (AlarmDescription 0-1024); provider internal/service/cloudwatch/metric_alarm.go",
};
exports.EVENTBRIDGE_RULE_DESCRIPTION_MAX = {
    value: 512,
    unit: "UTF-8 bytes",
    source: "https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html (Description max 512); provider internal/service/events/rule.go",
};
exports.EVENTBRIDGE_INPUT_TEMPLATE_MAX = {
    value: 8192,
    unit: "UTF-8 bytes",
    source: "https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_InputTransformer.html (InputTemplate max 8192); provider internal/service/events/target.go",
};
/** An SNS message: what a real-time alert, alarm notification or self-healing report may weigh. */
exports.SNS_MESSAGE_MAX = {
    value: 262_144,
    unit: "UTF-8 bytes",
    adjustable: false,
    source: 'https://docs.aws.amazon.com/sns/latest/api/API_Publish.html (Message: "at most 256 KB in size (262,144 bytes, not 262,144 characters)")',
};
/** An SNS message subject (the email subject line): ASCII, no line breaks, less than 100 characters. */
exports.SNS_SUBJECT_MAX = {
    value: 99,
    unit: "characters",
    adjustable: false,
    source: 'https://docs.aws.amazon.com/sns/latest/api/API_Publish.html (Subject: "must be less than 100 characters long")',
};
/** Custom notifications Chatbot delivers to a channel a second; it throttles the rest. */
exports.CHATBOT_EVENTS_PER_SECOND = {
    value: 10,
    unit: "items",
    adjustable: false,
    source: 'https://docs.aws.amazon.com/chatbot/latest/adminguide/chatbot-troubleshooting.html ("AWS Chatbot allows for 10 events per second. If more than 10 events per second are received, any event above 10 is throttled.")',
};
exports.KMS_KEY_DESCRIPTION_MAX = {
    value: 8192,
    unit: "UTF-8 bytes",
    source: "https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateKey.html (Description 0-8192)",
};
exports.IAM_ROLE_DESCRIPTION_MAX = {
    value: 1000,
    unit: "characters",
    source: "https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html (Description max 1000)",
};
// ---------------------------------------------------------------------------------------
// Component-side limits (what the components split or cut to stay within).
// ---------------------------------------------------------------------------------------
// The components cut descriptions and templates to METRIC_ALARM_DESCRIPTION_MAX,
// EVENTBRIDGE_RULE_DESCRIPTION_MAX and EVENTBRIDGE_INPUT_TEMPLATE_MAX, split watched secrets by
// METRIC_FILTER_PATTERN_MAX and EVENTBRIDGE_EVENT_PATTERN_MAX (above), and group rules by:
/** Metrics one metric-math alarm may reference. */
/** A KMS key policy document's size. */
exports.KMS_KEY_POLICY_MAX = {
    value: 32_768,
    unit: "bytes",
    adjustable: false,
    source: 'https://docs.aws.amazon.com/kms/latest/developerguide/resource-limits.html ("The maximum length of each key policy document is 32 KB (32,768 bytes)"; the one KMS quota that cannot be raised)',
};
/** An S3 bucket policy's size. */
exports.S3_BUCKET_POLICY_MAX = {
    value: 20_480,
    unit: "bytes",
    adjustable: false,
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/add-bucket-policy.html ("Bucket policies are limited to 20 KB in size.")',
};
/** Logs Insights saved queries (query definitions) per account and Region. */
exports.LOGS_QUERY_DEFINITIONS_PER_REGION = {
    value: 1000,
    unit: "items",
    adjustable: false,
    source: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/cloudwatch_limits_cwl.html (Saved queries: "You can save as many as 1000 CloudWatch Logs Insights queries, per Region per account. This quota can\'t be changed.")',
};
/** Trails per Region (a multi-Region trail counts in every Region). */
exports.CLOUDTRAIL_TRAILS_PER_REGION = {
    value: 5,
    unit: "items",
    adjustable: false,
    source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/WhatIsCloudTrail-Limits.html (Trails per Region: 5; cannot be increased)",
};
/** Values across all conditions of a trail's advanced event selectors. */
exports.CLOUDTRAIL_ADVANCED_SELECTOR_VALUES = {
    value: 500,
    unit: "items",
    adjustable: false,
    source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/WhatIsCloudTrail-Limits.html (Advanced event selectors: a maximum of 500 total values for all conditions in all advanced event selectors)",
};
/** The inline policies of one role together, whitespace not counted. */
exports.IAM_ROLE_INLINE_POLICIES_TOTAL = {
    value: 10_240,
    unit: "characters",
    adjustable: false,
    source: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html (Role policy size: the aggregate of all inline policies of a role cannot exceed 10,240 characters; IAM does not count white space)",
};
exports.METRIC_MATH_ALARM_METRICS_MAX = {
    value: 10,
    unit: "items",
    adjustable: false,
    source: 'CloudWatch user guide, alarm limits: "Alarms based on metric math expressions can reference a maximum of 10 metrics. This is a hard limit" (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-limits.html)',
};
// ---------------------------------------------------------------------------------------
// Investigation: chat (AWS Chatbot, now "Amazon Q Developer in chat applications").
// The provider (hashicorp/terraform-provider-aws internal/service/chatbot/slack_channel_configuration.go)
// validates none of these fields; the API does, so these rules come from its reference.
// ---------------------------------------------------------------------------------------
const CHATBOT_CREATE_SLACK = "https://docs.aws.amazon.com/chatbot/latest/APIReference/API_CreateSlackChannelConfiguration.html";
/** Slack workspace (team) ids: upper-case letters and digits, as the Chatbot console shows them (T07EA123LEP). */
exports.SLACK_WORKSPACE_ID = {
    pattern: /^[0-9A-Z]{1,255}$/,
    allowed: "the workspace id the AWS Chatbot console shows after you authorise the workspace: 1-255 upper-case letters or digits, such as T07EA123LEP",
    maxBytes: 255,
    source: `${CHATBOT_CREATE_SLACK} (SlackTeamId: pattern ^[0-9A-Z]{1,255}$); botocore chatbot/2017-10-11 service-2.json (SlackTeamId)`,
};
/** Slack channel ids: letters and digits (C07EZ1ABC23); the channel's name is not accepted. */
exports.SLACK_CHANNEL_ID = {
    pattern: /^[A-Za-z0-9]{1,255}$/,
    allowed: "the channel id (not its name) from Slack's channel details: 1-255 letters or digits, such as C07EZ1ABC23",
    maxBytes: 255,
    source: `${CHATBOT_CREATE_SLACK} (SlackChannelId: 1-255, pattern ^[A-Za-z0-9]+$); botocore chatbot/2017-10-11 service-2.json (SlackChannelId)`,
};
/** Chatbot configuration names. */
exports.CHATBOT_CONFIGURATION_NAME = {
    pattern: /^[A-Za-z0-9_-]{1,128}$/,
    allowed: "1-128 letters, digits, underscores or dashes",
    maxBytes: 128,
    source: `${CHATBOT_CREATE_SLACK} (ConfigurationName: 1-128, pattern ^[A-Za-z0-9-_]+$)`,
};
/** IAM role names (the chat channel role and the self-healing function's role). */
exports.IAM_ROLE_NAME = {
    pattern: /^[\w+=,.@-]{1,64}$/,
    allowed: "1-64 letters, digits and + = , . @ _ -",
    maxBytes: 64,
    source: "https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html (RoleName: 1-64, pattern [\\w+=,.@-]+)",
};
/** Lambda function names (the self-healing function). */
exports.LAMBDA_FUNCTION_NAME = {
    pattern: /^[A-Za-z0-9_-]{1,64}$/,
    allowed: "1-64 letters, digits, underscores or dashes",
    maxBytes: 64,
    source: "https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html (FunctionName: a name is up to 64 characters of a-z A-Z 0-9 - _)",
};
/** Athena workgroup names. */
exports.ATHENA_WORKGROUP_NAME = {
    pattern: /^[a-zA-Z0-9._-]{1,128}$/,
    allowed: "1-128 letters, digits, periods, underscores or dashes",
    maxBytes: 128,
    source: "https://docs.aws.amazon.com/athena/latest/APIReference/API_CreateWorkGroup.html (Name: pattern [a-zA-Z0-9._-]{1,128})",
};
/**
 * Athena's smallest per-query scan limit a workgroup takes through the provider: the API's
 * minimum is 10,000,000 bytes, but terraform-provider-aws accepts only 0 (no limit) or at least
 * 10,485,760 (internal/service/athena/workgroup.go, lines 61-64; lib/providerRules.ts).
 */
exports.ATHENA_BYTES_SCANNED_CUTOFF_MIN = {
    value: 10_485_760,
    unit: "bytes",
    source: "terraform-provider-aws internal/service/athena/workgroup.go lines 61-64 (validation.Any(IntAtLeast(10485760), IntInSlice([0]))); https://docs.aws.amazon.com/athena/latest/APIReference/API_WorkGroupConfiguration.html (BytesScannedCutoffPerQuery: minimum 10000000)",
};
// ---------------------------------------------------------------------------------------
// Logging coverage (settings/coverage.ts): VPC flow logs, member accounts, central archive.
// ---------------------------------------------------------------------------------------
/**
 * VPC ids: `vpc-` then 8 hex characters (older resources) or 17 (longer IDs, every resource
 * created since 2018): EC2 user guide, "Resource IDs" ("Each resource identifier ... consists of
 * a resource type prefix and a unique ... combination of letters and numbers"; "longer IDs ... 17
 * characters"), https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/resource-ids.html.
 */
exports.VPC_ID = {
    pattern: /^vpc-(?:[0-9a-f]{8}|[0-9a-f]{17})$/,
    allowed: "a VPC id: vpc- then 8 or 17 lowercase hex characters, such as vpc-0a1b2c3d4e5f67890",
    source: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/resource-ids.html",
};
/**
 * A KMS key ARN (not an alias, not a bare key id): `arn:<partition>:kms:<region>:<account>:key/<key id>`,
 * the key id a UUID or, for a multi-Region key, `mrk-` and 32 hex characters. KMS developer
 * guide, "Key identifiers (KeyId)", https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id.
 * CloudTrail takes a key ARN for a key in another account (CreateTrail KmsKeyId:
 * https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_CreateTrail.html).
 */
exports.KMS_KEY_ARN = {
    pattern: /^arn:(aws|aws-us-gov|aws-cn):kms:([a-z]{2}(?:-[a-z]+)+-\d):(\d{12}):key\/(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/,
    allowed: "a KMS key ARN such as arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab (not an alias or a bare key id)",
    source: "https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id",
};
/** What a flow log records: accepted, rejected or all traffic (CreateFlowLogs TrafficType). */
exports.FLOW_LOG_TRAFFIC_TYPES = ["ALL", "ACCEPT", "REJECT"];
exports.FLOW_LOG_TRAFFIC_TYPES_SOURCE = "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateFlowLogs.html (TrafficType)";
/**
 * The folder flow logs use inside the log archive bucket. EC2 CreateFlowLogs, LogDestination:
 * "Note that you can't use AWSLogs as a subfolder name"
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateFlowLogs.html); files land at
 * `<folder>/AWSLogs/<account id>/vpcflowlogs/<region>/<yyyy>/<mm>/<dd>/<hh>/` with hourly
 * partitions (VPC user guide, "Flow log files",
 * https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-s3-path.html).
 */
exports.FLOW_LOG_S3_FOLDER = "vpc-flow-logs";
