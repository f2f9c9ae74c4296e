/** The two report formats of `audit`. */
import { sortViolations, Violation } from "../lib/packClient";

export interface StackViolations {
  readonly stack: string;
  readonly file: string;
  readonly violations: readonly Violation[];
}

/** `{"violations": [...]}` exactly: policy, urn, enforcementLevel, message; sorted and stable. */
export function jsonReport(results: readonly StackViolations[]): string {
  const violations = sortViolations(results.flatMap((r) => r.violations)).map((v) => ({
    policy: v.policy,
    urn: v.urn,
    enforcementLevel: v.enforcementLevel,
    message: v.message,
  }));
  return JSON.stringify({ violations }, null, 2);
}

/** Grouped by stack, then policy; each violation names the resource and what to do. */
export function textReport(results: readonly StackViolations[]): string {
  const lines: string[] = [];
  for (const result of results) {
    const mandatory = result.violations.filter((v) => v.enforcementLevel === "mandatory").length;
    lines.push(`Stack ${result.stack} (${result.file}): ${result.violations.length} violation(s), ${mandatory} mandatory`);
    const byPolicy = new Map<string, Violation[]>();
    for (const v of sortViolations(result.violations)) {
      byPolicy.set(v.policy, [...(byPolicy.get(v.policy) ?? []), v]);
    }
    for (const policy of [...byPolicy.keys()].sort()) {
      const list = byPolicy.get(policy)!;
      lines.push(`  ${policy} [${list[0].enforcementLevel}]`);
      for (const v of list) {
        lines.push(`    - ${v.urn || "(stack)"}`);
        lines.push(`      ${v.message.replace(/\n/g, "\n      ")}`);
      }
    }
    if (result.violations.length === 0) lines.push("  no violations");
    lines.push("");
  }
  return lines.join("\n");
}

export function hasMandatory(results: readonly StackViolations[]): boolean {
  return results.some((r) => r.violations.some((v) => v.enforcementLevel === "mandatory"));
}
