"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GUARD_DUTY_SEVERITY = exports.SECURITY_HUB_STANDARDS = exports.GUARD_DUTY_PROTECTIONS = exports.DETECTOR_MODES = void 0;
exports.readDetectors = readDetectors;
/**
 * The detective services beside the trail: Amazon GuardDuty, AWS Security Hub and AWS Config,
 * each created in every listed Region, routed only (already on), or off; and what their findings
 * must reach to alert. Refuses the combinations that cannot work.
 */
const regions_1 = require("../lib/regions");
const args_1 = require("./args");
const declarations_generated_1 = require("./declarations.generated");
exports.DETECTOR_MODES = Object.values(args_1.DetectorMode);
exports.GUARD_DUTY_PROTECTIONS = Object.values(args_1.GuardDutyProtection);
exports.SECURITY_HUB_STANDARDS = Object.values(args_1.SecurityHubStandard);
/** GuardDuty's severity scale: Low 1.0-3.9, Medium 4.0-6.9, High 7.0-8.9, Critical 9.0-10.0 (GuardDuty user guide, Severity levels). */
exports.GUARD_DUTY_SEVERITY = { min: 1, max: 10 };
/** A list of one enum's values, each once; the fallback when unset. */
function enumList(r, key, allowed, fallback) {
    const value = r.raw[key];
    if (value === undefined)
        return fallback;
    if (!Array.isArray(value) || !value.every((v) => typeof v === "string" && allowed.includes(v))) {
        r.fail(key, value, `expected a list of ${allowed.join(", ")}`);
        return fallback;
    }
    const repeated = value.find((v, i) => value.indexOf(v) !== i);
    if (repeated !== undefined)
        r.fail(key, value, `list ${String(repeated)} once`);
    return value;
}
function readDetectors(r, regions) {
    const guardDuty = r.oneOf("guardDuty", exports.DETECTOR_MODES, declarations_generated_1.DEFAULTS.guardDuty);
    const securityHub = r.oneOf("securityHub", exports.DETECTOR_MODES, declarations_generated_1.DEFAULTS.securityHub);
    const awsConfig = r.oneOf("awsConfig", exports.DETECTOR_MODES, declarations_generated_1.DEFAULTS.awsConfig);
    const protections = enumList(r, "guardDutyProtections", exports.GUARD_DUTY_PROTECTIONS, declarations_generated_1.DEFAULTS.guardDutyProtections);
    const standards = enumList(r, "securityHubStandards", exports.SECURITY_HUB_STANDARDS, declarations_generated_1.DEFAULTS.securityHubStandards);
    const alertSeverity = r.integer("guardDutyAlertSeverity", declarations_generated_1.DEFAULTS.guardDutyAlertSeverity, exports.GUARD_DUTY_SEVERITY.min, exports.GUARD_DUTY_SEVERITY.max);
    // guardDutyProtections and securityHubStandards configure what create makes; with existing or
    // off they have nothing to configure. Not refused: Pulumi.yaml declares their defaults, so
    // stack config always holds them.
    // Security Hub runs most controls as AWS Config rules: "To receive control findings in Security
    // Hub CSPM, you must enable AWS Config for your account" (Security Hub user guide, Prerequisites,
    // https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-setup-prereqs.html).
    if (securityHub === "create" && awsConfig === "off")
        r.fail("securityHub", securityHub, "Security Hub's controls need AWS Config recording in each Region; set awsConfig to create (or existing, if Config records already), or securityHub to existing or off");
    // Runtime Monitoring is not offered in the China Regions (Amazon Web Services in China, GuardDuty,
    // https://docs.amazonaws.cn/en_us/aws/latest/userguide/guardduty.html).
    const partition = regions.length > 0 ? (0, regions_1.partitionOf)(regions[0]) : "aws";
    if (guardDuty === "create" && partition === "aws-cn" && protections.includes(args_1.GuardDutyProtection.RuntimeMonitoring))
        r.fail("guardDutyProtections", protections, "RUNTIME_MONITORING is not offered in the China Regions; leave it out");
    if (securityHub === "create" && standards.length === 0)
        r.fail("securityHubStandards", standards, "list at least one standard, or set securityHub to existing");
    return {
        guardDuty: { mode: guardDuty, protections: guardDuty === "create" ? protections : [], alertSeverity },
        securityHub: { mode: securityHub, standards: securityHub === "create" ? standards : [] },
        awsConfig: { mode: awsConfig },
    };
}
