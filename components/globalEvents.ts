/**
 * IAM, STS, console sign-in and Organizations are global services: CloudTrail hands their
 * events to EventBridge in us-east-1 only. A real-time rule for them must live there.
 */
import { EventBridgePattern } from "../policy/catalogue";

/** `source` values of global services' events in EventBridge. */
export const GLOBAL_EVENT_SOURCES = ["aws.iam", "aws.sts", "aws.signin", "aws.organizations"] as const;

const toEventSource = (source: string): string => `${source.slice("aws.".length)}.amazonaws.com`;

/**
 * The pattern narrowed to global services' events, or undefined when it can only match
 * regional services (nothing to add in us-east-1 for a stack that does not cover it).
 */
export function restrictToGlobalServices(pattern: EventBridgePattern): EventBridgePattern | undefined {
  const sources = pattern.source;
  if (Array.isArray(sources)) {
    const global = sources.filter((s): s is string => typeof s === "string" && (GLOBAL_EVENT_SOURCES as readonly string[]).includes(s));
    return global.length > 0 ? { ...pattern, source: global } : undefined;
  }
  const detail = (pattern.detail ?? {}) as EventBridgePattern;
  const eventSources = detail.eventSource;
  const globalEventSources = GLOBAL_EVENT_SOURCES.map(toEventSource);
  if (Array.isArray(eventSources)) {
    const global = eventSources.filter((s): s is string => typeof s === "string" && globalEventSources.includes(s));
    return global.length > 0 ? { ...pattern, detail: { ...detail, eventSource: global } } : undefined;
  }
  return { ...pattern, source: [...GLOBAL_EVENT_SOURCES] };
}

/** True when the pattern can only match global services' events, which never reach this region's EventBridge. */
export function matchesOnlyGlobalServices(pattern: EventBridgePattern): boolean {
  const restricted = restrictToGlobalServices(pattern);
  return restricted !== undefined && JSON.stringify(restricted) === JSON.stringify(pattern);
}
