/**
 * A custom alarm's EventBridge event pattern, checked the way EventBridge reads one, so a misspelt
 * key at any depth is refused by name instead of making a rule that never fires (or a PutRule
 * error at deployment): every key names an event field or is `$or`; at the top, the fields are
 * the event envelope's; a field's value is an object (the fields inside it) or a non-empty list of
 * values to match; a value is a string, number, boolean or null, or an object with one comparison
 * operator. Sources: EventBridge user guide, "Event patterns" (values are arrays) and
 * "Content filtering" (the operators, `$or`):
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html,
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html, and
 * "Event structure" (the envelope):
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html.
 */
import { closestKey, invalid, isRecord, unknownKeyProblems } from "./problems";

/** The fields of every event: the top level of a pattern. */
export const EVENT_ENVELOPE_FIELDS: readonly string[] = [
  "version",
  "id",
  "detail-type",
  "source",
  "account",
  "time",
  "region",
  "resources",
  "detail",
];

/** Comparison operators a value of a list may be. */
export const PATTERN_OPERATORS: readonly string[] = [
  "prefix",
  "suffix",
  "anything-but",
  "numeric",
  "exists",
  "cidr",
  "equals-ignore-case",
  "wildcard",
];

/** The operators `anything-but` takes inside an object. */
const ANYTHING_BUT_OPERATORS: readonly string[] = ["prefix", "suffix", "equals-ignore-case", "wildcard"];

const OR = "$or";
const isScalar = (value: unknown): boolean => value === null || ["string", "number", "boolean"].includes(typeof value);

function operatorProblems(match: Record<string, unknown>, at: string, allowed: readonly string[]): string[] {
  const keys = Object.keys(match);
  if (keys.length !== 1) return [invalid(at, match, `expected one comparison operator: ${allowed.join(", ")}`)];
  const [operator] = keys;
  if (!allowed.includes(operator)) {
    const suggestion = closestKey(operator, allowed);
    return [
      `${at}.${operator}: unknown comparison operator${suggestion ? `; did you mean ${suggestion}?` : "."} Operators: ${allowed.join(", ")}.`,
    ];
  }
  const value = match[operator];
  if (operator === "anything-but" && isRecord(value)) return operatorProblems(value, `${at}.anything-but`, ANYTHING_BUT_OPERATORS);
  return [];
}

function valuesProblems(values: unknown, at: string): string[] {
  if (isRecord(values)) return fieldsProblems(values, at, undefined);
  if (!Array.isArray(values) || values.length === 0) {
    return [
      invalid(at, values, 'expected a non-empty list of values to match, such as ["DeleteBucket"], or an object of the fields inside it'),
    ];
  }
  return values.flatMap((match: unknown, i: number) => {
    const where = `${at}[${i}]`;
    if (isScalar(match)) return [];
    if (isRecord(match)) return operatorProblems(match, where, PATTERN_OPERATORS);
    return [invalid(where, match, "expected a value (string, number, true/false or null) or a comparison operator object")];
  });
}

/** `known`: the field names allowed at this level (the envelope's at the top); undefined where the event's own fields are. */
function fieldsProblems(pattern: Record<string, unknown>, at: string, known: readonly string[] | undefined): string[] {
  const problems: string[] = [];
  const fields = Object.keys(pattern).filter((key) => key !== OR);
  if (known) problems.push(...unknownKeyProblems(fields, known, "event field", `${at}.`));
  for (const key of fields) problems.push(...valuesProblems(pattern[key], `${at}.${key}`));
  if (OR in pattern) {
    const branches = pattern[OR];
    if (!Array.isArray(branches) || branches.length < 2 || !branches.every(isRecord)) {
      problems.push(invalid(`${at}.${OR}`, branches, "expected a list of two or more patterns, any of which may match"));
    } else branches.forEach((branch, i) => problems.push(...fieldsProblems(branch, `${at}.${OR}[${i}]`, known)));
  }
  return problems;
}

/** Every problem of an event pattern (a non-empty object), each naming its place under `at`. */
export function eventPatternProblems(pattern: Record<string, unknown>, at: string): string[] {
  return fieldsProblems(pattern, at, EVENT_ENVELOPE_FIELDS);
}
