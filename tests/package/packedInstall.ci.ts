/**
 * CI only (.ci/run runs it after `npm test`; it needs the npm registry or npm's cache, and takes
 * a minute): the package as another project installs it. `npm pack`, then `npm install
 * --omit=dev` of the tarball in an empty folder (no typescript, no ts-node: Pulumi's nodejs
 * runtime would fall back to its vendored TypeScript 3.8.3), then the plugin started from the
 * installed package with that folder's own run-plugin, answering GetSchema and a Construct.
 */
import { strict as assert } from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { resourcePluginPackages } from "../helpers/pluginScan";
import { timePluginStart } from "../../tools/lib/pluginStart";
import packageJson from "../../package.json";

const ROOT = path.join(__dirname, "..", "..");

describe("the packed package, installed for production", function () {
  this.timeout(600_000);
  let folder: string;
  let consumer: string;
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "baseline-packed-"));
    consumer = path.join(folder, "consumer");
    fs.mkdirSync(consumer);
    const npm = (args: string[], cwd: string): string =>
      execFileSync("npm", args, { cwd, encoding: "utf8", env: { ...process.env, npm_config_loglevel: "error" } });
    const [packed] = JSON.parse(npm(["pack", "--json", "--pack-destination", folder], ROOT)) as { filename: string }[];
    fs.writeFileSync(path.join(consumer, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
    npm(["install", "--omit=dev", "--no-audit", "--no-fund", "--prefer-offline", path.join(folder, packed.filename)], consumer);
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  const installed = (): string => path.join(consumer, "node_modules", packageJson.name);

  it("installs no TypeScript, and no resource plugin but @pulumi/aws v7 for Pulumi to download", () => {
    for (const devOnly of ["typescript", "ts-node", "@pulumi/aws-v6"])
      assert.ok(!fs.existsSync(path.join(consumer, "node_modules", devOnly)), devOnly);
    assert.deepEqual(
      resourcePluginPackages(consumer).map((p) => `${p.name}@${p.version}`),
      [`aws@${packageJson.dependencies["@pulumi/aws"]}`],
    );
  });

  it("ships the compiled entry package.json names, the schema and the plugin folder", () => {
    for (const file of [
      packageJson.main,
      "bin/provider.js",
      "schema.json",
      "plugin/PulumiPlugin.yaml",
      "plugin/index.js",
      "plugin/package.json",
    ]) {
      assert.ok(fs.existsSync(path.join(installed(), file)), file);
    }
    assert.equal(fs.readFileSync(path.join(installed(), "schema.json"), "utf8"), fs.readFileSync(path.join(ROOT, "schema.json"), "utf8"));
  });

  it("starts as a plugin with the installed run-plugin and answers GetSchema and Construct", async () => {
    const start = await timePluginStart({
      runPlugin: path.join(consumer, "node_modules", "@pulumi", "pulumi", "cmd", "run-plugin"),
      pluginDir: path.join(installed(), "plugin"),
      cwd: consumer,
      args: { regions: ["eu-west-1"], alertEmails: ["secops@example.com"] },
    });
    assert.equal(start.schema, fs.readFileSync(path.join(ROOT, "schema.json"), "utf8"));
    assert.equal(start.urn, "urn:pulumi:dev::plugin-start::baseline:index:MonitoringBaseline::baseline");
    assert.ok(start.outputs.includes("trailArn") && start.resources > 50, `${start.outputs.join(", ")}; ${start.resources} resources`);
  });
});
