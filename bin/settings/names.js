"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_NAME_PREFIX = exports.DELIVERY_FAILURE_ALARM_ID = void 0;
exports.logGroupNameFor = logGroupNameFor;
exports.bucketPrefixFor = bucketPrefixFor;
exports.residencyBucketPrefixFor = residencyBucketPrefixFor;
exports.residencyAccessLogBucketPrefixFor = residencyAccessLogBucketPrefixFor;
exports.configBucketPrefixFor = configBucketPrefixFor;
exports.configRecorderNameFor = configRecorderNameFor;
exports.configAggregatorNameFor = configAggregatorNameFor;
exports.residencyTrailNameFor = residencyTrailNameFor;
exports.topicNameFor = topicNameFor;
exports.chatTopicNameFor = chatTopicNameFor;
exports.ruleNameFor = ruleNameFor;
exports.alarmNameFor = alarmNameFor;
exports.deliveryFailureAlarmId = deliveryFailureAlarmId;
exports.deliveryFailureAlarmNameFor = deliveryFailureAlarmNameFor;
exports.flowLogGroupNameFor = flowLogGroupNameFor;
exports.athenaName = athenaName;
exports.chatConfigurationName = chatConfigurationName;
exports.chatRoleName = chatRoleName;
exports.chatLogGroupName = chatLogGroupName;
exports.functionLogGroupName = functionLogGroupName;
exports.investigationNames = investigationNames;
exports.selfHealingRuleNames = selfHealingRuleNames;
exports.stableSuffix = stableSuffix;
exports.fitBytes = fitBytes;
exports.querySegment = querySegment;
exports.queryDefinitionNames = queryDefinitionNames;
/**
 * Every physical name the baseline derives from its settings, in one place. The builders name
 * their resources with these and configuration validation holds the same names to the provider's
 * and AWS's rules (settings/limits.ts, lib/providerRules.ts) before anything deploys, so what is
 * validated is what deploys. Derived names that could break a rule are made valid by
 * construction instead (query definition names).
 */
const crypto_1 = require("crypto");
const ruleChecks_1 = require("../lib/ruleChecks");
const unrecoverableChanges_1 = require("../lib/unrecoverableChanges");
/** The trail's CloudWatch Logs log group. */
function logGroupNameFor(trailName) {
    return `/aws/cloudtrail/${trailName}`;
}
/**
 * S3 bucket names are lowercase letters, digits, dots and dashes; dots break TLS wildcard
 * certificates. The prefix leaves room for the 26 characters the provider's naming adds.
 */
function bucketPrefixFor(trailName, purpose) {
    return `${trailName.toLowerCase().replace(/[._]/g, "-")}-${purpose}-`;
}
/** `<trailName>-residency-` fits the 37-character bucket prefix: trailName is at most 24 (lib/awsLimits.ts PROJECT_TRAIL_NAME). */
function residencyBucketPrefixFor(trailName) {
    return `${trailName.toLowerCase().replace(/[._]/g, "-")}-residency-`;
}
/** A residency bucket's access-log bucket, in the same Region: `<trailName>-res-access-` fits 37 characters too. */
function residencyAccessLogBucketPrefixFor(trailName) {
    return `${trailName.toLowerCase().replace(/[._]/g, "-")}-res-access-`;
}
/** The AWS Config delivery bucket (awsConfig create), in the home Region: `<trailName>-config-` fits 37 characters. */
function configBucketPrefixFor(trailName) {
    return `${trailName.toLowerCase().replace(/[._]/g, "-")}-config-`;
}
/** The AWS Config recorder and delivery channel of each Region (one of each per Region; awsConfig create). */
function configRecorderNameFor(trailName) {
    return trailName;
}
/** The AWS Config organization aggregator of the administrator stack (organizationDetectors), in its home Region: `[\w-]+`, at most 256 (PutConfigurationAggregator). */
function configAggregatorNameFor(trailName) {
    return `${trailName}-organization`;
}
/** Name of the residency trail of `region`: explicit, so the pack's exemption can name it. */
function residencyTrailNameFor(trailName, region) {
    return `${trailName}-residency-${region}`;
}
/** A Region's alert topic. */
function topicNameFor(settings, region) {
    return `${settings.trailName}-alerts-${region}`;
}
/** A Region's chat topic (slackChannel): the same alerts as custom notifications, which AWS Chatbot shows. */
function chatTopicNameFor(settings, region) {
    return `${settings.trailName}-chat-${region}`;
}
/** A catalogue or custom alarm's real-time rule. */
function ruleNameFor(settings, id) {
    return `${settings.trailName}-${id}`;
}
/** A catalogue or custom alarm, and its metric filter. */
function alarmNameFor(settings, id) {
    return `${settings.trailName}-${id}`;
}
/** The id of the delivery-failure alarm family: `realtime-delivery-failed`, then `-2`, `-3` for further groups of ten rules. */
exports.DELIVERY_FAILURE_ALARM_ID = "realtime-delivery-failed";
function deliveryFailureAlarmId(group) {
    return `${exports.DELIVERY_FAILURE_ALARM_ID}${group === 0 ? "" : `-${group + 1}`}`;
}
/** `<trailName>-realtime-delivery-failed`, then `-2`, `-3`. */
function deliveryFailureAlarmNameFor(settings, group) {
    return `${settings.trailName}-${deliveryFailureAlarmId(group)}`;
}
/** The encrypted log group flow logs go to (destination cloudwatch). */
function flowLogGroupNameFor(trailName) {
    return `/aws/vpc-flow-logs/${trailName}`;
}
/**
 * Glue database and table names: Athena accepts lower-case letters, digits and underscore
 * ("Name databases, tables, and columns", https://docs.aws.amazon.com/athena/latest/ug/tables-databases-columns-names.html).
 */
