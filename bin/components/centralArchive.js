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
exports.createCentralArchiveDelivery = createCentralArchiveDelivery;
/**
 * A member stack's evidence chain when `centralLogArchive` is set: the trail writes to the central
 * archive's bucket with the central key, and no bucket or trail key is created here. The log
 * group and its alarms stay local; a small local key encrypts that log group and the alert topic,
 * because CloudWatch Logs and SNS need a key whose policy this account controls (the central
 * key's policy belongs to the archive account).
 */
const aws = __importStar(require("@pulumi/aws"));
const trail_1 = require("./trail");
const policyDocuments_1 = require("../lib/policyDocuments");
const names_1 = require("../settings/names");
function createCentralArchiveDelivery(args, parent) {
    const { name, region, settings, central, account, tags } = args;
    const logGroupName = (0, names_1.logGroupNameFor)(settings.trailName);
    const localKey = new aws.kms.Key(`${name}-local-key`, {
        description: `Encrypts ${logGroupName} and the alert topic; the trail's log files use the central archive's key`,
        enableKeyRotation: true,
        deletionWindowInDays: 30,
        policy: (0, policyDocuments_1.logGroupKeyPolicy)({ account, region, logGroupArns: [(0, trail_1.logGroupArnFor)(account, region, logGroupName)], topicPublishers: true }),
        tags,
    }, { parent, protect: true, retainOnDelete: true });
    new aws.kms.Alias(`${name}-local-key-alias`, { name: `alias/${settings.trailName}-local`, targetKeyId: localKey.keyId }, { parent });
    const delivery = (0, trail_1.createTrail)({
        name,
        region,
        settings,
        account,
        key: localKey,
        // S3 ARNs carry no region or account: the name is the whole identity.
        logBucket: { bucket: central.bucketName, arn: `arn:${account.partition}:s3:::${central.bucketName}` },
        trailKeyArn: central.kmsKeyArn,
        prerequisites: [localKey],
        tags,
    }, parent);
    return { ...delivery, localKey };
}
