/**
 * organizationDetectors as the two stacks plan it: the management account registers the
 * delegated administrator (GuardDuty and Security Hub per listed Region, AWS Config's two service
 * principals once); the administrator turns the services on for the organization's accounts and
 * brings their findings to its alert path (GuardDuty's rule in every Region, Security Hub's in the
 * aggregation Region only). Settings refuse what AWS forbids or what would plan nothing.
 */
import { strict as assert } from "assert";
import { createHash } from "crypto";
import * as pulumi from "@pulumi/pulumi";
import { createOrganizationPart, managementAccountProblem } from "../../components/organizationDetectors";
import { MonitoringBaselineArgs } from "../../settings/args";
import { resolveSettings } from "../../settings/index";
import { ConfigError } from "../../settings/problems";
import { MOCK_ACCOUNT_ID, startMockRuntime } from "../../tools/lib/mockRuntime";
import { PlanResource } from "../../tools/lib/planTypes";
import { BuiltStack, sharedStack, statements } from "../helpers/baselineHarness";
import { ADMINISTRATOR_ACCOUNT, ORGANIZATION_ADMINISTRATOR, ORGANIZATION_MANAGEMENT } from "../helpers/sharedConfigs";

const REGIONS = ["eu-west-1", "eu-central-1"];
const HOME = "eu-west-1";
const ORG_TYPES = [
  "aws:guardduty/organizationAdminAccount:OrganizationAdminAccount",
  "aws:securityhub/organizationAdminAccount:OrganizationAdminAccount",
  "aws:organizations/delegatedAdministrator:DelegatedAdministrator",
  "aws:guardduty/organizationConfiguration:OrganizationConfiguration",
  "aws:guardduty/organizationConfigurationFeature:OrganizationConfigurationFeature",
  "aws:securityhub/organizationConfiguration:OrganizationConfiguration",
  "aws:securityhub/findingAggregator:FindingAggregator",
  "aws:cfg/configurationAggregator:ConfigurationAggregator",
  "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
];

const orgTypesOf = (stack: BuiltStack): string[] =>
  [...new Set(stack.resources.map((r) => r.type).filter((t) => ORG_TYPES.includes(t)))].sort();
const byRegion = (resources: readonly PlanResource[]): Record<string, Record<string, unknown>[]> => {
  const grouped: Record<string, Record<string, unknown>[]> = {};
  for (const r of resources) {
    const { region, ...inputs } = r.inputs;
    (grouped[String(region ?? "global")] ??= []).push(inputs);
  }
  return grouped;
};
/** Region → the finding rules the Region's part planned. */
function findingRuleIds(stack: BuiltStack): Record<string, string[]> {
  const ids = ["guardduty-findings", "securityhub-findings", "config-noncompliant"];
  const rules: Record<string, string[]> = {};
  for (const rule of stack.ofType("aws:cloudwatch/eventRule:EventRule")) {
    const id = ids.find((i) => rule.inputs.name === `security-baseline-${i}`);
    if (id) (rules[String(rule.inputs.region)] ??= []).push(id);
  }
  for (const list of Object.values(rules)) list.sort((a, b) => ids.indexOf(a) - ids.indexOf(b));
  return rules;
}

