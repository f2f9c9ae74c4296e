/**
 * npm run bench
 *
 * Audit throughput on a generated 5,000-resource stack export (trails with their buckets, keys,
 * log groups, filters and alarms, plus unrelated resources), through gRPC as `audit` runs it,
 * and the same resources through the published @pulumi/awsguard pack driven the same way.
 * awsguard is installed on demand into bench/.peers (it depends on @pulumi/aws ^4 and aws-sdk v2,
 * so it is not a project dependency).
 */
import * as os from "os";
import { spawnSync } from "child_process";
import { RESOURCE_POLICY_TYPES } from "../policy/policies";
import * as fs from "fs";
import * as path from "path";
import { compliantStack } from "../tests/policy/stacks";
import { PackResource, PolicyPackProcess } from "../tools/lib/packClient";

const TARGET = 5000;
const PEERS = path.join(__dirname, ".peers");

/** Copies of the compliant trail stack (50 resources each) renamed apart, plus unrelated resources. */
export function generateStack(total: number): PackResource[] {
  const template = compliantStack();
  const out: PackResource[] = [];
  const copies = Math.floor((total * 0.6) / template.length);
  for (let i = 0; i < copies; i++) {
    const rename = (u: string) => u.replace(/::([^:]+)$/, `::$1-${i}`);
    for (const r of template) {
      const inputs = JSON.parse(JSON.stringify(r.inputs).replace(/team-app/g, `team-app-${i}`)) as Record<string, unknown>;
      const deps = Object.fromEntries(Object.entries(r.propertyDependencies ?? {}).map(([k, v]) => [k, v.map(rename)]));
      out.push({ ...r, urn: rename(r.urn), name: `${r.name}-${i}`, inputs, propertyDependencies: deps });
    }
  }
  for (let i = 0; out.length < total; i++) {
    const kind = i % 3;
    const type = kind === 0 ? "aws:ec2/instance:Instance" : kind === 1 ? "aws:lambda/function:Function" : "aws:dynamodb/table:Table";
    const name = `app-${i}`;
    out.push({ urn: `urn:pulumi:prod::team-app::${type}::${name}`, type, name, parent: null, inputs: { tags: { team: "app" }, name, instanceType: "t3.micro", runtime: "nodejs20.x", billingMode: "PAY_PER_REQUEST" } });
  }
  return out;
}

function peakRssMb(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return hwm ? Math.round(Number(hwm[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

interface Result {
  readonly pack: string;
  readonly startMs: number;
  readonly auditMs: number;
  readonly violations: number;
  readonly packPeakMb?: number;
}

async function run(
  label: string,
  start: () => Promise<PolicyPackProcess>,
  resources: readonly PackResource[],
  analyzeTypes?: ReadonlySet<string>,
): Promise<Result> {
  const t0 = Date.now();
  const pack = await start();
  const t1 = Date.now();
  try {
    const violations = await pack.analyzeAll(resources, analyzeTypes);
    const t2 = Date.now();
    return { pack: label, startMs: t1 - t0, auditMs: t2 - t1, violations: violations.length, packPeakMb: peakRssMb(pack.pid) };
  } finally {
    pack.close();
  }
}

/** A pack folder that serves awsguard with every policy at its default level. */
function awsguardPackDir(): string {
  const dir = path.join(PEERS, "awsguard-pack");
  if (!fs.existsSync(path.join(PEERS, "node_modules/@pulumi/awsguard"))) {
    const install = spawnSync("npm", ["install", "--prefix", PEERS, "--no-save", "--ignore-scripts", "@pulumi/awsguard@0.3.1"], { encoding: "utf8", timeout: 600000 });
    if (install.status !== 0) throw new Error(`npm install @pulumi/awsguard@0.3.1 failed: ${(install.stderr || install.stdout).trim().split("\n").slice(-3).join(" / ")}`);
  }
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "awsguard-bench", version: "0.0.1" }));
  fs.writeFileSync(path.join(dir, "PulumiPolicy.yaml"), "runtime: nodejs\n");
  fs.writeFileSync(path.join(dir, "index.js"), 'const { AwsGuard } = require("@pulumi/awsguard");\nnew AwsGuard({ all: "advisory" });\n');
  return dir;
}

async function main(): Promise<void> {
  const resources = generateStack(TARGET);
  const results: Result[] = [];
  // As `npm run audit` runs it: Analyze only for the types the resource policies check.
  results.push(await run("aws-security-baseline, as `audit` runs it", () => PolicyPackProcess.start(), resources, new Set(RESOURCE_POLICY_TYPES)));
  // As the engine runs it during `pulumi preview`: every resource through Analyze.
  results.push(await run("aws-security-baseline, every resource through Analyze", () => PolicyPackProcess.start(), resources));
  let awsguard: string;
  try {
    const dir = awsguardPackDir();
    // awsguard's resource policies cover many types: every resource goes through Analyze.
    results.push(await run("@pulumi/awsguard 0.3.1, every resource through Analyze", () => PolicyPackProcess.start({ policyDir: dir, program: "index.js" }), resources));
    awsguard = "ran";
  } catch (e) {
    awsguard = `could not run: ${(e as Error).message.split("\n")[0]}`;
  }
  console.log(`resources: ${resources.length} (${resources.filter((r) => r.type.startsWith("aws:cloudtrail")).length} trails)`);
  for (const r of results) {
    const perSecond = Math.round(resources.length / ((r.auditMs || 1) / 1000));
    console.log(
      `${r.pack}: start ${r.startMs} ms, audit ${r.auditMs} ms, start + audit ${r.startMs + r.auditMs} ms (${perSecond} resources/s), ${r.violations} violations, pack peak RSS ${r.packPeakMb ?? "?"} MB`,
    );
  }
  // Per-resource cost must not grow with the stack (no quadratic stack policy): audit half and all.
  const half = generateStack(TARGET / 2);
  const small = await run("half", () => PolicyPackProcess.start(), half, new Set(RESOURCE_POLICY_TYPES));
  const full = results[0];
  const perResource = (r: Result, n: number): string => ((r.auditMs * 1000) / n).toFixed(0);
  console.log(
    `scaling (as audit runs it): ${half.length} resources ${small.auditMs} ms (${perResource(small, half.length)} µs each), ${resources.length} resources ${full.auditMs} ms (${perResource(full, resources.length)} µs each)`,
  );
  // The whole command a user runs, from process start to exit, on a stack export of the same stack.
  const exportFile = path.join(os.tmpdir(), `bench-export-${process.pid}.json`);
  fs.writeFileSync(
    exportFile,
    JSON.stringify({
      version: 3,
      deployment: { resources: resources.map((r) => ({ urn: r.urn, custom: true, type: r.type, inputs: r.inputs, outputs: r.inputs, parent: r.parent ?? undefined, propertyDependencies: r.propertyDependencies })) },
    }),
  );
  const cliStart = Date.now();
  const cli = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", path.join(__dirname, "..", "tools", "audit.ts"), exportFile, "--json"], {
    cwd: path.join(__dirname, ".."),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  fs.rmSync(exportFile, { force: true });
  console.log(`\`npm run -s audit -- export.json --json\` end to end on ${resources.length} resources: ${Date.now() - cliStart} ms, exit ${cli.status}`);
  console.log(`bench process peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  console.log(`@pulumi/awsguard: ${awsguard}`);
}

if (require.main === module) main().catch((e: unknown) => {
  console.error(`bench: ${(e as Error).message}`);
  process.exit(1);
});
