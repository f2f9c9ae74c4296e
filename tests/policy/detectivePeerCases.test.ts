/**
 * The peer cases of tests/fixtures/policy/detectivePeerCases.ts: each tool's GuardDuty or AWS
 * Config test case, and each public program that disables a Security Hub control, restated as a
 * Pulumi resource, gets its verdict from `detective-services-enabled`, in a first preview and after
 * the update, except where the pack deliberately differs (the case says why).
 */
import * as assert from "assert";
import { detectiveServicesEnabled } from "../../policy/policies/detectiveServicesEnabled";
import { DETECTIVE_PEER_CASES, DetectivePeerCase, Verdict } from "../fixtures/policy/detectivePeerCases";
import { detectiveStack, detectiveTypeOf } from "../fixtures/policy/detectivePrograms";
import { Phase, PHASES, urnOf } from "../fixtures/policy/programs";
import { NOT_APPLICABLE, runResourcePolicy } from "./harness";

function packVerdict(c: DetectivePeerCase, phase: Phase): Verdict {
  const spec = c.resources.find((r) => r.name === c.subject);
  if (!spec) throw new Error(`case '${c.case}' judges ${c.subject}, which it does not declare`);
  const subject = detectiveStack(c.provider, phase, c.resources).find((r) => r.urn === urnOf(detectiveTypeOf(c.provider, spec), c.subject));
  if (!subject) throw new Error(`case '${c.case}': no resource ${c.subject}`);
  const messages = runResourcePolicy(detectiveServicesEnabled, subject);
  assert.notStrictEqual(messages, NOT_APPLICABLE, `${c.subject} is a type the policy does not check`);
  return messages.length > 0 ? "fail" : "pass";
}

describe("detective-services-enabled peer cases (Checkov, KICS, EPAM, public programs)", () => {
  it("covers 17 cases: 12 from 3 tools, 5 public programs", () => {
    assert.strictEqual(DETECTIVE_PEER_CASES.length, 17);
    assert.deepStrictEqual(
      [...new Set(DETECTIVE_PEER_CASES.map((c) => c.source))],
      ["Checkov", "KICS", "EPAM ecc-aws-rulepack", "program"],
    );
    assert.strictEqual(DETECTIVE_PEER_CASES.filter((c) => c.source === "program").length, 5);
    assert.deepStrictEqual([...new Set(DETECTIVE_PEER_CASES.map((c) => c.provider))].sort(), ["aws-native", "v6", "v7"]);
  });

  DETECTIVE_PEER_CASES.forEach((c, i) => {
    const title = `#${i} ${c.source} ${c.path.split("/").pop()}: ${c.case}`;
    const verdict =
      c.peer === undefined
        ? `${c.pack} (a program, no tool verdict)`
        : c.difference
          ? `${c.peer} there, ${c.pack} here: ${c.difference}`
          : c.peer;
    it(`${title}: ${verdict}`, () => {
      assert.strictEqual(c.peer === undefined, c.source === "program", "a tool's case has the tool's verdict, a program none");
      assert.strictEqual(
        c.difference !== undefined,
        c.peer !== undefined && c.pack !== c.peer,
        "a case differs from its tool exactly when it says why",
      );
      for (const phase of PHASES) assert.strictEqual(packVerdict(c, phase), c.pack, phase);
    });
  });
});