function athenaName(trailName) {
    return trailName.toLowerCase().replace(/[^a-z0-9_]/g, "_");
}
/** The Chatbot Slack channel configuration. */
function chatConfigurationName(namePrefix) {
    return `${namePrefix}-alerts`;
}
/** The Chatbot channel role. */
function chatRoleName(namePrefix) {
    return `${namePrefix}-chatbot-notifications`;
}
/**
 * Where Chatbot logs a configuration's delivery errors: "The group name is
 * /aws/chatbot/configuration-name" (Amazon Q Developer in chat applications administrator guide,
 * "Logging ... with Amazon CloudWatch Logs", https://docs.aws.amazon.com/chatbot/latest/adminguide/cloudwatch-logs.html).
 */
function chatLogGroupName(configurationName) {
    return `/aws/chatbot/${configurationName}`;
}
/** Log group Lambda writes to by default (Lambda: "Sending Lambda function logs to CloudWatch Logs"). */
function functionLogGroupName(functionName) {
    return `/aws/lambda/${functionName}`;
}
/** The investigation parts' names prefix when a program gives none. */
exports.DEFAULT_NAME_PREFIX = "security-baseline";
/** The AWS names the investigation parts derive from `namePrefix` (the trail name). */
function investigationNames(namePrefix) {
    return {
        workgroup: `${namePrefix}-investigations`,
        database: athenaName(namePrefix),
        table: "cloudtrail",
        queryFolder: namePrefix,
        dashboard: `${namePrefix}-security`,
        selfHealingFunction: `${namePrefix}-restart-trail`,
        selfHealingRole: `${namePrefix}-restart-trail`,
        restartRule: `${namePrefix}-restart-trail`,
        unrecoverableRule: (id) => `${namePrefix}-${id}`,
        chatConfiguration: chatConfigurationName(namePrefix),
        chatRole: chatRoleName(namePrefix),
    };
}
/**
 * The EventBridge rules the self-healing trail creates (the restart rule, and one per change it
 * cannot undo): the baseline alarms on their FailedInvocations with the home region's own rules.
 */
function selfHealingRuleNames(namePrefix, trailName) {
    const names = investigationNames(namePrefix);
    return [names.restartRule, ...(0, unrecoverableChanges_1.unrecoverableChangePatterns)(trailName, "").map((change) => names.unrecoverableRule(change.id))];
}
/** A short, stable digest of `text`: the same input always gives the same suffix. */
function stableSuffix(text) {
    return (0, crypto_1.createHash)("sha256").update(text, "utf8").digest("hex").slice(0, 8);
}
/**
 * `text` cut to at most `maxBytes` UTF-8 bytes, ending in ` ~<8 hex>` (a digest of the whole
 * text) when cut: names that differ only past the cut stay different, and never split a character.
 */
function fitBytes(text, maxBytes) {
    if ((0, ruleChecks_1.utf8Bytes)(text) <= maxBytes)
        return text;
    const suffix = ` ~${stableSuffix(text)}`;
    let kept = "";
    for (const char of text) {
        if ((0, ruleChecks_1.utf8Bytes)(kept + char) + (0, ruleChecks_1.utf8Bytes)(suffix) > maxBytes)
            break;
        kept += char;
    }
    return `${kept.trimEnd()}${suffix}`;
}
/** PutQueryDefinition name: 1-255 bytes (provider) of anything but `:` and `*`, `/` only between segments. */
const QUERY_NAME_MAX_BYTES = 255;
/**
 * A title as one segment of a Logs Insights query name: the provider refuses `:` and `*`
 * (internal/service/logs/query_definition.go, line 47) and reads `/` as a folder, so `: `
 * becomes ` – `, a remaining `:` `–`, `*` the look-alike `∗` and `/` `∕`. Control characters
 * and runs of spaces become one space.
 */
function querySegment(title) {
    return (title
        .replace(/\s*:\s*/g, " – ")
        .replace(/\*/g, "\u2217")
        .replace(/\//g, "\u2215")
        // eslint-disable-next-line no-control-regex -- control characters are exactly what this replaces
        .replace(/[\u0000-\u001f\u007f\s]+/g, " ")
        .trim() || "query");
}
/**
 * Logs Insights query definition names `<folder>/<title>`, one per title, in order: each valid for
 * the provider (no `:` or `*`, at most 255 bytes) and all distinct; a name cut to fit, or equal
 * to an earlier one once made valid, ends in a digest of its title.
 */
function queryDefinitionNames(folder, titles) {
    const used = new Set();
    return titles.map((title) => {
        let name = fitBytes(`${querySegment(folder)}/${querySegment(title)}`, QUERY_NAME_MAX_BYTES);
        if (used.has(name))
            name = fitBytes(`${name.slice(0, QUERY_NAME_MAX_BYTES)} ~${stableSuffix(title)}`, QUERY_NAME_MAX_BYTES);
        used.add(name);
        return name;
    });
}
