"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.awsLimitProblems = awsLimitProblems;
exports.archivePolicySizes = archivePolicySizes;
const alarmSet_1 = require("./alarmSet");
const policyDocuments_1 = require("../lib/policyDocuments");
const globalEvents_1 = require("../lib/globalEvents");
const catalogue_1 = require("../policy/catalogue");
const regions_1 = require("../lib/regions");
const awsLimits_1 = require("../lib/awsLimits");
const names_1 = require("./names");
function derivedNames(settings, alarms) {
    const names = [];
    const topicRegions = new Set([...settings.regions, regions_1.GLOBAL_EVENTS_REGION]);
    for (const region of topicRegions) {
        names.push({ key: "trailName", what: `SNS topic name (${region})`, name: (0, names_1.topicNameFor)(settings, region), rule: awsLimits_1.SNS_TOPIC_NAME });
        if (settings.investigation.slackChannel !== undefined) {
            names.push({
                key: "trailName",
                what: `SNS chat topic name (${region})`,
                name: (0, names_1.chatTopicNameFor)(settings, region),
                rule: awsLimits_1.SNS_TOPIC_NAME,
            });
        }
    }
    const alarmIds = [...alarms.map((a) => a.id), catalogue_1.DELIVERY_HEARTBEAT_ALARM.id];
    for (const id of alarmIds) {
        const key = settings.customAlarms.some((c) => c.id === id) ? "trailName, customAlarms" : "trailName";
        names.push({ key, what: `CloudWatch alarm name (${id})`, name: (0, names_1.alarmNameFor)(settings, id), rule: awsLimits_1.METRIC_ALARM_NAME });
        names.push({ key, what: `metric filter name (${id})`, name: (0, names_1.alarmNameFor)(settings, id), rule: awsLimits_1.METRIC_FILTER_NAME });
    }
    for (const alarm of alarms.filter((a) => a.eventPattern)) {
        const key = settings.customAlarms.some((c) => c.id === alarm.id) ? "trailName, customAlarms" : "trailName";
        names.push({ key, what: `EventBridge rule name (${alarm.id})`, name: (0, names_1.ruleNameFor)(settings, alarm.id), rule: awsLimits_1.EVENTBRIDGE_RULE_NAME });
    }
    const findingRuleIds = routedFindingRuleIds(settings);
    for (const id of findingRuleIds)
        names.push({ key: "trailName", what: `EventBridge rule name (${id})`, name: (0, names_1.ruleNameFor)(settings, id), rule: awsLimits_1.EVENTBRIDGE_RULE_NAME });
    // The longest of the home region's FailedInvocations alarm names (a group per ten rules; the
    // finding rules and the self-healing trail add their own rules there).
    const homeRules = alarms.filter((a) => a.eventPattern).length +
        findingRuleIds.length +
        (settings.investigation.selfHealingTrail ? (0, names_1.selfHealingRuleNames)(settings.trailName, settings.trailName).length : 0);
    const lastGroup = Math.max(0, Math.ceil(homeRules / 10) - 1);
    names.push({
        key: "trailName",
        what: "CloudWatch alarm name (delivery failures)",
        name: (0, names_1.deliveryFailureAlarmNameFor)(settings, lastGroup),
        rule: awsLimits_1.METRIC_ALARM_NAME,
    });
    if (settings.existingLogGroupName === undefined) {
        names.push({ key: "trailName", what: "KMS alias", name: `alias/${settings.trailName}`, rule: awsLimits_1.KMS_ALIAS_NAME });
        names.push({
            key: "trailName",
            what: "CloudWatch Logs log group name",
            name: (0, names_1.logGroupNameFor)(settings.trailName),
            rule: awsLimits_1.LOG_GROUP_NAME,
        });
    }
    return names;
}
/** Problems, one line each, naming the key and the limit; empty when the plan fits. */
function awsLimitProblems(settings) {
    const problems = [];
    const alarms = (0, alarmSet_1.resolveAlarms)(settings);
    for (const derived of derivedNames(settings, alarms)) {
        const problem = (0, awsLimits_1.nameProblem)(derived.name, derived.rule);
        if (problem)
            problems.push(`${derived.key}: the ${derived.what} "${derived.name}" is not valid; ${problem} (${derived.rule.source}).`);
    }
    const prefixes = [
        ...(settings.existingLogGroupName === undefined
            ? [(0, names_1.bucketPrefixFor)(settings.trailName, "logs"), (0, names_1.bucketPrefixFor)(settings.trailName, "access-logs")]
            : []),
        ...(settings.existingLogGroupName === undefined && (settings.residencyTrails ?? []).length > 0
            ? [(0, names_1.residencyBucketPrefixFor)(settings.trailName), (0, names_1.residencyAccessLogBucketPrefixFor)(settings.trailName)]
            : []),
        ...(settings.detectors.awsConfig.mode === "create" ? [(0, names_1.configBucketPrefixFor)(settings.trailName)] : []),
    ];
    for (const prefix of prefixes) {
        const problem = (0, awsLimits_1.bucketPrefixProblem)(prefix);
        if (problem)
            problems.push(`trailName: the S3 bucket prefix "${prefix}" is not valid; ${problem} (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html).`);
    }
    for (const alarm of alarms) {
        const bytes = (0, awsLimits_1.utf8Bytes)(alarm.filterPattern);
        if (bytes > awsLimits_1.METRIC_FILTER_PATTERN_MAX.value) {
            const key = keyOf(settings, alarm.id, "filterPattern");
            problems.push(`${key}: the filter pattern of ${alarm.id} is ${bytes} UTF-8 bytes; CloudWatch Logs accepts at most ${awsLimits_1.METRIC_FILTER_PATTERN_MAX.value} (${awsLimits_1.METRIC_FILTER_PATTERN_MAX.source}).`);
        }
    }
    if (alarms.length > awsLimits_1.METRIC_FILTERS_PER_LOG_GROUP.value) {
        problems.push(`customAlarms: ${alarms.length} metric filters on one log group is not valid; CloudWatch Logs allows at most ${awsLimits_1.METRIC_FILTERS_PER_LOG_GROUP.value} per log group, not adjustable: remove custom alarms or list catalogue ids in disabledAlarms (${awsLimits_1.METRIC_FILTERS_PER_LOG_GROUP.source}).`);
    }
    const withRules = alarms.filter((a) => a.eventPattern !== undefined);
    // Each Region's part gets the rules that can fire there (lib/globalEvents.ts), and the
    // home Region also the self-healing trail's: counted per Region against its own quota.
    const selfHealingRules = settings.investigation.selfHealingTrail
        ? (0, names_1.selfHealingRuleNames)(settings.trailName, settings.trailName).length
        : 0;
    for (const { region, scope } of (0, globalEvents_1.regionParts)(settings.regions, settings.homeRegion, settings.realtimeAlerts)) {
        const rules = (0, globalEvents_1.realtimePatternsIn)(withRules, region, scope);
        const count = rules.length + (scope === "home" ? selfHealingRules : 0);
        const quota = (0, awsLimits_1.quotaIn)(awsLimits_1.EVENTBRIDGE_RULES_PER_BUS, region);
        if (count > quota) {
            problems.push(`customAlarms: ${count} EventBridge rules in ${region} is not valid; EventBridge allows ${quota} rules per event bus there by default (adjustable through Service Quotas): list ids in disabledRealtimeAlerts (${awsLimits_1.EVENTBRIDGE_RULES_PER_BUS.source}).`);
        }
        const wildcards = rules.filter((r) => hasWildcard(r.eventPattern)).length;
        if (wildcards > awsLimits_1.EVENTBRIDGE_WILDCARD_RULES_PER_BUS.value) {
            problems.push(`customAlarms: ${wildcards} real-time rules with wildcard filters in ${region} is not valid; EventBridge allows at most ${awsLimits_1.EVENTBRIDGE_WILDCARD_RULES_PER_BUS.value} per event bus, not adjustable: list ids in disabledRealtimeAlerts (${awsLimits_1.EVENTBRIDGE_WILDCARD_RULES_PER_BUS.source}).`);
        }
    }
    problems.push(...archivePolicySizeProblems(settings));
    for (const alarm of withRules) {
        const size = JSON.stringify(alarm.eventPattern).length;
        if (size > awsLimits_1.EVENTBRIDGE_EVENT_PATTERN_MAX.value) {
            const key = keyOf(settings, alarm.id, "eventPattern");
            problems.push(`${key}: the event pattern of ${alarm.id} is ${size} characters; EventBridge accepts ${awsLimits_1.EVENTBRIDGE_EVENT_PATTERN_MAX.value} by default (adjustable through Service Quotas; else list ${alarm.id} in disabledRealtimeAlerts) (${awsLimits_1.EVENTBRIDGE_EVENT_PATTERN_MAX.source}).`);
        }
    }
    return problems;
}
/** The config key a user changes to fix an alarm's pattern (the secret-read alarm(s) come from watchedSecrets). */
function keyOf(settings, id, field) {
    if (settings.customAlarms.some((c) => c.id === id))
        return `customAlarms (${id}).${field}`;
    if (id.startsWith(catalogue_1.SECRET_READ_ALARM.id))
        return "watchedSecrets";
    return "alarmProfile";
}
/** Whether an event pattern uses the wildcard operator anywhere. */
function hasWildcard(pattern) {
    if (Array.isArray(pattern))
        return pattern.some(hasWildcard);
    if (typeof pattern !== "object" || pattern === null)
        return false;
    return Object.entries(pattern).some(([key, value]) => key === "wildcard" || hasWildcard(value));
}
/** The longest values the archive policies' references can take before they exist. */
function longestRefs(settings) {
    const partition = (0, regions_1.partitionOf)(settings.homeRegion);
    const accountId = "999999999999";
    const trailAccountId = settings.managementAccountId ?? accountId;
    return {
        account: { accountId, partition },
        region: settings.homeRegion,
        trailArn: `arn:${partition}:cloudtrail:${settings.homeRegion}:${trailAccountId}:trail/${settings.trailName}`,
        trailAccountId,
        logGroupArn: `arn:${partition}:logs:${settings.homeRegion}:${accountId}:log-group:${(0, names_1.logGroupNameFor)(settings.trailName)}`,
        // The provider names a bucket from its prefix and 26 characters of its own (bucketPrefix rule).
        bucketArn: `arn:${partition}:s3:::${(0, names_1.bucketPrefixFor)(settings.trailName, "logs")}${"b".repeat(26)}`,
    };
}
/** The home archive's key policy and bucket policy in bytes, as deployed for these settings (at their longest). */
function archivePolicySizes(settings) {
    const args = (0, policyDocuments_1.archivePolicyArgs)(settings, longestRefs(settings));
    return {
        keyPolicy: (0, awsLimits_1.utf8Bytes)((0, policyDocuments_1.documentJson)((0, policyDocuments_1.trailKeyPolicyStatements)(args.key))),
        bucketPolicy: (0, awsLimits_1.utf8Bytes)((0, policyDocuments_1.documentJson)((0, policyDocuments_1.logBucketPolicyStatements)(args.bucket))),
    };
}
/**
 * The archive's key policy (KMS: 32,768 bytes) and bucket policy (S3: 20 KB) grow with
 * memberAccounts and the flow-log Regions: measured on the documents the archive would deploy,
 * with the most member accounts that would fit.
 */
