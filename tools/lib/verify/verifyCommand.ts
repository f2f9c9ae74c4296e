/** `npm run -s verify -- --stack dev [--outputs FILE] [--json] [--profile P] [--corpus DIR] [--timeout S]` */
import { CommandRunner, readStackOutputs } from "../stackOutputs";
import { parseFlags, optionalFlag, requiredString } from "./args";
import { Io, runCli } from "./cli";
import { DEFAULT_CORPUS_DIR, loadCorpus } from "./corpus";
import { exitCodeOf, formatJson, formatText } from "./report";
import { realSleep, Sleep } from "./retry";
import { abortableSleep } from "./runControl";
import { ClientFactory, withSession } from "./session";
import { runVerify } from "./verify";

export const VERIFY_USAGE = "Usage: npm run -s verify -- --stack NAME [--outputs FILE] [--json] [--profile PROFILE] [--corpus DIR] [--timeout SECONDS]";
/** The whole run, every region and check included; a healthy account answers in well under a minute. */
export const VERIFY_DEFAULT_TIMEOUT_SECONDS = 300;

export interface VerifyDeps {
  readonly io: Io;
  /** Aborted on SIGINT / SIGTERM, with the signal's name as reason. */
  readonly interrupt?: AbortSignal;
  readonly clients?: ClientFactory;
  readonly run?: CommandRunner;
  readonly now?: () => Date;
  readonly sleep?: Sleep;
}

export function verifyCommand(argv: readonly string[], deps: VerifyDeps): Promise<number> {
  return runCli(deps.io, async () => {
    const flags = parseFlags(argv, { stack: "string", outputs: "string", json: "boolean", profile: "string", corpus: "string", timeout: "number" }, VERIFY_USAGE);
    const stack = requiredString(flags, "stack", VERIFY_USAGE);
    const outputs = readStackOutputs({ stack, outputsFile: optionalFlag(flags, "outputs"), run: deps.run });
    const corpus = loadCorpus(optionalFlag(flags, "corpus") ?? DEFAULT_CORPUS_DIR);
    const session = {
      tool: "verify",
      stack,
      io: deps.io,
      profile: optionalFlag(flags, "profile"),
      region: outputs.homeRegion,
      topicArn: outputs.topicArns[outputs.homeRegion],
      seconds: typeof flags.timeout === "number" ? flags.timeout : VERIFY_DEFAULT_TIMEOUT_SECONDS,
      interrupt: deps.interrupt,
      clients: deps.clients,
    };
    return withSession(session, async ({ clients, account, run }) => {
      const report = await runVerify(stack, {
        outputs,
        account,
        clients,
        now: deps.now ?? (() => new Date()),
        sleep: abortableSleep(deps.sleep ?? realSleep, run.signal),
        corpus,
      });
      run.throwIfStopped();
      deps.io.out(flags.json === true ? formatJson(report) : formatText(report));
      return exitCodeOf(report);
    });
  });
}
