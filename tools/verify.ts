/** Checks each link of a deployed baseline: trail → log group → filters → alarms → topics → inboxes. */
import { processIo } from "./lib/verify/cli";
import { verifyCommand } from "./lib/verify/verifyCommand";

void verifyCommand(process.argv.slice(2), { io: processIo }).then((code) => {
  process.exitCode = code;
});
