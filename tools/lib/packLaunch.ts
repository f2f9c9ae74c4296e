/**
 * Starting the policy-pack process, apart from talking to it over gRPC (packClient.ts): a tool
 * can start the pack first and load its own modules, the gRPC client among them, and read its
 * input while the pack boots (most of a small run's time), then connect.
 */
import { ChildProcess, spawn } from "child_process";
import * as path from "path";
import { onCleanup } from "./cli";

export const ROOT_DIR = path.resolve(__dirname, "..", "..");
export const POLICY_DIR = path.join(ROOT_DIR, "policy");

/** The pack could not start or answer: one line naming the pack folder, exit 2. */
export class PackError extends Error {}

export interface StartOptions {
  readonly policyDir?: string;
  /**
   * "node" (default): `node <program>` in the pack folder; the program defaults to the folder
   * itself, i.e. its package.json `main`, the compiled `bin/index.js`.
   * "engine": `run-policy-pack`, exactly what `pulumi preview` runs (it registers ts-node with
   * type-checking, then loads the same `main`).
   * "transpile-only": the TypeScript sources under ts-node transpile-only (`index.ts`).
   */
  readonly launcher?: "node" | "engine" | "transpile-only";
  /** Entry for the "node" and "transpile-only" launchers. */
  readonly program?: string;
  /** Milliseconds to wait for the port. */
  readonly startTimeoutMs?: number;
  /** Stops a pack still starting when aborted (the tool was stopped): its process ends at once. */
  readonly signal?: AbortSignal;
}

export interface PackLaunch {
  readonly child: ChildProcess;
  /** The gRPC port the pack printed; rejects with PackError when it exits or stays silent. */
  readonly port: Promise<number>;
  /** Stops the process; safe to call more than once. */
  readonly stop: () => void;
}

/** Spawns the pack in its folder as the engine (or `node .`) would; does not wait for it. */
export function launchPack(options: StartOptions = {}): PackLaunch {
  const policyDir = options.policyDir ?? POLICY_DIR;
  const launcher = options.launcher ?? "node";
  const args =
    launcher === "engine"
      ? // The engine passes its own address first; the pack does not dial it back.
        [path.join(ROOT_DIR, "node_modules/@pulumi/pulumi/cmd/run-policy-pack"), "127.0.0.1:0", "."]
      : launcher === "transpile-only"
        ? ["-r", require.resolve("ts-node/register/transpile-only"), options.program ?? "index.ts"]
        : [options.program ?? "."];
  const child = spawn(process.execPath, args, { cwd: policyDir, stdio: ["ignore", "pipe", "pipe"] });
  // However the tool ends (a closed pipe, a signal, an error), the pack process ends with it.
  const forget = onCleanup(() => child.kill());
  const stop = (): void => {
    child.kill();
    forget();
  };
  const port = new Promise<number>((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    const timeoutMs = options.startTimeoutMs ?? 60000;
    const timer = setTimeout(() => fail(`no port within ${timeoutMs} ms`), timeoutMs);
    const fail = (why: string): void => {
      clearTimeout(timer);
      stop();
      reject(new PackError(`policy pack in ${policyDir} did not start: ${why}${stderr ? `\n${stderr.trim()}` : ""}`));
    };
    const onExit = (code: number | null): void => fail(`exited with code ${code}`);
    child.stdout!.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^(\d+)\s*$/m.exec(stdout);
      if (match) {
        clearTimeout(timer);
        child.off("exit", onExit);
        resolve(Number(match[1]));
      }
    });
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", onExit);
    child.on("error", (e) => fail(e.message));
    const onAbort = (): void => fail("the tool was stopped");
    if (options.signal?.aborted) onAbort();
    options.signal?.addEventListener("abort", onAbort, { once: true });
    child.on("exit", () => options.signal?.removeEventListener("abort", onAbort));
  });
  // Awaited by `connect`; a pack that fails before then must not be an unhandled rejection.
  port.catch(() => undefined);
  return { child, port, stop };
}
