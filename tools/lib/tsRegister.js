// @ts-check
/**
 * Loads `.ts` files, as ts-node's transpile-only mode does: how the npm scripts run the tools
 * (`node -r ./tools/lib/tsRegister.js tools/<command>/main.ts`) and how mocha's processes load
 * TypeScript (.mocharc.json requires it first). Each file is TypeScript's `transpileModule` with the
 * root tsconfig.json's compiler options and ts-node's overrides, its output kept on disk
 * (transpileCache.js); no type-checking (`npm test` type-checks).
 *
 * What it saves over ts-node: TypeScript is loaded only when a file is not in the cache, and the
 * project's file list is never read, so a tool whose files are cached starts in about 0.1 s of
 * CPU instead of 0.5 s (`node -r ./tools/lib/tsRegister.js tools/audit/main.ts --help`, measured
 * with /usr/bin/time on the 2-core machine). Stack traces still name TypeScript lines: each
 * file's source map is handed to source-map-support, as ts-node does.
 *
 * Plain JavaScript, so it loads before TypeScript can.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { cachedTranspile } = require("./transpileCache");

const ROOT = path.join(__dirname, "..", "..");
const TSCONFIG = path.join(ROOT, "tsconfig.json");

/**
 * ts-node's overrides of the project's options when it transpiles (ts-node 10 `fixConfig` and its
 * defaults): source maps for the traces, nothing declared or written.
 */
const OVERRIDES = { sourceMap: true, inlineSourceMap: false, inlineSources: true, declaration: false, noEmit: false };
/** Options ts-node removes: they describe a build's outputs, not one file's JavaScript. */
const REMOVED = [
  "out",
  "outFile",
  "composite",
  "declarationDir",
  "declarationMap",
  "emitDeclarationOnly",
  "tsBuildInfoFile",
  "incremental",
];

/**
 * Everything that decides a file's output besides its own text and path, without loading
 * TypeScript: its version and tsconfig.json's text (from which the options are derived).
 */
const SALT = JSON.stringify([
  "tsRegister/1", // bumped when this loader's output for the same input changes
  /** @type {{ version: string }} */ (JSON.parse(fs.readFileSync(require.resolve("typescript/package.json", { paths: [ROOT] }), "utf8")))
    .version,
  fs.readFileSync(TSCONFIG, "utf8"),
  OVERRIDES,
  REMOVED,
]);

/** @type {{ ts: typeof import("typescript"), options: import("typescript").CompilerOptions } | undefined} */
let compiler;

/** TypeScript and the project's options, loaded at the first file the cache does not hold. */
function loadCompiler() {
  if (compiler === undefined) {
    /** @type {typeof import("typescript")} */
    const ts = require(require.resolve("typescript", { paths: [ROOT] }));
    const read = ts.readConfigFile(TSCONFIG, ts.sys.readFile);
    if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, "\n"));
    /** @type {Record<string, unknown>} */
    const options = { ...ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT).options, ...OVERRIDES };
    for (const key of REMOVED) delete options[key];
    compiler = { ts, options };
  }
  return compiler;
}

/** Each loaded file's source map, for the stack traces. */
const sourceMaps = new Map();

require("@cspotcode/source-map-support").install({
  environment: "node",
  /** @param {string} source */
  retrieveSourceMap(source) {
    const map = sourceMaps.get(source);
    return map === undefined ? null : { url: source, map };
  },
});

/**
 * @param {NodeJS.Module & { _compile(code: string, filename: string): void }} module
 * @param {string} fileName
 */
function loadTypeScript(module, fileName) {
  const input = fs.readFileSync(fileName, "utf8");
  const output = cachedTranspile(SALT, fileName, input, () => {
    const { ts, options } = loadCompiler();
    return ts.transpileModule(input, { fileName, compilerOptions: options, reportDiagnostics: true });
  });
  const diagnostics = /** @type {readonly import("typescript").Diagnostic[]} */ (output.diagnostics ?? []);
  if (diagnostics.length > 0) {
    const { ts } = loadCompiler();
    const host = { getCanonicalFileName: (/** @type {string} */ f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => "\n" };
    throw new SyntaxError(`Unable to compile TypeScript:\n${ts.formatDiagnostics(diagnostics, host).trimEnd()}`);
  }
  if (output.sourceMapText !== undefined) sourceMaps.set(fileName, output.sourceMapText);
  // The output ends with a sourceMappingURL naming a .js.map file that does not exist: the map is held above.
  module._compile(output.outputText.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n"), fileName);
}

// The CommonJS hook for a file extension (deprecated for new uses, still how ts-node registers its own).
require.extensions[".ts"] = /** @type {(module: NodeJS.Module, fileName: string) => void} */ (loadTypeScript);

/** For tests/tools/transpileCache.test.ts: the cache's salt, and the options a file is transpiled with. */
exports.SALT = SALT;
exports.compilerOptions = () => loadCompiler().options;
