/**
 * The regional part: an encrypted SNS topic that this account's alarms and EventBridge may
 * publish to (EventBridge's grant cannot carry a condition: policyDocuments.ts), the email
 * subscriptions, and the real-time EventBridge rules on CloudTrail management events, whose
 * input transformer says who did what, where and when.
 */
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { EventBridgePattern } from "../policy/catalogue";
import { BaselineSettings } from "../settings/types";
import { ResolvedAlarm } from "../settings/alarmSet";
import { AccountContext, topicKeyPolicy, topicPolicy } from "../lib/policyDocuments";
import { EVENTBRIDGE_INPUT_TEMPLATE_MAX, EVENTBRIDGE_RULE_DESCRIPTION_MAX, truncateUtf8, utf8Bytes } from "../lib/awsLimits";
import { ruleNameFor, topicNameFor } from "../settings/names";

export interface AlertsArgs {
  readonly name: string;
  readonly region: string;
  readonly settings: Pick<BaselineSettings, "alertEmails" | "trailName">;
  readonly account: AccountContext;
  /** Key that encrypts the topic; without one, the region gets a key of its own. */
  readonly key?: aws.kms.Key;
  /** Alarms whose real-time rule this region gets (those with an event pattern). */
  readonly realtimeAlarms: readonly RealtimeAlarm[];
  readonly tags: Record<string, string>;
}

export interface RealtimeAlarm {
  readonly alarm: ResolvedAlarm;
  readonly eventPattern: EventBridgePattern;
}

export interface RegionalAlerts {
  readonly topic: aws.sns.Topic;
  readonly rules: { id: string; ruleName: string }[];
}

export function createAlerts(args: AlertsArgs, parent: pulumi.Resource): RegionalAlerts {
  const { name, region, settings, account, tags } = args;
  const child = { parent };

  const key =
    args.key ??
    new aws.kms.Key(
      `${name}-topic-key`,
      {
        description: `Encrypts the ${topicNameFor(settings, region)} security alert topic`,
        enableKeyRotation: true,
        deletionWindowInDays: 30,
        policy: topicKeyPolicy(account),
        tags,
      } satisfies aws.kms.KeyArgs,
      child,
    );

  const topic = new aws.sns.Topic(
    `${name}-topic`,
    { name: topicNameFor(settings, region), kmsMasterKeyId: key.arn, tags } satisfies aws.sns.TopicArgs,
    child,
  );
  const policy = new aws.sns.TopicPolicy(
    `${name}-topic-policy`,
    { arn: topic.arn, policy: topicPolicy({ account, region, topicArn: topic.arn }) } satisfies aws.sns.TopicPolicyArgs,
    child,
  );
  for (const email of settings.alertEmails) {
    new aws.sns.TopicSubscription(
      `${name}-email-${email}`,
      { topic: topic.arn, protocol: "email", endpoint: email } satisfies aws.sns.TopicSubscriptionArgs,
      child,
    );
  }

  const rules = args.realtimeAlarms.map(({ alarm, eventPattern }) => {
    const ruleName = ruleNameFor(settings, alarm.id);
    const rule = new aws.cloudwatch.EventRule(
      `${name}-rule-${alarm.id}`,
      {
        name: ruleName,
        description: ruleDescription(alarm),
        eventPattern: JSON.stringify(eventPattern),
        // Plain ENABLED rules never see read-only Describe/Get/List management events.
        state: alarm.realtimeNeedsReadOnlyEvents ? "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS" : "ENABLED",
        tags,
      } satisfies aws.cloudwatch.EventRuleArgs,
      child,
    );
    new aws.cloudwatch.EventTarget(
      `${name}-rule-${alarm.id}-target`,
      {
        rule: rule.name,
        arn: topic.arn,
        inputTransformer: alertMessage(alarm),
      } satisfies aws.cloudwatch.EventTargetArgs,
      // Publishing is refused until the topic policy lets EventBridge in.
      { ...child, dependsOn: [policy] },
    );
    return { id: alarm.id, ruleName };
  });

  return { topic, rules };
}

