/**
 * Building blocks for policies on one trail: type dispatch over `@pulumi/aws` and
 * `@pulumi/aws-native`, settled props (unknowns kept apart), and trail exemptions.
 */
import { ResourceValidationArgs, ResourceValidationPolicy, ReportViolation } from "@pulumi/policy";
import { notApplicable } from "./applicability";
import { scopedTo } from "./engine/typeScope";
import { ExemptionConfig, isExempt } from "./exemptions";
import { TrailView, trailView } from "./model";
import { Json, Props, settleProps } from "./props";
import { TRAIL_TYPES, oneOf } from "./resourceTypes";

export interface TrailContext {
  readonly view: TrailView;
  readonly args: ResourceValidationArgs;
}

const NOT_A_TRAIL = `Policy only applies to CloudTrail trails (${TRAIL_TYPES.join(", ")})`;

/** The trail being validated, or undefined when it is exempt; other types are not applicable. */
export function trailUnderCheck(args: ResourceValidationArgs, exemptible: boolean): TrailView | undefined {
  if (!oneOf(TRAIL_TYPES, args.type)) notApplicable(args, NOT_A_TRAIL);
  const view = trailView(args.type, args.name, settleProps(args.props));
  if (exemptible && isExempt(args.getConfig<ExemptionConfig>(), [view.trailName, args.name, args.urn])) return undefined;
  return view;
}

export function validateTrail(exemptible: boolean, check: (view: TrailView, report: (message: string) => void) => void) {
  return scopedTo(TRAIL_TYPES, NOT_A_TRAIL, (args: ResourceValidationArgs, reportViolation: ReportViolation): void => {
    const view = trailUnderCheck(args, exemptible);
    if (view) check(view, (message) => reportViolation(message));
  });
}

/**
 * A remediation that sets one boolean input when it is known to be off (absent counts as off),
 * keeping every other input as it is, unknowns included.
 */
export function remediateTrailFlag(
  field: keyof TrailView,
  input: string,
  exemptible: boolean,
): ResourceValidationPolicy["remediateResource"] {
  return (args: ResourceValidationArgs) => {
    if (!oneOf(TRAIL_TYPES, args.type)) return undefined;
    const props: Props = settleProps(args.props);
    const view = trailView(args.type, args.name, props);
    if (exemptible && isExempt(args.getConfig<ExemptionConfig>(), [view.trailName, args.name, args.urn])) return undefined;
    if (view[field] !== false) return undefined;
    const fixed: Record<string, Json> = { ...props, [input]: true };
    return fixed;
  };
}
