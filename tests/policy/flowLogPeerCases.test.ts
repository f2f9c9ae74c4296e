/**
 * The peer cases of tests/fixtures/policy/flowLogPeerCases.ts: each scanner's flow-log test case,
 * restated as a Pulumi stack, gets the tool's verdict from `vpc-flow-logs`, in a first preview and
 * in a stack export, except where the pack deliberately differs (the case says why).
 */
import * as assert from "assert";
import { vpcFlowLogs } from "../../policy/policies/vpcFlowLogs";
import { FLOW_LOG_PEER_CASES, FlowLogPeerCase, Verdict } from "../fixtures/policy/flowLogPeerCases";
import { flowLogStack, stackView, vpcTypeOf } from "../fixtures/policy/flowLogPrograms";
import { Phase, PHASES, urnOf } from "../fixtures/policy/programs";
import { runStackPolicy } from "./harness";

function packVerdict(c: FlowLogPeerCase, phase: Phase): Verdict {
  const resources = stackView(flowLogStack(c.provider, phase, c.vpcs, c.flowLogs));
  const spec = c.vpcs.find((v) => v.name === c.subject);
  if (!spec) throw new Error(`case '${c.case}' judges ${c.subject}, which it does not declare`);
  const subject = urnOf(vpcTypeOf(c.provider, spec), c.subject);
  return runStackPolicy(vpcFlowLogs, resources).some((f) => f.urn === subject) ? "fail" : "pass";
}

describe("vpc-flow-logs peer cases (Checkov, Trivy, KICS, Prowler)", () => {
  it("covers 14 cases from 4 tools", () => {
    assert.strictEqual(FLOW_LOG_PEER_CASES.length, 14);
    assert.deepStrictEqual([...new Set(FLOW_LOG_PEER_CASES.map((c) => c.tool))], ["Checkov", "Trivy", "KICS", "Prowler"]);
  });

  FLOW_LOG_PEER_CASES.forEach((c, i) => {
    const title = `#${i} ${c.tool} ${c.path.split("/").pop()}: ${c.case}`;
    it(c.difference ? `${title}: ${c.peer} there, ${c.pack} here: ${c.difference}` : `${title}: ${c.peer}`, () => {
      assert.strictEqual(c.difference !== undefined, c.pack !== c.peer, "a case differs from its tool exactly when it says why");
      for (const phase of PHASES) assert.strictEqual(packVerdict(c, phase), c.pack, phase);
    });
  });
});
