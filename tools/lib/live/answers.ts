/**
 * Which AWS calls get no answer, and for how long a run goes on once one has not.
 *
 * A call is unanswered when an attempt of it times out at the network level: the connection is
 * not made within the connection timeout, or no response comes within the request timeout
 * (Smithy NodeHttpHandler, `name: "TimeoutError"`). The SDK retries such an attempt (up to
 * `maxAttempts`), and each retry waits as long again, so without a bound of its own one dead
 * endpoint costs minutes per call, and every later call of the run pays again.
 *
 * The bound: once an attempt of a call has timed out, the run stops when `budgetMs` have passed
 * since that call was sent, unless the call got an answer meanwhile (a retry succeeded). A call
 * whose every attempt timed out leaves the run stopping at that time too; until then the run
 * goes on (verify's other checks, the drill's other changes may be answered), but it cannot end
 * well: it ends with one line naming the endpoint, the region and the timeout that expired.
 *
 * The send wrapper (clients.ts) runs each call inside `AnswerWatch.call`, and the request
 * handler reports each attempt through `watchAttempt`; AsyncLocalStorage ties the attempts to
 * their call (the SDK's middleware stack runs in the call's async context).
 */
import { AsyncLocalStorage } from "async_hooks";

/** Once a call goes unanswered, the run stops this long after that call was sent. */
export const UNANSWERED_BUDGET_MS = 60_000;

/** Where a call went unanswered, and which per-attempt timeout expired. */
export interface NoAnswer {
  /** The endpoint's host name, with the port when it is not the scheme's default (a local AWS_ENDPOINT_URL). */
  readonly endpoint: string;
  readonly region: string;
  /** The timeout that expired on the attempt, in milliseconds. */
  readonly timeoutMs: number;
}

/** `30 s`, `5 s`, `0.2 s`. */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** `logs.eu-west-1.amazonaws.com (eu-west-1) within 30 s` */
export function describeNoAnswer(from: NoAnswer): string {
  return `${from.endpoint} (${from.region}) within ${formatSeconds(from.timeoutMs)}`;
}

/** A call AWS did not answer: every attempt timed out, or the run stopped while it waited. */
export class NoAnswerError extends Error {
  constructor(
    readonly from: NoAnswer,
    options?: { cause?: unknown },
  ) {
    super(`no answer from ${describeNoAnswer(from)}`, options);
    this.name = "NoAnswerError";
  }
}

/** A call cut short because its run (or the drill's cleanup) was stopped: `why` says by what. */
export class StoppedError extends Error {
  constructor(why: string, options?: { cause?: unknown }) {
    super(`stopped: ${why}`, options);
    this.name = "StoppedError";
  }
}

/** An error as one line for a report: our own errors say it all; AWS's keep their name. */
export function describeError(err: unknown): string {
  if (err instanceof NoAnswerError || err instanceof StoppedError) return err.message;
  const error = err as { name?: string; message?: string };
  return `${error.name ?? "Error"}: ${error.message ?? String(err)}`;
}

/**
 * The per-attempt timeout an error of the request handler reports, in milliseconds, or
 * undefined when it is not a network-level timeout. The three messages are those of
 * @smithy/node-http-handler (connectionTimeout, requestTimeout with throwOnRequestTimeout,
 * socketTimeout); its other "TimeoutError"s (ECONNRESET, EPIPE) are answers of a kind.
 */
export function networkTimeoutOf(err: unknown): number | undefined {
  const error = err as { name?: unknown; message?: unknown } | null;
  if (error?.name !== "TimeoutError" || typeof error.message !== "string") return undefined;
  const match =
    /did not establish a connection with the server within the configured timeout of (\d+) ms/.exec(error.message) ??
    /exceeded the configured (\d+) ms requestTimeout/.exec(error.message) ??
    /socket timed out after (\d+) ms of inactivity/.exec(error.message);
  return match === null ? undefined : Number(match[1]);
}

function isAbortError(err: unknown): boolean {
  return (err as { name?: unknown } | null)?.name === "AbortError";
}

/** The host a request goes to, as a user finds it in a proxy or firewall log. */
export function endpointOf(request: { hostname?: string; port?: number; protocol?: string }): string {
  const host = request.hostname ?? "unknown host";
  const defaultPort = request.protocol === "http:" ? 80 : 443;
  return request.port === undefined || request.port === defaultPort ? host : `${host}:${request.port}`;
}

