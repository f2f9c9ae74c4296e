/**
 * tools/lib/tsRegister.js, how the npm scripts and the test processes load TypeScript, and the
 * cache it reads first (tools/lib/transpileCache.js): TypeScript's transpileModule with the
 * options ts-node's transpile-only mode would use, kept on disk and read back, syntax errors never
 * cached, and stack traces that name TypeScript's lines.
 */
import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";

interface TranspileOutput {
  readonly outputText: string;
  readonly sourceMapText?: string;
  readonly diagnostics?: readonly ts.Diagnostic[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain JavaScript without declarations; typed here
const cache = require("../../tools/lib/transpileCache.js") as {
  cachedTranspile(salt: string, fileName: string, input: string, transpile: () => TranspileOutput): TranspileOutput;
  cacheFile(salt: string, fileName: string, input: string): string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain JavaScript without declarations; typed here
const loader = require("../../tools/lib/tsRegister.js") as { SALT: string; compilerOptions(): ts.CompilerOptions };

const ROOT = path.join(__dirname, "..", "..");
const REGISTER = path.join(ROOT, "tools", "lib", "tsRegister.js");

describe("tools/lib/transpileCache.js", () => {
  const options = loader.compilerOptions();
  const salt = `${loader.SALT} test ${process.pid}`;
  // A path no other run uses, so the first call is a miss.
  const fileName = path.join(__dirname, `cached-${process.pid}-${Date.now()}.ts`);
  const source = 'import { join } from "path";\nexport const where: string = join("a", "b");\n';
  const transpile = (input: string) => (): TranspileOutput =>
    ts.transpileModule(input, { fileName, compilerOptions: options, reportDiagnostics: true });
  const entry = cache.cacheFile(salt, fileName, source);
  after(() => fs.rmSync(entry, { force: true }));

  it("transpiles as TypeScript's transpileModule does, and keeps the output", () => {
    const expected = transpile(source)();
    const first = cache.cachedTranspile(salt, fileName, source, transpile(source));
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
    const fail = (): TranspileOutput => assert.fail("transpiled again");
    assert.match(cache.cachedTranspile(salt, fileName, source, fail).outputText, /\/\/ read back\n$/);
  });

  it("transpiles a changed file afresh", () => {
    const changed = source.replace('"b"', '"c"');
    assert.match(cache.cachedTranspile(salt, fileName, changed, transpile(changed)).outputText, /"c"/);
    fs.rmSync(cache.cacheFile(salt, fileName, changed), { force: true });
  });

  it("reports a syntax error on every run and keeps nothing for it", () => {
    const broken = "export const x: number = ;\n";
    for (let run = 0; run < 2; run++) assert.equal(cache.cachedTranspile(salt, fileName, broken, transpile(broken)).diagnostics?.length, 1);
    assert.ok(!fs.existsSync(cache.cacheFile(salt, fileName, broken)));
  });
});

describe("tools/lib/tsRegister.js", () => {
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "ts-register-"))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const run = (name: string, source: string): { status: number | null; stderr: string } => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, source);
    const result = spawnSync(process.execPath, ["-r", REGISTER, file], { encoding: "utf8" });
    return { status: result.status, stderr: result.stderr };
  };

  it("transpiles with the options ts-node's transpile-only mode uses for the root tsconfig.json", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- ts-node's own reading of the project, for comparison
    const tsNode = require("ts-node") as { create(o: object): { config: { options: ts.CompilerOptions } } };
    const theirs = { ...tsNode.create({ transpileOnly: true, cwd: ROOT, projectSearchDir: ROOT }).config.options };
    // Where ts-node would write (nothing: it emits in memory) and which file it read do not change a file's JavaScript.
    for (const key of ["outDir", "configFilePath"]) delete theirs[key];
    const ours: ts.CompilerOptions = { ...loader.compilerOptions() };
    delete ours.configFilePath;
    assert.deepEqual(ours, theirs);
  });

  it("names TypeScript's lines in a stack trace, past the lines transpiling removes", () => {
    const source =
      'interface A {\n  a: number;\n}\ntype B = string;\n\nexport function fail(): void {\n  throw new Error("line 7");\n}\nfail();\n';
    const { status, stderr } = run("trace.ts", source);
    assert.equal(status, 1);
    assert.match(stderr, /at fail \(.*trace\.ts:7:9\)/);
    assert.match(stderr, /trace\.ts:9:1\)/);
  });

  it("refuses a file with a syntax error, naming the file, the position and TypeScript's message", () => {
    const { status, stderr } = run("broken.ts", "export const x: number = ;\n");
    assert.equal(status, 1);
    assert.match(stderr, /Unable to compile TypeScript:\n.*broken\.ts\(1,26\): error TS1109: Expression expected\./);
  });
});
