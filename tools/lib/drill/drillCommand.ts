/** `npm run -s drill -- --stack dev [--outputs FILE] [--yes] [--timeout 900] [--region R] [--profile P]` */
import { randomBytes } from "crypto";
import { CommandRunner, InputError, readStackOutputs } from "../stackOutputs";
import { optionalFlag, parseFlags, requiredString } from "../verify/args";
import { Io, runCli } from "../verify/cli";
import { realSleep, Sleep } from "../verify/retry";
import { abortableSleep, exitCodeForStop, RunControl } from "../verify/runControl";
import { ClientFactory, withSession } from "../verify/session";
import { drillPlan, formatDrillTable, runDrill } from "./drill";
import { DRILL_TAG_KEY } from "./tracker";

export const DRILL_USAGE = "Usage: npm run -s drill -- --stack NAME [--outputs FILE] [--yes] [--timeout SECONDS] [--region REGION] [--profile PROFILE]";
/** The whole run: the changes and the watch for the alarms they fire. */
export const DRILL_DEFAULT_TIMEOUT_SECONDS = 900;
/** After a stop (signal, --timeout), deleting what the drill created gets this long on its own. */
export const DRILL_CLEANUP_SECONDS = 120;

export interface DrillCommandDeps {
  readonly io: Io;
  /** Aborted on SIGINT / SIGTERM, with the signal's name as reason. */
  readonly interrupt: AbortSignal;
  /** Whether a person can answer the question (stdin is a terminal). */
  readonly interactive: boolean;
  /** Asks the question; true when the user typed yes; false when the signal aborts the wait. */
  readonly confirm: (question: string, signal: AbortSignal) => Promise<boolean>;
  readonly clients?: ClientFactory;
  readonly run?: CommandRunner;
  readonly now?: () => Date;
  readonly sleep?: Sleep;
  readonly runId?: () => string;
}

export function drillCommand(argv: readonly string[], deps: DrillCommandDeps): Promise<number> {
  return runCli(deps.io, async () => {
    const flags = parseFlags(argv, { stack: "string", outputs: "string", yes: "boolean", timeout: "number", region: "string", profile: "string" }, DRILL_USAGE);
    const stack = requiredString(flags, "stack", DRILL_USAGE);
    const outputs = readStackOutputs({ stack, outputsFile: optionalFlag(flags, "outputs"), run: deps.run });
    const region = optionalFlag(flags, "region") ?? outputs.homeRegion;
    const timeoutSeconds = typeof flags.timeout === "number" ? flags.timeout : DRILL_DEFAULT_TIMEOUT_SECONDS;
    const runId = (deps.runId ?? (() => randomBytes(4).toString("hex")))();

    const plan = drillPlan(outputs);
    if (plan.length === 0) {
      deps.io.err(`Stack ${stack} enables none of the alarms the drill can trigger (${["vpc-changes", "security-group-changes", "nacl-changes", "route-table-changes", "network-gateway-changes", "s3-bucket-policy-changes"].join(", ")}).\n`);
      return 1;
    }
    if (flags.yes !== true) {
      // Unattended (CI, cron, a pipe): nobody can answer, and "nothing was done" must not look like success.
      if (!deps.interactive) {
        throw new InputError(`The drill makes real changes in ${region} and asks first, but there is no terminal to ask on. Pass --yes to run it unattended.`);
      }
      const question = [
        `The drill makes real changes in ${region}, on resources it creates and tags ${DRILL_TAG_KEY}=${runId}, and deletes them at once:`,
        ...plan.map((p) => `  ${p.alarmId}: ${p.events}`),
        "Your alert addresses will receive these alarms. Continue? Type yes: ",
      ].join("\n");
      if (!(await deps.confirm(question, deps.interrupt))) {
        deps.io.err("Nothing was done.\n");
        return deps.interrupt.aborted ? exitCodeForStop(deps.interrupt.reason === "SIGTERM" ? "SIGTERM" : "SIGINT") : 1;
      }
    }

    const session = {
      tool: "drill",
      stack,
      io: deps.io,
      profile: optionalFlag(flags, "profile"),
      region: outputs.homeRegion,
      topicArn: outputs.topicArns[outputs.homeRegion],
      seconds: timeoutSeconds,
      interrupt: deps.interrupt,
      clients: deps.clients,
    };
    return withSession(session, async ({ clients, run, carry }) => {
      const outcome = await runDrill({
        outputs,
        region,
        clients,
        runId,
        now: deps.now ?? (() => new Date()),
        sleep: abortableSleep(deps.sleep ?? realSleep, run.signal),
        signal: run.signal,
        timeoutSeconds,
        progress: (line) => deps.io.err(`${line}\n`),
        cleanupScope: async (work) => {
          const bound = new RunControl(DRILL_CLEANUP_SECONDS);
          carry(bound.signal);
          try {
            return await work();
          } finally {
            bound.finish();
            carry(run.signal);
          }
        },
      });
      deps.io.out(formatDrillTable(outcome, timeoutSeconds));
      return outcome.allFired && outcome.cleanup.leftBehind.length === 0 ? 0 : 1;
    });
  });
}
