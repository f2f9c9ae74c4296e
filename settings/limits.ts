/**
 * Checks a resolved configuration against AWS's limits before anything deploys: every name the
 * components derive from config (built by the components' own name functions, so the check
 * cannot drift from what is deployed) and the per-account quotas the plan alone could exceed.
 * Each problem names the config key(s) to change and the limit, with its source in awsLimits.
 */
import type { FindingRuleId } from "../lib/findingAlerts";
import { BaselineSettings } from "./types";
import { ResolvedAlarm, resolveAlarms } from "./alarmSet";
import {
  ArchivePolicyRefs,
  archivePolicyArgs,
  documentJson,
  logBucketPolicyStatements,
  trailKeyPolicyStatements,
} from "../lib/policyDocuments";
import { realtimePatternsIn, regionParts } from "../lib/globalEvents";
import { DELIVERY_HEARTBEAT_ALARM, SECRET_READ_ALARM } from "../policy/catalogue";
import { GLOBAL_EVENTS_REGION, partitionOf } from "../lib/regions";
import {
  EVENTBRIDGE_EVENT_PATTERN_MAX,
  EVENTBRIDGE_RULES_PER_BUS,
  EVENTBRIDGE_RULE_NAME,
  EVENTBRIDGE_WILDCARD_RULES_PER_BUS,
  KMS_KEY_POLICY_MAX,
  S3_BUCKET_POLICY_MAX,
  quotaIn,
  KMS_ALIAS_NAME,
  LOG_GROUP_NAME,
  LengthRule,
  METRIC_ALARM_NAME,
  METRIC_FILTERS_PER_LOG_GROUP,
  METRIC_FILTER_NAME,
  METRIC_FILTER_PATTERN_MAX,
  SNS_TOPIC_NAME,
  bucketPrefixProblem,
  nameProblem,
  utf8Bytes,
} from "../lib/awsLimits";
import {
  alarmNameFor,
  bucketPrefixFor,
  deliveryFailureAlarmNameFor,
  logGroupNameFor,
  ruleNameFor,
  selfHealingRuleNames,
  topicNameFor,
  chatTopicNameFor,
  residencyAccessLogBucketPrefixFor,
  configBucketPrefixFor,
  residencyBucketPrefixFor,
} from "./names";

/** One derived name and the key whose value it comes from. */
interface DerivedName {
  readonly key: string;
  readonly what: string;
  readonly name: string;
  readonly rule: LengthRule;
}

function derivedNames(settings: BaselineSettings, alarms: readonly ResolvedAlarm[]): DerivedName[] {
  const names: DerivedName[] = [];
  const topicRegions = new Set([...settings.regions, GLOBAL_EVENTS_REGION]);
  for (const region of topicRegions) {
    names.push({ key: "trailName", what: `SNS topic name (${region})`, name: topicNameFor(settings, region), rule: SNS_TOPIC_NAME });
    if (settings.investigation.slackChannel !== undefined) {
      names.push({
        key: "trailName",
        what: `SNS chat topic name (${region})`,
        name: chatTopicNameFor(settings, region),
        rule: SNS_TOPIC_NAME,
      });
    }
  }
  const alarmIds = [...alarms.map((a) => a.id), DELIVERY_HEARTBEAT_ALARM.id];
  for (const id of alarmIds) {
    const key = settings.customAlarms.some((c) => c.id === id) ? "trailName, customAlarms" : "trailName";
    names.push({ key, what: `CloudWatch alarm name (${id})`, name: alarmNameFor(settings, id), rule: METRIC_ALARM_NAME });
    names.push({ key, what: `metric filter name (${id})`, name: alarmNameFor(settings, id), rule: METRIC_FILTER_NAME });
  }
  for (const alarm of alarms.filter((a) => a.eventPattern)) {
    const key = settings.customAlarms.some((c) => c.id === alarm.id) ? "trailName, customAlarms" : "trailName";
    names.push({ key, what: `EventBridge rule name (${alarm.id})`, name: ruleNameFor(settings, alarm.id), rule: EVENTBRIDGE_RULE_NAME });
  }
  const findingRuleIds = routedFindingRuleIds(settings);
  for (const id of findingRuleIds)
    names.push({ key: "trailName", what: `EventBridge rule name (${id})`, name: ruleNameFor(settings, id), rule: EVENTBRIDGE_RULE_NAME });
  // The longest of the home region's FailedInvocations alarm names (a group per ten rules; the
  // finding rules and the self-healing trail add their own rules there).
  const homeRules =
    alarms.filter((a) => a.eventPattern).length +
    findingRuleIds.length +
    (settings.investigation.selfHealingTrail ? selfHealingRuleNames(settings.trailName, settings.trailName).length : 0);
  const lastGroup = Math.max(0, Math.ceil(homeRules / 10) - 1);
  names.push({
    key: "trailName",
    what: "CloudWatch alarm name (delivery failures)",
    name: deliveryFailureAlarmNameFor(settings, lastGroup),
    rule: METRIC_ALARM_NAME,
  });
  if (settings.existingLogGroupName === undefined) {
    names.push({ key: "trailName", what: "KMS alias", name: `alias/${settings.trailName}`, rule: KMS_ALIAS_NAME });
    names.push({
      key: "trailName",
      what: "CloudWatch Logs log group name",
      name: logGroupNameFor(settings.trailName),
      rule: LOG_GROUP_NAME,
    });
  }
  return names;
}

