"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.detectiveServicesEnabled = void 0;
const applicability_1 = require("../lib/applicability");
const detectiveServices_1 = require("../lib/detectiveServices");
const typeScope_1 = require("../lib/engine/typeScope");
const exemptions_1 = require("../lib/exemptions");
const frameworks_1 = require("../lib/frameworks");
const props_1 = require("../lib/props");
const resourceTypes_1 = require("../lib/resourceTypes");
const NOT_DETECTIVE = `Policy only applies to GuardDuty detectors, AWS Config recorder statuses and Security Hub controls, standards and configuration policies (${resourceTypes_1.DETECTIVE_SERVICE_TYPES.join(", ")})`;
const CONFIG_SCHEMA = {
    properties: {
        exemptResources: {
            type: "array",
            items: { type: "string", minLength: 1 },
            description: "Resources this policy does not apply to, by logical name or URN (`*` is a wildcard, matched against the whole value): reviewed exceptions, e.g. a Security Hub control AWS recommends disabling.",
            default: [],
        },
    },
};
function exempt(args) {
    return (0, exemptions_1.matchesAnyPattern)(args.getConfig().exemptResources ?? [], [args.name, args.urn]);
}
exports.detectiveServicesEnabled = {
    name: "detective-services-enabled",
    description: "A stack must not turn detection off: no GuardDuty detector with enable: false, no AWS Config recorder status with isEnabled: false, no Security Hub control or standard disabled (CIS 3.5 / v3.0 3.3 and v3.0 4.16, Security Hub GuardDuty.1, Config.1).",
    enforcementLevel: "mandatory",
    severity: "high",
    framework: (0, frameworks_1.cis)("3.5", "Ensure AWS Config is enabled in all regions"),
    remediationSteps: "Set `enable: true` on the GuardDuty detector and `isEnabled: true` on the AWS Config recorder status. For a Security Hub control, set `controlStatus` or `associationStatus` to `ENABLED` (or drop it from `disabledStandardsControls`, `disabledControlIdentifiers` or `disabledSecurityControlIdentifiers`) and run `pulumi up` before removing the resource; a configuration policy keeps `serviceEnabled: true`, lists its standards and lists what it disables rather than what it enables. A reviewed exception goes in this policy's `exemptResources`.",
    url: "https://docs.aws.amazon.com/securityhub/latest/userguide/disable-controls-overview.html",
    configSchema: CONFIG_SCHEMA,
    validateResource: (0, typeScope_1.scopedTo)(resourceTypes_1.DETECTIVE_SERVICE_TYPES, NOT_DETECTIVE, (args, reportViolation) => {
        if (!(0, resourceTypes_1.oneOf)(resourceTypes_1.DETECTIVE_SERVICE_TYPES, args.type))
            (0, applicability_1.notApplicable)(args, NOT_DETECTIVE);
        if (exempt(args))
            return;
        for (const message of (0, detectiveServices_1.detectionTurnedOff)(args.type, args.name, (0, props_1.settleProps)(args.props)))
            reportViolation(message);
    }),
    remediateResource: (args) => {
        if (!(0, resourceTypes_1.oneOf)(resourceTypes_1.DETECTIVE_SERVICE_TYPES, args.type) || exempt(args))
            return undefined;
        return (0, detectiveServices_1.switchedOn)(args.type, (0, props_1.settleProps)(args.props));
    },
};
