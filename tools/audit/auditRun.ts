/**
 * The `audit` command's body (tools/audit/main.ts loads it once the pack is starting): runs the
 * policy pack over deployed (`pulumi stack export`) or previewed (`pulumi preview --json`)
 * stacks, through the same gRPC interface the engine uses: `Analyze` gets each resource's
 * inputs, `AnalyzeStack` its outputs.
 */
import { RESOURCE_POLICY_TYPES, STACK_POLICY_TYPES } from "../../policy/lib/resourceTypes";
import { readPolicyConfig, validatePolicyConfig } from "../lib/policyConfig";
import { AuditStack, readAuditFile } from "./auditInput";
import { hasMandatory, jsonReport, StackViolations, textReport } from "./auditReport";
import { sarifReport } from "./auditSarif";
import { CommandContext, EXIT_FAILED, EXIT_OK, ParsedArgs, UsageError } from "../lib/cli";
import { PolicyPackConfig, PolicyPackProcess } from "../lib/packClient";
import type { PackLaunch } from "../lib/packLaunch";
import type { AUDIT } from "./auditCommand";

/**
 * The engine sends every resource through Analyze and AnalyzeStack; audit sends each only the
 * types the pack's policies read (tests/policy/resourcePolicyTypes.test.ts proves the verdict
 * is the same), so thousands of unrelated resources cost nothing.
 */
const ANALYZED_TYPES: ReadonlySet<string> = new Set(RESOURCE_POLICY_TYPES);
const STACK_TYPES: ReadonlySet<string> = new Set(STACK_POLICY_TYPES);

/** Audits parsed stacks with a running pack, configured first from a config file when given. */
export async function auditStacks(
  pack: PolicyPackProcess,
  stacks: readonly AuditStack[],
  config?: { file: string; raw: PolicyPackConfig },
): Promise<StackViolations[]> {
  if (config) await pack.configure(validatePolicyConfig(config.file, config.raw, await pack.getAnalyzerInfo()));
  const results: StackViolations[] = [];
  for (const stack of stacks) {
    results.push({ stack: stack.stack, file: stack.file, violations: await pack.analyzeAll(stack.resources, ANALYZED_TYPES, STACK_TYPES) });
  }
  return results;
}

/** Reads the files (bad files fail here, exit 2), then audits them with the pack `launch` started. */
export async function auditMain(
  { flags, positionals }: ParsedArgs<typeof AUDIT.flags>,
  io: CommandContext,
  launch: PackLaunch,
): Promise<number> {
  if (flags.json && flags.format !== undefined && flags.format !== "json")
    throw new UsageError(`--json and --format ${flags.format} ask for two formats; give one`);
  const format = flags.format ?? (flags.json ? "json" : "text");
  if (flags["sarif-location"] !== undefined && format !== "sarif") throw new UsageError("--sarif-location goes with --format sarif");
  const stacks = positionals.map(readAuditFile);
  const config = flags.config ? { file: flags.config, raw: readPolicyConfig(flags.config) } : undefined;
  const pack = await PolicyPackProcess.connect(launch);
  try {
    const results = await auditStacks(pack, stacks, config);
    const report =
      format === "sarif"
        ? sarifReport(results, await pack.getAnalyzerInfo())
        : format === "json"
          ? jsonReport(results)
          : textReport(results);
    io.out(`${report}\n`);
    return hasMandatory(results) ? EXIT_FAILED : EXIT_OK;
  } finally {
    pack.close();
  }
}
