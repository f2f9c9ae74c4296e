/**
 * `npm run -s schema`: prints the component package's schema as Pulumi derives it when a program
 * runs `pulumi package add` on this repository: Pulumi's own analyzer
 * (@pulumi/pulumi/provider/experimental) reading MonitoringBaseline's typed arguments and outputs
 * and their doc comments, from the entry in package.json. Nothing here is written by hand.
 */
import * as path from "path";
import { EXIT_OK, defineCommand, lazyBody, runMain } from "../lib/cli";

const SCHEMA_COMMAND = defineCommand({
  name: "schema",
  summary:
    "Prints the component package's schema (JSON), derived by Pulumi's analyzer from MonitoringBaseline's source, as `pulumi package add` derives it.",
  usage: "",
  flags: {},
  exitCodes: { 0: "the schema is printed", 1: "not used by schema" },
});

/** The component provider `pulumi package add` runs (provider.ts), without serving it. */
export async function componentProvider() {
  const { ComponentProvider } = await import("@pulumi/pulumi/provider/experimental");
  const { COMPONENT_PACKAGE } = await import("../../component");
  return new ComponentProvider({ ...COMPONENT_PACKAGE, dirname: path.join(__dirname, "..", "..") });
}

/** The schema, as the component provider answers GetSchema. */
export async function packageSchema(provider?: Awaited<ReturnType<typeof componentProvider>>): Promise<Record<string, unknown>> {
  return JSON.parse(await (provider ?? (await componentProvider())).getSchema()) as Record<string, unknown>;
}

if (require.main === module) {
  void runMain(
    SCHEMA_COMMAND,
    lazyBody(async () => ({
      main: async (_args, io) => {
        io.out(`${JSON.stringify(await packageSchema(), null, 2)}\n`);
        return EXIT_OK;
      },
    })),
  );
}
