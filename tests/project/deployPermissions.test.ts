/**
 * The deployer's permissions (lib/deployPermissions.ts) stay true to what the program creates:
 * plans for configurations that together turn on every option must create exactly the resource
 * types the module lists for those options, no more, no fewer; and docs/permissions.md shows the
 * table and the policy the module generates.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import {
  ALL_OPTIONS,
  DeployOptions,
  IMPLIED_PERMISSIONS,
  RESOURCE_PERMISSIONS,
  SERVICE_AUTHORIZATION_PAGES,
  actionsOf,
  deployOptionsOf,
  deployPolicyDocument,
  resourceTypesFor,
} from "../../lib/deployPermissions";
import { argsFromConfig } from "../../config";
import { resolveSettings } from "../../settings/index";
import { BuiltStack, TestConfig, sharedStack } from "../helpers/baselineHarness";
import { ORGANIZATION_ADMINISTRATOR, ORGANIZATION_MANAGEMENT, WITHOUT_US_EAST_1 } from "../helpers/sharedConfigs";

/** Every option that adds permissions off. */
const NONE: DeployOptions = {
  existingLogGroup: false,
  centralArchive: false,
  organizationTrail: false,
  objectLock: false,
  alertEmails: false,
  realtimeAlerts: true,
  athena: false,
  insightsQueries: false,
  dashboard: false,
  selfHealingTrail: false,
  slackChannel: false,
  vpcFlowLogs: "none",
  allVpcs: false,
  residencyTrails: false,
  guardDuty: "existing",
  securityHub: "existing",
  awsConfig: "existing",
  organizationManagement: false,
  organizationAdministrator: false,
};

const VPC = "vpc-0a1b2c3d4e5f67890";
const CENTRAL_KEY = "arn:aws:kms:eu-west-1:999988887777:key/1234abcd-12ab-34cd-56ef-1234567890ab";

/** Together they create every type and take every branch of DeployCondition. */
const CASES: Readonly<Record<string, TestConfig>> = {
  // Shared with other test files (one plan per worker): two regions, topic keys besides the home
  // key, the default investigation parts (Athena, Insights queries, dashboard, self-healing trail).
  "two regions, defaults": WITHOUT_US_EAST_1,
  "organization trail, Object Lock, alert emails, Slack, S3 flow logs, residency trail": {
    regions: ["eu-west-1", "eu-central-1"],
    alertEmails: ["secops@example.com"],
    objectLockMode: "GOVERNANCE",
    objectLockRetentionDays: 30,
    organizationTrail: true,
    organizationId: "o-abcdefghij",
    slackChannel: { workspaceId: "T07EA123LEP", channelId: "C07EZ1ABC23" },
    vpcFlowLogs: { vpcIds: { "eu-west-1": [VPC] } },
    residencyTrails: [{ region: "eu-central-1" }],
  },
  "central archive, CloudWatch flow logs, no investigation parts": {
    regions: ["eu-west-1"],
    centralLogArchive: { bucketName: "org-log-archive", kmsKeyArn: CENTRAL_KEY },
    vpcFlowLogs: { vpcIds: { "eu-west-1": [VPC] }, destination: "cloudwatch" },
    selfHealingTrail: false,
    investigation: { athena: false, insightsQueries: false, dashboard: false },
  },
  "GuardDuty, Security Hub and AWS Config created": {
    regions: ["eu-west-1", "eu-central-1"],
    guardDuty: "create",
    securityHub: "create",
    awsConfig: "create",
  },
  // The two stacks of an organization (docs/organization.md), shared with tests/components/organizationDetectors.test.ts.
  "organization: management account": ORGANIZATION_MANAGEMENT,
  "organization: administrator account, GuardDuty existing": ORGANIZATION_ADMINISTRATOR,
  "existing log group, no real-time alerts": {
    existingLogGroupName: "aws-controltower/CloudTrailLogs",
    realtimeAlerts: false,
    selfHealingTrail: false,
    investigation: { insightsQueries: false, dashboard: false },
  },
};

/** The options the component resolves from a test config, as `pulumi up` would. */
function optionsOf(config: TestConfig): DeployOptions {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(config)) raw[key] = typeof value === "string" ? value : JSON.stringify(value);
  return deployOptionsOf(resolveSettings(argsFromConfig((key) => raw[key])));
}

