/**
 * `npm run -s bench -- --plugin`: how long the component plugin takes to start as the Pulumi CLI
 * starts it (tools/lib/pluginStart.ts: run-plugin, then GetSchema, then one Construct against a
 * local engine and monitor), compiled (what the package ships: plugin/ loading bin/provider.js,
 * which answers from schema.json) beside from source (what 0.2 shipped: run-plugin's ts-node
 * type-checking the TypeScript, and Pulumi's analyzer deriving the schema before the first answer).
 * Each mode is started `runs` times, alternating, and the medians reported.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PluginStart, timePluginStart } from "../lib/pluginStart";

const ROOT = path.join(__dirname, "..", "..");

export type PluginMode = "compiled" | "source";

export interface PluginStartRun {
  readonly mode: PluginMode;
  /** Medians over the runs, milliseconds from the spawn. */
  readonly schemaMs: number;
  readonly constructMs: number;
  readonly runs: number;
}

/** A Construct's arguments: a two-Region baseline, as the README's example. */
const ARGS = { regions: ["eu-west-1", "eu-central-1"], alertEmails: ["secops@example.com"], trailName: "acme-security" };

/** plugin/ as `npm install` lays it out: the package (here, this checkout) in its node_modules. */
function compiledLayout(folder: string): string {
  const dir = path.join(folder, "compiled");
  fs.mkdirSync(path.join(dir, "node_modules"), { recursive: true });
  for (const file of ["PulumiPlugin.yaml", "package.json", "index.js"])
    fs.copyFileSync(path.join(ROOT, "plugin", file), path.join(dir, file));
  const packageName = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { name: string }).name;
  fs.symlinkSync(ROOT, path.join(dir, "node_modules", packageName), "dir");
  return dir;
}

/** 0.2's entry: provider.ts, the source-based ComponentProvider over the TypeScript sources. */
function sourceLayout(folder: string): string {
  const dir = path.join(folder, "source");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "baseline-from-source", version: "0.0.0", main: "provider.ts" }));
  const pulumiExperimental = require.resolve("@pulumi/pulumi/provider/experimental", { paths: [ROOT] }).replace(/\.js$/, "");
  fs.writeFileSync(
    path.join(dir, "provider.ts"),
    [
      `import { componentProviderHost } from ${JSON.stringify(pulumiExperimental)};`,
      `import { COMPONENT_PACKAGE } from ${JSON.stringify(path.join(ROOT, "component"))};`,
      `void componentProviderHost({ ...COMPONENT_PACKAGE, dirname: ${JSON.stringify(ROOT)} });`,
      "",
    ].join("\n"),
  );
  return dir;
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchPluginStart(runs = 3): Promise<PluginStartRun[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "bench-plugin-"));
  try {
    const dirs: Record<PluginMode, string> = { compiled: compiledLayout(folder), source: sourceLayout(folder) };
    const runPlugin = require.resolve("@pulumi/pulumi/cmd/run-plugin", { paths: [ROOT] });
    const starts: Record<PluginMode, PluginStart[]> = { compiled: [], source: [] };
    for (let i = 0; i < runs; i++) {
      for (const mode of ["compiled", "source"] as const) {
        // As the CLI: the program's folder is the working directory, and run-plugin's ts-node reads its
        // tsconfig.json; this repository's program is the consumer here.
        starts[mode].push(await timePluginStart({ runPlugin, pluginDir: dirs[mode], cwd: ROOT, args: ARGS, timeoutMs: 300_000 }));
      }
    }
    return (["compiled", "source"] as const).map((mode) => ({
      mode,
      schemaMs: median(starts[mode].map((s) => s.schemaMs)),
      constructMs: median(starts[mode].map((s) => s.constructMs)),
      runs,
    }));
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

export function pluginStartText(results: readonly PluginStartRun[]): string {
  const label: Record<PluginMode, string> = {
    compiled: "compiled (bin/, schema.json)",
    source: "from source (ts-node, analyzer)",
  };
  return [
    `component plugin start, run-plugin to the answer, median of ${results[0]?.runs ?? 0}:`,
    ...results.map((r) => `  ${label[r.mode].padEnd(32)} GetSchema ${r.schemaMs} ms, first Construct ${r.constructMs} ms`),
  ].join("\n");
}
