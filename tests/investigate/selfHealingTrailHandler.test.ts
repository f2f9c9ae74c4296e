import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { CloudTrailClient, GetTrailStatusCommand, StartLoggingCommand } from "@aws-sdk/client-cloudtrail";
import { PublishCommand, SNSClient } from "@aws-sdk/client-sns";
import { mockClient } from "aws-sdk-client-mock";
import Ajv2020 from "ajv/dist/2020";
import { createHealer, RetryPolicy, StopLoggingEvent } from "../../components/investigate/selfHealingTrail/handler";
import { CHAT_NOTIFICATION_SCHEMA } from "../../lib/chatNotification";
import { SNS_MESSAGE_MAX } from "../../lib/awsLimits";

const TRAIL_ARN = "arn:aws:cloudtrail:eu-west-1:111122223333:trail/security-baseline";
const TOPIC_ARN = "arn:aws:sns:eu-west-1:111122223333:security-baseline-alerts-eu-west-1";
const stopped: StopLoggingEvent = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../fixtures/investigate/stopLoggingEvent.json"), "utf8"),
);

function withName(name: string, overrides: Partial<StopLoggingEvent> = {}): StopLoggingEvent {
  return { ...stopped, ...overrides, detail: { ...stopped.detail, requestParameters: { name } } };
}

function throttled(name = "ThrottlingException", status = 400): Error {
  return Object.assign(new Error("Rate exceeded"), { name, $metadata: { httpStatusCode: status } });
}

