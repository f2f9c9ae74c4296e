/**
 * Builds the baseline with its logging coverage (vpcFlowLogs, memberAccounts, centralLogArchive,
 * residencyTrails) under Pulumi's mocks, with VPC lookups answered from a fixture. Records what
 * `pulumi up` would register.
 */
import * as pulumi from "@pulumi/pulumi";
import { MonitoringBaseline } from "../../components/monitoringBaseline";
import { MonitoringBaselineArgs } from "../../settings/args";
import { RecordedResource, settle, startMockRuntime } from "../../tools/lib/mockRuntime";
import { PlanResource } from "../../tools/lib/planTypes";
import { PROJECT } from "./baselineHarness";

export interface CoverageStack {
  readonly resources: PlanResource[];
  /** With each input's dependencies, as the engine hands them to the pack. */
  readonly recorded: RecordedResource[];
  ofType(type: string): PlanResource[];
  named(name: string): PlanResource;
}

/** Answers `aws:ec2/getVpcs:getVpcs` per region from `vpcs`; other calls as the plan's mocks do. */
export function answerVpcLookups(vpcs: Readonly<Record<string, readonly string[]>>): void {
  const monitor = pulumi.runtime.getMonitor() as unknown as { mocks: pulumi.runtime.Mocks };
  const call = monitor.mocks.call.bind(monitor.mocks);
  monitor.mocks.call = (args: pulumi.runtime.MockCallArgs) => {
    if (args.token === "aws:ec2/getVpcs:getVpcs") {
      const region = String(args.inputs.region);
      return { ids: [...(vpcs[region] ?? [])], region, id: region };
    }
    return call(args);
  };
}

function built(resources: RecordedResource[]): CoverageStack {
  const plain = resources.map(({ propertyDependencies: _links, ...r }) => r);
  return {
    resources: plain,
    recorded: resources,
    ofType: (type) => plain.filter((r) => r.type === type),
    named: (name) => {
      const found = plain.find((r) => r.name === name);
      if (!found) throw new Error(`no resource named ${name}; have: ${plain.map((r) => r.name).join(", ")}`);
      return found;
    },
  };
}

/**
 * The whole stack as the component builds it from `args` (MonitoringBaseline: its region parts
 * create each region's coverage, flow logs delivering to the home archive), VPC lookups answered
 * from `vpcs`.
 */
export async function buildCoverageStack(
  args: MonitoringBaselineArgs,
  vpcs: Readonly<Record<string, readonly string[]>> = {},
): Promise<CoverageStack> {
  const recorder = startMockRuntime({ project: PROJECT, stack: "test", config: {} });
  answerVpcLookups(vpcs);
  new MonitoringBaseline("baseline", args);
  await settle();
  return built(recorder.recorded());
}

/** A member stack delivering to a central archive (`args.centralLogArchive`). */
export async function buildCentralMember(args: MonitoringBaselineArgs): Promise<CoverageStack> {
  if (!args.centralLogArchive) throw new Error("args need centralLogArchive");
  return buildCoverageStack(args);
}
