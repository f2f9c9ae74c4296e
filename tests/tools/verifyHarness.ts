/**
 * A healthy deployed baseline as aws-sdk-client-mock answers, derived from what the component
 * deploys: the default stack (tests/fixtures/outputs/default-stack.yaml) is planned once under
 * Pulumi's mocks, its exports become the stack outputs the tools read, and each describe/get
 * answer is built from the planned resources' inputs (rule state and pattern, targets, filter
 * patterns, alarm settings, topic and key policies, subscriptions). Each test breaks one link on
 * top of it. Only what is runtime state, not configuration, is written here: the trail's
 * delivery times, the log group's last event, confirmed subscriptions, 24 hours of metrics.
 * TestMetricFilter answers with the project's filter pattern evaluator, which the corpus tests
 * hold to AWS's semantics.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { CloudTrailClient, GetTrailCommand, GetTrailStatusCommand } from "@aws-sdk/client-cloudtrail";
import { CloudWatchClient, DescribeAlarmsCommand, GetMetricDataCommand, MetricAlarm } from "@aws-sdk/client-cloudwatch";
import { CloudWatchLogsClient, DescribeLogStreamsCommand, DescribeMetricFiltersCommand, TestMetricFilterCommand } from "@aws-sdk/client-cloudwatch-logs";
import { DescribeRuleCommand, EventBridgeClient, ListTargetsByRuleCommand, RuleState } from "@aws-sdk/client-eventbridge";
import { GetKeyPolicyCommand, KMSClient } from "@aws-sdk/client-kms";
import { GetTopicAttributesCommand, ListSubscriptionsByTopicCommand, SNSClient } from "@aws-sdk/client-sns";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { mockClient } from "aws-sdk-client-mock";
import { filterPatternMatches } from "../../policy/lib/filterPattern";
import { MOCK_ACCOUNT_ID, settle, startMockRuntime } from "../../tools/lib/mockRuntime";
import { readProject, stackConfig } from "../../tools/lib/plan";
import { PlanResource } from "../../tools/lib/planTypes";
import { parseStackOutputs, StackOutputs } from "../../tools/lib/stackOutputs";

const ROOT = path.join(__dirname, "..", "..");
export const STACK_FILE = path.join(__dirname, "..", "fixtures", "outputs", "default-stack.yaml");
export const NOW = new Date("2026-03-01T12:00:00Z");
export const minutesAgo = (m: number): Date => new Date(NOW.getTime() - m * 60000);
export const ACCOUNT = MOCK_ACCOUNT_ID;

/** What the default stack deploys; set by `mockHealthyAccount`. */
export let OUTPUTS: StackOutputs;
/** The outputs as `pulumi stack output --json` prints them, saved for `--outputs`. */
export let OUTPUTS_FILE: string;
export let RESOURCES: readonly PlanResource[];
/** The home-region topic, and its policies as deployed. */
export let TOPIC: string;
export let TOPIC_POLICY: string;
export let KEY_POLICY: string;

export const mocks = {
  cloudtrail: mockClient(CloudTrailClient),
  cloudwatch: mockClient(CloudWatchClient),
  logs: mockClient(CloudWatchLogsClient),
  sns: mockClient(SNSClient),
  kms: mockClient(KMSClient),
  events: mockClient(EventBridgeClient),
  sts: mockClient(STSClient),
};

let planned: Promise<void> | undefined;

/** Plans the default stack once per process: the real program, under Pulumi's mocks. */
export function plannedStack(): Promise<void> {
  planned ??= (async () => {
    const project = readProject(ROOT);
    const recorder = startMockRuntime({ project: project.name, stack: "dev", config: stackConfig(project, STACK_FILE) });
    // The real program: its module's exports are the stack's outputs.
    const program = require.resolve(path.join(ROOT, "index"));
    delete require.cache[program];
    const stackExports = (await import(program)) as Record<string, unknown>;
    await settle();
    const exported = await new Promise<unknown>((resolve) => pulumi.output(stackExports).apply(resolve));
    const text = JSON.stringify(exported, null, 2);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "verify-outputs-"));
    // Gone with the test process (the process tests' children have read it by then).
    process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
    OUTPUTS_FILE = path.join(dir, "dev.json");
    fs.writeFileSync(OUTPUTS_FILE, text);
    OUTPUTS = parseStackOutputs(text, OUTPUTS_FILE);
    RESOURCES = recorder.resources();
    TOPIC = OUTPUTS.topicArns[OUTPUTS.homeRegion];
    TOPIC_POLICY = topicPolicyOf(TOPIC);
    KEY_POLICY = keyOfTopic(TOPIC).policy;
  })();
  return planned;
}

