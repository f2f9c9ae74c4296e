import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { ALARMS } from "../policy/catalogue";
import { CONFIG_KEYS } from "../config";
import { withAlarmTable } from "../tools/lib/alarmTable";

const readme = fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8");

describe("README", () => {
  it("shows the alarm table the catalogue generates (run `npm run -s docs` after changing the catalogue)", () => {
    assert.equal(readme, withAlarmTable(readme));
    for (const alarm of ALARMS) assert.ok(readme.includes(`| \`${alarm.id}\` |`), alarm.id);
  });

  it("documents every config key", () => {
    for (const key of CONFIG_KEYS) assert.ok(readme.includes(`| \`${key}\` |`), `README lacks config key ${key}`);
  });
});
