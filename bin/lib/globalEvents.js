"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.eventSourcesOf = eventSourcesOf;
exports.canMatchInRegion = canMatchInRegion;
exports.restrictToGlobalServices = restrictToGlobalServices;
exports.regionParts = regionParts;
exports.realtimePatternsIn = realtimePatternsIn;
const regions_1 = require("./regions");
const toEventSource = (source) => `${source.slice("aws.".length)}.amazonaws.com`;
const toSource = (eventSource) => `aws.${eventSource.replace(/\.amazonaws\.com$/, "")}`;
const strings = (value) => Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string") ? value : undefined;
/**
 * The CloudTrail `eventSource` values a pattern can match, or undefined when it names none (or
 * names them with content filters): then any service's event may match.
 */
function eventSourcesOf(pattern) {
    const bySource = strings(pattern.source)?.map(toEventSource);
    const detail = pattern.detail;
    const byEventSource = detail && !Array.isArray(detail) ? strings(detail.eventSource) : undefined;
    if (bySource && byEventSource)
        return bySource.filter((s) => byEventSource.includes(s));
    return bySource ?? byEventSource;
}
/** True when some event the pattern can match is recorded in `region`. */
function canMatchInRegion(pattern, region) {
    const sources = eventSourcesOf(pattern);
    if (sources === undefined)
        return true;
    // The us-east-1 rule is documented for the aws partition. Where GovCloud and China record
    // these services' events is not modelled here, so there every rule stays in every listed
    // Region: a rule that cannot match costs nothing, a missing one loses alerts.
    if ((0, regions_1.partitionOf)(region) !== "aws")
        return true;
    if (region === regions_1.GLOBAL_EVENTS_REGION)
        return sources.length > 0;
    return sources.some((s) => !regions_1.US_EAST_1_ONLY_EVENT_SOURCES.includes(s));
}
/**
 * The pattern narrowed to the global services' events, for the us-east-1 instance of a stack
 * that does not list us-east-1; undefined when it can match none of them (no dead rule).
 */
function restrictToGlobalServices(pattern) {
    const global = regions_1.GLOBAL_SERVICE_EVENT_SOURCES;
    const named = eventSourcesOf(pattern);
    if (named !== undefined) {
        const kept = named.filter((s) => global.includes(s));
        if (kept.length === 0)
            return undefined;
        const narrowed = { ...pattern };
        if (strings(pattern.source))
            narrowed.source = kept.map(toSource);
        const detail = pattern.detail;
        if (detail && strings(detail.eventSource))
            narrowed.detail = { ...detail, eventSource: kept };
        return narrowed;
    }
    return { ...pattern, source: global.map(toSource) };
}
/**
 * The Regions the baseline deploys to, in order, with their scope: the home Region, the other
 * listed Regions, and, when the real-time rules are on and us-east-1 is not listed (aws
 * partition only), an extra us-east-1 part for the global services' events. The component and
 * the configuration's quota checks both read it.
 */
function regionParts(regions, homeRegion, realtimeAlerts) {
    const parts = [
        { region: homeRegion, scope: "home" },
        ...regions.filter((r) => r !== homeRegion).map((region) => ({ region, scope: "regional" })),
    ];
    const coversGlobalEvents = regions.includes(regions_1.GLOBAL_EVENTS_REGION) || (0, regions_1.partitionOf)(homeRegion) !== "aws";
    if (!coversGlobalEvents && realtimeAlerts)
        parts.push({ region: regions_1.GLOBAL_EVENTS_REGION, scope: "global-events" });
    return parts;
}
/**
 * The real-time rules a Region's part gets: each alarm's pattern, narrowed to the global
 * services in the extra us-east-1 part, where some event it names can reach that Region.
 */
function realtimePatternsIn(alarms, region, scope) {
    return alarms.flatMap((alarm) => {
        if (!alarm.eventPattern)
            return [];
        const eventPattern = scope === "global-events" ? restrictToGlobalServices(alarm.eventPattern) : alarm.eventPattern;
        return eventPattern && canMatchInRegion(eventPattern, region) ? [{ alarm, eventPattern }] : [];
    });
}
