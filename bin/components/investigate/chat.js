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
exports.ChatLogs = exports.CHAT_LOGS_TYPE = exports.CHATBOT_LOG_REGION = void 0;
exports.chatbotTrustPolicy = chatbotTrustPolicy;
exports.chatbotNotificationsPolicy = chatbotNotificationsPolicy;
exports.chatGuardrailPolicyArn = chatGuardrailPolicyArn;
exports.createSlackChannel = createSlackChannel;
/**
 * Chat alerts: an AWS Chatbot ("Amazon Q Developer in chat applications") Slack channel
 * configuration subscribed to every region's chat topic (custom notifications; the alert topics carry email text), with a channel role that can only do
 * what notifications need and a read-only guardrail.
 *
 * What AWS documents, and what this relies on:
 * - One configuration takes a list of topic ARNs (CreateSlackChannelConfiguration SnsTopicArns,
 *   https://docs.aws.amazon.com/chatbot/latest/APIReference/API_CreateSlackChannelConfiguration.html)
 *   and the service is global: its API is served from us-east-2, us-west-2, ap-southeast-1 and
 *   eu-west-1 only, and "your configuration data is stored in each of the relevant available
 *   Regions" (AWS CLI reference, chatbot, https://docs.aws.amazon.com/cli/latest/reference/chatbot/index.html).
 *   AWS documents no rule that a configuration's topics share a region. In the aws partition the
 *   provider sends the call to the resource's region when it is one of those four and to
 *   us-west-2 otherwise (hashicorp/terraform-provider-aws internal/service/chatbot/service_package.go),
 *   so the configuration can live with the home region's resources and list every region's topic.
 * - Chatbot subscribes to the topics with its service-linked role
 *   (AWSChatbotServiceLinkedRolePolicy: sns:Subscribe on *,
 *   https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSChatbotServiceLinkedRolePolicy.html),
 *   an IAM principal of this account: the topic policy's AccountManagesTopic statement already
 *   delegates sns:Subscribe to IAM (policyDocuments.ts), so the topic policy needs no change.
 * - The topics are SSE-KMS encrypted. SNS decrypts a message before delivering it to a
 *   subscriber (https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html), so a
 *   subscriber needs no key grant; what encrypted topics need is that the *publishers* may use the
 *   key (CloudWatch alarms and EventBridge: https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html#compatibility-with-aws-services),
 *   which topicPublishersUseKey in policyDocuments.ts already grants. A key grant to
 *   chatbot.amazonaws.com would be a permission AWS does not document as needed: none is added.
 */
const aws = __importStar(require("@pulumi/aws"));
const pulumi = __importStar(require("@pulumi/pulumi"));
const regionTransform_1 = require("../regionTransform");
const names_1 = require("../../settings/names");
/**
 * Chatbot assumes the channel role: principal chatbot.amazonaws.com, sts:AssumeRole, as the
 * roles the Chatbot console creates ("IAM policies for AWS Chatbot", https://docs.aws.amazon.com/chatbot/latest/adminguide/chatbot-iam-policies.html;
 * "Understanding permissions" → Channel role, https://docs.aws.amazon.com/chatbot/latest/adminguide/understanding-permissions.html).
 * AWS documents no aws:SourceArn / aws:SourceAccount condition for this trust, so none is set.
 */
function chatbotTrustPolicy() {
    return {
        Version: "2012-10-17",
        Statement: [
            { Sid: "ChatbotAssumesChannelRole", Effect: "Allow", Principal: { Service: "chatbot.amazonaws.com" }, Action: "sts:AssumeRole" },
        ],
    };
}
/**
 * The channel role's permissions: the "Notifications-only" policy template (https://docs.aws.amazon.com/chatbot/latest/adminguide/chatbot-iam-policies.html,
 * Customer managed IAM policies → Notifications-only policy): CloudWatch Describe/Get/List, which
 * Chatbot uses to render an alarm notification with its metric graph. The CloudWatch read
 * actions used here have no resource-level permissions for most of the set (Service
 * Authorization Reference, https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatch.html),
 * hence Resource "*" as the template has it. No command permissions: the channel only receives.
 */
