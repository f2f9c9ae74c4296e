/** Sends a test notification through the real path: CloudWatch SetAlarmState to ALARM. */
import { runMain } from "../lib/cli";
import { LIVE_RUN_OPTIONS } from "../lib/live/runControl";
import { ALARM_TEST_SPEC, alarmTestBody } from "./alarmTestCommand";

void runMain(ALARM_TEST_SPEC, alarmTestBody(), LIVE_RUN_OPTIONS);
