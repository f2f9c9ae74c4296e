/**
 * `pulumi policy publish` uploads the policy folder alone: no module in it may import a path
 * outside it, and it must type-check on its own.
 */
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const POLICY = path.join(__dirname, "../../policy");
const ROOT = path.join(__dirname, "../..");

function copyWithoutNodeModules(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (entry.name === "node_modules") continue;
    const src = path.join(from, entry.name);
    if (entry.isDirectory()) copyWithoutNodeModules(src, path.join(to, entry.name));
    else fs.copyFileSync(src, path.join(to, entry.name));
  }
}

function tsFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
}

describe("the policy folder stands alone", function () {
  this.timeout(60000);
  let copy: string;
  before(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), "policy-pack-"));
    copyWithoutNodeModules(POLICY, copy);
  });
  after(() => fs.rmSync(copy, { recursive: true, force: true }));

  it("has PulumiPolicy.yaml (nodejs), package.json with a version, and its compiled main, which `npm pack` ships", () => {
    assert.match(fs.readFileSync(path.join(copy, "PulumiPolicy.yaml"), "utf8"), /^runtime: nodejs$/m);
    const pkg = JSON.parse(fs.readFileSync(path.join(copy, "package.json"), "utf8")) as { version?: string; main: string; files: string[] };
    assert.ok(pkg.version);
    assert.ok(fs.existsSync(path.join(copy, pkg.main)));
    // `pulumi policy publish` uploads what `npm pack` packs (pulumi/pulumi pkg/backend/httpstate/policypack.go).
    for (const shipped of ["PulumiPolicy.yaml", "bin/**/*.js"]) assert.ok(pkg.files.includes(shipped), shipped);
  });

  it("is what `npm pack` (run by `pulumi policy publish`) packs: the yaml, the compiled main and every bin file", () => {
    const r = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: POLICY, encoding: "utf8" });
    assert.strictEqual(r.status, 0, r.stderr);
    const packed = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
    const bin = fs
      .readdirSync(path.join(POLICY, "bin"), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".js"))
      .map((f) => `bin/${f.split(path.sep).join("/")}`);
    for (const file of ["PulumiPolicy.yaml", "package.json", ...bin]) assert.ok(packed.includes(file), file);
  });

  it("imports only relative paths inside the folder and declared packages", () => {
    const declared = Object.keys(
      (JSON.parse(fs.readFileSync(path.join(copy, "package.json"), "utf8")) as { dependencies: Record<string, string> }).dependencies,
    );
    const problems: string[] = [];
    for (const file of tsFiles(copy)) {
      const source = fs.readFileSync(file, "utf8");
      const specs = [
        ...source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+["']([^"']+)["']/gm),
        ...source.matchAll(/^\s*import\s+["']([^"']+)["']/gm),
        ...source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g),
      ];
      for (const m of specs) {
        const spec = m[1];
        if (spec.startsWith(".")) {
          const target = path.resolve(path.dirname(file), spec);
          const exists = [".ts", "/index.ts", ".json", ""].some(
            (ext) => fs.existsSync(target + ext) && (ext !== "" || fs.statSync(target).isFile()),
          );
          if (!target.startsWith(copy + path.sep) || !exists) problems.push(`${path.relative(copy, file)}: ${spec}`);
        } else {
          const pkg = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0];
          if (!declared.includes(pkg)) problems.push(`${path.relative(copy, file)}: undeclared package ${spec}`);
        }
      }
    }
    assert.deepStrictEqual(problems, []);
  });

  it("type-checks on its own", () => {
    // The copy has no node_modules: point module resolution at the installed packages only.
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"), "dir");
    const r = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "--noEmit", "-p", copy], { encoding: "utf8" });
    assert.strictEqual(r.status, 0, r.stdout + r.stderr);
  });
});

describe("npm scripts typed inside policy/", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(POLICY, "package.json"), "utf8")) as { scripts?: Record<string, string> };
  const root = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };

  it("say where audit, plan, plan-diff and test run from instead of failing silently", function () {
    this.timeout(30000);
    const r = spawnSync("npm", ["run", "-s", "audit", "--", "prod.json"], { cwd: POLICY, encoding: "utf8" });
    assert.strictEqual(r.status, 2, r.stderr);
    assert.match(
      r.stderr,
      /^`npm run audit` runs from the repository's root, not from policy\/ \(the pack's folder\): cd \.\. && npm run -s audit -- \.\.\.\n/,
    );
    for (const script of ["audit", "plan", "plan-diff", "test"]) {
      assert.strictEqual(pkg.scripts?.[script], `node scripts/fromRepositoryRoot.js ${script}`, script);
      assert.ok(root.scripts[script], `the root has no ${script} script to point at`);
    }
  });
});
