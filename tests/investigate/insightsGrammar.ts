/**
 * A small checker for the part of the CloudWatch Logs Insights query language the baseline's
 * queries use, written from the documented grammar, and an evaluator of `filter` expressions on
 * a CloudTrail record, so a translated alarm filter can be compared with the filter pattern
 * evaluator on real events.
 *
 * - Commands separated by `|`: `fields`, `filter`, `stats ... by ...`, `sort <field> asc|desc`,
 *   `limit <n>`, `display`: https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax.html
 * - `filter` with `and`/`or`/`not`, comparisons, `like`/`not like`/`=~` with a string or /regex/,
 *   `in [...]`: https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax-Filter.html
 * - `ispresent(field)` and the comparison operators:
 *   https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax-operations-functions.html
 * - `count(*)`, `min`, `max`, `count_distinct` in `stats`:
 *   https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax-Stats.html
 * - Field names: letters, digits, `_`, `.`, `@`; anything else in backticks.
 */

type Token =
  | { kind: "word"; text: string }
  | { kind: "field"; text: string }
  | { kind: "string"; text: string }
  | { kind: "regex"; text: string }
  | { kind: "number"; text: string }
  | { kind: "symbol"; text: string };

export type Expr =
  | { kind: "or" | "and"; left: Expr; right: Expr }
  | { kind: "not"; operand: Expr }
  | { kind: "compare"; operator: "=" | "!=" | "<" | ">" | "<=" | ">="; left: Operand; right: Operand }
  | { kind: "like"; negated: boolean; field: Operand; pattern: { regex: string } | { substring: string } }
  | { kind: "ispresent"; field: string };

export type Operand = { kind: "field"; name: string } | { kind: "string"; value: string } | { kind: "number"; value: number };

export class InsightsSyntaxError extends Error {}

const KEYWORDS = new Set(["and", "or", "not", "like", "in", "by", "as", "asc", "desc"]);
const COMMANDS = new Set(["fields", "filter", "stats", "sort", "limit", "display"]);
const STATS_FUNCTIONS = new Set(["count", "count_distinct", "min", "max", "sum", "avg"]);

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new InsightsSyntaxError(`at ${i}: ${why}`);
  };
  while (i < query.length) {
    const c = query[i];
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '"' || c === "'") {
      const end = query.indexOf(c, i + 1);
      if (end < 0) fail("unterminated string");
      tokens.push({ kind: "string", text: query.slice(i + 1, end) });
      i = end + 1;
    } else if (c === "/") {
      let j = i + 1;
      while (j < query.length && query[j] !== "/") j += query[j] === "\\" ? 2 : 1;
      if (j >= query.length) fail("unterminated regex");
      const source = query.slice(i + 1, j);
      try {
        new RegExp(source);
      } catch {
        fail(`invalid regex /${source}/`);
      }
      tokens.push({ kind: "regex", text: source });
      i = j + 1;
    } else if (c === "`") {
      const end = query.indexOf("`", i + 1);
      if (end < 0) fail("unterminated backtick field");
      tokens.push({ kind: "field", text: query.slice(i + 1, end) });
      i = end + 1;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?/.exec(query.slice(i))!;
      tokens.push({ kind: "number", text: m[0] });
      i += m[0].length;
    } else if (/[A-Za-z_@]/.test(c)) {
      const m = /^[A-Za-z_@][A-Za-z0-9_.@]*/.exec(query.slice(i))!;
      if (m[0].endsWith(".")) fail(`field name ${m[0]} ends with "."`);
      tokens.push({ kind: "word", text: m[0] });
      i += m[0].length;
    } else {
      const m = /^(!=|<=|>=|=~|[=<>|(),*[\]])/.exec(query.slice(i));
      if (!m) fail(`unexpected character ${c}`);
      tokens.push({ kind: "symbol", text: m![0] });
      i += m![0].length;
    }
  }
  return tokens;
}

