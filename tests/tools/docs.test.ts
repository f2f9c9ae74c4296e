import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const README = path.join(ROOT, "README.md");
const docs = (...args: string[]) =>
  spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", path.join(ROOT, "tools", "docs", "main.ts"), ...args], { cwd: ROOT, encoding: "utf8" });

describe("npm run docs: command line", () => {
  /** The README's bytes and modification time: neither may change when docs does not run. */
  const readmeState = (): [string, number] => [fs.readFileSync(README, "utf8"), fs.statSync(README).mtimeMs];

  it("--help prints the usage to stdout, exits 0 and leaves the README untouched", () => {
    const before = readmeState();
    const result = docs("--help");
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^Usage: npm run -s docs\n/);
    assert.match(result.stdout, /-h, --help +Print this help and exit 0; does nothing else\./);
    assert.equal(result.stderr, "");
    assert.deepEqual(readmeState(), before);
  });

  it("refuses an unknown flag with 2 and one line, and leaves the README untouched", () => {
    const before = readmeState();
    const result = docs("--check");
    assert.equal(result.status, 2);
    assert.equal(result.stdout, "");
    assert.equal(result.stderr, "docs: unknown flag --check (see npm run -s docs -- --help)\n");
    assert.deepEqual(readmeState(), before);
  });
});
