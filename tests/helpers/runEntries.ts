/**
 * Runs tools' entry files in this one process, each as `node <entry> ARGS...` would (as the main
 * module, on process.argv), and prints what each did as JSON lines: `{entry, args, code, stdout,
 * stderr}`. One process for many runs keeps tests/tools/convention.test.ts cheap: the shared
 * modules load once. Only for runs that end without waiting (--help, usage errors).
 *
 * argv: a JSON array of {entry, args} (entry relative to the repository root).
 */
import * as Module from "module";
import * as path from "path";

interface Run {
  readonly entry: string;
  readonly args: readonly string[];
}

const ROOT = path.join(__dirname, "..", "..");
/** Module.runMain, typed: loads process.argv[1] as the main module, as `node FILE` does. */
const runMain = (Module as unknown as { runMain: () => void }).runMain;

/** The handlers a run installs (signals, stream errors, exit hooks), removed after it as its process would end. */
const HOOKS: readonly [NodeJS.EventEmitter, string][] = [
  [process, "SIGINT"],
  [process, "SIGTERM"],
  [process, "exit"],
  [process.stdout, "error"],
  [process.stderr, "error"],
];

async function runOne({ entry, args }: Run): Promise<Record<string, unknown>> {
  const file = path.join(ROOT, entry);
  const hooks = HOOKS.map(([emitter, event]) => new Set(emitter.listeners(event)));
  const captured = { stdout: "", stderr: "" };
  const write = { stdout: process.stdout.write, stderr: process.stderr.write };
  process.stdout.write = ((chunk: string | Uint8Array) => ((captured.stdout += chunk.toString()), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((captured.stderr += chunk.toString()), true)) as typeof process.stderr.write;
  process.exitCode = undefined;
  try {
    process.argv = [process.execPath, file, ...args];
    delete require.cache[require.resolve(file)];
    runMain();
    // runMain sets the exit code once the command's promise settles; --help and usage errors
    // settle without I/O, so a turn of the event loop is enough.
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.stdout.write = write.stdout;
    process.stderr.write = write.stderr;
    HOOKS.forEach(([emitter, event], i) => {
      for (const listener of emitter.listeners(event))
        if (!hooks[i].has(listener)) emitter.off(event, listener as (...args: unknown[]) => void);
    });
  }
  const code = process.exitCode;
  process.exitCode = undefined;
  return { entry, args, code: code ?? null, ...captured };
}

async function main(): Promise<void> {
  const runs = JSON.parse(process.argv[2]) as Run[];
  const results: Record<string, unknown>[] = [];
  for (const run of runs) results.push(await runOne(run));
  process.stdout.write(`${results.map((r) => JSON.stringify(r)).join("\n")}\n`);
  process.exitCode = 0;
}

void main();
