/**
 * The bound on a run: one signal that every AWS call carries, aborted when the run's time is up
 * (`--timeout`), when a call has gone unanswered for the unanswered budget (answers.ts), or
 * when the user interrupts (SIGINT, SIGTERM). What stopped the run decides the message and the
 * exit code.
 */
import { setMaxListeners } from "events";
import { EXIT_USAGE, RunOptions, SIGNAL_EXIT, StopSignal } from "../cli";
import { InputError } from "../stackOutputs";
import { AnswerWatch, describeNoAnswer, NoAnswer, UNANSWERED_BUDGET_MS, Waiting } from "./answers";

/** "unanswered": a call got no answer, and its budget ran out. */
export type StopReason = "deadline" | "unanswered" | StopSignal;

/**
 * How the live tools run as processes (tools/lib/cli.ts `runMain`): the first SIGINT/SIGTERM
 * aborts the run so the tool stops its calls, cleans up (the drill deletes what it created) and
 * reports; a reader closing the pipe does not cut the run short either (the tool finishes, then
 * exits 141).
 */
export const LIVE_RUN_OPTIONS: RunOptions = { inputErrors: [InputError], interrupt: "abort", closedPipe: "finish" };

/** A signal's shell code (128 + its number); the deadline and no answer are "could not finish" (2). */
export function exitCodeForStop(reason: StopReason): number {
  return reason === "deadline" || reason === "unanswered" ? EXIT_USAGE : SIGNAL_EXIT[reason];
}

/** The one line for a run AWS did not answer. */
export function noAnswerMessage(tool: string, from: NoAnswer): string {
  return `${tool}: no answer from ${describeNoAnswer(from)}; check the network path to AWS (proxy, VPC endpoint, firewall) and retry.`;
}

export class RunControl {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private stoppedBy: StopReason | undefined;
  /** At the deadline: the request that was waiting longest for its answer. */
  private waitedOn: Waiting | undefined;
  /** Which calls go unanswered; its budget stops the run. */
  readonly watch: AnswerWatch;

  /**
   * `interrupt` is aborted by the process's signal handlers, with the signal's name as reason;
   * `unansweredMs` is how long after an unanswered call was sent the run stops.
   */
  constructor(
    readonly seconds: number,
    interrupt?: AbortSignal,
    readonly unansweredMs: number = UNANSWERED_BUDGET_MS,
  ) {
    this.watch = new AnswerWatch(unansweredMs, () => this.stop("unanswered"));
    // Each call in flight listens on the signal (the SDK's request and its wait between retries),
    // and verify has dozens in flight at once: no "possible memory leak" warning on stderr.
    setMaxListeners(0, this.controller.signal);
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

  /** The first call AWS did not answer: once there is one, the run cannot end well. */
  get unanswered(): NoAnswer | undefined {
    return this.watch.unanswered;
  }

  stop(reason: StopReason): void {
    if (this.stoppedBy !== undefined) return;
    this.stoppedBy = reason;
    if (reason === "deadline") this.waitedOn = this.watch.longestWaiting();
    clearTimeout(this.timer);
    this.watch.close();
    this.controller.abort(reason);
  }

  /** For work that swallows each call's error (verify's checks): stop here if the run was stopped or a call went unanswered. */
  throwIfStopped(): void {
    if (this.stoppedBy !== undefined || this.unanswered !== undefined) {
      throw Object.assign(new Error(`stopped: ${this.stoppedBy ?? "unanswered"}`), { name: "AbortError" });
    }
  }

  /** The run ended by itself: the deadline and the unanswered budget no longer apply. */
  finish(): void {
    clearTimeout(this.timer);
    this.watch.close();
  }

  /** Why this run's calls were cut short, once it was stopped (StoppedError's message). */
  stoppedWhy(): string | undefined {
    switch (this.stoppedBy) {
      case undefined:
        return undefined;
      case "deadline":
        return `its time limit of ${this.seconds} s passed`;
      case "unanswered":
        return `no answer from ${describeNoAnswer(this.unanswered!)}`;
      default:
        return `by ${this.stoppedBy}`;
    }
  }

  /** The one line for a run that was stopped, or in which a call went unanswered. */
  stopMessage(tool: string): string {
    switch (this.stoppedBy) {
      case "SIGINT":
      case "SIGTERM":
        return `${tool} stopped by ${this.stoppedBy}.`;
      case "deadline": {
        const on = this.waitedOn;
        return on === undefined
          ? `${tool} stopped: its time limit of ${this.seconds} s (--timeout) passed.`
          : `${tool} stopped: its time limit of ${this.seconds} s (--timeout) passed while waiting for ${on.endpoint} (${on.region}) to answer; check the network path to AWS (proxy, VPC endpoint, firewall), or allow more with --timeout.`;
      }
      default:
        return noAnswerMessage(tool, this.unanswered!);
    }
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
