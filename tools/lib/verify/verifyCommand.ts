/** `npm run -s verify -- --stack dev [--outputs FILE] [--json] [--profile P]` */
import { CommandRunner, readStackOutputs } from "../stackOutputs";
import { parseFlags, optionalFlag, requiredString } from "./args";
import { awsClients, ClientsForRegion } from "./clients";
import { Io, runCli } from "./cli";
import { DEFAULT_CORPUS_DIR, loadCorpus } from "./corpus";
import { exitCodeOf, formatJson, formatText } from "./report";
import { realSleep, Sleep } from "./retry";
import { runVerify } from "./verify";

export const VERIFY_USAGE = "Usage: npm run -s verify -- --stack NAME [--outputs FILE] [--json] [--profile PROFILE] [--corpus DIR]";

export interface VerifyDeps {
  readonly io: Io;
  readonly clients?: (profile: string | undefined) => ClientsForRegion;
  readonly run?: CommandRunner;
  readonly now?: () => Date;
  readonly sleep?: Sleep;
}

export function verifyCommand(argv: readonly string[], deps: VerifyDeps): Promise<number> {
  return runCli(deps.io, async () => {
    const flags = parseFlags(argv, { stack: "string", outputs: "string", json: "boolean", profile: "string", corpus: "string" }, VERIFY_USAGE);
    const stack = requiredString(flags, "stack", VERIFY_USAGE);
    const outputs = readStackOutputs({ stack, outputsFile: optionalFlag(flags, "outputs"), run: deps.run });
    const report = await runVerify(stack, {
      outputs,
      clients: (deps.clients ?? awsClients)(optionalFlag(flags, "profile")),
      now: deps.now ?? (() => new Date()),
      sleep: deps.sleep ?? realSleep,
      corpus: loadCorpus(optionalFlag(flags, "corpus") ?? DEFAULT_CORPUS_DIR),
    });
    deps.io.out(flags.json === true ? formatJson(report) : formatText(report));
    return exitCodeOf(report);
  });
}
