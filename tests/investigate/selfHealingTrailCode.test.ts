import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { CloudTrailClient, GetTrailStatusCommand, StartLoggingCommand } from "@aws-sdk/client-cloudtrail";
import { PublishCommand, SNSClient } from "@aws-sdk/client-sns";
import { mockClient } from "aws-sdk-client-mock";
import { handlerArchive, HANDLER_ENTRY, handlerEnvironment } from "../../components/investigate/selfHealingTrail/code";
import { HANDLER_JS } from "../../components/investigate/selfHealingTrail/handlerCode.generated";

const TRAIL_ARN = "arn:aws:cloudtrail:eu-west-1:111122223333:trail/security-baseline";
const TOPIC_ARN = "arn:aws:sns:eu-west-1:111122223333:security-baseline-alerts-eu-west-1";

/** Loads the shipped JavaScript the way Lambda does (CommonJS), recording what it requires. */
function loadShippedHandler(required: string[]): (event: unknown) => Promise<{ outcome: string }> {
  const module = { exports: {} as { handler: (event: unknown) => Promise<{ outcome: string }> } };
  const requireRecorded = (name: string): unknown => {
    required.push(name);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the shipped code's own require, recorded
    return require(name);
  };
  new Function("exports", "require", "module", HANDLER_JS)(module.exports, requireRecorded, module);
  return module.exports.handler;
}

describe("self-healing trail code package", () => {
  it("archives the code as index.js, matching the handler entry point", async () => {
    const assets = await handlerArchive().assets;
    assert.deepEqual(Object.keys(assets), ["index.js"]);
    const indexJs = assets["index.js"] as { text?: Promise<string> };
    assert.equal(await indexJs.text, HANDLER_JS);
    assert.equal(HANDLER_ENTRY, "index.handler");
  });

  describe("the shipped JavaScript, run as Lambda runs it", () => {
    const cloudTrail = mockClient(CloudTrailClient);
    const sns = mockClient(SNSClient);
    const savedEnv = { ...process.env };
    const log = console.log;
    beforeEach(() => {
      cloudTrail.reset();
      sns.reset();
      console.log = () => undefined;
    });
    afterEach(() => {
      process.env = { ...savedEnv };
      console.log = log;
    });

    it("requires only the AWS SDK v3 clients the Lambda runtime ships, and restarts the trail from its environment", async () => {
      const env = handlerEnvironment(TRAIL_ARN, TOPIC_ARN).variables;
      Object.assign(process.env, env);
      cloudTrail.on(GetTrailStatusCommand).resolves({ IsLogging: false });
      cloudTrail.on(StartLoggingCommand).resolves({});
      sns.on(PublishCommand).resolves({});
      const required: string[] = [];
      const handler = loadShippedHandler(required);
      const event = JSON.parse(fs.readFileSync(path.join(__dirname, "../fixtures/investigate/stopLoggingEvent.json"), "utf8"));
      assert.equal((await handler(event)).outcome, "restarted");
      assert.deepEqual(required.sort(), ["@aws-sdk/client-cloudtrail", "@aws-sdk/client-sns"]);
      assert.equal(sns.commandCalls(PublishCommand)[0].args[0].input.TopicArn, TOPIC_ARN);
    });

    it("refuses to run without TRAIL_ARN", async () => {
      delete process.env.TRAIL_ARN;
      await assert.rejects(loadShippedHandler([])({}), /TRAIL_ARN is not set/);
    });
  });
});