const ofType = (type: string): PlanResource[] => RESOURCES.filter((r) => r.type === type);
const str = (value: unknown): string => {
  if (typeof value !== "string") throw new Error(`planned input is not a string: ${JSON.stringify(value)}`);
  return value;
};

function topicPolicyOf(topicArn: string): string {
  const policy = ofType("aws:sns/topicPolicy:TopicPolicy").find((r) => r.inputs.arn === topicArn);
  if (policy === undefined) throw new Error(`no planned topic policy for ${topicArn}`);
  return str(policy.inputs.policy);
}

function topicOf(topicArn: string): PlanResource {
  const topic = ofType("aws:sns/topic:Topic").find((r) => topicArn === `arn:aws:sns:${str(r.inputs.region)}:${ACCOUNT}:${str(r.inputs.name)}`);
  if (topic === undefined) throw new Error(`no planned topic ${topicArn}`);
  return topic;
}

/** The key that encrypts a topic: each region's topic uses the one key planned in its region. */
function keyOfTopic(topicArn: string): { arn: string; policy: string } {
  const topic = topicOf(topicArn);
  const keys = ofType("aws:kms/key:Key").filter((k) => k.inputs.region === topic.inputs.region);
  if (keys.length !== 1) throw new Error(`expected one planned key in ${str(topic.inputs.region)}, found ${keys.length}`);
  return { arn: str(topic.inputs.kmsMasterKeyId), policy: str(keys[0].inputs.policy) };
}

/** Every planned alarm as DescribeAlarms returns it, in state OK. */
export function healthyAlarms(): MetricAlarm[] {
  // Metric-math alarms have no namespace or metric name of their own.
  return ofType("aws:cloudwatch/metricAlarm:MetricAlarm").map(({ inputs }) => ({
    AlarmName: str(inputs.name),
    Namespace: inputs.namespace as string | undefined,
    MetricName: inputs.metricName as string | undefined,
    Statistic: inputs.statistic as MetricAlarm["Statistic"],
    Period: inputs.period as number,
    EvaluationPeriods: inputs.evaluationPeriods as number,
    DatapointsToAlarm: inputs.datapointsToAlarm as number | undefined,
    Threshold: inputs.threshold as number,
    ComparisonOperator: inputs.comparisonOperator as MetricAlarm["ComparisonOperator"],
    TreatMissingData: inputs.treatMissingData as string,
    AlarmActions: inputs.alarmActions as string[],
    ActionsEnabled: inputs.actionsEnabled !== false,
    StateValue: "OK",
  }));
}

async function regionOf(getClient: () => { config: { region: unknown } }): Promise<string> {
  const region = getClient().config.region;
  return typeof region === "function" ? ((await (region as () => Promise<string>)()) as string) : String(region);
}

/** Each planned rule's invocations in the last 24 h, as GetMetricData answers; none failed. */
export const INVOCATIONS_PER_RULE = 3;

