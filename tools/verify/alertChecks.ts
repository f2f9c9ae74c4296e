/**
 * Links 6 and 7: the alarms and rules may publish to each region's topic (topic policy and, for
 * an encrypted topic, key policy), and each address has confirmed its subscription.
 */
import { DescribeRuleCommand, ListTargetsByRuleCommand } from "@aws-sdk/client-eventbridge";
import { GetKeyPolicyCommand } from "@aws-sdk/client-kms";
import { GetTopicAttributesCommand, ListSubscriptionsByTopicCommand, Subscription } from "@aws-sdk/client-sns";
import { Check, fail, ok, warn } from "./report";
import { callAws, couldNotRead, errorName, RESTORE_WITH_PULUMI, VerifyContext } from "./context";
import { allowsService, parsePolicy } from "./policyMatch";
import { documentedKeyPolicy, documentedTopicPolicy } from "./policyForms";
import { formCheck } from "./formCheck";
import { ALARMS, SECRET_READ_ALARM } from "../../policy/catalogue";

const PUBLISHERS = ["cloudwatch.amazonaws.com", "events.amazonaws.com"] as const;
const KEY_ACTIONS = ["kms:GenerateDataKey", "kms:Decrypt"] as const;

export async function alertChecks(ctx: VerifyContext): Promise<Check[]> {
  const checks: Check[] = [];
  for (const [region, topicArn] of Object.entries(ctx.outputs.topicArns)) {
    checks.push(...(await topicChecks(ctx, region, topicArn)));
    checks.push(...(await subscriptionChecks(ctx, region, topicArn)));
  }
  return checks;
}

async function topicChecks(ctx: VerifyContext, region: string, topicArn: string): Promise<Check[]> {
  const id = `topic-policy.${region}`;
  const clients = ctx.clients(region);
  let attributes: Record<string, string>;
  try {
    attributes = (await callAws(ctx, () => clients.sns.send(new GetTopicAttributesCommand({ TopicArn: topicArn })))).Attributes ?? {};
  } catch (err) {
    if (errorName(err) === "NotFoundException") return [fail(id, `Topic ${topicArn} does not exist.`, RESTORE_WITH_PULUMI)];
    return [couldNotRead(id, err, "sns:GetTopicAttributes")];
  }

  const checks: Check[] = [];
  const statements = attributes.Policy === undefined ? [] : parsePolicy(attributes.Policy);
  const refused = PUBLISHERS.filter((service) => !allowsService(statements, service, "sns:Publish"));
  checks.push(
    refused.length === 0
      ? ok(id, "CloudWatch alarms and EventBridge rules may publish.")
      : fail(id, `The topic policy does not let ${refused.join(" or ")} publish: their notifications are dropped.`, RESTORE_WITH_PULUMI),
  );
  checks.push(
    formCheck(`${id}.form`, "topic policy", attributes.Policy, await documentedTopicPolicy(ctx.outputs, ctx.account, region, topicArn)),
  );

  const keyId = attributes.KmsMasterKeyId;
  const keyCheckId = `key-policy.${region}`;
  if (keyId === undefined || keyId === "") {
    checks.push(warn(keyCheckId, "The topic is not encrypted.", RESTORE_WITH_PULUMI));
    return checks;
  }
  if (/alias\/aws\/sns$/.test(keyId)) {
    return [
      ...checks,
      fail(
        keyCheckId,
        "The topic uses the AWS managed key alias/aws/sns, whose policy CloudWatch and EventBridge cannot use: alarms publish nothing.",
        RESTORE_WITH_PULUMI,
      ),
    ];
  }
  try {
    const { Policy } = await callAws(ctx, () => clients.kms.send(new GetKeyPolicyCommand({ KeyId: keyId, PolicyName: "default" })));
    const keyStatements = Policy === undefined ? [] : parsePolicy(Policy);
    const missing = PUBLISHERS.flatMap((service) =>
      KEY_ACTIONS.filter((action) => !allowsService(keyStatements, service, action)).map((action) => `${service} ${action}`),
    );
    checks.push(
      missing.length === 0
        ? ok(keyCheckId, `Key ${keyId} lets CloudWatch and EventBridge encrypt for the topic.`)
        : fail(
            keyCheckId,
            `Key ${keyId} does not allow ${missing.join(", ")}: publishing to the encrypted topic fails silently.`,
            RESTORE_WITH_PULUMI,
          ),
    );
    checks.push(
      formCheck(`${keyCheckId}.form`, `key policy of ${keyId}`, Policy, await documentedKeyPolicy(ctx.outputs, ctx.account, keyId)),
    );
  } catch (err) {
    checks.push(couldNotRead(keyCheckId, err, "kms:GetKeyPolicy"));
  }
  return checks;
}

