/**
 * AWS limits and naming rules the baseline must respect, each with the page or provider
 * validator it comes from. Config validation, the components and the tests read them from
 * here: nobody writes a limit twice.
 *
 * Lengths are counted the way the provider and the API count them: most string limits are
 * UTF-8 bytes (`utf8Bytes`), not JavaScript characters.
 */

/** A numeric limit: a length, a count or a quota. */
export interface AwsLimit {
  readonly value: number;
  /** What `value` counts. */
  readonly unit: "UTF-8 bytes" | "characters" | "items" | "days";
  /** Whether an account can raise it through Service Quotas. */
  readonly adjustable?: boolean;
  /** AWS documentation page or provider source file that states it. */
  readonly source: string;
}

/** A naming rule: what the provider's validator or the API accepts. */
export interface NameRule {
  readonly pattern: RegExp;
  /** What is allowed, in words, for error messages. */
  readonly allowed: string;
  readonly source: string;
}

/** Length of a string as most AWS APIs and the provider's validators count it. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** The longest prefix of `text` within `maxBytes` UTF-8 bytes, ending in "…" when cut; never splits a character. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Bytes(text) <= maxBytes) return text;
  const ellipsis = "…";
  let out = "";
  for (const char of text) {
    if (utf8Bytes(out + char) + utf8Bytes(ellipsis) > maxBytes) break;
    out += char;
  }
  return out + ellipsis;
}

// ---------------------------------------------------------------------------------------
// Config-side limits and name rules (config.ts validation).
// ---------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------
// Component-side limits (what the components split or cut to stay within).
// ---------------------------------------------------------------------------------------
