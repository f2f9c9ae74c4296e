/** `npm run -s drill -- --stack dev [--outputs FILE] [--yes] [--timeout 900] [--region R] [--profile P]` */
import { randomBytes } from "crypto";
import { CommandBody, CommandContext, defineCommand, EXIT_USAGE, runCommand, UsageError } from "../lib/cli";
import { AWS_REGIONS, partitionOf } from "../../lib/regions";
import { clipped, closestKey } from "../../settings/problems";
import { InputError, readStackOutputs } from "../lib/stackOutputs";
import { LIVE_EXIT_CODES, OUTPUTS_FLAG, positiveSeconds, PROFILE_FLAG, STACK_FLAG } from "../lib/live/flags";
import { realSleep } from "../lib/live/retry";
import { abortableSleep, exitCodeForStop, LIVE_RUN_OPTIONS, RunControl } from "../lib/live/runControl";
import { LiveCommandDeps, LiveServices, withSession } from "../lib/live/session";
import { drillPlan, formatDrillTable, runDrill } from "./drill";
import { DRILL_TAG_KEY } from "./tracker";

/** The whole run: the changes and the watch for the alarms they fire. */
export const DRILL_DEFAULT_TIMEOUT_SECONDS = 900;
/** After a stop (signal, --timeout), deleting what the drill created gets this long on its own. */
export const DRILL_CLEANUP_SECONDS = 120;

export const DRILL_SPEC = defineCommand({
  name: "drill",
  summary:
    "The fire drill: makes and undoes the changes the network and bucket-policy alarms watch for, on throwaway resources it creates and tags, deletes them (also when stopped); where the stack routes GuardDuty or Security Hub findings, makes a sample finding of each; then watches until each alarm and rule fires, and archives or resolves the samples. Asks first unless --yes.",
  usage: "--stack <name> [--yes] [options]",
  flags: {
    stack: STACK_FLAG,
    outputs: OUTPUTS_FLAG,
    yes: { type: "boolean", description: "Do not ask: needed to run without a terminal (CI, cron)." },
    timeout: {
      type: "number",
      default: DRILL_DEFAULT_TIMEOUT_SECONDS,
      valueName: "<seconds>",
      description: `Bound on the whole run (changes and watch); when it passes, calls are aborted and cleanup gets up to ${DRILL_CLEANUP_SECONDS} s more.`,
    },
    region: {
      type: "string",
      valueName: "<region>",
      description: "Region to make the changes in: an AWS Region of the stack's partition (default: the stack's home region).",
    },
    profile: PROFILE_FLAG,
  },
  exitCodes: {
    0: "every drilled alarm and rule fired in time and nothing was left behind",
    1: "something did not fire in time, could not be drilled, or was left behind (the table says which); or the question was answered no",
    ...LIVE_EXIT_CODES,
  },
});

/** What the command reaches outside the process; tests pass fakes, the tool the real ones. */
export interface DrillServices extends LiveServices {
  /** Whether a person can answer the question (stdin is a terminal). */
  readonly interactive: boolean;
  /** Asks the question; true when the user typed yes; false when the signal aborts the wait. */
  readonly confirm: (question: string, signal: AbortSignal) => Promise<boolean>;
  readonly runId?: () => string;
}

export interface DrillCommandDeps extends DrillServices, LiveCommandDeps {
  /** Aborted on SIGINT / SIGTERM, with the signal's name as reason. */
  readonly interrupt: AbortSignal;
}

/** The command's body: `context` is where it writes and the run's interrupt signal. */
export function drillBody(deps: DrillServices): CommandBody<typeof DRILL_SPEC.flags> {
  return async ({ flags }, context) => drill(flags, deps, context);
}

/** Runs the drill on `argv` in-process, as the tool does (tests). */
export function drillCommand(argv: readonly string[], deps: DrillCommandDeps): Promise<number> {
  return runCommand(DRILL_SPEC, argv, drillBody(deps), deps.io, { ...LIVE_RUN_OPTIONS, signal: deps.interrupt });
}

interface DrillFlags {
  readonly stack: string;
  readonly outputs: string | undefined;
  readonly yes: boolean;
  readonly timeout: number;
  readonly region: string | undefined;
  readonly profile: string | undefined;
}

