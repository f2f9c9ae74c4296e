/**
 * `npm run -s alarm-test -- --stack dev --alarm ID`: sets the alarm to ALARM by hand, so the
 * notification takes the real path (alarm → topic → key → subscriptions → inboxes).
 */
import { SetAlarmStateCommand } from "@aws-sdk/client-cloudwatch";
import { CommandBody, defineCommand, runCommand } from "../lib/cli";
import { InputError, readStackOutputs } from "../lib/stackOutputs";
import { LIVE_EXIT_CODES, OUTPUTS_FLAG, positiveSeconds, PROFILE_FLAG, STACK_FLAG, timeoutFlag } from "../lib/live/flags";
import { realSleep, withThrottleRetry } from "../lib/live/retry";
import { abortableSleep, LIVE_RUN_OPTIONS } from "../lib/live/runControl";
import { LiveCommandDeps, LiveServices, withSession } from "../lib/live/session";

/** One call; a minute covers the SDK's retries of a slow answer. */
export const ALARM_TEST_DEFAULT_TIMEOUT_SECONDS = 60;

export const ALARM_TEST_SPEC = defineCommand({
  name: "alarm-test",
  summary:
    "Sets one alarm of the stack to ALARM by hand, so its notification takes the real path (alarm, topic, key, subscriptions, inboxes). The alarm returns to OK by itself.",
  usage: "--stack <name> --alarm <id> [options]",
  flags: {
    stack: STACK_FLAG,
    alarm: {
      type: "string",
      required: true,
      valueName: "<id>",
      description: "The alarm's catalogue id (e.g. root-account-usage), or trail-delivery-heartbeat.",
    },
    outputs: OUTPUTS_FLAG,
    profile: PROFILE_FLAG,
    timeout: timeoutFlag(ALARM_TEST_DEFAULT_TIMEOUT_SECONDS, "the run"),
  },
  exitCodes: {
    0: "the alarm is in ALARM: the notification is on its way",
    1: "never returned by alarm-test: it sets the alarm (0) or does not (2)",
    ...LIVE_EXIT_CODES,
  },
});

export type AlarmTestServices = LiveServices;
export type AlarmTestDeps = LiveCommandDeps;

/** The command's body: `context` is where it writes and the run's interrupt signal. */
export function alarmTestBody(deps: AlarmTestServices = {}): CommandBody<typeof ALARM_TEST_SPEC.flags> {
  return async ({ flags }, context) => {
    const { stack, alarm: id } = flags;
    const outputs = readStackOutputs({ stack, outputsFile: flags.outputs, run: deps.run });
    const alarms = [
      ...outputs.alarms,
      ...(outputs.heartbeatAlarmName ? [{ id: "trail-delivery-heartbeat", alarmName: outputs.heartbeatAlarmName }] : []),
    ];
    const alarm = alarms.find((a) => a.id === id);
    if (alarm === undefined) {
      throw new InputError(`Stack ${stack} has no alarm "${id}". Valid ids:\n${alarms.map((a) => `  ${a.id}`).join("\n")}`);
    }
    const session = {
      tool: "alarm-test",
      stack,
      io: context,
      profile: flags.profile,
      region: outputs.homeRegion,
      topicArn: outputs.topicArns[outputs.homeRegion],
      seconds: positiveSeconds("alarm-test", flags.timeout),
      interrupt: context.signal,
      clients: deps.clients,
      network: deps.network,
    };
    return withSession(session, async ({ clients, run }) => {
      const cloudwatch = clients(outputs.homeRegion).cloudwatch;
      await withThrottleRetry(
        () =>
          cloudwatch.send(
            new SetAlarmStateCommand({
              AlarmName: alarm.alarmName,
              StateValue: "ALARM",
              StateReason:
                "TEST ONLY: set by `npm run alarm-test` to check that notifications reach the alert addresses. No security event happened.",
            }),
          ),
        { sleep: abortableSleep(deps.sleep ?? realSleep, run.signal) },
      );
      context.out(
        [
          `${alarm.alarmName} is now in ALARM (test): each confirmed address of ${outputs.topicArns[outputs.homeRegion]} should get an email within a minute or two.`,
          "No email? Run `npm run -s verify -- --stack " +
            stack +
            "`: it shows which link is broken (subscription pending, topic or key policy).",
          "The alarm returns to OK by itself at its next evaluation (within a few minutes); nothing needs undoing.",
          "",
        ].join("\n"),
      );
      return 0;
    });
  };
}

/** Runs alarm-test on `argv` in-process, as the tool does (tests). */
export function alarmTestCommand(argv: readonly string[], deps: AlarmTestDeps): Promise<number> {
  return runCommand(ALARM_TEST_SPEC, argv, alarmTestBody(deps), deps.io, { ...LIVE_RUN_OPTIONS, signal: deps.interrupt });
}
