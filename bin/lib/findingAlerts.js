"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FINDING_RULE_IDS = exports.FINDING_FIELDS = exports.CONFIG_FIELDS = exports.SECURITY_HUB_FIELDS = exports.GUARD_DUTY_FIELDS = void 0;
exports.consoleHostOf = consoleHostOf;
exports.findingRules = findingRules;
const alertTemplates_1 = require("./alertTemplates");
const awsLimits_1 = require("./awsLimits");
/** The AWS console's host in a partition (its links carry the Region as `?region=`). */
function consoleHostOf(partition) {
    if (partition === "aws-us-gov")
        return "console.amazonaws-us-gov.com";
    if (partition === "aws-cn")
        return "console.amazonaws.cn";
    return "console.aws.amazon.com";
}
const ACCOUNT = { pattern: /^\d{12}$/, source: "a 12-digit account id" };
const REGION = { pattern: /^[a-z]{2}(-[a-z]+)+-\d$/, source: "an AWS Region code" };
/** ISO 8601 as the services write it; a few samples carry a space instead of the T. */
const TIME = { pattern: /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?Z?$/, source: "a timestamp" };
exports.GUARD_DUTY_FIELDS = {
    id: { path: "$.detail.id", chatSafe: { pattern: /^[0-9a-f]+$/, source: "GuardDuty finding id: lowercase hex" } },
    type: {
        path: "$.detail.type",
        chatSafe: {
            pattern: /^[A-Za-z0-9:/._!-]+$/,
            source: "GuardDuty finding type: ThreatPurpose:ResourceTypeAffected/ThreatFamilyName.DetectionMechanism!Artifact",
        },
    },
    title: { path: "$.detail.title" },
    severity: { path: "$.detail.severity", chatSafe: { pattern: /^\d+(\.\d+)?$/, source: "GuardDuty severity: a number from 1.0 to 10.0" } },
    resourceType: {
        path: "$.detail.resource.resourceType",
        chatSafe: { pattern: /^[A-Za-z0-9]+$/, source: "GuardDuty resource.resourceType (AccessKey, Instance, S3Bucket, ...)" },
    },
    account: { path: "$.detail.accountId", chatSafe: ACCOUNT },
    region: { path: "$.detail.region", chatSafe: REGION },
    updatedAt: { path: "$.detail.updatedAt", chatSafe: TIME },
    count: { path: "$.detail.service.count", chatSafe: { pattern: /^\d+$/, source: "GuardDuty service.count: occurrences" } },
};
const FINDING = "$.detail.findings[0]";
exports.SECURITY_HUB_FIELDS = {
    title: { path: `${FINDING}.Title` },
    controlId: {
        path: `${FINDING}.Compliance.SecurityControlId`,
        chatSafe: { pattern: /^[A-Za-z0-9]+\.\d+$/, source: "Security Hub control id: Service.Number (S3.1, CloudTrail.2)" },
    },
    severity: {
        path: `${FINDING}.Severity.Label`,
        chatSafe: { pattern: /^(INFORMATIONAL|LOW|MEDIUM|HIGH|CRITICAL)$/, source: "ASFF Severity.Label" },
    },
    resourceType: {
        path: `${FINDING}.Resources[0].Type`,
        chatSafe: { pattern: /^[A-Za-z0-9]+$/, source: "ASFF Resources[].Type (AwsS3Bucket, AwsAccount, Other, ...)" },
    },
    resourceId: { path: `${FINDING}.Resources[0].Id` },
    account: { path: `${FINDING}.AwsAccountId`, chatSafe: ACCOUNT },
    region: { path: `${FINDING}.Region`, chatSafe: REGION },
    eventRegion: { path: "$.region", chatSafe: REGION },
    updatedAt: { path: `${FINDING}.UpdatedAt`, chatSafe: TIME },
    remediation: { path: `${FINDING}.Remediation.Recommendation.Url` },
};
exports.CONFIG_FIELDS = {
    ruleName: { path: "$.detail.configRuleName" },
    resourceType: {
        path: "$.detail.resourceType",
        chatSafe: { pattern: /^[A-Za-z0-9:]+$/, source: "AWS Config ResourceType (AWS::S3::Bucket, ...)" },
    },
    resourceId: { path: "$.detail.resourceId" },
    account: { path: "$.detail.awsAccountId", chatSafe: ACCOUNT },
    region: { path: "$.detail.awsRegion", chatSafe: REGION },
    compliance: {
        path: "$.detail.newEvaluationResult.complianceType",
        chatSafe: { pattern: /^(COMPLIANT|NON_COMPLIANT|NOT_APPLICABLE|INSUFFICIENT_DATA)$/, source: "AWS Config ComplianceType" },
    },
    time: { path: "$.detail.newEvaluationResult.resultRecordedTime", chatSafe: TIME },
    annotation: { path: "$.detail.newEvaluationResult.annotation" },
};
/** Every field set, by rule: tests hold sample values to the chat-safe domains. */
exports.FINDING_FIELDS = {
    "guardduty-findings": exports.GUARD_DUTY_FIELDS,
    "securityhub-findings": exports.SECURITY_HUB_FIELDS,
    "config-noncompliant": exports.CONFIG_FIELDS,
};
const pathsOf = (fields, chatOnly) => Object.fromEntries(Object.entries(fields).flatMap(([name, f]) => (!chatOnly || f.chatSafe ? [[name, f.path]] : [])));
function emailTransformer(text) {
    const inputTemplate = [
        `[Security baseline] ${text.heading}`,
        ...text.emailLines,
        `Why it matters: ${(0, alertTemplates_1.literalText)(text.why)}`,
        ...text.nextSteps.map((step) => `Next: ${step}`),
        `Rule id: ${text.id}`,
    ]
        .map((line) => JSON.stringify(line))
        .join("\n");
    return withinTemplateMax({ inputPaths: pathsOf(text.fields, false), inputTemplate });
}
function chatTransformer(text) {
    const notification = {
        version: "1.0",
        source: "custom",
        ...(text.chatId ? { id: `<${text.chatId}>` } : {}),
        content: {
            textType: "client-markdown",
            title: `:rotating_light: ${text.chatTitle}`,
            description: [...text.chatLines, `*Why it matters:* ${(0, alertTemplates_1.literalText)(text.why)}`].join("\n"),
            nextSteps: [...text.nextSteps],
            keywords: [text.id, "<account>"],
        },
        metadata: {
            summary: text.chatTitle.replace(/<[A-Za-z]+>/g, "").trim(),
            eventType: text.id,
            additionalContext: { ruleId: text.id, account: "<account>" },
        },
    };
    return withinTemplateMax({ inputPaths: pathsOf(text.fields, true), inputTemplate: JSON.stringify(notification) });
}
/** The templates are the baseline's own fixed text: one over the limit is a bug, not a setting. */
function withinTemplateMax(transformer) {
    if ((0, awsLimits_1.utf8Bytes)(transformer.inputTemplate) > awsLimits_1.EVENTBRIDGE_INPUT_TEMPLATE_MAX.value)
        throw new Error(`finding template over ${awsLimits_1.EVENTBRIDGE_INPUT_TEMPLATE_MAX.value} bytes`);
    return transformer;
}
function guardDutyRule(routes) {
    const host = consoleHostOf(routes.partition);
    const link = `https://${host}/guardduty/home?region=<region>#/findings?macros=current&fId=<id>`;
    const text = {
        id: "guardduty-findings",
        heading: "GuardDuty finding: <title>",
        emailLines: [
            "Type:     <type> (severity <severity>, seen <count> times)",
            "Resource: <resourceType>",
            "Where:    account <account>, region <region>",
            "When:     <updatedAt>",
            `Console:  ${link}`,
        ],
        chatTitle: "GuardDuty finding, severity <severity>",
        chatLines: [
            "*Type:* `<type>`",
            "*Resource:* <resourceType>",
            "*Where:* account <account>, <region>",
            "*When:* <updatedAt> (seen <count> times)",
        ],
        nextSteps: [`Open the finding: ${link}`, "Archive it in GuardDuty once handled; a new occurrence alerts again."],
        why: `GuardDuty rates this finding ${routes.guardDutyAlertSeverity} or higher: likely malicious activity or a compromised resource.`,
        fields: exports.GUARD_DUTY_FIELDS,
        chatId: "id",
    };
    return {
        id: text.id,
        service: "GuardDuty",
        description: `Alerts on GuardDuty findings of severity ${routes.guardDutyAlertSeverity} or higher`,
        eventPattern: {
            source: ["aws.guardduty"],
            "detail-type": ["GuardDuty Finding"],
            // Severity is a number such as 8.3: a numeric range, not a list of values.
            detail: { severity: [{ numeric: [">=", routes.guardDutyAlertSeverity] }] },
        },
        email: emailTransformer(text),
        chat: chatTransformer(text),
    };
}
function securityHubRule(routes) {
    const host = consoleHostOf(routes.partition);
    const link = `https://${host}/securityhub/home?region=<eventRegion>#/controls/<controlId>`;
    const text = {
        id: "securityhub-findings",
        heading: "Security Hub control failed: <title>",
        emailLines: [
            "Control:  <controlId> (severity <severity>)",
            "Resource: <resourceType> <resourceId>",
            "Where:    account <account>, region <region>",
            "When:     <updatedAt>",
            "Fix:      <remediation>",
            `Console:  ${link}`,
        ],
        chatTitle: "Security Hub control <controlId> failed (<severity>)",
        chatLines: ["*Control:* <controlId>", "*Resource:* <resourceType>", "*Where:* account <account>, <region>", "*When:* <updatedAt>"],
        nextSteps: [
            `Open the control: ${link}`,
            "Fix the resource, or set the finding's workflow status to NOTIFIED or SUPPRESSED: a NEW finding alerts again at each update.",
        ],
        why: "A HIGH or CRITICAL Security Hub control fails on a resource of this account.",
        fields: exports.SECURITY_HUB_FIELDS,
    };
    return {
        id: text.id,
        service: "Security Hub",
        description: "Alerts on new, failed HIGH and CRITICAL Security Hub control findings",
        eventPattern: {
            source: ["aws.securityhub"],
            "detail-type": ["Security Hub Findings - Imported"],
            detail: {
                // One finding per event ("Each event sends a single finding"): these all hold for it.
                findings: {
                    // Security Hub's own controls only: GuardDuty's and Config's copies alert through their own rules.
                    ProductFields: { "aws/securityhub/ProductName": ["Security Hub"] },
                    Compliance: { Status: ["FAILED"] },
                    Severity: { Label: ["HIGH", "CRITICAL"] },
                    Workflow: { Status: ["NEW"] },
                    RecordState: ["ACTIVE"],
                },
            },
        },
        email: emailTransformer(text),
        chat: chatTransformer(text),
    };
}
function configRule(routes) {
    const host = consoleHostOf(routes.partition);
    const text = {
        id: "config-noncompliant",
        heading: "AWS Config rule <ruleName>: <resourceType> is NON_COMPLIANT",
        emailLines: [
            "Rule:     <ruleName>",
            "Resource: <resourceType> <resourceId>",
            "Where:    account <account>, region <region>",
            "When:     <time>",
            "Note:     <annotation>",
            `Console:  https://${host}/config/home?region=<region>#/rules/details?configRuleName=<ruleName>`,
        ],
        chatTitle: "AWS Config: a <resourceType> became NON_COMPLIANT",
        chatLines: ["*Resource type:* <resourceType>", "*Where:* account <account>, <region>", "*When:* <time>"],
        nextSteps: [`Open the Region's rules: https://${host}/config/home?region=<region>#/rules (the email names the rule and the resource)`],
        why: "A resource stopped complying with one of this account's AWS Config rules.",
        fields: exports.CONFIG_FIELDS,
    };
    return {
        id: text.id,
        service: "AWS Config",
        description: "Alerts when a resource becomes NON_COMPLIANT with an AWS Config rule",
        eventPattern: {
            source: ["aws.config"],
            "detail-type": ["Config Rules Compliance Change"],
            detail: {
                messageType: ["ComplianceChangeNotification"],
                newEvaluationResult: { complianceType: ["NON_COMPLIANT"] },
                // Security Hub's controls run as these service-linked rules and alert through its rule.
                configRuleName: [{ "anything-but": { prefix: "securityhub-" } }],
            },
        },
        email: emailTransformer(text),
        chat: chatTransformer(text),
    };
}
/** The finding rules a Region gets. */
function findingRules(routes) {
    return [
        ...(routes.guardDuty ? [guardDutyRule(routes)] : []),
        ...(routes.securityHub ? [securityHubRule(routes)] : []),
        ...(routes.awsConfig ? [configRule(routes)] : []),
    ];
}
/** Every finding rule id, for names and limits. */
exports.FINDING_RULE_IDS = ["guardduty-findings", "securityhub-findings", "config-noncompliant"];