/**
 * --region, checked before anything is asked or changed: an AWS Region (lib/regions.ts) of the
 * stack's partition, where the stack's account and its multi-Region trail are.
 */
export function drillRegion(region: string, homeRegion: string): string {
  const partition = partitionOf(homeRegion);
  const allowed = AWS_REGIONS.filter((r) => partitionOf(r) === partition);
  if (allowed.includes(region)) return region;
  const suggestion = closestKey(region, allowed);
  const why = AWS_REGIONS.includes(region)
    ? `is in the ${partitionOf(region)} partition, not the stack's (${partition}).`
    : `is not an AWS Region of the stack's partition (${partition})${suggestion ? `; did you mean ${suggestion}?` : "."}`;
  throw new UsageError(`--region ${clipped(region)} ${why} Allowed: ${allowed.join(", ")} (see npm run -s drill -- --help)`);
}

async function drill(flags: DrillFlags, deps: DrillServices, context: CommandContext): Promise<number> {
  const { stack } = flags;
  const timeoutSeconds = positiveSeconds("drill", flags.timeout);
  const outputs = readStackOutputs({ stack, outputsFile: flags.outputs, run: deps.run });
  const region = flags.region === undefined ? outputs.homeRegion : drillRegion(flags.region, outputs.homeRegion);
  const runId = (deps.runId ?? (() => randomBytes(4).toString("hex")))();

  const plan = drillPlan(outputs, region);
  if (plan.length === 0) {
    context.err(
      `Stack ${stack} enables none of the alarms the drill can trigger (${["vpc-changes", "security-group-changes", "nacl-changes", "route-table-changes", "network-gateway-changes", "s3-bucket-policy-changes"].join(", ")}).\n`,
    );
    return 1;
  }
  if (!flags.yes) {
    // Unattended (CI, cron, a pipe): nobody can answer, and "nothing was done" must not look like success.
    if (!deps.interactive) {
      throw new InputError(
        `The drill makes real changes in ${region} and asks first, but there is no terminal to ask on. Pass --yes to run it unattended.`,
      );
    }
    const question = [
      `The drill makes real changes in ${region}, on resources it creates and tags ${DRILL_TAG_KEY}=${runId}, and deletes them at once:`,
      ...plan.map((p) => `  ${p.alarmId}: ${p.events}`),
      "Your alert addresses will receive these alarms. Continue? Type yes: ",
    ].join("\n");
    if (!(await deps.confirm(question, context.signal))) {
      context.err("Nothing was done.\n");
      return context.signal.aborted ? exitCodeForStop(context.signal.reason === "SIGTERM" ? "SIGTERM" : "SIGINT") : 1;
    }
  }

  const session = {
    tool: "drill",
    stack,
    io: context,
    profile: flags.profile,
    region: outputs.homeRegion,
    topicArn: outputs.topicArns[outputs.homeRegion],
    seconds: timeoutSeconds,
    interrupt: context.signal,
    clients: deps.clients,
    network: deps.network,
  };
  return withSession(session, async ({ clients, account, run, carry }) => {
    const outcome = await runDrill({
      outputs,
      region,
      account,
      clients,
      runId,
      now: deps.now ?? (() => new Date()),
      sleep: abortableSleep(deps.sleep ?? realSleep, run.signal),
      signal: run.signal,
      timeoutSeconds,
      progress: (line) => context.err(`${line}\n`),
      cleanupScope: async (work) => {
        // Its own time limit, and the same unanswered budget: an endpoint that did not answer
        // the run is given as long again to answer the deletes, not the SDK's every retry.
        const bound = new RunControl(DRILL_CLEANUP_SECONDS, undefined, run.unansweredMs);
        carry(bound);
        try {
          return await work();
        } finally {
          bound.finish();
          if (bound.unanswered !== undefined) run.watch.record(bound.unanswered);
          carry(run);
        }
      },
    });
    context.out(formatDrillTable(outcome, timeoutSeconds));
    // Stopped by the deadline before the changes were made: it could not finish. (A call AWS
    // did not answer ends it with 2 too: the session says so.)
    if (outcome.interrupted && run.stopReason === "deadline") return EXIT_USAGE;
    return outcome.allFired && outcome.cleanup.leftBehind.length === 0 ? 0 : 1;
  });
}
