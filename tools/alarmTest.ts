/** Sends a test notification through the real path: CloudWatch SetAlarmState to ALARM. */
import { alarmTestCommand } from "./lib/verify/alarmTestCommand";
import { processIo } from "./lib/verify/cli";

void alarmTestCommand(process.argv.slice(2), { io: processIo }).then((code) => {
  process.exitCode = code;
});
