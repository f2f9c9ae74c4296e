/**
 * A healthy deployed baseline (tests/fixtures/outputs/dev.json) as aws-sdk-client-mock answers.
 * Each test breaks one link on top of it. TestMetricFilter answers with the project's filter
 * pattern evaluator, which the corpus tests hold to AWS's semantics.
 */
import { CloudTrailClient, GetTrailCommand, GetTrailStatusCommand } from "@aws-sdk/client-cloudtrail";
import { CloudWatchClient, DescribeAlarmsCommand, MetricAlarm } from "@aws-sdk/client-cloudwatch";
import { CloudWatchLogsClient, DescribeLogStreamsCommand, DescribeMetricFiltersCommand, TestMetricFilterCommand } from "@aws-sdk/client-cloudwatch-logs";
import { DescribeRuleCommand, EventBridgeClient, ListTargetsByRuleCommand } from "@aws-sdk/client-eventbridge";
import { GetKeyPolicyCommand, KMSClient } from "@aws-sdk/client-kms";
import { GetTopicAttributesCommand, ListSubscriptionsByTopicCommand, SNSClient } from "@aws-sdk/client-sns";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { mockClient } from "aws-sdk-client-mock";
import * as path from "path";
import { filterPatternMatches } from "../../policy/lib/filterPattern";
import { parseStackOutputs, StackOutputs } from "../../tools/lib/stackOutputs";
import * as fs from "fs";

export const OUTPUTS_FILE = path.join(__dirname, "..", "fixtures", "outputs", "dev.json");
export const OUTPUTS: StackOutputs = parseStackOutputs(fs.readFileSync(OUTPUTS_FILE, "utf8"), OUTPUTS_FILE);
export const NOW = new Date("2026-03-01T12:00:00Z");
export const minutesAgo = (m: number): Date => new Date(NOW.getTime() - m * 60000);
export const TOPIC = OUTPUTS.topicArns["us-east-1"];
const KEY_ARN = OUTPUTS.kmsKeyArn!;

export const mocks = {
  cloudtrail: mockClient(CloudTrailClient),
  cloudwatch: mockClient(CloudWatchClient),
  logs: mockClient(CloudWatchLogsClient),
  sns: mockClient(SNSClient),
  kms: mockClient(KMSClient),
  events: mockClient(EventBridgeClient),
  sts: mockClient(STSClient),
};

export function healthyAlarm(name: string, metricName: string, namespace = "CloudTrailMetrics"): MetricAlarm {
  return {
    AlarmName: name,
    Namespace: namespace,
    MetricName: metricName,
    Statistic: "Sum",
    Period: 60,
    EvaluationPeriods: 1,
    Threshold: 1,
    ComparisonOperator: "GreaterThanOrEqualToThreshold",
    TreatMissingData: "notBreaching",
    AlarmActions: [TOPIC],
    ActionsEnabled: true,
    StateValue: "OK",
  };
}

export function healthyAlarms(): MetricAlarm[] {
  return [
    ...OUTPUTS.alarms.map((a) => healthyAlarm(a.alarmName, a.metricName)),
    { ...healthyAlarm(OUTPUTS.heartbeatAlarmName!, "IncomingLogEvents", "AWS/Logs"), TreatMissingData: "breaching", ComparisonOperator: "LessThanThreshold" },
  ];
}

