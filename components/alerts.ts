/**
 * The regional part: an encrypted SNS topic that this account's alarms and EventBridge may
 * publish to (EventBridge's grant cannot carry a condition: policyDocuments.ts), the email
 * subscriptions, and the real-time EventBridge rules on CloudTrail management events, whose
 * input transformer says who did what, where and when.
 *
 * With a Slack channel, a second encrypted topic per Region carries the same alerts in the one
 * format AWS Chatbot shows besides its native ones: custom notifications (lib/chatNotification.ts).
 * Each rule gets a second target with a custom-notification template, and the alarms act on both
 * topics (Chatbot renders alarm notifications natively). Email keeps plain text; chat gets what
 * Chatbot can show: one topic per format, because EventBridge cannot send SNS per-protocol
 * messages (a rule target has no MessageStructure).
 */
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { EventBridgePattern } from "../policy/catalogue";
import { BaselineSettings } from "../settings/types";
import { ResolvedAlarm } from "../settings/alarmSet";
import { AccountContext, topicKeyPolicy, topicPolicy } from "../lib/policyDocuments";
import { AlertTransformer, alertMessage, chatAlertMessage } from "../lib/alertTemplates";
import { FindingRule } from "../lib/findingAlerts";
import { EVENTBRIDGE_RULE_DESCRIPTION_MAX, truncateUtf8 } from "../lib/awsLimits";
import { chatTopicNameFor, ruleNameFor, topicNameFor } from "../settings/names";

export interface AlertsArgs {
  readonly name: string;
  readonly region: string;
  readonly settings: Pick<BaselineSettings, "alertEmails" | "trailName">;
  readonly account: AccountContext;
  /** Key that encrypts the topic; without one, the region gets a key of its own. */
  readonly key?: aws.kms.Key;
  /** Alarms whose real-time rule this region gets (those with an event pattern). */
  readonly realtimeAlarms: readonly RealtimeAlarm[];
  /** Rules that route GuardDuty, Security Hub and AWS Config findings (lib/findingAlerts.ts). */
  readonly findingRules: readonly FindingRule[];
  /** A Slack channel receives the alerts (slackChannel): the Region also gets a chat topic. */
  readonly chat: boolean;
  readonly tags: Record<string, string>;
}

export interface RealtimeAlarm {
  readonly alarm: ResolvedAlarm;
  readonly eventPattern: EventBridgePattern;
}

export interface RegionalAlerts {
  readonly topic: aws.sns.Topic;
  /** The chat topic (custom notifications for AWS Chatbot), with a Slack channel. */
  readonly chatTopic?: aws.sns.Topic;
  readonly rules: { id: string; ruleName: string }[];
  readonly findingRules: { id: string; ruleName: string }[];
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
  const chat = args.chat ? createChatTopic(args, key, child) : undefined;
  for (const email of settings.alertEmails) {
    new aws.sns.TopicSubscription(
      `${name}-email-${email}`,
      { topic: topic.arn, protocol: "email", endpoint: email } satisfies aws.sns.TopicSubscriptionArgs,
      child,
    );
  }

  // One rule per alert, each with its email target and, with a Slack channel, its chat target.
  const route = (
    id: string,
    rule: Omit<aws.cloudwatch.EventRuleArgs, "name" | "tags">,
    email: AlertTransformer,
    chatMessage: AlertTransformer,
  ): { id: string; ruleName: string } => {
    const ruleName = ruleNameFor(settings, id);
    const created = new aws.cloudwatch.EventRule(
      `${name}-rule-${id}`,
      { ...rule, name: ruleName, tags } satisfies aws.cloudwatch.EventRuleArgs,
      child,
    );
    new aws.cloudwatch.EventTarget(
      `${name}-rule-${id}-target`,
      { rule: created.name, arn: topic.arn, inputTransformer: email } satisfies aws.cloudwatch.EventTargetArgs,
      // Publishing is refused until the topic policy lets EventBridge in.
      { ...child, dependsOn: [policy] },
    );
    if (chat) {
      new aws.cloudwatch.EventTarget(
        `${name}-rule-${id}-chat-target`,
        { rule: created.name, arn: chat.topic.arn, inputTransformer: chatMessage } satisfies aws.cloudwatch.EventTargetArgs,
        { ...child, dependsOn: [chat.policy] },
      );
    }
    return { id, ruleName };
  };

  const rules = args.realtimeAlarms.map(({ alarm, eventPattern }) =>
    route(
      alarm.id,
      {
        description: ruleDescription(alarm),
        eventPattern: JSON.stringify(eventPattern),
        // Plain ENABLED rules never see read-only Describe/Get/List management events.
        state: alarm.realtimeNeedsReadOnlyEvents ? "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS" : "ENABLED",
      },
      alertMessage(alarm),
      chatAlertMessage(alarm),
    ),
  );
  const findingRules = args.findingRules.map((finding) =>
    route(
      finding.id,
      {
        description: truncateUtf8(finding.description, EVENTBRIDGE_RULE_DESCRIPTION_MAX.value),
        eventPattern: JSON.stringify(finding.eventPattern),
        state: "ENABLED",
      },
      finding.email,
      finding.chat,
    ),
  );

  return { topic, chatTopic: chat?.topic, rules, findingRules };
}

/** The Region's chat topic: encrypted with the alert topic's key, the same publishers allowed. */
function createChatTopic(
  args: AlertsArgs,
  key: aws.kms.Key,
  child: pulumi.CustomResourceOptions,
): { topic: aws.sns.Topic; policy: aws.sns.TopicPolicy } {
  const { name, region, settings, account, tags } = args;
  const topic = new aws.sns.Topic(
    `${name}-chat-topic`,
    { name: chatTopicNameFor(settings, region), kmsMasterKeyId: key.arn, tags } satisfies aws.sns.TopicArgs,
    child,
  );
  const policy = new aws.sns.TopicPolicy(
    `${name}-chat-topic-policy`,
    { arn: topic.arn, policy: topicPolicy({ account, region, topicArn: topic.arn }) } satisfies aws.sns.TopicPolicyArgs,
    child,
  );
  return { topic, policy };
}

/** Rule descriptions within EVENTBRIDGE_RULE_DESCRIPTION_MAX (UTF-8 bytes, as the provider counts). */
export function ruleDescription(alarm: Pick<ResolvedAlarm, "title">): string {
  return truncateUtf8(`Real-time alert: ${alarm.title}`, EVENTBRIDGE_RULE_DESCRIPTION_MAX.value);
}
