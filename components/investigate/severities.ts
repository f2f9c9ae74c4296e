/**
 * Alert severities (building block, not wired): the entries that should wake someone up also go
 * to a separate paging topic, which a pager (an HTTPS endpoint such as an on-call service's SNS
 * integration, or SMS) subscribes to, while every alert keeps going to the normal topics, email
 * and chat.
 *
 * Why it is worth having: the alert topics carry up to 17 catalogue entries plus custom ones, most
 * of them "look at it today" (a security group changed). Root use, trail tampering and key
 * deletion are "act within minutes": an attacker's first moves, or unrecoverable data loss. A
 * second topic is the cheapest way to page on those alone: SNS cannot filter the alerts by
 * severity, because CloudWatch and EventBridge publish them as plain text without message
 * attributes (subscription filter policies match attributes or a JSON body:
 * https://docs.aws.amazon.com/sns/latest/dg/sns-message-filtering.html).
 *
 * Where high-severity alerts come from, and how each reaches the paging topic:
 * - the metric-filter alarm of each high-severity entry (home region, every region's events via
 *   the multi-region trail): the paging topic is added to its alarm actions
 *   (PutMetricAlarm AlarmActions, up to 5: https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html);
 * - the entry's real-time rule in the home region: the paging topic is a second target
 *   (5 targets a rule, lib/awsLimits.ts EVENTBRIDGE_TARGETS_PER_RULE). Only the home region's:
 *   an SNS target is in the rule's region, and the metric alarm already covers every region;
 * - self-healing: the rules for changes it cannot undo get the paging topic as a second target.
 *   StopLogging itself pages through the `cloudtrail-config-changes` entry, which matches it.
 */
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { AccountContext, topicPolicy } from "../policyDocuments";

export interface SeverityEntry {
  /** Catalogue id. */
  readonly id: string;
  /** Why it pages, for the README and the review of this list. */
  readonly why: string;
}

/** The catalogue entries that page (issue 14: root use, CloudTrail changes, key deletion). */
export const HIGH_SEVERITY_ALARMS: readonly SeverityEntry[] = [
  { id: "root-account-usage", why: "The root user bypasses every IAM policy: any use outside break-glass is an incident now." },
  { id: "cloudtrail-config-changes", why: "StopLogging, DeleteTrail and UpdateTrail blind every other alarm: an attacker's first move." },
  { id: "kms-key-disable-or-deletion", why: "A key scheduled for deletion takes its data with it when the waiting period ends." },
];

/** Self-healing events that page: the trail changes the function cannot undo (unrecoverable.ts ids). */
export const HIGH_SEVERITY_SELF_HEALING_EVENTS = ["trail-deleted-or-updated", "trail-event-selectors-changed"] as const;

export function isHighSeverity(alarmId: string): boolean {
  return HIGH_SEVERITY_ALARMS.some((entry) => entry.id === alarmId);
}

export interface PagingSources {
  /** The baseline's metric alarms (alarms.ts AlarmOutput). */
  readonly alarms: readonly { readonly id: string; readonly alarmName: string }[];
  /** The home region's real-time rules (alerts.ts RegionalAlerts.rules). */
  readonly homeRules: readonly { readonly id: string; readonly ruleName: string }[];
  /** The self-healing rules for changes it cannot undo, by unrecoverable.ts id. */
  readonly selfHealingRules?: readonly { readonly id: string; readonly ruleName: string }[];
}

/** Which alarms get the paging topic as an action and which rules as a target. */
export interface PagingRoutes {
  readonly alarmNames: string[];
  readonly ruleNames: string[];
}

export function pagingRoutes(sources: PagingSources): PagingRoutes {
  const selfHealing = (sources.selfHealingRules ?? []).filter((r) =>
    (HIGH_SEVERITY_SELF_HEALING_EVENTS as readonly string[]).includes(r.id),
  );
  return {
    alarmNames: sources.alarms.filter((a) => isHighSeverity(a.id)).map((a) => a.alarmName),
    ruleNames: [...sources.homeRules.filter((r) => isHighSeverity(r.id)).map((r) => r.ruleName), ...selfHealing.map((r) => r.ruleName)],
  };
}

/** The alarm actions of an alarm: its region's alert topic, and the paging topic when it pages. */
export function alarmActionsFor(
  alarmId: string,
  alertTopicArn: pulumi.Input<string>,
  pagingTopicArn: pulumi.Input<string>,
): pulumi.Input<string>[] {
  return isHighSeverity(alarmId) ? [alertTopicArn, pagingTopicArn] : [alertTopicArn];
}

/** Paging topic name; within SNS_TOPIC_NAME for a trail name of PROJECT_TRAIL_NAME's 24 characters. */
export function pagingTopicName(namePrefix: string, region: string): string {
  return `${namePrefix}-paging-${region}`;
}

export interface PagingTopicArgs {
  readonly namePrefix: string;
  readonly region: string;
  readonly account: AccountContext;
  /**
   * The home key: its policy already lets CloudWatch alarms and EventBridge use it for an
   * encrypted topic (policyDocuments.ts topicPublishersUseKey).
   */
  readonly kmsKeyArn: pulumi.Input<string>;
  readonly tags: Record<string, string>;
}

/**
 * The encrypted paging topic with the alert topics' policy (this account's alarms in the region
 * and EventBridge rules publish, TLS only): the same publishers as the alert topic it shadows.
 */
export function createPagingTopic(name: string, args: PagingTopicArgs, parent: pulumi.Resource): aws.sns.Topic {
  const topic = new aws.sns.Topic(
    `${name}-paging-topic`,
    { name: pagingTopicName(args.namePrefix, args.region), kmsMasterKeyId: args.kmsKeyArn, tags: args.tags } satisfies aws.sns.TopicArgs,
    { parent },
  );
  new aws.sns.TopicPolicy(
    `${name}-paging-topic-policy`,
    {
      arn: topic.arn,
      policy: topicPolicy({ account: args.account, region: args.region, topicArn: topic.arn }),
    } satisfies aws.sns.TopicPolicyArgs,
    { parent },
  );
  return topic;
}
