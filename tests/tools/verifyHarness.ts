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
import { DescribeFlowLogsCommand, DescribeVpcsCommand, EC2Client } from "@aws-sdk/client-ec2";
import { GetBucketLoggingCommand, S3Client } from "@aws-sdk/client-s3";
import { CloudWatchClient, DescribeAlarmsCommand, GetMetricDataCommand, MetricAlarm } from "@aws-sdk/client-cloudwatch";
import {
  CloudWatchLogsClient,
  DescribeLogStreamsCommand,
  DescribeMetricFiltersCommand,
  TestMetricFilterCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { DescribeRuleCommand, EventBridgeClient, ListTargetsByRuleCommand, RuleState } from "@aws-sdk/client-eventbridge";
import { GetKeyPolicyCommand, KMSClient } from "@aws-sdk/client-kms";
import { GetTopicAttributesCommand, ListSubscriptionsByTopicCommand, SNSClient } from "@aws-sdk/client-sns";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { mockClient } from "aws-sdk-client-mock";
import { ConfigServiceClient, DescribeConfigurationRecorderStatusCommand } from "@aws-sdk/client-config-service";
import { GetDetectorCommand, GuardDutyClient, ListDetectorsCommand } from "@aws-sdk/client-guardduty";
import { DescribeHubCommand, GetEnabledStandardsCommand, SecurityHubClient } from "@aws-sdk/client-securityhub";
import { filterPatternMatches } from "../../policy/lib/filterPattern";
import { MOCK_ACCOUNT_ID, RecordedResource, settle, startMockRuntime } from "../../tools/lib/mockRuntime";
import { readProject, stackConfig } from "../../tools/lib/plan";
import { answerVpcLookups } from "../helpers/coverageHarness";
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
  ec2: mockClient(EC2Client),
  s3: mockClient(S3Client),
  guardduty: mockClient(GuardDutyClient),
  securityhub: mockClient(SecurityHubClient),
  config: mockClient(ConfigServiceClient),
};

/** A stack as deployed: its outputs (and the file they are saved in), what it registered, and the account's VPCs. */
export interface DeployedStack {
  readonly outputs: StackOutputs;
  readonly outputsFile: string;
  readonly resources: readonly RecordedResource[];
  /** Region → the VPCs the account has (DescribeVpcs). */
  readonly vpcs: Readonly<Record<string, readonly string[]>>;
}

/**
 * Plans `stackFile` with the real program under Pulumi's mocks and saves its exports as
 * `pulumi stack output --json` prints them. VPC lookups (allVpcs) answer from `vpcs`, which is
 * also what DescribeVpcs answers; without it, the VPCs the stack lists.
 */
export async function planStack(stackFile: string, vpcs?: Readonly<Record<string, readonly string[]>>): Promise<DeployedStack> {
  const project = readProject(ROOT);
  const recorder = startMockRuntime({ project: project.name, stack: "dev", config: stackConfig(project, stackFile) });
  if (vpcs !== undefined) answerVpcLookups(vpcs);
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
  const outputsFile = path.join(dir, `${path.basename(stackFile, ".yaml")}.json`);
  fs.writeFileSync(outputsFile, text);
  const outputs = parseStackOutputs(text, outputsFile);
  return { outputs, outputsFile, resources: recorder.recorded(), vpcs: vpcs ?? outputs.flowLogs?.vpcIds ?? {} };
}

const plannedFiles = new Map<string, Promise<DeployedStack>>();

/** planStack once per process for each stack file (several test files use the same one). */
export function planStackOnce(stackFile: string): Promise<DeployedStack> {
  let stack = plannedFiles.get(stackFile);
  if (stack === undefined) {
    stack = planStack(stackFile);
    plannedFiles.set(stackFile, stack);
  }
  return stack;
}

let planned: Promise<void> | undefined;
let DEFAULT: DeployedStack;

/** Plans the default stack once per process: the real program, under Pulumi's mocks. */
export function plannedStack(): Promise<void> {
  planned ??= (async () => {
    DEFAULT = await planStack(STACK_FILE);
    OUTPUTS_FILE = DEFAULT.outputsFile;
    OUTPUTS = DEFAULT.outputs;
    RESOURCES = DEFAULT.resources;
    TOPIC = OUTPUTS.topicArns[OUTPUTS.homeRegion];
    const answers = answersFor(DEFAULT);
    TOPIC_POLICY = answers.topicPolicyOf(TOPIC);
    const key = answers.keyOf(answers.topicKeyArn(TOPIC));
    if (key === undefined) throw new Error(`no planned key encrypts ${TOPIC}`);
    KEY_POLICY = key.policy;
  })();
  return planned;
}

