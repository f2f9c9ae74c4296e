import * as assert from "node:assert/strict";
import {
  invokePermissionArgs,
  lambdaAssumeRolePolicy,
  selfHealingRolePolicy,
  stopLoggingEventPattern,
} from "../../components/investigate/selfHealingTrail/permissions";

describe("self-healing trail permissions", () => {
  it("lets the function restart this trail only, write its own log group, and publish to the alert topic", () => {
    const policy = selfHealingRolePolicy({
      partition: "aws",
      region: "eu-west-1",
      accountId: "111122223333",
      trailArn: "arn:aws:cloudtrail:eu-west-1:111122223333:trail/security-baseline",
      functionName: "security-baseline-self-healing",
      topicArn: "arn:aws:sns:eu-west-1:111122223333:security-baseline-alerts-eu-west-1",
      topicKeyArn: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    });
    assert.deepEqual(policy, {
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "RestartThisTrailOnly",
          Effect: "Allow",
          Action: ["cloudtrail:GetTrailStatus", "cloudtrail:StartLogging"],
          Resource: "arn:aws:cloudtrail:eu-west-1:111122223333:trail/security-baseline",
        },
        {
          Sid: "WriteOwnLogGroupOnly",
          Effect: "Allow",
          Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
          Resource: "arn:aws:logs:eu-west-1:111122223333:log-group:/aws/lambda/security-baseline-self-healing:*",
        },
        {
          Sid: "PublishOutcomeToAlertTopic",
          Effect: "Allow",
          Action: "sns:Publish",
          Resource: "arn:aws:sns:eu-west-1:111122223333:security-baseline-alerts-eu-west-1",
        },
        {
          Sid: "EncryptForAlertTopic",
          Effect: "Allow",
          Action: ["kms:GenerateDataKey*", "kms:Decrypt"],
          Resource: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        },
      ],
    });
  });

  it("is assumable by Lambda alone", () => {
    assert.deepEqual(lambdaAssumeRolePolicy(), {
      Version: "2012-10-17",
      Statement: [{ Sid: "LambdaAssumesRole", Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
    });
  });

  it("lets only the StopLogging rule invoke the function", () => {
    assert.deepEqual(
      invokePermissionArgs({
        functionName: "security-baseline-self-healing",
        ruleArn: "arn:aws:events:eu-west-1:111122223333:rule/security-baseline-self-healing",
      }),
      {
        statementId: "OnlyTheStopLoggingRuleInvokes",
        action: "lambda:InvokeFunction",
        function: "security-baseline-self-healing",
        principal: "events.amazonaws.com",
        sourceArn: "arn:aws:events:eu-west-1:111122223333:rule/security-baseline-self-healing",
      },
    );
  });

  it("matches StopLogging on this trail by name or ARN", () => {
    const arn = "arn:aws:cloudtrail:eu-west-1:111122223333:trail/security-baseline";
    assert.deepEqual(stopLoggingEventPattern("security-baseline", arn), {
      source: ["aws.cloudtrail"],
      "detail-type": ["AWS API Call via CloudTrail"],
      detail: {
        eventSource: ["cloudtrail.amazonaws.com"],
        eventName: ["StopLogging"],
        requestParameters: { name: ["security-baseline", arn] },
      },
    });
  });
});
