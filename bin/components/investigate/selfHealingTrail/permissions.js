"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.lambdaAssumeRolePolicy = lambdaAssumeRolePolicy;
exports.selfHealingRolePolicy = selfHealingRolePolicy;
exports.invokePermissionArgs = invokePermissionArgs;
exports.stopLoggingEventPattern = stopLoggingEventPattern;
const names_1 = require("../../../settings/names");
/** Lambda assumes the execution role (Lambda: "Defining Lambda function permissions with an execution role"). */
function lambdaAssumeRolePolicy() {
    return {
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "LambdaAssumesRole",
                Effect: "Allow",
                Principal: { Service: "lambda.amazonaws.com" },
                Action: "sts:AssumeRole",
            },
        ],
    };
}
/**
 * What the function may do, and only on this trail, its own log group and the alert topic.
 * Every action's resource type is from the Service Authorization Reference.
 */
function selfHealingRolePolicy(args) {
    const logGroup = (0, names_1.functionLogGroupName)(args.functionName);
    return {
        Version: "2012-10-17",
        Statement: [
            {
                // GetTrailStatus and StartLogging both take the required resource type `trail`
                // (arn:${Partition}:cloudtrail:${Region}:${Account}:trail/${TrailName}):
                // https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudtrail.html
                Sid: "RestartThisTrailOnly",
                Effect: "Allow",
                Action: ["cloudtrail:GetTrailStatus", "cloudtrail:StartLogging"],
                Resource: args.trailArn,
            },
            {
                // The streams half of AWSLambdaBasicExecutionRole, narrowed to this function's log group;
                // no logs:CreateLogGroup because the component creates the group (with its retention).
                // https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs.html
                // https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSLambdaBasicExecutionRole.html
                // Resource types log-group / log-stream:
                // https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchlogs.html
                Sid: "WriteOwnLogGroupOnly",
                Effect: "Allow",
                Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                Resource: `arn:${args.partition}:logs:${args.region}:${args.accountId}:log-group:${logGroup}:*`,
            },
            {
                // sns:Publish takes the required resource type `topic`:
                // https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsns.html
                Sid: "PublishOutcomeToAlertTopic",
                Effect: "Allow",
                Action: "sns:Publish",
                Resource: args.chatTopicArn ? [args.topicArn, args.chatTopicArn] : args.topicArn,
            },
            {
                // Publishing to an SSE-KMS topic needs kms:GenerateDataKey* and kms:Decrypt on its key:
                // https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html
                // (the topic key's policy delegates to IAM in this account: accountAdministersKey).
                Sid: "EncryptForAlertTopic",
                Effect: "Allow",
                Action: ["kms:GenerateDataKey*", "kms:Decrypt"],
                Resource: args.topicKeyArn,
            },
        ],
    };
}
/**
 * Only this EventBridge rule may invoke the function: principal events.amazonaws.com and
 * SourceArn = the rule's ARN.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-lambda-permissions
 * https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html
 */
function invokePermissionArgs(inputs) {
    return {
        statementId: "OnlyTheStopLoggingRuleInvokes",
        action: "lambda:InvokeFunction",
        function: inputs.functionName,
        principal: "events.amazonaws.com",
        sourceArn: inputs.ruleArn,
    };
}
/**
 * The rule's event pattern: StopLogging calls on this trail, by name or ARN, recorded by
 * CloudTrail as management events ("AWS API Call via CloudTrail"). Failed calls match too; the
 * function finds the trail logging and says so. Must be created in the trail's home region,
 * the only region StopLogging on a multi-region trail can be called in (CloudTrail StopLogging API).
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail.html
 */
function stopLoggingEventPattern(trailName, trailArn) {
    return {
        source: ["aws.cloudtrail"],
        "detail-type": ["AWS API Call via CloudTrail"],
        detail: {
            eventSource: ["cloudtrail.amazonaws.com"],
            eventName: ["StopLogging"],
            requestParameters: { name: [trailName, trailArn] },
        },
    };
}
