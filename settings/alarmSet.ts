/**
 * Which alarms a stack gets: the catalogue, less what config disables, with the profile's and
 * variant's patterns, plus watched secrets and custom alarms. Pure, so the component, the plan
 * diff and the tests agree on one list.
 */
import {
  ALARMS,
  EventBridgePattern,
  SECRET_READ_ALARM,
  SIGNIN_WITHOUT_MFA_ALL_PRINCIPALS_EVENT_PATTERN,
  SIGNIN_WITHOUT_MFA_VARIANTS,
  secretReadEventPattern,
  secretReadFilterPattern,
} from "../policy/catalogue";
import { BaselineSettings } from "./types";
import { secretReadPatternsFit } from "./alarms";

export interface ResolvedAlarm {
  readonly id: string;
  readonly title: string;
  readonly why: string;
  readonly references: readonly string[];
  readonly metricName: string;
  readonly filterPattern: string;
  /** The real-time rule's pattern; absent when the entry has none or config turns it off. */
  readonly eventPattern?: EventBridgePattern;
  /** The rule must also see read-only Describe/Get/List management events. */
  readonly realtimeNeedsReadOnlyEvents: boolean;
}

export function resolveAlarms(settings: BaselineSettings): ResolvedAlarm[] {
  const tuned = settings.alarmProfile === "tuned";
  const realtime = (id: string, pattern: EventBridgePattern | undefined): EventBridgePattern | undefined =>
    settings.realtimeAlerts && !settings.disabledRealtimeAlerts.includes(id) ? pattern : undefined;

  const alarms: ResolvedAlarm[] = ALARMS.filter((a) => !settings.disabledAlarms.includes(a.id)).map((a) => {
    let filterPattern = tuned ? (a.tunedFilterPattern ?? a.filterPattern) : a.filterPattern;
    let eventPattern = tuned ? (a.tunedEventPattern ?? a.eventPattern) : a.eventPattern;
    if (a.id === "console-signin-without-mfa" && settings.signInWithoutMfaVariant === "all-principals") {
      // Keep alarm and rule in step: both take the unscoped CIS form.
      filterPattern = SIGNIN_WITHOUT_MFA_VARIANTS["all-principals"];
      eventPattern = SIGNIN_WITHOUT_MFA_ALL_PRINCIPALS_EVENT_PATTERN;
    }
    return {
      id: a.id,
      title: a.title,
      why: a.why,
      references: a.references,
      metricName: a.metricName,
      filterPattern,
      eventPattern: realtime(a.id, eventPattern),
      realtimeNeedsReadOnlyEvents: a.realtimeNeedsReadOnlyEvents === true,
    };
  });

  if (settings.watchedSecrets.length > 0 && !settings.disabledAlarms.includes(SECRET_READ_ALARM.id)) {
    // One filter (and alarm and rule) per group of names that fits the limits: ids
    // secrets-manager-secret-read, -2, -3, ...; config's disabled* lists name the family.
    secretReadGroups(settings.watchedSecrets).forEach((names, i) => {
      const suffix = i === 0 ? "" : `-${i + 1}`;
      alarms.push({
        ...SECRET_READ_ALARM,
        id: `${SECRET_READ_ALARM.id}${suffix}`,
        metricName: i === 0 ? SECRET_READ_ALARM.metricName : SECRET_READ_ALARM.metricName.replace(/EventCount$/, `${i + 1}EventCount`),
        filterPattern: secretReadFilterPattern(names),
        eventPattern: realtime(SECRET_READ_ALARM.id, secretReadEventPattern(names)),
        realtimeNeedsReadOnlyEvents: SECRET_READ_ALARM.realtimeNeedsReadOnlyEvents === true,
      });
    });
  }

  for (const custom of settings.customAlarms) {
    alarms.push({
      id: custom.id,
      title: custom.title,
      why: custom.why,
      references: ["Custom (stack configuration)"],
      metricName: customMetricName(custom.id),
      filterPattern: custom.filterPattern,
      eventPattern: realtime(custom.id, custom.eventPattern),
      // A custom pattern may well target a Get or Describe call; the rule must see it.
      realtimeNeedsReadOnlyEvents: true,
    });
  }
  return alarms;
}

/**
 * The watched secret names in order, grouped so each group's filter pattern stays within
 * METRIC_FILTER_PATTERN_MAX (UTF-8 bytes) and its event pattern within
 * EVENTBRIDGE_EVENT_PATTERN_MAX: one pattern for every name passes 1,024 bytes at about seven names.
 */
export function secretReadGroups(names: readonly string[]): string[][] {
  // resolveSettings refuses a name whose patterns do not fit on their own (WATCHED_SECRET_NAME_MAX).
  const groups: string[][] = [];
  for (const name of names) {
    const last = groups[groups.length - 1];
    if (last && secretReadPatternsFit([...last, name])) last.push(name);
    else groups.push([name]);
  }
  return groups;
}

/** `break-glass-role-used` → `BreakGlassRoleUsedEventCount`, like the catalogue's names. */
export function customMetricName(id: string): string {
  return (
    id
      .split("-")
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
      .join("") + "EventCount"
  );
}
