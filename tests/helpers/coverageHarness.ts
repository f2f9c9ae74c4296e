/**
 * Builds the baseline plus the logging coverage the component will create (createLoggingCoverage
 * per region, createCentralArchiveDelivery for a member stack) under Pulumi's mocks, with VPC
 * lookups answered from a fixture. Records what `pulumi up` would register.
 */
import * as pulumi from "@pulumi/pulumi";
import { BaselineSettings } from "../../components/settings";
import { RegionBaseline } from "../../components/regionBaseline";
import { createCentralArchiveDelivery } from "../../components/centralArchive";
import { createLoggingCoverage, RegionLoggingCoverage } from "../../components/loggingCoverage";
import { AccountContext } from "../../components/policyDocuments";
import { regionTransformation } from "../../components/regionTransform";
import { GLOBAL_EVENTS_REGION, partitionOf } from "../../lib/regions";
import { MOCK_ACCOUNT_ID, RecordedResource, settle, startMockRuntime } from "../../tools/lib/mockRuntime";
import { PlanResource } from "../../tools/lib/planTypes";
import { PROJECT } from "./baselineHarness";

const TAGS = { "baseline:managed-by": "security-baseline" };

/** Stands in for a RegionBaseline where none is built: the same region transform on every child. */
class RegionScope extends pulumi.ComponentResource {
  constructor(name: string, region: string) {
    super("baseline:test:RegionScope", name, {}, { transformations: [regionTransformation(region)] });
  }
}

export interface CoverageStack {
  readonly resources: PlanResource[];
  /** With each input's dependencies, as the engine hands them to the pack. */
  readonly recorded: RecordedResource[];
  readonly coverage: Record<string, RegionLoggingCoverage>;
  ofType(type: string): PlanResource[];
  named(name: string): PlanResource;
}

/** Answers `aws:ec2/getVpcs:getVpcs` per region from `vpcs`; other calls as the plan's mocks do. */
function answerVpcLookups(vpcs: Readonly<Record<string, readonly string[]>>): void {
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

function built(resources: RecordedResource[], coverage: Record<string, RegionLoggingCoverage>): CoverageStack {
  const plain = resources.map(({ propertyDependencies: _links, ...r }) => r);
  return {
    resources: plain,
    recorded: resources,
    coverage,
    ofType: (type) => plain.filter((r) => r.type === type),
    named: (name) => {
      const found = plain.find((r) => r.name === name);
      if (!found) throw new Error(`no resource named ${name}; have: ${plain.map((r) => r.name).join(", ")}`);
      return found;
    },
  };
}

/**
 * The whole stack, RegionBaseline parts as MonitoringBaseline builds them (but from settings that
 * carry the coverage fields, which MonitoringBaselineArgs does not take yet), plus each region's
 * coverage under that region's part, flow logs delivering to the home archive.
 */
export async function buildCoverageStack(settings: BaselineSettings, vpcs: Readonly<Record<string, readonly string[]>> = {}): Promise<CoverageStack> {
  const recorder = startMockRuntime({ project: PROJECT, stack: "test", config: {} });
  answerVpcLookups(vpcs);
  const account: AccountContext = { accountId: MOCK_ACCOUNT_ID, partition: partitionOf(settings.homeRegion) };
  const ordered = [settings.homeRegion, ...settings.regions.filter((r) => r !== settings.homeRegion)];
  const parts = ordered.map((region) => new RegionBaseline(`baseline-${region}`, { region, scope: region === settings.homeRegion ? "home" : "regional", settings, account }));
  if (!settings.regions.includes(GLOBAL_EVENTS_REGION) && settings.realtimeAlerts) {
    parts.push(new RegionBaseline(`baseline-${GLOBAL_EVENTS_REGION}-global-events`, { region: GLOBAL_EVENTS_REGION, scope: "global-events", settings, account }));
  }
  const home = parts[0];
  const archive = home.logBucketName
    ? { bucketArn: pulumi.interpolate`arn:${account.partition}:s3:::${home.logBucketName}`, ready: [] }
    : undefined;
  const coverage: Record<string, RegionLoggingCoverage> = {};
  for (const part of parts.filter((p) => settings.regions.includes(p.region))) {
    coverage[part.region] = createLoggingCoverage({ name: `baseline-${part.region}`, region: part.region, settings, account, archive, tags: TAGS }, part);
  }
  await settle();
  return built(recorder.recorded(), coverage);
}

/** A member stack's home region delivering to a central archive: what the component creates instead of the local archive. */
export async function buildCentralMember(settings: BaselineSettings): Promise<CoverageStack> {
  if (!settings.centralLogArchive) throw new Error("settings need centralLogArchive");
  const recorder = startMockRuntime({ project: PROJECT, stack: "test", config: {} });
  const account: AccountContext = { accountId: MOCK_ACCOUNT_ID, partition: partitionOf(settings.homeRegion) };
  const name = `baseline-${settings.homeRegion}`;
  createCentralArchiveDelivery(
    { name, region: settings.homeRegion, settings, central: settings.centralLogArchive, account, tags: TAGS },
    new RegionScope(name, settings.homeRegion),
  );
  await settle();
  return built(recorder.recorded(), {});
}
