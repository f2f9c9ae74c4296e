/** `npm run -s verify -- --stack dev [--outputs FILE] [--json] [--profile P] [--corpus DIR] [--timeout S]` */
import { CommandBody, defineCommand, runCommand } from "../lib/cli";
import { readStackOutputs } from "../lib/stackOutputs";
import { DEFAULT_CORPUS_DIR, loadCorpus } from "./corpus";
import { LIVE_EXIT_CODES, OUTPUTS_FLAG, positiveSeconds, PROFILE_FLAG, STACK_FLAG, timeoutFlag } from "../lib/live/flags";
import { exitCodeOf, formatJson, formatText } from "./report";
import { realSleep } from "../lib/live/retry";
import { abortableSleep, LIVE_RUN_OPTIONS } from "../lib/live/runControl";
import { LiveCommandDeps, LiveServices, withSession } from "../lib/live/session";
import { runVerify } from "./verify";

/** The whole run, every region and check included; a healthy account answers in well under a minute. */
export const VERIFY_DEFAULT_TIMEOUT_SECONDS = 300;

export const VERIFY_SPEC = defineCommand({
  name: "verify",
  summary:
    "Checks, read-only, each link of a deployed baseline (trail, log group, metric filters, alarms, topic and key policies against their documented forms, subscriptions, real-time rules; VPC flow logs and residency trails when the stack has them; GuardDuty, Security Hub and AWS Config enabled and recording where the stack manages or expects them, with their finding rules) and the real-time and finding rules' health in the last 24 hours.",
  usage: "--stack <name> [options]",
  flags: {
    stack: STACK_FLAG,
    outputs: OUTPUTS_FLAG,
    json: { type: "boolean", description: "Print the report as JSON (the contract in docs/operations.md)." },
    profile: PROFILE_FLAG,
    corpus: {
      type: "string",
      valueName: "<dir>",
      description: "CloudTrail corpus whose records AWS's TestMetricFilter is asked about (default: tests/fixtures/cloudtrail).",
    },
    timeout: timeoutFlag(VERIFY_DEFAULT_TIMEOUT_SECONDS, "the whole run"),
  },
  exitCodes: { 0: "every check ok or warn", 1: "a check failed (the report says which and how to fix it)", ...LIVE_EXIT_CODES },
});

export type VerifyServices = LiveServices;
export type VerifyDeps = LiveCommandDeps;

/** The command's body: `context` is where it writes and the run's interrupt signal. */
export function verifyBody(deps: VerifyServices = {}): CommandBody<typeof VERIFY_SPEC.flags> {
  return async ({ flags }, context) => {
    const outputs = readStackOutputs({ stack: flags.stack, outputsFile: flags.outputs, run: deps.run });
    const corpus = loadCorpus(flags.corpus ?? DEFAULT_CORPUS_DIR);
    const session = {
      tool: "verify",
      stack: flags.stack,
      io: context,
      profile: flags.profile,
      region: outputs.homeRegion,
      topicArn: outputs.topicArns[outputs.homeRegion],
      seconds: positiveSeconds("verify", flags.timeout),
      interrupt: context.signal,
      clients: deps.clients,
      network: deps.network,
    };
    return withSession(session, async ({ clients, account, run }) => {
      const report = await runVerify(flags.stack, {
        outputs,
        account,
        clients,
        now: deps.now ?? (() => new Date()),
        sleep: abortableSleep(deps.sleep ?? realSleep, run.signal),
        corpus,
      });
      run.throwIfStopped();
      context.out(flags.json ? formatJson(report) : formatText(report));
      return exitCodeOf(report);
    });
  };
}

/** Runs verify on `argv` in-process, as the tool does (tests). */
export function verifyCommand(argv: readonly string[], deps: VerifyDeps): Promise<number> {
  return runCommand(VERIFY_SPEC, argv, verifyBody(deps), deps.io, { ...LIVE_RUN_OPTIONS, signal: deps.interrupt });
}
