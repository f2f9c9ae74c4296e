/**
 * The bound on a run: one signal that every AWS call carries, aborted when the run's time is up
 * (`--timeout`) or when the user interrupts (SIGINT, SIGTERM). What stopped the run decides the
 * message and the exit code.
 */
import { EXIT_USAGE, RunOptions, SIGNAL_EXIT, StopSignal } from "../cli";
import { InputError } from "../stackOutputs";

export type StopReason = "deadline" | StopSignal;

/**
 * How the live tools run as processes (tools/lib/cli.ts `runMain`): the first SIGINT/SIGTERM
 * aborts the run so the tool stops its calls, cleans up (the drill deletes what it created) and
 * reports; a reader closing the pipe does not cut the run short either (the tool finishes, then
 * exits 141).
 */
export const LIVE_RUN_OPTIONS: RunOptions = { inputErrors: [InputError], interrupt: "abort", closedPipe: "finish" };

/** A signal's shell code (128 + its number); the deadline is "could not finish" (2). */
export function exitCodeForStop(reason: StopReason): number {
  return reason === "deadline" ? EXIT_USAGE : SIGNAL_EXIT[reason];
}

export class RunControl {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private stoppedBy: StopReason | undefined;

  /** `interrupt` is aborted by the process's signal handlers, with the signal's name as reason. */
  constructor(
    readonly seconds: number,
    interrupt?: AbortSignal,
  ) {
    this.timer = setTimeout(() => this.stop("deadline"), seconds * 1000);
    if (interrupt !== undefined) {
      const onInterrupt = (): void => this.stop(interrupt.reason === "SIGTERM" ? "SIGTERM" : "SIGINT");
      if (interrupt.aborted) onInterrupt();
      else interrupt.addEventListener("abort", onInterrupt, { once: true });
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get stopReason(): StopReason | undefined {
    return this.stoppedBy;
  }

  stop(reason: StopReason): void {
    if (this.stoppedBy !== undefined) return;
    this.stoppedBy = reason;
    clearTimeout(this.timer);
    this.controller.abort(reason);
  }

  /** For work that swallows each call's error (verify's checks): stop here if the run was stopped. */
  throwIfStopped(): void {
    if (this.stoppedBy !== undefined) throw Object.assign(new Error(`stopped: ${this.stoppedBy}`), { name: "AbortError" });
  }

  /** The run ended by itself: the deadline no longer applies. */
  finish(): void {
    clearTimeout(this.timer);
  }

  /** Why the run stopped early; `midCall` when it stopped waiting for AWS to answer. */
  stopMessage(tool: string, midCall: boolean): string {
    if (this.stoppedBy === "deadline") {
      const hint = midCall
        ? " AWS did not answer in time: check the network, a proxy or AWS_ENDPOINT_URL, or allow more with --timeout."
        : "";
      return `${tool} stopped: its time limit of ${this.seconds} s (--timeout) passed.${hint}`;
    }
    return `${tool} stopped by ${this.stoppedBy}.`;
  }
}

/** A sleep that ends early when the signal aborts, so a stopped run does not wait out a poll. */
export function abortableSleep(sleep: (ms: number) => Promise<void>, signal: AbortSignal): (ms: number) => Promise<void> {
  return (ms) =>
    signal.aborted
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const done = (): void => {
            signal.removeEventListener("abort", done);
            resolve();
          };
          signal.addEventListener("abort", done, { once: true });
          void sleep(ms).then(done);
        });
}
