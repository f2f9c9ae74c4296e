/**
 * `vpc-flow-logs`: every VPC of a stack has a flow log in that stack recording rejected traffic.
 * Each case runs on v6, v7 and aws-native shapes, in a new stack's first preview (ids unknown,
 * property dependencies only), in a stack export (ids known), and in an export read without
 * property dependencies (joined by id alone).
 */
import * as assert from "assert";
import { vpcFlowLogs } from "../../policy/policies/vpcFlowLogs";
import { PackResource } from "../../tools/lib/packClient";
import {
  DEFAULT_VPC_TYPE,
  FlowLogSpec,
  flowLogStack,
  Provider,
  PROVIDERS,
  stackView,
  VPC_TYPE,
  VpcSpec,
  withoutDependencies,
} from "../fixtures/policy/flowLogPrograms";
import { UNKNOWN, urnOf } from "../fixtures/policy/programs";
import { runStackPolicy, StackFinding } from "./harness";

type Form = "preview" | "export" | "export without dependencies";
const FORMS: readonly Form[] = ["preview", "export", "export without dependencies"];

function stack(provider: Provider, form: Form, vpcs: readonly VpcSpec[], flowLogs: readonly FlowLogSpec[]): PackResource[] {
  const resources = stackView(flowLogStack(provider, form === "preview" ? "preview" : "deployed", vpcs, flowLogs));
  return form === "export without dependencies" ? withoutDependencies(resources) : resources;
}

function findings(resources: readonly PackResource[], config: Record<string, unknown> = {}): StackFinding[] {
  return runStackPolicy(vpcFlowLogs, resources, config);
}

const APP: VpcSpec = { name: "app", nameTag: "acme-app" };
const noFlowLog = (provider: Provider): StackFinding => ({
  urn: urnOf(VPC_TYPE[provider], "app"),
  message:
    "VPC 'app' (Name 'acme-app') has no flow log in this stack, so nothing this stack manages records its traffic. Add an aws.ec2.FlowLog with vpcId set to this VPC's id and trafficType \"ALL\" (aws-native: resourceType \"VPC\").",
});

