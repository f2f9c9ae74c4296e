/**
 * What every live tool does around its work: bound the run (`--timeout`, the unanswered budget,
 * SIGINT, SIGTERM), make the clients carry that bound, check the credentials once before
 * anything else, and end with one clear message when the run was stopped or AWS did not answer.
 * The clients' sockets are closed at the end, so nothing keeps the process alive.
 */
import { CommandIo, EXIT_USAGE } from "../cli";
import { CommandRunner, InputError } from "../stackOutputs";
import { Sleep } from "./retry";
import { NoAnswerError, UNANSWERED_BUDGET_MS } from "./answers";
import { awsClients, AwsClientOptions, AwsClients, ClientsForRegion, CONNECTION_TIMEOUT_MS, REQUEST_TIMEOUT_MS } from "./clients";
import { callerAccount, requireStackAccount, stackAccount } from "./credentials";
import { exitCodeForStop, noAnswerMessage, RunControl } from "./runControl";

export type ClientFactory = (options: AwsClientOptions) => AwsClients;

/** How long the tools wait for AWS, in milliseconds. */
export interface NetworkLimits {
  /** To open a connection, per attempt (default 5 s). */
  readonly connectionTimeoutMs: number;
  /** For a request's answer, per attempt (default 30 s). */
  readonly requestTimeoutMs: number;
  /** Once a call goes unanswered, the run stops this long after that call was sent (default 60 s). */
  readonly unansweredMs: number;
}

export const DEFAULT_NETWORK_LIMITS: NetworkLimits = {
  connectionTimeoutMs: CONNECTION_TIMEOUT_MS,
  requestTimeoutMs: REQUEST_TIMEOUT_MS,
  unansweredMs: UNANSWERED_BUDGET_MS,
};

/** What a live command reaches outside the process; tests pass fakes, the tools the real ones. */
export interface LiveServices {
  readonly clients?: ClientFactory;
  /** Runs the pulumi CLI (stack outputs). */
  readonly run?: CommandRunner;
  readonly now?: () => Date;
  readonly sleep?: Sleep;
  /** How long to wait for AWS (tests make it short); each limit left out is the default. */
  readonly network?: Partial<NetworkLimits>;
}

/** A live command run in-process (tests): its services, where it writes, and its interrupt. */
export interface LiveCommandDeps extends LiveServices {
  readonly io: CommandIo;
  /** Aborted on SIGINT / SIGTERM, with the signal's name as reason. */
  readonly interrupt?: AbortSignal;
}

export interface SessionOptions {
  readonly tool: string;
  readonly stack: string;
  readonly io: CommandIo;
  readonly profile?: string;
  /** Where the credentials are checked: the stack's home region. */
  readonly region: string;
  /** The home-region topic ARN, whose account the credentials must belong to. */
  readonly topicArn: string;
  readonly seconds: number;
  readonly interrupt?: AbortSignal;
  readonly clients?: ClientFactory;
  readonly network?: Partial<NetworkLimits>;
}

export interface Session {
  readonly clients: ClientsForRegion;
  readonly account: string;
  readonly run: RunControl;
  /** From now on calls carry this bound instead of the run's (the drill's cleanup, after a stop). */
  readonly carry: (bound: RunControl) => void;
}

export async function withSession(options: SessionOptions, body: (session: Session) => Promise<number>): Promise<number> {
  const limits = { ...DEFAULT_NETWORK_LIMITS, ...options.network };
  const run = new RunControl(options.seconds, options.interrupt, limits.unansweredMs);
  let carried = run;
  const aws = (options.clients ?? awsClients)({
    profile: options.profile,
    bound: () => carried,
    timeouts: { connectionMs: limits.connectionTimeoutMs, requestMs: limits.requestTimeoutMs },
  });
  const stopped = (): number => {
    options.io.err(`${run.stopMessage(options.tool)}\n`);
    return run.stopReason === undefined ? EXIT_USAGE : exitCodeForStop(run.stopReason);
  };
  try {
    const where = { profile: options.profile, region: options.region };
    const account = await callerAccount(aws.forRegion(options.region).sts, where);
    requireStackAccount(account, stackAccount(options.topicArn), options.stack, where);
    const code = await body({ clients: aws.forRegion, account, run, carry: (bound) => void (carried = bound) });
    // A signal wins over the body's own verdict, and so does a call AWS did not answer; at the
    // deadline the body has reported what it did.
    if (run.stopReason === "SIGINT" || run.stopReason === "SIGTERM" || run.unanswered !== undefined) return stopped();
    if (run.stopReason === "deadline") options.io.err(`${run.stopMessage(options.tool)}\n`);
    return code;
  } catch (err) {
    if (run.stopReason !== undefined || run.unanswered !== undefined) return stopped();
    if (err instanceof InputError) throw err;
    // Not the run's own call (the drill's cleanup has a bound of its own): the same one line.
    if (err instanceof NoAnswerError) {
      options.io.err(`${noAnswerMessage(options.tool, err.from)}\n`);
      return EXIT_USAGE;
    }
    // An AWS error the tool cannot work around: one line, no stack trace; it could not finish.
    const error = err as Error;
    options.io.err(`${options.tool}: ${error.name}: ${error.message}\n`);
    return EXIT_USAGE;
  } finally {
    run.finish();
    aws.destroy();
  }
}
