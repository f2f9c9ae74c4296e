"use strict";
/**
 * CloudWatch Logs filter patterns for JSON log events (the form CloudTrail events need):
 * a parser that reports the position and reason of a syntax error, and an evaluator that
 * follows AWS's documented semantics, so a pattern can be proven against real events offline.
 *
 * Syntax: https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html
 * Node built-ins only: the policy pack is published as this folder alone.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.FilterPatternSyntaxError = exports.MAX_REGEX_TERMS = exports.MAX_FILTER_PATTERN_LENGTH = void 0;
exports.parseFilterPattern = parseFilterPattern;
exports.checkFilterPatternSyntax = checkFilterPatternSyntax;
exports.matchesEvent = matchesEvent;
exports.filterPatternMatches = filterPatternMatches;
/** CloudWatch Logs rejects a filter pattern longer than this (PutMetricFilter `filterPattern`). */
exports.MAX_FILTER_PATTERN_LENGTH = 1024;
/** CloudWatch Logs allows at most two `%regex%` terms in one JSON filter pattern. */
exports.MAX_REGEX_TERMS = 2;
class FilterPatternSyntaxError extends Error {
    position;
    reason;
    constructor(
    /** 1-based character position in the pattern. */
    position, reason) {
        super(`position ${position}: ${reason}`);
        this.position = position;
        this.reason = reason;
        this.name = "FilterPatternSyntaxError";
    }
}
exports.FilterPatternSyntaxError = FilterPatternSyntaxError;
// Characters AWS accepts inside %regex% (letters, digits, the listed symbols and operators).
// `(` and `)` are documented as unsupported: no sub-patterns.
const REGEX_ALLOWED = /^[A-Za-z0-9:_#=@/;,\-^$?[\]{}|\\*+. ]$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const SELECTOR_NAME = /[A-Za-z0-9_-]/;
// An unquoted value runs until whitespace or a character with a meaning of its own.
const UNQUOTED_STOP = /[\s(){}"&|=!<>%]/;
class Parser {
    text;
    pos = 0; // 0-based index into text
    regexCount = 0;
    constructor(text) {
        this.text = text;
    }
    parse() {
        this.skipSpace();
        if (this.peek() !== "{") {
            if (this.pos >= this.text.length)
                this.fail("empty filter pattern; expected { $.field = value }");
            this.fail('expected "{": only JSON-event filter patterns such as { $.eventName = "ConsoleLogin" } can match CloudTrail events');
        }
        this.pos++;
        const root = this.parseOr();
        this.skipSpace();
        if (this.peek() !== "}")
            this.fail(`expected "&&", "||" or "}" but found ${this.describeHere()}`);
        this.pos++;
        this.skipSpace();
        if (this.pos < this.text.length)
            this.fail(`unexpected ${this.describeHere()} after the closing "}"`);
        return root;
    }
    parseOr() {
        const operands = [this.parseAnd()];
        while (this.consumeSymbol("||"))
            operands.push(this.parseAnd());
        return operands.length === 1 ? operands[0] : { kind: "or", operands };
    }
    parseAnd() {
        const operands = [this.parsePrimary()];
        while (this.consumeSymbol("&&"))
            operands.push(this.parsePrimary());
        return operands.length === 1 ? operands[0] : { kind: "and", operands };
    }
    parsePrimary() {
        this.skipSpace();
        if (this.peek() === "(") {
            this.pos++;
            const inner = this.parseOr();
            this.skipSpace();
            if (this.peek() !== ")")
                this.fail(`expected ")" but found ${this.describeHere()}`);
            this.pos++;
            return inner;
        }
        if (this.peek() === "$")
            return this.parseCondition();
        this.fail(`expected a property selector such as $.eventName or "(" but found ${this.describeHere()}`);
    }
    parseCondition() {
        const position = this.pos + 1;
        const selector = this.parseSelector();
        this.skipSpace();
        const rest = this.text.slice(this.pos);
        if (rest.startsWith("=="))
            this.fail(`"==" is not a filter pattern operator; use "=" after ${selector.text}`);
        for (const operator of [">=", "<=", "!=", "=", ">", "<"]) {
            if (rest.startsWith(operator)) {
                this.pos += operator.length;
                const value = this.parseValue(operator, selector);
                return { kind: "comparison", selector, operator, value, position };
            }
        }
        const keywords = [
            ["IS NULL", "IS NULL"],
            ["IS TRUE", "IS TRUE"],
            ["IS FALSE", "IS FALSE"],
            ["NOT EXISTS", "NOT EXISTS"],
        ];
        for (const [word, test] of keywords) {
            const match = new RegExp(`^${word.replace(" ", "\\s+")}(?![A-Za-z0-9_])`).exec(rest);
            if (match) {
                this.pos += match[0].length;
                return { kind: "test", selector, test, position };
            }
        }
        if (/^EXISTS\b/.test(rest))
            this.fail(`EXISTS is not supported; use ${selector.text} = * to require a value`);
        if (/^IS\s+NOT\b/.test(rest))
            this.fail("IS NOT is not supported; use != or NOT EXISTS");
        if (/^IS\b/.test(rest))
            this.fail(`expected NULL, TRUE or FALSE after IS`);
        this.fail(`expected "=" or "!=" after ${selector.text}`);
    }
    parseSelector() {
        const start = this.pos;
        this.pos++; // "$"
        const steps = [];
        for (;;) {
            const c = this.peek();
            if (c === ".") {
                this.pos++;
                const nameStart = this.pos;
                while (this.pos < this.text.length && SELECTOR_NAME.test(this.text[this.pos]))
                    this.pos++;
                if (this.pos === nameStart)
                    this.fail(`expected a property name after "." (letters, digits, "_" or "-") but found ${this.describeHere()}`);
                steps.push({ kind: "property", name: this.text.slice(nameStart, this.pos) });
            }
            else if (c === "[") {
                this.pos++;
                const digitsStart = this.pos;
                while (this.pos < this.text.length && /\d/.test(this.text[this.pos]))
                    this.pos++;
                if (this.pos === digitsStart)
                    this.fail(`expected an array index (0, 1, ...) after "[" but found ${this.describeHere()}`);
                const index = Number(this.text.slice(digitsStart, this.pos));
                if (this.peek() !== "]")
                    this.fail(`expected "]" but found ${this.describeHere()}`);
                this.pos++;
                steps.push({ kind: "index", index });
            }
            else {
                break;
            }
        }
        if (steps.length === 0)
            this.fail(`expected "." after "$": a property selector looks like $.eventName`);
        return { text: this.text.slice(start, this.pos), steps };
    }
    parseValue(operator, selector) {
        this.skipSpace();
        const start = this.pos;
        const c = this.peek();
        if (c === '"')
            return this.checkOperand(operator, { kind: "string", text: this.parseQuoted() }, start);
        if (c === "%")
            return this.checkOperand(operator, this.parseRegex(), start);
        while (this.pos < this.text.length && !UNQUOTED_STOP.test(this.text[this.pos]))
            this.pos++;
        const raw = this.text.slice(start, this.pos);
        if (raw === "")
            this.fail(`expected a value after ${selector.text} ${operator} but found ${this.describeHere()}`);
        const value = NUMBER.test(raw) ? { kind: "number", value: Number(raw), text: raw } : { kind: "string", text: raw };
        return this.checkOperand(operator, value, start);
    }
    /** `>`, `<`, `>=`, `<=` compare numbers only; a regex needs `=` or `!=`. */
    checkOperand(operator, value, start) {
        if (operator !== "=" && operator !== "!=" && value.kind !== "number") {
            this.failAt(start, `${operator} needs a number but found ${value.kind === "regex" ? "a regex" : JSON.stringify(value.kind === "string" ? value.text : "")}`);
        }
        return value;
    }
    parseQuoted() {
        const start = this.pos;
        this.pos++;
        let out = "";
        while (this.pos < this.text.length) {
            const c = this.text[this.pos];
            if (c === "\\" && this.pos + 1 < this.text.length) {
                out += this.text[this.pos + 1];
                this.pos += 2;
                continue;
            }
            if (c === '"') {
                this.pos++;
                return out;
            }
            out += c;
            this.pos++;
        }
        this.failAt(start, "unterminated string: no closing double quote");
    }
    parseRegex() {
        const start = this.pos;
        this.pos++;
        while (this.pos < this.text.length && this.text[this.pos] !== "%") {
            const c = this.text[this.pos];
            if (c === "(" || c === ")")
                this.fail(`"${c}" is not supported in a CloudWatch Logs regex (no sub-patterns)`);
            if (!REGEX_ALLOWED.test(c))
                this.fail(`${JSON.stringify(c)} is not allowed in a CloudWatch Logs regex`);
            this.pos += c === "\\" ? 2 : 1;
        }
        if (this.pos >= this.text.length)
            this.failAt(start, 'unterminated regex: no closing "%"');
        const source = this.text.slice(start + 1, this.pos);
        this.pos++;
        if (source === "")
            this.failAt(start, "empty regex");
        if (++this.regexCount > exports.MAX_REGEX_TERMS)
            this.failAt(start, `more than ${exports.MAX_REGEX_TERMS} regex terms in one pattern; CloudWatch Logs allows ${exports.MAX_REGEX_TERMS}`);
        try {
            new RegExp(source);
        }
        catch (error) {
            this.failAt(start, `invalid regex: ${error.message}`);
        }
        return { kind: "regex", source };
    }
    consumeSymbol(symbol) {
        this.skipSpace();
        if (this.text.startsWith(symbol, this.pos)) {
            this.pos += symbol.length;
            return true;
        }
        return false;
    }
    skipSpace() {
        while (this.pos < this.text.length && /\s/.test(this.text[this.pos]))
            this.pos++;
    }
    peek() {
        return this.text[this.pos];
    }
    describeHere() {
        if (this.pos >= this.text.length)
            return "the end of the pattern";
        return JSON.stringify(this.text.slice(this.pos, this.pos + 12));
    }
    fail(reason) {
        this.failAt(this.pos, reason);
    }
    failAt(index, reason) {
        throw new FilterPatternSyntaxError(Math.min(index, this.text.length) + 1, reason);
    }
}
/** Parses a JSON-event filter pattern. Throws `FilterPatternSyntaxError` with position and reason. */
function parseFilterPattern(pattern) {
    if (pattern.length > exports.MAX_FILTER_PATTERN_LENGTH) {
        throw new FilterPatternSyntaxError(exports.MAX_FILTER_PATTERN_LENGTH + 1, `pattern is ${pattern.length} characters; CloudWatch Logs accepts at most ${exports.MAX_FILTER_PATTERN_LENGTH}`);
    }
    return new Parser(pattern).parse();
}
/** Undefined when the pattern is valid, else one line: `position N: reason`. */
function checkFilterPatternSyntax(pattern) {
    try {
        parseFilterPattern(pattern);
        return undefined;
    }
    catch (error) {
        if (error instanceof FilterPatternSyntaxError)
            return error.message;
        throw error;
    }
}
// ---------------------------------------------------------------------------------------------
// Evaluation
/** The selected node, or `undefined` when the event lacks it. */
function select(event, steps) {
    let node = event;
    for (const step of steps) {
        if (step.kind === "property") {
            if (node === null || typeof node !== "object" || Array.isArray(node))
                return undefined;
            if (!Object.prototype.hasOwnProperty.call(node, step.name))
                return undefined;
            node = node[step.name];
        }
        else {
            if (!Array.isArray(node) || step.index >= node.length)
                return undefined;
            node = node[step.index];
        }
    }
    return node;
}
const globCache = new Map();
/** `*` matches any run of characters (including none); the rest matches literally, whole value. */
function globToRegExp(glob) {
    let re = globCache.get(glob);
    if (!re) {
        const body = glob
            .split("*")
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
            .join("[\\s\\S]*");
        re = new RegExp(`^${body}$`);
        globCache.set(glob, re);
    }
    return re;
}
/**
 * Whether a value node equals the pattern's value. Only strings and numbers are value nodes:
 * objects, arrays, null and booleans never compare (AWS: "If a property selector points to an
 * array or object, the metric filter won't match"; null and booleans have `IS`).
 */
function equalsValue(node, value) {
    switch (value.kind) {
        case "regex":
            return new RegExp(value.source).test(String(node));
        case "number": {
            const n = typeof node === "number" ? node : NUMBER.test(node) ? Number(node) : NaN;
            return n === value.value;
        }
        case "string": {
            const text = String(node);
            return value.text.includes("*") ? globToRegExp(value.text).test(text) : text === value.text;
        }
    }
}
function compare(node, operator, value) {
    if (typeof node !== "string" && typeof node !== "number")
        return false;
    switch (operator) {
        case "=":
            return equalsValue(node, value);
        case "!=":
            // The field must be present with a value: != on a missing field does not match.
            return !equalsValue(node, value);
        default: {
            const n = typeof node === "number" ? node : NUMBER.test(node) ? Number(node) : NaN;
            if (Number.isNaN(n) || value.kind !== "number")
                return false;
            if (operator === ">")
                return n > value.value;
            if (operator === "<")
                return n < value.value;
            if (operator === ">=")
                return n >= value.value;
            return n <= value.value;
        }
    }
}
/** Whether a parsed pattern matches one JSON log event (a CloudTrail record). */
function matchesEvent(ast, event) {
    switch (ast.kind) {
        case "or":
            return ast.operands.some((operand) => matchesEvent(operand, event));
        case "and":
            return ast.operands.every((operand) => matchesEvent(operand, event));
        case "comparison":
            return compare(select(event, ast.selector.steps), ast.operator, ast.value);
        case "test": {
            const node = select(event, ast.selector.steps);
            if (ast.test === "NOT EXISTS")
                return node === undefined;
            if (ast.test === "IS NULL")
                return node === null;
            return node === (ast.test === "IS TRUE");
        }
    }
}
/** Parses (throwing on a syntax error) and evaluates a pattern against one event. */
function filterPatternMatches(pattern, event) {
    return matchesEvent(parseFilterPattern(pattern), event);
}
