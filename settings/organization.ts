/**
 * GuardDuty, Security Hub and AWS Config across an AWS Organization (organizationDetectors): which
 * account this stack is deployed in, the delegated administrator, and which accounts GuardDuty
 * turns itself on in. Refuses the combinations AWS does not allow or that would plan nothing.
 * Whether the stack really runs in the account it says is only known at deployment:
 * components/organizationDetectors.ts checks that against the caller's account.
 */
import { isOptInRegion, partitionOf } from "../lib/regions";
import { AutoEnableMembers, GuardDutyProtection, OrganizationAccount } from "./args";
import { DEFAULTS, ORGANIZATION_DETECTORS_DEFAULTS } from "./declarations.generated";
import { GUARD_DUTY_PROTECTIONS, type DetectorSettings } from "./detectors";
import { SettingsReader, isRecord, unknownKeyProblems } from "./problems";

export const ORGANIZATION_ACCOUNTS = Object.values(OrganizationAccount);
export const AUTO_ENABLE_MEMBERS = Object.values(AutoEnableMembers);

const KEY = "organizationDetectors";
const FIELDS = ["account", "administratorAccountId", "autoEnableMembers"] as const;

export interface OrganizationDetectorSettings {
  /** The account this stack is deployed in. */
  readonly account: OrganizationAccount;
  /** The delegated administrator of GuardDuty, Security Hub and AWS Config. */
  readonly administratorAccountId: string;
  /** The organization's accounts GuardDuty turns itself on in (administrator part). */
  readonly autoEnableMembers: AutoEnableMembers;
  /** The protection plans GuardDuty turns on with it in those accounts: the stack's guardDutyProtections, whatever guardDuty's mode. */
  readonly guardDutyProtections: readonly GuardDutyProtection[];
  /** The services the part covers: those this stack does not set to off. */
  readonly guardDuty: boolean;
  readonly securityHub: boolean;
  readonly awsConfig: boolean;
}

export interface OrganizationContext {
  readonly detectors: DetectorSettings;
  readonly homeRegion: string;
  /** The organization's management account, when the stack names it (organization trails). */
  readonly managementAccountId?: string;
}

export function readOrganizationDetectors(r: SettingsReader, context: OrganizationContext): OrganizationDetectorSettings | undefined {
  const value = r.raw[KEY];
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    r.fail(KEY, value, 'expected { "account": "management" | "administrator", "administratorAccountId": "<12 digits>" }');
    return undefined;
  }
  r.problems.push(...unknownKeyProblems(Object.keys(value), FIELDS, "field", `${KEY}.`));
  const { account, administratorAccountId } = value;
  const autoEnableMembers = value.autoEnableMembers ?? ORGANIZATION_DETECTORS_DEFAULTS.autoEnableMembers;
  let ok = true;
  if (typeof account !== "string" || !(ORGANIZATION_ACCOUNTS as readonly string[]).includes(account)) {
    r.fail(`${KEY}.account`, account, `allowed: ${ORGANIZATION_ACCOUNTS.join(", ")} (the account this stack is deployed in)`);
    ok = false;
  }
  if (typeof administratorAccountId !== "string" || !/^\d{12}$/.test(administratorAccountId)) {
    r.fail(`${KEY}.administratorAccountId`, administratorAccountId, "expected the delegated administrator's 12-digit account id");
    ok = false;
  }
  if (typeof autoEnableMembers !== "string" || !(AUTO_ENABLE_MEMBERS as readonly string[]).includes(autoEnableMembers)) {
    r.fail(`${KEY}.autoEnableMembers`, autoEnableMembers, `allowed: ${AUTO_ENABLE_MEMBERS.join(", ")}`);
    ok = false;
  }
  if (!ok) return undefined;

  const { guardDuty, securityHub, awsConfig } = context.detectors;
  // guardDutyProtections itself is checked by settings/detectors.ts; only its valid entries here.
  const listed = r.raw.guardDutyProtections;
  const guardDutyProtections: readonly GuardDutyProtection[] = Array.isArray(listed)
    ? listed.filter((p): p is GuardDutyProtection => (GUARD_DUTY_PROTECTIONS as readonly unknown[]).includes(p))
    : DEFAULTS.guardDutyProtections;
  const settings: OrganizationDetectorSettings = {
    account: account as OrganizationAccount,
    administratorAccountId: administratorAccountId as string,
    autoEnableMembers: autoEnableMembers as AutoEnableMembers,
    guardDutyProtections,
    guardDuty: guardDuty.mode !== "off",
    securityHub: securityHub.mode !== "off",
    awsConfig: awsConfig.mode !== "off",
  };

  if (!settings.guardDuty && !settings.securityHub && !settings.awsConfig) {
    r.fail(
      KEY,
      value,
      `the ${settings.account} part covers the services this stack does not set to off, and guardDuty, securityHub and awsConfig are all off; turn one on, or unset ${KEY}`,
    );
  }
  // GuardDuty: "Setting your Organization management account as the delegated administrator is
  // not recommended"; Security Hub: "The organization management account also cannot be the
  // delegated administrator account for a service in Organizations" (docs/organization.md).
  if (context.managementAccountId !== undefined && settings.administratorAccountId === context.managementAccountId) {
    r.fail(
      `${KEY}.administratorAccountId`,
      settings.administratorAccountId,
      "it is managementAccountId, the organization's management account, which Security Hub does not allow and GuardDuty advises against as delegated administrator; designate a member account",
    );
  }
  // "You cannot use a Region that is disabled by default as your aggregation Region" (Security Hub
  // user guide, Enabling cross-Region aggregation).
  if (settings.account === "administrator" && settings.securityHub && isOptInRegion(context.homeRegion)) {
    r.fail(
      "homeRegion",
      context.homeRegion,
      `Security Hub cannot aggregate the organization's findings into ${context.homeRegion}, a Region disabled by default; choose a home Region enabled by default, or set securityHub to off in this stack`,
    );
  }
  // As for a created detector (settings/detectors.ts): not offered in the China Regions. There a
  // created detector is refused already; an existing one still configures the organization.
  if (
    settings.account === "administrator" &&
    guardDuty.mode === "existing" &&
    partitionOf(context.homeRegion) === "aws-cn" &&
    guardDutyProtections.includes(GuardDutyProtection.RuntimeMonitoring)
  ) {
    r.fail("guardDutyProtections", guardDutyProtections, "RUNTIME_MONITORING is not offered in the China Regions; leave it out");
  }
  return settings;
}
