/**
 * How the tests start a tool as its own process: as its npm script does (package.json,
 * `node -r ./tools/lib/tsRegister.js tools/<command>/main.ts`), so a test runs what a user runs,
 * and each start after the first reads the transpiled sources from the cache.
 */
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");

/** `node` arguments that run `tools/<command>/main.ts` (or another entry file) as `npm run -s <command>` does. */
export function toolArgs(commandOrEntry: string): string[] {
  const entry = commandOrEntry.endsWith(".ts") ? commandOrEntry : path.join(ROOT, "tools", commandOrEntry, "main.ts");
  return ["-r", path.join(ROOT, "tools", "lib", "tsRegister.js"), entry];
}
