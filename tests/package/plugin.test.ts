/**
 * The plugin as the Pulumi CLI starts it: `node @pulumi/pulumi/cmd/run-plugin <plugin folder>
 * <engine>` on plugin/ with the package installed beside it (here linked, as `npm install` of
 * plugin/'s `file:..` dependency lays it out), then GetSchema and one Construct over gRPC against
 * a local engine and monitor. The one test of the suite that spawns run-plugin.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { timePluginStart } from "../../tools/lib/pluginStart";
import packageJson from "../../package.json";

const ROOT = path.join(__dirname, "..", "..");

describe("component plugin: started by Pulumi's run-plugin", function () {
  this.timeout(120_000);
  let folder: string;
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "baseline-plugin-"));
    for (const file of ["PulumiPlugin.yaml", "package.json", "index.js"])
      fs.copyFileSync(path.join(ROOT, "plugin", file), path.join(folder, file));
    fs.mkdirSync(path.join(folder, "node_modules"));
    fs.symlinkSync(ROOT, path.join(folder, "node_modules", packageJson.name), "dir");
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it("answers GetSchema with schema.json and constructs MonitoringBaseline from its compiled JavaScript", async () => {
    const start = await timePluginStart({
      runPlugin: require.resolve("@pulumi/pulumi/cmd/run-plugin", { paths: [ROOT] }),
      pluginDir: folder,
      cwd: folder,
      args: { regions: ["eu-west-1"], alertEmails: ["secops@example.com"] },
    });
    assert.equal(start.schema, fs.readFileSync(path.join(ROOT, "schema.json"), "utf8"));
    assert.equal(start.urn, "urn:pulumi:dev::plugin-start::baseline:index:MonitoringBaseline::baseline");
    const { properties, required } = (JSON.parse(start.schema) as { resources: Record<string, { properties: object; required: string[] }> })
      .resources["baseline:index:MonitoringBaseline"];
    // Every output the schema requires; the optional ones this configuration lacks may be absent.
    assert.deepEqual(
      start.outputs.filter((key) => required.includes(key)),
      [...required].sort(),
    );
    assert.ok(
      start.outputs.every((key) => key in properties),
      start.outputs.join(", "),
    );
    assert.ok(start.resources > 50, `${start.resources} resources registered`);
  });
});
