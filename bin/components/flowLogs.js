"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.createVpcFlowLogs = createVpcFlowLogs;
/**
 * VPC flow logs of one region (CIS 3.x "VPC flow logging is enabled in all VPCs",
 * Security Hub EC2.6): on the listed VPCs, or on every VPC the region has when `pulumi up` runs.
 * Delivered to the log archive bucket (Parquet, hourly partitions, the archive's lifecycle) or to
 * an encrypted log group of the region through a least-privilege role.
 */
const aws = __importStar(require("@pulumi/aws"));
const pulumi = __importStar(require("@pulumi/pulumi"));
const awsLimits_1 = require("../lib/awsLimits");
const policyDocuments_1 = require("../lib/policyDocuments");
const names_1 = require("../settings/names");
/** Flow logs for ALL (or the configured) traffic of the region's VPCs. */
function createVpcFlowLogs(args, parent) {
    const { name, region, flowLogs, account, tags } = args;
    const child = { parent };
    let destination;
    let ready;
    let logGroup;
    let deliveryRole;
    if (flowLogs.destination === "s3") {
        if (!args.archive)
            throw new Error(`vpcFlowLogs: destination s3 needs the log archive bucket in ${region}; pass archive to createVpcFlowLogs.`);
        destination = {
            logDestinationType: "s3",
            // A folder of the archive bucket: its lifecycle, encryption and access logging apply. EC2
            // CreateFlowLogs, LogDestination: "specify the ARN of an S3 bucket. For example:
            // arn:aws:s3:::my_bucket/my_subfolder/ ... you can't use AWSLogs as a subfolder name"
            // (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateFlowLogs.html).
            logDestination: pulumi.interpolate `${args.archive.bucketArn}/${awsLimits_1.FLOW_LOG_S3_FOLDER}/`,
            // VPC user guide, "Flow log files" (https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-s3-path.html):
            // Parquet queries are "10 to 100 times faster" and take "20 percent less storage space"
            // than text; hourly partitions for queries "to a specific hour". Values as the provider
            // validates them (terraform-provider-aws internal/service/ec2/vpc_flow_log.go
            // destination_options: file_format enum plain-text | parquet, default plain-text; both
            // partition flags default false; all ForceNew). Hive-compatible prefixes stay off: the
            // bucket policy's write is on the default `AWSLogs/<account>/` prefix (policyDocuments.ts).
            // maxAggregationInterval stays unset: the provider defaults it to 600 s (allowed: 60, 600).
            destinationOptions: { fileFormat: "parquet", perHourPartition: true, hiveCompatiblePartitions: false },
        };
        ready = args.archive.ready;
    }
    else {
        const logGroupName = (0, names_1.flowLogGroupNameFor)(args.trailName);
        const logGroupArn = pulumi.interpolate `arn:${account.partition}:logs:${region}:${account.accountId}:log-group:${logGroupName}`;
        const key = new aws.kms.Key(`${name}-flow-logs-key`, {
            description: `Encrypts the VPC flow logs log group ${logGroupName}`,
            enableKeyRotation: true,
            deletionWindowInDays: 30,
            policy: (0, policyDocuments_1.logGroupKeyPolicy)({ account, region, logGroupArns: [logGroupArn], topicPublishers: false }),
            tags,
        }, child);
        logGroup = new aws.cloudwatch.LogGroup(`${name}-flow-logs`, { name: logGroupName, retentionInDays: args.logRetentionDays, kmsKeyId: key.arn, tags }, 
        // The key policy must let CloudWatch Logs use the key before the group is encrypted with it.
        { ...child, dependsOn: [key], retainOnDelete: true });
        deliveryRole = new aws.iam.Role(`${name}-flow-logs-role`, {
            description: `VPC Flow Logs of ${region} write to ${logGroupName}`,
            assumeRolePolicy: (0, policyDocuments_1.flowLogRoleTrustPolicy)({ account, region }),
            tags,
        }, child);
        const rolePolicy = new aws.iam.RolePolicy(`${name}-flow-logs-delivery`, { role: deliveryRole.id, policy: (0, policyDocuments_1.flowLogRolePolicy)({ account, region, logGroupArn: logGroup.arn }) }, child);
        destination = { logDestinationType: "cloud-watch-logs", logDestination: logGroup.arn, iamRoleArn: deliveryRole.arn };
        ready = [logGroup, rolePolicy];
    }
    const flowLogOn = (vpcId) => new aws.ec2.FlowLog(`${name}-flow-log-${vpcId}`, { vpcId, trafficType: flowLogs.trafficType, ...destination, tags }, { ...child, dependsOn: ready });
    if (!flowLogs.allVpcs) {
        const listed = [...(flowLogs.vpcIds[region] ?? [])];
        listed.forEach(flowLogOn);
        return { vpcIds: pulumi.output(listed), logGroup, deliveryRole };
    }
    // Every VPC of the region at deploy time. The lookup runs at preview too, so the flow logs show
    // in the preview; a VPC created later gets one at the next `pulumi up` (the pack's vpc-flow-logs
    // policy covers stacks that create VPCs). Invokes take the region explicitly: the region
    // transform (regionTransform.ts) reaches resources only.
    const vpcIds = aws.ec2.getVpcsOutput({ region }, { parent }).ids.apply((ids) => {
        const sorted = [...(ids ?? [])].sort();
        sorted.forEach(flowLogOn);
        return sorted;
    });
    return { vpcIds, logGroup, deliveryRole };
}
