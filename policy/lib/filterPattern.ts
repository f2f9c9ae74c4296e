/**
 * CloudWatch Logs filter pattern syntax check. Interim: checks braces, parentheses and quotes
 * only; the full parser and evaluator replace it (issue 6).
 */
export function checkFilterPatternSyntax(pattern: string): string | undefined {
  let depth = 0;
  let inQuote = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '"' && pattern[i - 1] !== "\\") inQuote = !inQuote;
    if (inQuote) continue;
    if (c === "(") depth++;
    if (c === ")" && --depth < 0) return `unbalanced ")" at position ${i + 1}`;
  }
  if (inQuote) return "unterminated string";
  if (depth !== 0) return "unbalanced parentheses";
  return undefined;
}
