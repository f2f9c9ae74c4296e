"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MONITORING_CONTROLS = void 0;
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
