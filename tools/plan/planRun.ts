/** The `plan` command's body and its text rendering (tools/plan/main.ts loads it when the command runs). */
import * as fs from "fs";
import * as path from "path";
import { ConfigError } from "../../settings/problems";
import { PlanInputError, PlanOptions, buildPlan, projectAndConfig, stableStringify } from "../lib/plan";
import { PackError, PolicyPackConfig, PolicyPackProcess, Violation } from "../lib/packClient";
import { readPolicyConfig, validatePolicyConfig } from "../lib/policyConfig";
import { RESOURCE_POLICY_TYPES } from "../../policy/policies";
import { Plan } from "../lib/planTypes";
import { fromCaller } from "../lib/callerPath";
import { CommandContext, EXIT_FAILED, EXIT_OK, ErrorClass, InputError, ParsedArgs, UsageError, stopPoint, unlessStopped } from "../lib/cli";
import { exemptionLine, mergePolicyConfig, stackExemptions } from "./planPolicyConfig";
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

/** --policy-config is checked against the pack's own policies and configures its run: --no-policy has neither. */
function refusePolicyConfigWithoutPack(flags: ParsedArgs<typeof PLAN_COMMAND.flags>["flags"]): void {
  if (flags["no-policy"] && flags["policy-config"] !== undefined) {
    throw new UsageError(
      "--policy-config configures the policy pack and is checked against it, and --no-policy does not run it: drop one of them (see npm run -s plan -- --help)",
    );
  }
}

/**
 * --policy-config-only: the file from the stack config alone (the exemptions need only the
 * resolved settings), the user's --policy-config checked against the pack's metadata first.
 */
async function writePolicyConfigOnly(
  flags: ParsedArgs<typeof PLAN_COMMAND.flags>["flags"],
  userConfig: PolicyPackConfig | undefined,
): Promise<number> {
  const file = flags["write-policy-config"];
  if (file === undefined)
    throw new UsageError("--policy-config-only writes --write-policy-config's file: give it (see npm run -s plan -- --help)");
  const { project, config } = projectAndConfig(planOptionsOf(flags));
  const own = stackExemptions(project.name, config);
  let validated: PolicyPackConfig = {};
  if (userConfig !== undefined && flags["policy-config"] !== undefined) {
    const pack = await PolicyPackProcess.start();
    try {
      validated = validatePolicyConfig(flags["policy-config"], userConfig, await pack.getAnalyzerInfo());
    } finally {
      await pack.close();
    }
  }
  writePolicyConfig(file, mergePolicyConfig(validated, own));
  return EXIT_OK;
}

/** The project, stack and config file the flags name: what buildPlan and projectAndConfig read. */
function planOptionsOf(flags: ParsedArgs<typeof PLAN_COMMAND.flags>["flags"], signal?: AbortSignal): PlanOptions {
  const configFile = flags["config-file"] === undefined ? undefined : fromCaller(flags["config-file"]);
  return { projectDir: path.resolve(__dirname, "..", ".."), stack: flags.stack, configFile, signal };
}

function writePolicyConfig(file: string, config: PolicyPackConfig): void {
  try {
    fs.writeFileSync(fromCaller(file), `${JSON.stringify(config, null, 2)}\n`);
  } catch (err) {
    throw new InputError(`--write-policy-config ${file}: cannot write it (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
}

export async function planMain({ flags }: ParsedArgs<typeof PLAN_COMMAND.flags>, io: CommandContext): Promise<number> {
  refusePolicyConfigWithoutPack(flags);
  const userConfigFile = flags["policy-config"];
  const userConfig = userConfigFile === undefined ? undefined : readPolicyConfig(userConfigFile);
  if (flags["policy-config-only"]) return writePolicyConfigOnly(flags, userConfig);
  // The pack starts while the program runs: its start is most of the policy step's time.
  const packStart = flags["no-policy"] ? undefined : PolicyPackProcess.start({ signal: io.signal });
  packStart?.catch(() => undefined); // awaited below; a plan error first must not leave it unhandled
  try {
    const { plan, recorded, config } = await buildPlan(planOptionsOf(flags, io.signal));
    // Settled before any output, so a bad --policy-config or an unwritable --write-policy-config
    // ends with 2 and no plan printed. As `pulumi preview --policy-pack-config` would run it: the
    // user's file, checked against the pack's own policies (a misspelt name must not leave a
    // policy unenforced without a word), plus the exemptions the stack's own trails need.
    // With --no-policy, --write-policy-config still writes the stack's own exemptions (no pack is
    // needed for them: --policy-config, which is, is refused there), e.g. for plan-diff in CI.
    const own = packStart || flags["write-policy-config"] !== undefined ? stackExemptions(plan.project, config) : {};
    const validated =
      packStart && userConfig !== undefined && userConfigFile !== undefined
        ? validatePolicyConfig(userConfigFile, userConfig, await (await packStart).getAnalyzerInfo())
        : {};
    const packConfig = mergePolicyConfig(validated, own);
    // Stopped (SIGINT, SIGTERM) while planning: nothing is written or printed after the caller gave up.
    await stopPoint(io.signal);
    if (flags["write-policy-config"] !== undefined) writePolicyConfig(flags["write-policy-config"], packConfig);
    io.out(flags.json ? `${stableStringify(plan)}\n` : `${renderTree(plan)}\n`);
    if (!packStart) return EXIT_OK;
    const report = flags.json ? io.err : io.out;
    const pack = await unlessStopped(io.signal, packStart);
    // Nothing to configure: the pack runs with its own defaults, as it always did.
    if (userConfig !== undefined || Object.keys(own).length > 0) await pack.configure(packConfig);
    const exempted = exemptionLine(own);
    if (exempted) report(`${exempted}\n`);
    // The same pack `pulumi preview --policy-pack policy` runs, over the planned resources.
    const violations = await unlessStopped(io.signal, pack.analyzeAll(recorded, new Set(RESOURCE_POLICY_TYPES)));
    report(`${renderVerdict(violations)}\n`);
    return violations.some((v) => v.enforcementLevel === "mandatory") ? EXIT_FAILED : EXIT_OK;
  } finally {
    void packStart?.then(
      (pack) => pack.close(),
      () => undefined,
    );
  }
}

/** What ends `plan` with 2 and one line instead of a stack trace. */
export const PLAN_INPUT_ERRORS: readonly ErrorClass[] = [ConfigError, PlanInputError, PackError];
