"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WATCHED_SECRET_NAME_MAX = exports.ALARM_LIST_BOUNDS = exports.CUSTOM_ALARMS_MAX = void 0;
exports.secretReadPatternsFit = secretReadPatternsFit;
exports.readAlarms = readAlarms;
/**
 * Which alarms a stack asks for: catalogue ids it leaves out, custom alarms, watched secrets, the
 * pattern profile and variant, the real-time rules and the heartbeat window.
 */
const catalogue_1 = require("../policy/catalogue");
const filterPattern_1 = require("../policy/lib/filterPattern");
const awsLimits_1 = require("../lib/awsLimits");
const declarations_generated_1 = require("./declarations.generated");
const eventPattern_1 = require("./eventPattern");
const problems_1 = require("./problems");
const types_1 = require("./types");
/** Custom alarms a stack takes (customAlarms). */
exports.CUSTOM_ALARMS_MAX = 50;
const ALARM_ID = /^(?=.{1,31}$)[a-z0-9]+(-[a-z0-9]+)*$/;
const SECRET_NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
const CUSTOM_ALARM_KEYS = ["id", "filterPattern", "title", "why", "eventPattern"];
/** The most entries each list of alarm ids or names takes, and why. */
exports.ALARM_LIST_BOUNDS = {
    disabledAlarms: { max: catalogue_1.ALL_ALARM_IDS.length, why: "each catalogue alarm once" },
    watchedSecrets: { max: 50, why: "each group of names becomes a metric filter, an alarm and a rule in every Region" },
    disabledRealtimeAlerts: { max: catalogue_1.ALL_ALARM_IDS.length + exports.CUSTOM_ALARMS_MAX, why: "each alarm id once" },
};
/** Whether one group of watched secrets fits the filter pattern and event pattern limits. */
function secretReadPatternsFit(names) {
    return ((0, awsLimits_1.utf8Bytes)((0, catalogue_1.secretReadFilterPattern)(names)) <= awsLimits_1.METRIC_FILTER_PATTERN_MAX.value &&
        JSON.stringify((0, catalogue_1.secretReadEventPattern)(names)).length <= awsLimits_1.EVENTBRIDGE_EVENT_PATTERN_MAX.value);
}
/** The longest watched secret name whose patterns fit on their own (names are ASCII). */
exports.WATCHED_SECRET_NAME_MAX = (() => {
    let longest = 0;
    for (let length = 1; length <= 512; length++)
        if (secretReadPatternsFit(["a".repeat(length)]))
            longest = length;
    return longest;
})();
function readAlarms(r) {
    const disabledAlarms = r.stringList("disabledAlarms", declarations_generated_1.DEFAULTS.disabledAlarms, exports.ALARM_LIST_BOUNDS.disabledAlarms);
    for (const id of disabledAlarms) {
        if (!catalogue_1.ALL_ALARM_IDS.includes(id))
            r.fail("disabledAlarms", id, `known alarm ids: ${catalogue_1.ALL_ALARM_IDS.join(", ")}`);
    }
    const customAlarms = parseCustomAlarms(r.raw.customAlarms, r.problems);
    const watchedSecrets = r.stringList("watchedSecrets", declarations_generated_1.DEFAULTS.watchedSecrets, exports.ALARM_LIST_BOUNDS.watchedSecrets);
    for (const name of watchedSecrets) {
        if (!SECRET_NAME.test(name))
            r.fail("watchedSecrets", name, "expected a Secrets Manager secret name (letters, digits and /_+=.@-)");
        else if (!secretReadPatternsFit([name])) {
            r.fail("watchedSecrets", name, `expected a name of at most ${exports.WATCHED_SECRET_NAME_MAX} characters: a longer one makes the secret-read filter pattern pass CloudWatch Logs' ${awsLimits_1.METRIC_FILTER_PATTERN_MAX.value} bytes or its event pattern EventBridge's ${awsLimits_1.EVENTBRIDGE_EVENT_PATTERN_MAX.value} characters`);
        }
    }
    const repeated = watchedSecrets.filter((n, i) => watchedSecrets.indexOf(n) !== i);
    if (repeated.length > 0)
        r.fail("watchedSecrets", repeated, "list each secret once");
    const signInWithoutMfaVariant = r.oneOf("signInWithoutMfaVariant", types_1.SIGN_IN_WITHOUT_MFA_VARIANTS, declarations_generated_1.DEFAULTS.signInWithoutMfaVariant);
    const alarmProfile = r.oneOf("alarmProfile", types_1.ALARM_PROFILES, declarations_generated_1.DEFAULTS.alarmProfile);
    const realtimeAlerts = r.boolean("realtimeAlerts", declarations_generated_1.DEFAULTS.realtimeAlerts);
    const disabledRealtimeAlerts = r.stringList("disabledRealtimeAlerts", declarations_generated_1.DEFAULTS.disabledRealtimeAlerts, exports.ALARM_LIST_BOUNDS.disabledRealtimeAlerts);
    const knownIds = [...catalogue_1.ALL_ALARM_IDS, ...customAlarms.map((a) => a.id)];
    for (const id of disabledRealtimeAlerts) {
        if (!knownIds.includes(id))
            r.fail("disabledRealtimeAlerts", id, `known alarm ids: ${knownIds.join(", ")}`);
    }
    const heartbeatWindowMinutes = r.integer("heartbeatWindowMinutes", declarations_generated_1.DEFAULTS.heartbeatWindowMinutes, 5, 1440);
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
function parseCustomAlarms(value, problems) {
    if (value === undefined)
        return [];
    const key = "customAlarms";
    if (!Array.isArray(value)) {
        problems.push((0, problems_1.invalid)(key, value, "expected a list of { id, filterPattern, title?, why?, eventPattern? } objects"));
        return [];
    }
    if (value.length > exports.CUSTOM_ALARMS_MAX) {
        problems.push(`${key}: ${value.length} entries is not valid; at most ${exports.CUSTOM_ALARMS_MAX} (each is a metric filter on the trail's log group, which takes 100 with the catalogue's, and a rule in every Region).`);
    }
    const alarms = [];
    value.forEach((entry, index) => {
        const at = `${key}[${index}]`;
        if (!(0, problems_1.isRecord)(entry)) {
            problems.push((0, problems_1.invalid)(at, entry, "expected an object with id and filterPattern"));
            return;
        }
        problems.push(...(0, problems_1.unknownKeyProblems)(Object.keys(entry), CUSTOM_ALARM_KEYS, "field of a custom alarm", `${at}.`));
        const id = entry.id;
        const label = typeof id === "string" ? `${at} (${id})` : at;
        if (typeof id !== "string" || !ALARM_ID.test(id)) {
            problems.push((0, problems_1.invalid)(`${at}.id`, id, 'expected a kebab-case id of at most 31 characters such as "break-glass-role-used"'));
        }
        else if (catalogue_1.ALL_ALARM_IDS.includes(id) || alarms.some((a) => a.id === id)) {
            problems.push((0, problems_1.invalid)(`${at}.id`, id, `it is already used by ${catalogue_1.ALL_ALARM_IDS.includes(id) ? "the catalogue" : "another custom alarm"}`));
        }
        const pattern = entry.filterPattern;
        if (typeof pattern !== "string" || pattern.trim() === "") {
            problems.push((0, problems_1.invalid)(`${label}.filterPattern`, pattern, 'expected a non-empty CloudWatch Logs filter pattern such as { $.eventName = "DeleteBucket" }'));
        }
        else if ((0, awsLimits_1.utf8Bytes)(pattern) > awsLimits_1.METRIC_FILTER_PATTERN_MAX.value) {
            problems.push(`${label}.filterPattern: ${(0, awsLimits_1.utf8Bytes)(pattern)} UTF-8 bytes is too long; CloudWatch Logs accepts at most ${awsLimits_1.METRIC_FILTER_PATTERN_MAX.value} (${awsLimits_1.METRIC_FILTER_PATTERN_MAX.source}).`);
        }
        else {
            const syntaxError = (0, filterPattern_1.checkFilterPatternSyntax)(pattern);
            if (syntaxError)
                problems.push(`${label}.filterPattern: ${syntaxError}`);
        }
        const eventPattern = entry.eventPattern;
        if (eventPattern !== undefined && (!(0, problems_1.isRecord)(eventPattern) || Object.keys(eventPattern).length === 0)) {
            problems.push((0, problems_1.invalid)(`${label}.eventPattern`, eventPattern, 'expected a non-empty EventBridge event pattern object such as {"detail":{"eventName":["DeleteBucket"]}}'));
        }
        else if (eventPattern !== undefined)
            problems.push(...(0, eventPattern_1.eventPatternProblems)(eventPattern, `${label}.eventPattern`));
        for (const field of ["title", "why"]) {
            if (entry[field] !== undefined && typeof entry[field] !== "string")
                problems.push((0, problems_1.invalid)(`${at}.${field}`, entry[field], "expected a string"));
        }
        if (typeof id === "string" && typeof pattern === "string") {
            alarms.push({
                id,
                title: typeof entry.title === "string" ? entry.title : id,
                why: typeof entry.why === "string" ? entry.why : declarations_generated_1.CUSTOM_ALARM_DEFAULTS.why,
                filterPattern: pattern,
                eventPattern: (0, problems_1.isRecord)(eventPattern) && Object.keys(eventPattern).length > 0 ? eventPattern : undefined,
            });
        }
    });
    return alarms;
}
