/**
 * Which flow logs of a stack record each VPC of that stack. A flow log names its VPC by id:
 * `aws:ec2/flowLog:FlowLog` (v6 and v7) in `vpcId` (ec2/flowLog.d.ts of `@pulumi/aws` 7.48.0 and
 * 6.83.4); `aws-native:ec2:FlowLog` in `resourceId` with `resourceType: "VPC"`
 * (pulumi/pulumi-aws-native sdk/nodejs/ec2/flowLog.ts @ 44cc22592766cd2c12726c90f1f0a9555fbe2fbd;
 * `FlowLogResourceType` in sdk/nodejs/types/enums/ec2/index.ts @ 001da55c4665088a12bc4c36c051838a252eb4b3).
 * A new VPC's id is unknown at the stack's first preview, so the join goes by property dependency
 * first (an input computed from `vpc.id` carries the VPC's URN) and then by the id itself, which a
 * v6/v7 VPC's state holds in `id` and an aws-native VPC's in `vpcId`
 * (sdk/nodejs/ec2/vpc.ts @ 069cb8416a2b43f8a696f5476275d7cc2314061f): the trail joins work the
 * same way (stackIndex.ts). A default VPC a stack adopts (`aws.ec2.DefaultVpc`) is a VPC of the
 * stack like any other: its `id` is the VPC's id, so flow logs join to it the same way. One pass,
 * one Map lookup per flow log: linear in the stack's size.
 */
import { reference, Reference, StackResource } from "./model";
import { asArray, asObject, Props, stringInput } from "./props";
import { DEFAULT_VPC_TYPES, FLOW_LOG_TYPES, isNative, oneOf, VPC_TYPES } from "./resourceTypes";

export interface VpcFlowLogs {
  readonly vpc: StackResource;
  /** The flow logs in this stack that record this VPC. */
  readonly flowLogs: readonly StackResource[];
  /**
   * A flow log in this stack may record this VPC but cannot be joined yet: at preview its VPC id
   * is unknown and comes from a resource that is not a VPC (`vpcId: subnet.vpcId`), or an
   * aws-native flow log's `resourceType` is unknown. Not a violation until it is known.
   */
  readonly pending: boolean;
}

/** Where a flow log points when it is a VPC flow log (or may be one); undefined otherwise. */
function vpcReference(flowLog: StackResource): { readonly ref: Reference; readonly certain: boolean } | undefined {
  if (isNative(flowLog.type)) {
    const resourceType = stringInput(flowLog.props.resourceType);
    if (resourceType !== "VPC" && resourceType !== "unknown") return undefined;
    return { ref: reference(flowLog, "resourceId"), certain: resourceType === "VPC" };
  }
  // A subnet, ENI, NAT gateway or transit gateway flow log sets one of the other target inputs instead.
  const ref = reference(flowLog, "vpcId");
  return ref.value === undefined && ref.urns.length === 0 ? undefined : { ref, certain: true };
}

function vpcIds(vpc: StackResource): readonly string[] {
  const ids: string[] = [];
  for (const value of [vpc.props.id, vpc.props.vpcId]) {
    const id = stringInput(value);
    if (id !== undefined && id !== "unknown") ids.push(id);
  }
  return ids;
}

/** Every VPC of the stack with the flow logs that record it, in stack order. */
export function flowLogsByVpc(resources: readonly StackResource[]): VpcFlowLogs[] {
  const vpcs: StackResource[] = [];
  const flowLogs: StackResource[] = [];
  for (const r of resources) {
    if (oneOf(VPC_TYPES, r.type) || isDefaultVpc(r)) vpcs.push(r);
    else if (oneOf(FLOW_LOG_TYPES, r.type)) flowLogs.push(r);
  }
  if (vpcs.length === 0) return [];
  const byKey = new Map<string, StackResource>();
  for (const vpc of vpcs) {
    byKey.set(vpc.urn, vpc);
    for (const id of vpcIds(vpc)) byKey.set(id, vpc);
  }
  const resolve = (ref: Reference): StackResource | undefined => {
    for (const urn of ref.urns) {
      const hit = byKey.get(urn);
      if (hit) return hit;
    }
    return ref.value === undefined || ref.value === "unknown" ? undefined : byKey.get(ref.value);
  };
  const recorded = new Map<string, StackResource[]>();
  const maybe = new Set<string>();
  let unplaced = false;
  for (const flowLog of flowLogs) {
    const target = vpcReference(flowLog);
    if (!target) continue;
    const vpc = resolve(target.ref);
    if (vpc && target.certain) {
      const list = recorded.get(vpc.urn);
      if (list) list.push(flowLog);
      else recorded.set(vpc.urn, [flowLog]);
    } else if (vpc) maybe.add(vpc.urn);
    // Unknown and not traced to a VPC here: it may record any of them. A known id that matches no
    // VPC here names a VPC of another stack, which is that stack's to answer for.
    else if (target.ref.value === "unknown") unplaced = true;
  }
  return vpcs.map((vpc) => ({ vpc, flowLogs: recorded.get(vpc.urn) ?? [], pending: unplaced || maybe.has(vpc.urn) }));
}

/** An `aws.ec2.DefaultVpc`: the region's default VPC, adopted (or created) by the stack. */
export function isDefaultVpc(vpc: StackResource): boolean {
  return oneOf(DEFAULT_VPC_TYPES, vpc.type);
}

/** `trafficType`: "ACCEPT", "REJECT" or "ALL"; "unknown" at preview; undefined when absent. */
export function flowLogTrafficType(flowLog: StackResource): string | "unknown" | undefined {
  return stringInput(flowLog.props.trafficType);
}

/** The names a VPC goes by: its logical name and its `Name` tag (a map in v6/v7, a list in aws-native). */
export function vpcNames(vpc: StackResource): readonly string[] {
  const names = [vpc.name];
  const tag = isNative(vpc.type)
    ? nativeNameTag(vpc.props)
    : stringInput(asObject(vpc.props.tags)?.Name ?? asObject(vpc.props.tagsAll)?.Name);
  if (tag !== undefined && tag !== "unknown" && tag !== vpc.name) names.push(tag);
  return names;
}

function nativeNameTag(props: Props): string | "unknown" | undefined {
  for (const entry of asArray(props.tags)) {
    const tag = asObject(entry);
    if (tag?.key === "Name") return stringInput(tag.value);
  }
  return undefined;
}