describe("self-healing trail handler", () => {
  const cloudTrail = mockClient(CloudTrailClient);
  const sns = mockClient(SNSClient);
  let sleeps: number[];
  let logged: string[];
  const retry: RetryPolicy = {
    maxAttempts: 5,
    baseDelayMs: 200,
    maxDelayMs: 500,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
  };
  const heal = createHealer({
    cloudTrail: new CloudTrailClient({ region: "eu-west-1" }),
    sns: new SNSClient({ region: "eu-west-1" }),
    trailArn: TRAIL_ARN,
    topicArn: TOPIC_ARN,
    retry,
    log: (line) => void logged.push(line),
  });

  beforeEach(() => {
    cloudTrail.reset();
    sns.reset();
    sns.on(PublishCommand).resolves({ MessageId: "m-1" });
    sleeps = [];
    logged = [];
  });

  it("restarts a stopped trail by ARN and publishes that it did", async () => {
    cloudTrail.on(GetTrailStatusCommand).resolves({ IsLogging: false });
    cloudTrail.on(StartLoggingCommand).resolves({});
    const result = await heal(stopped);
    assert.equal(result.outcome, "restarted");
    assert.deepEqual(
      cloudTrail.commandCalls(GetTrailStatusCommand).map((c) => c.args[0].input),
      [{ Name: TRAIL_ARN }],
    );
    assert.deepEqual(
      cloudTrail.commandCalls(StartLoggingCommand).map((c) => c.args[0].input),
      [{ Name: TRAIL_ARN }],
    );
    const published = sns.commandCalls(PublishCommand).map((c) => c.args[0].input);
    assert.equal(published.length, 1);
    assert.equal(published[0].TopicArn, TOPIC_ARN);
    assert.equal(published[0].Subject, "Self-healing trail: restarted");
    assert.match(
      published[0].Message ?? "",
      /was stopped by arn:aws:sts::111122223333:assumed-role\/Admin\/mallory at 2026-11-30T10:15:01Z; logging restarted/,
    );
    assert.deepEqual(JSON.parse(logged[0]), { ...result });
  });

  it("matches the trail by ARN as well as by name", async () => {
    cloudTrail.on(GetTrailStatusCommand).resolves({ IsLogging: false });
    cloudTrail.on(StartLoggingCommand).resolves({});
    assert.equal((await heal(withName(TRAIL_ARN))).outcome, "restarted");
  });

  it("does not call StartLogging when the trail is already logging (the StopLogging call failed)", async () => {
    cloudTrail.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    const result = await heal({ ...stopped, detail: { ...stopped.detail, errorCode: "AccessDenied" } });
    assert.equal(result.outcome, "already logging");
    assert.equal(cloudTrail.commandCalls(StartLoggingCommand).length, 0);
    assert.equal(sns.commandCalls(PublishCommand)[0].args[0].input.Subject, "Self-healing trail: already logging");
  });

  const otherTrails: [string, StopLoggingEvent][] = [
    ["another trail's name", withName("someone-elses-trail")],
    ["another trail's ARN", withName("arn:aws:cloudtrail:eu-west-1:111122223333:trail/someone-elses-trail")],
    ["the same name under another account's ARN", withName("arn:aws:cloudtrail:eu-west-1:444455556666:trail/security-baseline")],
    ["an event without a trail name", { ...stopped, detail: { ...stopped.detail, requestParameters: null } }],
  ];
  for (const [label, event] of otherTrails) {
    it(`does nothing and alerts nobody for ${label}`, async () => {
      const result = await heal(event);
      assert.equal(result.outcome, "other trail");
      assert.equal(cloudTrail.calls().length, 0);
      assert.equal(sns.calls().length, 0);
    });
  }

  // A bare name is this trail's wherever the call came from: checked, and healed or reported, never ignored.
  for (const [label, overrides] of [
    ["another Region", { region: "us-east-1" }],
    ["another account (a delegated administrator's call on the organization trail)", { account: "444455556666" }],
  ] as const) {
    it(`checks this trail and reports when a StopLogging names it bare from ${label}`, async () => {
      cloudTrail.on(GetTrailStatusCommand).resolves({ IsLogging: false });
      cloudTrail.on(StartLoggingCommand).resolves({});
      const result = await heal(withName("security-baseline", overrides));
      assert.equal(result.outcome, "restarted");
      assert.deepEqual(
        cloudTrail.commandCalls(GetTrailStatusCommand).map((c) => c.args[0].input),
        [{ Name: TRAIL_ARN }],
      );
      assert.equal(sns.commandCalls(PublishCommand).length, 1);
    });
  }

  it("survives throttling with bounded, growing backoff", async () => {
    cloudTrail
      .on(GetTrailStatusCommand)
      .rejectsOnce(throttled())
      .rejectsOnce(throttled("TooManyRequests", 429))
      .resolves({ IsLogging: false });
    cloudTrail.on(StartLoggingCommand).rejectsOnce(throttled()).resolves({});
    const result = await heal(stopped);
    assert.equal(result.outcome, "restarted");
    assert.equal(result.attempts, 5);
    assert.deepEqual(sleeps, [100, 200, 100]);
  });

  it("gives up after the attempt limit and reports the failure", async () => {
    cloudTrail.on(GetTrailStatusCommand).rejects(throttled());
    await assert.rejects(heal(stopped), /could NOT be restarted \(failed: ThrottlingException: Rate exceeded\)/);
    assert.equal(cloudTrail.commandCalls(GetTrailStatusCommand).length, 5);
    assert.deepEqual(sleeps, [100, 200, 250, 250]);
    assert.equal(sns.commandCalls(PublishCommand)[0].args[0].input.Subject, "Self-healing trail: failed");
  });

  it("fails loudly on AccessDenied without retrying, after alerting", async () => {
    cloudTrail.on(GetTrailStatusCommand).resolves({ IsLogging: false });
    cloudTrail
      .on(StartLoggingCommand)
      .rejects(Object.assign(new Error("not authorized to perform: cloudtrail:StartLogging"), { name: "AccessDeniedException" }));
    await assert.rejects(heal(stopped), /failed: AccessDeniedException: not authorized/);
    assert.equal(cloudTrail.commandCalls(StartLoggingCommand).length, 1);
    assert.deepEqual(sleeps, []);
    const message = sns.commandCalls(PublishCommand)[0].args[0].input.Message ?? "";
    assert.match(
      message,
      /Restart it now: aws cloudtrail start-logging --name arn:aws:cloudtrail:eu-west-1:111122223333:trail\/security-baseline/,
    );
  });

  it("still fails the invocation when the failure alert cannot be published", async () => {
    cloudTrail.on(GetTrailStatusCommand).rejects(Object.assign(new Error("denied"), { name: "AccessDeniedException" }));
    sns.on(PublishCommand).rejects(new Error("KMS key disabled"));
    await assert.rejects(heal(stopped), /could NOT be restarted/);
    assert.match(logged.at(-1) ?? "", /publishError/);
  });

  it("refuses a TRAIL_ARN that is not a trail ARN", () => {
    assert.throws(
      () => createHealer({ cloudTrail: new CloudTrailClient({}), sns: new SNSClient({}), trailArn: "security-baseline" }),
      /TRAIL_ARN must be a CloudTrail trail ARN/,
    );
  });
});

