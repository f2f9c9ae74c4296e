/** `npm run -s drill -- --stack dev [--outputs FILE] [--yes] [--timeout 900] [--region R] [--profile P]` */
import { randomBytes } from "crypto";
import { CommandRunner, readStackOutputs } from "../stackOutputs";
import { optionalFlag, parseFlags, requiredString } from "../verify/args";
import { awsClients, ClientsForRegion } from "../verify/clients";
import { Io, runCli } from "../verify/cli";
import { realSleep, Sleep } from "../verify/retry";
import { drillPlan, formatDrillTable, runDrill } from "./drill";
import { DRILL_TAG_KEY } from "./tracker";

export const DRILL_USAGE = "Usage: npm run -s drill -- --stack NAME [--outputs FILE] [--yes] [--timeout SECONDS] [--region REGION] [--profile PROFILE]";
export const EXIT_INTERRUPTED = 130;

export interface DrillCommandDeps {
  readonly io: Io;
  readonly signal: AbortSignal;
  /** Asks the question; true when the user typed yes. */
  readonly confirm: (question: string) => Promise<boolean>;
  readonly clients?: (profile: string | undefined) => ClientsForRegion;
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
    const timeoutSeconds = typeof flags.timeout === "number" ? flags.timeout : 900;
    const runId = (deps.runId ?? (() => randomBytes(4).toString("hex")))();

    const plan = drillPlan(outputs);
    if (plan.length === 0) {
      deps.io.err(`Stack ${stack} enables none of the alarms the drill can trigger (${["vpc-changes", "security-group-changes", "nacl-changes", "route-table-changes", "network-gateway-changes", "s3-bucket-policy-changes"].join(", ")}).\n`);
      return 1;
    }
    if (flags.yes !== true) {
      const question = [
        `The drill makes real changes in ${region}, on resources it creates and tags ${DRILL_TAG_KEY}=${runId}, and deletes them at once:`,
        ...plan.map((p) => `  ${p.alarmId}: ${p.events}`),
        "Your alert addresses will receive these alarms. Continue? Type yes: ",
      ].join("\n");
      if (!(await deps.confirm(question))) {
        deps.io.err("Nothing was done.\n");
        return 1;
      }
    }

    const progress = (line: string): void => deps.io.err(`${line}\n`);
    const outcome = await runDrill({
      outputs,
      region,
      clients: (deps.clients ?? awsClients)(optionalFlag(flags, "profile")),
      runId,
      now: deps.now ?? (() => new Date()),
      sleep: deps.sleep ?? realSleep,
      signal: deps.signal,
      timeoutSeconds,
      progress,
    });
    deps.io.out(formatDrillTable(outcome, timeoutSeconds));
    if (outcome.interrupted) return EXIT_INTERRUPTED;
    return outcome.allFired && outcome.cleanup.leftBehind.length === 0 ? 0 : 1;
  });
}
