"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unrecoverableChangePatterns = unrecoverableChangePatterns;
exports.unrecoverableChangeMessage = unrecoverableChangeMessage;
exports.unrecoverableChangeChatMessage = unrecoverableChangeChatMessage;
const alertTemplates_1 = require("./alertTemplates");
function onThisTrail(eventNames, field, trailName, trailArn) {
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
function unrecoverableChangePatterns(trailName, trailArn) {
    return [
        { id: "trail-deleted-or-updated", pattern: onThisTrail(["DeleteTrail", "UpdateTrail"], "name", trailName, trailArn) },
        { id: "trail-event-selectors-changed", pattern: onThisTrail(["PutEventSelectors"], "trailName", trailName, trailArn) },
    ];
}
/**
 * The SNS target's input transformer: a plain-text message (a quoted JSON string template is
 * delivered as text; EventBridge "Transforming target input"). Input paths: at most 100.
 */
function unrecoverableChangeMessage(trailArn) {
    const text = `CloudTrail trail ${trailArn}: <event> by <who> from <ip> at <time> (account <account>, <region>). ` +
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
function unrecoverableChangeChatMessage(trailArn, id) {
    return (0, alertTemplates_1.chatAlertMessage)({
        id,
        title: `CloudTrail trail ${trailArn}: ${id.replace(/-/g, " ")}`,
        why: "The self-healing function cannot safely undo this change.",
    }, [
        "Restore the trail now with `pulumi up` on the baseline's stack.",
        "Then find out who made the change and why (event <eventId>, <region>): the caller's credentials may be compromised.",
    ]);
}
