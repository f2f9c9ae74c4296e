/**
 * Which alarms a stack asks for: catalogue ids it leaves out, custom alarms, watched secrets, the
 * pattern profile and variant, the real-time rules and the heartbeat window.
 */
import { ALL_ALARM_IDS, EventBridgePattern, secretReadEventPattern, secretReadFilterPattern } from "../policy/catalogue";
import { checkFilterPatternSyntax } from "../policy/lib/filterPattern";
import { EVENTBRIDGE_EVENT_PATTERN_MAX, METRIC_FILTER_PATTERN_MAX, utf8Bytes } from "../lib/awsLimits";
import { CUSTOM_ALARM_DEFAULTS, DEFAULTS } from "./declarations.generated";
import { eventPatternProblems } from "./eventPattern";
import { SettingsReader, invalid, isRecord, unknownKeyProblems } from "./problems";
import { ALARM_PROFILES, AlarmProfile, CustomAlarm, SIGN_IN_WITHOUT_MFA_VARIANTS, SignInWithoutMfaVariant } from "./types";

/** Custom alarms a stack takes (customAlarms). */
export const CUSTOM_ALARMS_MAX = 50;

const ALARM_ID = /^(?=.{1,31}$)[a-z0-9]+(-[a-z0-9]+)*$/;
const SECRET_NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
const CUSTOM_ALARM_KEYS = ["id", "filterPattern", "title", "why", "eventPattern"] as const;

/** The most entries each list of alarm ids or names takes, and why. */
export const ALARM_LIST_BOUNDS = {
  disabledAlarms: { max: ALL_ALARM_IDS.length, why: "each catalogue alarm once" },
  watchedSecrets: { max: 50, why: "each group of names becomes a metric filter, an alarm and a rule in every Region" },
  disabledRealtimeAlerts: { max: ALL_ALARM_IDS.length + CUSTOM_ALARMS_MAX, why: "each alarm id once" },
} as const;

/** Whether one group of watched secrets fits the filter pattern and event pattern limits. */
export function secretReadPatternsFit(names: readonly string[]): boolean {
  return (
    utf8Bytes(secretReadFilterPattern(names)) <= METRIC_FILTER_PATTERN_MAX.value &&
    JSON.stringify(secretReadEventPattern(names)).length <= EVENTBRIDGE_EVENT_PATTERN_MAX.value
  );
}

/** The longest watched secret name whose patterns fit on their own (names are ASCII). */
export const WATCHED_SECRET_NAME_MAX = ((): number => {
  let longest = 0;
  for (let length = 1; length <= 512; length++) if (secretReadPatternsFit(["a".repeat(length)])) longest = length;
  return longest;
})();

export interface AlarmChoices {
  readonly disabledAlarms: readonly string[];
  readonly customAlarms: readonly CustomAlarm[];
  readonly watchedSecrets: readonly string[];
  readonly signInWithoutMfaVariant: SignInWithoutMfaVariant;
  readonly alarmProfile: AlarmProfile;
  readonly realtimeAlerts: boolean;
  readonly disabledRealtimeAlerts: readonly string[];
  readonly heartbeatWindowMinutes: number;
}

export function readAlarms(r: SettingsReader): AlarmChoices {
  const disabledAlarms = r.stringList("disabledAlarms", DEFAULTS.disabledAlarms, ALARM_LIST_BOUNDS.disabledAlarms);
  for (const id of disabledAlarms) {
    if (!ALL_ALARM_IDS.includes(id)) r.fail("disabledAlarms", id, `known alarm ids: ${ALL_ALARM_IDS.join(", ")}`);
  }

  const customAlarms = parseCustomAlarms(r.raw.customAlarms, r.problems);

  const watchedSecrets = r.stringList("watchedSecrets", DEFAULTS.watchedSecrets, ALARM_LIST_BOUNDS.watchedSecrets);
  for (const name of watchedSecrets) {
    if (!SECRET_NAME.test(name)) r.fail("watchedSecrets", name, "expected a Secrets Manager secret name (letters, digits and /_+=.@-)");
    else if (!secretReadPatternsFit([name])) {
      r.fail(
        "watchedSecrets",
        name,
        `expected a name of at most ${WATCHED_SECRET_NAME_MAX} characters: a longer one makes the secret-read filter pattern pass CloudWatch Logs' ${METRIC_FILTER_PATTERN_MAX.value} bytes or its event pattern EventBridge's ${EVENTBRIDGE_EVENT_PATTERN_MAX.value} characters`,
      );
    }
  }
  const repeated = watchedSecrets.filter((n, i) => watchedSecrets.indexOf(n) !== i);
  if (repeated.length > 0) r.fail("watchedSecrets", repeated, "list each secret once");

  const signInWithoutMfaVariant = r.oneOf("signInWithoutMfaVariant", SIGN_IN_WITHOUT_MFA_VARIANTS, DEFAULTS.signInWithoutMfaVariant);
  const alarmProfile = r.oneOf("alarmProfile", ALARM_PROFILES, DEFAULTS.alarmProfile);
  const realtimeAlerts = r.boolean("realtimeAlerts", DEFAULTS.realtimeAlerts);
  const disabledRealtimeAlerts = r.stringList(
    "disabledRealtimeAlerts",
    DEFAULTS.disabledRealtimeAlerts,
    ALARM_LIST_BOUNDS.disabledRealtimeAlerts,
  );
  const knownIds = [...ALL_ALARM_IDS, ...customAlarms.map((a) => a.id)];
  for (const id of disabledRealtimeAlerts) {
    if (!knownIds.includes(id)) r.fail("disabledRealtimeAlerts", id, `known alarm ids: ${knownIds.join(", ")}`);
  }

  const heartbeatWindowMinutes = r.integer("heartbeatWindowMinutes", DEFAULTS.heartbeatWindowMinutes, 5, 1440);
  if (heartbeatWindowMinutes % 5 !== 0) {
    r.fail("heartbeatWindowMinutes", heartbeatWindowMinutes, "expected a multiple of 5 (the alarm counts 5-minute periods)");
  }
  return {
    disabledAlarms,
    customAlarms,
    watchedSecrets,
    signInWithoutMfaVariant,
    alarmProfile,
    realtimeAlerts,
    disabledRealtimeAlerts,
    heartbeatWindowMinutes,
  };
}