/** The committed plans (tests/fixtures/plans/*.json): the dev stack and its variants. */
function fixturePlanTypes(): string[] {
  const dir = path.join(__dirname, "..", "fixtures", "plans");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json") && !f.endsWith(".verdict.json"))
    .flatMap((f) =>
      (JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as { resources: { type: string }[] }).resources.map((r) => r.type),
    )
    .filter((t) => t.startsWith("aws:"));
}

const awsTypes = (stack: BuiltStack): string[] =>
  [...new Set(stack.resources.map((r) => r.type).filter((t) => t.startsWith("aws:")))].sort();

describe("deploy permissions: one entry per resource type the program creates", () => {
  const stacks = new Map<string, BuiltStack>();
  before(async () => {
    for (const [name, config] of Object.entries(CASES)) stacks.set(name, await sharedStack(config));
  });

  it("lists every AWS resource type a plan creates (these and the committed fixture plans), and no type no plan creates", () => {
    const planned = new Set([...[...stacks.values()].flatMap(awsTypes), ...fixturePlanTypes()]);
    const listed = new Set(RESOURCE_PERMISSIONS.map((r) => r.type));
    assert.deepEqual(
      [...planned].filter((t) => !listed.has(t)),
      [],
      "types the program creates without an entry in lib/deployPermissions.ts",
    );
    assert.deepEqual(
      [...listed].filter((t) => !planned.has(t)),
      [],
      "entries in lib/deployPermissions.ts for types no plan creates",
    );
    assert.equal(listed.size, RESOURCE_PERMISSIONS.length, "one entry per type");
  });

  for (const [name, config] of Object.entries(CASES)) {
    it(`says which types a configuration creates (${name})`, () => {
      assert.deepEqual(awsTypes(stacks.get(name)!), resourceTypesFor(optionsOf(config)).sort());
    });
  }

  it("reads the options from the resolved settings", () => {
    const defaults = { ...NONE, athena: true, insightsQueries: true, dashboard: true, selfHealingTrail: true };
    assert.deepEqual(optionsOf(CASES["two regions, defaults"]), defaults);
    assert.deepEqual(optionsOf(CASES["organization trail, Object Lock, alert emails, Slack, S3 flow logs, residency trail"]), {
      ...defaults,
      organizationTrail: true,
      objectLock: true,
      alertEmails: true,
      slackChannel: true,
      vpcFlowLogs: "s3",
      residencyTrails: true,
    });
    assert.deepEqual(optionsOf(CASES["central archive, CloudWatch flow logs, no investigation parts"]), {
      ...NONE,
      centralArchive: true,
      vpcFlowLogs: "cloudwatch",
    });
    assert.deepEqual(optionsOf(CASES["organization: management account"]), { ...defaults, organizationManagement: true });
    assert.deepEqual(optionsOf(CASES["organization: administrator account, GuardDuty existing"]), {
      ...defaults,
      securityHub: "create",
      awsConfig: "create",
      organizationAdministrator: true,
    });
    assert.deepEqual(optionsOf(CASES["existing log group, no real-time alerts"]), {
      ...NONE,
      existingLogGroup: true,
      realtimeAlerts: false,
    });
  });

  it("leaves a type's delete out of the policy exactly when every resource of that type is retainOnDelete", () => {
    for (const entry of RESOURCE_PERMISSIONS) {
      const resources = [...stacks.values()].flatMap((s) => s.ofType(entry.type));
      assert.equal(
        entry.retainedOnDelete,
        resources.every((r) => r.retainOnDelete),
        entry.type,
      );
    }
  });
});

