/**
 * `npm run -s plan-diff -- base.json head.json [--json] [--json-out FILE] [--no-policy]
 * [--policy-config FILE] [--allow-different-stacks]`: what merging would change, as Markdown
 * for a PR comment (or JSON with --json), with the policy pack's verdict on the head plan.
 * Inputs are two `npm run -s plan -- --json` outputs of the same stack. Exit 1 when the pack
 * finds mandatory violations, 2 when it cannot run (tools/lib/cli.ts).
 */
import { lazyBody, runMain } from "../lib/cli";
import { PLAN_DIFF_COMMAND } from "./planDiffCommand";

void runMain(
  PLAN_DIFF_COMMAND,
  lazyBody(async () => {
    const { planDiffMain, PLAN_DIFF_INPUT_ERRORS } = await import("./planDiffRun");
    return { main: planDiffMain, inputErrors: PLAN_DIFF_INPUT_ERRORS };
  }),
);
