/**
 * Every physical name the baseline derives from its settings, in one place. The builders name
 * their resources with these and configuration validation holds the same names to the provider's
 * and AWS's rules (settings/limits.ts, lib/providerRules.ts) before anything deploys, so what is
 * validated is what deploys. Derived names that could break a rule are made valid by
 * construction instead (query definition names).
 */
import { createHash } from "crypto";
import { utf8Bytes } from "../lib/ruleChecks";
import { unrecoverableChangePatterns } from "../lib/unrecoverableChanges";

/** What every name derives from. */
export interface Named {
  readonly trailName: string;
}

/** The trail's CloudWatch Logs log group. */
export function logGroupNameFor(trailName: string): string {
  return `/aws/cloudtrail/${trailName}`;
}

/**
 * S3 bucket names are lowercase letters, digits, dots and dashes; dots break TLS wildcard
 * certificates. The prefix leaves room for the 26 characters the provider's naming adds.
 */
export function bucketPrefixFor(trailName: string, purpose: "logs" | "access-logs"): string {
  return `${trailName.toLowerCase().replace(/[._]/g, "-")}-${purpose}-`;
}

/** `<trailName>-residency-` fits the 37-character bucket prefix: trailName is at most 24 (lib/awsLimits.ts PROJECT_TRAIL_NAME). */
export function residencyBucketPrefixFor(trailName: string): string {
  return `${trailName.toLowerCase().replace(/[._]/g, "-")}-residency-`;
}

/** A residency bucket's access-log bucket, in the same Region: `<trailName>-res-access-` fits 37 characters too. */
export function residencyAccessLogBucketPrefixFor(trailName: string): string {
  return `${trailName.toLowerCase().replace(/[._]/g, "-")}-res-access-`;
}

/** The AWS Config delivery bucket (awsConfig create), in the home Region: `<trailName>-config-` fits 37 characters. */
export function configBucketPrefixFor(trailName: string): string {
  return `${trailName.toLowerCase().replace(/[._]/g, "-")}-config-`;
}

/** The AWS Config recorder and delivery channel of each Region (one of each per Region; awsConfig create). */
export function configRecorderNameFor(trailName: string): string {
  return trailName;
}

/** The AWS Config organization aggregator of the administrator stack (organizationDetectors), in its home Region: `[\w-]+`, at most 256 (PutConfigurationAggregator). */
export function configAggregatorNameFor(trailName: string): string {
  return `${trailName}-organization`;
}

/** Name of the residency trail of `region`: explicit, so the pack's exemption can name it. */
export function residencyTrailNameFor(trailName: string, region: string): string {
  return `${trailName}-residency-${region}`;
}

/** A Region's alert topic. */
export function topicNameFor(settings: Named, region: string): string {
  return `${settings.trailName}-alerts-${region}`;
}

/** A Region's chat topic (slackChannel): the same alerts as custom notifications, which AWS Chatbot shows. */
export function chatTopicNameFor(settings: Named, region: string): string {
  return `${settings.trailName}-chat-${region}`;
}

/** A catalogue or custom alarm's real-time rule. */
export function ruleNameFor(settings: Named, id: string): string {
  return `${settings.trailName}-${id}`;
}

/** A catalogue or custom alarm, and its metric filter. */
export function alarmNameFor(settings: Named, id: string): string {
  return `${settings.trailName}-${id}`;
}

/** The id of the delivery-failure alarm family: `realtime-delivery-failed`, then `-2`, `-3` for further groups of ten rules. */
export const DELIVERY_FAILURE_ALARM_ID = "realtime-delivery-failed";

export function deliveryFailureAlarmId(group: number): string {
  return `${DELIVERY_FAILURE_ALARM_ID}${group === 0 ? "" : `-${group + 1}`}`;
}

/** `<trailName>-realtime-delivery-failed`, then `-2`, `-3`. */
export function deliveryFailureAlarmNameFor(settings: Named, group: number): string {
  return `${settings.trailName}-${deliveryFailureAlarmId(group)}`;
}

/** The encrypted log group flow logs go to (destination cloudwatch). */
export function flowLogGroupNameFor(trailName: string): string {
  return `/aws/vpc-flow-logs/${trailName}`;
}

