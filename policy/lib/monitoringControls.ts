/** The CIS monitoring controls the stack check requires, each with the regex scanners use. */
import { AlarmDefinition, CIS_MONITORING_ALARMS } from "../catalogue";
import { PROWLER_FILTER_REGEXES } from "./scannerPatterns";

export interface MonitoringControl {
  readonly alarm: AlarmDefinition;
  /** "CIS 4.3" */
  readonly cis: string;
  readonly securityHub?: string;
  readonly recognises: RegExp;
}

function control(alarm: AlarmDefinition): MonitoringControl {
  const prowler = alarm.references.find((r) => r.startsWith("Prowler "))?.slice("Prowler ".length);
  const recognises = prowler ? PROWLER_FILTER_REGEXES[prowler] : undefined;
  if (!recognises) throw new Error(`catalogue entry '${alarm.id}' names no Prowler check with a known regex`);
  return {
    alarm,
    cis: alarm.references.find((r) => r.startsWith("CIS ")) ?? alarm.id,
    securityHub: alarm.references.find((r) => r.startsWith("Security Hub ")),
    recognises,
  };
}

export const MONITORING_CONTROLS: readonly MonitoringControl[] = CIS_MONITORING_ALARMS.map(control);
