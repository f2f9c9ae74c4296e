/**
 * npm run -s audit -- FILE... [--json] [--config policy-config.json]
 *
 * Runs the policy pack over deployed (`pulumi stack export`) or previewed
 * (`pulumi preview --json`) stacks, through the same gRPC interface the engine uses: `Analyze`
 * gets each resource's inputs, `AnalyzeStack` its outputs. Exit codes: 0 no mandatory
 * violation, 1 a mandatory violation, 2 bad input or could not finish (tools/lib/cli.ts).
 */
import { RESOURCE_POLICY_TYPES, STACK_POLICY_TYPES } from "../../policy/lib/resourceTypes";
import { readPolicyConfig, validatePolicyConfig } from "../lib/policyConfig";
import { AuditInputError, AuditStack, readAuditFile } from "./auditInput";
import { hasMandatory, jsonReport, StackViolations, textReport } from "./auditReport";
import { defineCommand, EXIT_FAILED, EXIT_OK, runMain } from "../lib/cli";
import { PackError, PolicyPackConfig, PolicyPackProcess } from "../lib/packClient";

export const AUDIT = defineCommand({
  name: "audit",
  summary:
    "Runs the policy pack over stack exports (`pulumi stack export`) and previews (`pulumi preview --json`) as the engine drives it: each resource's inputs through Analyze, its outputs through AnalyzeStack.",
  usage: "FILE... [--json] [--config <file>]",
  flags: {
    json: { type: "boolean", description: 'Print {"violations": [{policy, urn, enforcementLevel, message}]} instead of the report.' },
    config: { type: "string", valueName: "<file>", description: "A --policy-pack-config file: levels and settings, checked against the policies' schemas." },
  },
  positionals: { name: "FILE...", description: "Stack exports or preview JSON files.", min: 1, max: Number.MAX_SAFE_INTEGER },
  exitCodes: { 0: "no mandatory violation", 1: "at least one mandatory violation", 2: "bad input (file, config, flag) or the pack could not run" },
});

/**
 * The engine sends every resource through Analyze and AnalyzeStack; audit sends each only the
 * types the pack's policies read (tests/policy/resourcePolicyTypes.test.ts proves the verdict
 * is the same), so thousands of unrelated resources cost nothing.
 */
const ANALYZED_TYPES: ReadonlySet<string> = new Set(RESOURCE_POLICY_TYPES);
const STACK_TYPES: ReadonlySet<string> = new Set(STACK_POLICY_TYPES);

/** Audits parsed stacks with a running pack, configured first from a config file when given. */
export async function auditStacks(pack: PolicyPackProcess, stacks: readonly AuditStack[], config?: { file: string; raw: PolicyPackConfig }): Promise<StackViolations[]> {
  if (config) await pack.configure(validatePolicyConfig(config.file, config.raw, await pack.getAnalyzerInfo()));
  const results: StackViolations[] = [];
  for (const stack of stacks) {
    results.push({ stack: stack.stack, file: stack.file, violations: await pack.analyzeAll(stack.resources, ANALYZED_TYPES, STACK_TYPES) });
  }
  return results;
}

if (require.main === module) {
  void runMain(
    AUDIT,
    async ({ flags, positionals }, io) => {
      // Bad files fail before the pack starts.
      const stacks = positionals.map(readAuditFile);
      const config = flags.config ? { file: flags.config, raw: readPolicyConfig(flags.config) } : undefined;
      const pack = await PolicyPackProcess.start();
      try {
        const results = await auditStacks(pack, stacks, config);
        io.out(`${flags.json ? jsonReport(results) : textReport(results)}\n`);
        return hasMandatory(results) ? EXIT_FAILED : EXIT_OK;
      } finally {
        pack.close();
      }
    },
    { inputErrors: [AuditInputError, PackError] },
  );
}
