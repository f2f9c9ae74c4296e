/** The seeds' fire drill on throwaway resources, then a watch until each alarm fires. */
import * as readline from "readline/promises";
import { drillCommand } from "./drillCommand";
import { runAsProcess } from "../lib/live/main";

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

runAsProcess((argv, { io, interrupt }) => drillCommand(argv, { io, interrupt, interactive: process.stdin.isTTY === true, confirm }));
