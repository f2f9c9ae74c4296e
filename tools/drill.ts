/** The seeds' fire drill on throwaway resources, then a watch until each alarm fires. */
import * as readline from "readline/promises";
import { drillCommand, EXIT_INTERRUPTED } from "./lib/drill/drillCommand";
import { processIo } from "./lib/verify/cli";

const interrupt = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    // A second signal means "now": the first one is already cleaning up.
    if (interrupt.signal.aborted) process.exit(EXIT_INTERRUPTED);
    process.stderr.write(`\n${signal}: stopping after the current call and deleting what the drill created (again to quit at once)\n`);
    interrupt.abort();
  });
}

/** Waits, but wakes at once when interrupted so the watch stops promptly. */
const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    interrupt.signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });

async function confirm(question: string): Promise<boolean> {
  const prompt = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await prompt.question(question)).trim().toLowerCase() === "yes";
  } finally {
    prompt.close();
  }
}

void drillCommand(process.argv.slice(2), { io: processIo, signal: interrupt.signal, confirm, sleep }).then((code) => {
  process.exit(code);
});
