"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ARCHIVE_DAY = exports.INVESTIGATION_FIELDS = void 0;
exports.archiveDayProblem = archiveDayProblem;
exports.parseInvestigationConfig = parseInvestigationConfig;
/**
 * What a responder gets (components/investigate): the self-healing trail, the Slack channel and
 * the investigation parts (settings/args.ts describes each key and its default). Plain parsed
 * values in, typed settings and one line per problem out; nothing is thrown, so the caller's
 * ConfigError lists these problems with every other key's.
 */
const awsLimits_1 = require("../lib/awsLimits");
const providerRules_1 = require("../lib/providerRules");
const declarations_generated_1 = require("./declarations.generated");
const problems_1 = require("./problems");
exports.INVESTIGATION_FIELDS = ["athena", "insightsQueries", "dashboard", "athenaBytesScannedCutoff", "archiveSince"];
const SLACK_CHANNEL_FIELDS = ["workspaceId", "channelId"];
/** A day as yyyy/MM/dd, the format of CloudTrail's object keys and the table's date projection. */
exports.ARCHIVE_DAY = /^\d{4}\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])$/;
function booleanOf(key, value, fallback, problems) {
    if (value === undefined)
        return fallback;
    if (typeof value === "boolean")
        return value;
    problems.push((0, problems_1.invalid)(key, value, "expected true or false"));
    return fallback;
}
function parseSlackChannel(value, problems) {
    if (value === undefined || value === null)
        return undefined;
    const example = 'expected { "workspaceId": "T07EA123LEP", "channelId": "C07EZ1ABC23" }';
    if (!(0, problems_1.isRecord)(value)) {
        problems.push((0, problems_1.invalid)("slackChannel", value, example));
        return undefined;
    }
    const before = problems.length;
    problems.push(...(0, problems_1.unknownKeyProblems)(Object.keys(value), SLACK_CHANNEL_FIELDS, "field of slackChannel", "slackChannel."));
    const field = (key, rule) => {
        const text = value[key];
        if (typeof text !== "string") {
            problems.push((0, problems_1.invalid)(`slackChannel.${key}`, text, `expected ${rule.allowed}`));
            return "";
        }
        const problem = (0, awsLimits_1.nameProblem)(text, rule);
        if (problem)
            problems.push((0, problems_1.invalid)(`slackChannel.${key}`, text, `${problem}; ${rule.allowed} (${rule.source})`));
        return text;
    };
    const workspaceId = field("workspaceId", awsLimits_1.SLACK_WORKSPACE_ID);
    const channelId = field("channelId", awsLimits_1.SLACK_CHANNEL_ID);
    return problems.length === before ? { workspaceId, channelId } : undefined;
}
/**
 * Why `value` is not a first day the table can project from, or undefined: a real calendar day
 * as yyyy/MM/dd, not after `today` (the projection runs from it to NOW; a later start leaves the
 * range empty and every query fails). `today` is injected so plans and tests do not depend on the clock.
 */
function archiveDayProblem(value, today) {
    const format = "expected the archive's first day as yyyy/MM/dd, such as 2024/01/01";
    if (typeof value !== "string" || !exports.ARCHIVE_DAY.test(value))
        return format;
    const [year, month, day] = value.split("/").map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
        return `${format}: ${value} is not a day of the calendar`;
    }
    const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
    if (date.getTime() > todayUtc)
        return `${format}, not after today (${new Date(todayUtc).toISOString().slice(0, 10).replace(/-/g, "/")})`;
    return undefined;
}
/** `today` decides the latest first day archiveSince may name (the program passes the real date). */
function parseInvestigationConfig(raw, today = new Date()) {
    const problems = [];
    // On unless set (settings/args.ts); settings/index.ts turns it off where it cannot work.
    const selfHealingTrail = booleanOf("selfHealingTrail", raw.selfHealingTrail, true, problems);
    const slackChannel = parseSlackChannel(raw.slackChannel, problems);
    let parts = {};
    if (raw.investigation !== undefined && !(0, problems_1.isRecord)(raw.investigation)) {
        problems.push((0, problems_1.invalid)("investigation", raw.investigation, `expected an object with any of ${exports.INVESTIGATION_FIELDS.join(", ")}`));
    }
    else if (raw.investigation !== undefined) {
        parts = raw.investigation;
        problems.push(...(0, problems_1.unknownKeyProblems)(Object.keys(parts), exports.INVESTIGATION_FIELDS, "field of investigation", "investigation."));
    }
    const athena = booleanOf("investigation.athena", parts.athena, declarations_generated_1.INVESTIGATION_DEFAULTS.athena, problems);
    const insightsQueries = booleanOf("investigation.insightsQueries", parts.insightsQueries, declarations_generated_1.INVESTIGATION_DEFAULTS.insightsQueries, problems);
    const dashboard = booleanOf("investigation.dashboard", parts.dashboard, declarations_generated_1.INVESTIGATION_DEFAULTS.dashboard, problems);
    let athenaBytesScannedCutoff = declarations_generated_1.INVESTIGATION_DEFAULTS.athenaBytesScannedCutoff;
    const cutoff = parts.athenaBytesScannedCutoff;
    if (cutoff !== undefined) {
        // The workgroup's bytes_scanned_cutoff_per_query, held to the provider's own rule (0 there means "none").
        const refused = typeof cutoff !== "number" ||
            !Number.isSafeInteger(cutoff) ||
            cutoff < awsLimits_1.ATHENA_BYTES_SCANNED_CUTOFF_MIN.value ||
            (0, providerRules_1.valueProblems)("aws:athena/workgroup:Workgroup", "configuration.bytesScannedCutoffPerQuery", cutoff).length > 0;
        if (!refused)
            athenaBytesScannedCutoff = cutoff;
        else
            problems.push((0, problems_1.invalid)("investigation.athenaBytesScannedCutoff", cutoff, `expected a whole number of bytes of at least ${awsLimits_1.ATHENA_BYTES_SCANNED_CUTOFF_MIN.value.toLocaleString("en-US")} (10 MiB; ${awsLimits_1.ATHENA_BYTES_SCANNED_CUTOFF_MIN.source})`));
    }
    let archiveSince = declarations_generated_1.INVESTIGATION_DEFAULTS.archiveSince;
    const since = parts.archiveSince;
    if (since !== undefined) {
        const problem = archiveDayProblem(since, today);
        if (problem === undefined)
            archiveSince = since;
        else
            problems.push((0, problems_1.invalid)("investigation.archiveSince", since, problem));
    }
    return {
        settings: { selfHealingTrail, slackChannel, athena, insightsQueries, dashboard, athenaBytesScannedCutoff, archiveSince },
        problems,
    };
}