class Parser {
  private position = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }
  private fail(why: string): never {
    const token = this.peek();
    throw new InsightsSyntaxError(`${why} at token ${this.position} (${token ? token.text : "end"})`);
  }
  private isWord(text: string): boolean {
    const token = this.peek();
    return token?.kind === "word" && token.text.toLowerCase() === text;
  }
  private isSymbol(text: string): boolean {
    const token = this.peek();
    return token?.kind === "symbol" && token.text === text;
  }
  private expectSymbol(text: string): void {
    if (!this.isSymbol(text)) this.fail(`expected ${text}`);
    this.position += 1;
  }
  atEnd(): boolean {
    return this.position >= this.tokens.length;
  }

  field(): string {
    const token = this.peek();
    if (token?.kind === "field" || (token?.kind === "word" && !KEYWORDS.has(token.text.toLowerCase()) && !COMMANDS.has(token.text))) {
      this.position += 1;
      return token.text;
    }
    return this.fail("expected a field name");
  }

  query(): Expr[] {
    const filters: Expr[] = [];
    do {
      const token = this.peek();
      if (token?.kind !== "word" || !COMMANDS.has(token.text)) this.fail("expected a command");
      this.position += 1;
      switch (token!.text) {
        case "fields":
        case "display":
          this.fieldList();
          break;
        case "filter":
          filters.push(this.expression());
          break;
        case "stats":
          this.stats();
          break;
        case "sort":
          do {
            this.field();
            if (this.isWord("asc") || this.isWord("desc")) this.position += 1;
          } while (this.consumeSymbol(","));
          break;
        case "limit": {
          const n = this.peek();
          if (n?.kind !== "number" || !/^\d+$/.test(n.text) || Number(n.text) < 1 || Number(n.text) > 10000)
            this.fail("limit takes 1 to 10000");
          this.position += 1;
          break;
        }
      }
    } while (this.consumeSymbol("|"));
    if (!this.atEnd()) this.fail("expected | or end of query");
    return filters;
  }

  private consumeSymbol(text: string): boolean {
    if (!this.isSymbol(text)) return false;
    this.position += 1;
    return true;
  }

  private fieldList(): void {
    do this.field();
    while (this.consumeSymbol(","));
  }

  private stats(): void {
    do {
      const fn = this.peek();
      if (fn?.kind !== "word" || !STATS_FUNCTIONS.has(fn.text)) this.fail("expected an aggregation function");
      this.position += 1;
      this.expectSymbol("(");
      if (!this.consumeSymbol("*")) this.field();
      this.expectSymbol(")");
      if (this.isWord("as")) {
        this.position += 1;
        this.field();
      }
    } while (this.consumeSymbol(","));
    if (this.isWord("by")) {
      this.position += 1;
      this.fieldList();
    }
  }

  expression(): Expr {
    let left = this.conjunction();
    while (this.isWord("or")) {
      this.position += 1;
      left = { kind: "or", left, right: this.conjunction() };
    }
    return left;
  }

  private conjunction(): Expr {
    let left = this.negation();
    while (this.isWord("and")) {
      this.position += 1;
      left = { kind: "and", left, right: this.negation() };
    }
    return left;
  }

  private negation(): Expr {
    if (this.isWord("not")) {
      this.position += 1;
      return { kind: "not", operand: this.negation() };
    }
    return this.predicate();
  }

  private predicate(): Expr {
    if (this.consumeSymbol("(")) {
      const inner = this.expression();
      this.expectSymbol(")");
      return inner;
    }
    if (this.isWord("ispresent")) {
      this.position += 1;
      this.expectSymbol("(");
      const field = this.field();
      this.expectSymbol(")");
      return { kind: "ispresent", field };
    }
    const left = this.operand();
    const token = this.peek();
    if (token?.kind === "symbol" && ["=", "!=", "<", ">", "<=", ">="].includes(token.text)) {
      this.position += 1;
      return { kind: "compare", operator: token.text as "=", left, right: this.operand() };
    }
    let negated = false;
    if (this.isWord("not")) {
      this.position += 1;
      negated = true;
      if (!this.isWord("like")) this.fail("expected like after not");
    }
    if (this.isWord("like") || this.isSymbol("=~")) {
      const regexOnly = this.isSymbol("=~");
      this.position += 1;
      const pattern = this.peek();
      this.position += 1;
      if (pattern?.kind === "regex") return { kind: "like", negated, field: left, pattern: { regex: pattern.text } };
      if (pattern?.kind === "string" && !regexOnly) return { kind: "like", negated, field: left, pattern: { substring: pattern.text } };
      this.position -= 1;
      return this.fail("expected a string or /regex/");
    }
    return this.fail("expected a comparison, like or in");
  }

  private operand(): Operand {
    const token = this.peek();
    if (token?.kind === "string") {
      this.position += 1;
      return { kind: "string", value: token.text };
    }
    if (token?.kind === "number") {
      this.position += 1;
      return { kind: "number", value: Number(token.text) };
    }
    return { kind: "field", name: this.field() };
  }
}

/** Parses a whole query; returns its `filter` expressions. Throws InsightsSyntaxError. */
export function checkInsightsQuery(query: string): Expr[] {
  return new Parser(tokenize(query)).query();
}

/** A field's value as Insights exposes a JSON log event: dot-separated names, array indexes as numbers. */
function fieldValue(event: unknown, name: string): unknown {
  let node: unknown = event;
  for (const part of name.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    if (Array.isArray(node)) node = /^\d+$/.test(part) ? node[Number(part)] : undefined;
    else node = Object.prototype.hasOwnProperty.call(node, part) ? (node as Record<string, unknown>)[part] : undefined;
  }
  return node;
}

function scalar(event: unknown, operand: Operand): string | number | undefined {
  if (operand.kind !== "field") return operand.value;
  const value = fieldValue(event, operand.name);
  return typeof value === "string" || typeof value === "number" ? value : undefined;
}

/**
 * Evaluates a filter expression on one event. Assumptions (where the documentation is silent,
 * chosen as the strictest reading): a comparison or `like` on a missing, null, object or array
 * field is false; `ispresent` is true for a field present in the JSON with any value.
 */
export function evaluateFilter(expr: Expr, event: unknown): boolean {
  switch (expr.kind) {
    case "or":
      return evaluateFilter(expr.left, event) || evaluateFilter(expr.right, event);
    case "and":
      return evaluateFilter(expr.left, event) && evaluateFilter(expr.right, event);
    case "not":
      return !evaluateFilter(expr.operand, event);
    case "ispresent":
      return fieldValue(event, expr.field) !== undefined;
    case "like": {
      const value = scalar(event, expr.field);
      if (value === undefined) return false;
      const matched =
        "regex" in expr.pattern ? new RegExp(expr.pattern.regex).test(String(value)) : String(value).includes(expr.pattern.substring);
      return matched !== expr.negated;
    }
    case "compare": {
      const left = scalar(event, expr.left);
      const right = scalar(event, expr.right);
      if (left === undefined || right === undefined) return false;
      switch (expr.operator) {
        case "=":
          return String(left) === String(right);
        case "!=":
          return String(left) !== String(right);
        case "<":
          return Number(left) < Number(right);
        case ">":
          return Number(left) > Number(right);
        case "<=":
          return Number(left) <= Number(right);
        case ">=":
          return Number(left) >= Number(right);
      }
    }
  }
}
