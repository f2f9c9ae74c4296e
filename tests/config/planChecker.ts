/**
 * Walks planned resources and reports every name, description, template and per-account count
 * that breaks a rule in lib/awsLimits.ts. Generic over the plan, so it also holds components
 * changed elsewhere to the same rules.
 */
import { PlanResource } from "../../tools/lib/planTypes";
import {
  AwsLimit,
  CLOUDTRAIL_TRAIL_NAME,
  EVENTBRIDGE_EVENT_PATTERN_MAX,
  EVENTBRIDGE_INPUT_TEMPLATE_MAX,
  EVENTBRIDGE_RULES_PER_BUS,
  EVENTBRIDGE_RULE_DESCRIPTION_MAX,
  EVENTBRIDGE_RULE_NAME,
  EVENTBRIDGE_TARGETS_PER_RULE,
  EMAIL_ADDRESS,
  IAM_ROLE_DESCRIPTION_MAX,
  KMS_ALIAS_NAME,
  KMS_KEY_DESCRIPTION_MAX,
  LOG_GROUP_NAME,
  LengthRule,
  METRIC_ALARM_DESCRIPTION_MAX,
  METRIC_ALARM_NAME,
  METRIC_FILTERS_PER_LOG_GROUP,
  METRIC_FILTER_NAME,
  METRIC_FILTER_PATTERN_MAX,
  SNS_TOPIC_NAME,
  bucketNameProblem,
  bucketPrefixProblem,
  nameProblem,
  utf8Bytes,
} from "../../lib/awsLimits";

const NAMES: Record<string, LengthRule> = {
  "aws:cloudtrail/trail:Trail": CLOUDTRAIL_TRAIL_NAME,
  "aws:kms/alias:Alias": KMS_ALIAS_NAME,
  "aws:sns/topic:Topic": SNS_TOPIC_NAME,
  "aws:cloudwatch/eventRule:EventRule": EVENTBRIDGE_RULE_NAME,
  "aws:cloudwatch/logMetricFilter:LogMetricFilter": METRIC_FILTER_NAME,
  "aws:cloudwatch/metricAlarm:MetricAlarm": METRIC_ALARM_NAME,
  "aws:cloudwatch/logGroup:LogGroup": LOG_GROUP_NAME,
};

/** [type, input path, limit, how the limit counts]. */
const LENGTHS: readonly [string, (inputs: Record<string, unknown>) => unknown, string, AwsLimit][] = [
  ["aws:cloudwatch/metricAlarm:MetricAlarm", (i) => i.alarmDescription, "alarmDescription", METRIC_ALARM_DESCRIPTION_MAX],
  ["aws:cloudwatch/eventRule:EventRule", (i) => i.description, "description", EVENTBRIDGE_RULE_DESCRIPTION_MAX],
  ["aws:cloudwatch/eventRule:EventRule", (i) => i.eventPattern, "eventPattern", EVENTBRIDGE_EVENT_PATTERN_MAX],
  [
    "aws:cloudwatch/eventTarget:EventTarget",
    (i) => (i.inputTransformer as { inputTemplate?: unknown } | undefined)?.inputTemplate,
    "inputTransformer.inputTemplate",
    EVENTBRIDGE_INPUT_TEMPLATE_MAX,
  ],
  ["aws:cloudwatch/logMetricFilter:LogMetricFilter", (i) => i.pattern, "pattern", METRIC_FILTER_PATTERN_MAX],
  ["aws:kms/key:Key", (i) => i.description, "description", KMS_KEY_DESCRIPTION_MAX],
  ["aws:iam/role:Role", (i) => i.description, "description", IAM_ROLE_DESCRIPTION_MAX],
];

const lengthIn = (text: string, limit: AwsLimit) => (limit.unit === "UTF-8 bytes" ? utf8Bytes(text) : [...text].length);

function countOver(counts: Map<string, number>, limit: AwsLimit, what: string, problems: string[]): void {
  for (const [where, count] of counts)
    if (count > limit.value) problems.push(`${count} ${what} in ${where}; at most ${limit.value} (${limit.source})`);
}

export function planLimitProblems(resources: readonly PlanResource[]): string[] {
  const problems: string[] = [];
  const rulesPerRegion = new Map<string, number>();
  const targetsPerRule = new Map<string, number>();
  const filtersPerLogGroup = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

  for (const r of resources) {
    const rule = NAMES[r.type];
    if (rule && typeof r.inputs.name === "string") {
      const problem = nameProblem(r.inputs.name, rule);
      if (problem) problems.push(`${r.name} (${r.type}) name "${r.inputs.name}": ${problem}`);
    }
    for (const [type, read, field, limit] of LENGTHS) {
      const value = read(r.inputs);
      if (r.type === type && typeof value === "string" && lengthIn(value, limit) > limit.value) {
        problems.push(
          `${r.name} (${r.type}) ${field} is ${lengthIn(value, limit)} ${limit.unit}; at most ${limit.value} (${limit.source})`,
        );
      }
    }
    if (r.type === "aws:s3/bucket:Bucket") {
      const problem =
        typeof r.inputs.bucketPrefix === "string"
          ? bucketPrefixProblem(r.inputs.bucketPrefix)
          : typeof r.inputs.bucket === "string"
            ? bucketNameProblem(r.inputs.bucket)
            : undefined;
      if (problem) problems.push(`${r.name} (${r.type}) bucket name: ${problem}`);
    }
    if (
      r.type === "aws:sns/topicSubscription:TopicSubscription" &&
      r.inputs.protocol === "email" &&
      typeof r.inputs.endpoint === "string" &&
      !EMAIL_ADDRESS.pattern.test(r.inputs.endpoint)
    ) {
      problems.push(`${r.name} (${r.type}) endpoint "${r.inputs.endpoint}": expected ${EMAIL_ADDRESS.allowed}`);
    }
    const region = typeof r.inputs.region === "string" ? r.inputs.region : "(provider region)";
    if (r.type === "aws:cloudwatch/eventRule:EventRule") bump(rulesPerRegion, region);
    if (r.type === "aws:cloudwatch/eventTarget:EventTarget") bump(targetsPerRule, `rule ${String(r.inputs.rule)} (${region})`);
    if (r.type === "aws:cloudwatch/logMetricFilter:LogMetricFilter") bump(filtersPerLogGroup, `log group ${String(r.inputs.logGroupName)}`);
  }
  countOver(rulesPerRegion, EVENTBRIDGE_RULES_PER_BUS, "EventBridge rules on the default bus", problems);
  countOver(targetsPerRule, EVENTBRIDGE_TARGETS_PER_RULE, "targets", problems);
  countOver(filtersPerLogGroup, METRIC_FILTERS_PER_LOG_GROUP, "metric filters", problems);
  return problems;
}
