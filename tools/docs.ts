/** `npm run -s docs`: regenerates the README's generated tables (the alarm table) from their sources. */
import * as fs from "fs";
import * as path from "path";
import { withAlarmTable } from "./lib/alarmTable";
import { EXIT_OK, defineCommand, runMain } from "./lib/cli";

const DOCS_COMMAND = defineCommand({
  name: "docs",
  summary: "Rewrites the README's generated tables from their sources (the alarm table from policy/catalogue.ts).",
  usage: "",
  flags: {},
  exitCodes: { 0: "the README's tables are written", 1: "not used by docs" },
});

function regenerateReadme(): string {
  const readmePath = path.join(__dirname, "..", "README.md");
  fs.writeFileSync(readmePath, withAlarmTable(fs.readFileSync(readmePath, "utf8")));
  return `updated the alarm table in ${readmePath}\n`;
}

void runMain(DOCS_COMMAND, async (_args, io) => {
  io.out(regenerateReadme());
  return EXIT_OK;
});
