/**
 * Which alarms a stack gets: the catalogue, less what config disables, with the profile's and
 * variant's patterns, plus watched secrets and custom alarms. Pure, so the component, the plan
 * diff and the tests agree on one list.
 */
import {
  ALARMS,
  EventBridgePattern,
  SECRET_READ_ALARM,
  SIGNIN_WITHOUT_MFA_VARIANTS,
  secretReadEventPattern,
  secretReadFilterPattern,
} from "../policy/catalogue";
import { BaselineSettings } from "../config";

export interface ResolvedAlarm {
  readonly id: string;
  readonly title: string;
  readonly why: string;
  readonly references: readonly string[];
  readonly metricName: string;
  readonly filterPattern: string;
  /** The real-time rule's pattern; absent when the entry has none or config turns it off. */
  readonly eventPattern?: EventBridgePattern;
}

export function resolveAlarms(settings: BaselineSettings): ResolvedAlarm[] {
  const tuned = settings.alarmProfile === "tuned";
  const realtime = (id: string, pattern: EventBridgePattern | undefined): EventBridgePattern | undefined =>
    settings.realtimeAlerts && !settings.disabledRealtimeAlerts.includes(id) ? pattern : undefined;

  const alarms: ResolvedAlarm[] = ALARMS.filter((a) => !settings.disabledAlarms.includes(a.id)).map((a) => {
    let filterPattern = tuned ? (a.tunedFilterPattern ?? a.filterPattern) : a.filterPattern;
    if (a.id === "console-signin-without-mfa" && settings.signInWithoutMfaVariant !== "securityhub") {
      filterPattern = SIGNIN_WITHOUT_MFA_VARIANTS[settings.signInWithoutMfaVariant];
    }
    const eventPattern = tuned ? (a.tunedEventPattern ?? a.eventPattern) : a.eventPattern;
    return {
      id: a.id,
      title: a.title,
      why: a.why,
      references: a.references,
      metricName: a.metricName,
      filterPattern,
      // The all-principals variant has no EventBridge twin in the catalogue: keep alarm and rule in step.
      eventPattern: realtime(a.id, a.id === "console-signin-without-mfa" && settings.signInWithoutMfaVariant !== "securityhub" ? undefined : eventPattern),
    };
  });

  if (settings.watchedSecrets.length > 0 && !settings.disabledAlarms.includes(SECRET_READ_ALARM.id)) {
    alarms.push({
      ...SECRET_READ_ALARM,
      filterPattern: secretReadFilterPattern(settings.watchedSecrets),
      eventPattern: realtime(SECRET_READ_ALARM.id, secretReadEventPattern(settings.watchedSecrets)),
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
    });
  }
  return alarms;
}

/** `break-glass-role-used` → `BreakGlassRoleUsedEventCount`, like the catalogue's names. */
export function customMetricName(id: string): string {
  return id.split("-").map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("") + "EventCount";
}
