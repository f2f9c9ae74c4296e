"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isUnknown = isUnknown;
exports.settle = settle;
exports.markPlain = markPlain;
exports.settleProps = settleProps;
exports.boolInput = boolInput;
exports.stringInput = stringInput;
exports.asObject = asObject;
exports.asArray = asArray;
exports.pick = pick;
/**
 * Reading resource properties the way the engine sends them.
 *
 * During `pulumi preview` some values are unknown. On the wire (and in `pulumi preview --json`)
 * an unknown is one of the engine's sentinel strings below; inside `@pulumi/policy` reading one
 * through `args.props` throws `UnknownValueError`. `settle` turns either form into a plain
 * JSON copy in which unknowns are the sentinel strings, so a policy can tell "unknown" (not a
 * violation) from "absent" (the provider's default applies) from "known and wrong".
 */
/** The engine's unknown sentinels (pulumi/sdk `UnknownStringValue` and friends). */
const UNKNOWN_SENTINELS = new Set([
    "04da6b54-80e4-46f7-96ec-b56ff0331ba9", // string (also the generic "computed" marker)
    "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", // boolean
    "3eeb2bf0-c639-47a8-9e75-3b44932eb421", // number
    "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", // array
    "030794c1-ac77-496b-92df-f27374a8bd58", // asset
    "e48ece36-62e2-4504-bad9-02848725956a", // archive
    "dd056dcd-154b-4c76-9bd3-c8f88648b5ff", // object
]);
function isUnknown(value) {
    return typeof value === "string" && UNKNOWN_SENTINELS.has(value);
}
/** A plain copy of (possibly proxied) properties; unknown values become sentinel strings. */
function settle(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === "boolean" || typeof value === "number" || typeof value === "string")
        return value;
    if (Array.isArray(value)) {
        const out = [];
        for (let i = 0; i < value.length; i++)
            out.push(settle(readField(value, String(i))));
        return out;
    }
    if (typeof value === "object") {
        const out = {};
        for (const key of Object.keys(value))
            out[key] = settle(readField(value, key));
        return out;
    }
    return null;
}
/**
 * `@pulumi/policy`'s unknown-checking proxy hands back the plain deserialised object it wraps
 * under this key (proxy.js `getSpecialProxyTarget`, 1.21.0); in it unknowns are still the
 * sentinel strings, which is what `settle` makes. Reading it directly skips a proxy trap and a
 * try/catch per field (the pack reads thousands of resources per stack analysis). Read-only.
 */
const PROXY_TARGET = "__getSpecialProxyTarget";
function proxyTarget(props) {
    if (typeof props !== "object" || props === null)
        return undefined;
    const target = props[PROXY_TARGET];
    return typeof target === "object" && target !== null && !Array.isArray(target) ? target : undefined;
}
/**
 * Properties the pack's own analyzer server deserialised (`engine/wireProps.ts`): already plain
 * JSON with unknowns as sentinels, so `settleProps` hands them back without a copy.
 */
const PLAIN = new WeakSet();
function markPlain(props) {
    PLAIN.add(props);
    return props;
}
function settleProps(props) {
    if (typeof props === "object" && props !== null && PLAIN.has(props))
        return props;
    const target = proxyTarget(props);
    if (target)
        return target;
    const settled = settle(props);
    return settled !== null && typeof settled === "object" && !Array.isArray(settled) ? settled : {};
}
function readField(container, key) {
    try {
        return container[key];
    }
    catch (e) {
        // `@pulumi/policy`'s UnknownValueError (not in its type declarations) carries the sentinel.
        const sentinel = typeof e === "object" && e !== null ? e.unknownTypeSentinel : undefined;
        if (typeof sentinel === "string")
            return sentinel;
        throw e;
    }
}
/**
 * A boolean input: `true`/`false` when known ("true"/"false" strings too, as YAML programs
 * send them), `"unknown"` at preview, `undefined` when absent (the caller applies the default).
 */
function boolInput(value) {
    if (value === undefined || value === null)
        return undefined;
    if (isUnknown(value))
        return "unknown";
    if (typeof value === "boolean")
        return value;
    if (value === "true")
        return true;
    if (value === "false")
        return false;
    return undefined;
}
/** A string input: the string when known and non-empty, `"unknown"`, or `undefined` when absent/empty. */
function stringInput(value) {
    if (value === undefined || value === null)
        return undefined;
    if (isUnknown(value))
        return "unknown";
    if (typeof value === "string")
        return value.trim() === "" ? undefined : value;
    return undefined;
}
function asObject(value) {
    return value !== null && value !== undefined && typeof value === "object" && !Array.isArray(value) ? value : undefined;
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
/** First defined of several property names (aws and aws-native spell some differently). */
function pick(props, ...names) {
    for (const name of names) {
        if (props[name] !== undefined)
            return props[name];
    }
    return undefined;
}
