// @ts-check
/**
 * The transpiler the npm scripts give ts-node (`ts-node --transpiler ./tools/lib/transpileCache.js
 * tools/<command>/main.ts`): TypeScript's own `transpileModule`, as `ts-node --transpile-only`
 * runs it, with each file's output kept on disk, keyed by everything that decides it (the
 * source, its path, the compiler options, the TypeScript version). Transpiling is most of a
 * tool's start (about 0.4 s of CPU for `audit`'s modules, measured with node --cpu-prof); a file
 * unchanged since the last run costs one small read.
 *
 * Plain JavaScript: ts-node loads it before it can load TypeScript. The cache lives in the
 * system's temporary folder, as ts-node's own compile cache of the TypeScript compiler does; a
 * cache that cannot be read or written only costs the transpile.
 */
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

/** Bumped when this module's output for the same input changes. */
const FORMAT = "1";
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

/** @param {typeof import("typescript")} ts @param {import("typescript").CompilerOptions} compilerOptions */
function saltOf(ts, compilerOptions) {
  return JSON.stringify([FORMAT, ts.version, compilerOptions]);
}
exports.saltOf = saltOf;

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
 * ts-node's transpiler factory: `service.config.options` are the compiler options ts-node
 * would transpile with itself (tsconfig.json's, with its overrides).
 * @param {{ service: { config: { options: import("typescript").CompilerOptions } } }} createOptions
 */
exports.create = ({ service }) => {
  /** @type {typeof import("typescript")} */
  const ts = require("typescript");
  const compilerOptions = service.config.options;
  const salt = saltOf(ts, compilerOptions);
  return {
    /** @param {string} input @param {{ fileName: string }} options */
    transpile(input, { fileName }) {
      const entry = cacheFile(salt, fileName, input);
      const cached = readOrUndefined(entry);
      if (cached !== undefined) {
        try {
          return /** @type {{ outputText: string, sourceMapText: string }} */ (JSON.parse(cached));
        } catch {
          // A damaged entry: transpile again and replace it.
        }
      }
      const result = ts.transpileModule(input, { fileName, compilerOptions, reportDiagnostics: true });
      // Syntax errors are reported by ts-node on every run, so only clean output is kept.
      if ((result.diagnostics ?? []).length === 0) {
        writeAtomically(entry, JSON.stringify({ outputText: result.outputText, sourceMapText: result.sourceMapText }));
      }
      return result;
    },
  };
};