const str = (value: unknown): string => {
  if (typeof value !== "string") throw new Error(`planned input is not a string: ${JSON.stringify(value)}`);
  return value;
};

/** What AWS answers for a deployed stack, read off its planned resources. */
function answersFor(stack: DeployedStack) {
  const ofType = (type: string): RecordedResource[] => stack.resources.filter((r) => r.type === type);
  const byUrn = new Map(stack.resources.map((r) => [r.urn, r]));
  const topicOf = (topicArn: string): RecordedResource => {
    const topic = ofType("aws:sns/topic:Topic").find(
      (r) => topicArn === `arn:aws:sns:${str(r.inputs.region)}:${ACCOUNT}:${str(r.inputs.name)}`,
    );
    if (topic === undefined) throw new Error(`no planned topic ${topicArn}`);
    return topic;
  };
  // Key ARNs are the provider's output: each is known here as the value of an input that depends on the key.
  const keys = new Map<string, RecordedResource>();
  for (const r of stack.resources) {
    for (const [input, urns] of Object.entries(r.propertyDependencies)) {
      const key = urns.map((u) => byUrn.get(u)).find((d) => d?.type === "aws:kms/key:Key");
      const value = r.inputs[input];
      if (key !== undefined && typeof value === "string" && value.startsWith("arn:aws:kms:")) keys.set(value.replace(/:\*$/, ""), key);
    }
  }
  const trailArnOf = (trail: RecordedResource): string =>
    `arn:aws:cloudtrail:${str(trail.inputs.region)}:${ACCOUNT}:trail/${str(trail.inputs.name)}`;
  return {
    ofType,
    topicOf,
    topicPolicyOf(topicArn: string): string {
      const policy = ofType("aws:sns/topicPolicy:TopicPolicy").find((r) => r.inputs.arn === topicArn);
      if (policy === undefined) throw new Error(`no planned topic policy for ${topicArn}`);
      return str(policy.inputs.policy);
    },
    topicKeyArn: (topicArn: string): string => str(topicOf(topicArn).inputs.kmsMasterKeyId),
    keyOf(keyArn: string): { arn: string; policy: string } | undefined {
      const key = keys.get(keyArn);
      return key === undefined ? undefined : { arn: keyArn, policy: str(key.inputs.policy) };
    },
    trailOf(nameOrArn: string): RecordedResource | undefined {
      return ofType("aws:cloudtrail/trail:Trail").find((t) => t.inputs.name === nameOrArn || trailArnOf(t) === nameOrArn);
    },
    trailArnOf,
  };
}

