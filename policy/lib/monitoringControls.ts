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

const recognisedByPattern = new Map<string, ReadonlySet<MonitoringControl>>();
const MEMO_LIMIT = 10000;

/**
 * The controls whose scanner regex recognises a filter pattern. Memoised by pattern text (a pure
 * function of it): a stack repeats the catalogue's patterns on every trail's log group, and the
 * lookahead-heavy regexes cost tens of microseconds each.
 */
export function controlsRecognising(pattern: string): ReadonlySet<MonitoringControl> {
  let found = recognisedByPattern.get(pattern);
  if (!found) {
    found = new Set(MONITORING_CONTROLS.filter((control) => control.recognises.test(pattern)));
    if (recognisedByPattern.size >= MEMO_LIMIT) recognisedByPattern.clear();
    recognisedByPattern.set(pattern, found);
  }
  return found;
}
