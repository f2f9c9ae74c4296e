/**
 * `npm run -s plan -- --stack dev [--config-file FILE] [--json] [--no-policy] [--policy-config FILE]
 * [--write-policy-config FILE]`: what `pulumi up` would create, without credentials or the Pulumi
 * CLI, and the policy pack's verdict on it. With --json, only the plan JSON on stdout (the verdict
 * goes to stderr).
 */
import { lazyBody, runMain } from "../lib/cli";
import { PLAN_COMMAND } from "./planCommand";

void runMain(
  PLAN_COMMAND,
  lazyBody(async () => {
    const { planMain, PLAN_INPUT_ERRORS } = await import("./planRun");
    return { main: planMain, inputErrors: PLAN_INPUT_ERRORS };
  }),
);
