"use strict";
/**
 * The checks the AWS provider runs on a planned value before anything is deployed, written as
 * terraform-provider-aws writes them (terraform-plugin-sdk's `validation` package and the
 * provider's own `verify` helpers), so lib/providerRules.ts can transcribe each validator one to
 * one. Each check says in words what it accepts and reports the first way a value breaks it.
 *
 * Go's `len` on a string counts UTF-8 bytes, so the provider's string lengths are bytes; the
 * AWS API models (botocore, Smithy) count characters (Unicode code points).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.codePoints = exports.utf8Bytes = void 0;
exports.bytesBetween = bytesBetween;
exports.codePointsBetween = codePointsBetween;
exports.matches = matches;
exports.doesNotMatch = doesNotMatch;
exports.notEmpty = notEmpty;
exports.oneOf = oneOf;
exports.intBetween = intBetween;
exports.intAtLeast = intAtLeast;
exports.intOneOf = intOneOf;
exports.intDivisibleBy = intDivisibleBy;
exports.anyOf = anyOf;
exports.helper = helper;
exports.isJson = isJson;
exports.duplicateJsonKeys = duplicateJsonKeys;
exports.iamPolicyJson = iamPolicyJson;
exports.parseArn = parseArn;
exports.arn = arn;
exports.itemsBetween = itemsBetween;
exports.mapKeys = mapKeys;
exports.mapValues = mapValues;
exports.custom = custom;
exports.normalizedJson = normalizedJson;
exports.normalizedJsonBytesAtMost = normalizedJsonBytesAtMost;
exports.notAnArn = notAnArn;
exports.lambdaFunctionNamePart = lambdaFunctionNamePart;
exports.isArn = isArn;
const utf8Bytes = (text) => Buffer.byteLength(text, "utf8");
exports.utf8Bytes = utf8Bytes;
const codePoints = (text) => [...text].length;
exports.codePoints = codePoints;
const shown = (value) => {
    const text = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};
function check(accepts, line, problem) {
    return { accepts, line, problem };
}
function stringCheck(accepts, line, test) {
    return check(accepts, line, (value) => (typeof value === "string" ? test(value) : `${shown(value)} is not a string`));
}
function integerCheck(accepts, line, test) {
    return check(accepts, line, (value) => {
        if (typeof value !== "number" || !Number.isInteger(value))
            return `${shown(value)} is not a whole number`;
        return test(value) ? undefined : `${value} is not ${accepts}`;
    });
}
/** `validation.StringLenBetween(min, max)`: a length in UTF-8 bytes. */
function bytesBetween(min, max, line) {
    const accepts = `${min}-${max} UTF-8 bytes`;
    return stringCheck(accepts, line, (v) => (0, exports.utf8Bytes)(v) < min || (0, exports.utf8Bytes)(v) > max ? `${(0, exports.utf8Bytes)(v)} bytes; expected ${accepts}` : undefined);
}
/** `verify.StringUTF8LenBetween(min, max)`: a length in Unicode code points. */
function codePointsBetween(min, max, line) {
    const accepts = `${min}-${max} characters`;
    return stringCheck(accepts, line, (v) => (0, exports.codePoints)(v) < min || (0, exports.codePoints)(v) > max ? `${(0, exports.codePoints)(v)} characters; expected ${accepts}` : undefined);
}
/** `validation.StringMatch(re, message)`: Go's `MatchString`, which searches (anchors only where the pattern has them). */
function matches(pattern, message, line) {
    return stringCheck(`matching ${pattern.source} (${message})`, line, (v) => (pattern.test(v) ? undefined : `${shown(v)} ${message}`));
}
/** `validation.StringDoesNotMatch(re, message)`. */
function doesNotMatch(pattern, message, line) {
    return stringCheck(`not matching ${pattern.source} (${message})`, line, (v) => (pattern.test(v) ? `${shown(v)} ${message}` : undefined));
}
/** `validation.StringIsNotEmpty` / `NoZeroValues` on a string. */
function notEmpty(line) {
    return stringCheck("a non-empty string", line, (v) => (v === "" ? "is empty" : undefined));
}
/** `validation.StringInSlice(values, ignoreCase)` and `enum.Validate[T]()` (the SDK enum's values, case-sensitive). */
function oneOf(values, line, ignoreCase = false) {
    const accepts = `one of ${values.join(", ")}`;
    const known = ignoreCase ? values.map((v) => v.toLowerCase()) : values;
    return stringCheck(accepts, line, (v) => known.includes(ignoreCase ? v.toLowerCase() : v) ? undefined : `${shown(v)} is not ${accepts}`);
}
/** `validation.IntBetween(min, max)`. */
function intBetween(min, max, line) {
    return integerCheck(`from ${min} to ${max}`, line, (v) => v >= min && v <= max);
}
/** `validation.IntAtLeast(min)`. */
function intAtLeast(min, line) {
    return integerCheck(`at least ${min}`, line, (v) => v >= min);
}
/** `validation.IntInSlice(values)`. */
function intOneOf(values, line) {
    return integerCheck(`one of ${values.join(", ")}`, line, (v) => values.includes(v));
}
/** `validation.IntDivisibleBy(n)` (0 and negative multiples pass, as in Go). */
function intDivisibleBy(n, line) {
    return integerCheck(`a multiple of ${n}`, line, (v) => v % n === 0);
}
/** `validation.Any(...)`: passes when one of the checks passes. */
function anyOf(checks, line) {
    const accepts = checks.map((c) => c.accepts).join(", or ");
    return check(accepts, line, (value) => {
        const problems = checks.map((c) => c.problem(value));
        return problems.some((p) => p === undefined) ? undefined : `${shown(value)} is not ${accepts}`;
    });
}
/** A named validator helper, cited where it is defined, running `checks` in order. */
function helper(source, checks, line) {
    return {
        accepts: checks.map((c) => c.accepts).join("; "),
        line,
        helper: source,
        problem: (value) => checks.map((c) => c.problem(value)).find((p) => p !== undefined),
    };
}
/** `validation.StringIsJSON`: the empty string passes (structure.NormalizeJsonString returns it unchanged). */
function isJson(line) {
    return stringCheck("JSON (or empty)", line, (v) => {
        if (v === "")
            return undefined;
        try {
            JSON.parse(v);
            return undefined;
        }
        catch (error) {
            return `is not valid JSON (${error.message})`;
        }
    });
}
/** The JSON object keys that occur twice in one object of `text` (JSON.parse keeps the last silently). */
function duplicateJsonKeys(text) {
    const duplicates = [];
    const stack = [];
    const tokens = /"(?:[^"\\]|\\.)*"\s*:?|[{}[\]]/g;
    for (let match = tokens.exec(text); match; match = tokens.exec(text)) {
        const token = match[0];
        if (token === "{")
            stack.push(new Set());
        else if (token === "[")
            stack.push(new Set(["\u0000array"]));
        else if (token === "}" || token === "]")
            stack.pop();
        else if (token.trimEnd().endsWith(":")) {
            const keys = stack[stack.length - 1];
            const key = JSON.parse(token.slice(0, token.lastIndexOf(":")).trimEnd());
            if (keys?.has(key))
                duplicates.push(key);
            keys?.add(key);
        }
    }
    return duplicates;
}
/**
 * `verify.ValidIAMPolicyJSON`: not empty, a JSON object whose first byte is `{`, valid, without
 * duplicate keys; with `maxBytes`, the compacted document is at most that long.
 */