function chatbotNotificationsPolicy() {
    return {
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "RenderAlarmNotifications",
                Effect: "Allow",
                Action: ["cloudwatch:Describe*", "cloudwatch:Get*", "cloudwatch:List*"],
                Resource: "*",
            },
        ],
    };
}
/**
 * Guardrail: CloudWatchReadOnlyAccess, not ReadOnlyAccess. A guardrail caps what anyone in the
 * channel can do through the channel or user roles ("Understanding permissions" → Channel
 * guardrail policies); without one AWS applies AdministratorAccess (CreateSlackChannelConfiguration,
 * GuardrailPolicyArns). Both are AWS managed policies Chatbot supports (https://docs.aws.amazon.com/chatbot/latest/adminguide/chatbot-iam-policies.html,
 * AWS managed IAM policies). ReadOnlyAccess would let a channel member read every bucket's objects,
 * the CloudTrail archive included, from Slack; CloudWatchReadOnlyAccess covers everything the
 * notifications need (CloudWatch Describe/Get/List, a subset of it) and nothing outside CloudWatch,
 * CloudWatch Logs and alarm-related SNS reads.
 */
function chatGuardrailPolicyArn(partition) {
    return `arn:${partition}:iam::aws:policy/CloudWatchReadOnlyAccess`;
}
/**
 * Where Chatbot logs a configuration's delivery errors: "The group name is
 * /aws/chatbot/configuration-name", viewed in US East (N. Virginia) (Amazon Q Developer in chat
 * applications administrator guide, "Logging ... with Amazon CloudWatch Logs",
 * https://docs.aws.amazon.com/chatbot/latest/adminguide/cloudwatch-logs.html). Chatbot creates it
 * on its first log line and never expires it, so the baseline creates it first, with a retention.
 */
exports.CHATBOT_LOG_REGION = "us-east-1";
/** Creates the channel role, its policy and the channel configuration, as children of `parent`. */
function createSlackChannel(name, args, parent) {
    const child = { parent };
    const role = new aws.iam.Role(`${name}-chat-role`, {
        name: (0, names_1.chatRoleName)(args.namePrefix),
        description: "AWS Chatbot channel role: renders security alert notifications in Slack; no commands",
        assumeRolePolicy: pulumi.jsonStringify(chatbotTrustPolicy()),
        tags: args.tags,
    }, child);
    const rolePolicy = new aws.iam.RolePolicy(`${name}-chat-role-policy`, {
        role: role.id,
        name: "notifications-only",
        policy: pulumi.jsonStringify(chatbotNotificationsPolicy()),
    }, child);
    const configuration = new aws.chatbot.SlackChannelConfiguration(`${name}-slack`, {
        configurationName: (0, names_1.chatConfigurationName)(args.namePrefix),
        iamRoleArn: role.arn,
        slackTeamId: args.channel.workspaceId,
        slackChannelId: args.channel.channelId,
        snsTopicArns: args.topicArns,
        guardrailPolicyArns: [chatGuardrailPolicyArn(args.partition)],
        // Everyone in the channel gets the channel role (notifications only); no per-user roles to manage.
        userAuthorizationRequired: false,
        loggingLevel: "ERROR",
        tags: args.tags,
    }, 
    // Chatbot checks the role when the configuration is created, and logs into its group.
    { ...child, dependsOn: [rolePolicy, ...(args.logGroup ? [args.logGroup] : [])] });
    return { configuration, role };
}
exports.CHAT_LOGS_TYPE = "baseline:investigate:ChatLogs";
/**
 * Chatbot's log group in us-east-1, created before the configuration so that Chatbot finds it
 * with a retention instead of creating its own, kept forever. Its own component, because every
 * AWS child gets its Region from its component (regionTransform.ts). A stack whose configuration
 * already logged an error has the group already: `pulumi import` adopts it (docs/investigation.md,
 * Chat in Slack). Kept through `pulumi destroy`, like every log of the baseline.
 */
class ChatLogs extends pulumi.ComponentResource {
    logGroup;
    constructor(name, args, opts) {
        super(exports.CHAT_LOGS_TYPE, name, {}, { ...opts, transformations: [(0, regionTransform_1.regionTransformation)(exports.CHATBOT_LOG_REGION), ...(opts?.transformations ?? [])] });
        this.logGroup = new aws.cloudwatch.LogGroup(`${name}-group`, {
            name: (0, names_1.chatLogGroupName)(args.configurationName),
            retentionInDays: args.retentionInDays,
            tags: args.tags,
        }, { parent: this, retainOnDelete: true });
        this.registerOutputs({ logGroupName: this.logGroup.name });
    }
}
exports.ChatLogs = ChatLogs;
