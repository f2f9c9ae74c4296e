/**
 * `npm run -s plan-diff -- base.json head.json [--json] [--no-policy] [--policy-config FILE]`:
 * what merging would change, as Markdown for a PR comment (or JSON with --json), with the
 * policy pack's verdict on the head plan. Inputs are two `npm run -s plan -- --json` outputs.
 */
import * as fs from "fs";
import { PackError, analyzeResources } from "./lib/packClient";
import { PlanFileError, readPlanFile } from "./lib/planDiffInput";
import { renderDiff, renderDiffJson } from "./lib/planDiffMarkdown";
import { PolicyVerdict, notRun, verdictFrom } from "./lib/planDiffVerdict";
import { Plan } from "./lib/planTypes";
import { fromCaller } from "./lib/callerPath";
import { AuditInputError } from "./lib/auditInput";
import { readPolicyConfig } from "./lib/auditConfig";

const USAGE = "usage: npm run -s plan-diff -- <base.json> <head.json> [--json] [--json-out <file>] [--no-policy] [--policy-config <file.json>]";

class UsageError extends Error {}

interface Args {
  base: string;
  head: string;
  json: boolean;
  policy: boolean;
  policyConfig?: string;
  /** Also write the --json form here, so CI gets both forms from one pack run. */
  jsonOut?: string;
}

function parseArgs(argv: string[]): Args {
  const files: string[] = [];
  let json = false;
  let policy = true;
  let policyConfig: string | undefined;
  let jsonOut: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") json = true;
    else if (arg === "--no-policy") policy = false;
    else if (arg === "--policy-config") {
      policyConfig = argv[++i];
      if (!policyConfig) throw new UsageError(`--policy-config needs a file\n${USAGE}`);
    } else if (arg === "--json-out") {
      jsonOut = argv[++i];
      if (!jsonOut) throw new UsageError(`--json-out needs a file\n${USAGE}`);
    } else if (arg === "--help" || arg === "-h") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith("-")) throw new UsageError(`unknown option ${arg}\n${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 2) throw new UsageError(`expected two plan files, got ${files.length}\n${USAGE}`);
  return { base: fromCaller(files[0]), head: fromCaller(files[1]), json, policy, policyConfig: policyConfig && fromCaller(policyConfig), jsonOut: jsonOut && fromCaller(jsonOut) };
}

/** Runs the pack (a real gRPC policy pack process, as `pulumi preview` does) over the head plan. */
async function policyVerdict(head: Plan, args: Args): Promise<PolicyVerdict> {
  if (!args.policy) return notRun("--no-policy was given");
  const config = args.policyConfig ? readPolicyConfig(args.policyConfig) : undefined;
  const violations = await analyzeResources(
    head.resources.map((r) => ({ urn: r.urn, type: r.type, name: r.name, parent: r.parent, inputs: r.inputs, dependencies: r.dependsOn })),
    { config },
  );
  return verdictFrom(violations);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const base = readPlanFile(args.base);
  const head = readPlanFile(args.head);
  const verdict = await policyVerdict(head, args);
  if (args.jsonOut) fs.writeFileSync(args.jsonOut, renderDiffJson(base, head, verdict));
  process.stdout.write(args.json ? renderDiffJson(base, head, verdict) : renderDiff(base, head, verdict));
}

main().catch((err: unknown) => {
  if (err instanceof UsageError || err instanceof PlanFileError || err instanceof PackError || err instanceof AuditInputError) {
    process.stderr.write(`plan-diff: ${err.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`plan-diff failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
