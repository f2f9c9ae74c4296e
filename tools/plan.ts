/**
 * `npm run -s plan -- --stack dev [--config-file FILE] [--json]`: what `pulumi up` would
 * create, without credentials or the Pulumi CLI. With --json, only the plan JSON on stdout.
 */
import * as path from "path";
import { ConfigError } from "../config";
import { PlanInputError, buildPlan, stableStringify } from "./lib/plan";
import { PackError, Violation, analyzeResources } from "./lib/packClient";
import { RESOURCE_POLICY_TYPES } from "../policy/policies";
import { Plan } from "./lib/planTypes";
import { fromCaller } from "./lib/callerPath";

const USAGE = "usage: npm run -s plan -- --stack <name> [--config-file <Pulumi.<stack>.yaml>] [--json] [--no-policy]";

interface Args {
  stack: string;
  configFile?: string;
  json: boolean;
  policy: boolean;
}

function parseArgs(argv: string[]): Args {
  let stack: string | undefined;
  let configFile: string | undefined;
  let json = false;
  let policy = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") json = true;
    else if (arg === "--no-policy") policy = false;
    else if (arg === "--stack" || arg === "-s") stack = argv[++i];
    else if (arg === "--config-file") configFile = argv[++i];
    else if (arg === "--help" || arg === "-h") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else throw new PlanInputError(`unknown argument ${arg}\n${USAGE}`);
  }
  if (!stack) throw new PlanInputError(`--stack is required\n${USAGE}`);
  return { stack, configFile: configFile && fromCaller(configFile), json, policy };
}

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

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const { plan, recorded } = await buildPlan({ projectDir: path.resolve(__dirname, ".."), stack: args.stack, configFile: args.configFile });
  process.stdout.write(args.json ? `${stableStringify(plan)}\n` : `${renderTree(plan)}\n`);
  if (!args.policy) return;
  // The same pack `pulumi preview --policy-pack policy` runs, over the planned resources.
  const violations = await analyzeResources(recorded, { launcher: "transpile-only", analyzeTypes: new Set(RESOURCE_POLICY_TYPES) });
  (args.json ? process.stderr : process.stdout).write(`${renderVerdict(violations)}\n`);
  if (violations.some((v) => v.enforcementLevel === "mandatory")) process.exitCode = 1;
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof PlanInputError || err instanceof PackError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`plan failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
