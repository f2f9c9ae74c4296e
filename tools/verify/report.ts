/**
 * One result per link of the chain trail → log group → filter → alarm → topic → inbox, and the
 * two ways of printing them. The JSON form is a contract (documented in docs/operations.md):
 * `{"stack": str, "checks": [{"id": str, "status": "ok"|"warn"|"fail", "detail": str, "fix": str|null}],
 *   "realtimeHealth": {region: {"invocations": n, "failedInvocations": n, "rules": {ruleName: {"invocations": n, "failedInvocations": n}}}},
 *   "findingRulesHealth": {the same, for the GuardDuty, Security Hub and AWS Config finding rules}}`
 * (`realtimeHealth` and `findingRulesHealth` added later; fields are only ever added).
 */
export type CheckStatus = "ok" | "warn" | "fail";

export interface Check {
  /** Stable dotted id, e.g. `trail.logging`, `filter.root-account-usage.matches`. */
  readonly id: string;
  readonly status: CheckStatus;
  /** What was found. */
  readonly detail: string;
  /** What to do about it; null when nothing needs doing. */
  readonly fix: string | null;
}

/** A rule's invocations of its target in the last 24 hours (tools/verify/realtimeHealth.ts reads them). */
export interface RuleHealth {
  readonly invocations: number;
  readonly failedInvocations: number;
}

export interface RegionHealth extends RuleHealth {
  /** Rule name → its counts. */
  readonly rules: Record<string, RuleHealth>;
}

/** Region → health; regions whose metrics could not be read are absent. */
export type RealtimeHealth = Record<string, RegionHealth>;

export interface VerifyReport {
  readonly stack: string;
  readonly checks: readonly Check[];
  /** The last 24 hours of the real-time rules' invocations, per region. */
  readonly realtimeHealth: RealtimeHealth;
  /** The same for the finding rules (GuardDuty, Security Hub, AWS Config); empty without them. */
  readonly findingRulesHealth: RealtimeHealth;
}

export const ok = (id: string, detail: string): Check => ({ id, status: "ok", detail, fix: null });
export const warn = (id: string, detail: string, fix: string | null): Check => ({ id, status: "warn", detail, fix });
export const fail = (id: string, detail: string, fix: string): Check => ({ id, status: "fail", detail, fix });

/** `ok|warn|fail  <check>  <detail> Fix: <fix>`, ids padded to one column, then a count. */
export function formatText(report: VerifyReport): string {
  const width = Math.max(0, ...report.checks.map((c) => c.id.length));
  const lines = report.checks.map(
    (c) => `${c.status.padEnd(4)}  ${c.id.padEnd(width)}  ${c.detail}${c.fix === null ? "" : ` Fix: ${c.fix}`}`,
  );
  const count = (status: CheckStatus): number => report.checks.filter((c) => c.status === status).length;
  lines.push(`${report.stack}: ${count("ok")} ok, ${count("warn")} warn, ${count("fail")} fail`);
  return `${lines.join("\n")}\n`;
}

export function formatJson(report: VerifyReport): string {
  const checks = report.checks.map(({ id, status, detail, fix }) => ({ id, status, detail, fix }));
  return `${JSON.stringify({ stack: report.stack, checks, realtimeHealth: report.realtimeHealth, findingRulesHealth: report.findingRulesHealth }, null, 2)}\n`;
}

/** 0 when no check fails (warnings do not), 1 otherwise. */
export function exitCodeOf(report: VerifyReport): number {
  return report.checks.some((c) => c.status === "fail") ? 1 : 0;
}
