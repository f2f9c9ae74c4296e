/** Sends a test notification through the real path: CloudWatch SetAlarmState to ALARM. */
import { alarmTestCommand } from "./lib/verify/alarmTestCommand";
import { runAsProcess } from "./lib/verify/main";

runAsProcess((argv, { io, interrupt }) => alarmTestCommand(argv, { io, interrupt }));
