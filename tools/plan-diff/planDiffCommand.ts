/**
 * The `plan-diff` command's flags and usage. Loads nothing else, so `--help` and usage errors
 * answer at once; the body is tools/plan-diff/planDiffRun.ts.
 */
import { defineCommand } from "../lib/cli";

export const PLAN_DIFF_COMMAND = defineCommand({
  name: "plan-diff",
  summary:
    "What merging would change, as Markdown for a PR comment (or JSON), with the policy pack's verdict on the head plan. " +
    "Both files are `npm run -s plan -- --stack <name> --json` outputs of the same project and stack.",
  usage: "<base.json> <head.json> [--json] [--json-out <file>] [--no-policy] [--policy-config <file>] [--allow-different-stacks]",
  positionals: { name: "<base.json> <head.json>", description: "The plan before and the plan after the change.", min: 2, max: 2 },
  flags: {
    json: { type: "boolean", description: "Print the diff as JSON (the documented contract) instead of Markdown." },
    "json-out": {
      type: "string",
      valueName: "<file>",
      description: "Also write the JSON form to this file (both forms from one pack run).",
    },
    "no-policy": { type: "boolean", description: "Do not run the policy pack on the head plan (verdict: not-run)." },
    "policy-config": {
      type: "string",
      valueName: "<file>",
      description:
        "Policy pack config, as `pulumi preview --policy-pack-config` takes it. The head plan's residency trails are exempt as `plan` exempts them, merged into this file if one is given.",
    },
    "allow-different-stacks": {
      type: "boolean",
      description: "Diff plans of two different projects or stacks (refused by default: their resources are unrelated).",
    },
  },
  exitCodes: {
    0: "diffed; the policy pack passed, found only advisory violations, or did not run",
    1: "diffed; the policy pack found mandatory violations on the head plan",
    2: "usage error, unreadable plan, plans of different stacks, or the pack could not run",
  },
});
