/** `npm run bench` is not run by the tests (it takes minutes); its command line is. */
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { toolArgs } from "../helpers/toolProcess";

const ROOT = path.join(__dirname, "../..");

describe("npm run bench", function () {
  this.timeout(60000);
  it("--help prints the usage with the --json contract and exits 0, installing and running nothing", () => {
    // A throwaway npm cache and prefix: an install attempt would have to write there.
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "bench-help-"));
    try {
      const r = spawnSync(process.execPath, [...toolArgs("bench"), "--help"], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, npm_config_cache: home, PATH: "" },
      });
      assert.strictEqual(r.status, 0, r.stderr);
      assert.match(r.stdout, /^Usage: npm run -s bench -- \[--json\]/);
      assert.match(r.stdout, /"runs": \[\{"pack", "mode", "startMs", "analyzeMs"\}\], "auditCliMs"/);
      assert.deepStrictEqual(fs.readdirSync(home), []);
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
