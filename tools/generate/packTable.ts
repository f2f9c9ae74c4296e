/**
 * The README's policies table, generated from the policies' own metadata (`npm run -s generate`
 * rewrites it; tests/policy/readme.test.ts fails when README and pack disagree).
 */
import type { GeneratedSection } from "./sections";
import { POLICIES } from "../../policy/policies";

function control(framework: { name: string; reference: string } | undefined): string {
  if (!framework) return "";
  return framework.name.startsWith("CIS") ? `CIS ${framework.reference}` : `Security Hub ${framework.reference}`;
}

export function policiesTable(): string {
  const rows = POLICIES.map(
    (p) =>
      `| \`${p.name}\` | ${"validateStack" in p ? "stack" : "resource"} | ${(p.description ?? "").replace(/\|/g, "\\|")} | ${control(p.framework)} | ${p.enforcementLevel ?? "advisory"} |`,
  );
  return ["| policy | scope | what it checks | control | default level |", "| --- | --- | --- | --- | --- |", ...rows].join("\n");
}

export const POLICIES_SECTION: GeneratedSection = {
  name: "policies-table",
  source: "the policies' metadata (policy/policies)",
  body: policiesTable,
};
