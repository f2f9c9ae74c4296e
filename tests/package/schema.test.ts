/**
 * The component package as `pulumi package add` sees it: the schema Pulumi's analyzer derives
 * from the source (tools/schema), committed as schema.json, which the package's provider serves,
 * and that provider constructing MonitoringBaseline from the plain values another language sends,
 * under Pulumi's mocks.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { MONITORING_BASELINE_TYPE } from "../../components/monitoringBaseline";
import { BASELINE_ARG_KEYS, MonitoringBaselineArgs } from "../../settings/args";
import { resolveSettings } from "../../settings/index";
import { ConfigError } from "../../settings/problems";
import { BaselineSettings } from "../../settings/types";
import { settle, startMockRuntime } from "../../tools/lib/mockRuntime";
import { schemaFileText } from "../../tools/schema/main";
import { BaselineProvider } from "../../componentProvider";
import packageJson from "../../package.json";

interface SchemaProperty {
  type?: string;
  $ref?: string;
  items?: SchemaProperty;
  additionalProperties?: SchemaProperty;
  description?: string;
  plain?: boolean;
}
interface ComponentSchema {
  isComponent: boolean;
  inputProperties: Record<string, SchemaProperty>;
  requiredInputs: string[];
  properties: Record<string, SchemaProperty>;
  required: string[];
}

const ROOT = path.join(__dirname, "..", "..");
/** The stack outputs index.ts exports: the component's outputs, one for one. */
const STACK_OUTPUTS = [...fs.readFileSync(path.join(ROOT, "index.ts"), "utf8").matchAll(/^export const (\w+) = baseline\.(\w+);$/gm)].map(
  (m: RegExpMatchArray) => {
    assert.equal(m[1], m[2], `index.ts exports ${m[2]} as ${m[1]}`);
    return m[1];
  },
);

const shape = (p: SchemaProperty | undefined): unknown =>
  p === undefined
    ? undefined
    : (p.$ref ??
      (p.type === "array"
        ? [shape(p.items)]
        : p.type === "object" && p.additionalProperties
          ? { "*": shape(p.additionalProperties) }
          : p.type));