function archivePolicySizeProblems(settings) {
    if (settings.existingLogGroupName !== undefined || settings.centralLogArchive !== undefined)
        return [];
    const limits = { keyPolicy: awsLimits_1.KMS_KEY_POLICY_MAX, bucketPolicy: awsLimits_1.S3_BUCKET_POLICY_MAX };
    const sizes = archivePolicySizes(settings);
    const over = Object.keys(limits).filter((k) => sizes[k] > limits[k].value);
    if (over.length === 0)
        return [];
    const members = settings.memberAccounts ?? [];
    let fit = members.length;
    while (fit > 0) {
        const fewer = archivePolicySizes({ ...settings, memberAccounts: members.slice(0, fit - 1) });
        fit -= 1;
        if (Object.keys(limits).every((k) => fewer[k] <= limits[k].value))
            break;
    }
    const what = { keyPolicy: "KMS key policy", bucketPolicy: "S3 bucket policy" };
    return over.map((k) => `memberAccounts: ${members.length} accounts make the archive's ${what[k]} ${sizes[k].toLocaleString("en-US")} bytes; at most ${limits[k].value.toLocaleString("en-US")} (${limits[k].source}): at most ${fit} member accounts fit this configuration; an organization trail (organizationTrail) covers every account with one grant.`);
}
/** The finding rules each listed Region gets (lib/findingAlerts.ts): one per service not off. */
function routedFindingRuleIds(settings) {
    const { guardDuty, securityHub, awsConfig } = settings.detectors;
    return [
        ...(guardDuty.mode !== "off" ? ["guardduty-findings"] : []),
        ...(securityHub.mode !== "off" ? ["securityhub-findings"] : []),
        ...(awsConfig.mode !== "off" ? ["config-noncompliant"] : []),
    ];
}
