/**
 * An EventBridge event pattern evaluator and the envelope EventBridge wraps a CloudTrail record
 * in, so the tests can prove a rule's pattern and its CloudWatch filter pattern agree.
 *
 * Semantics (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html):
 * every field of the pattern must match (AND); the values listed for one field are
 * alternatives (OR); a field the event lacks matches only `{"exists": false}`; an array in the
 * event matches when any element does; matching is on leaves (strings, numbers, booleans, null),
 * so an object never matches a value and counts as absent for `exists`.
 */
import { CLOUDTRAIL_DETAIL_TYPES, EventBridgePattern } from "../../policy/catalogue";

/** What EventBridge delivers for a CloudTrail record. */
export interface EventBridgeEnvelope {
  readonly version: "0";
  readonly id: string;
  readonly "detail-type": string;
  readonly source: string;
  readonly account: string;
  readonly time: string;
  readonly region: string;
  readonly resources: readonly string[];
  readonly detail: Record<string, unknown>;
}

/** `detail-type` from the record's `eventType`; old records without one fall back on the source. */
export function cloudTrailDetailType(record: Record<string, unknown>): string {
  switch (record.eventType) {
    case "AwsConsoleSignIn":
      return CLOUDTRAIL_DETAIL_TYPES.consoleSignIn;
    case "AwsConsoleAction":
      return CLOUDTRAIL_DETAIL_TYPES.consoleAction;
    case "AwsServiceEvent":
      return CLOUDTRAIL_DETAIL_TYPES.serviceEvent;
    case "AwsApiCall":
      return CLOUDTRAIL_DETAIL_TYPES.apiCall;
    default:
      return record.eventSource === "signin.amazonaws.com" || record.eventName === "ConsoleLogin"
        ? CLOUDTRAIL_DETAIL_TYPES.consoleSignIn
        : CLOUDTRAIL_DETAIL_TYPES.apiCall;
  }
}

/** Wraps a CloudTrail record as EventBridge delivers it: `source` is `aws.<service>`. */
export function toEventBridgeEnvelope(record: Record<string, unknown>): EventBridgeEnvelope {
  const eventSource = typeof record.eventSource === "string" ? record.eventSource : "";
  const userIdentity = record.userIdentity as Record<string, unknown> | undefined;
  return {
    version: "0",
    id: String(record.eventID ?? "00000000-0000-0000-0000-000000000000"),
    "detail-type": cloudTrailDetailType(record),
    source: `aws.${eventSource.replace(/\.amazonaws\.com$/, "")}`,
    account: String(record.recipientAccountId ?? userIdentity?.accountId ?? ""),
    time: String(record.eventTime ?? ""),
    region: String(record.awsRegion ?? ""),
    resources: [],
    detail: record,
  };
}

/**
 * Whether EventBridge hands this record to a rule in the `ENABLED` state. Read-only management
 * events whose name starts with Describe, Get or List reach only rules in the
 * `ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS` state (EventBridge guide, "Receiving read-only
 * management events from AWS services").
 */
export function reachesEnabledRule(record: Record<string, unknown>): boolean {
  const readOnlyListing = record.readOnly === true && /^(Describe|Get|List)/.test(String(record.eventName ?? ""));
  return !(readOnlyListing && record.managementEvent !== false);
}

type Leaf = string | number | boolean | null;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The leaves at a pattern key: an event array contributes each of its leaf elements. */
function leavesOf(value: unknown): Leaf[] {
  if (value === undefined || isPlainObject(value)) return [];
  if (Array.isArray(value)) return value.flatMap((element) => (isPlainObject(element) || Array.isArray(element) ? [] : [element as Leaf]));
  return [value as Leaf];
}

function wildcardToRegExp(wildcard: string): RegExp {
  const body = wildcard
    .split("*")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${body}$`, "s");
}

/** One content filter (`{ prefix: ... }`, `{ "anything-but": ... }`, ...) against one leaf. */
function matchesContentFilter(filter: Record<string, unknown>, leaf: Leaf): boolean {
  const [operator, operand] = Object.entries(filter)[0] ?? [];
  switch (operator) {
    case "prefix":
      if (isPlainObject(operand))
        return typeof leaf === "string" && leaf.toLowerCase().startsWith(String(operand["equals-ignore-case"]).toLowerCase());
      return typeof leaf === "string" && leaf.startsWith(String(operand));
    case "suffix":
      if (isPlainObject(operand))
        return typeof leaf === "string" && leaf.toLowerCase().endsWith(String(operand["equals-ignore-case"]).toLowerCase());
      return typeof leaf === "string" && leaf.endsWith(String(operand));
    case "wildcard":
      return typeof leaf === "string" && wildcardToRegExp(String(operand)).test(leaf);
    case "equals-ignore-case":
      return typeof leaf === "string" && leaf.toLowerCase() === String(operand).toLowerCase();
    case "anything-but": {
      if (isPlainObject(operand)) return !matchesContentFilter(operand, leaf);
      const excluded = Array.isArray(operand) ? operand : [operand];
      return !excluded.some((value) => value === leaf);
    }
    case "numeric": {
      if (typeof leaf !== "number" || !Array.isArray(operand)) return false;
      for (let i = 0; i + 1 < operand.length; i += 2) {
        const [op, bound] = [operand[i] as string, operand[i + 1] as number];
        const ok =
          op === ">"
            ? leaf > bound
            : op === ">="
              ? leaf >= bound
              : op === "<"
                ? leaf < bound
                : op === "<="
                  ? leaf <= bound
                  : op === "="
                    ? leaf === bound
                    : false;
        if (!ok) return false;
      }
      return true;
    }
    default:
      throw new Error(`content filter ${JSON.stringify(filter)} is not supported by this evaluator`);
  }
}

/** The alternatives listed for one leaf field against the event's value at that field. */
function matchesField(alternatives: readonly unknown[], value: unknown): boolean {
  const leaves = leavesOf(value);
  return alternatives.some((alternative) => {
    if (isPlainObject(alternative) && "exists" in alternative) return leaves.length > 0 === (alternative.exists === true);
    if (isPlainObject(alternative)) return leaves.some((leaf) => matchesContentFilter(alternative, leaf));
    return leaves.some((leaf) => leaf === alternative);
  });
}

/** Whether an EventBridge pattern matches an event (an envelope, or any JSON object). */
export function eventPatternMatches(pattern: EventBridgePattern, event: unknown): boolean {
  const object = isPlainObject(event) ? event : {};
  return Object.entries(pattern).every(([key, expected]) => {
    const value = object[key];
    if (Array.isArray(expected)) return matchesField(expected, value);
    // A nested pattern: the event must hold an object there, unless every field below asks for
    // absence. Over an array of objects (Security Hub's `findings`), EventBridge matches the
    // fields of the elements: with one element per event, as Security Hub sends, that element.
    if (Array.isArray(value) && value.some(isPlainObject))
      return value.some((element) => isPlainObject(element) && eventPatternMatches(expected as EventBridgePattern, element));
    return eventPatternMatches(expected as EventBridgePattern, isPlainObject(value) ? value : {});
  });
}