describe("organizationDetectors: the management account's part", function () {
  this.timeout(60_000);
  let stack: BuiltStack;
  before(async () => {
    stack = await sharedStack(ORGANIZATION_MANAGEMENT);
  });

  it("registers the administrator for GuardDuty and Security Hub in each listed Region, and for AWS Config's two principals once", () => {
    const admin = { adminAccountId: "444455556666" };
    assert.deepEqual(byRegion(stack.ofType("aws:guardduty/organizationAdminAccount:OrganizationAdminAccount")), {
      "eu-central-1": [admin],
      "eu-west-1": [admin],
    });
    assert.deepEqual(byRegion(stack.ofType("aws:securityhub/organizationAdminAccount:OrganizationAdminAccount")), {
      "eu-central-1": [admin],
      "eu-west-1": [admin],
    });
    assert.deepEqual(
      stack.ofType("aws:organizations/delegatedAdministrator:DelegatedAdministrator").map((r) => r.inputs),
      [
        { accountId: "444455556666", servicePrincipal: "config.amazonaws.com" },
        { accountId: "444455556666", servicePrincipal: "config-multiaccountsetup.amazonaws.com" },
      ],
    );
  });

  it("plans none of the administrator's part, and keeps its own finding rules in every Region", () => {
    assert.deepEqual(orgTypesOf(stack), [
      "aws:guardduty/organizationAdminAccount:OrganizationAdminAccount",
      "aws:organizations/delegatedAdministrator:DelegatedAdministrator",
      "aws:securityhub/organizationAdminAccount:OrganizationAdminAccount",
    ]);
    const all = ["guardduty-findings", "securityhub-findings", "config-noncompliant"];
    assert.deepEqual(findingRuleIds(stack), { "eu-west-1": all, "eu-central-1": all });
  });

  it("registers only for the services the stack does not set to off", async () => {
    const guardDutyOnly = await sharedStack({ ...ORGANIZATION_MANAGEMENT, securityHub: "off", awsConfig: "off" });
    assert.deepEqual(orgTypesOf(guardDutyOnly), ["aws:guardduty/organizationAdminAccount:OrganizationAdminAccount"]);
  });
});

describe("organizationDetectors: the administrator account's part", function () {
  this.timeout(60_000);
  let stack: BuiltStack;
  before(async () => {
    stack = await sharedStack(ORGANIZATION_ADMINISTRATOR);
  });

  it("turns GuardDuty on for every account of the organization in each Region, through the detector GuardDuty turned on", () => {
    const configurations = stack.ofType("aws:guardduty/organizationConfiguration:OrganizationConfiguration");
    assert.deepEqual(
      configurations.map((c) => [c.inputs.region, c.inputs.autoEnableOrganizationMembers]),
      REGIONS.map((r) => [r, "ALL"]).sort(),
    );
    // guardDuty existing: the Region's own detector, looked up (the offline plan answers a hash of the Region).
    const detectors = new Set(configurations.map((c) => c.inputs.detectorId));
    assert.equal(detectors.size, 2);
    for (const id of detectors) assert.match(String(id), /^[0-9a-f]{32}$/);
    const features = stack.ofType("aws:guardduty/organizationConfigurationFeature:OrganizationConfigurationFeature");
    assert.deepEqual(
      features.filter((f) => f.inputs.region === HOME).map((f) => [f.inputs.name, f.inputs.autoEnable]),
      [
        ["EBS_MALWARE_PROTECTION", "ALL"],
        ["EKS_AUDIT_LOGS", "ALL"],
        ["LAMBDA_NETWORK_LOGS", "ALL"],
        ["RDS_LOGIN_EVENTS", "ALL"],
        ["S3_DATA_EVENTS", "ALL"],
      ],
    );
    for (const feature of features) {
      const configuration = configurations.find((c) => c.inputs.region === feature.inputs.region)!;
      assert.equal(feature.inputs.detectorId, configuration.inputs.detectorId);
      assert.ok(feature.dependsOn.includes(configuration.urn), `${feature.name} waits for the organization configuration`);
    }
  });

  it("configures a detector the stack creates, with the Runtime Monitoring agents GuardDuty manages", async () => {
    const created = await sharedStack({
      ...ORGANIZATION_ADMINISTRATOR,
      guardDuty: "create",
      guardDutyProtections: ["S3_DATA_EVENTS", "RUNTIME_MONITORING"],
    });
    const detector = created.named(`baseline-${HOME}-guardduty`);
    const configuration = created.named(`baseline-${HOME}-guardduty-org`);
    // The mocks' id of the stack's own detector (tools/lib/mockRuntime.ts: a hash of type and name,
    // 32 hex characters as GuardDuty's are), no lookup.
    const detectorId = createHash("sha256").update(`${detector.type}::${detector.name}`).digest("hex").slice(0, 32);
    assert.equal(configuration.inputs.detectorId, detectorId);
    assert.deepEqual(created.named(`baseline-${HOME}-guardduty-org-runtime-monitoring`).inputs.additionalConfigurations, [
      { name: "EKS_ADDON_MANAGEMENT", autoEnable: "ALL" },
      { name: "ECS_FARGATE_AGENT_MANAGEMENT", autoEnable: "ALL" },
      { name: "EC2_AGENT_MANAGEMENT", autoEnable: "ALL" },
    ]);
  });

  it("auto-enables Security Hub in each Region and aggregates every Region's findings into the home Region", () => {
    const hub = (region: string) => stack.named(`baseline-${region}-securityhub`);
    for (const region of REGIONS) {
      const configuration = stack.named(`baseline-${region}-securityhub-org`);
      assert.deepEqual(configuration.inputs, {
        autoEnable: true,
        autoEnableStandards: "DEFAULT",
        organizationConfiguration: { configurationType: "LOCAL" },
        region,
      });
      assert.ok(configuration.dependsOn.includes(hub(region).urn), "after the stack's own Security Hub");
    }
    const aggregators = stack.ofType("aws:securityhub/findingAggregator:FindingAggregator");
    assert.deepEqual(
      aggregators.map((a) => a.inputs),
      [{ linkingMode: "ALL_REGIONS", region: HOME }],
    );
    assert.ok(aggregators[0].dependsOn.includes(hub(HOME).urn));
  });

  it("aggregates AWS Config across the organization in the home Region, through a role only AWS Config assumes", () => {
    const aggregator = stack.named(`baseline-${HOME}-config-aggregator`);
    const role = stack.ofType("aws:iam/role:Role").find((r) => r.name === `baseline-${HOME}-config-aggregator`)!;
    const attachment = stack.named(`baseline-${HOME}-config-aggregator-organizations`);
    assert.equal(aggregator.type, "aws:cfg/configurationAggregator:ConfigurationAggregator");
    assert.deepEqual(aggregator.inputs.organizationAggregationSource, {
      allRegions: true,
      roleArn: `arn:aws:iam::${MOCK_ACCOUNT_ID}:role/${String(attachment.inputs.role)}`,
    });
    assert.equal(aggregator.inputs.name, "security-baseline-organization");
    assert.equal(aggregator.inputs.region, HOME);
    assert.deepEqual(statements(role.inputs.assumeRolePolicy), [
      { Sid: "ConfigAssumesAggregatorRole", Effect: "Allow", Principal: { Service: "config.amazonaws.com" }, Action: "sts:AssumeRole" },
    ]);
    assert.equal(attachment.inputs.policyArn, "arn:aws:iam::aws:policy/service-role/AWSConfigRoleForOrganizations");
    assert.ok(aggregator.dependsOn.includes(attachment.urn), "the role can read the organization before AWS Config checks it");
    assert.equal(stack.ofType("aws:cfg/configurationAggregator:ConfigurationAggregator").length, 1);
  });

  it("routes the members' GuardDuty findings in every Region and Security Hub's in the aggregation Region only", () => {
    assert.deepEqual(findingRuleIds(stack), {
      "eu-west-1": ["guardduty-findings", "securityhub-findings", "config-noncompliant"],
      "eu-central-1": ["guardduty-findings", "config-noncompliant"],
    });
  });

  it("registers nothing: that is the management account's part", () => {
    assert.ok(!orgTypesOf(stack).some((t) => /OrganizationAdminAccount|DelegatedAdministrator/.test(t)));
  });
});

