/**
 * Alerts reach Slack: AWS Chatbot shows alarm notifications and custom notifications in its
 * format, nothing else. With a Slack channel, every alarm acts on its Region's chat topic, every
 * rule sends a custom notification there (or, for StopLogging, the self-healing function does),
 * the channel subscribes to exactly the chat topics, and every message is valid in the format for
 * every corpus record, with hostile configured text, within EventBridge's and SNS's sizes.
 */
import { strict as assert } from "assert";
import Ajv2020 from "ajv/dist/2020";
import { BuiltStack, buildStack } from "../helpers/baselineHarness";
import { loadCorpus } from "../helpers/corpus";
import { toEventBridgeEnvelope } from "../helpers/eventPattern";
import { InputTransformer, transformInput, valueAt } from "../helpers/inputTransformer";
import { CHAT_NOTIFICATION_SCHEMA } from "../../lib/chatNotification";
import { CHAT_ALERT_FIELDS, CHAT_ALERT_FIELD_VALUES } from "../../lib/alertTemplates";
import { EVENTBRIDGE_INPUT_TEMPLATE_MAX, SNS_MESSAGE_MAX, utf8Bytes } from "../../lib/awsLimits";
import { chatTopicNameFor, topicNameFor } from "../../settings/names";
import { MOCK_ACCOUNT_ID } from "../../tools/lib/mockRuntime";
import { PlanResource } from "../../tools/lib/planTypes";
import { FINDING_FIELDS, FINDING_RULE_IDS } from "../../lib/findingAlerts";

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(CHAT_NOTIFICATION_SCHEMA);
const problems = (message: unknown): string =>
  validate(message) ? "" : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join("; ");

const HOSTILE_TITLE = 'Break-glass "root" <used> \\ 緊急 🚨\nsecond line';
const HOSTILE_WHY = 'A "quoted" why with a back\\slash, a tab\tand ünïcödé, <eventName> and\r\nline breaks';
const HOME = "eu-west-1";
const REGIONS = [HOME, "ap-southeast-2"];
const SLACK = { workspaceId: "T07EA123LEP", channelId: "C07EZ1ABC23" };

const CONFIG = {
  regions: REGIONS,
  alertEmails: ["secops@example.com"],
  watchedSecrets: ["prod/db"],
  slackChannel: SLACK,
  customAlarms: [
    {
      id: "break-glass-used",
      title: HOSTILE_TITLE,
      why: HOSTILE_WHY,
      filterPattern: '{ $.userIdentity.sessionContext.sessionIssuer.userName = "BreakGlass" }',
      eventPattern: { detail: { userIdentity: { sessionContext: { sessionIssuer: { userName: ["BreakGlass"] } } } } },
    },
  ],
};

const regionOf = (r: PlanResource): string => String(r.inputs.region);
const topicArn = (name: string, region: string): string => `arn:aws:sns:${region}:${MOCK_ACCOUNT_ID}:${name}`;
const named = { trailName: "security-baseline" };
/** Every Region with topics: the listed ones and us-east-1, which the global-events part adds. */
const TOPIC_REGIONS = [...REGIONS, "us-east-1"];

