/** `npm run -s docs`: regenerates the README's generated tables (the alarm catalogue, the policies, the AWS limits) from their sources. */
import * as fs from "fs";
import * as path from "path";
import { withAlarmTable } from "./alarmTable";
import { EXIT_OK, defineCommand, runMain } from "../lib/cli";
import { withLimitsTable } from "./limitsTable";
import { withPoliciesTable } from "./packTable";

const DOCS_COMMAND = defineCommand({
  name: "docs",
  summary: "Rewrites the README's generated tables from their sources (the alarm table from policy/catalogue.ts, the policies table from the pack's policies, the limits table from lib/awsLimits.ts).",
  usage: "",
  flags: {},
  exitCodes: { 0: "the README's tables are written", 1: "not used by docs" },
});

function regenerateReadme(): string {
  const readmePath = path.join(__dirname, "..", "..", "README.md");
  fs.writeFileSync(readmePath, withLimitsTable(withPoliciesTable(withAlarmTable(fs.readFileSync(readmePath, "utf8")))));
  return `updated the alarm, policies and limits tables in ${readmePath}\n`;
}

void runMain(DOCS_COMMAND, async (_args, io) => {
  io.out(regenerateReadme());
  return EXIT_OK;
});
