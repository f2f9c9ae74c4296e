/** MonitoringBaseline creates the investigation parts (components/investigate) from its arguments, in the home region. */
import { strict as assert } from "assert";
import { MONITORING_BASELINE_TYPE } from "../../components/monitoringBaseline";
import { BuiltStack, buildStack, sharedStack } from "../helpers/baselineHarness";
import { problemsOf } from "../helpers/configHarness";

const INVESTIGATION = "baseline:investigate:Investigation";

describe("MonitoringBaseline: investigation parts", () => {
  let stack: BuiltStack;
  before(async () => {
    stack = await sharedStack({
      regions: ["eu-west-1", "eu-central-1"],
      slackChannel: { workspaceId: "T07EA123LEP", channelId: "C07EZ1ABC23" },
    });
  });

  it("creates one Investigation under the baseline, every AWS part of it in the home region", () => {
    const [investigation, ...others] = stack.ofType(INVESTIGATION);
    assert.equal(others.length, 0);
    assert.equal(investigation.name, "baseline-investigate");
    assert.equal(investigation.parent, stack.ofType(MONITORING_BASELINE_TYPE)[0].urn);
    const inside = stack.resources.filter(
      (r) => r.urn.includes(`${INVESTIGATION}$`) && r.type.startsWith("aws:") && r.inputs.region !== undefined,
    );
    assert.ok(inside.length > 10);
    assert.deepEqual([...new Set(inside.map((r) => r.inputs.region))], ["eu-west-1"]);
  });

  it("gives Athena the baseline's archive and key, the dashboard every alarm, and the self-healing rule the baseline's trail", () => {
    const workgroup = stack.ofType("aws:athena/workgroup:Workgroup")[0].inputs as {
      configuration: { enforceWorkgroupConfiguration: boolean; resultConfiguration: { encryptionConfiguration: { kmsKeyArn: string } } };
    };
    assert.equal(workgroup.configuration.enforceWorkgroupConfiguration, true);
    assert.equal(
      workgroup.configuration.resultConfiguration.encryptionConfiguration.kmsKeyArn,
      stack.named("baseline-eu-west-1-key").inputs.arn ?? workgroup.configuration.resultConfiguration.encryptionConfiguration.kmsKeyArn,
    );
    const table = stack.ofType("aws:glue/catalogTable:CatalogTable")[0].inputs as { parameters: Record<string, string> };
    assert.match(
      table.parameters["storage.location.template"],
      /^s3:\/\/security-baseline-logs-[^/]+\/AWSLogs\/\$\{account\}\/CloudTrail\/\$\{region\}\/\$\{timestamp\}$/,
    );
    const body = JSON.stringify(stack.ofType("aws:cloudwatch/dashboard:Dashboard")[0].inputs.dashboardBody);
    for (const alarm of stack
      .ofType("aws:cloudwatch/metricAlarm:MetricAlarm")
      .filter((a) => String(a.name).startsWith("baseline-eu-west-1-"))) {
      assert.ok(body.includes(String(alarm.inputs.name)), `dashboard lacks ${String(alarm.inputs.name)}`);
    }
    const restart = stack.ofType("aws:cloudwatch/eventRule:EventRule").find((r) => r.inputs.name === "security-baseline-restart-trail");
    assert.ok(restart, "no restart rule");
    assert.match(String(restart.inputs.eventPattern), /StopLogging/);
    assert.equal(stack.ofType("aws:lambda/function:Function").length, 1);
  });

  it("subscribes the Slack channel to every region's chat topic, one per alert topic", () => {
    const [chat] = stack.ofType("aws:chatbot/slackChannelConfiguration:SlackChannelConfiguration");
    assert.equal(chat.inputs.slackTeamId, "T07EA123LEP");
    assert.equal(chat.inputs.slackChannelId, "C07EZ1ABC23");
    const topics = stack.ofType("aws:sns/topic:Topic").map((t) => String(t.inputs.name));
    const chatTopics = topics.filter((name) => name.includes("-chat-"));
    assert.equal(chatTopics.length, topics.length / 2);
    assert.deepEqual((chat.inputs.snsTopicArns as string[]).map((arn) => arn.split(":").pop()).sort(), [...chatTopics].sort());
  });

  it("creates Chatbot's log group in us-east-1 with the stack's retention before the configuration, and keeps it through destroy", () => {
    const [group] = stack.ofType("aws:cloudwatch/logGroup:LogGroup").filter((g) => String(g.inputs.name).startsWith("/aws/chatbot/"));
    assert.ok(group, "no Chatbot log group");
    const [chat] = stack.ofType("aws:chatbot/slackChannelConfiguration:SlackChannelConfiguration");
    assert.deepEqual(
      {
        name: group.inputs.name,
        region: group.inputs.region,
        retentionInDays: group.inputs.retentionInDays,
        retainOnDelete: group.retainOnDelete,
      },
      { name: `/aws/chatbot/${String(chat.inputs.configurationName)}`, region: "us-east-1", retentionInDays: 365, retainOnDelete: true },
    );
    assert.ok(chat.dependsOn.includes(group.urn), "the configuration does not wait for its log group");
  });

  it("leaves Athena and the self-healing trail out on an existing trail's log group, keeping the queries and dashboard", async () => {
    const existing = await buildStack({ existingLogGroupName: "aws-controltower/CloudTrailLogs" });
    assert.equal(existing.ofType(INVESTIGATION).length, 1);
    assert.equal(existing.ofType("aws:athena/workgroup:Workgroup").length, 0);
    assert.equal(existing.ofType("aws:lambda/function:Function").length, 0);
    assert.equal(existing.ofType("aws:cloudwatch/dashboard:Dashboard").length, 1);
    assert.ok(existing.ofType("aws:cloudwatch/queryDefinition:QueryDefinition").length > 0);
  });

  it("creates no Investigation when every part is off", async () => {
    const none = await buildStack({
      selfHealingTrail: "false",
      investigation: { athena: false, insightsQueries: false, dashboard: false },
    });
    assert.equal(none.ofType(INVESTIGATION).length, 0);
    assert.equal(none.resources.filter((r) => r.type.startsWith("aws:athena") || r.type.startsWith("aws:lambda")).length, 0);
  });

  it("refuses bad investigation settings with the key named", () => {
    assert.deepEqual(problemsOf({ existingLogGroupName: "aws-controltower/CloudTrailLogs", investigation: { athena: true } }), [
      "investigation.athena: true is not valid; it reads the archive the baseline creates; unset it or existingLogGroupName.",
    ]);
    assert.match(
      problemsOf({ slackChannel: { workspaceId: "team 1", channelId: "C07EZ1ABC23" } })[0],
      /^slackChannel\.workspaceId: "team 1" is not valid/,
    );
    assert.match(problemsOf({ investigation: { dashbaord: false } })[0], /^investigation\.dashbaord: unknown field/);
    assert.match(problemsOf({ selfHealingTrail: "yes" })[0], /^selfHealingTrail: "yes" is not valid; expected true or false/);
  });
});
