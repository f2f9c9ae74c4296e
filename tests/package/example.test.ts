/**
 * examples/typescript: a program of its own (package.json, tsconfig.json, Pulumi.yaml) using the
 * package by name, planned offline under mocks as `npm run plan` plans, from a folder holding
 * only its files and the package installed as its `file:` dependency installs it (a link), so
 * it runs the package's compiled JavaScript (package.json `main`), not this repository's sources.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { MONITORING_BASELINE_TYPE, REGION_BASELINE_TYPE } from "../../components/monitoringBaseline";
import { buildPlan } from "../../tools/lib/plan";
import { PlanResource } from "../../tools/lib/planTypes";
import packageJson from "../../package.json";

const ROOT = path.join(__dirname, "..", "..");
const EXAMPLE = path.join(ROOT, "examples", "typescript");

describe("examples/typescript: the baseline from another program", () => {
  let resources: readonly PlanResource[];
  let folder: string;
  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "example-"));
    for (const file of fs.readdirSync(EXAMPLE)) fs.copyFileSync(path.join(EXAMPLE, file), path.join(folder, file));
    fs.mkdirSync(path.join(folder, "node_modules"));
    fs.symlinkSync(ROOT, path.join(folder, "node_modules", packageJson.name), "dir");
    resources = (await buildPlan({ projectDir: folder, stack: "example" })).plan.resources;
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it("is a project of its own: it depends on the package by name and imports nothing of the repository by path", () => {
    const own = JSON.parse(fs.readFileSync(path.join(EXAMPLE, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    assert.equal(own.dependencies[packageJson.name], "file:../..");
    assert.equal(own.dependencies["@pulumi/pulumi"], packageJson.dependencies["@pulumi/pulumi"]);
    assert.ok(fs.existsSync(path.join(EXAMPLE, "tsconfig.json")));
    const program = fs.readFileSync(path.join(EXAMPLE, "index.ts"), "utf8");
    assert.match(program, new RegExp(`from "${packageJson.name}"`));
    assert.doesNotMatch(program, /from "\.\.?\//, "a relative import reaches into the repository");
    // The package's compiled entry, not the sources, is what the plan ran.
    assert.ok(Object.keys(require.cache).some((file) => file === path.join(ROOT, packageJson.main)));
  });
  const ofType = (type: string) => resources.filter((r) => r.type === type);

  it("creates the whole baseline with one MonitoringBaseline at its root", () => {
    assert.deepEqual(
      ofType(MONITORING_BASELINE_TYPE).map((r) => [r.name, r.parent]),
      [["security", null]],
    );
    assert.deepEqual(
      ofType(REGION_BASELINE_TYPE)
        .map((r) => r.name)
        .sort(),
      ["security-eu-central-1", "security-eu-west-1", "security-us-east-1-global-events"],
    );
    const [trail] = ofType("aws:cloudtrail/trail:Trail");
    assert.equal(trail.inputs.name, "acme-security");
    assert.equal(trail.inputs.isMultiRegionTrail, true);
    assert.equal(ofType("aws:cloudwatch/logGroup:LogGroup")[0].inputs.retentionInDays, 400);
    assert.equal(ofType("aws:sns/topic:Topic").length, 3);
  });

  it("applies the program's arguments: its custom alarm, with a rule in every listed region, and its tags", () => {
    assert.ok(ofType("aws:cloudwatch/metricAlarm:MetricAlarm").some((r) => r.inputs.name === "acme-security-break-glass-role-assumed"));
    const rules = ofType("aws:cloudwatch/eventRule:EventRule").filter((r) => r.inputs.name === "acme-security-break-glass-role-assumed");
    assert.deepEqual(rules.map((r) => r.inputs.region).sort(), ["eu-central-1", "eu-west-1", "us-east-1"]);
    assert.deepEqual(ofType("aws:kms/key:Key")[0].inputs.tags, { "baseline:managed-by": "security-baseline", team: "platform" });
  });
});
