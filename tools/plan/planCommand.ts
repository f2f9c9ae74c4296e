/**
 * The `plan` command's flags and usage. Loads nothing else, so `--help` and usage errors answer
 * at once; the body (tools/plan/planRun.ts) loads the program, Pulumi and the pack client.
 */
import { defineCommand } from "../lib/cli";

export const PLAN_COMMAND = defineCommand({
  name: "plan",
  summary:
    "What `pulumi up` would create for a stack, offline: the real program under Pulumi mocks, then the policy pack over the planned resources, as `pulumi preview --policy-pack policy` runs it.",
  usage:
    "--stack <name> [--config-file <file>] [--json] [--no-policy] [--policy-config <file>] [--write-policy-config <file> [--policy-config-only]]",
  flags: {
    stack: {
      type: "string",
      short: "s",
      valueName: "<name>",
      required: true,
      description: "Stack to plan; its config is read from Pulumi.<name>.yaml.",
    },
    "config-file": {
      type: "string",
      valueName: "<file>",
      description: "Read the stack config from this file instead of Pulumi.<stack>.yaml.",
    },
    json: { type: "boolean", description: "Print the plan as JSON (the documented contract) on stdout; the verdict goes to stderr." },
    "no-policy": {
      type: "boolean",
      description: "Do not run the policy pack (exit 0 once the plan is built); refused with --policy-config.",
    },
    "policy-config": {
      type: "string",
      valueName: "<file>",
      description:
        "Policy pack config, as `pulumi preview --policy-pack-config` takes it; the stack's own residency-trail exemptions are merged into it.",
    },
    "write-policy-config": {
      type: "string",
      valueName: "<file>",
      description:
        "Write the config the pack runs with (--policy-config plus the stack's own exemptions; with --no-policy, those exemptions alone) to this file, for `pulumi preview --policy-pack policy --policy-pack-config <file>` and `plan-diff --policy-config <file>`.",
    },
    "policy-config-only": {
      type: "boolean",
      description:
        "Write --write-policy-config's file from the stack config and stop, without running the program: for `pulumi preview`/`up` in CI, and for stacks the offline plan cannot run (vpcFlowLogs.allVpcs).",
    },
  },
  exitCodes: {
    0: "planned; no mandatory violation (with --policy-config-only: the file is written)",
    1: "planned; the policy pack found mandatory violations",
    2: "usage error, invalid stack config or policy config, or the plan or pack could not run",
  },
});