describe("deploy permissions: the policy", () => {
  it("names actions as prefix:Action of services whose Service Authorization Reference page it cites", () => {
    const all = [
      ...RESOURCE_PERMISSIONS.flatMap((r) => [...r.create, ...r.read, ...r.update, ...r.delete, ...r.tag]),
      ...IMPLIED_PERMISSIONS.flatMap((p) => p.actions),
    ];
    for (const action of all) {
      assert.match(action, /^[a-z0-9-]+:[A-Z][A-Za-z0-9]+$/, action);
      assert.ok(SERVICE_AUTHORIZATION_PAGES[action.split(":")[0]], `no Service Authorization Reference page for ${action}`);
    }
  });

  it("grants every action each created type needs, and the organization statements only for an organization trail", () => {
    const granted = (options: DeployOptions): Set<string> => new Set(deployPolicyDocument(options).Statement.flatMap((s) => s.Action));
    const everything = granted(ALL_OPTIONS);
    for (const entry of RESOURCE_PERMISSIONS)
      for (const action of actionsOf(entry)) assert.ok(everything.has(action), `${entry.type}: ${action}`);
    const plain = deployPolicyDocument(NONE);
    assert.ok(!plain.Statement.some((s) => s.Action.some((a) => a.startsWith("organizations:") || a === "iam:CreateServiceLinkedRole")));
    assert.ok(!granted(NONE).has("s3:PutBucketObjectLockConfiguration"), "Object Lock's action without Object Lock");
    const existing = granted({ ...NONE, existingLogGroup: true });
    assert.ok(
      ![...existing].some((a) => a.startsWith("cloudtrail:") || a.startsWith("s3:") || a.startsWith("iam:")),
      [...existing].join(", "),
    );
  });

  it("grants each organization part only what its own account calls", () => {
    const granted = (options: DeployOptions): Set<string> => new Set(deployPolicyDocument(options).Statement.flatMap((s) => s.Action));
    const management = granted({ ...NONE, organizationManagement: true });
    const administrator = granted({ ...NONE, organizationAdministrator: true });
    for (const action of [
      "guardduty:EnableOrganizationAdminAccount",
      "securityhub:EnableOrganizationAdminAccount",
      "organizations:RegisterDelegatedAdministrator",
      "organizations:EnableAWSServiceAccess",
    ]) {
      assert.ok(management.has(action), action);
      assert.ok(!administrator.has(action), `the administrator does not need ${action}`);
    }
    for (const action of [
      "guardduty:UpdateOrganizationConfiguration",
      "guardduty:ListDetectors",
      "securityhub:UpdateOrganizationConfiguration",
      "securityhub:CreateFindingAggregator",
      "config:PutConfigurationAggregator",
      "iam:AttachRolePolicy",
    ]) {
      assert.ok(administrator.has(action), action);
      assert.ok(!management.has(action), `the management account does not need ${action}`);
    }
    // AWS Config checks an aggregator's creator against Organizations' delegated administrators.
    assert.ok(administrator.has("organizations:ListDelegatedAdministrators"));
    // A detector the stack creates needs no lookup.
    assert.ok(!granted({ ...NONE, guardDuty: "create", organizationAdministrator: true }).has("guardduty:ListDetectors"));
    // Services set to off in the stack are left out of its part.
    const guardDutyOnly = granted({ ...NONE, securityHub: "off", awsConfig: "off", organizationManagement: true });
    assert.ok(guardDutyOnly.has("guardduty:EnableOrganizationAdminAccount"));
    assert.ok(!guardDutyOnly.has("securityhub:EnableOrganizationAdminAccount"));
  });

  it("passes each role only to the service that assumes it", () => {
    const passRoles = deployPolicyDocument(ALL_OPTIONS).Statement.filter((s) => s.Action.includes("iam:PassRole"));
    assert.deepEqual(
      passRoles.map((s) => [s.Sid, s.Action, s.Condition]),
      [
        ["PassRoleToCloudtrail", ["iam:PassRole"], { StringEquals: { "iam:PassedToService": "cloudtrail.amazonaws.com" } }],
        ["PassRoleToLambda", ["iam:PassRole"], { StringEquals: { "iam:PassedToService": "lambda.amazonaws.com" } }],
        ["PassRoleToVpcFlowLogs", ["iam:PassRole"], { StringEquals: { "iam:PassedToService": "vpc-flow-logs.amazonaws.com" } }],
        ["PassRoleToChatbot", ["iam:PassRole"], { StringEquals: { "iam:PassedToService": "chatbot.amazonaws.com" } }],
        ["PassRoleToConfig", ["iam:PassRole"], { StringEquals: { "iam:PassedToService": "config.amazonaws.com" } }],
      ],
    );
    assert.deepEqual(
      deployPolicyDocument(NONE)
        .Statement.filter((s) => s.Action.includes("iam:PassRole"))
        .map((s) => s.Sid),
      ["PassRoleToCloudtrail"],
    );
  });
});
