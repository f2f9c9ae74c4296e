/** examples/typescript: a program outside the project using the component, planned offline under mocks as `npm run plan` plans. */
import { strict as assert } from "assert";
import * as path from "path";
import { MONITORING_BASELINE_TYPE, REGION_BASELINE_TYPE } from "../../components/monitoringBaseline";
import { buildPlan } from "../../tools/lib/plan";
import { PlanResource } from "../../tools/lib/planTypes";

describe("examples/typescript: the baseline from another program", () => {
  let resources: readonly PlanResource[];
  before(async () => {
    resources = (await buildPlan({ projectDir: path.join(__dirname, "..", "..", "examples", "typescript"), stack: "example" })).plan
      .resources;
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
