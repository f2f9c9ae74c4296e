/**
 * `npm run -s schema`: prints the component package's schema as Pulumi's analyzer derives it
 * (@pulumi/pulumi/provider/experimental) from MonitoringBaseline's typed arguments and outputs and
 * their doc comments. `npm run -s generate` writes it to schema.json, which the plugin serves
 * (componentProvider.ts); tests/package/schema.test.ts holds the file to this output.
 */
import * as path from "path";
import * as ts from "typescript";
import { EXIT_OK, defineCommand, lazyBody, runMain } from "../lib/cli";

const SCHEMA_COMMAND = defineCommand({
  name: "schema",
  summary:
    "Prints the component package's schema (JSON), derived by Pulumi's analyzer from MonitoringBaseline's source; `npm run -s generate` writes it to schema.json, which the plugin serves.",
  usage: "",
  flags: {},
  exitCodes: { 0: "the schema is printed", 1: "not used by schema" },
});

const ROOT = path.join(__dirname, "..", "..");

/**
 * What a source-based `ComponentProvider` answers to GetSchema (@pulumi/pulumi 3.248.0,
 * provider/experimental/provider.js `getSchema`: the analyzer over the package folder, then
 * `generateSchema`), with the analysis entered at the TypeScript source of the package's entry:
 * package.json's `main` names the compiled bin/component.js, which the analyzer cannot read.
 */
export async function packageSchema(): Promise<Record<string, unknown>> {
  return (await analyzePackage()).schema;
}

/**
 * The schema, and the repository's files the analyzer read (relative paths, sorted; node_modules
 * left out, since package-lock.json pins it): what the schema is derived from, which
 * tools/schema/sources.ts fingerprints.
 */
export async function analyzePackage(): Promise<{ schema: Record<string, unknown>; programFiles: string[] }> {
  const { Analyzer } = await import("@pulumi/pulumi/provider/experimental/analyzer");
  const { generateSchema } = await import("@pulumi/pulumi/provider/experimental/schema");
  const { COMPONENT_PACKAGE } = await import("../../component");
  const packageJson = (await import("../../package.json")).default as { version: string; description: string };
  const names = new Set(COMPONENT_PACKAGE.components.map((component) => component.name));
  // Every file the analyzer's program reads goes through ts.sys.readFile (its compiler host is
  // TypeScript's default one), so recording those reads lists what the schema is derived from.
  const read = new Set<string>();
  const readFile = ts.sys.readFile;
  ts.sys.readFile = (file, encoding) => {
    read.add(file);
    return readFile(file, encoding);
  };
  let analyzer: InstanceType<typeof Analyzer>;
  try {
    analyzer = new Analyzer(ROOT, COMPONENT_PACKAGE.name, { ...packageJson, main: "component.ts" }, names);
  } finally {
    ts.sys.readFile = readFile;
  }
  const { components, typeDefinitions, dependencies } = analyzer.analyze();
  const schema = generateSchema(
    COMPONENT_PACKAGE.name,
    packageJson.version,
    packageJson.description,
    components,
    typeDefinitions,
    dependencies,
  );
  const programFiles = [...read]
    .map((file) => path.relative(ROOT, file).split(path.sep).join("/"))
    .filter((file) => !file.startsWith("..") && !file.split("/").includes("node_modules"))
    .sort();
  // As the provider answers it: serialised, so only what JSON carries.
  return { schema: JSON.parse(JSON.stringify(schema)) as Record<string, unknown>, programFiles };
}

/** schema.json's text: the schema as `npm run -s generate` writes it. */
export function schemaFileText(schema: Readonly<Record<string, unknown>>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (require.main === module) {
  void runMain(
    SCHEMA_COMMAND,
    lazyBody(async () => ({
      main: async (_args, io) => {
        io.out(schemaFileText(await packageSchema()));
        return EXIT_OK;
      },
    })),
  );
}
