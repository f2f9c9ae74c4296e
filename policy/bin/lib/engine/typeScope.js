"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scopedTo = scopedTo;
exports.scopeOf = scopeOf;
const SCOPES = new WeakMap();
function scopedTo(types, reason, validator) {
    SCOPES.set(validator, { types: new Set(types), reason });
    return validator;
}
/**
 * The scope of a validator: declared with `scopedTo`, or the single type `@pulumi/policy`'s
 * `validateResourceOfType` tags a validator with (its `__pulumiType`, with that library's reason).
 */
function scopeOf(validator) {
    const declared = SCOPES.get(validator);
    if (declared)
        return declared;
    const pulumiType = validator.__pulumiType;
    return typeof pulumiType === "string" && pulumiType !== ""
        ? { types: new Set([pulumiType]), reason: `Policy only applies to resources of type '${pulumiType}'` }
        : undefined;
}
