"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.guardUnknowns = guardUnknowns;
exports.isUnknownRead = isUnknownRead;
exports.cannotRunDuringPreview = cannotRunDuringPreview;
// The module is internal to @pulumi/policy (no type declarations); it loads nothing else.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const proxy = require("@pulumi/policy/proxy");
/** Properties as `@pulumi/policy` hands them to a policy: unknowns throw when read. */
function guardUnknowns(props) {
    return proxy.unknownCheckingProxy(props);
}
/** A policy read a value unknown at preview. */
function isUnknownRead(e) {
    return e instanceof proxy.UnknownValueError;
}
/** The message `@pulumi/policy`'s server gives for it, `what` naming the policy or remediation. */
function cannotRunDuringPreview(what, e) {
    return `can't run ${what} during preview: ${e.message}`;
}