/** Every planned alarm as DescribeAlarms returns it, in state OK. */
export function healthyAlarms(stack: DeployedStack = DEFAULT, region?: string): MetricAlarm[] {
  // Metric-math alarms have no namespace or metric name of their own.
  const alarms = answersFor(stack)
    .ofType("aws:cloudwatch/metricAlarm:MetricAlarm")
    .filter((a) => region === undefined || a.inputs.region === region);
  return alarms.map(({ inputs }) => ({
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

/** The region of the client a mocked call was sent with. */
export async function regionOf(getClient: () => { config: { region: unknown } }): Promise<string> {
  const region = getClient().config.region;
  return typeof region === "function" ? ((await (region as () => Promise<string>)()) as string) : String(region);
}

/** Each planned rule's invocations in the last 24 h, as GetMetricData answers; none failed. */
export const INVOCATIONS_PER_RULE = 3;

/** Every mocked AWS client answers as a healthy account with the default stack deployed (mocha hooks call it with no argument). */
export async function mockHealthyAccount(): Promise<void> {
  await plannedStack();
  mockHealthyStack(DEFAULT);
}

/** Every mocked AWS client answers as a healthy account with `stack` deployed. */
export function mockHealthyStack(stack: DeployedStack): void {
  const { outputs } = stack;
  const { ofType, topicOf, topicPolicyOf, keyOf, trailOf, trailArnOf } = answersFor(stack);
  // Through `{ reset(): void }`: calling it on the union of the eight stubs' types cost the type-check most of a second.
  for (const mock of Object.values<{ reset(): void }>(mocks)) mock.reset();
  mocks.sts.on(GetCallerIdentityCommand).resolves({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/verify` });
  // Server access logging as the plan's BucketLogging resources set it (bucket and target by name).
  mocks.s3.on(GetBucketLoggingCommand).callsFake((input: { Bucket: string }) => {
    const logging = ofType("aws:s3/bucketLogging:BucketLogging").find((l) => l.inputs.bucket === input.Bucket);
    return logging === undefined
      ? {}
      : { LoggingEnabled: { TargetBucket: str(logging.inputs.targetBucket), TargetPrefix: str(logging.inputs.targetPrefix) } };
  });

  mocks.cloudtrail.on(GetTrailCommand).callsFake((input: { Name: string }) => {
    const trail = trailOf(input.Name);
    if (trail === undefined) throw awsError("TrailNotFoundException", `Unknown trail: ${input.Name}`);
    return {
      Trail: {
        Name: str(trail.inputs.name),
        HomeRegion: str(trail.inputs.region),
        TrailARN: trailArnOf(trail),
        S3BucketName: str(trail.inputs.s3BucketName),
        IsMultiRegionTrail: trail.inputs.isMultiRegionTrail === true,
        LogFileValidationEnabled: trail.inputs.enableLogFileValidation === true,
        KmsKeyId: str(trail.inputs.kmsKeyId),
        CloudWatchLogsLogGroupArn: str(trail.inputs.cloudWatchLogsGroupArn),
      },
    };
  });
  mocks.cloudtrail
    .on(GetTrailStatusCommand)
    .resolves({ IsLogging: true, LatestDeliveryTime: minutesAgo(4), LatestCloudWatchLogsDeliveryTime: minutesAgo(3) });
  mocks.ec2.on(DescribeVpcsCommand).callsFake(async (_input: unknown, getClient) => {
    const region = await regionOf(getClient as never);
    return { Vpcs: (stack.vpcs[region] ?? []).map((VpcId) => ({ VpcId, State: "available" })) };
  });
  mocks.ec2.on(DescribeFlowLogsCommand).callsFake(async (_input: unknown, getClient) => {
    const region = await regionOf(getClient as never);
    return {
      FlowLogs: ofType("aws:ec2/flowLog:FlowLog")
        .filter((f) => f.inputs.region === region)
        .map((f, index) => {
          const destination = str(f.inputs.logDestination);
          const toLogs = f.inputs.logDestinationType === "cloud-watch-logs";
          return {
            FlowLogId: `fl-0123456789abcdef${index}`,
            ResourceId: str(f.inputs.vpcId),
            TrafficType: str(f.inputs.trafficType) as "ALL",
            LogDestinationType: str(f.inputs.logDestinationType) as "s3",
            LogDestination: destination,
            LogGroupName: toLogs ? destination.split(":log-group:")[1] : undefined,
            FlowLogStatus: "ACTIVE",
            DeliverLogsStatus: "SUCCESS",
          };
        }),
    };
  });
  mocks.logs.on(DescribeLogStreamsCommand).resolves({
    logStreams: [{ logStreamName: `${ACCOUNT}_CloudTrail_${outputs.homeRegion}`, lastEventTimestamp: minutesAgo(20).getTime() }],
  });
  mocks.logs.on(DescribeMetricFiltersCommand).resolves({
    metricFilters: ofType("aws:cloudwatch/logMetricFilter:LogMetricFilter").map(({ inputs }) => {
      const transformation = inputs.metricTransformation as { name: string; namespace: string; value: string };
      return {
        filterName: str(inputs.name),
        filterPattern: str(inputs.pattern),
        logGroupName: str(inputs.logGroupName),
        metricTransformations: [
          { metricName: transformation.name, metricNamespace: transformation.namespace, metricValue: transformation.value },
        ],
      };
    }),
  });
  mocks.logs.on(TestMetricFilterCommand).callsFake(awsTestMetricFilter);
  // Each region's alarms: the delivery-failure alarms have the same name in every region.
  mocks.cloudwatch
    .on(DescribeAlarmsCommand)
    .callsFake(async (_input: unknown, getClient) => ({ MetricAlarms: healthyAlarms(stack, await regionOf(getClient as never)) }));
  mocks.cloudwatch
    .on(GetMetricDataCommand)
    .callsFake((input: { MetricDataQueries: { Id: string; MetricStat: { Metric: { MetricName: string } } }[] }) => ({
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
    return {
      Attributes: { TopicArn: input.TopicArn, Policy: topicPolicyOf(input.TopicArn), KmsMasterKeyId: str(topic.inputs.kmsMasterKeyId) },
    };
  });
  mocks.sns.on(ListSubscriptionsByTopicCommand).callsFake((input: { TopicArn: string }) => ({
    Subscriptions: ofType("aws:sns/topicSubscription:TopicSubscription")
      .filter((s) => s.inputs.topic === input.TopicArn)
      .map((s, index) => ({
        TopicArn: input.TopicArn,
        Protocol: str(s.inputs.protocol),
        Endpoint: str(s.inputs.endpoint),
        SubscriptionArn: `${input.TopicArn}:0f4b6d0e-0000-4000-8000-00000000000${index}`,
      })),
  }));
  mocks.kms.on(GetKeyPolicyCommand).callsFake((input: { KeyId: string }) => {
    const key = keyOf(input.KeyId);
    if (key === undefined) throw awsError("NotFoundException", `Key '${input.KeyId}' does not exist`);
    return { Policy: key.policy, PolicyName: "default" };
  });
  mocks.events.on(DescribeRuleCommand).callsFake(async (input: { Name: string }, getClient) => {
    const region = await regionOf(getClient as never);
    const rule = ofType("aws:cloudwatch/eventRule:EventRule").find((r) => r.inputs.name === input.Name && r.inputs.region === region);
    if (rule === undefined) throw awsError("ResourceNotFoundException", `Rule ${input.Name} does not exist.`);
    return {
      Name: input.Name,
      State: str(rule.inputs.state) as RuleState,
      EventPattern: str(rule.inputs.eventPattern),
      EventBusName: "default",
    };
  });
  mocks.events.on(ListTargetsByRuleCommand).callsFake(async (input: { Rule: string }, getClient) => {
    const region = await regionOf(getClient as never);
    const targets = ofType("aws:cloudwatch/eventTarget:EventTarget").filter(
      (t) => t.inputs.rule === input.Rule && t.inputs.region === region,
    );
    return { Targets: targets.map((t, index) => ({ Id: `target-${index}`, Arn: str(t.inputs.arn) })) };
  });
  mockHealthyDetectors(stack, ofType);
}

/** The Region's detector where the stack expects GuardDuty on already (runtime state: someone else turned it on). */
export const EXISTING_DETECTOR_ID = "12abc34d567e8fa901bc2d34e56789f0";

/**
 * GuardDuty, Security Hub and AWS Config as they answer where the stack's detectors run: the
 * detectors, standards and recorders it created (their planned inputs), ENABLED, READY and
 * recording; where it expects them on already (existing), the Region's own, on, with one
 * standard READY (runtime state, not configuration).
 */
function mockHealthyDetectors(stack: DeployedStack, ofType: (type: string) => RecordedResource[]): void {
  const created = stack.outputs.detectors?.guardDutyDetectorIds ?? {};
  mocks.guardduty.on(ListDetectorsCommand).callsFake(async (_input: unknown, getClient) => {
    const region = await regionOf(getClient as never);
    return { DetectorIds: [created[region] ?? EXISTING_DETECTOR_ID] };
  });
  mocks.guardduty.on(GetDetectorCommand).callsFake(async (_input: unknown, getClient) => {
    const region = await regionOf(getClient as never);
    const features = ofType("aws:guardduty/detectorFeature:DetectorFeature").filter((f) => f.inputs.region === region);
    return { Status: "ENABLED", Features: features.map((f) => ({ Name: str(f.inputs.name), Status: str(f.inputs.status) })) };
  });
  mocks.securityhub.on(DescribeHubCommand).callsFake(async (_input: unknown, getClient) => ({
    HubArn: `arn:aws:securityhub:${await regionOf(getClient as never)}:${ACCOUNT}:hub/default`,
    SubscribedAt: minutesAgo(60 * 24 * 30).toISOString(),
  }));
  mocks.securityhub.on(GetEnabledStandardsCommand).callsFake(async (_input: unknown, getClient) => {
    const region = await regionOf(getClient as never);
    const subscribed = ofType("aws:securityhub/standardsSubscription:StandardsSubscription").filter((s) => s.inputs.region === region);
    const arns =
      subscribed.length > 0
        ? subscribed.map((s) => str(s.inputs.standardsArn))
        : [`arn:aws:securityhub:${region}::standards/aws-foundational-security-best-practices/v/1.0.0`];
    return { StandardsSubscriptions: arns.map((StandardsArn) => ({ StandardsArn, StandardsStatus: "READY" })) };
  });
  mocks.config.on(DescribeConfigurationRecorderStatusCommand).callsFake(async (_input: unknown, getClient) => {
    const region = await regionOf(getClient as never);
    const recorder = ofType("aws:cfg/recorder:Recorder").find((r) => r.inputs.region === region);
    return {
      ConfigurationRecordersStatus: [
        { name: recorder ? str(recorder.inputs.name) : "default", recording: true, lastStatus: "SUCCESS", lastStartTime: minutesAgo(60) },
      ],
    };
  });
}

/** What AWS's TestMetricFilter answers, by the project's pattern evaluator. */
export function awsTestMetricFilter(input: { filterPattern?: string; logEventMessages?: string[] }) {
  const matches = (input.logEventMessages ?? []).flatMap((message, index) =>
    filterPatternMatches(input.filterPattern ?? "", JSON.parse(message))
      ? [{ eventNumber: index + 1, eventMessage: message, extractedValues: {} }]
      : [],
  );
  return { matches };
}

/** An SDK-shaped service error. */
export function awsError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name, $metadata: {}, $fault: "client" });
}
