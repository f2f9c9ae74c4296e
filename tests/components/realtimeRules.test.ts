import { strict as assert } from "assert";
import { ALARMS } from "../../policy/catalogue";
import { MOCK_ACCOUNT_ID } from "../../tools/lib/mockRuntime";
import { BuiltStack, buildStack } from "../helpers/baselineHarness";
import { FINDING_RULE_IDS } from "../../lib/findingAlerts";

describe("real-time rules", () => {
  let stack: BuiltStack;
  before(async () => {
    // The real-time alert rules only: the self-healing trail's rules have their own tests (tests/investigate).
    stack = await buildStack({ regions: ["us-east-1"], watchedSecrets: ["prod/payments/db"], selfHealingTrail: "false" });
  });

  it("creates one rule per catalogue entry with an event pattern, publishing to the region's topic", () => {
    // The finding rules (tests/components/findingAlerts.test.ts) are not catalogue entries.
    const rules = stack
      .ofType("aws:cloudwatch/eventRule:EventRule")
      .filter((r) => !FINDING_RULE_IDS.some((id) => r.name.endsWith(`-rule-${id}`)));
    const expected = ALARMS.filter((a) => a.eventPattern)
      .map((a) => a.id)
      .concat("secrets-manager-secret-read")
      .sort();
    assert.deepEqual(rules.map((r) => r.name.replace("baseline-us-east-1-rule-", "")).sort(), expected);
    for (const entry of ALARMS.filter((a) => a.eventPattern)) {
      const rule = stack.named(`baseline-us-east-1-rule-${entry.id}`).inputs;
      assert.deepEqual(JSON.parse(String(rule.eventPattern)), entry.eventPattern);
      const target = stack.named(`baseline-us-east-1-rule-${entry.id}-target`).inputs;
      assert.equal(target.arn, `arn:aws:sns:us-east-1:${MOCK_ACCOUNT_ID}:security-baseline-alerts-us-east-1`);
    }
  });

  it("lets the rules that must see read-only Get/Describe/List calls receive all management events", () => {
    for (const rule of stack.ofType("aws:cloudwatch/eventRule:EventRule")) {
      const id = rule.name.replace("baseline-us-east-1-rule-", "");
      if ((FINDING_RULE_IDS as readonly string[]).includes(id)) continue;
      const needsAll = ["root-account-usage", "unauthorized-api-calls", "secrets-manager-secret-read"].includes(id);
      assert.equal(rule.inputs.state, needsAll ? "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS" : "ENABLED", id);
    }
  });

  it("says who, what, where, when and why in the alert", () => {
    const transformer = stack.named("baseline-us-east-1-rule-root-account-usage-target").inputs.inputTransformer as {
      inputPaths: Record<string, string>;
      inputTemplate: string;
    };
    assert.equal(transformer.inputPaths.principal, "$.detail.userIdentity.arn");
    assert.equal(transformer.inputPaths.sourceIp, "$.detail.sourceIPAddress");
    assert.equal(transformer.inputPaths.eventName, "$.detail.eventName");
    assert.equal(transformer.inputPaths.time, "$.detail.eventTime");
    for (const placeholder of Object.keys(transformer.inputPaths))
      assert.ok(transformer.inputTemplate.includes(`<${placeholder}>`), placeholder);
    assert.match(transformer.inputTemplate, /Root account used/);
    assert.match(transformer.inputTemplate, /bypasses every IAM policy/);
    // An SNS target gets one quoted string per line.
    for (const line of transformer.inputTemplate.split("\n")) assert.doesNotThrow(() => JSON.parse(line));
  });

  it("can be turned off per entry, keeping the alarm", async () => {
    const quiet = await buildStack({ disabledRealtimeAlerts: ["ec2-instance-changes"] });
    assert.ok(!quiet.resources.some((r) => r.name === "baseline-us-east-1-rule-ec2-instance-changes"));
    assert.ok(quiet.resources.some((r) => r.name === "baseline-us-east-1-alarm-ec2-instance-changes"));
  });

  it("gives a custom alarm with an event pattern both paths", async () => {
    const custom = await buildStack({
      customAlarms: [
        {
          id: "bucket-deleted",
          filterPattern: '{ $.eventName = "DeleteBucket" }',
          eventPattern: { detail: { eventName: ["DeleteBucket"] } },
        },
      ],
    });
    assert.ok(custom.resources.some((r) => r.name === "baseline-us-east-1-alarm-bucket-deleted"));
    assert.deepEqual(JSON.parse(String(custom.named("baseline-us-east-1-rule-bucket-deleted").inputs.eventPattern)), {
      detail: { eventName: ["DeleteBucket"] },
    });
  });

  it("keeps no rule for global services outside us-east-1", async () => {
    const eu = await buildStack({ regions: ["eu-west-1"] });
    const euRules = eu.ofType("aws:cloudwatch/eventRule:EventRule").filter((r) => r.inputs.region === "eu-west-1");
    // Organizations events reach EventBridge in us-east-1 only.
    assert.ok(euRules.length > 0);
    assert.ok(!euRules.some((r) => r.name.endsWith("-organizations-changes")));
    assert.ok(
      eu.ofType("aws:cloudwatch/eventRule:EventRule").some((r) => r.name === "baseline-us-east-1-global-events-rule-organizations-changes"),
    );
    // The IAM policy rule names iam.amazonaws.com (IAM's events reach EventBridge in us-east-1 only): none in eu-west-1.
    assert.ok(!euRules.some((r) => r.name.endsWith("-iam-policy-changes")));
    assert.ok(
      eu.ofType("aws:cloudwatch/eventRule:EventRule").some((r) => r.name === "baseline-us-east-1-global-events-rule-iam-policy-changes"),
    );
  });
});
