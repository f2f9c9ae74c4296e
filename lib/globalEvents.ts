/**
 * Where a real-time rule's events arrive, from the services its pattern names.
 *
 * CloudTrail hands EventBridge each management event in the Region CloudTrail records it in,
 * and EventBridge rules only see their own Region's events. Most services record in the Region
 * of the call. The exceptions (lib/regions.ts, each with its source): IAM, Organizations,
 * CloudFront, Route 53 and Account Management reach EventBridge in us-east-1 only; STS and
 * console sign-in record calls to their global endpoints in us-east-1 and calls to their
 * Regional endpoints in that Region.
 *
 * So a rule naming only us-east-1-only services can only fire in us-east-1; a rule on STS (the
 * break-glass AssumeRole example) or on sign-in must exist in every listed Region AND in
 * us-east-1; and the extra us-east-1 instance of a stack that does not list us-east-1 needs
 * exactly the rules that can match an event of one of these global services.
 */
import { EventBridgePattern } from "../policy/catalogue";
import { GLOBAL_EVENTS_REGION, GLOBAL_SERVICE_EVENT_SOURCES, US_EAST_1_ONLY_EVENT_SOURCES, partitionOf } from "./regions";

const toEventSource = (source: string): string => `${source.slice("aws.".length)}.amazonaws.com`;
const toSource = (eventSource: string): string => `aws.${eventSource.replace(/\.amazonaws\.com$/, "")}`;

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string") ? (value as string[]) : undefined;

/**
 * The CloudTrail `eventSource` values a pattern can match, or undefined when it names none (or
 * names them with content filters): then any service's event may match.
 */
export function eventSourcesOf(pattern: EventBridgePattern): string[] | undefined {
  const bySource = strings(pattern.source)?.map(toEventSource);
  const detail = pattern.detail;
  const byEventSource = detail && !Array.isArray(detail) ? strings((detail as EventBridgePattern).eventSource) : undefined;
  if (bySource && byEventSource) return bySource.filter((s) => byEventSource.includes(s));
  return bySource ?? byEventSource;
}

/** True when some event the pattern can match is recorded in `region`. */
export function canMatchInRegion(pattern: EventBridgePattern, region: string): boolean {
  const sources = eventSourcesOf(pattern);
  if (sources === undefined) return true;
  // The us-east-1 rule is documented for the aws partition. Where GovCloud and China record
  // these services' events is not modelled here, so there every rule stays in every listed
  // Region: a rule that cannot match costs nothing, a missing one loses alerts.
  if (partitionOf(region) !== "aws") return true;
  if (region === GLOBAL_EVENTS_REGION) return sources.length > 0;
  return sources.some((s) => !(US_EAST_1_ONLY_EVENT_SOURCES as readonly string[]).includes(s));
}

/**
 * The pattern narrowed to the global services' events, for the us-east-1 instance of a stack
 * that does not list us-east-1; undefined when it can match none of them (no dead rule).
 */
export function restrictToGlobalServices(pattern: EventBridgePattern): EventBridgePattern | undefined {
  const global = GLOBAL_SERVICE_EVENT_SOURCES as readonly string[];
  const named = eventSourcesOf(pattern);
  if (named !== undefined) {
    const kept = named.filter((s) => global.includes(s));
    if (kept.length === 0) return undefined;
    const narrowed: Record<string, unknown> = { ...pattern };
    if (strings(pattern.source)) narrowed.source = kept.map(toSource);
    const detail = pattern.detail as EventBridgePattern | undefined;
    if (detail && strings(detail.eventSource)) narrowed.detail = { ...detail, eventSource: kept };
    return narrowed as EventBridgePattern;
  }
  return { ...pattern, source: global.map(toSource) };
}

/** Which part of the baseline a Region holds: the home Region, another listed one, or us-east-1 for global services only. */
export type RegionScope = "home" | "regional" | "global-events";

/**
 * The Regions the baseline deploys to, in order, with their scope: the home Region, the other
 * listed Regions, and, when the real-time rules are on and us-east-1 is not listed (aws
 * partition only), an extra us-east-1 part for the global services' events. The component and
 * the configuration's quota checks both read it.
 */
export function regionParts(
  regions: readonly string[],
  homeRegion: string,
  realtimeAlerts: boolean,
): { region: string; scope: RegionScope }[] {
  const parts: { region: string; scope: RegionScope }[] = [
    { region: homeRegion, scope: "home" },
    ...regions.filter((r) => r !== homeRegion).map((region) => ({ region, scope: "regional" as const })),
  ];
  const coversGlobalEvents = regions.includes(GLOBAL_EVENTS_REGION) || partitionOf(homeRegion) !== "aws";
  if (!coversGlobalEvents && realtimeAlerts) parts.push({ region: GLOBAL_EVENTS_REGION, scope: "global-events" });
  return parts;
}

/**
 * The real-time rules a Region's part gets: each alarm's pattern, narrowed to the global
 * services in the extra us-east-1 part, where some event it names can reach that Region.
 */
export function realtimePatternsIn<T extends { readonly eventPattern?: EventBridgePattern }>(
  alarms: readonly T[],
  region: string,
  scope: RegionScope,
): { alarm: T; eventPattern: EventBridgePattern }[] {
  return alarms.flatMap((alarm) => {
    if (!alarm.eventPattern) return [];
    const eventPattern = scope === "global-events" ? restrictToGlobalServices(alarm.eventPattern) : alarm.eventPattern;
    return eventPattern && canMatchInRegion(eventPattern, region) ? [{ alarm, eventPattern }] : [];
  });
}
