"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MONITORING_CONTROLS = void 0;
exports.controlsRecognising = controlsRecognising;
/** The CIS monitoring controls the stack check requires, each with the regex scanners use. */
const catalogue_1 = require("../catalogue");
const scannerPatterns_1 = require("./scannerPatterns");
function control(alarm) {
    const prowler = alarm.references.find((r) => r.startsWith("Prowler "))?.slice("Prowler ".length);
    const recognises = prowler ? scannerPatterns_1.PROWLER_FILTER_REGEXES[prowler] : undefined;
    if (!recognises)
        throw new Error(`catalogue entry '${alarm.id}' names no Prowler check with a known regex`);
    return {
        alarm,
        cis: alarm.references.find((r) => r.startsWith("CIS ")) ?? alarm.id,
        securityHub: alarm.references.find((r) => r.startsWith("Security Hub ")),
        recognises,
    };
}
exports.MONITORING_CONTROLS = catalogue_1.CIS_MONITORING_ALARMS.map(control);
const recognisedByPattern = new Map();
const MEMO_LIMIT = 10000;
/**
 * The controls whose scanner regex recognises a filter pattern. Memoised by pattern text (a pure
 * function of it): a stack repeats the catalogue's patterns on every trail's log group, and the
 * lookahead-heavy regexes cost tens of microseconds each.
 */
function controlsRecognising(pattern) {
    let found = recognisedByPattern.get(pattern);
    if (!found) {
        found = new Set(exports.MONITORING_CONTROLS.filter((control) => control.recognises.test(pattern)));
        if (recognisedByPattern.size >= MEMO_LIMIT)
            recognisedByPattern.clear();
        recognisedByPattern.set(pattern, found);
    }
    return found;
}