export const TOPIC_POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    { Sid: "CloudWatchAlarmsOfThisAccountPublish", Effect: "Allow", Principal: { Service: "cloudwatch.amazonaws.com" }, Action: "sns:Publish", Resource: TOPIC },
    { Sid: "EventBridgeRulesOfThisAccountPublish", Effect: "Allow", Principal: { Service: "events.amazonaws.com" }, Action: "sns:Publish", Resource: TOPIC },
    { Sid: "DenyInsecureTransport", Effect: "Deny", Principal: "*", Action: "sns:Publish", Resource: TOPIC, Condition: { Bool: { "aws:SecureTransport": "false" } } },
  ],
});
export const KEY_POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    { Sid: "AccountAdministersKeyThroughIam", Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "kms:*", Resource: "*" },
    // As the baseline deploys it (components/policyDocuments.ts): one statement per publisher.
    {
      Sid: "CloudWatchAlarmsPublishToEncryptedTopic",
      Effect: "Allow",
      Principal: { Service: "cloudwatch.amazonaws.com" },
      Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
      Resource: "*",
      Condition: { StringEquals: { "aws:SourceAccount": "111122223333" } },
    },
    { Sid: "EventBridgeRulesPublishToEncryptedTopic", Effect: "Allow", Principal: { Service: "events.amazonaws.com" }, Action: ["kms:Decrypt", "kms:GenerateDataKey*"], Resource: "*" },
  ],
});

export function mockHealthyAccount(): void {
  for (const mock of Object.values(mocks)) mock.reset();
  mocks.sts.on(GetCallerIdentityCommand).resolves({ Account: "111122223333", Arn: "arn:aws:iam::111122223333:user/verify" });
  mocks.cloudtrail.on(GetTrailCommand).resolves({
    Trail: {
      Name: "security-baseline",
      HomeRegion: "us-east-1",
      IsMultiRegionTrail: true,
      LogFileValidationEnabled: true,
      KmsKeyId: KEY_ARN,
      CloudWatchLogsLogGroupArn: `${OUTPUTS.logGroupArn}:*`,
    },
  });
  mocks.cloudtrail.on(GetTrailStatusCommand).resolves({
    IsLogging: true,
    LatestDeliveryTime: minutesAgo(4),
    LatestCloudWatchLogsDeliveryTime: minutesAgo(3),
  });
  mocks.logs.on(DescribeLogStreamsCommand).resolves({
    logStreams: [{ logStreamName: "111122223333_CloudTrail_us-east-1", lastEventTimestamp: minutesAgo(20).getTime() }],
  });
  mocks.logs.on(DescribeMetricFiltersCommand).resolves({
    metricFilters: OUTPUTS.alarms.map((a) => ({
      filterName: a.filterName,
      filterPattern: a.filterPattern,
      logGroupName: OUTPUTS.logGroupName,
      metricTransformations: [{ metricNamespace: a.namespace, metricName: a.metricName, metricValue: "1" }],
    })),
  });
  mocks.logs.on(TestMetricFilterCommand).callsFake(awsTestMetricFilter);
  mocks.cloudwatch.on(DescribeAlarmsCommand).resolves({ MetricAlarms: healthyAlarms() });
  mocks.sns.on(GetTopicAttributesCommand).resolves({ Attributes: { TopicArn: TOPIC, Policy: TOPIC_POLICY, KmsMasterKeyId: KEY_ARN } });
  mocks.sns.on(ListSubscriptionsByTopicCommand).resolves({
    Subscriptions: [{ TopicArn: TOPIC, Protocol: "email", Endpoint: "secops@example.com", SubscriptionArn: `${TOPIC}:0f4b6d0e-1111-2222-3333-444455556666` }],
  });
  mocks.kms.on(GetKeyPolicyCommand).resolves({ Policy: KEY_POLICY, PolicyName: "default" });
  mocks.events.on(DescribeRuleCommand).resolves({ Name: "security-baseline-root-account-usage", State: "ENABLED" });
  mocks.events.on(ListTargetsByRuleCommand).resolves({ Targets: [{ Id: "sns", Arn: TOPIC }] });
}

/** What AWS's TestMetricFilter answers, by the project's pattern evaluator. */
export function awsTestMetricFilter(input: { filterPattern?: string; logEventMessages?: string[] }) {
  const matches = (input.logEventMessages ?? []).flatMap((message, index) =>
    filterPatternMatches(input.filterPattern ?? "", JSON.parse(message)) ? [{ eventNumber: index + 1, eventMessage: message, extractedValues: {} }] : [],
  );
  return { matches };
}

/** An SDK-shaped service error. */
export function awsError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name, $metadata: {}, $fault: "client" });
}
