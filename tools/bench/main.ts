/**
 * npm run -s bench -- [--json] [--plugin]
 *
 * With --plugin: the component plugin's start, compiled beside from source (pluginBench.ts);
 * nothing is installed. Without it:
 *
 * The pack against @pulumi/awsguard on a generated 5,000-resource stack, both driven over gRPC:
 * - mode "engine": the pack started as the engine starts it (`run-policy-pack`), every resource
 *   through `Analyze` and the whole stack through `AnalyzeStack`, as `pulumi preview` does;
 * - mode "audit" (this pack only): started as `audit` starts it, `Analyze` only for the types
 *   its resource policies check;
 * - `auditCliMs`: the whole `npm run -s audit -- export.json --json` on the stack's export.
 * awsguard is installed on demand into bench/.peers (it depends on @pulumi/aws ^4 and aws-sdk v2,
 * so it is not a project dependency; peerInstall.ts). `--json` prints the contracts documented in
 * bench/README.md.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { RESOURCE_POLICY_TYPES, STACK_POLICY_TYPES } from "../../policy/lib/resourceTypes";
import { compliantStack } from "../../tests/policy/stacks";
import { CommandIo, defineCommand, EXIT_OK, runMain } from "../lib/cli";
import { PackError, PackResource, PolicyPackProcess, StartOptions } from "../lib/packClient";
import { PEER_DOWNLOAD, PeerInstallError, installPeer } from "./peerInstall";
import { benchPluginStart, pluginStartText } from "./pluginBench";

const TARGET = 5000;
const PEERS = path.join(__dirname, "..", "..", "bench", ".peers");
const AWSGUARD = "@pulumi/awsguard@0.3.1";
const BENCH = defineCommand({
  name: "bench",
  summary: `Runs this policy pack and ${AWSGUARD} (installed on demand into bench/.peers, ${PEER_DOWNLOAD}, announced first) over a generated ${TARGET}-resource stack as the Pulumi engine drives packs, and this pack as \`audit\` runs it, then times the whole audit command. With --plugin, times the component plugin's start instead.`,
  usage: "[--json] [--plugin]",
  flags: {
    json: {
      type: "boolean",
      description:
        'Print {"resources", "runs": [{"pack", "mode", "startMs", "analyzeMs"}], "auditCliMs"}, or with --plugin {"pluginStart": [{"mode", "schemaMs", "constructMs", "runs"}]} (bench/README.md).',
    },
    plugin: {
      type: "boolean",
      description:
        "Time the component plugin as the Pulumi CLI starts it (run-plugin to GetSchema and to the first Construct, median of 3), compiled beside from source; installs nothing.",
    },
  },
  exitCodes: {
    0: "measured",
    1: "not used",
    2: "bad flag, npm could not install the peer pack (npm's reason on one line), or a pack, the plugin or the audit command failed",
  },
});

export interface BenchRun {
  readonly pack: "aws-security-baseline" | "@pulumi/awsguard";
  readonly mode: "engine" | "audit";
  readonly startMs: number;
  readonly analyzeMs: number;
}

/** CPU time the pack process used (user + system), for the text report: steadier than wall time on a busy machine. */
const packCpuMs = new Map<BenchRun, { start: number; analyze: number }>();

function cpuMs(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms (USER_HZ 100)
  } catch {
    return NaN;
  }
}

export interface BenchReport {
  readonly resources: number;
  readonly runs: BenchRun[];
  readonly auditCliMs: number;
}

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
    out.push({
      urn: `urn:pulumi:prod::team-app::${type}::${name}`,
      type,
      name,
      parent: null,
      inputs: { tags: { team: "app" }, name, instanceType: "t3.micro", runtime: "nodejs20.x", billingMode: "PAY_PER_REQUEST" },
    });
  }
  return out;
}

async function run(
  pack: BenchRun["pack"],
  mode: BenchRun["mode"],
  start: StartOptions,
  resources: readonly PackResource[],
  analyzeTypes?: ReadonlySet<string>,
): Promise<BenchRun> {
  const t0 = performance.now();
  const server = await PolicyPackProcess.start(start);
  const t1 = performance.now();
  const c1 = cpuMs(server.pid);
  try {
    await server.analyzeAll(resources, analyzeTypes, mode === "audit" ? new Set(STACK_POLICY_TYPES) : undefined);
    const result: BenchRun = { pack, mode, startMs: Math.round(t1 - t0), analyzeMs: Math.round(performance.now() - t1) };
    packCpuMs.set(result, { start: c1, analyze: cpuMs(server.pid) - c1 });
    return result;
  } finally {
    server.close();
  }
}

