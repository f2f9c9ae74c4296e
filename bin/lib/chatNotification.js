"use strict";
/**
 * What AWS Chatbot (Amazon Q Developer in chat applications) shows in Slack. It renders the
 * services it supports natively (CloudWatch alarm notifications among them) and custom
 * notifications in its own format; anything else never reaches the channel ("Event received is
 * not supported"). Every real-time alert and self-healing report the baseline sends to chat is
 * therefore a custom notification:
 *
 * "Amazon Q Developer custom notifications must use the following event format: { "version":
 * String, "source": String, "id": String, "content": { "textType": String, "title": String,
 * "description": String, "nextSteps": [ String, ... ], "keywords": [ String, ... ] },
 * "metadata": { "threadId": String, "summary": String, "eventType": String, "relatedResources":
 * [ String, ... ], "additionalContext": { "customerProvidedKey1": String, ... } } }"; version
 * "Must be 1.0", source "Must be custom", and "Only client-markdown textType is currently
 * supported" (https://docs.aws.amazon.com/chatbot/latest/adminguide/custom-notifs.html).
 * `content.description` is required (the same page's parameter table, as summarised in
 * https://dev.classmethod.jp/articles/tsnote-chatbot-input-transformer-notification-issue).
 *
 * The page sets no length limit for a field and no size for the whole message; SNS does
 * (lib/awsLimits.ts SNS_MESSAGE_MAX), and Chatbot throttles beyond CHATBOT_EVENTS_PER_SECOND.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.CHAT_NOTIFICATION_SCHEMA = exports.CHATBOT_CUSTOM_NOTIFICATIONS_PAGE = void 0;
exports.CHATBOT_CUSTOM_NOTIFICATIONS_PAGE = "https://docs.aws.amazon.com/chatbot/latest/adminguide/custom-notifs.html";
const strings = { type: "array", items: { type: "string" } };
/**
 * The format as JSON Schema (draft 2020-12), from the page above. `additionalProperties: false`
 * holds the baseline's messages to the documented fields: the page does not say what Chatbot
 * does with others.
 */
exports.CHAT_NOTIFICATION_SCHEMA = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: exports.CHATBOT_CUSTOM_NOTIFICATIONS_PAGE,
    type: "object",
    required: ["version", "source", "content"],
    additionalProperties: false,
    properties: {
        version: { const: "1.0" },
        source: { const: "custom" },
        id: { type: "string" },
        content: {
            type: "object",
            required: ["description"],
            additionalProperties: false,
            properties: {
                textType: { enum: ["client-markdown"] },
                title: { type: "string" },
                description: { type: "string", minLength: 1 },
                nextSteps: strings,
                keywords: strings,
            },
        },
        metadata: {
            type: "object",
            additionalProperties: false,
            properties: {
                threadId: { type: "string" },
                summary: { type: "string" },
                eventType: { type: "string" },
                relatedResources: strings,
                additionalContext: { type: "object", additionalProperties: { type: "string" } },
            },
        },
    },
};
