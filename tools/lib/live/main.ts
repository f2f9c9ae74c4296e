/**
 * The live tools as processes, on the shared command-line convention (tools/lib/cli.ts: exit
 * codes, --help, usage errors), with what a tool that changes or reads AWS needs on top:
 * SIGINT and SIGTERM abort the run's signal, so the tool stops its calls, cleans up (the drill
 * deletes what it created) and reports; a second signal ends it at once. A closed pipe is not
 * allowed to cut a run short either: writes to a reader that has gone stop quietly (no stack
 * trace), the run finishes its cleanup, and the tool then exits 141 like other Unix tools.
 * The exit code is set, never forced with `process.exit`, so piped output is always complete.
 */
import { CommandIo, EXIT_PIPE_CLOSED } from "../cli";

export interface ProcessDeps {
  readonly io: CommandIo;
  /** Aborted on the first SIGINT or SIGTERM, with the signal's name as reason. */
  readonly interrupt: AbortSignal;
}

const closed = new WeakSet<NodeJS.WriteStream>();

function guard(stream: NodeJS.WriteStream): void {
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE" && err.code !== "ERR_STREAM_DESTROYED") throw err;
    closed.add(stream);
  });
}

function write(stream: NodeJS.WriteStream, text: string): void {
  if (!closed.has(stream)) stream.write(text);
}

export const guardedIo: CommandIo = {
  out: (text) => write(process.stdout, text),
  err: (text) => write(process.stderr, text),
};

export function runAsProcess(command: (argv: readonly string[], deps: ProcessDeps) => Promise<number>): void {
  guard(process.stdout);
  guard(process.stderr);
  const interrupt = new AbortController();
  for (const name of ["SIGINT", "SIGTERM"] as const) {
    process.on(name, () => {
      if (interrupt.signal.aborted) {
        // The second signal means "now": die by it, as a process without a handler would.
        process.removeAllListeners(name);
        process.kill(process.pid, name);
        return;
      }
      guardedIo.err(`\n${name}: stopping; send it again to quit at once.\n`);
      interrupt.abort(name);
    });
  }
  void command(process.argv.slice(2), { io: guardedIo, interrupt: interrupt.signal }).then((code) => {
    process.exitCode = closed.has(process.stdout) ? EXIT_PIPE_CLOSED : code;
  });
}
