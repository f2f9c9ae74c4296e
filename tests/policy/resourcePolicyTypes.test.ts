import { strict as assert } from "assert";
import { ResourceValidationPolicy } from "@pulumi/policy";
import { StackValidationPolicy } from "@pulumi/policy";
import { POLICIES, RESOURCE_POLICY_TYPES, STACK_POLICY_TYPES } from "../../policy/policies";
import { generateStack } from "../../tools/bench/main";
import { readAuditFile } from "../../tools/audit/auditInput";
import * as path from "path";
import { scopeOf } from "../../policy/lib/engine/typeScope";
import { NOT_APPLICABLE, runResourcePolicy, runStackPolicy } from "./harness";

const resourcePolicies = POLICIES.filter((p): p is ResourceValidationPolicy => "validateResource" in p && p.validateResource !== undefined);

const FIXTURES = path.join(__dirname, "..", "fixtures", "audit");
/** Every type in the audit fixtures and the benchmark's stack, plus common ones, outside the list. */
const OTHER_TYPES = [
  ...new Set([
    ...["compliant.stack.json", "noncompliant.stack.json", "compliant.preview.json", "noncompliant.preview.json"].flatMap((f) =>
      readAuditFile(path.join(FIXTURES, f)).resources.map((r) => r.type),
    ),
    ...generateStack(500).map((r) => r.type),
  ]),
  "aws:ec2/instance:Instance",
  "aws:s3/bucket:Bucket",
  "aws:cloudwatch/logGroup:LogGroup",
  "aws:sns/topic:Topic",
  "aws:lambda/function:Function",
  "aws-native:s3:Bucket",
  "kubernetes:core/v1:Pod",
].filter((type) => !RESOURCE_POLICY_TYPES.includes(type));

describe("RESOURCE_POLICY_TYPES (what `audit` sends through Analyze)", () => {
  it("lists every type a resource policy can apply to: each answers not-applicable for any other type", () => {
    assert.ok(resourcePolicies.length >= 7);
    assert.ok(OTHER_TYPES.length >= 15, `only ${OTHER_TYPES.length} types sampled`);
    for (const policy of resourcePolicies) {
      for (const type of OTHER_TYPES) {
        const result = runResourcePolicy(policy, { urn: `urn:pulumi:s::p::${type}::r`, type, name: "r", inputs: {} });
        assert.equal(result, NOT_APPLICABLE, `${policy.name} applies to ${type}, which RESOURCE_POLICY_TYPES omits: audit would skip it`);
      }
    }
  });

  it("covers each listed type with at least one resource policy", () => {
    for (const type of RESOURCE_POLICY_TYPES) {
      const applies = resourcePolicies.some(
        (policy) => runResourcePolicy(policy, { urn: `urn:pulumi:s::p::${type}::r`, type, name: "r", inputs: {} }) !== NOT_APPLICABLE,
      );
      assert.ok(applies, `no resource policy applies to ${type}`);
    }
  });

  it("is exactly what each resource policy's validator is scoped to, so the pack's server skips every other type unread", () => {
    for (const policy of resourcePolicies) {
      const scope = scopeOf(policy.validateResource as object);
      assert.ok(scope, `${policy.name}: validateResource is not scopedTo its types, so the server calls it for every resource`);
      assert.ok(
        [...scope.types].every((t) => RESOURCE_POLICY_TYPES.includes(t)),
        `${policy.name} is scoped to a type RESOURCE_POLICY_TYPES omits`,
      );
      for (const type of scope.types) {
        assert.notEqual(
          runResourcePolicy(policy, { urn: `urn:pulumi:s::p::${type}::r`, type, name: "r", inputs: {} }),
          NOT_APPLICABLE,
          `${policy.name} is scoped to ${type} but says not applicable`,
        );
      }
    }
    assert.deepStrictEqual(
      new Set(resourcePolicies.flatMap((p) => [...scopeOf(p.validateResource as object)!.types])),
      new Set(RESOURCE_POLICY_TYPES),
    );
  });
});

describe("STACK_POLICY_TYPES (what `audit` sends through AnalyzeStack)", () => {
  it("gives every stack policy the same findings as the whole stack", () => {
    const stackPolicies = POLICIES.filter((p): p is StackValidationPolicy => "validateStack" in p);
    const files = ["noncompliant.stack.json", "noncompliant.preview.json", "compliant.stack.json"];
    const unblocked = generateStack(600).filter((r) => r.type !== "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock");
    const stacks = [...files.map((f) => readAuditFile(path.join(FIXTURES, f)).resources), generateStack(600), unblocked];
    let findings = 0;
    for (const resources of stacks) {
      const outputs = resources.map((r) => ({ ...r, inputs: r.outputs ?? r.inputs }));
      const kept = outputs.filter((r) => STACK_POLICY_TYPES.includes(r.type));
      assert.ok(kept.length < outputs.length, "the sample has types to drop");
      for (const policy of stackPolicies) {
        const whole = runStackPolicy(policy, outputs);
        assert.deepStrictEqual(runStackPolicy(policy, kept), whole, policy.name);
        findings += whole.length;
      }
    }
    assert.ok(findings >= 10, `the sample has findings to compare (${findings})`);
  });
});
