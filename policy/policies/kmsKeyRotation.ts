import { ResourceValidationArgs, ResourceValidationPolicy, ReportViolation } from "@pulumi/policy";
import { notApplicable } from "../lib/applicability";
import { scopedTo } from "../lib/engine/typeScope";
import { cis } from "../lib/frameworks";
import { keyRotation } from "../lib/model";
import { settleProps } from "../lib/props";
import { KMS_KEY_TYPES, oneOf } from "../lib/resourceTypes";

const NOT_A_KEY = `Policy only applies to KMS keys (${KMS_KEY_TYPES.join(", ")})`;

export const kmsKeyRotation: ResourceValidationPolicy = {
  name: "kms-key-rotation",
  description: "Customer managed symmetric KMS keys must rotate their key material yearly (CIS 3.8, Security Hub KMS.4).",
  enforcementLevel: "mandatory",
  severity: "medium",
  framework: cis("3.8", "Ensure rotation for customer created symmetric CMKs is enabled"),
  remediationSteps: "Set `enableKeyRotation: true` on the key (asymmetric and HMAC keys cannot rotate and are not checked).",
  url: "https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html",
  validateResource: scopedTo(KMS_KEY_TYPES, NOT_A_KEY, (args: ResourceValidationArgs, reportViolation: ReportViolation) => {
    if (!oneOf(KMS_KEY_TYPES, args.type)) notApplicable(args, NOT_A_KEY);
    if (keyRotation(args.type, settleProps(args.props)) === false) {
      reportViolation(
        `KMS key '${args.name}' does not rotate its key material (enableKeyRotation is false or absent), so one leaked or weak key version protects every log forever. Set enableKeyRotation: true.`,
      );
    }
  }),
  remediateResource: (args: ResourceValidationArgs) => {
    if (!oneOf(KMS_KEY_TYPES, args.type)) return undefined;
    const props = settleProps(args.props);
    return keyRotation(args.type, props) === false ? { ...props, enableKeyRotation: true } : undefined;
  },
};