/** Problems, one line each, naming the key and the limit; empty when the plan fits. */
export function awsLimitProblems(settings: BaselineSettings): string[] {
  const problems: string[] = [];
  const alarms = resolveAlarms(settings);
  for (const derived of derivedNames(settings, alarms)) {
    const problem = nameProblem(derived.name, derived.rule);
    if (problem) problems.push(`${derived.key}: the ${derived.what} "${derived.name}" is not valid; ${problem} (${derived.rule.source}).`);
  }
  const prefixes = [
    ...(settings.existingLogGroupName === undefined
      ? [bucketPrefixFor(settings.trailName, "logs"), bucketPrefixFor(settings.trailName, "access-logs")]
      : []),
    ...(settings.existingLogGroupName === undefined && (settings.residencyTrails ?? []).length > 0
      ? [residencyBucketPrefixFor(settings.trailName), residencyAccessLogBucketPrefixFor(settings.trailName)]
      : []),
    ...(settings.detectors.awsConfig.mode === "create" ? [configBucketPrefixFor(settings.trailName)] : []),
  ];
  for (const prefix of prefixes) {
    const problem = bucketPrefixProblem(prefix);
    if (problem)
      problems.push(
        `trailName: the S3 bucket prefix "${prefix}" is not valid; ${problem} (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html).`,
      );
  }

  for (const alarm of alarms) {
    const bytes = utf8Bytes(alarm.filterPattern);
    if (bytes > METRIC_FILTER_PATTERN_MAX.value) {
      const key = keyOf(settings, alarm.id, "filterPattern");
      problems.push(
        `${key}: the filter pattern of ${alarm.id} is ${bytes} UTF-8 bytes; CloudWatch Logs accepts at most ${METRIC_FILTER_PATTERN_MAX.value} (${METRIC_FILTER_PATTERN_MAX.source}).`,
      );
    }
  }
  if (alarms.length > METRIC_FILTERS_PER_LOG_GROUP.value) {
    problems.push(
      `customAlarms: ${alarms.length} metric filters on one log group is not valid; CloudWatch Logs allows at most ${METRIC_FILTERS_PER_LOG_GROUP.value} per log group, not adjustable: remove custom alarms or list catalogue ids in disabledAlarms (${METRIC_FILTERS_PER_LOG_GROUP.source}).`,
    );
  }

  const withRules = alarms.filter((a) => a.eventPattern !== undefined);
  // Each Region's part gets the rules that can fire there (lib/globalEvents.ts), and the
  // home Region also the self-healing trail's: counted per Region against its own quota.
  const selfHealingRules = settings.investigation.selfHealingTrail
    ? selfHealingRuleNames(settings.trailName, settings.trailName).length
    : 0;
  for (const { region, scope } of regionParts(settings.regions, settings.homeRegion, settings.realtimeAlerts)) {
    const rules = realtimePatternsIn(withRules, region, scope);
    const count = rules.length + (scope === "home" ? selfHealingRules : 0);
    const quota = quotaIn(EVENTBRIDGE_RULES_PER_BUS, region);
    if (count > quota) {
      problems.push(
        `customAlarms: ${count} EventBridge rules in ${region} is not valid; EventBridge allows ${quota} rules per event bus there by default (adjustable through Service Quotas): list ids in disabledRealtimeAlerts (${EVENTBRIDGE_RULES_PER_BUS.source}).`,
      );
    }
    const wildcards = rules.filter((r) => hasWildcard(r.eventPattern)).length;
    if (wildcards > EVENTBRIDGE_WILDCARD_RULES_PER_BUS.value) {
      problems.push(
        `customAlarms: ${wildcards} real-time rules with wildcard filters in ${region} is not valid; EventBridge allows at most ${EVENTBRIDGE_WILDCARD_RULES_PER_BUS.value} per event bus, not adjustable: list ids in disabledRealtimeAlerts (${EVENTBRIDGE_WILDCARD_RULES_PER_BUS.source}).`,
      );
    }
  }
  problems.push(...archivePolicySizeProblems(settings));
  for (const alarm of withRules) {
    const size = JSON.stringify(alarm.eventPattern).length;
    if (size > EVENTBRIDGE_EVENT_PATTERN_MAX.value) {
      const key = keyOf(settings, alarm.id, "eventPattern");
      problems.push(
        `${key}: the event pattern of ${alarm.id} is ${size} characters; EventBridge accepts ${EVENTBRIDGE_EVENT_PATTERN_MAX.value} by default (adjustable through Service Quotas; else list ${alarm.id} in disabledRealtimeAlerts) (${EVENTBRIDGE_EVENT_PATTERN_MAX.source}).`,
      );
    }
  }
  return problems;
}

