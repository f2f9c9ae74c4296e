"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.alarmTopicEncryption = void 0;
const frameworks_1 = require("../lib/frameworks");
const model_1 = require("../lib/model");
const stackIndex_1 = require("../lib/stackIndex");
const trailScope_1 = require("../lib/trailScope");
exports.alarmTopicEncryption = {
    name: "cloudtrail-alarm-topic-encryption",
    description: "SNS topics that receive the alarms of a trail's metric filters, or of CIS metric filters whatever their namespace, must be encrypted with KMS: alert messages name the principal, source IP and resources of each security event (Security Hub SNS.1).",
    enforcementLevel: "mandatory",
    severity: "medium",
    framework: (0, frameworks_1.securityHub)("SNS.1", "SNS topics should be encrypted at-rest using AWS KMS"),
    remediationSteps: "Set `kmsMasterKeyId` on the topic to a customer managed key whose policy lets cloudwatch.amazonaws.com call kms:GenerateDataKey* and kms:Decrypt (the AWS managed alias/aws/sns key cannot be used by CloudWatch alarms).",
    url: "https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html",
    validateStack: (args, reportViolation) => {
        const index = (0, stackIndex_1.indexStack)(args.resources);
        const topics = new Map();
        for (const alarm of (0, trailScope_1.trailAlarms)(index))
            for (const topic of index.topicsOf(alarm))
                topics.set(topic.urn, topic);
        for (const topic of topics.values()) {
            if ((0, model_1.topicKmsKey)(topic.props) !== undefined)
                continue;
            reportViolation(`SNS topic '${topic.name}' receives the alarms of CIS metric filters or of a trail's log group but is not encrypted (no kmsMasterKeyId). Set kmsMasterKeyId to a customer managed KMS key that CloudWatch may use.`, topic.urn);
        }
    },
};
