/**
 * GuardDuty, Security Hub and AWS Config on the alert path: the finding rules the stack plans,
 * run on the documented samples of tests/fixtures/findings (each with the rules it must fire,
 * decided from what the finding is), their email and chat messages rendered as EventBridge
 * would, and what each mode plans.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import Ajv2020 from "ajv/dist/2020";
import { CHAT_NOTIFICATION_SCHEMA } from "../../lib/chatNotification";
import { FINDING_FIELDS, FINDING_RULE_IDS, FindingRuleId, findingRules } from "../../lib/findingAlerts";
import type { EventBridgePattern } from "../../policy/catalogue";
import { ConfigError } from "../../settings/problems";
import { resolveSettings } from "../../settings/index";
import { MonitoringBaselineArgs } from "../../settings/args";
import { BuiltStack, buildStack, sharedStack } from "../helpers/baselineHarness";
import { PlanResource } from "../../tools/lib/planTypes";
import { eventPatternMatches } from "../helpers/eventPattern";
import { InputTransformer, transformInput, valueAt } from "../helpers/inputTransformer";

const FIXTURES = path.join(__dirname, "..", "fixtures", "findings");
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(CHAT_NOTIFICATION_SCHEMA);

interface Sample {
  readonly file: string;
  readonly fires: readonly FindingRuleId[];
  readonly event: Record<string, unknown>;
}

/** A sample as EventBridge delivers it: bare findings get the envelope their service's event-format page documents. */
function envelope(file: string, body: Record<string, unknown>): Record<string, unknown> {
  if ("detail-type" in body) return body;
  if (file.startsWith("guardduty/")) {
    return {
      version: "0",
      id: "cd2d702e-ab31-411b-9344-793ce56b1bc7",
      "detail-type": "GuardDuty Finding",
      source: "aws.guardduty",
      account: body.accountId,
      time: "2024-01-01T00:00:00Z",
      region: body.region,
      resources: [],
      detail: body,
    };
  }
  const finding = body as { AwsAccountId?: string; Region?: string; ProductArn?: string; Id?: string };
  return {
    version: "0",
    id: "CWE-event-id",
    "detail-type": "Security Hub Findings - Imported",
    source: "aws.securityhub",
    account: finding.AwsAccountId,
    time: "2024-01-01T00:00:00Z",
    region: finding.Region ?? "us-east-1",
    resources: [`${finding.ProductArn}/${finding.Id}`],
    detail: { findings: [body] },
  };
}

const SAMPLES: Sample[] = (JSON.parse(fs.readFileSync(path.join(FIXTURES, "INDEX.json"), "utf8")) as Omit<Sample, "event">[]).map(
  (entry) => ({ ...entry, event: envelope(entry.file, JSON.parse(fs.readFileSync(path.join(FIXTURES, entry.file), "utf8"))) }),
);

/** The finding rules of one Region of a planned stack, with their targets. */
function plannedRules(stack: BuiltStack, region: string) {
  return FINDING_RULE_IDS.flatMap((id) => {
    const rule = stack.resources.find((r) => r.type === "aws:cloudwatch/eventRule:EventRule" && r.name === `baseline-${region}-rule-${id}`);
    if (!rule) return [];
    const target = (suffix: string): PlanResource | undefined =>
      stack.resources.find((r) => r.name === `baseline-${region}-rule-${id}${suffix}`);
    return [
      {
        id,
        rule,
        pattern: JSON.parse(String(rule.inputs.eventPattern)) as EventBridgePattern,
        email: target("-target"),
        chat: target("-chat-target"),
      },
    ];
  });
}

