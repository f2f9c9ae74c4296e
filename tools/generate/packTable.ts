/**
 * The policies table of docs/policy-pack.md, generated from the policies' own metadata (`npm run -s
 * generate` rewrites it; tests/generated.test.ts fails when the page and the pack disagree).
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
