/** The `plan-diff` command's body (tools/plan-diff/main.ts loads it when the command runs). */
import * as fs from "fs";
import { PackError, PolicyPackProcess } from "../lib/packClient";
import { PlanFileError, readPlanFile } from "./planDiffInput";
import { renderDiff, renderDiffJson } from "./planDiffMarkdown";
import { PolicyVerdict, notRun, verdictFrom } from "./planDiffVerdict";
import { Plan } from "../lib/planTypes";
import { fromCaller } from "../lib/callerPath";
import { mergePolicyConfig, readPolicyConfig, validatePolicyConfig } from "../lib/policyConfig";
import { planExemptions } from "./planDiffExemptions";
import { CommandContext, EXIT_FAILED, EXIT_OK, ErrorClass, InputError, ParsedArgs } from "../lib/cli";
import type { PLAN_DIFF_COMMAND } from "./planDiffCommand";

/** Two plans of different projects or stacks, without --allow-different-stacks: exit 2. */
export class DifferentStacksError extends InputError {}

/** Runs the pack (a real gRPC policy pack process, as `pulumi preview` does) over the head plan. */
async function policyVerdict(head: Plan, flags: ParsedArgs<typeof PLAN_DIFF_COMMAND.flags>["flags"]): Promise<PolicyVerdict> {
  if (flags["no-policy"]) return notRun("--no-policy was given");
  const configFile = flags["policy-config"];
  const config = configFile === undefined ? undefined : readPolicyConfig(fromCaller(configFile));
  const pack = await PolicyPackProcess.start();
  try {
    // Checked against the pack's own policies and schemas, as `audit` checks it: a misspelt
    // policy name must not leave that policy unenforced without a word.
    const checked = config && configFile !== undefined ? validatePolicyConfig(configFile, config, await pack.getAnalyzerInfo()) : {};
    // The head plan's residency trails, exempt as `plan` exempts them from the stack's settings.
    const own = planExemptions(head);
    if (config !== undefined || Object.keys(own).length > 0) await pack.configure(mergePolicyConfig(checked, own));
    const violations = await pack.analyzeAll(
      head.resources.map((r) => ({
        urn: r.urn,
        type: r.type,
        name: r.name,
        parent: r.parent,
        inputs: r.inputs,
        dependencies: r.dependsOn,
      })),
    );
    return verdictFrom(violations);
  } finally {
    pack.close();
  }
}

function writeJsonOut(file: string, json: string): void {
  try {
    fs.writeFileSync(fromCaller(file), json);
  } catch (err) {
    throw new InputError(`--json-out ${file}: cannot write it (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
}

export async function planDiffMain(
  { flags, positionals }: ParsedArgs<typeof PLAN_DIFF_COMMAND.flags>,
  io: CommandContext,
): Promise<number> {
  const [baseFile, headFile] = positionals.map(fromCaller);
  const base = readPlanFile(baseFile);
  const head = readPlanFile(headFile);
  const baseId = `${base.project}/${base.stack}`;
  const headId = `${head.project}/${head.stack}`;
  if (baseId !== headId && !flags["allow-different-stacks"]) {
    throw new DifferentStacksError(
      `${positionals[0]} is a plan of ${baseId} but ${positionals[1]} is a plan of ${headId}: a diff of two different stacks or projects ` +
        "compares unrelated resources. Plan the same stack on both sides, or pass --allow-different-stacks if this is intended.",
    );
  }
  const verdict = await policyVerdict(head, flags);
  if (flags["json-out"] !== undefined) writeJsonOut(flags["json-out"], renderDiffJson(base, head, verdict));
  io.out(flags.json ? renderDiffJson(base, head, verdict) : renderDiff(base, head, verdict));
  return verdict.status === "failed" ? EXIT_FAILED : EXIT_OK;
}

/** What ends `plan-diff` with 2 and one line instead of a stack trace. */
export const PLAN_DIFF_INPUT_ERRORS: readonly ErrorClass[] = [PlanFileError, PackError];