export async function mockHealthyAccount(): Promise<void> {
  await plannedStack();
  for (const mock of Object.values(mocks)) mock.reset();
  mocks.sts.on(GetCallerIdentityCommand).resolves({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/verify` });

  const [trail] = ofType("aws:cloudtrail/trail:Trail");
  mocks.cloudtrail.on(GetTrailCommand).resolves({
    Trail: {
      Name: str(trail.inputs.name),
      HomeRegion: str(trail.inputs.region),
      TrailARN: OUTPUTS.trailArn,
      IsMultiRegionTrail: trail.inputs.isMultiRegionTrail === true,
      LogFileValidationEnabled: trail.inputs.enableLogFileValidation === true,
      KmsKeyId: str(trail.inputs.kmsKeyId),
      CloudWatchLogsLogGroupArn: str(trail.inputs.cloudWatchLogsGroupArn),
    },
  });
  mocks.cloudtrail.on(GetTrailStatusCommand).resolves({ IsLogging: true, LatestDeliveryTime: minutesAgo(4), LatestCloudWatchLogsDeliveryTime: minutesAgo(3) });
  mocks.logs.on(DescribeLogStreamsCommand).resolves({
    logStreams: [{ logStreamName: `${ACCOUNT}_CloudTrail_${OUTPUTS.homeRegion}`, lastEventTimestamp: minutesAgo(20).getTime() }],
  });
  mocks.logs.on(DescribeMetricFiltersCommand).resolves({
    metricFilters: ofType("aws:cloudwatch/logMetricFilter:LogMetricFilter").map(({ inputs }) => {
      const transformation = inputs.metricTransformation as { name: string; namespace: string; value: string };
      return {
        filterName: str(inputs.name),
        filterPattern: str(inputs.pattern),
        logGroupName: str(inputs.logGroupName),
        metricTransformations: [{ metricName: transformation.name, metricNamespace: transformation.namespace, metricValue: transformation.value }],
      };
    }),
  });
  mocks.logs.on(TestMetricFilterCommand).callsFake(awsTestMetricFilter);
  mocks.cloudwatch.on(DescribeAlarmsCommand).resolves({ MetricAlarms: healthyAlarms() });
  mocks.cloudwatch.on(GetMetricDataCommand).callsFake((input: { MetricDataQueries: { Id: string; MetricStat: { Metric: { MetricName: string } } }[] }) => ({
    MetricDataResults: input.MetricDataQueries.map((q) => ({
      Id: q.Id,
      StatusCode: "Complete",
      // FailedInvocations is sent only when non-zero: a healthy rule has no data for it.
      Values: q.MetricStat.Metric.MetricName === "Invocations" ? [INVOCATIONS_PER_RULE] : [],
      Timestamps: q.MetricStat.Metric.MetricName === "Invocations" ? [minutesAgo(60 * 24)] : [],
    })),
  }));
  mocks.sns.on(GetTopicAttributesCommand).callsFake((input: { TopicArn: string }) => {
    const topic = topicOf(input.TopicArn);
    return { Attributes: { TopicArn: input.TopicArn, Policy: topicPolicyOf(input.TopicArn), KmsMasterKeyId: str(topic.inputs.kmsMasterKeyId) } };
  });
  mocks.sns.on(ListSubscriptionsByTopicCommand).callsFake((input: { TopicArn: string }) => ({
    Subscriptions: ofType("aws:sns/topicSubscription:TopicSubscription")
      .filter((s) => s.inputs.topic === input.TopicArn)
      .map((s, index) => ({ TopicArn: input.TopicArn, Protocol: str(s.inputs.protocol), Endpoint: str(s.inputs.endpoint), SubscriptionArn: `${input.TopicArn}:0f4b6d0e-0000-4000-8000-00000000000${index}` })),
  }));
  mocks.kms.on(GetKeyPolicyCommand).callsFake((input: { KeyId: string }) => {
    const topicArn = Object.values(OUTPUTS.topicArns).find((arn) => keyOfTopic(arn).arn === input.KeyId);
    if (topicArn === undefined) throw awsError("NotFoundException", `Key '${input.KeyId}' does not exist`);
    return { Policy: keyOfTopic(topicArn).policy, PolicyName: "default" };
  });
  mocks.events.on(DescribeRuleCommand).callsFake(async (input: { Name: string }, getClient) => {
    const region = await regionOf(getClient as never);
    const rule = ofType("aws:cloudwatch/eventRule:EventRule").find((r) => r.inputs.name === input.Name && r.inputs.region === region);
    if (rule === undefined) throw awsError("ResourceNotFoundException", `Rule ${input.Name} does not exist.`);
    return { Name: input.Name, State: str(rule.inputs.state) as RuleState, EventPattern: str(rule.inputs.eventPattern), EventBusName: "default" };
  });
  mocks.events.on(ListTargetsByRuleCommand).callsFake(async (input: { Rule: string }, getClient) => {
    const region = await regionOf(getClient as never);
    const targets = ofType("aws:cloudwatch/eventTarget:EventTarget").filter((t) => t.inputs.rule === input.Rule && t.inputs.region === region);
    return { Targets: targets.map((t, index) => ({ Id: `target-${index}`, Arn: str(t.inputs.arn) })) };
  });
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
