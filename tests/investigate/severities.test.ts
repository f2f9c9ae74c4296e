import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import { ALARMS } from "../../policy/catalogue";
import { ALL_ALARM_IDS } from "../../policy/catalogue";
import { unrecoverableChangePatterns } from "../../components/investigate/selfHealingTrail/unrecoverable";
import {
  HIGH_SEVERITY_ALARMS,
  HIGH_SEVERITY_SELF_HEALING_EVENTS,
  alarmActionsFor,
  createPagingTopic,
  pagingRoutes,
  pagingTopicName,
} from "../../components/investigate/severities";
import { PROJECT_TRAIL_NAME, SNS_TOPIC_NAME, nameProblem } from "../../lib/awsLimits";
import { AWS_REGIONS } from "../../lib/regions";
import { MOCK_ACCOUNT_ID, settle, startMockRuntime } from "../../tools/lib/mockRuntime";

describe("alert severities (building block)", () => {
  it("pages on root use, CloudTrail changes and key deletion, all catalogue entries", () => {
    assert.deepEqual(
      HIGH_SEVERITY_ALARMS.map((e) => e.id),
      ["root-account-usage", "cloudtrail-config-changes", "kms-key-disable-or-deletion"],
    );
    for (const entry of HIGH_SEVERITY_ALARMS) assert.ok(ALL_ALARM_IDS.includes(entry.id), entry.id);
    // StopLogging pages through the CloudTrail entry, so the self-healing trigger needs no route of its own.
    const cloudtrail = ALARMS.find((a) => a.id === "cloudtrail-config-changes")!;
    assert.match(cloudtrail.filterPattern, /StopLogging/);
  });

  it("pages on the self-healing events it cannot undo, by their rule ids", () => {
    assert.deepEqual(
      [...HIGH_SEVERITY_SELF_HEALING_EVENTS],
      unrecoverableChangePatterns("t", "arn").map((p) => p.id),
    );
  });

  it("routes only high-severity alarms, home rules and self-healing rules to the paging topic", () => {
    const routes = pagingRoutes({
      alarms: ALARMS.map((a) => ({ id: a.id, alarmName: `sb-${a.id}` })),
      homeRules: [
        { id: "root-account-usage", ruleName: "sb-root-account-usage" },
        { id: "security-group-changes", ruleName: "sb-security-group-changes" },
      ],
      selfHealingRules: [
        { id: "trail-deleted-or-updated", ruleName: "sb-trail-deleted-or-updated" },
        { id: "restart-trail", ruleName: "sb-restart-trail" },
      ],
    });
    assert.deepEqual(routes, {
      alarmNames: ["sb-root-account-usage", "sb-cloudtrail-config-changes", "sb-kms-key-disable-or-deletion"],
      ruleNames: ["sb-root-account-usage", "sb-trail-deleted-or-updated"],
    });
  });

  it("adds the paging topic to a high-severity alarm's actions and to no other", () => {
    assert.deepEqual(alarmActionsFor("root-account-usage", "alerts", "paging"), ["alerts", "paging"]);
    assert.deepEqual(alarmActionsFor("vpc-changes", "alerts", "paging"), ["alerts"]);
  });

  it("names the topic within SNS's rule for the longest trail name in every region", () => {
    const longest = "a".repeat(PROJECT_TRAIL_NAME.maxBytes);
    for (const region of AWS_REGIONS) assert.equal(nameProblem(pagingTopicName(longest, region), SNS_TOPIC_NAME), undefined, region);
  });

  it("creates an encrypted topic with the alert topics' policy", async () => {
    const recorder = startMockRuntime({ project: "aws-security-baseline", stack: "test", config: {} });
    class Parent extends pulumi.ComponentResource {
      constructor() {
        super("test:index:Parent", "parent");
        createPagingTopic(
          "sb",
          {
            namePrefix: "security-baseline",
            region: "eu-west-1",
            account: { accountId: MOCK_ACCOUNT_ID, partition: "aws" },
            kmsKeyArn: "arn:aws:kms:eu-west-1:111122223333:key/k",
            tags: {},
          },
          this,
        );
      }
    }
    new Parent();
    await settle();
    const resources = recorder.resources();
    const topic = resources.find((r) => r.type === "aws:sns/topic:Topic")!;
    assert.equal(topic.inputs.name, "security-baseline-paging-eu-west-1");
    assert.equal(topic.inputs.kmsMasterKeyId, "arn:aws:kms:eu-west-1:111122223333:key/k");
    const policy = JSON.parse(String(resources.find((r) => r.type === "aws:sns/topicPolicy:TopicPolicy")!.inputs.policy)) as {
      Statement: { Sid: string }[];
    };
    assert.deepEqual(
      policy.Statement.map((s) => s.Sid),
      ["AccountManagesTopic", "CloudWatchAlarmsOfThisAccountPublish", "EventBridgeRulesPublish", "DenyInsecureTransport"],
    );
    for (const r of resources.filter((r) => r.type.startsWith("aws:"))) assert.ok(r.parent?.includes("test:index:Parent"), r.name);
  });
});
