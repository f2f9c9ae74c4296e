import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";

const readme = fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8");

describe("README", () => {
  it("prices the dev stack's alarm metrics as its committed plan has them (What it costs)", () => {
    // tests/fixtures/plans/base.json is the dev stack as committed (regenerate.sh). A metric math
    // alarm is billed per metric it references; a single-metric alarm counts one.
    const plan = JSON.parse(fs.readFileSync(path.join(__dirname, "fixtures", "plans", "base.json"), "utf8")) as {
      resources: { type: string; inputs: { metricQueries?: { metric?: unknown }[] } }[];
    };
    const alarms = plan.resources.filter((r) => r.type === "aws:cloudwatch/metricAlarm:MetricAlarm");
    const math = alarms.filter((a) => a.inputs.metricQueries);
    const referenced = math.reduce((n, a) => n + a.inputs.metricQueries!.filter((q) => q.metric).length, 0);
    const single = alarms.length - math.length;
    const keys = plan.resources.filter((r) => r.type === "aws:kms/key:Key").length;
    const rules = plan.resources.filter((r) => r.type === "aws:cloudwatch/eventRule:EventRule").length;
    const metrics = single + referenced;
    const sentence = `has ${keys} keys, ${single} single-metric alarms and ${rules} rules under ${math.length} delivery-failure alarms: ${metrics} alarm metrics ($${(metrics / 10).toFixed(2)})`;
    assert.ok(readme.replace(/\s+/g, " ").includes(sentence), `README should say: ${sentence}`);
  });
});