async function subscriptionChecks(ctx: VerifyContext, region: string, topicArn: string): Promise<Check[]> {
  const emails = ctx.outputs.alertEmails;
  if (emails.length === 0) {
    return [
      warn(
        `subscription.${region}`,
        "No alertEmails are configured: nobody is notified.",
        "pulumi config set --path 'alertEmails[0]' you@example.com, then `pulumi up`.",
      ),
    ];
  }
  const subscriptions: Subscription[] = [];
  try {
    let NextToken: string | undefined;
    do {
      const page = await callAws(ctx, () =>
        ctx.clients(region).sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn, NextToken })),
      );
      subscriptions.push(...(page.Subscriptions ?? []));
      NextToken = page.NextToken;
    } while (NextToken);
  } catch (err) {
    return [couldNotRead(`subscription.${region}`, err, "sns:ListSubscriptionsByTopic")];
  }
  return emails.map((email): Check => {
    const id = `subscription.${region}.${email}`;
    const subscription = subscriptions.find((s) => s.Protocol === "email" && s.Endpoint?.toLowerCase() === email.toLowerCase());
    if (subscription === undefined) return fail(id, `${email} is not subscribed to ${topicArn}.`, RESTORE_WITH_PULUMI);
    if (subscription.SubscriptionArn === "PendingConfirmation") {
      return fail(
        id,
        `${email} has not confirmed its subscription: it receives nothing.`,
        `Click "Confirm subscription" in the "AWS Notification - Subscription Confirmation" email; to send it again: aws sns subscribe --topic-arn ${topicArn} --protocol email --notification-endpoint ${email} --region ${region}`,
      );
    }
    return ok(id, `${email} is confirmed.`);
  });
}

export type RuleState = "ENABLED" | "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS";

/**
 * The state the component gives a rule (settings/alarmSet.ts, components/alerts.ts): rules
 * whose events include read-only Describe/Get/List calls (the catalogue entries flagged
 * `realtimeNeedsReadOnlyEvents`, and every custom alarm) need
 * ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS; a plain ENABLED rule never sees those events.
 */
export function expectedRuleState(alarmId: string): RuleState {
  const entry = [...ALARMS, SECRET_READ_ALARM].find((a) => a.id === alarmId);
  const needsReadOnly = entry === undefined ? true : entry.realtimeNeedsReadOnlyEvents === true;
  return needsReadOnly ? "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS" : "ENABLED";
}

/** The real-time path: each rule is in the state the component deploys and targets its region's topic. */
export async function ruleChecks(ctx: VerifyContext): Promise<Check[]> {
  const checks: Check[] = [];
  for (const [region, rules] of Object.entries(ctx.outputs.realtimeRules)) {
    const events = ctx.clients(region).events;
    const topicArn = ctx.outputs.topicArns[region];
    for (const rule of rules) {
      const id = `rule.${region}.${rule.id}`;
      try {
        const described = await callAws(ctx, () => events.send(new DescribeRuleCommand({ Name: rule.ruleName })));
        const { Targets } = await callAws(ctx, () => events.send(new ListTargetsByRuleCommand({ Rule: rule.ruleName })));
        const problems: string[] = [];
        const expected = expectedRuleState(rule.id);
        if (described.State !== expected) {
          problems.push(
            expected === "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS" && described.State === "ENABLED"
              ? "state ENABLED, so it never sees the read-only (Describe/Get/List) events it alerts on; must be ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS"
              : `state ${described.State}, must be ${expected}`,
          );
        }
        if (!(Targets ?? []).some((t) => t.Arn === topicArn)) problems.push(`does not target ${topicArn}`);
        checks.push(
          problems.length === 0
            ? ok(id, `${rule.ruleName} is ${expected} and targets the topic.`)
            : fail(id, `${rule.ruleName}: ${problems.join("; ")}.`, RESTORE_WITH_PULUMI),
        );
      } catch (err) {
        checks.push(
          errorName(err) === "ResourceNotFoundException"
            ? fail(id, `No rule ${rule.ruleName} in ${region}.`, RESTORE_WITH_PULUMI)
            : couldNotRead(id, err, "events:DescribeRule, events:ListTargetsByRule"),
        );
      }
    }
  }
  return checks;
}