/**
 * A pack folder that serves awsguard with every policy at its default level, with awsguard
 * installed in it. Its PulumiPolicy.yaml is written first: Pulumi's nodejs host skips a policy
 * pack's folder when it looks for the program's resource plugins, so awsguard's @pulumi/aws 4.x
 * does not become a plugin `pulumi up` of this repository's program downloads
 * (tests/project/pluginScan.test.ts).
 */
async function awsguardPackDir(io: CommandIo): Promise<string> {
  const dir = path.join(PEERS, "awsguard-pack");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "PulumiPolicy.yaml"), "runtime: nodejs\n");
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "awsguard-bench", version: "0.0.1", main: "index.js" }));
  fs.writeFileSync(path.join(dir, "index.js"), 'const { AwsGuard } = require("@pulumi/awsguard");\nnew AwsGuard({ all: "advisory" });\n');
  await installPeer({ spec: AWSGUARD, name: "@pulumi/awsguard", prefix: dir, say: (line) => io.err(`${line}\n`) });
  return dir;
}

/** The whole command a user runs, process start to exit, on a stack export of the resources. */
function timeAuditCli(resources: readonly PackResource[]): number {
  const exportFile = path.join(os.tmpdir(), `bench-export-${process.pid}.json`);
  const state = (r: PackResource) => ({
    urn: r.urn,
    custom: true,
    type: r.type,
    inputs: r.inputs,
    outputs: r.inputs,
    parent: r.parent ?? undefined,
    propertyDependencies: r.propertyDependencies,
  });
  fs.writeFileSync(
    exportFile,
    JSON.stringify({ version: 3, deployment: { manifest: { version: "v3.248.0" }, resources: resources.map(state) } }),
  );
  try {
    const t0 = performance.now();
    const cli = spawnSync("npm", ["run", "-s", "audit", "--", exportFile, "--json"], {
      cwd: path.join(__dirname, "..", ".."),
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    });
    const ms = Math.round(performance.now() - t0);
    if (cli.status !== 0 && cli.status !== 1) throw new Error(`audit exited ${cli.status}: ${cli.stderr.trim()}`);
    return ms;
  } finally {
    fs.rmSync(exportFile, { force: true });
  }
}

export async function bench(io: CommandIo): Promise<BenchReport> {
  const awsguardDir = await awsguardPackDir(io);
  const resources = generateStack(TARGET);
  const runs: BenchRun[] = [];
  // Alternate the packs so a noisy neighbour hurts both alike; engine mode is what `pulumi preview` pays.
  runs.push(await run("aws-security-baseline", "engine", { launcher: "engine" }, resources));
  runs.push(await run("@pulumi/awsguard", "engine", { launcher: "engine", policyDir: awsguardDir }, resources));
  runs.push(await run("aws-security-baseline", "audit", { launcher: "node" }, resources, new Set(RESOURCE_POLICY_TYPES)));
  return { resources: resources.length, runs, auditCliMs: timeAuditCli(resources) };
}

function text(report: BenchReport): string {
  const lines = [`${report.resources} resources`];
  for (const r of report.runs) {
    const cpu = packCpuMs.get(r);
    lines.push(
      `${r.pack} (${r.mode}): start ${r.startMs} ms, analyze ${r.analyzeMs} ms; pack CPU: start ${cpu?.start ?? "?"} ms, analyze ${cpu?.analyze ?? "?"} ms`,
    );
  }
  lines.push(`npm run -s audit -- export.json --json: ${report.auditCliMs} ms`);
  return lines.join("\n");
}

if (require.main === module) {
  void runMain(
    BENCH,
    async ({ flags }, io) => {
      if (flags.plugin) {
        const pluginStart = await benchPluginStart();
        io.out(`${flags.json ? JSON.stringify({ pluginStart }) : pluginStartText(pluginStart)}\n`);
        return EXIT_OK;
      }
      const report = await bench(io);
      io.out(`${flags.json ? JSON.stringify(report) : text(report)}\n`);
      return EXIT_OK;
    },
    { inputErrors: [PeerInstallError, PackError] },
  );
}
