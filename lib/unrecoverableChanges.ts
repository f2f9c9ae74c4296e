/**
 * Trail changes the function cannot safely undo (deleting the trail, changing its settings or
 * its event selectors): an EventBridge rule per pattern sends them to the alert topic (and the
 * chat topic, as a Chatbot custom notification) with a message that tells the reader to restore
 * the trail with `pulumi up`. Only successful calls
 * match (no `errorCode`); failed attempts still reach the `cloudtrail-config-changes` alarm.
 * Patterns: https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html
 * (`exists`: .../eb-create-pattern-operators.html). Request fields: CloudTrail API reference,
 * DeleteTrail and UpdateTrail take `Name`, PutEventSelectors takes `TrailName` (name or ARN).
 */
import type * as aws from "@pulumi/aws";
import { AlertTransformer, chatAlertMessage } from "./alertTemplates";

export interface UnrecoverableChangePattern {
  readonly id: "trail-deleted-or-updated" | "trail-event-selectors-changed";
  readonly pattern: Record<string, unknown>;
}

function onThisTrail(
  eventNames: readonly string[],
  field: "name" | "trailName",
  trailName: string,
  trailArn: string,
): Record<string, unknown> {
  return {
    source: ["aws.cloudtrail"],
    "detail-type": ["AWS API Call via CloudTrail"],
    detail: {
      eventSource: ["cloudtrail.amazonaws.com"],
      eventName: [...eventNames],
      errorCode: [{ exists: false }],
      requestParameters: { [field]: [trailName, trailArn] },
    },
  };
}

/** Two patterns, because the trail is named in different request fields. */
export function unrecoverableChangePatterns(trailName: string, trailArn: string): readonly UnrecoverableChangePattern[] {
  return [
    { id: "trail-deleted-or-updated", pattern: onThisTrail(["DeleteTrail", "UpdateTrail"], "name", trailName, trailArn) },
    { id: "trail-event-selectors-changed", pattern: onThisTrail(["PutEventSelectors"], "trailName", trailName, trailArn) },
  ];
}

/**
 * The SNS target's input transformer: a plain-text message (a quoted JSON string template is
 * delivered as text; EventBridge "Transforming target input"). Input paths: at most 100.
 */
export function unrecoverableChangeMessage(trailArn: string): aws.types.input.cloudwatch.EventTargetInputTransformer {
  const text =
    `CloudTrail trail ${trailArn}: <event> by <who> from <ip> at <time> (account <account>, <region>). ` +
    "The self-healing function cannot safely undo this change. Restore the trail now with `pulumi up` on the baseline's stack, " +
    "then find out who made the change and why: the caller's credentials may be compromised.";
  return {
    inputPaths: {
      event: "$.detail.eventName",
      who: "$.detail.userIdentity.arn",
      ip: "$.detail.sourceIPAddress",
      time: "$.detail.eventTime",
      account: "$.account",
      region: "$.region",
    },
    inputTemplate: JSON.stringify(text),
  };
}

/** The chat target's input transformer: the same alert as an AWS Chatbot custom notification (lib/alertTemplates.ts). */
export function unrecoverableChangeChatMessage(trailArn: string, id: UnrecoverableChangePattern["id"]): AlertTransformer {
  return chatAlertMessage(
    {
      id,
      title: `CloudTrail trail ${trailArn}: ${id.replace(/-/g, " ")}`,
      why: "The self-healing function cannot safely undo this change.",
    },
    [
      "Restore the trail now with `pulumi up` on the baseline's stack.",
      "Then find out who made the change and why (event <eventId>, <region>): the caller's credentials may be compromised.",
    ],
  );
}