describe("component package: the schema Pulumi derives", function () {
  this.timeout(60_000);
  let schema: {
    name: string;
    version: string;
    resources: Record<string, ComponentSchema>;
    types: Record<
      string,
      { properties: Record<string, SchemaProperty>; required?: string[]; enum?: { name: string; value: string; description?: string }[] }
    >;
  };
  let component: ComponentSchema;
  // The package's provider, serving the committed schema.json as the plugin does (provider.ts).
  // That it is what Pulumi's analyzer derives from the source now: tests/generated.test.ts checks
  // the fingerprint of its sources, and CI runs the analyzer (tests/package/schemaAnalyzer.ci.ts).
  const committed = fs.readFileSync(path.join(ROOT, "schema.json"), "utf8");
  const provider = new BaselineProvider(committed);
  before(async () => {
    schema = JSON.parse(await provider.getSchema()) as typeof schema;
    component = schema.resources[MONITORING_BASELINE_TYPE];
  });

  it("is served by the package's provider from schema.json, in the form the generator writes", async () => {
    assert.equal(await provider.getSchema(), committed);
    assert.equal(committed, schemaFileText(JSON.parse(committed) as Record<string, unknown>), "schema.json is not in the generator's form");
    assert.equal(provider.version, packageJson.version);
  });

  it("is package `baseline` at package.json's version, with MonitoringBaseline under its class's own type token", () => {
    assert.equal(schema.name, "baseline");
    assert.equal(schema.version, packageJson.version);
    assert.deepEqual(Object.keys(schema.resources), [MONITORING_BASELINE_TYPE]);
    assert.equal(component.isComponent, true);
  });

  it("takes every argument, typed, plain, optional and documented with its default", () => {
    assert.deepEqual(Object.keys(component.inputProperties).sort(), [...BASELINE_ARG_KEYS].sort());
    assert.deepEqual(component.requiredInputs, []);
    assert.deepEqual(Object.fromEntries(Object.entries(component.inputProperties).map(([k, p]) => [k, shape(p)])), {
      regions: ["string"],
      homeRegion: "string",
      trailName: "string",
      alertEmails: ["string"],
      logRetentionDays: "number",
      archiveAfterDays: "number",
      archiveStorageClass: "#/types/baseline:index:ArchiveStorageClass",
      expireAfterDays: "number",
      objectLockMode: "#/types/baseline:index:ObjectLockMode",
      objectLockRetentionDays: "number",
      organizationTrail: "boolean",
      organizationId: "string",
      managementAccountId: "string",
      s3DataEvents: "#/types/baseline:index:S3DataEvents",
      disabledAlarms: ["string"],
      customAlarms: ["#/types/baseline:index:CustomAlarmArgs"],
      watchedSecrets: ["string"],
      signInWithoutMfaVariant: "#/types/baseline:index:SignInWithoutMfaVariant",
      heartbeatWindowMinutes: "number",
      existingLogGroupName: "string",
      alarmProfile: "#/types/baseline:index:AlarmProfile",
      realtimeAlerts: "boolean",
      disabledRealtimeAlerts: ["string"],
      tags: { "*": "string" },
      selfHealingTrail: "boolean",
      slackChannel: "#/types/baseline:index:SlackChannelArgs",
      investigation: "#/types/baseline:index:InvestigationArgs",
      vpcFlowLogs: "#/types/baseline:index:VpcFlowLogsArgs",
      memberAccounts: ["string"],
      centralLogArchive: "#/types/baseline:index:CentralLogArchiveArgs",
      residencyTrails: ["#/types/baseline:index:ResidencyTrailArgs"],
      guardDuty: "#/types/baseline:index:DetectorMode",
      guardDutyProtections: ["#/types/baseline:index:GuardDutyProtection"],
      guardDutyAlertSeverity: "number",
      securityHub: "#/types/baseline:index:DetectorMode",
      securityHubStandards: ["#/types/baseline:index:SecurityHubStandard"],
      awsConfig: "#/types/baseline:index:DetectorMode",
      organizationDetectors: "#/types/baseline:index:OrganizationDetectorsArgs",
    });
    for (const [key, p] of Object.entries(component.inputProperties)) {
      // Plain: they decide which resources exist, so they must be known when the program runs.
      assert.equal(p.plain, true, key);
      assert.match(p.description ?? "", /Default|Required with|required for/, `${key} documents its default`);
    }
    const custom = schema.types["baseline:index:CustomAlarmArgs"];
    assert.deepEqual(custom.required, ["filterPattern", "id"]);
    assert.equal(shape(custom.properties.eventPattern)?.toString(), { "*": "pulumi.json#/Any" }.toString());
  });

  it("offers each choice as an enum whose every value the component accepts, and nothing else", () => {
    // Where each enum is used, and what else the value needs to stand (objectLockMode needs its days).
    const uses: Record<string, (value: string) => { args: MonitoringBaselineArgs; resolved: (s: BaselineSettings) => unknown }> = {
      ArchiveStorageClass: (v) => ({
        args: { archiveStorageClass: v, archiveAfterDays: 90, expireAfterDays: 400 } as MonitoringBaselineArgs,
        resolved: (s) => s.archiveStorageClass,
      }),
      ObjectLockMode: (v) => ({
        args: { objectLockMode: v, objectLockRetentionDays: 30 } as MonitoringBaselineArgs,
        resolved: (s) => s.objectLock?.mode,
      }),
      S3DataEvents: (v) => ({ args: { s3DataEvents: v } as MonitoringBaselineArgs, resolved: (s) => s.s3DataEvents }),
      SignInWithoutMfaVariant: (v) => ({
        args: { signInWithoutMfaVariant: v } as MonitoringBaselineArgs,
        resolved: (s) => s.signInWithoutMfaVariant,
      }),
      AlarmProfile: (v) => ({ args: { alarmProfile: v } as MonitoringBaselineArgs, resolved: (s) => s.alarmProfile }),
      FlowLogDestination: (v) => ({
        args: { vpcFlowLogs: { allVpcs: true, destination: v } } as MonitoringBaselineArgs,
        resolved: (s) => s.vpcFlowLogs?.destination,
      }),
      FlowLogTrafficType: (v) => ({
        args: { vpcFlowLogs: { allVpcs: true, trafficType: v } } as MonitoringBaselineArgs,
        resolved: (s) => s.vpcFlowLogs?.trafficType,
      }),
      DetectorMode: (v) => ({ args: { guardDuty: v } as MonitoringBaselineArgs, resolved: (s) => s.detectors.guardDuty.mode }),
      GuardDutyProtection: (v) => ({
        args: { guardDuty: "create", guardDutyProtections: [v] } as MonitoringBaselineArgs,
        resolved: (s) => s.detectors.guardDuty.protections[0],
      }),
      OrganizationAccount: (v) => ({
        args: { organizationDetectors: { account: v, administratorAccountId: "444455556666" } } as MonitoringBaselineArgs,
        resolved: (s) => s.organizationDetectors?.account,
      }),
      AutoEnableMembers: (v) => ({
        args: {
          organizationDetectors: { account: "administrator", administratorAccountId: "444455556666", autoEnableMembers: v },
        } as MonitoringBaselineArgs,
        resolved: (s) => s.organizationDetectors?.autoEnableMembers,
      }),
      SecurityHubStandard: (v) => ({
        args: { securityHub: "create", awsConfig: "create", securityHubStandards: [v] } as MonitoringBaselineArgs,
        resolved: (s) => s.detectors.securityHub.standards[0],
      }),
    };
    const enums = Object.entries(schema.types).filter(([, t]) => t.enum !== undefined);
    assert.deepEqual(enums.map(([token]) => token.replace("baseline:index:", "")).sort(), Object.keys(uses).sort());
    for (const [token, type] of enums) {
      const use = uses[token.replace("baseline:index:", "")];
      for (const member of type.enum!) {
        assert.ok(member.description && member.description.length > 10, `${token}.${member.name} is documented`);
        const { args, resolved } = use(String(member.value));
        assert.equal(resolved(resolveSettings(args)), member.value, `${token} ${member.value}`);
      }
      assert.throws(() => resolveSettings(use("not-a-choice").args), ConfigError, `${token} refuses a value it does not offer`);
    }
  });

  it("outputs what the stack exports, each documented, optional where a configuration has none", () => {
    assert.deepEqual(Object.keys(component.properties).sort(), [...STACK_OUTPUTS].sort());
    for (const [key, p] of Object.entries(component.properties)) assert.ok((p.description ?? "").length > 10, `${key} has a description`);
    assert.deepEqual(
      Object.keys(component.properties)
        .filter((k) => !component.required.includes(k))
        .sort(),
      [
        "accessLogBucketName",
        "athenaWorkgroupName",
        "chatConfigurationArn",
        "dashboardName",
        "flowLogs",
        "heartbeatAlarmName",
        "kmsKeyArn",
        "localKeyArn",
        "logBucketName",
        "memberAccounts",
        "residencyTrails",
        "selfHealingFunctionName",
        "trailArn",
        "trailName",
      ],
    );
    // verify reads these back (tools/lib/stackOutputs.ts): their shapes are a contract.
    assert.deepEqual(shape(component.properties.flowLogs), "#/types/baseline:index:BaselineFlowLogs");
    assert.deepEqual(shape(component.properties.residencyTrails), ["#/types/baseline:index:BaselineResidencyTrail"]);
    assert.deepEqual(schema.types["baseline:index:BaselineFlowLogs"].required, ["allVpcs", "destination", "trafficType", "vpcIds"]);
    assert.deepEqual(schema.types["baseline:index:BaselineResidencyTrail"].required, [
      "accessLogBucketName",
      "kmsKeyArn",
      "logBucketName",
      "logGroupName",
      "region",
      "trailArn",
      "trailName",
    ]);
    assert.deepEqual(shape(component.properties.topicArns), { "*": "string" });
    assert.deepEqual(shape(component.properties.realtimeRules), { "*": ["#/types/baseline:index:BaselineRealtimeRule"] });
    assert.deepEqual(shape(component.properties.alarms), ["#/types/baseline:index:BaselineAlarm"]);
    assert.deepEqual(shape(component.properties.detectors), "#/types/baseline:index:BaselineDetectors");
    assert.deepEqual(schema.types["baseline:index:BaselineDetectors"].required, [
      "awsConfig",
      "findingRules",
      "guardDuty",
      "regions",
      "securityHub",
    ]);
  });

  it("constructs MonitoringBaseline from the plain values another language sends, and answers with its outputs", async () => {
    const recorder = startMockRuntime({ project: "landing-zone", stack: "prod", config: {} });
    const result = await provider.construct(
      "security",
      MONITORING_BASELINE_TYPE,
      { regions: ["eu-west-1", "us-east-1"], alertEmails: ["secops@example.com"], trailName: "org-baseline" },
      {},
    );
    await settle();
    const state = await new Promise<Record<string, unknown>>((resolve) =>
      pulumi.output(result.state).apply((s) => resolve(s as Record<string, unknown>)),
    );
    assert.deepEqual(
      Object.keys(result.state).sort(),
      Object.keys(component.properties).sort(),
      "answers with the outputs the schema lists",
    );
    assert.equal(state.homeRegion, "eu-west-1");
    assert.equal(state.trailName, "org-baseline");
    assert.match(String(state.trailArn), /^arn:aws:cloudtrail:eu-west-1:\d{12}:trail\/org-baseline$/);
    assert.deepEqual(Object.keys(state.topicArns as object).sort(), ["eu-west-1", "us-east-1"]);
    const names = recorder.resources().map((r) => r.name);
    assert.ok(names.includes("security-eu-west-1-trail") && names.includes("security-us-east-1-topic"), names.join(", "));
    assert.ok(!names.some((n) => n.includes("global-events")), "us-east-1 is listed: no extra global-events part");
  });

  it("refuses bad arguments from another language with the same one-line-per-problem error", async () => {
    startMockRuntime({ project: "landing-zone", stack: "prod", config: {} });
    await assert.rejects(
      provider.construct("security", "baseline:index:Baseline", { regions: ["eu-west-1"] }, {}),
      /^Error: unknown resource type baseline:index:Baseline; this package has baseline:index:MonitoringBaseline$/,
    );
    await assert.rejects(
      provider.construct("security", MONITORING_BASELINE_TYPE, { regions: ["eu-west-9"], logRetentionDays: "365", regoins: [] }, {}),
      (err: Error) =>
        err.message.includes('regions: "eu-west-9" is not valid') &&
        err.message.includes('logRetentionDays: "365" is not valid; expected a whole number') &&
        err.message.includes("regoins: unknown argument; did you mean regions?"),
    );
  });
});