function parseCustomAlarms(value: unknown, problems: string[]): CustomAlarm[] {
  if (value === undefined) return [];
  const key = "customAlarms";
  if (!Array.isArray(value)) {
    problems.push(invalid(key, value, "expected a list of { id, filterPattern, title?, why?, eventPattern? } objects"));
    return [];
  }
  if (value.length > CUSTOM_ALARMS_MAX) {
    problems.push(
      `${key}: ${value.length} entries is not valid; at most ${CUSTOM_ALARMS_MAX} (each is a metric filter on the trail's log group, which takes 100 with the catalogue's, and a rule in every Region).`,
    );
  }
  const alarms: CustomAlarm[] = [];
  value.forEach((entry: unknown, index: number) => {
    const at = `${key}[${index}]`;
    if (!isRecord(entry)) {
      problems.push(invalid(at, entry, "expected an object with id and filterPattern"));
      return;
    }
    problems.push(...unknownKeyProblems(Object.keys(entry), CUSTOM_ALARM_KEYS, "field of a custom alarm", `${at}.`));
    const id = entry.id;
    const label = typeof id === "string" ? `${at} (${id})` : at;
    if (typeof id !== "string" || !ALARM_ID.test(id)) {
      problems.push(invalid(`${at}.id`, id, 'expected a kebab-case id of at most 31 characters such as "break-glass-role-used"'));
    } else if (ALL_ALARM_IDS.includes(id) || alarms.some((a) => a.id === id)) {
      problems.push(
        invalid(`${at}.id`, id, `it is already used by ${ALL_ALARM_IDS.includes(id) ? "the catalogue" : "another custom alarm"}`),
      );
    }
    const pattern = entry.filterPattern;
    if (typeof pattern !== "string" || pattern.trim() === "") {
      problems.push(
        invalid(
          `${label}.filterPattern`,
          pattern,
          'expected a non-empty CloudWatch Logs filter pattern such as { $.eventName = "DeleteBucket" }',
        ),
      );
    } else if (utf8Bytes(pattern) > METRIC_FILTER_PATTERN_MAX.value) {
      problems.push(
        `${label}.filterPattern: ${utf8Bytes(pattern)} UTF-8 bytes is too long; CloudWatch Logs accepts at most ${METRIC_FILTER_PATTERN_MAX.value} (${METRIC_FILTER_PATTERN_MAX.source}).`,
      );
    } else {
      const syntaxError = checkFilterPatternSyntax(pattern);
      if (syntaxError) problems.push(`${label}.filterPattern: ${syntaxError}`);
    }
    const eventPattern = entry.eventPattern;
    if (eventPattern !== undefined && (!isRecord(eventPattern) || Object.keys(eventPattern).length === 0)) {
      problems.push(
        invalid(
          `${label}.eventPattern`,
          eventPattern,
          'expected a non-empty EventBridge event pattern object such as {"detail":{"eventName":["DeleteBucket"]}}',
        ),
      );
    } else if (eventPattern !== undefined) problems.push(...eventPatternProblems(eventPattern, `${label}.eventPattern`));
    for (const field of ["title", "why"] as const) {
      if (entry[field] !== undefined && typeof entry[field] !== "string")
        problems.push(invalid(`${at}.${field}`, entry[field], "expected a string"));
    }
    if (typeof id === "string" && typeof pattern === "string") {
      alarms.push({
        id,
        title: typeof entry.title === "string" ? entry.title : id,
        why: typeof entry.why === "string" ? entry.why : CUSTOM_ALARM_DEFAULTS.why,
        filterPattern: pattern,
        eventPattern: isRecord(eventPattern) && Object.keys(eventPattern).length > 0 ? (eventPattern as EventBridgePattern) : undefined,
      });
    }
  });
  return alarms;
}
