/**
 * The engine and `pulumi policy publish` run the pack's compiled JavaScript (`policy/bin`, the
 * package's `main`), committed so the published folder stands alone. `npm test` type-checks the
 * sources (tests/run.js, packFolder.test.ts); tests/generated.test.ts fails when `bin/` is not what
 * `npm run -s generate` makes of them (each file compiles alone: the config sets `isolatedModules`).
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const POLICY = path.join(__dirname, "../../policy");
const BIN = path.join(POLICY, "bin");

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
});
