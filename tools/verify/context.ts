/** What every check needs: the outputs, the clients, a clock, and throttle-aware calls. */
import { StackOutputs } from "../lib/stackOutputs";
import { ClientsForRegion } from "../lib/live/clients";
import { Check, fail } from "./report";
import { Sleep, withThrottleRetry } from "../lib/live/retry";
import { CorpusSelector } from "./corpus";

export interface VerifyContext {
  readonly outputs: StackOutputs;
  /** The caller's account (STS), which is the stack's. */
  readonly account: string;
  readonly clients: ClientsForRegion;
  readonly now: () => Date;
  readonly sleep: Sleep;
  readonly corpus: CorpusSelector;
}

export function callAws<T>(ctx: VerifyContext, call: () => Promise<T>): Promise<T> {
  return withThrottleRetry(call, { sleep: ctx.sleep });
}

export function errorName(err: unknown): string {
  return (err as { name?: string }).name ?? "Error";
}

/** A call AWS refused or that failed for another reason than the one the check looks for. */
export function couldNotRead(id: string, err: unknown, permission: string): Check {
  const error = err as Error;
  return fail(
    id,
    `Could not read it: ${errorName(err)}: ${error.message}`,
    `Check the credentials and region; the caller needs ${permission}.`,
  );
}

/** Drift fix: the stack is the source of truth. */
export const RESTORE_WITH_PULUMI = "It was changed outside Pulumi: run `pulumi up` for this stack to restore it.";

export function formatAge(ms: number): string {
  const minutes = Math.floor(ms / 60000);
  if (minutes < 1) return "under a minute";
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} days`;
}
