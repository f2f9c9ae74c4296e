// @ts-check
/**
 * The on-disk cache of transpiled TypeScript that tools/lib/tsRegister.js (how the npm scripts and
 * the test processes load .ts files) reads first: each file's output kept, keyed by everything
 * that decides it (the source, its path, the compiler options, the TypeScript version).
 * Transpiling is most of a tool's start (about 0.4 s of CPU for `audit`'s modules, measured with
 * node --cpu-prof); a file unchanged since the last run costs one small read.
 *
 * Plain JavaScript: it is loaded before TypeScript can be. The cache lives in the system's
 * temporary folder, as ts-node's own compile cache of the TypeScript compiler does; a cache that
 * cannot be read or written only costs the transpile.
 */
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const CACHE_DIR = path.join(os.tmpdir(), `ts-transpile-cache-${typeof process.getuid === "function" ? process.getuid() : "user"}`);

/**
 * Where the output of `input` at `fileName` is kept, for options and compiler described by `salt`.
 * @param {string} salt @param {string} fileName @param {string} input
 */
function cacheFile(salt, fileName, input) {
  const key = crypto.createHash("sha256").update(salt).update("\0").update(fileName).update("\0").update(input).digest("hex");
  return path.join(CACHE_DIR, key.slice(0, 2), `${key}.json`);
}
exports.cacheFile = cacheFile;

/** @param {string} file */
function readOrUndefined(file) {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** @param {string} file @param {string} text */
function writeAtomically(file, text) {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, file); // other processes see the whole entry or none
  } catch {
    // No cache this time; the output is still right.
  }
}

/**
 * @typedef {{ outputText: string, sourceMapText?: string, diagnostics?: readonly unknown[] }} TranspileOutput
 */

/**
 * The output for `input` at `fileName` under `salt`: read from the cache, or made by `transpile`
 * and kept when it has no diagnostics (syntax errors are reported on every run, never cached).
 * @param {string} salt @param {string} fileName @param {string} input @param {() => TranspileOutput} transpile
 * @returns {TranspileOutput}
 */
function cachedTranspile(salt, fileName, input, transpile) {
  const entry = cacheFile(salt, fileName, input);
  const cached = readOrUndefined(entry);
  if (cached !== undefined) {
    try {
      return /** @type {TranspileOutput} */ (JSON.parse(cached));
    } catch {
      // A damaged entry: transpile again and replace it.
    }
  }
  const result = transpile();
  if ((result.diagnostics ?? []).length === 0) {
    writeAtomically(entry, JSON.stringify({ outputText: result.outputText, sourceMapText: result.sourceMapText }));
  }
  return result;
}
exports.cachedTranspile = cachedTranspile;
