"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.kmsKeyRotation = void 0;
const applicability_1 = require("../lib/applicability");
const typeScope_1 = require("../lib/engine/typeScope");
const frameworks_1 = require("../lib/frameworks");
const model_1 = require("../lib/model");
const props_1 = require("../lib/props");
const resourceTypes_1 = require("../lib/resourceTypes");
const NOT_A_KEY = `Policy only applies to KMS keys (${resourceTypes_1.KMS_KEY_TYPES.join(", ")})`;
exports.kmsKeyRotation = {
    name: "kms-key-rotation",
    description: "Customer managed symmetric KMS keys must rotate their key material yearly (CIS 3.8, Security Hub KMS.4).",
    enforcementLevel: "mandatory",
    severity: "medium",
    framework: (0, frameworks_1.cis)("3.8", "Ensure rotation for customer created symmetric CMKs is enabled"),
    remediationSteps: "Set `enableKeyRotation: true` on the key (asymmetric and HMAC keys cannot rotate and are not checked).",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html",
    validateResource: (0, typeScope_1.scopedTo)(resourceTypes_1.KMS_KEY_TYPES, NOT_A_KEY, (args, reportViolation) => {
        if (!(0, resourceTypes_1.oneOf)(resourceTypes_1.KMS_KEY_TYPES, args.type))
            (0, applicability_1.notApplicable)(args, NOT_A_KEY);
        if ((0, model_1.keyRotation)(args.type, (0, props_1.settleProps)(args.props)) === false) {
            reportViolation(`KMS key '${args.name}' does not rotate its key material (enableKeyRotation is false or absent), so one leaked or weak key version protects every log forever. Set enableKeyRotation: true.`);
        }
    }),
    remediateResource: (args) => {
        if (!(0, resourceTypes_1.oneOf)(resourceTypes_1.KMS_KEY_TYPES, args.type))
            return undefined;
        const props = (0, props_1.settleProps)(args.props);
        return (0, model_1.keyRotation)(args.type, props) === false ? { ...props, enableKeyRotation: true } : undefined;
    },
};
