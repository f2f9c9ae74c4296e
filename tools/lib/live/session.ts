/**
 * What every live tool does around its work: bound the run (`--timeout`, SIGINT, SIGTERM), make
 * the clients carry that bound, check the credentials once before anything else, and end with
 * one clear message when the run was stopped. The clients' sockets are closed at the end, so
 * nothing keeps the process alive.
 */
import { CommandIo, EXIT_USAGE } from "../cli";
import { CommandRunner, InputError } from "../stackOutputs";
import { Sleep } from "./retry";
import { awsClients, AwsClientOptions, AwsClients, ClientsForRegion } from "./clients";
import { callerAccount, requireStackAccount, stackAccount } from "./credentials";
import { exitCodeForStop, RunControl } from "./runControl";

export type ClientFactory = (options: AwsClientOptions) => AwsClients;

/** What a live command reaches outside the process; tests pass fakes, the tools the real ones. */
export interface LiveServices {
  readonly clients?: ClientFactory;
  /** Runs the pulumi CLI (stack outputs). */
  readonly run?: CommandRunner;
  readonly now?: () => Date;
  readonly sleep?: Sleep;
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
}

export interface Session {
  readonly clients: ClientsForRegion;
  readonly account: string;
  readonly run: RunControl;
  /** From now on calls carry this signal instead of the run's (the drill's cleanup, after a stop). */
  readonly carry: (signal: AbortSignal) => void;
}

export async function withSession(options: SessionOptions, body: (session: Session) => Promise<number>): Promise<number> {
  const run = new RunControl(options.seconds, options.interrupt);
  let carried = run.signal;
  const aws = (options.clients ?? awsClients)({ profile: options.profile, signal: () => carried });
  const stopped = (midCall: boolean): number => {
    options.io.err(`${run.stopMessage(options.tool, midCall)}\n`);
    return exitCodeForStop(run.stopReason!);
  };
  try {
    const where = { profile: options.profile, region: options.region };
    const account = await callerAccount(aws.forRegion(options.region).sts, where);
    requireStackAccount(account, stackAccount(options.topicArn), options.stack, where);
    const code = await body({ clients: aws.forRegion, account, run, carry: (signal) => void (carried = signal) });
    // A signal wins over the body's own verdict; at the deadline the body has reported what it did.
    if (run.stopReason === "SIGINT" || run.stopReason === "SIGTERM") return stopped(false);
    if (run.stopReason === "deadline") options.io.err(`${run.stopMessage(options.tool, false)}\n`);
    return code;
  } catch (err) {
    if (run.stopReason !== undefined) return stopped(true);
    if (err instanceof InputError) throw err;
    // An AWS error the tool cannot work around: one line, no stack trace; it could not finish.
    const error = err as Error;
    options.io.err(`${options.tool}: ${error.name}: ${error.message}\n`);
    return EXIT_USAGE;
  } finally {
    run.finish();
    aws.destroy();
  }
}
