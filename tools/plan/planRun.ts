/** The `plan` command's body and its text rendering (tools/plan/main.ts loads it when the command runs). */
import * as path from "path";
import { ConfigError } from "../../config";
import { PlanInputError, buildPlan, stableStringify } from "../lib/plan";
import { PackError, PolicyPackProcess, Violation } from "../lib/packClient";
import { RESOURCE_POLICY_TYPES } from "../../policy/policies";
import { Plan } from "../lib/planTypes";
import { fromCaller } from "../lib/callerPath";
import { CommandContext, EXIT_FAILED, EXIT_OK, ErrorClass, ParsedArgs } from "../lib/cli";
import type { PLAN_COMMAND } from "./planCommand";

/** An indented tree: component, then its children, as `pulumi preview` shows it. */
export function renderTree(plan: Plan): string {
  const children = new Map<string | null, Plan["resources"][number][]>();
  for (const r of plan.resources) children.set(r.parent, [...(children.get(r.parent) ?? []), r]);
  const lines = [`Plan for ${plan.project}/${plan.stack}: ${plan.resources.length} resources to create`];
  const walk = (parent: string | null, depth: number): void => {
    for (const r of children.get(parent) ?? []) {
      const flags = [r.protect ? "protect" : "", r.retainOnDelete ? "retainOnDelete" : ""].filter(Boolean).join(", ");
      const region = typeof r.inputs.region === "string" ? ` [${r.inputs.region}]` : "";
      lines.push(`${"  ".repeat(depth)}+ ${r.type}  ${r.name}${region}${flags ? `  (${flags})` : ""}`);
      walk(r.urn, depth + 1);
    }
  };
  walk(null, 1);
  return lines.join("\n");
}

/** The policy pack's verdict, one line per violation. */
export function renderVerdict(violations: readonly Violation[]): string {
  if (violations.length === 0) return "Policy pack: no violation.";
  return [
    `Policy pack: ${violations.length} violation(s).`,
    ...violations.map((v) => `  [${v.enforcementLevel}] ${v.policy}: ${v.urn.split("::").pop()}: ${v.message}`),
  ].join("\n");
}

export async function planMain({ flags }: ParsedArgs<typeof PLAN_COMMAND.flags>, io: CommandContext): Promise<number> {
  // The pack starts while the program runs: its start is most of the policy step's time.
  const packStart = flags["no-policy"] ? undefined : PolicyPackProcess.start();
  packStart?.catch(() => undefined); // awaited below; a plan error first must not leave it unhandled
  try {
    const configFile = flags["config-file"] === undefined ? undefined : fromCaller(flags["config-file"]);
    const { plan, recorded } = await buildPlan({ projectDir: path.resolve(__dirname, "..", ".."), stack: flags.stack, configFile });
    io.out(flags.json ? `${stableStringify(plan)}\n` : `${renderTree(plan)}\n`);
    if (!packStart) return EXIT_OK;
    const pack = await packStart;
    // The same pack `pulumi preview --policy-pack policy` runs, over the planned resources.
    const violations = await pack.analyzeAll(recorded, new Set(RESOURCE_POLICY_TYPES));
    (flags.json ? io.err : io.out)(`${renderVerdict(violations)}\n`);
    return violations.some((v) => v.enforcementLevel === "mandatory") ? EXIT_FAILED : EXIT_OK;
  } finally {
    void packStart?.then((pack) => pack.close(), () => undefined);
  }
}

/** What ends `plan` with 2 and one line instead of a stack trace. */
export const PLAN_INPUT_ERRORS: readonly ErrorClass[] = [ConfigError, PlanInputError, PackError];