describe("vpc-flow-logs", () => {
  for (const provider of PROVIDERS) {
    for (const form of FORMS) {
      describe(`${provider}, ${form}`, () => {
        it("passes a VPC with a flow log of ALL traffic on it", () => {
          assert.deepStrictEqual(findings(stack(provider, form, [APP], [{ name: "app", on: { vpc: "app" }, trafficType: "ALL" }])), []);
        });
        it("passes a flow log of REJECT traffic (Security Hub EC2.6's trafficType), and refuses it when ALL is required", () => {
          const rejectOnly = stack(provider, form, [APP], [{ name: "app", on: { vpc: "app" }, trafficType: "REJECT" }]);
          assert.deepStrictEqual(findings(rejectOnly), []);
          assert.deepStrictEqual(findings(rejectOnly, { requiredTrafficType: "ALL" }), [
            {
              urn: urnOf(VPC_TYPE[provider], "app"),
              message:
                "VPC 'app' (Name 'acme-app') has flow logs recording REJECT only; they must record all traffic (ALL). Set trafficType \"ALL\".",
            },
          ]);
        });
        it("rejects a VPC whose only flow log records ACCEPT: no rejected packet is recorded", () => {
          assert.deepStrictEqual(findings(stack(provider, form, [APP], [{ name: "app", on: { vpc: "app" }, trafficType: "ACCEPT" }])), [
            {
              urn: urnOf(VPC_TYPE[provider], "app"),
              message:
                "VPC 'app' (Name 'acme-app') has flow logs recording ACCEPT only; they must record rejected traffic (REJECT or ALL). Set trafficType \"ALL\".",
            },
          ]);
        });
        it("passes when any of the VPC's flow logs records rejected traffic", () => {
          const two: FlowLogSpec[] = [
            { name: "accepted", on: { vpc: "app" }, trafficType: "ACCEPT" },
            { name: "rejected", on: { vpc: "app" }, trafficType: "REJECT" },
          ];
          assert.deepStrictEqual(findings(stack(provider, form, [APP], two)), []);
        });
        it("rejects a VPC with no flow log at all", () => {
          assert.deepStrictEqual(findings(stack(provider, form, [APP], [])), [noFlowLog(provider)]);
        });
        it("rejects a VPC whose flow logs are on a subnet or a network interface only", () => {
          const partial: FlowLogSpec[] = [
            { name: "subnet", on: { subnetOf: "app" }, trafficType: "ALL" },
            { name: "eni", on: { eni: "eni-0123456789abcdef0" }, trafficType: "ALL" },
          ];
          assert.deepStrictEqual(findings(stack(provider, form, [APP], partial)), [noFlowLog(provider)]);
        });
        it("rejects a VPC whose flow log lives in another stack (out of scope: absent here), and leaves the other stack's VPC to it", () => {
          const elsewhere: FlowLogSpec[] = [{ name: "shared", on: { otherStackVpcId: "vpc-0fedcba9876543210" }, trafficType: "ALL" }];
          assert.deepStrictEqual(findings(stack(provider, form, [APP], elsewhere)), [noFlowLog(provider)]);
          assert.deepStrictEqual(findings(stack(provider, form, [], elsewhere)), []);
        });
        it("joins each flow log to its own VPC: of two VPCs, only the one without a flow log is reported", () => {
          const vpcs: VpcSpec[] = [{ name: "logged" }, { name: "app", nameTag: "acme-app" }];
          assert.deepStrictEqual(findings(stack(provider, form, vpcs, [{ name: "logged", on: { vpc: "logged" }, trafficType: "ALL" }])), [
            noFlowLog(provider),
          ]);
        });
      });
    }

    describe(`${provider}: exemptions (exemptVpcs) match whole values`, () => {
      const bare = stack(provider, "preview", [APP], []);
      const cases: [string, boolean][] = [
        ["app", true],
        ["acme-app", true],
        ["acme-*", true],
        [urnOf(VPC_TYPE[provider], "app"), true],
        ["urn:pulumi:prod::acme-audit::*::app", true],
        ["ap", false],
        ["acme", false],
        ["cme-app", false],
        ["app-*", false],
        ["a.p", false],
        ["urn:pulumi:prod::acme-audit", false],
      ];
      for (const [pattern, exempt] of cases) {
        it(`${JSON.stringify(pattern)} ${exempt ? "exempts" : "does not exempt"} VPC 'app' (Name 'acme-app')`, () => {
          assert.deepStrictEqual(findings(bare, { exemptVpcs: [pattern] }), exempt ? [] : [noFlowLog(provider)]);
        });
      }
    });
  }

  /**
   * A default VPC the stack adopts with `aws.ec2.DefaultVpc` (v6/v7; aws-native has no such
   * resource) is a VPC of the stack: the same join, the same verdicts, the same exemptions, and
   * `forceDestroy` (what `pulumi destroy` does to it) changes none of them.
   */
  for (const provider of ["v6", "v7"] as const) {
    for (const form of FORMS) {
      describe(`${provider} DefaultVpc, ${form}`, () => {
        const adopted = (forceDestroy: boolean): VpcSpec => ({ name: "default", nameTag: "Default VPC", defaultVpc: { forceDestroy } });
        const noFlowLogOnDefault: StackFinding = {
          urn: urnOf(DEFAULT_VPC_TYPE, "default"),
          message:
            "Default VPC 'default' (Name 'Default VPC') has no flow log in this stack, so nothing this stack manages records its traffic. Add an aws.ec2.FlowLog with vpcId set to this VPC's id and trafficType \"ALL\" (aws-native: resourceType \"VPC\").",
        };
        for (const forceDestroy of [false, true]) {
          it(`passes an adopted default VPC (forceDestroy ${forceDestroy}) with a flow log of ALL traffic on it`, () => {
            assert.deepStrictEqual(
              findings(stack(provider, form, [adopted(forceDestroy)], [{ name: "default", on: { vpc: "default" }, trafficType: "ALL" }])),
              [],
            );
          });
          it(`rejects an adopted default VPC (forceDestroy ${forceDestroy}) with no flow log, naming it as the default VPC`, () => {
            assert.deepStrictEqual(findings(stack(provider, form, [adopted(forceDestroy)], [])), [noFlowLogOnDefault]);
          });
        }
        it("rejects a default VPC whose only flow log records ACCEPT", () => {
          assert.deepStrictEqual(
            findings(stack(provider, form, [adopted(false)], [{ name: "default", on: { vpc: "default" }, trafficType: "ACCEPT" }])),
            [
              {
                urn: urnOf(DEFAULT_VPC_TYPE, "default"),
                message:
                  "Default VPC 'default' (Name 'Default VPC') has flow logs recording ACCEPT only; they must record rejected traffic (REJECT or ALL). Set trafficType \"ALL\".",
              },
            ],
          );
        });
        it("joins each flow log to its own VPC: a flow log on the default VPC leaves a created VPC unlogged, and the other way round", () => {
          const vpcs = [adopted(false), APP];
          assert.deepStrictEqual(findings(stack(provider, form, vpcs, [{ name: "default", on: { vpc: "default" }, trafficType: "ALL" }])), [
            noFlowLog(provider),
          ]);
          assert.deepStrictEqual(findings(stack(provider, form, vpcs, [{ name: "app", on: { vpc: "app" }, trafficType: "ALL" }])), [
            noFlowLogOnDefault,
          ]);
        });
        it("exempts a default VPC by logical name, Name tag or URN (exemptVpcs), and by nothing less", () => {
          const bare = stack(provider, form, [adopted(false)], []);
          for (const pattern of ["default", "Default VPC", urnOf(DEFAULT_VPC_TYPE, "default"), "*::aws:ec2/defaultVpc:DefaultVpc::*"]) {
            assert.deepStrictEqual(findings(bare, { exemptVpcs: [pattern] }), [], pattern);
          }
          for (const pattern of ["Default", "vpc-00000000000000001", urnOf(VPC_TYPE[provider], "default")]) {
            assert.deepStrictEqual(findings(bare, { exemptVpcs: [pattern] }), [noFlowLogOnDefault], pattern);
          }
        });
      });
    }
  }

  describe("unknown values at preview are not violations", () => {
    it("a flow log whose trafficType is unknown", () => {
      const resources = stack("v7", "preview", [APP], [{ name: "app", on: { vpc: "app" }, trafficType: "ACCEPT" }]).map((r) =>
        r.type === "aws:ec2/flowLog:FlowLog" ? { ...r, inputs: { ...r.inputs, trafficType: UNKNOWN } } : r,
      );
      assert.deepStrictEqual(findings(resources), []);
    });
    it("a flow log whose vpcId comes through a subnet (vpcId: subnet.vpcId) is pending at preview and joined by id once deployed", () => {
      const specs: FlowLogSpec[] = [{ name: "app", on: { vpcViaSubnet: "app" }, trafficType: "ALL" }];
      assert.deepStrictEqual(findings(stack("v7", "preview", [APP], specs)), []);
      assert.deepStrictEqual(findings(stack("v7", "export", [APP], specs)), []);
      const accepting: FlowLogSpec[] = [{ name: "app", on: { vpcViaSubnet: "app" }, trafficType: "ACCEPT" }];
      assert.strictEqual(findings(stack("v7", "export", [APP], accepting)).length, 1);
    });
    it("an aws-native flow log whose resourceType is unknown, on this VPC", () => {
      const resources = stack("aws-native", "preview", [APP], [{ name: "app", on: { vpc: "app" }, trafficType: "ALL" }]).map((r) =>
        r.type === "aws-native:ec2:FlowLog" ? { ...r, inputs: { ...r.inputs, resourceType: UNKNOWN } } : r,
      );
      assert.deepStrictEqual(findings(resources), []);
    });
  });

  it("names a flow log that leaves trafficType out", () => {
    const f = findings(stack("v6", "export", [{ name: "app" }], [{ name: "app", on: { vpc: "app" } }]));
    assert.deepStrictEqual(f, [
      {
        urn: urnOf(VPC_TYPE.v6, "app"),
        message:
          "VPC 'app' has flow logs recording no traffic type only; they must record rejected traffic (REJECT or ALL). Set trafficType \"ALL\".",
      },
    ]);
  });

  it("refuses a requiredTrafficType other than REJECT or ALL, naming the setting", () => {
    assert.throws(
      () => findings(stack("v7", "export", [APP], []), { requiredTrafficType: "ACCEPT" }),
      /vpc-flow-logs: requiredTrafficType must be "REJECT" or "ALL", not "ACCEPT"/,
    );
  });

  it("checks nothing in a stack without VPCs", () => {
    assert.deepStrictEqual(
      findings(stack("v7", "export", [], [{ name: "eni", on: { eni: "eni-0123456789abcdef0" }, trafficType: "ACCEPT" }])),
      [],
    );
  });
});
