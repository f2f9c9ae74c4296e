import { StackValidationPolicy } from "@pulumi/policy";
import { securityHub } from "../lib/frameworks";
import { StackResource, topicKmsKey } from "../lib/model";
import { indexStack } from "../lib/stackIndex";
import { trailAlarms } from "../lib/trailScope";

export const alarmTopicEncryption: StackValidationPolicy = {
  name: "cloudtrail-alarm-topic-encryption",
  description:
    "SNS topics that receive the alarms of a trail's metric filters, or of CIS metric filters whatever their namespace, must be encrypted with KMS: alert messages name the principal, source IP and resources of each security event (Security Hub SNS.1).",
  enforcementLevel: "mandatory",
  severity: "medium",
  framework: securityHub("SNS.1", "SNS topics should be encrypted at-rest using AWS KMS"),
  remediationSteps:
    "Set `kmsMasterKeyId` on the topic to a customer managed key whose policy lets cloudwatch.amazonaws.com call kms:GenerateDataKey* and kms:Decrypt (the AWS managed alias/aws/sns key cannot be used by CloudWatch alarms).",
  url: "https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html",
  validateStack: (args, reportViolation) => {
    const index = indexStack(args.resources);
    const topics = new Map<string, StackResource>();
    for (const alarm of trailAlarms(index)) for (const topic of index.topicsOf(alarm)) topics.set(topic.urn, topic);
    for (const topic of topics.values()) {
      if (topicKmsKey(topic.props) !== undefined) continue;
      reportViolation(
        `SNS topic '${topic.name}' receives the alarms of CIS metric filters or of a trail's log group but is not encrypted (no kmsMasterKeyId). Set kmsMasterKeyId to a customer managed KMS key that CloudWatch may use.`,
        topic.urn,
      );
    }
  },
};
