/**
 * Cases for bugs a mutation spot-check left alive: each breaks when an anchor or a join by
 * property dependency is dropped. Exemption patterns and filter-pattern wildcards match whole
 * values; joins at a first preview, when names and ARNs are unknown, go by property dependency.
 */
import * as assert from "assert";
import { cloudtrailGlobalServiceEvents } from "../../policy/policies/cloudtrailGlobalServiceEvents";
import { cloudtrailMonitoringAlarms } from "../../policy/policies/cloudtrailMonitoringAlarms";
import { cloudtrailMultiRegion } from "../../policy/policies/cloudtrailMultiRegion";
import { vpcFlowLogs } from "../../policy/policies/vpcFlowLogs";
import { isExempt } from "../../policy/lib/exemptions";
import { filterPatternMatches } from "../../policy/lib/filterPattern";
import { controlsRecognising, MONITORING_CONTROLS } from "../../policy/lib/monitoringControls";
import { PackResource } from "../../tools/lib/packClient";
import { flowLogStack, stackView, VPC_TYPE, withoutDependencies } from "../fixtures/policy/flowLogPrograms";
import { urnOf } from "../fixtures/policy/programs";
import { remediate, runResourcePolicy, runStackPolicy } from "./harness";
import { compliantStack, T, UNKNOWN, urn, withChange } from "./stacks";

describe("exemptTrails patterns match whole names", () => {
  const cases: [string, string, boolean][] = [
    ["residency", "residency", true],
    ["residency", "us-residency", false],
    ["residency", "residency-eu", false],
    ["residency-*", "residency-eu", true],
    ["residency-*", "us-residency-eu", false],
    ["*-residency", "us-residency", true],
    ["*-residency", "us-residency-2", false],
    ["res.dency", "residency", false],
    ["us-(east)", "us-(east)", true],
  ];
  for (const [pattern, name, exempt] of cases) {
    it(`${JSON.stringify(pattern)} ${exempt ? "exempts" : "does not exempt"} ${JSON.stringify(name)}`, () => {
      assert.strictEqual(isExempt({ exemptTrails: [pattern] }, [name]), exempt);
    });
  }

  const trail = (name: string): PackResource => {
    const base = withChange(compliantStack(), T.trail, "trail", {
      name,
      isMultiRegionTrail: false,
      includeGlobalServiceEvents: false,
    }).find((r) => r.type === T.trail)!;
    return { ...base, name: `${name}-logical`, urn: urn(T.trail, `${name}-logical`) };
  };
  it("in every policy that takes exemptTrails, and in remediation", () => {
    const config = { exemptTrails: ["residency"] };
    for (const policy of [cloudtrailMultiRegion, cloudtrailGlobalServiceEvents]) {
      assert.deepStrictEqual(runResourcePolicy(policy, trail("residency"), config), [], policy.name);
      assert.strictEqual(runResourcePolicy(policy, trail("us-residency"), config).length, 1, policy.name);
      assert.ok(remediate(policy, trail("us-residency"), config), `${policy.name} remediates us-residency`);
    }
    const stack = withChange(compliantStack(), T.trail, "trail", { name: "us-residency", cloudWatchLogsGroupArn: undefined });
    assert.strictEqual(runStackPolicy(cloudtrailMonitoringAlarms, stack, config).length, 1);
    assert.deepStrictEqual(runStackPolicy(cloudtrailMonitoringAlarms, stack, { exemptTrails: ["us-residency"] }), []);
  });
});

describe("filter-pattern wildcards match whole values", () => {
  const event = { eventName: "ConsoleLogin" };
  const cases: [string, boolean][] = [
    ["ConsoleLogin", true],
    ["Console", false],
    ["Con*Log", false],
    ["Con*Login", true],
    ["*Login", true],
    ["*Log", false],
    ["onsole*", false],
    ["Console*", true],
    ["*", true],
  ];
  for (const [value, matches] of cases) {
    it(`{ $.eventName = "${value}" } ${matches ? "matches" : "does not match"} ConsoleLogin`, () => {
      assert.strictEqual(filterPatternMatches(`{ $.eventName = "${value}" }`, event), matches);
    });
  }

  it("the scanner regexes the monitoring check uses stop at a word boundary: CreateNetworkAclEntry is not CreateNetworkAcl", () => {
    const nacl = MONITORING_CONTROLS.find((c) => c.alarm.filterPattern.includes("CreateNetworkAclEntry"))!;
    const full = nacl.alarm.filterPattern;
    assert.ok(controlsRecognising(full).has(nacl));
    const withoutCreate = full.replace(/\(\$\.eventName\s*=\s*"?CreateNetworkAcl"?\)\s*\|\|\s*/, "");
    assert.notStrictEqual(withoutCreate, full, "the catalogue pattern names CreateNetworkAcl");
    assert.ok(!controlsRecognising(withoutCreate).has(nacl), "only CreateNetworkAclEntry left");
    assert.strictEqual(controlsRecognising(withoutCreate), controlsRecognising(withoutCreate), "memoised");
  });
});

describe("joins at a new stack's first preview go by property dependency", () => {
  const groupUrn = urn(T.logGroup, "trail");
  /** Log group name and ARN unknown, as at a first preview when the group is auto-named. */
  const firstPreview = (stack: PackResource[]): PackResource[] =>
    stack.map((r) => {
      if (r.type === T.trail) return { ...r, inputs: { ...r.inputs, cloudWatchLogsGroupArn: UNKNOWN } };
      if (r.type === T.logGroup) return { ...r, inputs: { ...r.inputs, name: UNKNOWN, arn: UNKNOWN } };
      if (r.type === T.filter)
        return { ...r, inputs: { ...r.inputs, logGroupName: UNKNOWN }, propertyDependencies: { logGroupName: [groupUrn] } };
      return r;
    });
  it("the monitoring check still finds the trail's filters, and reports a missing one", () => {
    assert.deepStrictEqual(runStackPolicy(cloudtrailMonitoringAlarms, firstPreview(compliantStack())), []);
    const missing = compliantStack().filter((r) => !(r.type === T.filter && r.name === "root-account-usage"));
    const findings = runStackPolicy(cloudtrailMonitoringAlarms, firstPreview(missing));
    assert.strictEqual(findings.length, 1);
    assert.match(findings[0].message, /no metric filter for CIS [\d.]+ root-account-usage/);
  });
});

describe("vpc-flow-logs joins each flow log to its own VPC", () => {
  // Two VPCs, one flow log on "logged": only "bare" is reported. Dropping the join by property
  // dependency leaves the preview's flow log unplaced (it could be on either VPC, so nothing is
  // reported); dropping the join by id leaves the export's flow log on no VPC (both are reported).
  const vpcs = [{ name: "logged" }, { name: "bare" }];
  const flowLogs = [{ name: "logged", on: { vpc: "logged" }, trafficType: "ALL" as const }];
  const reported = (resources: PackResource[]) => runStackPolicy(vpcFlowLogs, resources).map((f) => f.urn);
  it("by property dependency at a new stack's first preview, when every VPC id is unknown", () => {
    assert.deepStrictEqual(reported(stackView(flowLogStack("v7", "preview", vpcs, flowLogs))), [urnOf(VPC_TYPE.v7, "bare")]);
  });
  it("by id in an export read without property dependencies", () => {
    assert.deepStrictEqual(reported(withoutDependencies(stackView(flowLogStack("aws-native", "deployed", vpcs, flowLogs)))), [
      urnOf(VPC_TYPE["aws-native"], "bare"),
    ]);
  });
});
