/**
 * `npm run -s alarm-test -- --stack dev --alarm ID`: sets the alarm to ALARM by hand, so the
 * notification takes the real path (alarm → topic → key → subscriptions → inboxes).
 */
import { SetAlarmStateCommand } from "@aws-sdk/client-cloudwatch";
import { CommandRunner, InputError, readStackOutputs } from "../stackOutputs";
import { optionalFlag, parseFlags, requiredString } from "./args";
import { Io, runCli } from "./cli";
import { realSleep, Sleep, withThrottleRetry } from "./retry";
import { abortableSleep } from "./runControl";
import { ClientFactory, withSession } from "./session";

export const ALARM_TEST_USAGE = "Usage: npm run -s alarm-test -- --stack NAME --alarm ID [--outputs FILE] [--profile PROFILE] [--timeout SECONDS]";
/** One call; a minute covers the SDK's retries of a slow answer. */
export const ALARM_TEST_DEFAULT_TIMEOUT_SECONDS = 60;

export interface AlarmTestDeps {
  readonly io: Io;
  /** Aborted on SIGINT / SIGTERM, with the signal's name as reason. */
  readonly interrupt?: AbortSignal;
  readonly clients?: ClientFactory;
  readonly run?: CommandRunner;
  readonly sleep?: Sleep;
}

export function alarmTestCommand(argv: readonly string[], deps: AlarmTestDeps): Promise<number> {
  return runCli(deps.io, async () => {
    const flags = parseFlags(argv, { stack: "string", alarm: "string", outputs: "string", profile: "string", timeout: "number" }, ALARM_TEST_USAGE);
    const stack = requiredString(flags, "stack", ALARM_TEST_USAGE);
    const id = requiredString(flags, "alarm", ALARM_TEST_USAGE);
    const outputs = readStackOutputs({ stack, outputsFile: optionalFlag(flags, "outputs"), run: deps.run });
    const alarms = [...outputs.alarms, ...(outputs.heartbeatAlarmName ? [{ id: "trail-delivery-heartbeat", alarmName: outputs.heartbeatAlarmName }] : [])];
    const alarm = alarms.find((a) => a.id === id);
    if (alarm === undefined) {
      throw new InputError(`Stack ${stack} has no alarm "${id}". Valid ids:\n${alarms.map((a) => `  ${a.id}`).join("\n")}`);
    }
    const session = {
      tool: "alarm-test",
      stack,
      io: deps.io,
      profile: optionalFlag(flags, "profile"),
      region: outputs.homeRegion,
      topicArn: outputs.topicArns[outputs.homeRegion],
      seconds: typeof flags.timeout === "number" ? flags.timeout : ALARM_TEST_DEFAULT_TIMEOUT_SECONDS,
      interrupt: deps.interrupt,
      clients: deps.clients,
    };
    return withSession(session, async ({ clients, run }) => {
      const cloudwatch = clients(outputs.homeRegion).cloudwatch;
      await withThrottleRetry(
        () =>
          cloudwatch.send(
            new SetAlarmStateCommand({
              AlarmName: alarm.alarmName,
              StateValue: "ALARM",
              StateReason: "TEST ONLY: set by `npm run alarm-test` to check that notifications reach the alert addresses. No security event happened.",
            }),
          ),
        { sleep: abortableSleep(deps.sleep ?? realSleep, run.signal) },
      );
      deps.io.out(
        [
          `${alarm.alarmName} is now in ALARM (test): each confirmed address of ${outputs.topicArns[outputs.homeRegion]} should get an email within a minute or two.`,
          "No email? Run `npm run -s verify -- --stack " + stack + "`: it shows which link is broken (subscription pending, topic or key policy).",
          "The alarm returns to OK by itself at its next evaluation (within a few minutes); nothing needs undoing.",
          "",
        ].join("\n"),
      );
      return 0;
    });
  });
}
