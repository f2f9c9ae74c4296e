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
exports.trailAccountIdFor = trailAccountIdFor;
exports.trailArnFor = trailArnFor;
exports.logGroupArnFor = logGroupArnFor;
exports.createTrail = createTrail;
/**
 * The account's multi-region trail, the log group it feeds, and the role CloudTrail assumes
 * to write there. The trail has an explicit name, so its ARN is known before it exists and
 * the key, bucket and role policies can name it without a dependency cycle.
 */
const aws = __importStar(require("@pulumi/aws"));
const pulumi = __importStar(require("@pulumi/pulumi"));
const policyDocuments_1 = require("../lib/policyDocuments");
const names_1 = require("../settings/names");
/**
 * The account id a trail's ARN carries. An organization trail belongs to the organization's
 * management account even when a delegated administrator account creates it: CloudTrail user
 * guide, "Organization delegated administrator" ("The management account remains the owner of
 * any CloudTrail organization resources the delegated administrator creates"), and "Amazon S3
 * bucket policy for CloudTrail" ("the value of aws:SourceArn must be a trail ARN that is owned by
 * the management account, and uses the management account ID"). `managementAccountId` is set
 * when a delegated administrator deploys; otherwise the deploying account owns the trail.
 * Every aws:SourceArn, encryption context, bucket prefix and log stream name uses this id; the
 * key, bucket, log group and role themselves stay in the deploying account.
 */
function trailAccountIdFor(settings, account) {
    return settings.managementAccountId ?? account.accountId;
}
/** ARN of the trail a settings object will create, known before it exists. */
function trailArnFor(settings, account, region) {
    return pulumi.interpolate `arn:${account.partition}:cloudtrail:${region}:${trailAccountIdFor(settings, account)}:trail/${settings.trailName}`;
}
function logGroupArnFor(account, region, logGroupName) {
    return pulumi.interpolate `arn:${account.partition}:logs:${region}:${account.accountId}:log-group:${logGroupName}`;
}
function createTrail(args, parent) {
    const { name, region, settings, account, tags } = args;
    const child = { parent };
    const logGroupName = (0, names_1.logGroupNameFor)(settings.trailName);
    const organizationId = settings.organizationTrail ? settings.organizationId : undefined;
    const logGroup = new aws.cloudwatch.LogGroup(`${name}-trail-logs`, { name: logGroupName, retentionInDays: settings.logRetentionDays, kmsKeyId: args.key.arn, tags }, 
    // The key policy must let CloudWatch Logs use the key before the group is encrypted with it.
    { ...child, dependsOn: [args.key], retainOnDelete: true });
    const deliveryRole = new aws.iam.Role(`${name}-trail-delivery-role`, {
        description: `CloudTrail ${settings.trailName} writes to ${logGroupName}`,
        assumeRolePolicy: (0, policyDocuments_1.deliveryRoleTrustPolicy)(),
        tags,
    }, child);
    const deliveryRolePolicyResource = new aws.iam.RolePolicy(`${name}-trail-delivery`, {
        role: deliveryRole.id,
        policy: (0, policyDocuments_1.deliveryRolePolicy)({ account, region, logGroupName, trailAccountId: trailAccountIdFor(settings, account), organizationId }),
    }, child);
    const trail = new aws.cloudtrail.Trail(`${name}-trail`, {
        name: settings.trailName,
        s3BucketName: args.logBucket.bucket,
        isMultiRegionTrail: true,
        includeGlobalServiceEvents: true,
        enableLogFileValidation: true,
        enableLogging: true,
        kmsKeyId: args.trailKeyArn ?? args.key.arn,
        // CloudTrail wants the log group ARN with its stream wildcard.
        cloudWatchLogsGroupArn: pulumi.interpolate `${logGroup.arn}:*`,
        cloudWatchLogsRoleArn: deliveryRole.arn,
        isOrganizationTrail: settings.organizationTrail,
        advancedEventSelectors: eventSelectors(settings, args.logBucket),
        tags,
    }, { ...child, dependsOn: [...args.prerequisites, logGroup, deliveryRolePolicyResource] });
    return { trail, logGroup, deliveryRole };
}
/**
 * All management events, read and write; S3 object-level data events when config asks
 * (CIS 3.10 write, 3.11 read), never on the trail's own bucket, whose every log delivery
 * would otherwise log itself.
 */
function eventSelectors(settings, logBucket) {
    const selectors = [
        { name: "All management events", fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }] },
    ];
    if (settings.s3DataEvents !== "none") {
        const fieldSelectors = [
            { field: "eventCategory", equals: ["Data"] },
            { field: "resources.type", equals: ["AWS::S3::Object"] },
            { field: "resources.ARN", notStartsWiths: [pulumi.interpolate `${logBucket.arn}/`] },
        ];
        if (settings.s3DataEvents === "write")
            fieldSelectors.push({ field: "readOnly", equals: ["false"] });
        if (settings.s3DataEvents === "read")
            fieldSelectors.push({ field: "readOnly", equals: ["true"] });
        selectors.push({ name: `S3 object-level ${settings.s3DataEvents} events`, fieldSelectors });
    }
    return selectors;
}
