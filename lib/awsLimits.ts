/**
 * AWS limits and naming rules the baseline must respect, each with the page or provider
 * validator it comes from. Config validation, the components and the tests read them from
 * here: nobody writes a limit twice.
 *
 * Lengths are counted the way the provider and the API count them: most string limits are
 * UTF-8 bytes (`utf8Bytes`), not JavaScript characters.
 */

/** A numeric limit: a length, a count or a quota. */
export interface AwsLimit {
  readonly value: number;
  /** What `value` counts. */
  readonly unit: "UTF-8 bytes" | "characters" | "items" | "days";
  /** Whether an account can raise it through Service Quotas. */
  readonly adjustable?: boolean;
  /** AWS documentation page or provider source file that states it. */
  readonly source: string;
}

/** A naming rule: what the provider's validator or the API accepts. */
export interface NameRule {
  readonly pattern: RegExp;
  /** What is allowed, in words, for error messages. */
  readonly allowed: string;
  readonly source: string;
}

/** Length of a string as most AWS APIs and the provider's validators count it. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** The longest prefix of `text` within `maxBytes` UTF-8 bytes, ending in "…" when cut; never splits a character. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Bytes(text) <= maxBytes) return text;
  const ellipsis = "…";
  let out = "";
  for (const char of text) {
    if (utf8Bytes(out + char) + utf8Bytes(ellipsis) > maxBytes) break;
    out += char;
  }
  return out + ellipsis;
}

// ---------------------------------------------------------------------------------------
// Config-side limits and name rules (config.ts validation).
// ---------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------
// Component-side limits (what the components split or cut to stay within).
// ---------------------------------------------------------------------------------------

/** CloudWatch alarm description (PutMetricAlarm AlarmDescription). */
export const ALARM_DESCRIPTION_MAX: AwsLimit = {
  value: 1024,
  unit: "UTF-8 bytes",
  source: "hashicorp/terraform-provider-aws internal/service/cloudwatch/metric_alarm.go: alarm_description validation.StringLenBetween(0, 1024) (Go len: bytes)",
};

/** CloudWatch alarm name. */
export const ALARM_NAME: NameRule = {
  pattern: /^.{1,255}$/su,
  allowed: "1-255 characters",
  source: "hashicorp/terraform-provider-aws internal/service/cloudwatch/metric_alarm.go: alarm_name validation.StringLenBetween(1, 255)",
};

/** Metrics one metric-math alarm may reference. */
export const METRIC_MATH_ALARM_METRICS_MAX: AwsLimit = {
  value: 10,
  unit: "items",
  adjustable: false,
  source: "CloudWatch user guide, alarm limits: \"Alarms based on metric math expressions can reference a maximum of 10 metrics. This is a hard limit\" (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-limits.html)",
};

/** EventBridge rule description (PutRule Description). */
export const RULE_DESCRIPTION_MAX: AwsLimit = {
  value: 512,
  unit: "UTF-8 bytes",
  source: "hashicorp/terraform-provider-aws internal/service/events/rule.go: description validation.StringLenBetween(0, 512)",
};

/** EventBridge input transformer template (PutTargets InputTransformer.InputTemplate). */
export const INPUT_TEMPLATE_MAX: AwsLimit = {
  value: 8192,
  unit: "UTF-8 bytes",
  source: "hashicorp/terraform-provider-aws internal/service/events/target.go: input_template validation.StringLenBetween(1, 8192)",
};

/** CloudWatch Logs metric filter pattern (PutMetricFilter filterPattern). */
export const METRIC_FILTER_PATTERN_MAX: AwsLimit = {
  value: 1024,
  unit: "UTF-8 bytes",
  source: "hashicorp/terraform-provider-aws internal/service/logs/metric_filter.go: pattern validation.StringLenBetween(0, 1024); CloudWatch Logs API PutMetricFilter filterPattern",
};

/**
 * EventBridge event pattern size the baseline's own patterns stay within: the account default,
 * which the provider's older validator also enforced (internal/service/events/rule.go
 * validateEventPatternValue, maxJSONLength 2048; newer releases allow 4096 and leave the quota
 * to AWS).
 */
export const EVENT_PATTERN_DEFAULT_MAX: AwsLimit = {
  value: 2048,
  unit: "characters",
  adjustable: true,
  source: "EventBridge quotas, \"Event pattern size\" (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html)",
};
