/**
 * The README's "Stack outputs" table, generated from the component package's schema: the
 * outputs of MonitoringBaseline as Pulumi's analyzer reads them from the doc comments in
 * components/monitoringBaseline.ts, which index.ts exports one for one as the stack's outputs
 * (`npm run -s generate` rewrites it; tests/generated.test.ts fails when it is stale).
 */
import type { ComponentSchema, SchemaProperty } from "./context";
import type { GeneratedSection } from "./sections";

/** The component's token in the package schema. */
export const MONITORING_BASELINE = "baseline:index:MonitoringBaseline";

function typeOf(p: SchemaProperty): string {
  if (p.$ref) return p.$ref.replace(/^#\/types\/baseline:index:/, "");
  if (p.type === "array" && p.items) return `list of ${typeOf(p.items)}`;
  if (p.type === "object" && p.additionalProperties) return `map of ${typeOf(p.additionalProperties)}`;
  return p.type ?? "any";
}

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function outputsTable(outputs: Pick<ComponentSchema, "properties" | "required">): string {
  return [
    "| output | type | always | what it is |",
    "| --- | --- | --- | --- |",
    ...Object.entries(outputs.properties).map(
      ([name, p]) => `| \`${name}\` | ${typeOf(p)} | ${outputs.required.includes(name) ? "yes" : "no"} | ${cell(p.description ?? "")} |`,
    ),
  ].join("\n");
}

export const OUTPUTS_SECTION: GeneratedSection = {
  name: "outputs-table",
  source: "components/monitoringBaseline.ts",
  body: (schema) => outputsTable(schema.resources[MONITORING_BASELINE]),
};
