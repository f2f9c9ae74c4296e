"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CHAT_ALERT_FIELD_VALUES = exports.CHAT_ALERT_FIELDS = void 0;
exports.alertMessage = alertMessage;
exports.chatAlertMessage = chatAlertMessage;
exports.literalText = literalText;
const awsLimits_1 = require("./awsLimits");
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
};
/**
 * A plain-text alert a responder can act on without the console: who, what, where, when,
 * and why it matters. For an SNS target, a template of quoted lines is delivered as text.
 * Configured text (a custom alarm's title and why) goes through `literalText`; the template
 * stays within EVENTBRIDGE_INPUT_TEMPLATE_MAX, counted in UTF-8 bytes as the provider counts it, by
 * shortening the why, then the title.
 */
function alertMessage(alarm) {
    const render = (title, why) => [
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
    return { inputPaths: { ...ALERT_FIELDS }, inputTemplate: withinTemplateMax(render, alarm) };
}
/**
 * Fields a chat alert quotes inside its JSON strings. EventBridge "doesn't escape values
 * extracted by Input Path" (EventBridge user guide, Transforming target input, Common issues), so
 * a value with a quote, a backslash or a line break would break the JSON and Chatbot would drop
 * the alert: only fields whose documented values cannot hold one are quoted. IAM names, session
 * names and principal ids are `[\w+=,.@-]` (IAM API reference, CreateUser/CreateRole/AssumeRole);
 * account ids, Regions, event times, ids, sources, names and error codes are AWS's own. The
 * caller's ARN (an IAM path may hold any printable character) and the user agent (free text)
 * stay in the email text only. A field the event lacks is left out ("that variable isn't
 * created"), which leaves its place in a string empty.
 */
exports.CHAT_ALERT_FIELDS = {
    account: "$.account",
    region: "$.detail.awsRegion",
    time: "$.detail.eventTime",
    eventId: "$.detail.eventID",
    eventSource: "$.detail.eventSource",
    eventName: "$.detail.eventName",
    errorCode: "$.detail.errorCode",
    principalType: "$.detail.userIdentity.type",
    principalId: "$.detail.userIdentity.principalId",
    principalAccount: "$.detail.userIdentity.accountId",
    userName: "$.detail.userIdentity.userName",
    roleName: "$.detail.userIdentity.sessionContext.sessionIssuer.userName",
    sourceIp: "$.detail.sourceIPAddress",
};
/**
 * The values each chat field takes, as AWS documents them: none holds a quote, a backslash or a
 * control character, so no value can break the JSON it is placed in. tests/components/chatAlerts.test.ts
 * holds every corpus record's values to them.
 */
exports.CHAT_ALERT_FIELD_VALUES = {
    account: { pattern: /^\d{12}$/, source: "EventBridge event structure: account, a 12-digit id" },
    region: { pattern: /^[a-z]{2}(-[a-z]+)+-\d$/, source: "CloudTrail record contents: awsRegion" },
    time: { pattern: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/, source: "CloudTrail record contents: eventTime, UTC" },
    eventId: { pattern: /^[0-9a-f-]{36}$/, source: "CloudTrail record contents: eventID, a GUID" },
    eventSource: { pattern: /^[a-z0-9.-]+\.amazonaws\.com$/, source: "CloudTrail record contents: eventSource, the service's endpoint" },
    eventName: { pattern: /^[A-Za-z0-9]+$/, source: "CloudTrail record contents: eventName, the API action" },
    errorCode: { pattern: /^[A-Za-z0-9._:-]+$/, source: "CloudTrail record contents: errorCode, the service's error code" },
    principalType: {
        pattern: /^[A-Za-z]+$/,
        source: "CloudTrail userIdentity element: type (Root, IAMUser, AssumedRole, Role, FederatedUser, Directory, AWSAccount, AWSService, IdentityCenterUser, Unknown)",
    },
    principalId: {
        pattern: /^[A-Za-z0-9_+=,.@:-]+$/,
        source: "CloudTrail userIdentity element: principalId, a unique id, with `:` and the session name ([\\w+=,.@-], STS AssumeRole RoleSessionName) for a session",
    },
    principalAccount: { pattern: /^\d{12}$/, source: "CloudTrail userIdentity element: accountId" },
    userName: { pattern: /^[A-Za-z0-9_+=,.@-]+$/, source: "IAM API reference, CreateUser UserName: [\\w+=,.@-]+" },
    roleName: { pattern: /^[A-Za-z0-9_+=,.@-]+$/, source: "IAM API reference, CreateRole RoleName: [\\w+=,.@-]+" },
    sourceIp: {
        pattern: /^[A-Za-z0-9.:_ -]+$/,
        source: "CloudTrail record contents: sourceIPAddress, an IP address, a service's DNS name or AWS Internal",
    },
};
/**
 * The chat form of a real-time alert: an AWS Chatbot custom notification (lib/chatNotification.ts)
 * saying what, who, where and when, why it matters and what to do, within
 * EVENTBRIDGE_INPUT_TEMPLATE_MAX like the email text.
 */
function chatAlertMessage(alarm, nextSteps = [
    "Find event <eventId> in CloudTrail event history (<region>) and check that the caller meant to do it.",
    "If not, treat the caller's credentials as compromised.",
]) {
    const render = (title, why) => {
        const notification = {
            version: "1.0",
            source: "custom",
            id: "<eventId>",
            content: {
                textType: "client-markdown",
                title: `:rotating_light: ${literalText(title)}`,
                description: [
                    "*What:* `<eventName>` on `<eventSource>` (error: <errorCode>)",
                    "*Who:* <principalType> <userName><roleName> (<principalId>, account <principalAccount>)",
                    "*Where:* account <account>, <region>, from <sourceIp>",
                    "*When:* <time>",
                    `*Why it matters:* ${literalText(why)}`,
                ].join("\n"),
                nextSteps: nextSteps.map(literalTextKeepingFields),
                keywords: [alarm.id, "<region>"],
            },
            metadata: { summary: literalText(title), eventType: alarm.id, additionalContext: { alarmId: alarm.id, account: "<account>" } },
        };
        // Line breaks in the description are JSON escapes in the template, which EventBridge keeps.
        return JSON.stringify(notification);
    };
    return { inputPaths: { ...exports.CHAT_ALERT_FIELDS }, inputTemplate: withinTemplateMax(render, alarm) };
}
/**
 * The template `render` writes for the alarm's title and why, within EVENTBRIDGE_INPUT_TEMPLATE_MAX
 * (UTF-8 bytes, as the provider counts them): the why is shortened first, then the title.
 */
function withinTemplateMax(render, alarm) {
    let { title, why } = alarm;
    let inputTemplate = render(title, why);
    for (let over = (0, awsLimits_1.utf8Bytes)(inputTemplate) - awsLimits_1.EVENTBRIDGE_INPUT_TEMPLATE_MAX.value; over > 0; over = (0, awsLimits_1.utf8Bytes)(inputTemplate) - awsLimits_1.EVENTBRIDGE_INPUT_TEMPLATE_MAX.value) {
        // Escaping can make a character cost more than its bytes: cut at least what is over, and retry.
        if ((0, awsLimits_1.utf8Bytes)(why) > 1)
            why = (0, awsLimits_1.truncateUtf8)(why, Math.max(1, (0, awsLimits_1.utf8Bytes)(why) - over));
        else
            title = (0, awsLimits_1.truncateUtf8)(title, Math.max(1, (0, awsLimits_1.utf8Bytes)(title) - over));
        inputTemplate = render(title, why);
    }
    return inputTemplate;
}
/** Literal text whose `<field>` placeholders of CHAT_ALERT_FIELDS stay placeholders (the baseline's own next steps). */
function literalTextKeepingFields(text) {
    return text
        .split(/(<[A-Za-z]+>)/)
        .map((part) => (/^<([A-Za-z]+)>$/.test(part) && part.slice(1, -1) in exports.CHAT_ALERT_FIELDS ? part : literalText(part)))
        .join("");
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
function literalText(text) {
    return (text
        .replace(/</g, "\u2039")
        .replace(/>/g, "\u203a")
        // eslint-disable-next-line no-control-regex -- control characters are exactly what this replaces
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, " "));
}