/** The config key a user changes to fix an alarm's pattern (the secret-read alarm(s) come from watchedSecrets). */
function keyOf(settings: BaselineSettings, id: string, field: "filterPattern" | "eventPattern"): string {
  if (settings.customAlarms.some((c) => c.id === id)) return `customAlarms (${id}).${field}`;
  if (id.startsWith(SECRET_READ_ALARM.id)) return "watchedSecrets";
  return "alarmProfile";
}

/** Whether an event pattern uses the wildcard operator anywhere. */
function hasWildcard(pattern: unknown): boolean {
  if (Array.isArray(pattern)) return pattern.some(hasWildcard);
  if (typeof pattern !== "object" || pattern === null) return false;
  return Object.entries(pattern).some(([key, value]) => key === "wildcard" || hasWildcard(value));
}

/** The longest values the archive policies' references can take before they exist. */
function longestRefs(settings: BaselineSettings): ArchivePolicyRefs {
  const partition = partitionOf(settings.homeRegion);
  const accountId = "999999999999";
  const trailAccountId = settings.managementAccountId ?? accountId;
  return {
    account: { accountId, partition },
    region: settings.homeRegion,
    trailArn: `arn:${partition}:cloudtrail:${settings.homeRegion}:${trailAccountId}:trail/${settings.trailName}`,
    trailAccountId,
    logGroupArn: `arn:${partition}:logs:${settings.homeRegion}:${accountId}:log-group:${logGroupNameFor(settings.trailName)}`,
    // The provider names a bucket from its prefix and 26 characters of its own (bucketPrefix rule).
    bucketArn: `arn:${partition}:s3:::${bucketPrefixFor(settings.trailName, "logs")}${"b".repeat(26)}`,
  };
}

/** The home archive's key policy and bucket policy in bytes, as deployed for these settings (at their longest). */
export function archivePolicySizes(settings: BaselineSettings): { keyPolicy: number; bucketPolicy: number } {
  const args = archivePolicyArgs(settings, longestRefs(settings));
  return {
    keyPolicy: utf8Bytes(documentJson(trailKeyPolicyStatements(args.key))),
    bucketPolicy: utf8Bytes(documentJson(logBucketPolicyStatements(args.bucket))),
  };
}

/**
 * The archive's key policy (KMS: 32,768 bytes) and bucket policy (S3: 20 KB) grow with
 * memberAccounts and the flow-log Regions: measured on the documents the archive would deploy,
 * with the most member accounts that would fit.
 */
function archivePolicySizeProblems(settings: BaselineSettings): string[] {
  if (settings.existingLogGroupName !== undefined || settings.centralLogArchive !== undefined) return [];
  const limits = { keyPolicy: KMS_KEY_POLICY_MAX, bucketPolicy: S3_BUCKET_POLICY_MAX } as const;
  const sizes = archivePolicySizes(settings);
  const over = (Object.keys(limits) as (keyof typeof limits)[]).filter((k) => sizes[k] > limits[k].value);
  if (over.length === 0) return [];
  const members = settings.memberAccounts ?? [];
  let fit = members.length;
  while (fit > 0) {
    const fewer = archivePolicySizes({ ...settings, memberAccounts: members.slice(0, fit - 1) });
    fit -= 1;
    if ((Object.keys(limits) as (keyof typeof limits)[]).every((k) => fewer[k] <= limits[k].value)) break;
  }
  const what = { keyPolicy: "KMS key policy", bucketPolicy: "S3 bucket policy" } as const;
  return over.map(
    (k) =>
      `memberAccounts: ${members.length} accounts make the archive's ${what[k]} ${sizes[k].toLocaleString("en-US")} bytes; at most ${limits[k].value.toLocaleString("en-US")} (${limits[k].source}): at most ${fit} member accounts fit this configuration; an organization trail (organizationTrail) covers every account with one grant.`,
  );
}

/** The finding rules each listed Region gets (lib/findingAlerts.ts): one per service not off. */
function routedFindingRuleIds(settings: BaselineSettings): FindingRuleId[] {
  const { guardDuty, securityHub, awsConfig } = settings.detectors;
  return [
    ...(guardDuty.mode !== "off" ? (["guardduty-findings"] as const) : []),
    ...(securityHub.mode !== "off" ? (["securityhub-findings"] as const) : []),
    ...(awsConfig.mode !== "off" ? (["config-noncompliant"] as const) : []),
  ];
}
