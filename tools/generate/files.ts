/**
 * Every generated file of the repository and how it is made: `npm run -s generate` writes them
 * all, tests/generated.test.ts generates them in memory and fails on any that differs from the
 * committed file. CONTRIBUTING.md lists them; .gitattributes marks them linguist-generated.
 */
import * as fs from "fs";
import * as path from "path";
import { ALARM_SECTION } from "./alarmTable";
import { declarationsModule, readArgDeclarations } from "./argDeclarations";
import { CONFIG_SECTION } from "./configTable";
import { PackageSchema } from "./context";
import { LIMITS_SECTION } from "./limitsTable";
import { OUTPUTS_SECTION } from "./outputsTable";
import { POLICIES_SECTION } from "./packTable";
import { PLAN_DIFF_SAMPLE_SECTION, PLAN_DIFF_WARNING_SECTION } from "./planDiffSample";
import { PERMISSIONS_SECTION } from "./permissionsTable";
import { policyBinFiles } from "./policyBin";
import { componentBinFiles } from "./componentBin";
import { analyzePackage, schemaFileText } from "../schema/main";
import { SCHEMA_SOURCES_FILE, committedSchemaSources, schemaSources, schemaSourcesText } from "../schema/sources";
import { providerRulesDoc } from "./providerRulesDoc";
import { withConfigDeclarations } from "./pulumiYaml";
import { GeneratedSection, withSection } from "./sections";
import { HANDLER_SOURCE, generatedModule, transpileHandler } from "../../components/investigate/selfHealingTrail/compile";

export const ROOT = path.join(__dirname, "..", "..");

/** Hand-written documents and the generated sections each holds. */
export const DOCUMENT_SECTIONS: Readonly<Record<string, readonly GeneratedSection[]>> = {
  "README.md": [OUTPUTS_SECTION, CONFIG_SECTION, ALARM_SECTION],
  "docs/permissions.md": [PERMISSIONS_SECTION],
  "docs/limits.md": [LIMITS_SECTION],
  "docs/policy-pack.md": [POLICIES_SECTION],
  "docs/ci.md": [PLAN_DIFF_SAMPLE_SECTION, PLAN_DIFF_WARNING_SECTION],
};

/** Files generated only in part (sections, or everything after a marker line); the rest are wholly generated. */
export const PARTLY_GENERATED: readonly string[] = [...Object.keys(DOCUMENT_SECTIONS), "Pulumi.yaml"];

const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), "utf8");

/**
 * Repository-relative path → the content it should have. Generators read sources from disk, so
 * the result is what one `npm run -s generate` would write now.
 *
 * `schemaFrom`: "analyzer" runs Pulumi's analyzer (`npm run -s generate`); "committed" takes
 * schema.json as committed and fingerprints its sources again (tools/schema/sources.ts), so the
 * record beside it is current only if nothing the schema derives from has changed since.
 */
export async function generatedFiles(schemaFrom: "analyzer" | "committed" = "analyzer"): Promise<Map<string, string>> {
  let schemaText: string;
  let programFiles: readonly string[];
  if (schemaFrom === "analyzer") {
    const analyzed = await analyzePackage();
    schemaText = schemaFileText(analyzed.schema);
    programFiles = analyzed.programFiles;
  } else {
    schemaText = read("schema.json");
    programFiles = committedSchemaSources().programFiles;
  }
  const context = JSON.parse(schemaText) as PackageSchema;
  const declarations = readArgDeclarations();
  const files = new Map<string, string>([
    ["settings/declarations.generated.ts", declarationsModule(declarations)],
    ["Pulumi.yaml", withConfigDeclarations(read("Pulumi.yaml"), declarations)],
    ["docs/provider-rules.md", providerRulesDoc()],
    [
      path.relative(ROOT, path.join(path.dirname(HANDLER_SOURCE), "handlerCode.generated.ts")),
      generatedModule(transpileHandler(fs.readFileSync(HANDLER_SOURCE, "utf8"))),
    ],
  ]);
  for (const [document, sections] of Object.entries(DOCUMENT_SECTIONS)) {
    files.set(
      document,
      sections.reduce((text, section) => withSection(text, section, context, document), read(document)),
    );
  }
  for (const [file, javascript] of policyBinFiles()) files.set(path.relative(ROOT, file), javascript);
  for (const [file, javascript] of componentBinFiles()) files.set(path.relative(ROOT, file), javascript);
  files.set("schema.json", schemaText);
  files.set(SCHEMA_SOURCES_FILE, schemaSourcesText(schemaSources(programFiles, schemaText)));
  return files;
}
