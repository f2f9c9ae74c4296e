/**
 * How the tests start a tool as its own process: as its npm script does (package.json,
 * `ts-node --transpiler ./tools/lib/transpileCache.js tools/<command>/main.ts`), so a test runs
 * what a user runs, and each start after the first reads the transpiled sources from the cache.
 */
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");

/** `node` arguments that run `tools/<command>/main.ts` (or another entry file) as `npm run -s <command>` does. */
export function toolArgs(commandOrEntry: string): string[] {
  const entry = commandOrEntry.endsWith(".ts") ? commandOrEntry : path.join(ROOT, "tools", commandOrEntry, "main.ts");
  return [require.resolve("ts-node/dist/bin"), "--transpiler", path.join(ROOT, "tools", "lib", "transpileCache.js"), entry];
}
