/**
 * A live tool as its tools/<name>/main.ts runs it (runMain, the same command body, the real AWS
 * clients), with the network limits the tests give it: the process tests of an endpoint that
 * never answers take a second instead of a minute. `LIVE_TOOL` names the tool;
 * `LIVE_NETWORK_LIMITS` is the JSON of its `network` service (tools/lib/live/session.ts).
 */
import { runMain } from "../../tools/lib/cli";
import { LIVE_RUN_OPTIONS } from "../../tools/lib/live/runControl";
import { NetworkLimits } from "../../tools/lib/live/session";
import { ALARM_TEST_SPEC, alarmTestBody } from "../../tools/alarm-test/alarmTestCommand";
import { DRILL_SPEC, drillBody } from "../../tools/drill/drillCommand";
import { VERIFY_SPEC, verifyBody } from "../../tools/verify/verifyCommand";

const network = JSON.parse(process.env.LIVE_NETWORK_LIMITS ?? "{}") as Partial<NetworkLimits>;

switch (process.env.LIVE_TOOL) {
  case "verify":
    void runMain(VERIFY_SPEC, verifyBody({ network }), LIVE_RUN_OPTIONS);
    break;
  case "alarm-test":
    void runMain(ALARM_TEST_SPEC, alarmTestBody({ network }), LIVE_RUN_OPTIONS);
    break;
  case "drill":
    // Run with --yes: nobody is asked.
    void runMain(DRILL_SPEC, drillBody({ interactive: false, confirm: async () => false, network }), LIVE_RUN_OPTIONS);
    break;
  default:
    throw new Error(`LIVE_TOOL must be verify, alarm-test or drill, not ${process.env.LIVE_TOOL}`);
}
