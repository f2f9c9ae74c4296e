import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { ALARMS } from "../policy/catalogue";
import { CONFIG_KEYS } from "../config";
import { withAlarmTable } from "../tools/docs/alarmTable";
import { withLimitsTable } from "../tools/docs/limitsTable";
import * as awsLimits from "../lib/awsLimits";
import { providerRulesDoc } from "../tools/docs/providerRulesDoc";
import { PROVIDER_RULES } from "../lib/providerRules";

const readme = fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8");

describe("README", () => {
  it("shows the alarm table the catalogue generates (run `npm run -s docs` after changing the catalogue)", () => {
    assert.equal(readme, withAlarmTable(readme));
    for (const alarm of ALARMS) assert.ok(readme.includes(`| \`${alarm.id}\` |`), alarm.id);
  });

  it("shows the limits table lib/awsLimits.ts generates (run `npm run -s docs` after changing a limit)", () => {
    assert.equal(readme, withLimitsTable(readme));
    for (const name of ["PROJECT_TRAIL_NAME", "SNS_TOPIC_NAME", "METRIC_FILTERS_PER_LOG_GROUP"] as const) {
      assert.ok(name in awsLimits && readme.includes(`| \`${name}\` |`), name);
    }
  });

  it("docs/provider-rules.md is what lib/providerRules.ts generates (run `npm run -s docs` after changing a rule)", () => {
    const committed = fs.readFileSync(path.join(__dirname, "..", "docs", "provider-rules.md"), "utf8");
    assert.equal(committed, providerRulesDoc());
    for (const type of Object.keys(PROVIDER_RULES)) assert.ok(committed.includes(`## \`${type}\``), type);
  });

  it("documents every config key", () => {
    for (const key of CONFIG_KEYS) assert.ok(readme.includes(`| \`${key}\` |`), `README lacks config key ${key}`);
  });

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
