/**
 * The component package's provider, as `@pulumi/awsx` ships its own: it answers `GetSchema` with
 * the committed schema.json and `Construct` by building MonitoringBaseline, so the plugin starts
 * without Pulumi's schema analyzer and without TypeScript.
 *
 * It does what Pulumi's source-based `ComponentProvider` does (@pulumi/pulumi 3.248.0,
 * provider/experimental/provider.js: `getSchema` runs the analyzer over the TypeScript sources,
 * `construct` checks the type token, builds the class and answers with the outputs the schema
 * lists), with the analyzer's answer read from the file `npm run -s generate` writes from it
 * (tests/package/schema.test.ts holds the file to the analyzer's output). The component's
 * modules (and @pulumi/aws) load at the first Construct: `pulumi package add` asks only for the
 * schema, and gets it without waiting for them.
 */
import type * as pulumi from "@pulumi/pulumi";
import type * as provider from "@pulumi/pulumi/provider";
import type { MonitoringBaselineArgs } from "./settings/args";

/** The part of the package schema the provider reads: its version and each component's outputs. */
interface ServedSchema {
  readonly version: string;
  readonly resources: Readonly<Record<string, { readonly properties?: Readonly<Record<string, unknown>> }>>;
}

export class BaselineProvider implements provider.Provider {
  readonly version: string;
  private readonly served: ServedSchema;

  /** `schemaText`: schema.json as committed; answered to GetSchema as it is. */
  constructor(private readonly schemaText: string) {
    this.served = JSON.parse(schemaText) as ServedSchema;
    this.version = this.served.version;
  }

  async getSchema(): Promise<string> {
    return this.schemaText;
  }

  async construct(
    name: string,
    type: string,
    inputs: pulumi.Inputs,
    options: pulumi.ComponentResourceOptions,
  ): Promise<provider.ConstructResult> {
    const { MONITORING_BASELINE_TYPE, MonitoringBaseline } = await import("./components/monitoringBaseline");
    const outputNames = Object.keys(this.served.resources[type]?.properties ?? {});
    if (type !== MONITORING_BASELINE_TYPE || outputNames.length === 0) {
      throw new Error(`unknown resource type ${type}; this package has ${MONITORING_BASELINE_TYPE}`);
    }
    // The component validates its arguments itself (the same one-line-per-problem error as a stack's config).
    const baseline = new MonitoringBaseline(name, inputs as MonitoringBaselineArgs, options);
    const outputs = baseline as unknown as Readonly<Record<string, unknown>>;
    return { urn: baseline.urn, state: Object.fromEntries(outputNames.map((key) => [key, outputs[key]])) };
  }
}