/** Fields of the CloudTrail record the alert quotes. */
const ALERT_FIELDS = {
  account: "$.account",
  region: "$.detail.awsRegion",
  time: "$.detail.eventTime",
  eventSource: "$.detail.eventSource",
  eventName: "$.detail.eventName",
  errorCode: "$.detail.errorCode",
  principal: "$.detail.userIdentity.arn",
  principalType: "$.detail.userIdentity.type",
  sourceIp: "$.detail.sourceIPAddress",
  userAgent: "$.detail.userAgent",
} as const;

/** An input transformer with known values (assignable to the provider's input type). */
export interface AlertTransformer extends aws.types.input.cloudwatch.EventTargetInputTransformer {
  readonly inputPaths: Record<string, string>;
  readonly inputTemplate: string;
}

/**
 * A plain-text alert a responder can act on without the console: who, what, where, when,
 * and why it matters. For an SNS target, a template of quoted lines is delivered as text.
 * Configured text (a custom alarm's title and why) goes through `literalText`; the template
 * stays within EVENTBRIDGE_INPUT_TEMPLATE_MAX, counted in UTF-8 bytes as the provider counts it, by
 * shortening the why, then the title.
 */
export function alertMessage(alarm: Pick<ResolvedAlarm, "title" | "why" | "id">): AlertTransformer {
  const render = (title: string, why: string): string =>
    [
      `[Security baseline] ${literalText(title)}`,
      `What:  <eventName> on <eventSource> (error: <errorCode>)`,
      `Who:   <principal> (<principalType>)`,
      `Where: account <account>, region <region>, from <sourceIp> using <userAgent>`,
      `When:  <time>`,
      `Why it matters: ${literalText(why)}`,
      `Alarm id: ${alarm.id}`,
    ]
      .map((line) => JSON.stringify(line))
      .join("\n");
  let { title, why } = alarm;
  let inputTemplate = render(title, why);
  for (
    let over = utf8Bytes(inputTemplate) - EVENTBRIDGE_INPUT_TEMPLATE_MAX.value;
    over > 0;
    over = utf8Bytes(inputTemplate) - EVENTBRIDGE_INPUT_TEMPLATE_MAX.value
  ) {
    // Escaping can make a character cost more than its bytes: cut at least what is over, and retry.
    if (utf8Bytes(why) > 1) why = truncateUtf8(why, Math.max(1, utf8Bytes(why) - over));
    else title = truncateUtf8(title, Math.max(1, utf8Bytes(title) - over));
    inputTemplate = render(title, why);
  }
  return { inputPaths: { ...ALERT_FIELDS }, inputTemplate };
}

/**
 * Configured text as literal template text. EventBridge fills every `<name>` of an input
 * template from the input paths ("Enclose each InputPathsMaps value in brackets: <value>",
 * EventBridge API reference, InputTransformer) and documents no escape for a literal `<`, so a
 * `<script>` in a title would be an undefined placeholder and PutTargets would fail: angle
 * brackets become the look-alikes ‹ ›. Quotes and backslashes are escaped by `JSON.stringify`,
 * as the same page asks ("escape each quote marks with a slash"). Line breaks and other control
 * characters become spaces: each template line is one quoted string.
 */
export function literalText(text: string): string {
  return (
    text
      .replace(/</g, "\u2039")
      .replace(/>/g, "\u203a")
      // eslint-disable-next-line no-control-regex -- control characters are exactly what this replaces
      .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, " ")
  );
}

/** Rule descriptions within EVENTBRIDGE_RULE_DESCRIPTION_MAX (UTF-8 bytes, as the provider counts). */
export function ruleDescription(alarm: Pick<ResolvedAlarm, "title">): string {
  return truncateUtf8(`Real-time alert: ${alarm.title}`, EVENTBRIDGE_RULE_DESCRIPTION_MAX.value);
}
