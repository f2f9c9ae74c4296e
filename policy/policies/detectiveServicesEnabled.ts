/**
 * Mandatory: a stack that suspends GuardDuty, stops the AWS Config recorder or turns Security Hub
 * off blinds every team in that account and Region, the same harm as a trail with logging off
 * (`cloudtrail-logging-enabled`, mandatory). Disabling a Security Hub control is sometimes right
 * (AWS lists controls to disable, e.g. those on global resources in all Regions but one:
 * https://docs.aws.amazon.com/securityhub/latest/userguide/controls-to-disable.html), but the pack
 * cannot judge the reason AWS makes the owner give, so a reviewed exception is listed by resource
 * in `exemptResources` rather than the whole policy lowered to advisory.
 */
import { PolicyConfigSchema, ResourceValidationArgs, ResourceValidationPolicy, ReportViolation } from "@pulumi/policy";
import { notApplicable } from "../lib/applicability";
import { detectionTurnedOff, switchedOn } from "../lib/detectiveServices";
import { scopedTo } from "../lib/engine/typeScope";
import { matchesAnyPattern } from "../lib/exemptions";
import { cis } from "../lib/frameworks";
import { settleProps } from "../lib/props";
import { DETECTIVE_SERVICE_TYPES, oneOf } from "../lib/resourceTypes";

const NOT_DETECTIVE = `Policy only applies to GuardDuty detectors, AWS Config recorder statuses and Security Hub controls, standards and configuration policies (${DETECTIVE_SERVICE_TYPES.join(", ")})`;

interface DetectiveServicesConfig {
  /** Logical names or URNs; `*` matches any run of characters. */
  readonly exemptResources?: readonly string[];
}

const CONFIG_SCHEMA: PolicyConfigSchema = {
  properties: {
    exemptResources: {
      type: "array",
      items: { type: "string", minLength: 1 },
      description:
        "Resources this policy does not apply to, by logical name or URN (`*` is a wildcard, matched against the whole value): reviewed exceptions, e.g. a Security Hub control AWS recommends disabling.",
      default: [],
    },
  },
};

function exempt(args: ResourceValidationArgs): boolean {
  return matchesAnyPattern(args.getConfig<DetectiveServicesConfig>().exemptResources ?? [], [args.name, args.urn]);
}

export const detectiveServicesEnabled: ResourceValidationPolicy = {
  name: "detective-services-enabled",
  description:
    "A stack must not turn detection off: no GuardDuty detector with enable: false, no AWS Config recorder status with isEnabled: false, no Security Hub control or standard disabled (CIS 3.5 / v3.0 3.3 and v3.0 4.16, Security Hub GuardDuty.1, Config.1).",
  enforcementLevel: "mandatory",
  severity: "high",
  framework: cis("3.5", "Ensure AWS Config is enabled in all regions"),
  remediationSteps:
    "Set `enable: true` on the GuardDuty detector and `isEnabled: true` on the AWS Config recorder status. For a Security Hub control, set `controlStatus` or `associationStatus` to `ENABLED` (or drop it from `disabledStandardsControls`, `disabledControlIdentifiers` or `disabledSecurityControlIdentifiers`) and run `pulumi up` before removing the resource; a configuration policy keeps `serviceEnabled: true`, lists its standards and lists what it disables rather than what it enables. A reviewed exception goes in this policy's `exemptResources`.",
  url: "https://docs.aws.amazon.com/securityhub/latest/userguide/disable-controls-overview.html",
  configSchema: CONFIG_SCHEMA,
  validateResource: scopedTo(DETECTIVE_SERVICE_TYPES, NOT_DETECTIVE, (args: ResourceValidationArgs, reportViolation: ReportViolation) => {
    if (!oneOf(DETECTIVE_SERVICE_TYPES, args.type)) notApplicable(args, NOT_DETECTIVE);
    if (exempt(args)) return;
    for (const message of detectionTurnedOff(args.type, args.name, settleProps(args.props))) reportViolation(message);
  }),
  remediateResource: (args: ResourceValidationArgs) => {
    if (!oneOf(DETECTIVE_SERVICE_TYPES, args.type) || exempt(args)) return undefined;
    return switchedOn(args.type, settleProps(args.props));
  },
};
