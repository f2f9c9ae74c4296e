/** `npm run -s docs`: regenerates the README's alarm table from the catalogue. */
import * as fs from "fs";
import * as path from "path";
import { withAlarmTable } from "./lib/alarmTable";

const readmePath = path.join(__dirname, "..", "README.md");
fs.writeFileSync(readmePath, withAlarmTable(fs.readFileSync(readmePath, "utf8")));
process.stdout.write(`updated the alarm table in ${readmePath}\n`);
