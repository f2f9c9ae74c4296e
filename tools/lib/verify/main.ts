/**
 * A tool as a process: SIGINT and SIGTERM stop the run through its abort signal (the tool then
 * cleans up and reports), a second signal ends it at once, a closed pipe is not an error, and
 * the exit code is set, never forced with `process.exit`, so piped output is always complete.
 */
import { guardPipes, Io, processIo } from "./cli";

export interface ProcessDeps {
  readonly io: Io;
  /** Aborted on the first SIGINT or SIGTERM, with the signal's name as reason. */
  readonly interrupt: AbortSignal;
}

export function runAsProcess(command: (argv: readonly string[], deps: ProcessDeps) => Promise<number>): void {
  guardPipes();
  const interrupt = new AbortController();
  for (const name of ["SIGINT", "SIGTERM"] as const) {
    process.on(name, () => {
      if (interrupt.signal.aborted) {
        // The second signal means "now": die by it, as a process without a handler would.
        process.removeAllListeners(name);
        process.kill(process.pid, name);
        return;
      }
      processIo.err(`\n${name}: stopping; send it again to quit at once.\n`);
      interrupt.abort(name);
    });
  }
  void command(process.argv.slice(2), { io: processIo, interrupt: interrupt.signal }).then((code) => {
    process.exitCode = code;
  });
}
