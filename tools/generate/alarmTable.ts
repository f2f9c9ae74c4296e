/**
 * The README's alarm catalogue table, generated from policy/catalogue.ts
 * (`npm run -s generate` rewrites it; tests/generated.test.ts fails when README and catalogue disagree).
 */
import type { GeneratedSection } from "./sections";
import { ALARMS, DELIVERY_HEARTBEAT_ALARM, SECRET_READ_ALARM } from "../../policy/catalogue";

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function alarmTable(): string {
  const rows = [
    "| id | title | references | filter pattern (`cis` profile) | real-time rule | why it matters |",
    "| --- | --- | --- | --- | --- | --- |",
    ...ALARMS.map(
      (a) =>
        `| \`${a.id}\` | ${cell(a.title)} | ${cell(a.references.join("; "))} | \`${cell(a.filterPattern)}\` | ${a.eventPattern ? "yes" : "no"}${a.tunedFilterPattern ? " (tuned differs)" : ""} | ${cell(a.why)} |`,
    ),
    `| \`${SECRET_READ_ALARM.id}\` | ${cell(SECRET_READ_ALARM.title)} | ${cell(SECRET_READ_ALARM.references.join("; "))} | built from \`watchedSecrets\` | yes | ${cell(SECRET_READ_ALARM.why)} |`,
    `| \`${DELIVERY_HEARTBEAT_ALARM.id}\` | ${cell(DELIVERY_HEARTBEAT_ALARM.title)} | ${cell(DELIVERY_HEARTBEAT_ALARM.references.join("; "))} | none: \`AWS/Logs IncomingLogEvents\` < 1, missing data breaching | no | ${cell(DELIVERY_HEARTBEAT_ALARM.why)} |`,
  ];
  return rows.join("\n");
}

export const ALARM_SECTION: GeneratedSection = { name: "alarm-table", source: "policy/catalogue.ts", body: alarmTable };
