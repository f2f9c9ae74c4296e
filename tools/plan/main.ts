/**
 * `npm run -s plan -- --stack dev [--config-file FILE] [--json] [--no-policy] [--policy-config FILE]
 * [--write-policy-config FILE]`: what `pulumi up` would create, without credentials or the Pulumi
 * CLI, and the policy pack's verdict on it. With --json, only the plan JSON on stdout (the verdict
 * goes to stderr).
 */
import { lazyBody, runMain } from "../lib/cli";
import { PLAN_COMMAND } from "./planCommand";

// SIGINT/SIGTERM stop the plan at its next step (the program's evaluation is synchronous), with
// 130/143, its policy-pack process stopped and nothing printed after; a second signal quits at once.
void runMain(
  PLAN_COMMAND,
  lazyBody(async () => {
    const { planMain, PLAN_INPUT_ERRORS } = await import("./planRun");
    return { main: planMain, inputErrors: PLAN_INPUT_ERRORS };
  }),
  { interrupt: "abort" },
);
