/** What the three CLIs share: the streams they write to and how a user error ends them. */
import { InputError } from "../stackOutputs";

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export const processIo: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/** Runs a CLI body; a user error prints its message (no stack trace) and exits 2. */
export async function runCli(io: Io, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof InputError) {
      io.err(`${err.message}\n`);
      return 2;
    }
    const error = err as Error;
    io.err(`${error.name}: ${error.message}\n`);
    return 1;
  }
}
