"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.createAlerts = createAlerts;
exports.ruleDescription = ruleDescription;
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
const aws = __importStar(require("@pulumi/aws"));
const policyDocuments_1 = require("../lib/policyDocuments");
const alertTemplates_1 = require("../lib/alertTemplates");
const awsLimits_1 = require("../lib/awsLimits");
const names_1 = require("../settings/names");
function createAlerts(args, parent) {
    const { name, region, settings, account, tags } = args;
    const child = { parent };
    const key = args.key ??
        new aws.kms.Key(`${name}-topic-key`, {
            description: `Encrypts the ${(0, names_1.topicNameFor)(settings, region)} security alert topic`,
            enableKeyRotation: true,
            deletionWindowInDays: 30,
            policy: (0, policyDocuments_1.topicKeyPolicy)(account),
            tags,
        }, child);
    const topic = new aws.sns.Topic(`${name}-topic`, { name: (0, names_1.topicNameFor)(settings, region), kmsMasterKeyId: key.arn, tags }, child);
    const policy = new aws.sns.TopicPolicy(`${name}-topic-policy`, { arn: topic.arn, policy: (0, policyDocuments_1.topicPolicy)({ account, region, topicArn: topic.arn }) }, child);
    const chat = args.chat ? createChatTopic(args, key, child) : undefined;
    for (const email of settings.alertEmails) {
        new aws.sns.TopicSubscription(`${name}-email-${email}`, { topic: topic.arn, protocol: "email", endpoint: email }, child);
    }
    // One rule per alert, each with its email target and, with a Slack channel, its chat target.
    const route = (id, rule, email, chatMessage) => {
        const ruleName = (0, names_1.ruleNameFor)(settings, id);
        const created = new aws.cloudwatch.EventRule(`${name}-rule-${id}`, { ...rule, name: ruleName, tags }, child);
        new aws.cloudwatch.EventTarget(`${name}-rule-${id}-target`, { rule: created.name, arn: topic.arn, inputTransformer: email }, 
        // Publishing is refused until the topic policy lets EventBridge in.
        { ...child, dependsOn: [policy] });
        if (chat) {
            new aws.cloudwatch.EventTarget(`${name}-rule-${id}-chat-target`, { rule: created.name, arn: chat.topic.arn, inputTransformer: chatMessage }, { ...child, dependsOn: [chat.policy] });
        }
        return { id, ruleName };
    };
    const rules = args.realtimeAlarms.map(({ alarm, eventPattern }) => route(alarm.id, {
        description: ruleDescription(alarm),
        eventPattern: JSON.stringify(eventPattern),
        // Plain ENABLED rules never see read-only Describe/Get/List management events.
        state: alarm.realtimeNeedsReadOnlyEvents ? "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS" : "ENABLED",
    }, (0, alertTemplates_1.alertMessage)(alarm), (0, alertTemplates_1.chatAlertMessage)(alarm)));
    const findingRules = args.findingRules.map((finding) => route(finding.id, {
        description: (0, awsLimits_1.truncateUtf8)(finding.description, awsLimits_1.EVENTBRIDGE_RULE_DESCRIPTION_MAX.value),
        eventPattern: JSON.stringify(finding.eventPattern),
        state: "ENABLED",
    }, finding.email, finding.chat));
    return { topic, chatTopic: chat?.topic, rules, findingRules };
}
/** The Region's chat topic: encrypted with the alert topic's key, the same publishers allowed. */
function createChatTopic(args, key, child) {
    const { name, region, settings, account, tags } = args;
    const topic = new aws.sns.Topic(`${name}-chat-topic`, { name: (0, names_1.chatTopicNameFor)(settings, region), kmsMasterKeyId: key.arn, tags }, child);
    const policy = new aws.sns.TopicPolicy(`${name}-chat-topic-policy`, { arn: topic.arn, policy: (0, policyDocuments_1.topicPolicy)({ account, region, topicArn: topic.arn }) }, child);
    return { topic, policy };
}
/** Rule descriptions within EVENTBRIDGE_RULE_DESCRIPTION_MAX (UTF-8 bytes, as the provider counts). */
function ruleDescription(alarm) {
    return (0, awsLimits_1.truncateUtf8)(`Real-time alert: ${alarm.title}`, awsLimits_1.EVENTBRIDGE_RULE_DESCRIPTION_MAX.value);
}