/**
 * Glue database and table names: Athena accepts lower-case letters, digits and underscore
 * ("Name databases, tables, and columns", https://docs.aws.amazon.com/athena/latest/ug/tables-databases-columns-names.html).
 */
export function athenaName(trailName: string): string {
  return trailName.toLowerCase().replace(/[^a-z0-9_]/g, "_");
}

/** The Chatbot Slack channel configuration. */
export function chatConfigurationName(namePrefix: string): string {
  return `${namePrefix}-alerts`;
}

/** The Chatbot channel role. */
export function chatRoleName(namePrefix: string): string {
  return `${namePrefix}-chatbot-notifications`;
}

/**
 * Where Chatbot logs a configuration's delivery errors: "The group name is
 * /aws/chatbot/configuration-name" (Amazon Q Developer in chat applications administrator guide,
 * "Logging ... with Amazon CloudWatch Logs", https://docs.aws.amazon.com/chatbot/latest/adminguide/cloudwatch-logs.html).
 */
export function chatLogGroupName(configurationName: string): string {
  return `/aws/chatbot/${configurationName}`;
}

/** Log group Lambda writes to by default (Lambda: "Sending Lambda function logs to CloudWatch Logs"). */
export function functionLogGroupName(functionName: string): string {
  return `/aws/lambda/${functionName}`;
}

/** The investigation parts' names prefix when a program gives none. */
export const DEFAULT_NAME_PREFIX = "security-baseline";

/** The AWS names the investigation parts derive from `namePrefix` (the trail name). */
export function investigationNames(namePrefix: string) {
  return {
    workgroup: `${namePrefix}-investigations`,
    database: athenaName(namePrefix),
    table: "cloudtrail",
    queryFolder: namePrefix,
    dashboard: `${namePrefix}-security`,
    selfHealingFunction: `${namePrefix}-restart-trail`,
    selfHealingRole: `${namePrefix}-restart-trail`,
    restartRule: `${namePrefix}-restart-trail`,
    unrecoverableRule: (id: string) => `${namePrefix}-${id}`,
    chatConfiguration: chatConfigurationName(namePrefix),
    chatRole: chatRoleName(namePrefix),
  };
}

/**
 * The EventBridge rules the self-healing trail creates (the restart rule, and one per change it
 * cannot undo): the baseline alarms on their FailedInvocations with the home region's own rules.
 */
export function selfHealingRuleNames(namePrefix: string, trailName: string): string[] {
  const names = investigationNames(namePrefix);
  return [names.restartRule, ...unrecoverableChangePatterns(trailName, "").map((change) => names.unrecoverableRule(change.id))];
}

/** A short, stable digest of `text`: the same input always gives the same suffix. */
export function stableSuffix(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 8);
}

/**
 * `text` cut to at most `maxBytes` UTF-8 bytes, ending in ` ~<8 hex>` (a digest of the whole
 * text) when cut: names that differ only past the cut stay different, and never split a character.
 */
export function fitBytes(text: string, maxBytes: number): string {
  if (utf8Bytes(text) <= maxBytes) return text;
  const suffix = ` ~${stableSuffix(text)}`;
  let kept = "";
  for (const char of text) {
    if (utf8Bytes(kept + char) + utf8Bytes(suffix) > maxBytes) break;
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
export function querySegment(title: string): string {
  return (
    title
      .replace(/\s*:\s*/g, " – ")
      .replace(/\*/g, "\u2217")
      .replace(/\//g, "\u2215")
      // eslint-disable-next-line no-control-regex -- control characters are exactly what this replaces
      .replace(/[\u0000-\u001f\u007f\s]+/g, " ")
      .trim() || "query"
  );
}

/**
 * Logs Insights query definition names `<folder>/<title>`, one per title, in order: each valid for
 * the provider (no `:` or `*`, at most 255 bytes) and all distinct; a name cut to fit, or equal
 * to an earlier one once made valid, ends in a digest of its title.
 */
export function queryDefinitionNames(folder: string, titles: readonly string[]): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    let name = fitBytes(`${querySegment(folder)}/${querySegment(title)}`, QUERY_NAME_MAX_BYTES);
    if (used.has(name)) name = fitBytes(`${name.slice(0, QUERY_NAME_MAX_BYTES)} ~${stableSuffix(title)}`, QUERY_NAME_MAX_BYTES);
    used.add(name);
    return name;
  });
}
