"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolveAlarms = resolveAlarms;
exports.secretReadGroups = secretReadGroups;
exports.customMetricName = customMetricName;
/**
 * Which alarms a stack gets: the catalogue, less what config disables, with the profile's and
 * variant's patterns, plus watched secrets and custom alarms. Pure, so the component, the plan
 * diff and the tests agree on one list.
 */
const catalogue_1 = require("../policy/catalogue");
const alarms_1 = require("./alarms");
function resolveAlarms(settings) {
    const tuned = settings.alarmProfile === "tuned";
    const realtime = (id, pattern) => settings.realtimeAlerts && !settings.disabledRealtimeAlerts.includes(id) ? pattern : undefined;
    const alarms = catalogue_1.ALARMS.filter((a) => !settings.disabledAlarms.includes(a.id)).map((a) => {
        let filterPattern = tuned ? (a.tunedFilterPattern ?? a.filterPattern) : a.filterPattern;
        let eventPattern = tuned ? (a.tunedEventPattern ?? a.eventPattern) : a.eventPattern;
        if (a.id === "console-signin-without-mfa" && settings.signInWithoutMfaVariant === "all-principals") {
            // Keep alarm and rule in step: both take the unscoped CIS form.
            filterPattern = catalogue_1.SIGNIN_WITHOUT_MFA_VARIANTS["all-principals"];
            eventPattern = catalogue_1.SIGNIN_WITHOUT_MFA_ALL_PRINCIPALS_EVENT_PATTERN;
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
    if (settings.watchedSecrets.length > 0 && !settings.disabledAlarms.includes(catalogue_1.SECRET_READ_ALARM.id)) {
        // One filter (and alarm and rule) per group of names that fits the limits: ids
        // secrets-manager-secret-read, -2, -3, ...; config's disabled* lists name the family.
        secretReadGroups(settings.watchedSecrets).forEach((names, i) => {
            const suffix = i === 0 ? "" : `-${i + 1}`;
            alarms.push({
                ...catalogue_1.SECRET_READ_ALARM,
                id: `${catalogue_1.SECRET_READ_ALARM.id}${suffix}`,
                metricName: i === 0 ? catalogue_1.SECRET_READ_ALARM.metricName : catalogue_1.SECRET_READ_ALARM.metricName.replace(/EventCount$/, `${i + 1}EventCount`),
                filterPattern: (0, catalogue_1.secretReadFilterPattern)(names),
                eventPattern: realtime(catalogue_1.SECRET_READ_ALARM.id, (0, catalogue_1.secretReadEventPattern)(names)),
                realtimeNeedsReadOnlyEvents: catalogue_1.SECRET_READ_ALARM.realtimeNeedsReadOnlyEvents === true,
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
function secretReadGroups(names) {
    // resolveSettings refuses a name whose patterns do not fit on their own (WATCHED_SECRET_NAME_MAX).
    const groups = [];
    for (const name of names) {
        const last = groups[groups.length - 1];
        if (last && (0, alarms_1.secretReadPatternsFit)([...last, name]))
            last.push(name);
        else
            groups.push([name]);
    }
    return groups;
}
/** `break-glass-role-used` → `BreakGlassRoleUsedEventCount`, like the catalogue's names. */
function customMetricName(id) {
    return (id
        .split("-")
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join("") + "EventCount");
}
