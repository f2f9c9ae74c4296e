/** `npm run -s docs`: regenerates the README's tables: the alarm catalogue and the AWS limits. */
import * as fs from "fs";
import * as path from "path";
import { withAlarmTable } from "./lib/alarmTable";
import { withLimitsTable } from "./lib/limitsTable";

const readmePath = path.join(__dirname, "..", "README.md");
fs.writeFileSync(readmePath, withLimitsTable(withAlarmTable(fs.readFileSync(readmePath, "utf8"))));
process.stdout.write(`updated the alarm and limits tables in ${readmePath}\n`);
