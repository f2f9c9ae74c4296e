import { StackValidationPolicy } from "@pulumi/policy";
import { matchesAnyPattern } from "../lib/exemptions";
import { cis } from "../lib/frameworks";
import { toStackResources } from "../lib/stackIndex";
import { flowLogsByVpc, flowLogTrafficType, isDefaultVpc, vpcNames } from "../lib/vpcFlowLogs";

export type RequiredTrafficType = "REJECT" | "ALL";

export interface VpcFlowLogConfig {
  /** VPC logical names, `Name` tags or URNs; `*` matches any run of characters, the rest matches whole. */
  readonly exemptVpcs?: readonly string[];
  readonly requiredTrafficType?: RequiredTrafficType;
}

/**
 * What "enabled" means. Security Hub EC2.6 runs the AWS Config rule vpc-flow-logs-enabled with its
 * one parameter `trafficType: REJECT`, and CIS 3.9 asks for flow logs of packet rejects
 * (https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-6): a flow log of
 * REJECT or ALL records the rejected packets both controls look for; ACCEPT records none of them.
 * `requiredTrafficType: ALL` asks for every flow.
 */
const RECORDS: Readonly<Record<RequiredTrafficType, readonly string[]>> = { REJECT: ["REJECT", "ALL"], ALL: ["ALL"] };

/** The CLI checks config against the schema; other callers may not, so a bad value is named here. */
function requiredTrafficType(config: VpcFlowLogConfig): RequiredTrafficType {
  const value: unknown = config.requiredTrafficType ?? "REJECT";
  if (value !== "REJECT" && value !== "ALL")
    throw new Error(`vpc-flow-logs: requiredTrafficType must be "REJECT" or "ALL", not ${JSON.stringify(value)}`);
  return value;
}

export const vpcFlowLogs: StackValidationPolicy = {
  name: "vpc-flow-logs",
  description:
    "Every VPC a stack creates or adopts (aws:ec2/vpc:Vpc and aws:ec2/defaultVpc:DefaultVpc in v6 and v7, aws-native:ec2:Vpc) must have a flow log in the same stack that records rejected traffic: trafficType REJECT or ALL, the traffic type Security Hub EC2.6 checks; ACCEPT-only records no rejected packet (CIS 3.9, Security Hub EC2.6).",
  enforcementLevel: "mandatory",
  severity: "medium",
  framework: cis("3.9", "Ensure VPC flow logging is enabled in all VPCs"),
  remediationSteps:
    'Add an `aws.ec2.FlowLog` with `vpcId: vpc.id` (a default VPC: `vpcId: defaultVpc.id`) and `trafficType: "ALL"` delivering to S3 or CloudWatch Logs (aws-native: `ec2.FlowLog` with `resourceId: vpc.vpcId`, `resourceType: "VPC"`), in the stack that creates or adopts the VPC.',
  url: "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-6",
  configSchema: {
    properties: {
      exemptVpcs: {
        type: "array",
        items: { type: "string", minLength: 1 },
        description:
          "VPCs this policy does not apply to, by logical name, Name tag or URN (`*` is a wildcard; a pattern matches the whole value). Not by VPC id: a new VPC's id is unknown at preview.",
        default: [],
      },
      requiredTrafficType: {
        type: "string",
        enum: ["REJECT", "ALL"],
        description:
          "REJECT (Security Hub EC2.6's parameter): a flow log of REJECT or ALL traffic passes. ALL: only a flow log of all traffic passes.",
        default: "REJECT",
      },
    },
  },
  validateStack: (args, reportViolation) => {
    const config = args.getConfig<VpcFlowLogConfig>();
    const required = requiredTrafficType(config);
    const exempt = config.exemptVpcs ?? [];
    for (const { vpc, flowLogs, pending } of flowLogsByVpc(toStackResources(args.resources))) {
      const names = vpcNames(vpc);
      if (matchesAnyPattern(exempt, [...names, vpc.urn])) continue;
      const types = flowLogs.map(flowLogTrafficType);
      if (types.some((t) => t === "unknown" || (t !== undefined && RECORDS[required].includes(t)))) continue;
      if (pending) continue;
      // forceDestroy (DefaultVpc) only decides whether `pulumi destroy` deletes the VPC or leaves it
      // in AWS (vpc_default_vpc.go, resourceDefaultVPCDelete): while the stack holds it, it carries traffic.
      const kind = isDefaultVpc(vpc) ? "Default VPC" : "VPC";
      const label = `${kind} ${names.length > 1 ? `'${names[0]}' (Name '${names[1]}')` : `'${names[0]}'`}`;
      const wanted = required === "ALL" ? "all traffic (ALL)" : "rejected traffic (REJECT or ALL)";
      if (flowLogs.length === 0) {
        reportViolation(
          `${label} has no flow log in this stack, so nothing this stack manages records its traffic. Add an aws.ec2.FlowLog with vpcId set to this VPC's id and trafficType "ALL" (aws-native: resourceType "VPC").`,
          vpc.urn,
        );
      } else {
        // An absent trafficType records nothing the controls ask for; `@pulumi/aws` 7.48.0 documents it as
        // required with vpcId (ec2/flowLog.d.ts), and the provider sends none when absent (vpc_flow_log.go).
        const recorded = types.map((t) => t ?? "no traffic type").join(", ");
        reportViolation(`${label} has flow logs recording ${recorded} only; they must record ${wanted}. Set trafficType "ALL".`, vpc.urn);
      }
    }
  },
};
