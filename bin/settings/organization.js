"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AUTO_ENABLE_MEMBERS = exports.ORGANIZATION_ACCOUNTS = void 0;
exports.readOrganizationDetectors = readOrganizationDetectors;
/**
 * GuardDuty, Security Hub and AWS Config across an AWS Organization (organizationDetectors): which
 * account this stack is deployed in, the delegated administrator, and which accounts GuardDuty
 * turns itself on in. Refuses the combinations AWS does not allow or that would plan nothing.
 * Whether the stack really runs in the account it says is only known at deployment:
 * components/organizationDetectors.ts checks that against the caller's account.
 */
const regions_1 = require("../lib/regions");
const args_1 = require("./args");
const declarations_generated_1 = require("./declarations.generated");
const detectors_1 = require("./detectors");
const problems_1 = require("./problems");
exports.ORGANIZATION_ACCOUNTS = Object.values(args_1.OrganizationAccount);
exports.AUTO_ENABLE_MEMBERS = Object.values(args_1.AutoEnableMembers);
const KEY = "organizationDetectors";
const FIELDS = ["account", "administratorAccountId", "autoEnableMembers"];
function readOrganizationDetectors(r, context) {
    const value = r.raw[KEY];
    if (value === undefined)
        return undefined;
    if (!(0, problems_1.isRecord)(value)) {
        r.fail(KEY, value, 'expected { "account": "management" | "administrator", "administratorAccountId": "<12 digits>" }');
        return undefined;
    }
    r.problems.push(...(0, problems_1.unknownKeyProblems)(Object.keys(value), FIELDS, "field", `${KEY}.`));
    const { account, administratorAccountId } = value;
    const autoEnableMembers = value.autoEnableMembers ?? declarations_generated_1.ORGANIZATION_DETECTORS_DEFAULTS.autoEnableMembers;
    let ok = true;
    if (typeof account !== "string" || !exports.ORGANIZATION_ACCOUNTS.includes(account)) {
        r.fail(`${KEY}.account`, account, `allowed: ${exports.ORGANIZATION_ACCOUNTS.join(", ")} (the account this stack is deployed in)`);
        ok = false;
    }
    if (typeof administratorAccountId !== "string" || !/^\d{12}$/.test(administratorAccountId)) {
        r.fail(`${KEY}.administratorAccountId`, administratorAccountId, "expected the delegated administrator's 12-digit account id");
        ok = false;
    }
    if (typeof autoEnableMembers !== "string" || !exports.AUTO_ENABLE_MEMBERS.includes(autoEnableMembers)) {
        r.fail(`${KEY}.autoEnableMembers`, autoEnableMembers, `allowed: ${exports.AUTO_ENABLE_MEMBERS.join(", ")}`);
        ok = false;
    }
    if (!ok)
        return undefined;
    const { guardDuty, securityHub, awsConfig } = context.detectors;
    // guardDutyProtections itself is checked by settings/detectors.ts; only its valid entries here.
    const listed = r.raw.guardDutyProtections;
    const guardDutyProtections = Array.isArray(listed)
        ? listed.filter((p) => detectors_1.GUARD_DUTY_PROTECTIONS.includes(p))
        : declarations_generated_1.DEFAULTS.guardDutyProtections;
    const settings = {
        account: account,
        administratorAccountId: administratorAccountId,
        autoEnableMembers: autoEnableMembers,
        guardDutyProtections,
        guardDuty: guardDuty.mode !== "off",
        securityHub: securityHub.mode !== "off",
        awsConfig: awsConfig.mode !== "off",
    };
    if (!settings.guardDuty && !settings.securityHub && !settings.awsConfig) {
        r.fail(KEY, value, `the ${settings.account} part covers the services this stack does not set to off, and guardDuty, securityHub and awsConfig are all off; turn one on, or unset ${KEY}`);
    }
    // GuardDuty: "Setting your Organization management account as the delegated administrator is
    // not recommended"; Security Hub: "The organization management account also cannot be the
    // delegated administrator account for a service in Organizations" (docs/organization.md).
    if (context.managementAccountId !== undefined && settings.administratorAccountId === context.managementAccountId) {
        r.fail(`${KEY}.administratorAccountId`, settings.administratorAccountId, "it is managementAccountId, the organization's management account, which Security Hub does not allow and GuardDuty advises against as delegated administrator; designate a member account");
    }
    // "You cannot use a Region that is disabled by default as your aggregation Region" (Security Hub
    // user guide, Enabling cross-Region aggregation).
    if (settings.account === "administrator" && settings.securityHub && (0, regions_1.isOptInRegion)(context.homeRegion)) {
        r.fail("homeRegion", context.homeRegion, `Security Hub cannot aggregate the organization's findings into ${context.homeRegion}, a Region disabled by default; choose a home Region enabled by default, or set securityHub to off in this stack`);
    }
    // As for a created detector (settings/detectors.ts): not offered in the China Regions. There a
    // created detector is refused already; an existing one still configures the organization.
    if (settings.account === "administrator" &&
        guardDuty.mode === "existing" &&
        (0, regions_1.partitionOf)(context.homeRegion) === "aws-cn" &&
        guardDutyProtections.includes(args_1.GuardDutyProtection.RuntimeMonitoring)) {
        r.fail("guardDutyProtections", guardDutyProtections, "RUNTIME_MONITORING is not offered in the China Regions; leave it out");
    }
    return settings;
}
