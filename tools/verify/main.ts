/** Checks each link of a deployed baseline: trail → log group → filters → alarms → topics → inboxes. */
import { runAsProcess } from "../lib/live/main";
import { verifyCommand } from "./verifyCommand";

runAsProcess((argv, { io, interrupt }) => verifyCommand(argv, { io, interrupt }));
