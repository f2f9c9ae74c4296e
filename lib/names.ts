/**
 * Names the baseline derives from configuration, made valid by construction: each is held to the
 * provider's rule for where it goes (lib/providerRules.ts) rather than trusted to fit. Builders
 * and config validation both call these, so what is validated is what deploys.
 */
import { createHash } from "crypto";
import { utf8Bytes } from "./ruleChecks";

/** A short, stable digest of `text`: the same input always gives the same suffix. */
export function stableSuffix(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 8);
}

/**
 * `text` cut to at most `maxBytes` UTF-8 bytes, ending in ` ~<8 hex>` (a digest of the whole
 * text) when cut: names that differ only past the cut stay different, and never split a character.
 */
export function fitBytes(text: string, maxBytes: number): string {
  if (utf8Bytes(text) <= maxBytes) return text;
  const suffix = ` ~${stableSuffix(text)}`;
  let kept = "";
  for (const char of text) {
    if (utf8Bytes(kept + char) + utf8Bytes(suffix) > maxBytes) break;
    kept += char;
  }
  return `${kept.trimEnd()}${suffix}`;
}

/** PutQueryDefinition name: 1-255 bytes (provider) of anything but `:` and `*`, `/` only between segments. */
const QUERY_NAME_MAX_BYTES = 255;

/**
 * A title as one segment of a Logs Insights query name: the provider refuses `:` and `*`
 * (internal/service/logs/query_definition.go, line 47) and reads `/` as a folder, so `: `
 * becomes ` – `, a remaining `:` `–`, `*` the look-alike `∗` and `/` `∕`. Control characters
 * and runs of spaces become one space.
 */
export function querySegment(title: string): string {
  return (
    title
      .replace(/\s*:\s*/g, " – ")
      .replace(/\*/g, "\u2217")
      .replace(/\//g, "\u2215")
      // eslint-disable-next-line no-control-regex -- control characters are exactly what this replaces
      .replace(/[\u0000-\u001f\u007f\s]+/g, " ")
      .trim() || "query"
  );
}

/**
 * Logs Insights query definition names `<folder>/<title>`, one per title, in order: each valid for
 * the provider (no `:` or `*`, at most 255 bytes) and all distinct; a name cut to fit, or equal
 * to an earlier one once made valid, ends in a digest of its title.
 */
export function queryDefinitionNames(folder: string, titles: readonly string[]): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    let name = fitBytes(`${querySegment(folder)}/${querySegment(title)}`, QUERY_NAME_MAX_BYTES);
    if (used.has(name)) name = fitBytes(`${name.slice(0, QUERY_NAME_MAX_BYTES)} ~${stableSuffix(title)}`, QUERY_NAME_MAX_BYTES);
    used.add(name);
    return name;
  });
}
