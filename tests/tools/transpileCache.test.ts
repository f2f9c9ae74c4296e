/**
 * tools/lib/transpileCache.js, the transpiler the npm scripts give ts-node: the same output as
 * TypeScript's transpileModule, kept on disk and read back, and syntax errors never cached.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

interface TranspileOutput {
  readonly outputText: string;
  readonly sourceMapText?: string;
  readonly diagnostics?: readonly ts.Diagnostic[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain JavaScript without declarations; typed here
const cache = require("../../tools/lib/transpileCache.js") as {
  create(options: { service: { config: { options: ts.CompilerOptions } } }): {
    transpile(input: string, options: { fileName: string }): TranspileOutput;
  };
  cacheFile(salt: string, fileName: string, input: string): string;
  saltOf(compiler: typeof ts, options: ts.CompilerOptions): string;
};

describe("tools/lib/transpileCache.js", () => {
  // What ts-node hands a transpiler: the project's options with its own overrides.
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2022,
    esModuleInterop: true,
    strict: true,
    sourceMap: true,
    inlineSourceMap: false,
  };
  const transpiler = cache.create({ service: { config: { options } } });
  // A path no other run uses, so the first call is a miss.
  const fileName = path.join(__dirname, `cached-${process.pid}-${Date.now()}.ts`);
  const source = 'import { join } from "path";\nexport const where: string = join("a", "b");\n';
  const entry = cache.cacheFile(cache.saltOf(ts, options), fileName, source);
  after(() => fs.rmSync(entry, { force: true }));

  it("transpiles as TypeScript's transpileModule does, and keeps the output", () => {
    const expected = ts.transpileModule(source, { fileName, compilerOptions: options, reportDiagnostics: true });
    const first = transpiler.transpile(source, { fileName });
    assert.equal(first.outputText, expected.outputText);
    assert.equal(first.sourceMapText, expected.sourceMapText);
    assert.deepEqual(JSON.parse(fs.readFileSync(entry, "utf8")), {
      outputText: expected.outputText,
      sourceMapText: expected.sourceMapText,
    });
  });

  it("answers an unchanged file from the kept output", () => {
    const kept = JSON.parse(fs.readFileSync(entry, "utf8")) as TranspileOutput;
    fs.writeFileSync(entry, JSON.stringify({ ...kept, outputText: `${kept.outputText}// read back\n` }));
    assert.match(transpiler.transpile(source, { fileName }).outputText, /\/\/ read back\n$/);
  });

  it("transpiles a changed file afresh", () => {
    const changed = source.replace('"b"', '"c"');
    assert.match(transpiler.transpile(changed, { fileName }).outputText, /"c"/);
    fs.rmSync(cache.cacheFile(cache.saltOf(ts, options), fileName, changed), { force: true });
  });

  it("reports a syntax error on every run and keeps nothing for it", () => {
    const broken = "export const x: number = ;\n";
    for (let run = 0; run < 2; run++) assert.equal(transpiler.transpile(broken, { fileName }).diagnostics?.length, 1);
    assert.ok(!fs.existsSync(cache.cacheFile(cache.saltOf(ts, options), fileName, broken)));
  });
});
