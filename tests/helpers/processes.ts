/** Child-process checks for the tools' pipe and signal tests. */
import { ChildProcess } from "child_process";
import { Readable } from "stream";
import * as fs from "fs";

/** True while the process exists and is not a zombie (a zombie has ended; only its entry waits to be reaped). */
export function processAlive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 3, after the parenthesised command name (which may itself hold spaces or parentheses).
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/** Processes running in `dir` (a policy-pack server in policy/) with `marker` (NAME=value) in their environment. */
export function processesIn(dir: string, marker: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readlinkSync(`/proc/${entry}/cwd`) !== dir) continue;
      if (fs.readFileSync(`/proc/${entry}/environ`, "utf8").split("\0").includes(marker)) pids.push(Number(entry));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return pids;
}

/** The exit code, or 128 + the signal number when a signal ended it (as a shell reports it). */
export function untilExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.on("exit", (code, signal) =>
      resolve(code ?? 128 + (signal === "SIGTERM" ? 15 : signal === "SIGINT" ? 2 : signal === "SIGKILL" ? 9 : 0)),
    );
  });
}

/**
 * Polls until the condition holds; fails with `message` after `limitMs`. A killed process
 * takes a moment to go, so "it is gone" is checked by waiting for it, not by a fixed sleep.
 */
export async function waitUntil(condition: () => boolean, message: string, limitMs = 10_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves once `stream` has delivered its first whole line, and pauses it: the rest stays unread in the pipe. */
export function firstLine(stream: Readable): Promise<string> {
  return new Promise<string>((resolve) => {
    let text = "";
    const onData = (chunk: Buffer): void => {
      text += chunk.toString();
      if (!text.includes("\n")) return;
      stream.off("data", onData);
      stream.pause();
      resolve(text.slice(0, text.indexOf("\n")));
    };
    stream.on("data", onData);
  });
}
