/**
 * The engine and `pulumi policy publish` run the pack's compiled JavaScript (`policy/bin`, the
 * package's `main`), committed so the published folder stands alone. `npm test` type-checks the
 * sources (tests/run.js, packFolder.test.ts); this test fails when `bin/` is not what `npm run
 * build:policy` makes of them (each file compiles alone: the config sets `isolatedModules`).
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const POLICY = path.join(__dirname, "../../policy");
const BIN = path.join(POLICY, "bin");

function files(dir: string, ext: string, skip: ReadonlySet<string>): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return skip.has(full) ? [] : files(full, ext, skip);
    return e.name.endsWith(ext) && !e.name.endsWith(".d.ts") ? [full] : [];
  });
}

describe("policy/bin, what the engine runs", () => {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(POLICY, "tsconfig.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  )!;
  const sources = config.fileNames.map((f) => path.resolve(f));

  it("is the package's main, and the config builds every source into it", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(POLICY, "package.json"), "utf8")) as { main: string };
    assert.strictEqual(pkg.main, "bin/index.js");
    assert.strictEqual(path.resolve(config.options.outDir!), BIN);
    assert.ok(config.options.isolatedModules);
    assert.ok(sources.length > 20);
  });

  it("holds exactly the current compilation of every source (run `npm run build:policy`)", () => {
    const stale: string[] = [];
    const expected = new Set<string>();
    for (const source of sources) {
      const out = path.join(BIN, path.relative(POLICY, source)).replace(/\.ts$/, ".js");
      expected.add(out);
      const emitted = ts.transpileModule(fs.readFileSync(source, "utf8"), { compilerOptions: config.options, fileName: source }).outputText;
      if (!fs.existsSync(out) || fs.readFileSync(out, "utf8") !== emitted) stale.push(path.relative(POLICY, out));
    }
    const orphans = files(BIN, ".js", new Set())
      .filter((f) => !expected.has(f))
      .map((f) => path.relative(POLICY, f));
    assert.deepStrictEqual({ stale, orphans }, { stale: [], orphans: [] });
  });
});
