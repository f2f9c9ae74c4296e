/**
 * How the settings report a bad value: one line per problem, naming the key (the argument, and
 * the stack config key of the same name), what was given and what is allowed. Every validator
 * reads the raw arguments through a SettingsReader, so every message has the same shape.
 */

/** Raised with every problem at once, so a user fixes them in one pass. */
export class ConfigError extends Error {
  constructor(public readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** The most characters of a value a message repeats: enough to recognise it, never a wall of text. */
const SHOWN_MAX = 160;

/** Text cut to SHOWN_MAX characters, with how much there was. */
export function clipped(text: string): string {
  return text.length <= SHOWN_MAX ? text : `${text.slice(0, SHOWN_MAX)}… (${text.length} characters)`;
}

/** A value as a message shows it: JSON, cut to SHOWN_MAX characters with how much was left out. */
export function shown(value: unknown): string {
  return clipped(JSON.stringify(value) ?? String(value));
}

/**
 * `key: <value> is not valid; <allowed>.`; `key: missing; <allowed>.` when no value was given, and
 * `key: empty; <allowed>.` for a key written with no value (YAML's null, which Pulumi passes as
 * "" at the top level) or an empty string: never a `null` or `""` the user did not write.
 */
export function invalid(key: string, value: unknown, allowed: string): string {
  if (value === undefined) return `${key}: missing; ${allowed}.`;
  if (value === null || value === "") return `${key}: empty; ${allowed}.`;
  return `${key}: ${shown(value)} is not valid; ${allowed}.`;
}

/** Levenshtein distance, case-insensitive; for did-you-mean suggestions. */
function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length];
}

/** The known key closest to `key` within two edits (the Pulumi CLI's own threshold), if any. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const ranked = known.map((k) => ({ k, distance: editDistance(key, k) })).sort((a, b) => a.distance - b.distance);
  return ranked[0] && ranked[0].distance <= 2 ? ranked[0].k : undefined;
}

/**
 * One problem per key not in `known`, with a did-you-mean; the known keys are listed once, after
 * the last unknown one, not repeated on every line. `prefix` places nested keys (`customAlarms[0].`).
 */
export function unknownKeyProblems(keys: readonly string[], known: readonly string[], what: string, prefix = ""): string[] {
  const unknown = keys.filter((key) => !known.includes(key));
  return unknown.map((key, i) => {
    const suggestion = closestKey(key, known);
    const hint = suggestion ? `; did you mean ${suggestion}?` : ".";
    const list = i === unknown.length - 1 ? ` Known keys: ${known.join(", ")}.` : "";
    return `${prefix}${clipped(key)}: unknown ${what}${hint}${list}`;
  });
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reads raw argument values (plain data from stack config or another language) with the
 * checks every key shares, collecting problems instead of throwing.
 */
export class SettingsReader {
  readonly problems: string[] = [];

  constructor(readonly raw: Readonly<Record<string, unknown>>) {}

  fail(key: string, value: unknown, allowed: string): undefined {
    this.problems.push(invalid(key, value, allowed));
    return undefined;
  }

  text(key: string): string | undefined {
    const value = this.raw[key];
    if (value === undefined || typeof value === "string") return value;
    return this.fail(key, value, "expected a string");
  }

  /** A string that is not blank; a blank one is refused (and undefined returned, so the default applies). */
  nonEmptyText(key: string): string | undefined {
    const value = this.text(key);
    if (value !== undefined && value.trim() === "") return this.fail(key, value, "give it a value, or leave the key out for its default");
    return value;
  }

  stringList(key: string, fallback: readonly string[], bound: { readonly max: number; readonly why: string }): readonly string[] {
    const value = this.raw[key];
    if (value === undefined) return fallback;
    if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
      // An entry written with no value (`- ` in YAML) is that entry's problem, not a `[null]` the user never wrote.
      const entries: readonly unknown[] = Array.isArray(value) ? value : [];
      const empty = entries.findIndex((v) => v === null);
      if (empty >= 0 && entries.every((v) => v === null || typeof v === "string")) this.fail(`${key}[${empty}]`, null, "expected a string");
      else this.fail(key, value, "expected a list of strings (in stack config, set it with `pulumi config set --path`)");
      return fallback;
    }
    if (value.length > bound.max) this.problems.push(`${key}: ${value.length} entries is not valid; at most ${bound.max} (${bound.why}).`);
    return value;
  }

  integer(key: string, fallback: number, min: number, max: number): number {
    const value = this.raw[key];
    if (value === undefined) return fallback;
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
      this.fail(key, value, `expected a whole number from ${min} to ${max}`);
      return fallback;
    }
    return value;
  }

  boolean(key: string, fallback: boolean): boolean {
    const value = this.raw[key];
    if (value === undefined) return fallback;
    if (typeof value !== "boolean") {
      this.fail(key, value, "expected true or false");
      return fallback;
    }
    return value;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw[key];
    if (value === undefined) return fallback;
    if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
      this.fail(key, value, `allowed: ${allowed.join(", ")}`);
      return fallback;
    }
    return value as T;
  }
}
