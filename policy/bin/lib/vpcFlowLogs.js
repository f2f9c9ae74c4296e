"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.flowLogsByVpc = flowLogsByVpc;
exports.isDefaultVpc = isDefaultVpc;
exports.flowLogTrafficType = flowLogTrafficType;
exports.vpcNames = vpcNames;
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
const model_1 = require("./model");
const props_1 = require("./props");
const resourceTypes_1 = require("./resourceTypes");
/** Where a flow log points when it is a VPC flow log (or may be one); undefined otherwise. */
function vpcReference(flowLog) {
    if ((0, resourceTypes_1.isNative)(flowLog.type)) {
        const resourceType = (0, props_1.stringInput)(flowLog.props.resourceType);
        if (resourceType !== "VPC" && resourceType !== "unknown")
            return undefined;
        return { ref: (0, model_1.reference)(flowLog, "resourceId"), certain: resourceType === "VPC" };
    }
    // A subnet, ENI, NAT gateway or transit gateway flow log sets one of the other target inputs instead.
    const ref = (0, model_1.reference)(flowLog, "vpcId");
    return ref.value === undefined && ref.urns.length === 0 ? undefined : { ref, certain: true };
}
function vpcIds(vpc) {
    const ids = [];
    for (const value of [vpc.props.id, vpc.props.vpcId]) {
        const id = (0, props_1.stringInput)(value);
        if (id !== undefined && id !== "unknown")
            ids.push(id);
    }
    return ids;
}
/** Every VPC of the stack with the flow logs that record it, in stack order. */
function flowLogsByVpc(resources) {
    const vpcs = [];
    const flowLogs = [];
    for (const r of resources) {
        if ((0, resourceTypes_1.oneOf)(resourceTypes_1.VPC_TYPES, r.type) || isDefaultVpc(r))
            vpcs.push(r);
        else if ((0, resourceTypes_1.oneOf)(resourceTypes_1.FLOW_LOG_TYPES, r.type))
            flowLogs.push(r);
    }
    if (vpcs.length === 0)
        return [];
    const byKey = new Map();
    for (const vpc of vpcs) {
        byKey.set(vpc.urn, vpc);
        for (const id of vpcIds(vpc))
            byKey.set(id, vpc);
    }
    const resolve = (ref) => {
        for (const urn of ref.urns) {
            const hit = byKey.get(urn);
            if (hit)
                return hit;
        }
        return ref.value === undefined || ref.value === "unknown" ? undefined : byKey.get(ref.value);
    };
    const recorded = new Map();
    const maybe = new Set();
    let unplaced = false;
    for (const flowLog of flowLogs) {
        const target = vpcReference(flowLog);
        if (!target)
            continue;
        const vpc = resolve(target.ref);
        if (vpc && target.certain) {
            const list = recorded.get(vpc.urn);
            if (list)
                list.push(flowLog);
            else
                recorded.set(vpc.urn, [flowLog]);
        }
        else if (vpc)
            maybe.add(vpc.urn);
        // Unknown and not traced to a VPC here: it may record any of them. A known id that matches no
        // VPC here names a VPC of another stack, which is that stack's to answer for.
        else if (target.ref.value === "unknown")
            unplaced = true;
    }
    return vpcs.map((vpc) => ({ vpc, flowLogs: recorded.get(vpc.urn) ?? [], pending: unplaced || maybe.has(vpc.urn) }));
}
/** An `aws.ec2.DefaultVpc`: the region's default VPC, adopted (or created) by the stack. */
function isDefaultVpc(vpc) {
    return (0, resourceTypes_1.oneOf)(resourceTypes_1.DEFAULT_VPC_TYPES, vpc.type);
}
/** `trafficType`: "ACCEPT", "REJECT" or "ALL"; "unknown" at preview; undefined when absent. */
function flowLogTrafficType(flowLog) {
    return (0, props_1.stringInput)(flowLog.props.trafficType);
}
/** The names a VPC goes by: its logical name and its `Name` tag (a map in v6/v7, a list in aws-native). */
function vpcNames(vpc) {
    const names = [vpc.name];
    const tag = (0, resourceTypes_1.isNative)(vpc.type)
        ? nativeNameTag(vpc.props)
        : (0, props_1.stringInput)((0, props_1.asObject)(vpc.props.tags)?.Name ?? (0, props_1.asObject)(vpc.props.tagsAll)?.Name);
    if (tag !== undefined && tag !== "unknown" && tag !== vpc.name)
        names.push(tag);
    return names;
}
function nativeNameTag(props) {
    for (const entry of (0, props_1.asArray)(props.tags)) {
        const tag = (0, props_1.asObject)(entry);
        if (tag?.key === "Name")
            return (0, props_1.stringInput)(tag.value);
    }
    return undefined;
}
