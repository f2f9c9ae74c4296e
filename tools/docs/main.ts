/** `npm run -s docs`: regenerates every generated README table (alarms, AWS limits, policies, stack outputs) from its source. */
import * as fs from "fs";
import * as path from "path";
import { withAlarmTable } from "./alarmTable";
import { EXIT_OK, defineCommand, runMain } from "../lib/cli";
import { withLimitsTable } from "./limitsTable";
import { ComponentOutputs, withOutputsTable } from "./outputsTable";
import { withPoliciesTable } from "./packTable";
import { withPermissionsTable } from "./permissionsTable";
import { providerRulesDoc } from "./providerRulesDoc";
import { packageSchema } from "../schema/main";

const DOCS_COMMAND = defineCommand({
  name: "docs",
  summary:
    "Rewrites the README's generated tables from their sources: alarms (policy/catalogue.ts), AWS limits (lib/awsLimits.ts), policies (policy/policies), deploy permissions (lib/deployPermissions.ts), stack outputs (MonitoringBaseline's schema, as Pulumi's analyzer derives it).",
  usage: "",
  flags: {},
  exitCodes: { 0: "the README's tables are written", 1: "not used by docs" },
});

async function regenerateReadme(): Promise<string> {
  const readmePath = path.join(__dirname, "..", "..", "README.md");
  const schema = (await packageSchema()) as { resources: Record<string, ComponentOutputs> };
  const outputs = schema.resources["baseline:index:MonitoringBaseline"];
  const readme = withPermissionsTable(
    withOutputsTable(withPoliciesTable(withLimitsTable(withAlarmTable(fs.readFileSync(readmePath, "utf8")))), outputs),
  );
  fs.writeFileSync(readmePath, readme);
  const rulesPath = path.join(__dirname, "..", "..", "docs", "provider-rules.md");
  fs.writeFileSync(rulesPath, providerRulesDoc());
  return `updated the alarm, limits, policies, outputs and permissions tables in ${readmePath}, and ${rulesPath}\n`;
}

void runMain(DOCS_COMMAND, async (_args, io) => {
  io.out(await regenerateReadme());
  return EXIT_OK;
});
