/** `npm run bench` is not run by the tests (it takes minutes); its command line is. */
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { toolArgs } from "../helpers/toolProcess";
import { PEER_DOWNLOAD, PeerInstallError, installPeer } from "../../tools/bench/peerInstall";

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

describe("npm run bench: installing the peer pack", function () {
  this.timeout(60000);
  it("says what it downloads first, and without a registry fails with npm's own reason on one line", async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "bench-peer-"));
    const said: string[] = [];
    try {
      // What `npm run -s bench` hands the nested npm (a silent log level), and a registry nobody answers.
      const env = {
        ...process.env,
        npm_config_loglevel: "silent",
        npm_config_registry: "http://127.0.0.1:9/",
        npm_config_fetch_retries: "0",
        npm_config_cache: path.join(home, "cache"),
      };
      await assert.rejects(
        installPeer({
          spec: "@pulumi/awsguard@0.3.1",
          name: "@pulumi/awsguard",
          prefix: path.join(home, "peers"),
          env,
          say: (l) => said.push(l),
        }),
        (err: Error) => {
          assert.ok(err instanceof PeerInstallError, String(err));
          assert.match(err.message, /^npm install @pulumi\/awsguard@0\.3\.1 failed \(1\): npm error code ECONNREFUSED/);
          assert.doesNotMatch(err.message, /\n/);
          return true;
        },
      );
      assert.deepStrictEqual(said, [
        `bench: installing @pulumi/awsguard@0.3.1 (${PEER_DOWNLOAD} with its dependencies) into ${path.join(home, "peers")}, once; later runs reuse it.`,
      ]);
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
