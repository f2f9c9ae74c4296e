/** Checks each link of a deployed baseline: trail → log group → filters → alarms → topics → inboxes. */
import { runAsProcess } from "./lib/verify/main";
import { verifyCommand } from "./lib/verify/verifyCommand";

runAsProcess((argv, { io, interrupt }) => verifyCommand(argv, { io, interrupt }));