/** A request on the wire, not answered yet. */
export interface Waiting {
  readonly endpoint: string;
  readonly region: string;
  readonly since: number;
}

interface Call {
  readonly watch: AnswerWatch;
  readonly region: string;
  readonly sentAt: number;
  /** The latest network timeout of one of its attempts. */
  noAnswer?: NoAnswer;
  budget?: NodeJS.Timeout;
}

const currentCall = new AsyncLocalStorage<Call>();

/**
 * One run's view of its calls: which requests are waiting, which call went unanswered first,
 * and the budget timers. `expired` is called once, when a budget runs out.
 */
export class AnswerWatch {
  private first: NoAnswer | undefined;
  private readonly waiting = new Set<Waiting>();
  private readonly budgets = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(
    readonly budgetMs: number,
    private readonly expired: (from: NoAnswer) => void,
  ) {}

  /** The first call that got no answer (every attempt timed out, or its budget ran out). */
  get unanswered(): NoAnswer | undefined {
    return this.first;
  }

  /** A call another watch saw go unanswered (the drill's cleanup) counts for this run too. */
  record(from: NoAnswer): void {
    this.first ??= from;
  }

  /** The request waiting longest for its answer, if one is on the wire. */
  longestWaiting(): Waiting | undefined {
    let longest: Waiting | undefined;
    for (const request of this.waiting) if (longest === undefined || request.since < longest.since) longest = request;
    return longest;
  }

  /**
   * Runs one call (all its SDK attempts). A call that timed out and then failed or was aborted
   * throws NoAnswerError; one aborted because the run stopped throws StoppedError saying why.
   */
  async call<T>(region: string, send: () => Promise<T>, stopped: () => string | undefined): Promise<T> {
    const call: Call = { watch: this, region, sentAt: Date.now() };
    let unanswered = false;
    try {
      return await currentCall.run(call, send);
    } catch (err) {
      if (call.noAnswer !== undefined && networkTimeoutOf(err) !== undefined) {
        // Every attempt timed out: the run stops when this call's budget runs out.
        unanswered = true;
        this.first ??= call.noAnswer;
        throw new NoAnswerError(call.noAnswer, { cause: err });
      }
      if (call.noAnswer !== undefined && isAbortError(err)) throw new NoAnswerError(call.noAnswer, { cause: err });
      const why = stopped();
      if (why !== undefined && isAbortError(err)) throw new StoppedError(why, { cause: err });
      throw err;
    } finally {
      // Answered (or failed with an answer): its budget no longer runs.
      if (!unanswered && call.budget !== undefined) {
        clearTimeout(call.budget);
        this.budgets.delete(call.budget);
      }
    }
  }

  /** One attempt of `call` on the wire: its network timeout starts the call's budget. */
  async attempt<T>(call: Call, endpoint: string, send: () => Promise<T>): Promise<T> {
    const request: Waiting = { endpoint, region: call.region, since: Date.now() };
    this.waiting.add(request);
    try {
      return await send();
    } catch (err) {
      const timeoutMs = networkTimeoutOf(err);
      if (timeoutMs !== undefined) {
        call.noAnswer = { endpoint, region: call.region, timeoutMs };
        if (call.budget === undefined && !this.closed) {
          call.budget = setTimeout(() => this.expire(call), Math.max(0, call.sentAt + this.budgetMs - Date.now()));
          this.budgets.add(call.budget);
        }
      }
      throw err;
    } finally {
      this.waiting.delete(request);
    }
  }

  /** The run is over (stopped or finished): no budget runs any more. */
  close(): void {
    this.closed = true;
    for (const timer of this.budgets) clearTimeout(timer);
    this.budgets.clear();
  }

  private expire(call: Call): void {
    if (this.closed) return;
    this.first ??= call.noAnswer!;
    this.expired(this.first);
  }
}

/**
 * For the request handler: runs one attempt, reporting it to the watch of the call it belongs
 * to (requests a credential provider makes for a call count as that call's).
 */
export function watchAttempt<T>(request: { hostname?: string; port?: number; protocol?: string }, send: () => Promise<T>): Promise<T> {
  const call = currentCall.getStore();
  return call === undefined ? send() : call.watch.attempt(call, endpointOf(request), send);
}
