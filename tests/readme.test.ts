import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { ALARMS } from "../policy/catalogue";
import { CONFIG_KEYS } from "../config";
import { withAlarmTable } from "../tools/lib/alarmTable";
import { withLimitsTable } from "../tools/lib/limitsTable";
import * as awsLimits from "../lib/awsLimits";

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

  it("documents every config key", () => {
    for (const key of CONFIG_KEYS) assert.ok(readme.includes(`| \`${key}\` |`), `README lacks config key ${key}`);
  });
});
