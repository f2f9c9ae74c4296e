/**
 * `--policy-pack-config` as the engine applies it (pulumi/pulumi pkg/resource/analyzer/config.go):
 * an entry without `enforcementLevel` keeps the policy's own level; `all` sets every level; an
 * entry's own level wins over `all`. `audit` and `plan-diff` both configure through
 * `PolicyPackProcess.configure`, which reconciles the file this way. One pack process.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { AnalyzerInfo } from "@pulumi/pulumi/proto/analyzer_pb";
import { POLICIES } from "../../policy/policies";
import { validatePolicyConfig } from "../../tools/lib/policyConfig";
import { PolicyPackConfig, PolicyPackProcess, reconcilePolicyConfig } from "../../tools/lib/packClient";
import { compliantStack, T, withChange } from "./stacks";

const EXAMPLE = path.join(__dirname, "../../policy/policy-config.example.json");

describe("policy config keeps each policy's own level unless it names one", function () {
  this.timeout(60000);
  let pack: PolicyPackProcess;
  let info: AnalyzerInfo;
  before(async () => {
    pack = await PolicyPackProcess.start();
    info = await pack.getAnalyzerInfo();
  });
  after(() => pack?.close());

  const levels = (config: PolicyPackConfig) =>
    Object.fromEntries(Object.entries(reconcilePolicyConfig(config, info)).map(([name, c]) => [name, c.enforcementLevel]));
  const own = Object.fromEntries(POLICIES.map((p) => [p.name, p.enforcementLevel]));

  it("reconciles the README's example config: settings alone keep the level, defaults fill the rest", () => {
    const example = JSON.parse(fs.readFileSync(EXAMPLE, "utf8")) as PolicyPackConfig;
    const reconciled = reconcilePolicyConfig(validatePolicyConfig(EXAMPLE, example, info), info);
    assert.deepStrictEqual(Object.fromEntries(Object.entries(reconciled).map(([name, c]) => [name, c.enforcementLevel])), {
      ...own,
      "cloudtrail-bucket-versioning": "advisory",
    });
    assert.deepStrictEqual(reconciled["cloudtrail-global-service-events"].properties, { exemptTrails: ["us-data-residency"] });
    assert.deepStrictEqual(reconciled["cloudtrail-log-group-retention"].properties, { minimumRetentionDays: 400 });
    assert.deepStrictEqual(reconciled["vpc-flow-logs"].properties, {
      exemptVpcs: ["sandbox-*", "urn:pulumi:prod::network::aws:ec2/vpc:Vpc::inspection"],
      requiredTrafficType: "ALL",
    });
    assert.deepStrictEqual(
      reconcilePolicyConfig({}, info)["cloudtrail-log-group-retention"].properties,
      { minimumRetentionDays: 365 },
      "schema defaults, as the engine sends them",
    );
  });

  it("applies `all` to every policy, under each entry's own level", () => {
    assert.deepStrictEqual(
      levels({ all: "advisory", "cloudtrail-multi-region": "mandatory", "cloudtrail-log-group-retention": { minimumRetentionDays: 400 } }),
      {
        ...Object.fromEntries(POLICIES.map((p) => [p.name, "advisory"])),
        "cloudtrail-multi-region": "mandatory",
      },
    );
    assert.deepStrictEqual(
      levels({ "cloudtrail-multi-region": "disabled", all: "advisory" })["cloudtrail-multi-region"],
      "disabled",
      "order in the file does not matter",
    );
  });

  it("reports a violation of a policy configured with settings alone at its own level (mandatory), through Configure", async () => {
    const stack = withChange(compliantStack(), T.trail, "trail", { includeGlobalServiceEvents: false });
    try {
      await pack.configure({ "cloudtrail-global-service-events": { exemptTrails: ["some-other-trail"] } });
      const violations = await pack.analyzeAll(stack);
      assert.deepStrictEqual(
        violations.map((v) => [v.policy, v.enforcementLevel]),
        [["cloudtrail-global-service-events", "mandatory"]],
      );
      await pack.configure({ all: "advisory", "cloudtrail-global-service-events": { exemptTrails: [] } });
      assert.deepStrictEqual(
        (await pack.analyzeAll(stack)).map((v) => v.enforcementLevel),
        ["advisory"],
      );
    } finally {
      await pack.configure({});
    }
  });
});
