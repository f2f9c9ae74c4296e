/**
 * `npm run -s plan -- --stack dev [--config-file FILE] [--json] [--no-policy]`: what `pulumi up`
 * would create, without credentials or the Pulumi CLI, and the policy pack's verdict on it.
 * With --json, only the plan JSON on stdout (the verdict goes to stderr).
 */
import { runMain } from "./lib/cli";
import { PLAN_COMMAND, PLAN_RUN_OPTIONS, planMain } from "./lib/planCommand";

void runMain(PLAN_COMMAND, planMain, PLAN_RUN_OPTIONS);
