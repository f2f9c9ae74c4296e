/**
 * The policy pack's verdict on the head plan, as plan-diff reports it. Computing it needs the
 * pack process (tools/lib/packClient.ts); rendering only needs this value, so the renderer is
 * pure and tests pass verdicts in directly.
 */
import type { Violation } from "../lib/packClient";
import { compare } from "./planDiff";

export type { Violation };

export type VerdictStatus = "passed" | "advisory" | "failed" | "not-run";

export interface PolicyVerdict {
  /** failed: a mandatory violation (`pulumi preview` with the pack would fail); advisory: only advisory ones. */
  readonly status: VerdictStatus;
  /** Sorted by policy, URN, message. Disabled-level results are left out. */
  readonly violations: readonly Violation[];
  /** Why the pack did not run (status not-run). */
  readonly reason?: string;
}

export function verdictFrom(violations: readonly Violation[]): PolicyVerdict {
  const reported = violations
    .filter((v) => v.enforcementLevel !== "disabled")
    .sort((a, b) => compare(a.policy, b.policy) || compare(a.urn, b.urn) || compare(a.message, b.message));
  const blocking = reported.some((v) => v.enforcementLevel === "mandatory" || v.enforcementLevel === "remediate");
  return { status: blocking ? "failed" : reported.length > 0 ? "advisory" : "passed", violations: reported };
}

export function notRun(reason: string): PolicyVerdict {
  return { status: "not-run", violations: [], reason };
}