describe("finding rules: GuardDuty, Security Hub and AWS Config on the alert path", () => {
  let routed: BuiltStack;
  before(async () => {
    // The defaults (every service existing) with a Slack channel, so both targets exist.
    routed = await sharedStack({ regions: ["eu-west-1"], slackChannel: { workspaceId: "T07EA123LEP", channelId: "C07EZ1ABC23" } });
  });

  it("holds documented samples of every service, each rule with samples it must fire on and samples it must not", () => {
    assert.ok(SAMPLES.length >= 20, `${SAMPLES.length} samples`);
    for (const id of FINDING_RULE_IDS) {
      assert.ok(
        SAMPLES.some((s) => s.fires.includes(id)),
        `a sample fires ${id}`,
      );
      assert.ok(
        SAMPLES.filter((s) => !s.fires.includes(id) && String(s.event.source) === SOURCE_OF[id]).length >= 1,
        `a ${id} sample that must not fire`,
      );
    }
  });

  it("fires exactly the rules each sample should: one event alerts once", () => {
    const rules = plannedRules(routed, "eu-west-1");
    assert.deepEqual(
      rules.map((r) => r.id),
      [...FINDING_RULE_IDS],
    );
    for (const sample of SAMPLES) {
      const fired = rules.filter((r) => eventPatternMatches(r.pattern, sample.event)).map((r) => r.id);
      assert.deepEqual(fired, sample.fires, sample.file);
    }
  });

  it("alerts on GuardDuty findings from guardDutyAlertSeverity up: Medium at 4, not at 7", () => {
    const medium = SAMPLES.find((s) => s.file.includes("medium_sev5"))!;
    const pattern = (severity: number) =>
      findingRules({ guardDuty: true, securityHub: false, awsConfig: false, guardDutyAlertSeverity: severity, partition: "aws" })[0]
        .eventPattern;
    assert.equal(eventPatternMatches(pattern(4), medium.event), true);
    assert.equal(eventPatternMatches(pattern(7), medium.event), false);
    assert.equal(eventPatternMatches(pattern(5), medium.event), true, "the bound is inclusive");
  });

  it("emails the finding type, resource, account, Region and a console link for every sample that fires", () => {
    for (const { id, email } of plannedRules(routed, "eu-west-1")) {
      assert.ok(email, `${id} has an email target`);
      assert.match(String(email.inputs.arn), /:sns:eu-west-1:\d{12}:security-baseline-alerts-eu-west-1$/);
      for (const sample of SAMPLES.filter((s) => s.fires.includes(id))) {
        const text = transformInput(email.inputs.inputTransformer as InputTransformer, sample.event);
        const finding = FINDING_FIELDS[id];
        for (const field of ["account", "region", "resourceType"]) {
          const value = valueAt(sample.event, finding[field].path);
          if (value !== undefined) assert.ok(text.includes(String(value)), `${sample.file}: ${field} ${String(value)} in\n${text}`);
        }
        const kind = valueAt(sample.event, (finding.type ?? finding.controlId ?? finding.ruleName).path);
        if (kind !== undefined) assert.ok(text.includes(String(kind)), `${sample.file}: the finding's type in\n${text}`);
        assert.match(
          text,
          /Console: +https:\/\/console\.aws\.amazon\.com\/(guardduty|securityhub|config)\/home\?region=[a-z0-9-]+#/,
          sample.file,
        );
      }
    }
  });

  it("shows every sample that fires in Slack as a valid Chatbot custom notification", () => {
    for (const { id, chat } of plannedRules(routed, "eu-west-1")) {
      assert.ok(chat, `${id} has a chat target`);
      assert.match(String(chat.inputs.arn), /:security-baseline-chat-eu-west-1$/);
      for (const sample of SAMPLES.filter((s) => s.fires.includes(id))) {
        const message = JSON.parse(transformInput(chat.inputs.inputTransformer as InputTransformer, sample.event)) as {
          content: { title: string; description: string; nextSteps: string[] };
        };
        assert.ok(validate(message), `${sample.file}: ${JSON.stringify(validate.errors)}`);
        const account = valueAt(sample.event, FINDING_FIELDS[id].account.path);
        assert.ok(message.content.description.includes(String(account)), `${sample.file}: account in ${message.content.description}`);
        assert.match(message.content.nextSteps[0], /https:\/\/console\.aws\.amazon\.com\//);
      }
    }
  });

  it("quotes in chat only fields whose documented values cannot break its JSON, and every firing sample's values are in them", () => {
    for (const id of FINDING_RULE_IDS) {
      for (const [name, field] of Object.entries(FINDING_FIELDS[id])) {
        if (!field.chatSafe) continue;
        for (const hostile of ['a"b', "a\\b", "a\nb", "a\u2028b"])
          assert.ok(!field.chatSafe.pattern.test(hostile), `${id}.${name} admits ${JSON.stringify(hostile)}`);
        for (const sample of SAMPLES.filter((s) => s.fires.includes(id))) {
          const value = valueAt(sample.event, field.path);
          if (value !== undefined) assert.match(String(value), field.chatSafe.pattern, `${sample.file}: ${id}.${name}`);
        }
      }
    }
  });

  it("existing: plans no detector, recorder or Security Hub, and routes all three services' findings in every listed Region", async () => {
    const stack = await sharedStack({ regions: ["eu-west-1", "eu-central-1"] });
    assert.deepEqual(
      stack.resources.filter(
        (r) => /^aws:(guardduty|securityhub|cfg)\//.test(r.type) || r.type === "aws:iam/serviceLinkedRole:ServiceLinkedRole",
      ),
      [],
    );
    for (const region of ["eu-west-1", "eu-central-1"])
      assert.deepEqual(
        plannedRules(stack, region).map((r) => r.id),
        [...FINDING_RULE_IDS],
      );
    // us-east-1 is not listed: its global-events part routes no finding.
    assert.ok(
      !stack.resources.some((r) => r.name.startsWith("baseline-us-east-1-global-events-rule-") && /findings|noncompliant/.test(r.name)),
    );
  });

  it("off: plans no finding rule for that service", async () => {
    const stack = await buildStack({ regions: ["eu-west-1"], guardDuty: "off", awsConfig: "off" });
    assert.deepEqual(
      plannedRules(stack, "eu-west-1").map((r) => r.id),
      ["securityhub-findings"],
    );
  });

  it("create: plans each service in every listed Region, global resource types recorded in the home Region only, one Config role and bucket", async () => {
    const stack = await sharedStack({
      regions: ["eu-west-1", "eu-central-1"],
      guardDuty: "create",
      securityHub: "create",
      awsConfig: "create",
    });
    const inRegion = (type: string, region: string) => stack.resources.filter((r) => r.type === type && r.inputs.region === region);
    for (const region of ["eu-west-1", "eu-central-1"]) {
      const [detector] = inRegion("aws:guardduty/detector:Detector", region);
      assert.deepEqual(detector.inputs.enable, true);
      assert.equal(detector.retainOnDelete, true, "a deleted detector takes its findings with it");
      assert.deepEqual(
        inRegion("aws:guardduty/detectorFeature:DetectorFeature", region)
          .map((f) => `${String(f.inputs.name)} ${String(f.inputs.status)}`)
          .sort(),
        ["EBS_MALWARE_PROTECTION", "EKS_AUDIT_LOGS", "LAMBDA_NETWORK_LOGS", "RDS_LOGIN_EVENTS", "S3_DATA_EVENTS"].map(
          (n) => `${n} ENABLED`,
        ),
      );
      const [hub] = inRegion("aws:securityhub/account:Account", region);
      assert.deepEqual(
        { enableDefaultStandards: hub.inputs.enableDefaultStandards, controlFindingGenerator: hub.inputs.controlFindingGenerator },
        { enableDefaultStandards: false, controlFindingGenerator: "SECURITY_CONTROL" },
      );
      assert.deepEqual(
        inRegion("aws:securityhub/standardsSubscription:StandardsSubscription", region)
          .map((s) => s.inputs.standardsArn)
          .sort(),
        [
          `arn:aws:securityhub:${region}::standards/aws-foundational-security-best-practices/v/1.0.0`,
          `arn:aws:securityhub:${region}::standards/cis-aws-foundations-benchmark/v/3.0.0`,
        ],
      );
      const [recorder] = inRegion("aws:cfg/recorder:Recorder", region);
      assert.deepEqual(recorder.inputs.recordingGroup, { allSupported: true, includeGlobalResourceTypes: region === "eu-west-1" });
      assert.match(String(recorder.inputs.roleArn), /:role\/aws-service-role\/config\.amazonaws\.com\/AWSServiceRoleForConfig$/);
      assert.equal(inRegion("aws:cfg/deliveryChannel:DeliveryChannel", region).length, 1);
      assert.deepEqual(inRegion("aws:cfg/recorderStatus:RecorderStatus", region)[0].inputs.isEnabled, true);
    }
    const roles = stack.ofType("aws:iam/serviceLinkedRole:ServiceLinkedRole");
    assert.deepEqual(
      roles.map((r) => [r.inputs.awsServiceName, r.retainOnDelete]),
      [["config.amazonaws.com", true]],
    );
    const [bucket] = stack.resources.filter((r) => r.type === "aws:s3/bucket:Bucket" && r.name.endsWith("-config-history"));
    assert.deepEqual([bucket.protect, bucket.retainOnDelete], [true, true], "Config's history is evidence");
    const [policy] = stack.resources.filter(
      (r) => r.type === "aws:s3/bucketPolicy:BucketPolicy" && r.name.endsWith("-config-history-policy"),
    );
    const name = String(policy.inputs.bucket);
    assert.deepEqual(JSON.parse(String(policy.inputs.policy)), {
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "DenyInsecureTransport",
          Effect: "Deny",
          Principal: "*",
          Action: "s3:*",
          Resource: [`arn:aws:s3:::${name}`, `arn:aws:s3:::${name}/*`],
          Condition: { Bool: { "aws:SecureTransport": "false" } },
        },
        {
          Sid: "AWSConfigBucketPermissionsCheck",
          Effect: "Allow",
          Principal: { Service: "config.amazonaws.com" },
          Action: "s3:GetBucketAcl",
          Resource: `arn:aws:s3:::${name}`,
          Condition: { StringEquals: { "AWS:SourceAccount": "111122223333" } },
        },
        {
          Sid: "AWSConfigBucketExistenceCheck",
          Effect: "Allow",
          Principal: { Service: "config.amazonaws.com" },
          Action: "s3:ListBucket",
          Resource: `arn:aws:s3:::${name}`,
          Condition: { StringEquals: { "AWS:SourceAccount": "111122223333" } },
        },
        {
          Sid: "AWSConfigBucketDelivery",
          Effect: "Allow",
          Principal: { Service: "config.amazonaws.com" },
          Action: "s3:PutObject",
          Resource: `arn:aws:s3:::${name}/AWSLogs/111122223333/Config/*`,
          Condition: { StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control", "AWS:SourceAccount": "111122223333" } },
        },
      ],
    });
    assert.deepEqual(
      stack.ofType("aws:cfg/deliveryChannel:DeliveryChannel").map((c) => c.inputs.s3BucketName),
      [name, name],
      "every Region delivers to the one bucket",
    );
  });

  it("refuses what cannot work, one line each", () => {
    const refusal = (args: MonitoringBaselineArgs) => {
      try {
        resolveSettings(args);
      } catch (error) {
        if (error instanceof ConfigError) return error.problems.join("\n");
        throw error;
      }
      return "";
    };
    assert.match(
      refusal({ securityHub: "create", awsConfig: "off" }),
      /^securityHub: "create" is not valid; Security Hub's controls need AWS Config recording/,
    );
    assert.equal(refusal({ securityHub: "create", awsConfig: "existing" }), "");
    assert.match(
      refusal({ regions: ["cn-north-1"], guardDuty: "create", guardDutyProtections: ["RUNTIME_MONITORING"] }),
      /guardDutyProtections: .*RUNTIME_MONITORING is not offered in the China Regions/,
    );
    assert.match(
      refusal({ guardDutyAlertSeverity: 11 }),
      /^guardDutyAlertSeverity: 11 is not valid; expected a whole number from 1 to 10\.$/,
    );
    assert.match(refusal({ guardDutyProtections: ["S3_DATA_EVENTS", "S3_DATA_EVENTS"] }), /list S3_DATA_EVENTS once/);
  });
});

const SOURCE_OF: Record<FindingRuleId, string> = {
  "guardduty-findings": "aws.guardduty",
  "securityhub-findings": "aws.securityhub",
  "config-noncompliant": "aws.config",
};
