/**
 * npm run -s audit -- FILE... [--json] [--config policy-config.json]
 *
 * Runs the policy pack over deployed (`pulumi stack export`) or previewed
 * (`pulumi preview --json`) stacks, through the same gRPC interface the engine uses.
 * Exit codes: 0 no mandatory violation, 1 a mandatory violation, 2 bad input.
 */
import { AuditInputError, readAuditFile } from "./lib/auditInput";
import { RESOURCE_POLICY_TYPES } from "../policy/policies";
import { readPolicyConfig, validatePolicyConfig } from "./lib/auditConfig";
import { hasMandatory, jsonReport, StackViolations, textReport } from "./lib/auditReport";
import { PackError, PolicyPackProcess } from "./lib/packClient";

const USAGE = "usage: npm run -s audit -- FILE... [--json] [--config policy-config.json]";

interface Args {
  readonly files: string[];
  readonly json: boolean;
  readonly config?: string;
}

function parseArgs(argv: readonly string[]): Args {
  const files: string[] = [];
  let json = false;
  let config: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") json = true;
    else if (arg === "--config") {
      config = argv[++i];
      if (!config) throw new AuditInputError("--config needs a file");
    } else if (arg === "--help" || arg === "-h") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith("--")) throw new AuditInputError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new AuditInputError("no input file");
  return { files, json, config };
}

/** Types the pack's resource policies check; the stack policies still see every resource. */
const ANALYZED_TYPES: ReadonlySet<string> = new Set(RESOURCE_POLICY_TYPES);

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const stacks = args.files.map(readAuditFile);
  const rawConfig = args.config ? readPolicyConfig(args.config) : undefined;
  const pack = await PolicyPackProcess.start();
  try {
    if (rawConfig && args.config) await pack.configure(validatePolicyConfig(args.config, rawConfig, await pack.getAnalyzerInfo()));
    const results: StackViolations[] = [];
    for (const stack of stacks) {
      results.push({ stack: stack.stack, file: stack.file, violations: await pack.analyzeAll(stack.resources, ANALYZED_TYPES) });
    }
    process.stdout.write(`${args.json ? jsonReport(results) : textReport(results)}\n`);
    return hasMandatory(results) ? 1 : 0;
  } finally {
    pack.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof AuditInputError) process.stderr.write(`audit: ${e.message}\n${USAGE}\n`);
    else if (e instanceof PackError) process.stderr.write(`audit: ${e.message}\n`);
    else process.stderr.write(`audit: unexpected error: ${(e as Error).message ?? String(e)}\n`);
    process.exit(2);
  },
);
