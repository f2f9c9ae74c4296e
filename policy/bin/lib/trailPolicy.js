"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.trailUnderCheck = trailUnderCheck;
exports.validateTrail = validateTrail;
exports.remediateTrailFlag = remediateTrailFlag;
const applicability_1 = require("./applicability");
const typeScope_1 = require("./engine/typeScope");
const exemptions_1 = require("./exemptions");
const model_1 = require("./model");
const props_1 = require("./props");
const resourceTypes_1 = require("./resourceTypes");
const NOT_A_TRAIL = `Policy only applies to CloudTrail trails (${resourceTypes_1.TRAIL_TYPES.join(", ")})`;
/** The trail being validated, or undefined when it is exempt; other types are not applicable. */
function trailUnderCheck(args, exemptible) {
    if (!(0, resourceTypes_1.oneOf)(resourceTypes_1.TRAIL_TYPES, args.type))
        (0, applicability_1.notApplicable)(args, NOT_A_TRAIL);
    const view = (0, model_1.trailView)(args.type, args.name, (0, props_1.settleProps)(args.props));
    if (exemptible && (0, exemptions_1.isExempt)(args.getConfig(), [view.trailName, args.name, args.urn]))
        return undefined;
    return view;
}
function validateTrail(exemptible, check) {
    return (0, typeScope_1.scopedTo)(resourceTypes_1.TRAIL_TYPES, NOT_A_TRAIL, (args, reportViolation) => {
        const view = trailUnderCheck(args, exemptible);
        if (view)
            check(view, (message) => reportViolation(message));
    });
}
/**
 * A remediation that sets one boolean input when it is known to be off (absent counts as off),
 * keeping every other input as it is, unknowns included.
 */
function remediateTrailFlag(field, input, exemptible) {
    return (args) => {
        if (!(0, resourceTypes_1.oneOf)(resourceTypes_1.TRAIL_TYPES, args.type))
            return undefined;
        const props = (0, props_1.settleProps)(args.props);
        const view = (0, model_1.trailView)(args.type, args.name, props);
        if (exemptible && (0, exemptions_1.isExempt)(args.getConfig(), [view.trailName, args.name, args.urn]))
            return undefined;
        if (view[field] !== false)
            return undefined;
        const fixed = { ...props, [input]: true };
        return fixed;
    };
}
