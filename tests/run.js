#!/usr/bin/env node
/**
 * `npm test`: the strict type-check and the mocha suite run side by side. tsc is
 * single-threaded and the suite runs in two mocha workers, so on the 2-core machines CI uses
 * the whole run takes about as long as the suite alone. Both always run to the end; the exit
 * code is non-zero when either fails. tsc's output is printed after the suite's, so the
 * closing lines are the suite's summary or the type errors.
 *
 * (`policy/` type-checks under the root tsconfig here, and on its own, as `pulumi policy
 * publish` uploads it, in tests/policy/packFolder.test.ts.)
 */
"use strict";
const { spawn } = require("node:child_process");
const path = require("node:path");

const fs = require("node:fs");
const os = require("node:os");
const crypto = require("node:crypto");

const root = path.join(__dirname, "..");

/**
 * Files that take longest, started first so the short files fill in around them instead of one
 * long file running alone at the end: the ones whose tests spawn the tools as processes, and the
 * ones that wait (a live tool's --timeout, an unanswered call's budget, the plugin's start). A
 * worker mostly waits on them, and while tsc, still running at the start, wants a core, a waiting
 * worker costs nothing; at the end it would leave a core idle. The order is measured (each
 * file's start, end and CPU in a full run). A name missing here only costs time.
 */
const LONGEST_FIRST = [
  "tests/plan.test.ts",
  "tests/tools/liveProcess.test.ts",
  "tests/planDiff.test.ts",
  "tests/tools/unanswered.test.ts",
  "tests/policy/audit.test.ts",
  "tests/config/planLimits.test.ts",
  "tests/package/plugin.test.ts",
  "tests/tools/cli.test.ts",
  "tests/policy/packFolder.test.ts",
  "tests/readme.test.ts",
  "tests/project/deployPermissions.test.ts",
  "tests/components/loggingCoverage.test.ts",
  "tests/generated.test.ts",
];

// Every tests/ file ending in .test.ts, longest first, then in path order.
function testFiles() {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith(".test.ts")) found.push(rel);
    }
  };
  walk("tests");
  found.sort();
  return [...LONGEST_FIRST.filter((f) => found.includes(f)), ...found.filter((f) => !LONGEST_FIRST.includes(f))];
}
/**
 * tsc's incremental state for the type-check, kept in the system's temporary folder (like the
 * transpile cache, tools/lib/transpileCache.js), one file per checkout. tsc compares every
 * file's content with the state and checks again what changed and what depends on it, reporting
 * every error as a full check would; without the file (a fresh machine) it checks everything.
 */
const TSBUILDINFO = path.join(
  os.tmpdir(),
  `tsc-tests-${typeof process.getuid === "function" ? process.getuid() : "user"}-${crypto.createHash("sha256").update(root).digest("hex").slice(0, 16)}.tsbuildinfo`,
);
const bin = (pkg, file) => require.resolve(`${pkg}/${file}`, { paths: [root] });
/**
 * V8 flags for tsc and the mocha workers (mocha forks its workers with its own execArgv). Both
 * keep large heaps of objects that live long (a program's syntax trees, a stack's resources and
 * outputs): a larger young generation lets more of what dies young die before it is copied, and
 * one GC thread per process stops the GC helpers of three processes competing for two cores.
 * Measured on the 2-core machine (`time npm test`, runs interleaved): about 10% less CPU.
 */
const NODE_FLAGS = ["--single-threaded-gc", "--max-semi-space-size=64"];
const children = new Set();

function run(args, { capture }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit" });
    children.add(child);
    let output = "";
    if (capture) {
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
    }
    child.on("close", (code, signal) => {
      children.delete(child);
      resolve({ code: code ?? (signal ? 1 : 0), output });
    });
  });
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    process.exitCode = 130;
  });
}

async function main() {
  const extra = process.argv.slice(2);
  const [typecheck, suite] = await Promise.all([
    run([...NODE_FLAGS, bin("typescript", "bin/tsc"), "--noEmit", "-p", "tests", "--incremental", "--tsBuildInfoFile", TSBUILDINFO], {
      capture: true,
    }),
    run([...NODE_FLAGS, bin("mocha", "bin/mocha.js"), "--parallel", "--jobs", "2", ...extra, ...testFiles()], { capture: false }),
  ]);
  if (typecheck.code !== 0) {
    process.stdout.write(`\ntsc --noEmit -p tests failed:\n${typecheck.output}`);
  }
  process.exitCode = typecheck.code !== 0 || suite.code !== 0 ? 1 : (process.exitCode ?? 0);
}

main();
