/** What the three CLIs share: the streams they write to and how a user error ends them. */
import { InputError } from "../stackOutputs";

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** `--help`: the usage goes to stdout and the tool exits 0, before anything touches AWS. */
export class HelpRequested extends Error {
  constructor(readonly usage: string) {
    super(usage);
    this.name = "HelpRequested";
  }
}

const closed = new WeakSet<NodeJS.WriteStream>();

/**
 * A reader that goes away (`verify | head -1`) closes the pipe: the next write fails with EPIPE.
 * That is not the tool's failure: stop writing to that stream and let the run end by itself,
 * with no stack trace. Any other stream error is real and still surfaces.
 */
export function guardPipes(streams: readonly NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code !== "EPIPE") throw err;
      closed.add(stream);
    });
  }
}

function write(stream: NodeJS.WriteStream, text: string): void {
  if (!closed.has(stream)) stream.write(text);
}

export const processIo: Io = {
  out: (text) => write(process.stdout, text),
  err: (text) => write(process.stderr, text),
};

/** Runs a CLI body; a user error prints its message (no stack trace) and exits 2. */
export async function runCli(io: Io, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof HelpRequested) {
      io.out(`${err.usage}\n`);
      return 0;
    }
    if (err instanceof InputError) {
      io.err(`${err.message}\n`);
      return 2;
    }
    const error = err as Error;
    io.err(`${error.name}: ${error.message}\n`);
    return 1;
  }
}