describe("alerts in Slack (AWS Chatbot)", function () {
  this.timeout(60_000);
  let stack: BuiltStack;
  let chatTargets: PlanResource[];
  before(async () => {
    stack = await buildStack(CONFIG, "chat");
    const chatArns = new Set(TOPIC_REGIONS.map((region) => topicArn(chatTopicNameFor(named, region), region)));
    chatTargets = stack.ofType("aws:cloudwatch/eventTarget:EventTarget").filter((t) => chatArns.has(String(t.inputs.arn)));
  });

  it("subscribes the channel to every Region's chat topic and to no email topic", () => {
    const [configuration] = stack.ofType("aws:chatbot/slackChannelConfiguration:SlackChannelConfiguration");
    assert.deepEqual(
      [...(configuration.inputs.snsTopicArns as string[])].sort(),
      TOPIC_REGIONS.map((region) => topicArn(chatTopicNameFor(named, region), region)).sort(),
    );
    const topics = stack.ofType("aws:sns/topic:Topic").filter((t) => String(t.inputs.name).includes("-chat-"));
    for (const topic of topics) assert.ok(topic.inputs.kmsMasterKeyId, `${String(topic.inputs.name)} is encrypted`);
    assert.equal(topics.length, TOPIC_REGIONS.length);
  });

  it("has every alarm act on its Region's chat topic as well as its alert topic", () => {
    const alarms = stack.ofType("aws:cloudwatch/metricAlarm:MetricAlarm");
    assert.ok(alarms.length > 20);
    for (const alarm of alarms) {
      const region = regionOf(alarm);
      assert.deepEqual(
        alarm.inputs.alarmActions,
        [topicArn(topicNameFor(named, region), region), topicArn(chatTopicNameFor(named, region), region)],
        String(alarm.inputs.name),
      );
    }
  });

  it("has every rule reach the channel: a custom-notification target on its Region's chat topic, or the self-healing function that publishes there", () => {
    const targets = stack.ofType("aws:cloudwatch/eventTarget:EventTarget");
    const functions = stack.ofType("aws:lambda/function:Function");
    for (const rule of stack.ofType("aws:cloudwatch/eventRule:EventRule")) {
      const region = regionOf(rule);
      const mine = targets.filter((t) => t.inputs.rule === rule.inputs.name);
      const chat = mine.filter((t) => t.inputs.arn === topicArn(chatTopicNameFor(named, region), region));
      if (chat.length === 1) continue;
      // The StopLogging rule invokes the function, which reports to the home chat topic itself.
      const invoked = functions.filter((f) => mine.some((t) => String(t.inputs.arn).endsWith(`:function:${String(f.inputs.name)}`)));
      assert.equal(invoked.length, 1, `${String(rule.inputs.name)} reaches no chat topic`);
      const env = (invoked[0].inputs.environment as { variables: Record<string, string> }).variables;
      assert.equal(env.CHAT_TOPIC_ARN, topicArn(chatTopicNameFor(named, HOME), HOME));
      const policy = stack.ofType("aws:iam/rolePolicy:RolePolicy").find((p) => p.inputs.name === "restart-this-trail-only")!;
      const publish = (JSON.parse(String(policy.inputs.policy)) as { Statement: { Sid: string; Resource: unknown }[] }).Statement.find(
        (s) => s.Sid === "PublishOutcomeToAlertTopic",
      )!;
      assert.deepEqual(publish.Resource, [env.ALERT_TOPIC_ARN, env.CHAT_TOPIC_ARN]);
    }
    assert.ok(chatTargets.length >= 20, `${chatTargets.length} chat targets`);
  });

  it("sends, for every corpus record, a custom notification Chatbot takes, with hostile configured text", () => {
    const corpus = loadCorpus().map((c) => toEventBridgeEnvelope(c.event));
    let checked = 0;
    for (const target of chatTargets) {
      const transformer = target.inputs.inputTransformer as InputTransformer;
      for (const event of corpus) {
        const output = transformInput(transformer, event);
        let message: unknown;
        assert.doesNotThrow(() => (message = JSON.parse(output)), `${String(target.inputs.rule)}: not JSON for ${event.id}: ${output}`);
        assert.equal(problems(message), "", `${String(target.inputs.rule)} on ${event.id}`);
        checked += 1;
      }
    }
    assert.ok(checked > 1000, `${checked} messages`);
    const custom = chatTargets.find((t) => String(t.inputs.rule).endsWith("break-glass-used"))!;
    const message = JSON.parse(transformInput(custom.inputs.inputTransformer as InputTransformer, corpus[0])) as {
      content: { title: string; description: string };
    };
    assert.equal(message.content.title, ':rotating_light: Break-glass "root" ‹used› \\ 緊急 🚨 second line');
    assert.ok(message.content.description.endsWith('A "quoted" why with a back\\slash, a tab and ünïcödé, ‹eventName› and  line breaks'));
  });

  it("quotes only fields whose values cannot break JSON: never the caller's ARN or user agent", () => {
    const corpus = loadCorpus().map((c) => toEventBridgeEnvelope(c.event));
    for (const target of chatTargets) {
      const transformer = target.inputs.inputTransformer as InputTransformer;
      // Finding rules quote their own chat-safe fields (tests/components/findingAlerts.test.ts holds them to the samples).
      const finding = FINDING_RULE_IDS.find((id) => String(target.inputs.rule).endsWith(`-${id}`));
      const fields = finding
        ? Object.fromEntries(Object.entries(FINDING_FIELDS[finding]).flatMap(([name, f]) => (f.chatSafe ? [[name, f.path]] : [])))
        : CHAT_ALERT_FIELDS;
      assert.deepEqual(transformer.inputPaths, fields);
      for (const placeholder of transformer.inputTemplate.matchAll(/<([^<>]*)>/g)) assert.ok(placeholder[1] in fields, placeholder[1]);
    }
    // eslint-disable-next-line no-control-regex -- control characters are what would break the JSON
    const unsafe = /["\\\u0000-\u001f\u007f\u2028\u2029]/;
    for (const [field, jsonPath] of Object.entries(CHAT_ALERT_FIELDS)) {
      const domain = CHAT_ALERT_FIELD_VALUES[field as keyof typeof CHAT_ALERT_FIELDS];
      for (const hostile of ['a"b', "a\\b", "a\nb", "a\u2028b"])
        assert.ok(!domain.pattern.test(hostile), `${field} admits ${JSON.stringify(hostile)}`);
      for (const event of corpus) {
        const value = valueAt(event, jsonPath);
        assert.ok(value === undefined || (typeof value === "string" && !unsafe.test(value)), `${field} = ${JSON.stringify(value)}`);
      }
    }
    // The model is strict: a quoted value with a quote breaks the message, as it would in AWS.
    assert.throws(() => JSON.parse(transformInput({ inputPaths: { ua: "$.ua" }, inputTemplate: '{"a":"<ua>"}' }, { ua: 'x"y' })));
  });

  it("stays within EventBridge's template size and SNS's message size", () => {
    for (const target of chatTargets) {
      const { inputTemplate } = target.inputs.inputTransformer as InputTransformer;
      assert.ok(utf8Bytes(inputTemplate) <= EVENTBRIDGE_INPUT_TEMPLATE_MAX.value);
      // Every field is an AWS id, name or time of at most a few hundred bytes (IAM names 64, session names 64, ids 128).
      const placeholders = [...inputTemplate.matchAll(/<([^<>]*)>/g)].length;
      assert.ok(utf8Bytes(inputTemplate) + placeholders * 512 < SNS_MESSAGE_MAX.value);
    }
  });
});

describe("the Chatbot custom notification schema", () => {
  const minimal = { version: "1.0", source: "custom", content: { description: "Trail stopped" } };
  it("takes the documented format and refuses what Chatbot would not show", () => {
    assert.equal(problems(minimal), "");
    assert.notEqual(problems({ ...minimal, version: "0" }), "");
    assert.notEqual(problems({ ...minimal, source: "aws.cloudtrail" }), "");
    assert.notEqual(problems({ version: "1.0", source: "custom", content: { title: "no description" } }), "");
    assert.notEqual(problems({ ...minimal, content: { ...minimal.content, textType: "plain" } }), "");
    assert.notEqual(problems({ ...minimal, metadata: { additionalContext: { count: 1 } } }), "");
    assert.notEqual(problems({ ...minimal, detail: {} }), "", "only documented fields");
  });
});