describe("organizationDetectors: what is refused, in one line", () => {
  const problemsOf = (args: Record<string, unknown>): readonly string[] => {
    try {
      resolveSettings(args as MonitoringBaselineArgs);
      return [];
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
  };
  const administrator = { account: "administrator", administratorAccountId: ADMINISTRATOR_ACCOUNT };

  it("the management account as its own delegated administrator, when the deploying account is it", () => {
    const settings = resolveSettings({
      regions: REGIONS,
      organizationDetectors: { account: "management", administratorAccountId: MOCK_ACCOUNT_ID },
    } as MonitoringBaselineArgs).organizationDetectors!;
    assert.match(
      managementAccountProblem(MOCK_ACCOUNT_ID, settings) ?? "",
      /^organizationDetectors\.administratorAccountId: 111122223333 is the account this management stack runs in; .*designate a member account\.$/,
    );
    assert.equal(managementAccountProblem("999988887777", settings), undefined);
    const admin = resolveSettings({
      regions: REGIONS,
      organizationDetectors: administrator,
    } as MonitoringBaselineArgs).organizationDetectors!;
    assert.equal(managementAccountProblem(ADMINISTRATOR_ACCOUNT, admin), undefined, "the administrator stack runs in the administrator");
  });

  it("stops a management stack deployed in the administrator account before it registers anything", async () => {
    const recorder = startMockRuntime({ project: "aws-security-baseline", stack: "refused", config: {} });
    const settings = resolveSettings({
      regions: REGIONS,
      organizationDetectors: { account: "management", administratorAccountId: MOCK_ACCOUNT_ID },
    } as MonitoringBaselineArgs);
    const parent = new pulumi.ComponentResource("test:index:Part", "part");
    // Every service off here, so no resource waits on the refused input: the refusal is the part's output.
    const part = createOrganizationPart(
      {
        name: "part",
        region: HOME,
        home: true,
        settings: {
          ...settings,
          organizationDetectors: { ...settings.organizationDetectors!, guardDuty: false, securityHub: false, awsConfig: false },
        },
        account: { accountId: MOCK_ACCOUNT_ID, partition: "aws" },
        detectors: { securityHubEnabled: false },
        tags: {},
      },
      parent,
    )!;
    // The output's own promise (an internal of @pulumi/pulumi): apply never runs on a rejected output.
    const outcome = (part.administratorAccountId as unknown as { promise(): Promise<string> }).promise();
    const refusal = await outcome.then(
      () => new Error("the management part accepted the management account as administrator"),
      (error: Error) => error,
    );
    assert.match(
      refusal.message,
      /^organizationDetectors\.administratorAccountId: 111122223333 is the account this management stack runs in/,
    );
    assert.ok(pulumi.ResourceError.isInstance(refusal), "a ResourceError: Pulumi prints its one line without a stack");
    assert.deepEqual(
      recorder.resources().filter((r) => r.type.startsWith("aws:")),
      [],
    );
  });

  it("the management account named as administrator (managementAccountId)", () => {
    const problems = problemsOf({
      regions: REGIONS,
      organizationTrail: true,
      organizationId: "o-a1b2c3d4e5",
      managementAccountId: ADMINISTRATOR_ACCOUNT,
      organizationDetectors: administrator,
    });
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^organizationDetectors\.administratorAccountId: "111122223333" is not valid; it is managementAccountId/);
  });

  it("a part with every service off, which would plan nothing", () => {
    const problems = problemsOf({
      regions: REGIONS,
      guardDuty: "off",
      securityHub: "off",
      awsConfig: "off",
      organizationDetectors: administrator,
    });
    assert.deepEqual(problems.length, 1);
    assert.match(
      problems[0],
      /^organizationDetectors: .* guardDuty, securityHub and awsConfig are all off; turn one on, or unset organizationDetectors\.$/,
    );
  });

  it("an aggregation Region that is disabled by default", () => {
    const problems = problemsOf({ regions: ["af-south-1", "eu-west-1"], organizationDetectors: administrator });
    assert.deepEqual(problems, [
      'homeRegion: "af-south-1" is not valid; Security Hub cannot aggregate the organization\'s findings into af-south-1, a Region disabled by default; choose a home Region enabled by default, or set securityHub to off in this stack.',
    ]);
    assert.deepEqual(problemsOf({ regions: ["af-south-1"], securityHub: "off", organizationDetectors: administrator }), []);
    assert.deepEqual(problemsOf({ regions: ["af-south-1"], organizationDetectors: { ...administrator, account: "management" } }), []);
  });

  it("a field that is missing, misspelt or out of range, naming it", () => {
    assert.deepEqual(
      problemsOf({ organizationDetectors: { account: "member", administratorAccountId: "12345", autoEnableMember: "ALL" } }).map(
        (p) => p.split(":")[0],
      ),
      ["organizationDetectors.autoEnableMember", "organizationDetectors.account", "organizationDetectors.administratorAccountId"],
    );
    assert.match(
      problemsOf({ organizationDetectors: { ...administrator, autoEnableMembers: "SOME" } })[0],
      /^organizationDetectors\.autoEnableMembers: "SOME" is not valid; allowed: NEW, ALL\.$/,
    );
    assert.match(
      problemsOf({ organizationDetectors: "administrator" })[0],
      /^organizationDetectors: "administrator" is not valid; expected \{/,
    );
  });
});