function iamPolicyJson(line, maxBytes) {
    const accepts = `an IAM policy JSON object${maxBytes === undefined ? "" : ` of at most ${maxBytes} bytes compacted`}`;
    return stringCheck(accepts, line, (v) => {
        if (v === "")
            return "is an empty string, which is not a valid JSON value";
        if (!v.startsWith("{"))
            return "is not a JSON object: it must start with {";
        let parsed;
        try {
            parsed = JSON.parse(v);
        }
        catch (error) {
            return `is not valid JSON (${error.message})`;
        }
        const duplicates = duplicateJsonKeys(v);
        if (duplicates.length > 0)
            return `has duplicate JSON keys: ${duplicates.join(", ")}`;
        const size = (0, exports.utf8Bytes)(JSON.stringify(parsed));
        if (maxBytes !== undefined && size > maxBytes)
            return `is ${size} bytes compacted; at most ${maxBytes}`;
        return undefined;
    });
}
const ARN_PARTITION = /^aws(-[a-z]+)*$/;
const ARN_REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const ARN_ACCOUNT = /^(aws|aws-managed|third-party|\d{12}|cw.{10})$/;
/** The parts of an ARN as aws-sdk-go's `arn.Parse` splits it, or undefined when it does not parse. */
function parseArn(text) {
    if (!text.startsWith("arn:"))
        return undefined;
    const sections = text.split(":");
    if (sections.length < 6)
        return undefined;
    const [, partition, service, region, account] = sections;
    return { partition, service, region, account, resource: sections.slice(5).join(":") };
}
/** `verify.ValidARN` (`ValidARNCheck()`): empty passes; otherwise an ARN with a valid partition, region and account, and a resource. */
function arn(source, line) {
    return helper(source, [
        stringCheck("an ARN (arn:partition:service:region:account:resource) or empty", undefined, (v) => {
            if (v === "")
                return undefined;
            const parts = parseArn(v);
            if (!parts)
                return `${shown(v)} is not an ARN`;
            if (!ARN_PARTITION.test(parts.partition))
                return `${shown(v)}: invalid partition ${shown(parts.partition)}`;
            if (parts.region !== "" && !ARN_REGION.test(parts.region))
                return `${shown(v)}: invalid region ${shown(parts.region)}`;
            if (parts.account !== "" && !ARN_ACCOUNT.test(parts.account))
                return `${shown(v)}: invalid account ID ${shown(parts.account)}`;
            if (parts.resource === "")
                return `${shown(v)}: the resource part is empty`;
            return undefined;
        }),
    ], line);
}
/** An item count: the schema's `MinItems`/`MaxItems`, or a list validator's size bounds. */
function itemsBetween(min, max, line) {
    const accepts = min !== undefined && max !== undefined ? `${min}-${max} items` : min !== undefined ? `at least ${min} items` : `at most ${max} items`;
    return {
        ...check(accepts, line, (value) => {
            const count = Array.isArray(value)
                ? value.length
                : typeof value === "object" && value !== null
                    ? Object.keys(value).length
                    : undefined;
            if (count === undefined)
                return `${shown(value)} is not a list or map`;
            return (min !== undefined && count < min) || (max !== undefined && count > max) ? `${count} items; expected ${accepts}` : undefined;
        }),
        scope: "list",
    };
}
/** Runs `checks` on every key of a map value. */
function mapKeys(checks, line) {
    return check(`keys: ${checks.map((c) => c.accepts).join("; ")}`, line, (value) => {
        if (typeof value !== "object" || value === null || Array.isArray(value))
            return `${shown(value)} is not a map`;
        for (const key of Object.keys(value)) {
            const problem = checks.map((c) => c.problem(key)).find((p) => p !== undefined);
            if (problem)
                return `key ${problem}`;
        }
        return undefined;
    });
}
/** Runs `checks` on every value of a map value. */
function mapValues(checks, line) {
    return check(`values: ${checks.map((c) => c.accepts).join("; ")}`, line, (value) => {
        if (typeof value !== "object" || value === null || Array.isArray(value))
            return `${shown(value)} is not a map`;
        for (const [key, item] of Object.entries(value)) {
            const problem = checks.map((c) => c.problem(item)).find((p) => p !== undefined);
            if (problem)
                return `${key}: ${problem}`;
        }
        return undefined;
    });
}
/** A check that only code can state, with the words a reader checks it against. */
function custom(accepts, line, problem) {
    return check(accepts, line, problem);
}
/** Go's `json.Marshal` of decoded JSON: compact, object keys sorted (the provider's normalisation). */
function normalizedJson(value) {
    const sorted = (v) => Array.isArray(v)
        ? v.map(sorted)
        : typeof v === "object" && v !== null
            ? Object.fromEntries(Object.keys(v)
                .sort()
                .map((k) => [k, sorted(v[k])]))
            : v;
    return JSON.stringify(sorted(value));
}
/** The event pattern's length check: the normalised JSON (`normalizedJson`) is at most `max` bytes. */
function normalizedJsonBytesAtMost(max, line) {
    return stringCheck(`at most ${max} bytes once normalised (compact, keys sorted)`, line, (v) => {
        if (v === "")
            return undefined;
        try {
            const size = (0, exports.utf8Bytes)(normalizedJson(JSON.parse(v)));
            return size > max ? `${size} bytes normalised; at most ${max}` : undefined;
        }
        catch {
            return "is not valid JSON";
        }
    });
}
/** Not an ARN that `verify.ValidARN` accepts (a name is wanted, not its ARN). */
function notAnArn(message, line) {
    return stringCheck("a name, not an ARN", line, (v) => (parseArn(v) ? `${shown(v)}: ${message}` : undefined));
}
const LAMBDA_FULL_ARN = /^arn:[\w-]+:lambda:[a-z]{2}-(?:[a-z]+-){1,2}\d{1}:\d{12}:function:([0-9A-Za-z_-]+)(:(\$LATEST|[0-9A-Za-z_-]+))?$/;
const LAMBDA_PARTIAL_ARN = /^\d{12}:function:([0-9A-Za-z_-]+)$/;
/** `validFunctionName`'s length rule: the function-name part of a name or ARN is at most `max` bytes. */
function lambdaFunctionNamePart(max, line) {
    return stringCheck(`a function name part of at most ${max} bytes`, line, (v) => {
        const name = (LAMBDA_FULL_ARN.exec(v) ?? LAMBDA_PARTIAL_ARN.exec(v))?.[1] ?? v;
        return (0, exports.utf8Bytes)(name) > max ? `function name ${shown(name)} is ${(0, exports.utf8Bytes)(name)} bytes; at most ${max}` : undefined;
    });
}
/** The plugin framework's `fwtypes.ARNType` (aws-sdk-go-v2 `arn.IsARN`): `arn:` and at least six sections. */
function isArn(line) {
    return stringCheck("an ARN", line, (v) => (parseArn(v) ? undefined : `${shown(v)} is not an ARN`));
}
