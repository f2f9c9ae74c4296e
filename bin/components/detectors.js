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
exports.createConfigDelivery = createConfigDelivery;
exports.createDetectors = createDetectors;
exports.standardsArnFor = standardsArnFor;
/**
 * The detective services a stack creates (guardDuty, securityHub, awsConfig: create): in each
 * listed Region a GuardDuty detector with its protection plans, Security Hub with its standards
 * and an AWS Config recorder with its delivery channel; once per account, the Config
 * service-linked role and the bucket every Region's recorder delivers to. `existing` and `off`
 * create nothing here: the finding rules (components/alerts.ts) route what `existing` finds.
 *
 * Findings are evidence: deleting a detector deletes its findings, and disabling Security Hub
 * deletes its findings after 90 days, so both stay when the stack lets go of them
 * (retainOnDelete), like the log archive.
 */
const aws = __importStar(require("@pulumi/aws"));
const pulumi = __importStar(require("@pulumi/pulumi"));
const policyDocuments_1 = require("../lib/policyDocuments");
const names_1 = require("../settings/names");
const logArchive_1 = require("./logArchive");
/** Kept when the stack lets go: a deleted detector takes its findings with it. */
const FINDINGS_KEPT = { retainOnDelete: true };
/**
 * The account's AWS Config delivery: a bucket of its own rather than the log archive, because
 * AWS Config cannot deliver to a bucket with Object Lock (CloudFormation
 * AWS::Config::DeliveryChannel, S3BucketName), which the archive may have, and because the
 * archive's bucket policy is kept for CloudTrail and its members (near S3's 20 KB limit with
 * memberAccounts). The bucket is hardened and kept like the archive, SSE-S3 encrypted (a KMS key
 * would need a Config grant in the archive key's policy, also near its limit).
 */
function createConfigDelivery(args, parent) {
    const { name, settings, account, tags } = args;
    const child = { parent };
    // Kept on destroy: Security Hub, Config aggregators and other tools may use the same role.
    const role = new aws.iam.ServiceLinkedRole(`${name}-config-role`, { awsServiceName: "config.amazonaws.com", tags }, { ...child, retainOnDelete: true });
    const bucket = new aws.s3.Bucket(`${name}-config-history`, { bucketPrefix: (0, names_1.configBucketPrefixFor)(settings.trailName), forceDestroy: false, tags }, { ...child, ...logArchive_1.EVIDENCE });
    const hardening = (0, logArchive_1.hardenBucket)(`${name}-config-history`, bucket, settings, child, { encryption: { sseAlgorithm: "AES256" } });
    const policy = new aws.s3.BucketPolicy(`${name}-config-history-policy`, { bucket: bucket.id, policy: (0, policyDocuments_1.configBucketPolicy)({ account, bucketArn: bucket.arn }) }, { ...child, dependsOn: [hardening.publicAccessBlock] });
    return { bucketName: bucket.bucket, roleArn: role.arn, ready: [policy, hardening.encryption, role] };
}
function createDetectors(args, parent) {
    const { name, region, home, settings, account, tags } = args;
    const { guardDuty, securityHub, awsConfig } = settings.detectors;
    const child = { parent };
    let guardDutyDetectorId;
    let recorderStatus;
    let configRecorderName;
    let securityHubAccount;
    if (guardDuty.mode === "create") {
        const detector = new aws.guardduty.Detector(`${name}-guardduty`, {
            enable: true,
            // Updates to an ongoing finding reach EventBridge at this interval (new findings within
            // 5 minutes whatever it is); each update alerts again, so the default, not every 15 min.
            findingPublishingFrequency: "SIX_HOURS",
            tags,
        }, { ...child, ...FINDINGS_KEPT });
        guardDutyDetectorId = detector.id;
        for (const protection of guardDuty.protections) {
            new aws.guardduty.DetectorFeature(`${name}-guardduty-${protection.toLowerCase().replace(/_/g, "-")}`, {
                detectorId: detector.id,
                name: protection,
                status: "ENABLED",
                // Runtime Monitoring watches through an agent: GuardDuty manages it on EKS, ECS Fargate and EC2.
                ...(protection === "RUNTIME_MONITORING"
                    ? {
                        additionalConfigurations: ["EKS_ADDON_MANAGEMENT", "ECS_FARGATE_AGENT_MANAGEMENT", "EC2_AGENT_MANAGEMENT"].map((n) => ({
                            name: n,
                            status: "ENABLED",
                        })),
                    }
                    : {}),
            }, child);
        }
    }
    if (awsConfig.mode === "create") {
        const delivery = args.configDelivery;
        if (delivery === undefined)
            throw new Error(`awsConfig create: the ${region} part needs the account's Config delivery`);
        const recorderName = (0, names_1.configRecorderNameFor)(settings.trailName);
        const recorder = new aws.cfg.Recorder(`${name}-config-recorder`, {
            name: recorderName,
            roleArn: delivery.roleArn,
            // Every supported type (CIS 3.3); global types (IAM) in one Region, so they are
            // recorded, and billed, once.
            recordingGroup: { allSupported: true, includeGlobalResourceTypes: home },
            recordingMode: { recordingFrequency: "CONTINUOUS" },
        }, child);
        const channel = new aws.cfg.DeliveryChannel(`${name}-config-delivery`, {
            name: recorderName,
            s3BucketName: delivery.bucketName,
            snapshotDeliveryProperties: { deliveryFrequency: "TwentyFour_Hours" },
        }, 
        // "delivery channel creation requires Configuration Recorder" (provider docs).
        { ...child, dependsOn: [recorder, ...delivery.ready] });
        recorderStatus = new aws.cfg.RecorderStatus(`${name}-config-recorder-status`, { name: recorder.name, isEnabled: true }, 
        // Starting the recorder requires a delivery channel.
        { ...child, dependsOn: [channel] });
        configRecorderName = recorder.name;
    }
    if (securityHub.mode === "create") {
        const hub = (securityHubAccount = new aws.securityhub.Account(`${name}-securityhub`, {
            // The standards below, not AWS's defaults (which would add CIS 1.2.0 and bill its checks twice).
            enableDefaultStandards: false,
            // One finding per control across standards, with its control id (Compliance.SecurityControlId).
            controlFindingGenerator: "SECURITY_CONTROL",
            autoEnableControls: true,
        }, { ...child, ...FINDINGS_KEPT, dependsOn: recorderStatus ? [recorderStatus] : [] }));
        for (const standard of securityHub.standards) {
            new aws.securityhub.StandardsSubscription(`${name}-securityhub-${standard.split("/")[0]}-${standard.split("/").pop()}`, { standardsArn: standardsArnFor(account.partition, region, standard) }, { ...child, dependsOn: [hub] });
        }
    }
    return { guardDutyDetectorId, securityHubEnabled: securityHub.mode === "create", securityHubAccount, configRecorderName };
}
/** A standard's ARN in a Region: `arn:<partition>:securityhub:<region>::standards/<standard>` (Security Hub API, DescribeStandards). */
function standardsArnFor(partition, region, standard) {
    return pulumi.interpolate `arn:${partition}:securityhub:${region}::standards/${standard}`;
}
