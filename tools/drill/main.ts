/** The fire drill on throwaway resources, then a watch until each alarm fires. */
import * as readline from "readline/promises";
import { runMain } from "../lib/cli";
import { LIVE_RUN_OPTIONS } from "../lib/live/runControl";
import { DRILL_SPEC, drillBody } from "./drillCommand";

async function confirm(question: string, signal: AbortSignal): Promise<boolean> {
  const prompt = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await prompt.question(question, { signal })).trim().toLowerCase() === "yes";
  } catch (err) {
    if ((err as Error).name === "AbortError") return false;
    throw err;
  } finally {
    prompt.close();
  }
}

void runMain(DRILL_SPEC, drillBody({ interactive: process.stdin.isTTY === true, confirm }), LIVE_RUN_OPTIONS);
