/**
 * The detective services beside the trail: Amazon GuardDuty, AWS Security Hub and AWS Config,
 * each created in every listed Region, routed only (already on), or off; and what their findings
 * must reach to alert. Refuses the combinations that cannot work.
 */
import { partitionOf } from "../lib/regions";
import { DetectorMode, GuardDutyProtection, SecurityHubStandard } from "./args";
import { DEFAULTS } from "./declarations.generated";
import { SettingsReader } from "./problems";

export const DETECTOR_MODES = Object.values(DetectorMode);
export const GUARD_DUTY_PROTECTIONS = Object.values(GuardDutyProtection);
export const SECURITY_HUB_STANDARDS = Object.values(SecurityHubStandard);

/** GuardDuty's severity scale: Low 1.0-3.9, Medium 4.0-6.9, High 7.0-8.9, Critical 9.0-10.0 (GuardDuty user guide, Severity levels). */
export const GUARD_DUTY_SEVERITY = { min: 1, max: 10 } as const;

export interface DetectorSettings {
  readonly guardDuty: {
    readonly mode: DetectorMode;
    /** The detector features turned on (mode create). */
    readonly protections: readonly GuardDutyProtection[];
    /** Lowest severity that alerts. */
    readonly alertSeverity: number;
  };
  readonly securityHub: {
    readonly mode: DetectorMode;
    /** Standards enabled (mode create), as their ARNs end. */
    readonly standards: readonly SecurityHubStandard[];
  };
  readonly awsConfig: { readonly mode: DetectorMode };
}

/** A list of one enum's values, each once; the fallback when unset. */
function enumList<T extends string>(r: SettingsReader, key: string, allowed: readonly T[], fallback: readonly T[]): readonly T[] {
  const value = r.raw[key];
  if (value === undefined) return fallback;
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string" && (allowed as readonly string[]).includes(v))) {
    r.fail(key, value, `expected a list of ${allowed.join(", ")}`);
    return fallback;
  }
  const repeated = value.find((v, i) => value.indexOf(v) !== i);
  if (repeated !== undefined) r.fail(key, value, `list ${String(repeated)} once`);
  return value as T[];
}

export function readDetectors(r: SettingsReader, regions: readonly string[]): DetectorSettings {
  const guardDuty = r.oneOf("guardDuty", DETECTOR_MODES, DEFAULTS.guardDuty);
  const securityHub = r.oneOf("securityHub", DETECTOR_MODES, DEFAULTS.securityHub);
  const awsConfig = r.oneOf("awsConfig", DETECTOR_MODES, DEFAULTS.awsConfig);
  const protections = enumList(r, "guardDutyProtections", GUARD_DUTY_PROTECTIONS, DEFAULTS.guardDutyProtections);
  const standards = enumList(r, "securityHubStandards", SECURITY_HUB_STANDARDS, DEFAULTS.securityHubStandards);
  const alertSeverity = r.integer(
    "guardDutyAlertSeverity",
    DEFAULTS.guardDutyAlertSeverity,
    GUARD_DUTY_SEVERITY.min,
    GUARD_DUTY_SEVERITY.max,
  );

  // guardDutyProtections and securityHubStandards configure what create makes; with existing or
  // off they have nothing to configure. Not refused: Pulumi.yaml declares their defaults, so
  // stack config always holds them.

  // Security Hub runs most controls as AWS Config rules: "To receive control findings in Security
  // Hub CSPM, you must enable AWS Config for your account" (Security Hub user guide, Prerequisites,
  // https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-setup-prereqs.html).
  if (securityHub === "create" && awsConfig === "off")
    r.fail(
      "securityHub",
      securityHub,
      "Security Hub's controls need AWS Config recording in each Region; set awsConfig to create (or existing, if Config records already), or securityHub to existing or off",
    );

  // Runtime Monitoring is not offered in the China Regions (Amazon Web Services in China, GuardDuty,
  // https://docs.amazonaws.cn/en_us/aws/latest/userguide/guardduty.html).
  const partition = regions.length > 0 ? partitionOf(regions[0]) : "aws";
  if (guardDuty === "create" && partition === "aws-cn" && protections.includes(GuardDutyProtection.RuntimeMonitoring))
    r.fail("guardDutyProtections", protections, "RUNTIME_MONITORING is not offered in the China Regions; leave it out");
  if (securityHub === "create" && standards.length === 0)
    r.fail("securityHubStandards", standards, "list at least one standard, or set securityHub to existing");

  return {
    guardDuty: { mode: guardDuty, protections: guardDuty === "create" ? protections : [], alertSeverity },
    securityHub: { mode: securityHub, standards: securityHub === "create" ? standards : [] },
    awsConfig: { mode: awsConfig },
  };
}
