/**
 * The README's policies table, generated from the policies' own metadata (`npm run -s docs`
 * rewrites it; tests/policy/readme.test.ts fails when README and pack disagree).
 */
import { POLICIES } from "../../policy/policies";

function control(framework: { name: string; reference: string } | undefined): string {
  if (!framework) return "";
  return framework.name.startsWith("CIS") ? `CIS ${framework.reference}` : `Security Hub ${framework.reference}`;
}

export function policiesTable(): string {
  const rows = POLICIES.map((p) => `| \`${p.name}\` | ${"validateStack" in p ? "stack" : "resource"} | ${(p.description ?? "").replace(/\|/g, "\\|")} | ${control(p.framework)} | ${p.enforcementLevel ?? "advisory"} |`);
  return ["| policy | scope | what it checks | control | default level |", "| --- | --- | --- | --- | --- |", ...rows].join("\n");
}

const TABLE = /(<!-- policies-table:[^>]*-->\n)[\s\S]*?(\n<!-- \/policies-table -->)/;

/** README text with the generated table between its markers. */
export function withPoliciesTable(readme: string): string {
  if (!TABLE.test(readme)) throw new Error("README.md lacks the policies table markers <!-- policies-table: … --> … <!-- /policies-table -->");
  return readme.replace(TABLE, (_match, start: string, end: string) => `${start}${policiesTable()}${end}`);
}

if (require.main === module) process.stdout.write(`${policiesTable()}\n`);
