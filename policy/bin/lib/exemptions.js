"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EXEMPTION_SCHEMA = void 0;
exports.isExempt = isExempt;
exports.matchesAnyPattern = matchesAnyPattern;
exports.EXEMPTION_SCHEMA = {
    properties: {
        exemptTrails: {
            type: "array",
            items: { type: "string", minLength: 1 },
            description: "Trails this policy does not apply to, by trail name, logical name or URN (`*` is a wildcard), e.g. a region-specific data-residency trail.",
            default: [],
        },
    },
};
function globToRegExp(glob) {
    const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
    return new RegExp(`^${escaped}$`);
}
function isExempt(config, candidates) {
    const patterns = config.exemptTrails ?? [];
    return patterns.some((p) => {
        const re = globToRegExp(p);
        return candidates.some((c) => re.test(c));
    });
}
/** Whether any pattern (`*` wildcard, matched against the whole candidate) matches any candidate. */
function matchesAnyPattern(patterns, candidates) {
    return patterns.some((p) => {
        const re = globToRegExp(p);
        return candidates.some((c) => re.test(c));
    });
}
