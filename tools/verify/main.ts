/** Checks each link of a deployed baseline: trail → log group → filters → alarms → topics → inboxes. */
import { runMain } from "../lib/cli";
import { LIVE_RUN_OPTIONS } from "../lib/live/runControl";
import { VERIFY_SPEC, verifyBody } from "./verifyCommand";

void runMain(VERIFY_SPEC, verifyBody(), LIVE_RUN_OPTIONS);
