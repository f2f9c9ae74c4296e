/**
 * What changed inside a long string (an alarm description, a message template), word by word, so
 * a comment shows the edit instead of two values cut to the same first 120 characters. The
 * notation is wdiff's: `[-removed-]` and `{+inserted+}`, with a few words of context either side.
 */

/** Words with the spaces after them, so the pieces join back into the text. */
function words(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

type Edit = { kind: "same" | "removed" | "inserted"; text: string };

/** Longest common subsequence of words (texts here are a few hundred words at most). */
function wordEdits(before: string, after: string): Edit[] {
  const a = words(before);
  const b = words(after);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const edits: Edit[] = [];
  const push = (kind: Edit["kind"], text: string): void => {
    const last = edits[edits.length - 1];
    if (last && last.kind === kind) edits[edits.length - 1] = { kind, text: last.text + text };
    else edits.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push("same", a[i++]);
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) push("removed", a[i++]);
    else push("inserted", b[j++]);
  }
  return edits;
}

/** Context kept around an edit, in words. */
const CONTEXT_WORDS = 1;
/** Edits shown; the count of the rest is said. */
const MAX_HUNKS = 3;

function lastWords(text: string, n: number): string {
  const w = words(text);
  return `${w.length > n ? "…" : ""}${w.slice(-n).join("")}`;
}

function firstWords(text: string, n: number): string {
  const w = words(text);
  return `${w.slice(0, n).join("").trimEnd()}${w.length > n ? "…" : ""}`;
}

/**
 * The edits between two strings, each with a little context: `…of a, [-b,-] c, d…` or, when they
 * share no word, undefined (the values are then shown whole, cut).
 */
export function describeTextChange(before: string, after: string): string[] | undefined {
  const edits = wordEdits(before, after);
  if (!edits.some((e) => e.kind === "same" && e.text.trim() !== "")) return undefined;
  const hunks: string[] = [];
  /** A run of equal words short enough to keep two edits in one hunk. */
  const joins = (k: number): boolean =>
    edits[k].kind === "same" && k + 1 < edits.length && words(edits[k].text).length <= 2 * CONTEXT_WORDS;
  for (let k = 0; k < edits.length; k++) {
    if (edits[k].kind === "same") continue;
    let body = "";
    const start = k;
    while (k < edits.length && (edits[k].kind !== "same" || joins(k))) {
      const { kind, text } = edits[k];
      body += kind === "same" ? text : kind === "removed" ? `[-${text.trimEnd()}-]` : `{+${text.trimEnd()}+}`;
      if (kind !== "same" && /\s$/.test(text)) body += " ";
      k++;
    }
    const before = start > 0 ? lastWords(edits[start - 1].text, CONTEXT_WORDS) : "";
    const after = k < edits.length ? firstWords(edits[k].text, CONTEXT_WORDS) : "";
    hunks.push(`${before}${body}${after}`.trim());
  }
  if (hunks.length <= MAX_HUNKS) return hunks;
  return [...hunks.slice(0, MAX_HUNKS), `and ${hunks.length - MAX_HUNKS} more edits`];
}
