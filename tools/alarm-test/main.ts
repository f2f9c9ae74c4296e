/** Sends a test notification through the real path: CloudWatch SetAlarmState to ALARM. */
import { alarmTestCommand } from "./alarmTestCommand";
import { runAsProcess } from "../lib/live/main";

runAsProcess((argv, { io, interrupt }) => alarmTestCommand(argv, { io, interrupt }));