describe("self-healing trail handler, with a Slack channel", () => {
  const CHAT_TOPIC_ARN = "arn:aws:sns:eu-west-1:111122223333:security-baseline-chat-eu-west-1";
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(CHAT_NOTIFICATION_SCHEMA);
  const cloudTrail = mockClient(CloudTrailClient);
  const sns = mockClient(SNSClient);
  const heal = createHealer({
    cloudTrail: new CloudTrailClient({ region: "eu-west-1" }),
    sns: new SNSClient({ region: "eu-west-1" }),
    trailArn: TRAIL_ARN,
    topicArn: TOPIC_ARN,
    chatTopicArn: CHAT_TOPIC_ARN,
    retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => undefined, random: () => 0 },
    log: () => undefined,
  });
  const chatMessages = (): Record<string, unknown>[] =>
    sns
      .commandCalls(PublishCommand)
      .map((c) => c.args[0].input)
      .filter((input) => input.TopicArn === CHAT_TOPIC_ARN)
      .map((input) => JSON.parse(input.Message ?? "") as Record<string, unknown>);

  beforeEach(() => {
    cloudTrail.reset();
    sns.reset();
    sns.on(PublishCommand).resolves({ MessageId: "m-1" });
  });

  const outcomes: [string, () => void, RegExp][] = [
    [
      "restarted",
      () => cloudTrail.on(GetTrailStatusCommand).resolves({ IsLogging: false }).on(StartLoggingCommand).resolves({}),
      /restarted/,
    ],
    ["already logging", () => cloudTrail.on(GetTrailStatusCommand).resolves({ IsLogging: true }), /still logging/],
    [
      "failed",
      () => cloudTrail.on(GetTrailStatusCommand).rejects(Object.assign(new Error("x".repeat(100_000)), { name: "AccessDeniedException" })),
      /NOT restarted/,
    ],
  ];
  for (const [outcome, arrange, title] of outcomes) {
    it(`publishes "${outcome}" to the chat topic as a custom notification Chatbot shows, and the text to the alert topic`, async () => {
      arrange();
      await heal(stopped).catch(() => undefined);
      const [message] = chatMessages();
      assert.ok(validate(message), JSON.stringify(validate.errors));
      assert.match((message.content as { title: string }).title, title);
      assert.equal(message.id, stopped.detail?.eventID);
      const all = sns.commandCalls(PublishCommand).map((c) => c.args[0].input);
      assert.deepEqual(
        all.map((input) => input.TopicArn),
        [TOPIC_ARN, CHAT_TOPIC_ARN],
      );
      for (const input of all) assert.ok(Buffer.byteLength(input.Message ?? "") <= SNS_MESSAGE_MAX.value);
      assert.ok(Buffer.byteLength(JSON.stringify(message)) < 10_000, "a 100 KB error is cut to what a reader can use");
    });
  }

  it("still publishes the email text when the chat publish fails, and fails the report", async () => {
    cloudTrail.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    sns.on(PublishCommand, { TopicArn: CHAT_TOPIC_ARN }).rejects(new Error("KMS key disabled"));
    await assert.rejects(heal(stopped), /KMS key disabled/);
    assert.deepEqual(
      sns.commandCalls(PublishCommand).map((c) => c.args[0].input.TopicArn),
      [TOPIC_ARN, CHAT_TOPIC_ARN],
    );
  });
});
