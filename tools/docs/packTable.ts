/** The README's policies table, generated from the policies' own metadata. */
import { POLICIES } from "../../policy/policies";

function control(framework: { name: string; reference: string } | undefined): string {
  if (!framework) return "";
  return framework.name.startsWith("CIS") ? `CIS ${framework.reference}` : `Security Hub ${framework.reference}`;
}

export function policiesTable(): string {
  const rows = POLICIES.map((p) => `| \`${p.name}\` | ${"validateStack" in p ? "stack" : "resource"} | ${(p.description ?? "").replace(/\|/g, "\\|")} | ${control(p.framework)} | ${p.enforcementLevel ?? "advisory"} |`);
  return ["| policy | scope | what it checks | control | default level |", "| --- | --- | --- | --- | --- |", ...rows].join("\n");
}

if (require.main === module) process.stdout.write(`${policiesTable()}\n`);
