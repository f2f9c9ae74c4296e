"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AWS_PROPERTY_RULES = exports.REGION_FORCE_NEW = exports.REGION_RULE = exports.TAGS_RULE = exports.PROVIDER_RULES = exports.NO_VALIDATOR = exports.isSet = exports.PROVIDER_VERSIONS = void 0;
exports.replacingPaths = replacingPaths;
exports.apiProblems = apiProblems;
exports.ruleFor = ruleFor;
exports.valueProblems = valueProblems;
/**
 * The AWS provider's plan-time validators for every (resource type, input path) the baseline
 * plans, transcribed from terraform-provider-aws, with AWS's API constraints beside them. A
 * value these rules reject stops `pulumi preview` before anything is created, so
 * tests/config/planLimits.test.ts holds every planned value of a matrix of stacks to them, and
 * fails on a planned (type, path) that has no entry here: a new resource starts with its rules.
 *
 * Where the rules come from:
 * - `@pulumi/aws` 7.48.0 bridges terraform-provider-aws (its `upstream` submodule). The bundled
 *   release is 6.46.0 or later: pulumi/pulumi-aws#6392 "Upgrade terraform-provider-aws to
 *   v6.46.0" merged on 2026-05-22, before 7.48.0; no stored source names the exact commit.
 * - Each resource cites the file and the commit of hashicorp/terraform-provider-aws that was read
 *   (https://github.com/hashicorp/terraform-provider-aws/blob/<commit>/<file>#L<line>), and the
 *   release that commit belongs to where its CHANGELOG says. The public index holds one or a
 *   few versions of each file, mostly older than 6.46.0 (`release` says how much older); a
 *   validator that changed since would show as a difference between this file and what
 *   `pulumi preview` reports. `commit: null` marks a file the index served without its commit.
 * - `api`: the request member the property becomes, with its constraints from botocore 1.43.11's
 *   service model (`data/<service>/<version>/service-2.json`). Its string lengths count
 *   characters (Unicode code points); the provider's count UTF-8 bytes (Go's `len`).
 * - `aws`: what AWS documents beyond the model (quotas, document sizes), each with its page.
 *
 * `provider: NO_VALIDATOR` means the provider checks nothing at plan time; `line` cites the
 * schema line that shows it. Paths are Pulumi input paths with `[]` for list elements; a map
 * (`tags`, `parameters`, `dimensions`) is one leaf.
 */
const ruleChecks_1 = require("./ruleChecks");
const awsLimits_1 = require("./awsLimits");
/** The provider this file transcribes. */
exports.PROVIDER_VERSIONS = {
    pulumiAws: "7.48.0",
    terraformProviderAws: ">= 6.46.0",
    evidence: "https://github.com/pulumi/pulumi-aws/pull/6392 (Upgrade terraform-provider-aws to v6.46.0, merged 2026-05-22, before @pulumi/aws 7.48.0)",
    repository: "https://github.com/hashicorp/terraform-provider-aws",
    apiModels: "botocore 1.43.11",
};
const record = (value) => typeof value === "object" && value !== null && !Array.isArray(value) ? value : undefined;
/** Set as `d.GetOk` sees it: present and not the type's zero value. */
const isSet = (value) => value !== undefined && value !== null && value !== "" && value !== false && value !== 0 && !(Array.isArray(value) && value.length === 0);
exports.isSet = isSet;
/** The provider has no plan-time validator for the property (its `line` shows the schema). */
exports.NO_VALIDATOR = [];
// Validator helpers defined outside the resources' files.
const VERIFY_VALID_ARN = {
    name: "verify.ValidARN",
    file: "internal/verify/validate.go",
    line: 71,
    commit: "02f97af85f89a04e8ed89f5e8b64a9a67f3cfe07",
};
const FIELD_VALUES = {
    name: "field_Values",
    file: "internal/service/cloudtrail/consts.go",
    line: 35,
    commit: "1ae03fc38734299dca16c9bd261433a8920b7fce",
};
const RESOURCETYPE_VALUES = {
    name: "resourceType_Values",
    file: "internal/service/cloudtrail/consts.go",
    line: 16,
    commit: "1ae03fc38734299dca16c9bd261433a8920b7fce",
};
const VALIDDASHBOARDNAME = {
    name: "validDashboardName",
    file: "internal/service/cloudwatch/validate.go",
    line: 12,
    commit: "01f431114674c27cf790fafb67ac274bf8f765e1",
};
const VALIDATEEVENTPATTERNVALUE = {
    name: "validateEventPatternValue",
    file: "internal/service/events/rule.go",
    line: 472,
    commit: "0cdab4ae09a963535e03dde0bff4784afe8e3517",
};
const VALIDATERULENAME = {
    name: "validateRuleName",
    file: "internal/service/events/validate.go",
    line: 16,
    commit: "088e0878080a74fcf1e35d901992372e4c041214",
};
const VALIDBUSNAMEORARN = {
    name: "validBusNameOrARN",
    file: "internal/service/events/validate.go",
    line: 62,
    commit: "088e0878080a74fcf1e35d901992372e4c041214",
};
const VALIDATETARGETID = {
    name: "validateTargetID",
    file: "internal/service/events/validate.go",
    line: 34,
    commit: "088e0878080a74fcf1e35d901992372e4c041214",
};
const VALIDLOGGROUPNAME = {
    name: "validLogGroupName",
    file: "internal/service/logs/validate.go",
    line: 25,
    commit: "1c6c26318f8e02be2709c3d8e85ab63d25fc6c2f",
};
const VALIDLOGGROUPNAMEPREFIX = {
    name: "validLogGroupNamePrefix",
    file: "internal/service/logs/validate.go",
    line: 45,
    commit: "1c6c26318f8e02be2709c3d8e85ab63d25fc6c2f",
};
const VALIDLOGMETRICFILTERTRANSFORMATIONNAME = {
    name: "validLogMetricFilterTransformationName",
    file: "internal/service/logs/validate.go",
    line: 84,
    commit: "1c6c26318f8e02be2709c3d8e85ab63d25fc6c2f",
};
const VALIDLOGMETRICFILTERNAME = {
    name: "validLogMetricFilterName",
    file: "internal/service/logs/validate.go",
    line: 65,
    commit: "1c6c26318f8e02be2709c3d8e85ab63d25fc6c2f",
};
const VERIFY_STRINGUTF8LENBETWEEN = {
    name: "verify.StringUTF8LenBetween",
    file: "internal/verify/utf8_length_between.go",
    line: 15,
    commit: "95443e0d9c40365355dfe84f16dd6be0a7ed0622",
};
const NULLABLE_VALIDATETYPESTRINGNULLABLEFLOAT = {
    name: "nullable.ValidateTypeStringNullableFloat",
    file: "internal/sdkv2/types/nullable/float.go",
    line: 37,
    commit: "418c17cf81846ce3e404a5079cfb23a98972a355",
};
const VALIDEC2AUTOMATEARN = {
    name: "validEC2AutomateARN",
    file: "internal/service/cloudwatch/validate.go",
    line: 30,
    commit: "01f431114674c27cf790fafb67ac274bf8f765e1",
};
const VALIDROLEPOLICYNAME_VALIDRESOURCENAME_ROLEPOLICYNAMEMAXLEN_128 = {
    name: "validRolePolicyName = validResourceName(rolePolicyNameMaxLen=128)",
    file: "internal/service/iam/validate.go",
    line: 19,
    commit: "044fb3171c305dd92f19e116512acb37a28a9f85",
};
const VALIDRESOURCENAME_ROLEPOLICYNAMEPREFIXMAXLEN_102 = {
    name: "validResourceName(rolePolicyNamePrefixMaxLen=102)",
    file: "internal/service/iam/validate.go",
    line: 19,
    commit: "044fb3171c305dd92f19e116512acb37a28a9f85",
};
const VERIFY_VALIDIAMPOLICYJSON_10240 = {
    name: "verify.ValidIAMPolicyJSON(10240)",
    file: "internal/verify/validate.go",
    line: 165,
    commit: "02f97af85f89a04e8ed89f5e8b64a9a67f3cfe07",
};
const VALIDROLEPOLICYROLE = {
    name: "validRolePolicyRole",
    file: "internal/service/iam/validate.go",
    line: 57,
    commit: "044fb3171c305dd92f19e116512acb37a28a9f85",
};
const VERIFY_VALIDIAMPOLICYJSON = {
    name: "verify.ValidIAMPolicyJSON",
    file: "internal/verify/validate.go",
    line: 153,
    commit: null,
};
const VALIDRESOURCENAME_ROLENAMEMAXLEN_64 = {
    name: "validResourceName(roleNameMaxLen=64)",
    file: "internal/service/iam/validate.go",
    line: 19,
    commit: "044fb3171c305dd92f19e116512acb37a28a9f85",
};
const VALIDRESOURCENAME_ROLENAMEPREFIXMAXLEN_38 = {
    name: "validResourceName(roleNamePrefixMaxLen=38)",
    file: "internal/service/iam/validate.go",
    line: 19,
    commit: "044fb3171c305dd92f19e116512acb37a28a9f85",
};
const VALIDNAMEFORRESOURCE = {
    name: "validNameForResource",
    file: "internal/service/kms/validate.go",
    line: 32,
    commit: "360ace0e59081e57a5d07a102ba647b54bf3d2cf",
};
const SDKV2_IAMPOLICYDOCUMENTSCHEMAOPTIONALCOMPUTED = {
    name: "sdkv2.IAMPolicyDocumentSchemaOptionalComputed()",
    file: "internal/sdkv2/schema.go",
    line: 75,
    commit: null,
};
const VALIDFUNCTIONNAME = {
    name: "validFunctionName",
    file: "internal/service/lambda/validate.go",
    line: 246,
    commit: "0210c54777ba95d3fbb2c9970fcf7a599b72c552",
};
const VALIDLOGGROUPNAME_2 = {
    name: "validLogGroupName",
    file: "internal/service/lambda/validate.go",
    line: 350,
    commit: "0210c54777ba95d3fbb2c9970fcf7a599b72c552",
};
const VALIDPERMISSIONACTION = {
    name: "validPermissionAction",
    file: "internal/service/lambda/validate.go",
    line: 53,
    commit: "0210c54777ba95d3fbb2c9970fcf7a599b72c552",
};
const VALIDFUNCTIONNAME_2 = {
    name: "validFunctionName",
    file: "internal/service/lambda/validate.go",
    line: 65,
    commit: "0210c54777ba95d3fbb2c9970fcf7a599b72c552",
};
const VALIDPOLICYSTATEMENTID = {
    name: "validPolicyStatementID",
    file: "internal/service/lambda/validate.go",
    line: 111,
    commit: "0210c54777ba95d3fbb2c9970fcf7a599b72c552",
};
const VALIDPOLICYSTATEMENTID_2 = {
    name: "validPolicyStatementID",
    file: "internal/service/lambda/validate.go",
    line: 119,
    commit: "0210c54777ba95d3fbb2c9970fcf7a599b72c552",
};
const VALIDQUALIFIER = {
    name: "validQualifier",
    file: "internal/service/lambda/validate.go",
    line: 92,
    commit: "0210c54777ba95d3fbb2c9970fcf7a599b72c552",
};
const VALIDPERMISSIONEVENTSOURCETOKEN = {
    name: "validPermissionEventSourceToken",
    file: "internal/service/lambda/validate.go",
    line: 59,
    commit: "0210c54777ba95d3fbb2c9970fcf7a599b72c552",
};
const FWVALIDATORS_AWSACCOUNTID = {
    name: "fwvalidators.AWSAccountID()",
    file: "internal/framework/validators/aws_account_id.go",
    line: 93,
    commit: "03c2a1bd151ad25b150782e8ddddcab36224b9ba",
};
const VERIFY_VALID_ACCOUNT_ID = {
    name: "verify.ValidAccountID",
    file: "internal/verify/validate.go",
    line: 130,
    commit: "02f97af85f89a04e8ed89f5e8b64a9a67f3cfe07",
};
const SDKV2_IAMPOLICYDOCUMENTSCHEMAREQUIRED = {
    name: "sdkv2.IAMPolicyDocumentSchemaRequired()",
    file: "internal/sdkv2/schema.go",
    line: 75,
    commit: "01f431114674c27cf790fafb67ac274bf8f765e1",
};
const SDKV2_IAMPOLICYDOCUMENTSCHEMAREQUIRED_2 = {
    name: "sdkv2.IAMPolicyDocumentSchemaRequired()",
    file: "internal/sdkv2/schema.go",
    line: 78,
    commit: null,
};
const SUBSCRIPTIONPROTOCOL_VALUES = {
    name: "subscriptionProtocol_Values",
    file: "internal/service/sns/consts.go",
    line: 51,
    commit: null,
};
const SUBSCRIPTIONFILTERPOLICYSCOPE_VALUES = {
    name: "subscriptionFilterPolicyScope_Values",
    file: "internal/service/sns/consts.go",
    line: 121,
    commit: null,
};
const SDKV2_JSONDOCUMENTSCHEMAOPTIONAL = {
    name: "sdkv2.JSONDocumentSchemaOptional()",
    file: "internal/sdkv2/schema.go",
    line: 84,
    commit: null,
};
const TOPICTRACINGCONFIG_VALUES = {
    name: "topicTracingConfig_Values",
    file: "internal/service/sns/consts.go",
    line: 133,
    commit: null,
};
exports.PROVIDER_RULES = {
    // aws:athena/namedQuery:NamedQuery
    "aws:athena/namedQuery:NamedQuery": {
        tfResource: "aws_athena_named_query",
        file: "internal/service/athena/named_query.go",
        commit: "088e0878080a74fcf1e35d901992372e4c041214",
        release: "not dated; a 5.x copy by its content (older than the bundled 6.46+); later copies add no validator",
        properties: {
            database: {
                tf: "database",
                line: 35,
                forceNew: 38,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateNamedQuery.Database", shape: "DatabaseString", min: 1, max: 255 },
                note: "ForceNew.",
            },
            description: {
                tf: "description",
                line: 40,
                forceNew: 43,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateNamedQuery.Description", shape: "DescriptionString", min: 1, max: 1024 },
                note: "ForceNew. Only sent when non-empty (d.GetOk).",
            },
            name: {
                tf: "name",
                line: 45,
                forceNew: 48,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateNamedQuery.Name", shape: "NameString", min: 1, max: 128 },
                note: "ForceNew.",
            },
            query: {
                tf: "query",
                line: 50,
                forceNew: 53,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateNamedQuery.QueryString", shape: "QueryString", min: 1, max: 262144 },
                note: "ForceNew.",
            },
            workgroup: {
                tf: "workgroup",
                line: 55,
                forceNew: 58,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateNamedQuery.WorkGroup", shape: "WorkGroupName", pattern: "[a-zA-Z0-9._-]{1,128}" },
                note: 'ForceNew. Default "primary" (line 59).',
            },
        },
    },
    // aws:athena/workgroup:Workgroup
    "aws:athena/workgroup:Workgroup": {
        tfResource: "aws_athena_workgroup",
        file: "internal/service/athena/workgroup.go",
        commit: null,
        release: "not dated; a 6.x copy from before 6.34.0 by its content; its validators match every older copy read",
        commitNote: "The public code index served this copy (file id 10869976186) without naming its commit; the line numbers are this copy's.",
        planChecks: [
            {
                line: 44,
                accepts: "no result output location when managed query results are enabled",
                problem: (inputs) => {
                    const configuration = record(inputs.configuration);
                    const managed = record(configuration?.managedQueryResultsConfiguration);
                    const output = record(configuration?.resultConfiguration)?.outputLocation;
                    return managed?.enabled === true && typeof output === "string" && output !== ""
                        ? "configuration.result_configuration.output_location cannot be specified when configuration.managed_query_results_configuration.enabled is true"
                        : undefined;
                },
            },
        ],
        customizeDiff: [
            {
                line: 44,
                what: "CustomizeDiff: managedQueryResultsValidation (function defined at the end of the file, not line-cited; the second read page had a garbled stretch). If configuration[0].managed_query_results_configuration[0].enabled is true AND configuration[0].result_configuration[0].output_location is a non-empty string, plan fails: 'configuration.result_configuration.output_location cannot be specified when configuration.managed_query_results_configuration.enabled is true'. Otherwise no error.",
            },
        ],
        properties: {
            "configuration.bytesScannedCutoffPerQuery": {
                tf: "configuration.bytes_scanned_cutoff_per_query",
                line: 58,
                provider: [(0, ruleChecks_1.anyOf)([(0, ruleChecks_1.intAtLeast)(10485760, 62), (0, ruleChecks_1.intOneOf)([0], 63)], 61)],
                api: { member: "CreateWorkGroup.Configuration.BytesScannedCutoffPerQuery", shape: "BytesScannedCutoffValue", min: 10000000 },
                note: "Confirmed exact form: validation.Any(IntAtLeast(10485760), IntInSlice([]int{0})). 0 means 'not set': the expander only sends it when > 0 (on update, 0 sends RemoveBytesScannedCutoffPerQuery=true). API min is 10000000 (< 10485760, so the provider check is the stricter one). configuration block MaxItems 1 (line 54).",
            },
            "configuration.enforceWorkgroupConfiguration": {
                tf: "configuration.enforce_workgroup_configuration",
                line: 85,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateWorkGroup.Configuration.EnforceWorkGroupConfiguration", shape: "BoxedBoolean" },
                note: "Default true (line 88).",
            },
            "configuration.publishCloudwatchMetricsEnabled": {
                tf: "configuration.publish_cloudwatch_metrics_enabled",
                line: 158,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateWorkGroup.Configuration.PublishCloudWatchMetricsEnabled", shape: "BoxedBoolean" },
                note: "Default true (line 161).",
            },
            "configuration.resultConfiguration.encryptionConfiguration.encryptionOption": {
                tf: "configuration.result_configuration.encryption_configuration.encryption_option",
                line: 189,
                provider: [(0, ruleChecks_1.oneOf)(["SSE_S3", "SSE_KMS", "CSE_KMS"], 192)],
                api: {
                    member: "CreateWorkGroup.Configuration.ResultConfiguration.EncryptionConfiguration.EncryptionOption",
                    shape: "EncryptionOption",
                    enum: ["SSE_S3", "SSE_KMS", "CSE_KMS"],
                },
                note: "Optional in the TF schema but required by the API inside EncryptionConfiguration; the expander sends it only when non-empty. result_configuration MaxItems 1 (line 166), encryption_configuration MaxItems 1 (line 186).",
            },
            "configuration.resultConfiguration.encryptionConfiguration.kmsKeyArn": {
                tf: "configuration.result_configuration.encryption_configuration.kms_key_arn",
                line: 194,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 197)],
                api: { member: "CreateWorkGroup.Configuration.ResultConfiguration.EncryptionConfiguration.KmsKey", shape: "String" },
                note: "Sent as KmsKey only when non-empty. API shape is a plain string (no constraints).",
            },
            "configuration.resultConfiguration.expectedBucketOwner": {
                tf: "configuration.result_configuration.expected_bucket_owner",
                line: 202,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "CreateWorkGroup.Configuration.ResultConfiguration.ExpectedBucketOwner",
                    shape: "AwsAccountId",
                    min: 12,
                    max: 12,
                    pattern: "^[0-9]+$",
                },
                note: "Sent only when non-empty.",
            },
            "configuration.resultConfiguration.outputLocation": {
                tf: "configuration.result_configuration.output_location",
                line: 206,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateWorkGroup.Configuration.ResultConfiguration.OutputLocation", shape: "ResultOutputLocation" },
                note: "No provider validator (not even an s3:// check). Subject to the CustomizeDiff above (must be empty when managed_query_results_configuration.enabled = true).",
            },
            description: {
                tf: "description",
                line: 221,
                provider: [(0, ruleChecks_1.bytesBetween)(0, 1024, 224)],
                api: { member: "CreateWorkGroup.Description", shape: "WorkGroupDescriptionString", min: 0, max: 1024 },
            },
            forceDestroy: {
                tf: "force_destroy",
                line: 226,
                provider: exports.NO_VALIDATOR,
                api: { member: "DeleteWorkGroup.RecursiveDeleteOption", shape: "BoxedBoolean" },
                note: "Default false (line 229). Not sent on create; used only on delete.",
            },
            name: {
                tf: "name",
                line: 231,
                forceNew: 234,
                provider: [
                    (0, ruleChecks_1.bytesBetween)(1, 128, 236),
                    (0, ruleChecks_1.matches)(/^[0-9A-Za-z_.-]+$/, "must contain only alphanumeric characters, periods, underscores, and hyphens", 237),
                ],
                api: { member: "CreateWorkGroup.Name", shape: "WorkGroupName", pattern: "[a-zA-Z0-9._-]{1,128}" },
                note: "ForceNew (line 234). Older versions (c665a0d5) wrote the same class as `^[a-zA-Z0-9._-]+$`.",
            },
            state: {
                tf: "state",
                line: 240,
                provider: [(0, ruleChecks_1.oneOf)(["ENABLED", "DISABLED"], 244)],
                api: { member: "UpdateWorkGroup.State", shape: "WorkGroupState", enum: ["ENABLED", "DISABLED"] },
                note: "Default ENABLED (line 243). Not part of CreateWorkGroup: after create, DISABLED is applied with UpdateWorkGroup.",
            },
            "configuration.requesterPaysEnabled": {
                tf: "configuration.requester_pays_enabled",
                line: 213,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateWorkGroup.Configuration.RequesterPaysEnabled", shape: "BoxedBoolean" },
                note: "Extra. Default false (line 216).",
            },
            "configuration.resultConfiguration.aclConfiguration.s3AclOption": {
                tf: "configuration.result_configuration.acl_configuration.s3_acl_option",
                line: 175,
                provider: [(0, ruleChecks_1.oneOf)(["BUCKET_OWNER_FULL_CONTROL"], 178)],
                api: {
                    member: "CreateWorkGroup.Configuration.ResultConfiguration.AclConfiguration.S3AclOption",
                    shape: "S3AclOption",
                    enum: ["BUCKET_OWNER_FULL_CONTROL"],
                },
                note: "Extra. Required within the acl_configuration block (block itself optional, MaxItems 1 at line 172).",
            },
            "configuration.engineVersion.selectedEngineVersion": {
                tf: "configuration.engine_version.selected_engine_version",
                line: 100,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateWorkGroup.Configuration.EngineVersion.SelectedEngineVersion", shape: "NameString", min: 1, max: 128 },
                note: 'Extra. Default "AUTO" (line 103); engine_version block MaxItems 1 (line 93).',
            },
        },
    },
    // aws:chatbot/slackChannelConfiguration:SlackChannelConfiguration
    "aws:chatbot/slackChannelConfiguration:SlackChannelConfiguration": {
        tfResource: "aws_chatbot_slack_channel_configuration",
        file: "internal/service/chatbot/slack_channel_configuration.go",
        commit: "2e60b4c86e35e534c4f0cba62e7e0a8f85ff3eb4",
        release: "5.97.0 by its CHANGELOG (older than the bundled 6.46+); the index holds no 6.x copy of this file",
        properties: {
            configurationName: {
                tf: "configuration_name",
                line: 60,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "CreateSlackChannelConfiguration.ConfigurationName",
                    shape: "ConfigurationName",
                    min: 1,
                    max: 128,
                    pattern: "[A-Za-z0-9-_]+",
                },
                note: "no Validators on this attribute and no ConfigValidators on the resource.",
            },
            "guardrailPolicyArns[]": {
                tf: "guardrail_policy_arns",
                line: 63,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "CreateSlackChannelConfiguration.GuardrailPolicyArns[]",
                    shape: "GuardrailPolicyArn",
                    min: 11,
                    max: 1163,
                    pattern: "(^$|(?!.*\\/aws-service-role\\/.*)arn:aws:iam:[A-Za-z0-9_\\/.-]{0,63}:[A-Za-z0-9_\\/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_\\/+=,@.-]{0,1023})",
                },
                note: "no Validators on this attribute and no ConfigValidators on the resource. ListAttribute of string (fwtypes.ListOfStringType), Optional+Computed, UseStateForUnknown. Note the API pattern uses a lookahead (?!...) which Go RE2 cannot compile; it forbids service-role policy ARNs (paths containing /aws-service-role/).",
            },
            iamRoleArn: {
                tf: "iam_role_arn",
                line: 71,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "CreateSlackChannelConfiguration.IamRoleArn",
                    shape: "Arn",
                    min: 12,
                    max: 1224,
                    pattern: "arn:aws:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,1023}",
                },
                note: "no Validators on this attribute and no ConfigValidators on the resource (no ARN check).",
            },
            loggingLevel: {
                tf: "logging_level",
                line: 74,
                provider: [(0, ruleChecks_1.oneOf)(["ERROR", "INFO", "NONE", ""], 75)],
                api: {
                    member: "CreateSlackChannelConfiguration.LoggingLevel",
                    shape: "CustomerCwLogLevel",
                    min: 4,
                    max: 5,
                    pattern: "(ERROR|INFO|NONE)",
                },
                note: 'Optional+Computed, Default "NONE" (line 78). No Validators list; the check comes from the custom type.',
            },
            slackChannelId: {
                tf: "slack_channel_id",
                line: 83,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "CreateSlackChannelConfiguration.SlackChannelId",
                    shape: "SlackChannelId",
                    min: 1,
                    max: 255,
                    pattern: "[A-Za-z0-9]+",
                },
                note: "no Validators on this attribute and no ConfigValidators on the resource.",
            },
            slackTeamId: {
                tf: "slack_team_id",
                line: 89,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateSlackChannelConfiguration.SlackTeamId", shape: "SlackTeamId", min: 1, max: 255, pattern: "[0-9A-Z]{1,255}" },
                note: "no Validators on this attribute and no ConfigValidators on the resource.",
            },
            "snsTopicArns[]": {
                tf: "sns_topic_arns",
                line: 95,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "CreateSlackChannelConfiguration.SnsTopicArns[]",
                    shape: "Arn",
                    min: 12,
                    max: 1224,
                    pattern: "arn:aws:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,1023}",
                },
                note: "no Validators on this attribute and no ConfigValidators on the resource. SetAttribute of string (fwtypes.SetOfStringType), Optional+Computed.",
            },
            userAuthorizationRequired: {
                tf: "user_authorization_required",
                line: 105,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateSlackChannelConfiguration.UserAuthorizationRequired", shape: "BooleanAccountPreference" },
                note: "no Validators on this attribute and no ConfigValidators on the resource. Default false (line 108).",
            },
        },
    },
    // aws:cloudtrail/trail:Trail
    "aws:cloudtrail/trail:Trail": {
        tfResource: "aws_cloudtrail",
        file: "internal/service/cloudtrail/trail.go",
        commit: "0a9af16a978467b3f82b89fa32e83c06ca152652",
        release: "not dated; a 6.x copy from before 6.36.0 by its content",
        properties: {
            advancedEventSelectors: {
                tf: "advanced_event_selector",
                line: 53,
                provider: exports.NO_VALIDATOR,
                relations: { conflictsWith: ["event_selector"] },
                api: { member: "PutEventSelectors.AdvancedEventSelectors", shape: "AdvancedEventSelectors" },
                note: "ConflictsWith at line 56. TypeList. Sent with PutEventSelectors after CreateTrail.",
            },
            "advancedEventSelectors[].fieldSelectors": {
                tf: "advanced_event_selector.field_selector",
                line: 59,
                provider: [(0, ruleChecks_1.itemsBetween)(1, undefined, 62)],
                api: { member: "PutEventSelectors.AdvancedEventSelectors[].FieldSelectors", shape: "AdvancedFieldSelectors", min: 1 },
                note: "TypeSet, Required (line 61).",
            },
            "advancedEventSelectors[].fieldSelectors[].equals": {
                tf: "advanced_event_selector.field_selector.equals",
                line: 74,
                provider: [(0, ruleChecks_1.itemsBetween)(1, undefined, 77)],
                api: { member: "PutEventSelectors.AdvancedEventSelectors[].FieldSelectors[].Equals", shape: "Operator", min: 1 },
                note: "TypeList, Optional. MinItems 1 means an empty list in config is rejected.",
            },
            "advancedEventSelectors[].fieldSelectors[].equals[]": {
                tf: "advanced_event_selector.field_selector.equals[]",
                line: 74,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 2048, 80)],
                api: {
                    member: "PutEventSelectors.AdvancedEventSelectors[].FieldSelectors[].Equals[]",
                    shape: "OperatorValue",
                    min: 1,
                    max: 2048,
                    pattern: ".+",
                },
                note: "Element ValidateFunc (Elem schema). Byte length in the provider, characters in the API.",
            },
            "advancedEventSelectors[].fieldSelectors[].startsWiths": {
                tf: "advanced_event_selector.field_selector.starts_with",
                line: 115,
                provider: [(0, ruleChecks_1.itemsBetween)(1, undefined, 118)],
                api: { member: "PutEventSelectors.AdvancedEventSelectors[].FieldSelectors[].StartsWith", shape: "Operator", min: 1 },
                note: "TypeList, Optional. MinItems 1 means an empty list in config is rejected.",
            },
            "advancedEventSelectors[].fieldSelectors[].startsWiths[]": {
                tf: "advanced_event_selector.field_selector.starts_with[]",
                line: 115,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 2048, 121)],
                api: {
                    member: "PutEventSelectors.AdvancedEventSelectors[].FieldSelectors[].StartsWith[]",
                    shape: "OperatorValue",
                    min: 1,
                    max: 2048,
                    pattern: ".+",
                },
                note: "Element ValidateFunc (Elem schema). Byte length in the provider, characters in the API.",
            },
            "advancedEventSelectors[].fieldSelectors[].endsWiths": {
                tf: "advanced_event_selector.field_selector.ends_with",
                line: 65,
                provider: [(0, ruleChecks_1.itemsBetween)(1, undefined, 68)],
                api: { member: "PutEventSelectors.AdvancedEventSelectors[].FieldSelectors[].EndsWith", shape: "Operator", min: 1 },
                note: "TypeList, Optional. MinItems 1 means an empty list in config is rejected.",
            },
            "advancedEventSelectors[].fieldSelectors[].endsWiths[]": {
                tf: "advanced_event_selector.field_selector.ends_with[]",
                line: 65,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 2048, 71)],
                api: {
                    member: "PutEventSelectors.AdvancedEventSelectors[].FieldSelectors[].EndsWith[]",
                    shape: "OperatorValue",
                    min: 1,
                    max: 2048,
                    pattern: ".+",
                },
                note: "Element ValidateFunc (Elem schema). Byte length in the provider, characters in the API.",
            },
            "advancedEventSelectors[].fieldSelectors[].notEquals": {
                tf: "advanced_event_selector.field_selector.not_equals",
                line: 97,
                provider: [(0, ruleChecks_1.itemsBetween)(1, undefined, 100)],
                api: { member: "PutEventSelectors.AdvancedEventSelectors[].FieldSelectors[].NotEquals", shape: "Operator", min: 1 },
                note: "TypeList, Optional. MinItems 1 means an empty list in config is rejected.",
            },
            "advancedEventSelectors[].fieldSelectors[].notEquals[]": {
                tf: "advanced_event_selector.field_selector.not_equals[]",
                line: 97,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 2048, 103)],
                api: {
                    member: "PutEventSelectors.AdvancedEventSelectors[].FieldSelectors[].NotEquals[]",
                    shape: "OperatorValue",
                    min: 1,
                    max: 2048,
                    pattern: ".+",
                },
                note: "Element ValidateFunc (Elem schema). Byte length in the provider, characters in the API.",
            },
            "advancedEventSelectors[].fieldSelectors[].notStartsWiths": {
                tf: "advanced_event_selector.field_selector.not_starts_with",
                line: 106,
                provider: [(0, ruleChecks_1.itemsBetween)(1, undefined, 109)],
                api: { member: "PutEventSelectors.AdvancedEventSelectors[].FieldSelectors[].NotStartsWith", shape: "Operator", min: 1 },
                note: "TypeList, Optional. MinItems 1 means an empty list in config is rejected.",
            },
            "advancedEventSelectors[].fieldSelectors[].notStartsWiths[]": {
                tf: "advanced_event_selector.field_selector.not_starts_with[]",
                line: 106,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 2048, 112)],
                api: {
                    member: "PutEventSelectors.AdvancedEventSelectors[].FieldSelectors[].NotStartsWith[]",
                    shape: "OperatorValue",
                    min: 1,
                    max: 2048,
                    pattern: ".+",
                },
                note: "Element ValidateFunc (Elem schema). Byte length in the provider, characters in the API.",
            },
            "advancedEventSelectors[].fieldSelectors[].notEndsWiths": {
                tf: "advanced_event_selector.field_selector.not_ends_with",
                line: 88,
                provider: [(0, ruleChecks_1.itemsBetween)(1, undefined, 91)],
                api: { member: "PutEventSelectors.AdvancedEventSelectors[].FieldSelectors[].NotEndsWith", shape: "Operator", min: 1 },
                note: "TypeList, Optional. MinItems 1 means an empty list in config is rejected.",
            },
            "advancedEventSelectors[].fieldSelectors[].notEndsWiths[]": {
                tf: "advanced_event_selector.field_selector.not_ends_with[]",
                line: 88,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 2048, 94)],
                api: {
                    member: "PutEventSelectors.AdvancedEventSelectors[].FieldSelectors[].NotEndsWith[]",
                    shape: "OperatorValue",
                    min: 1,
                    max: 2048,
                    pattern: ".+",
                },
                note: "Element ValidateFunc (Elem schema). Byte length in the provider, characters in the API.",
            },
            "advancedEventSelectors[].fieldSelectors[].field": {
                tf: "advanced_event_selector.field_selector.field",
                line: 83,
                provider: [
                    (0, ruleChecks_1.helper)(FIELD_VALUES, [
                        (0, ruleChecks_1.oneOf)([
                            "eventCategory",
                            "eventName",
                            "eventSource",
                            "readOnly",
                            "resources.ARN",
                            "resources.type",
                            "userIdentity.arn",
                            "sessionCredentialFromConsole",
                        ], 86),
                    ]),
                ],
                api: {
                    member: "PutEventSelectors.AdvancedEventSelectors[].FieldSelectors[].Field",
                    shape: "SelectorField",
                    min: 1,
                    max: 1000,
                    pattern: "[\\w|\\d|\\.|_]+",
                },
                note: "validation.StringInSlice(field_Values(), false) at trail.go line 86 (case-sensitive). Values are provider constants in consts.go lines 25-32 (commit 1ae03fc38734299dca16c9bd261433a8920b7fce), not an SDK enum; the API model has no enum for this field. Note the enum lacks e.g. 'vpcEndpointId', 'eventType', 'errorCode' that the CloudTrail API accepts; the provider rejects them at plan time.",
            },
            "advancedEventSelectors[].name": {
                tf: "advanced_event_selector.name",
                line: 127,
                provider: [(0, ruleChecks_1.bytesBetween)(0, 1000, 130)],
                api: { member: "PutEventSelectors.AdvancedEventSelectors[].Name", shape: "SelectorName", min: 0, max: 1000, pattern: ".*" },
            },
            cloudWatchLogsGroupArn: {
                tf: "cloud_watch_logs_group_arn",
                line: 139,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 71)],
                api: { member: "CreateTrail.CloudWatchLogsLogGroupArn", shape: "String" },
                note: "ValidateFunc verify.ValidARN at line 142. API model has no constraint; CloudTrail requires the log group ARN to end in ':*' in practice (service error, not modelled).",
            },
            cloudWatchLogsRoleArn: {
                tf: "cloud_watch_logs_role_arn",
                line: 144,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 71)],
                api: { member: "CreateTrail.CloudWatchLogsRoleArn", shape: "String" },
            },
            enableLogFileValidation: {
                tf: "enable_log_file_validation",
                line: 149,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateTrail.EnableLogFileValidation", shape: "Boolean" },
                note: "Default false.",
            },
            enableLogging: {
                tf: "enable_logging",
                line: 154,
                provider: exports.NO_VALIDATOR,
                api: { member: "StartLogging/StopLogging (not a CreateTrail member)" },
                note: "Default true; applied with StartLogging after CreateTrail.",
            },
            eventSelectors: {
                tf: "event_selector",
                line: 159,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 5, 162)],
                relations: { conflictsWith: ["advanced_event_selector"] },
                api: { member: "PutEventSelectors.EventSelectors", shape: "EventSelectors" },
                note: "ConflictsWith at line 163. API model has no max; provider caps at 5.",
            },
            "eventSelectors[].dataResources[].type": {
                tf: "event_selector.data_resource.type",
                line: 171,
                provider: [(0, ruleChecks_1.helper)(RESOURCETYPE_VALUES, [(0, ruleChecks_1.oneOf)(["AWS::DynamoDB::Table", "AWS::Lambda::Function", "AWS::S3::Object"], 174)])],
                api: { member: "PutEventSelectors.EventSelectors[].DataResources[].Type", shape: "String" },
            },
            "eventSelectors[].dataResources[].values": {
                tf: "event_selector.data_resource.values",
                line: 176,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 250, 179)],
                api: { member: "PutEventSelectors.EventSelectors[].DataResources[].Values", shape: "DataResourceValues" },
            },
            "eventSelectors[].readWriteType": {
                tf: "event_selector.read_write_type",
                line: 195,
                provider: [(0, ruleChecks_1.oneOf)(["ReadOnly", "WriteOnly", "All"], 199)],
                api: { member: "PutEventSelectors.EventSelectors[].ReadWriteType", shape: "ReadWriteType", enum: ["ReadOnly", "WriteOnly", "All"] },
                note: "Default All.",
            },
            includeGlobalServiceEvents: {
                tf: "include_global_service_events",
                line: 208,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateTrail.IncludeGlobalServiceEvents", shape: "Boolean" },
                note: "Default true.",
            },
            "insightSelectors[].insightType": {
                tf: "insight_selector.insight_type",
                line: 218,
                provider: [(0, ruleChecks_1.oneOf)(["ApiCallRateInsight", "ApiErrorRateInsight"], 221)],
                api: {
                    member: "PutInsightSelectors.InsightSelectors[].InsightType",
                    shape: "InsightType",
                    enum: ["ApiCallRateInsight", "ApiErrorRateInsight"],
                },
                note: "insight_selector is a TypeSet (line 213), no MinItems/MaxItems.",
            },
            isMultiRegionTrail: {
                tf: "is_multi_region_trail",
                line: 226,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateTrail.IsMultiRegionTrail", shape: "Boolean" },
                note: "Default false.",
            },
            isOrganizationTrail: {
                tf: "is_organization_trail",
                line: 231,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateTrail.IsOrganizationTrail", shape: "Boolean" },
                note: "Default false.",
            },
            kmsKeyId: {
                tf: "kms_key_id",
                line: 236,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 71)],
                api: { member: "CreateTrail.KmsKeyId", shape: "String" },
                note: "The provider requires a full ARN (key or alias ARN); the API itself also accepts alias names and key IDs, which the provider rejects at plan time.",
            },
            name: {
                tf: "name",
                line: 241,
                forceNew: 244,
                provider: [(0, ruleChecks_1.bytesBetween)(3, 128, 245)],
                api: { member: "CreateTrail.Name", shape: "String" },
                note: "ForceNew. Pulumi auto-names this property when not set (logical name + random suffix).",
            },
            s3BucketName: {
                tf: "s3_bucket_name",
                line: 247,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateTrail.S3BucketName", shape: "String" },
            },
            s3KeyPrefix: {
                tf: "s3_key_prefix",
                line: 251,
                provider: [(0, ruleChecks_1.bytesBetween)(0, 2000, 254)],
                api: { member: "CreateTrail.S3KeyPrefix", shape: "String" },
            },
            snsTopicName: {
                tf: "sns_topic_name",
                line: 260,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateTrail.SnsTopicName", shape: "String" },
                note: "Accepts a topic name or ARN (per Read logic).",
            },
        },
    },
    // aws:cloudwatch/dashboard:Dashboard
    "aws:cloudwatch/dashboard:Dashboard": {
        tfResource: "aws_cloudwatch_dashboard",
        file: "internal/service/cloudwatch/dashboard.go",
        commit: "0620f2a6a126dfcbc4aecbc9a117b0fbea1656ff",
        release: "not dated; a 5.x copy by its content (older than the bundled 6.46+)",
        properties: {
            dashboardBody: {
                tf: "dashboard_body",
                line: 45,
                provider: [(0, ruleChecks_1.isJson)(48)],
                api: { member: "PutDashboard.DashboardBody", shape: "DashboardBody" },
                note: "StateFunc (line 51) stores structure.NormalizeJsonString(v); DiffSuppressFunc verify.SuppressEquivalentJSONDiffs (line 49), DiffSuppressOnRefresh. The raw string is sent to PutDashboard. No size check (the API doc's body-size limits are not in the model).",
            },
            dashboardName: {
                tf: "dashboard_name",
                line: 56,
                forceNew: 59,
                provider: [(0, ruleChecks_1.helper)(VALIDDASHBOARDNAME, [(0, ruleChecks_1.bytesBetween)(0, 255, 14), (0, ruleChecks_1.matches)(/^[0-9A-Za-z_-]+$/, "must match ^[0-9A-Za-z_-]+$", 20)])],
                api: { member: "PutDashboard.DashboardName", shape: "DashboardName" },
                note: "ForceNew. The botocore model has no min/max/pattern for DashboardName.",
            },
        },
    },
    // aws:cloudwatch/eventRule:EventRule
    "aws:cloudwatch/eventRule:EventRule": {
        tfResource: "aws_cloudwatch_event_rule",
        file: "internal/service/events/rule.go",
        commit: "0cdab4ae09a963535e03dde0bff4784afe8e3517",
        release: "not dated; a 6.x copy after 6.7.0 by its content",
        properties: {
            description: {
                tf: "description",
                line: 61,
                provider: [(0, ruleChecks_1.bytesBetween)(0, 512, 64)],
                api: { member: "PutRule.Description", shape: "RuleDescription", max: 512 },
            },
            eventPattern: {
                tf: "event_pattern",
                line: 73,
                provider: [(0, ruleChecks_1.helper)(VALIDATEEVENTPATTERNVALUE, [(0, ruleChecks_1.isJson)(474), (0, ruleChecks_1.normalizedJsonBytesAtMost)(4096, 486)])],
                relations: { atLeastOneOf: ["schedule_expression", "event_pattern"] },
                api: { member: "PutRule.EventPattern", shape: "EventPattern", max: 4096 },
                note: "Normalisation: StateFunc (line 78) stores ruleEventPatternJSONDecoder(v), and expandPutRuleInput sends the same normalized string to the API (line 442), so the 4096 limit is applied to the minified, key-sorted JSON, not the raw input. No schema/content checks of the pattern beyond JSON validity. Go json.Marshal also escapes U+2028/U+2029 and invalid UTF-8, which may lengthen the string.",
            },
            name: {
                tf: "name",
                line: 101,
                forceNew: 105,
                provider: [(0, ruleChecks_1.helper)(VALIDATERULENAME, [(0, ruleChecks_1.bytesBetween)(0, 64, 18), (0, ruleChecks_1.matches)(/^[0-9A-Za-z_.-]+$/, "must match ^[0-9A-Za-z_.-]+$", 24)])],
                relations: { conflictsWith: ["name_prefix"] },
                api: { member: "PutRule.Name", shape: "RuleName", min: 1, max: 64, pattern: "[\\.\\-_A-Za-z0-9]+" },
                note: "Optional+Computed, ForceNew. If neither name nor name_prefix is set, TF generates a unique name (create.Name). Pulumi normally auto-names this resource (logical name + random suffix) when name is omitted.",
            },
            state: {
                tf: "state",
                line: 128,
                provider: [(0, ruleChecks_1.oneOf)(["ENABLED", "DISABLED", "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS"], 131)],
                relations: { conflictsWith: ["is_enabled"] },
                api: {
                    member: "PutRule.State",
                    shape: "RuleState",
                    enum: ["ENABLED", "DISABLED", "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS"],
                },
                note: "DiffSuppressFunc suppresses a change from a non-empty old value to empty. Deprecated is_enabled is the alternative.",
            },
            eventBusName: {
                tf: "event_bus_name",
                line: 66,
                forceNew: 69,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDBUSNAMEORARN, [
                        (0, ruleChecks_1.bytesBetween)(1, 1600, 63),
                        (0, ruleChecks_1.anyOf)([(0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 65), (0, ruleChecks_1.matches)(/^[/.\-_A-Za-z0-9]+$/, "must match ^[/.\\-_A-Za-z0-9]+$", 66)], 64),
                    ]),
                ],
                api: {
                    member: "PutRule.EventBusName",
                    shape: "EventBusNameOrArn",
                    min: 1,
                    max: 1600,
                    pattern: "(arn:aws[\\w-]*:events:[a-z]+-[a-z]+-[\\w-]+:[0-9]{12}:event-bus\\/)?[/\\.\\-_A-Za-z0-9]+",
                },
                note: 'Default "default" (DefaultEventBusName, events/consts.go line 11, file read by index id 2461259189, commit not reported), ForceNew.',
            },
            namePrefix: {
                tf: "name_prefix",
                line: 109,
                forceNew: 113,
                provider: [(0, ruleChecks_1.helper)(VALIDATERULENAME, [(0, ruleChecks_1.bytesBetween)(0, 64, 18), (0, ruleChecks_1.matches)(/^[0-9A-Za-z_.-]+$/, "must match ^[0-9A-Za-z_.-]+$", 24)])],
                relations: { conflictsWith: ["name"] },
                api: { member: "PutRule.Name", shape: "RuleName", min: 1, max: 64, pattern: "[\\.\\-_A-Za-z0-9]+" },
                note: "Same validator as name (max 64 bytes). The generated name is prefix + a 26-character unique suffix, so a prefix longer than 38 bytes yields a name the API rejects (RuleName max 64) - not checked at plan time. Optional+Computed, ForceNew.",
            },
            roleArn: {
                tf: "role_arn",
                line: 117,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN)],
                api: { member: "PutRule.RoleArn", shape: "RoleArn", min: 1, max: 1600 },
            },
            scheduleExpression: {
                tf: "schedule_expression",
                line: 122,
                provider: [(0, ruleChecks_1.bytesBetween)(0, 256, 125)],
                relations: { atLeastOneOf: ["schedule_expression", "event_pattern"] },
                api: { member: "PutRule.ScheduleExpression", shape: "ScheduleExpression", max: 256 },
                note: "No syntax check of cron()/rate() at plan time.",
            },
        },
    },
    // aws:cloudwatch/eventTarget:EventTarget
    "aws:cloudwatch/eventTarget:EventTarget": {
        tfResource: "aws_cloudwatch_event_target",
        file: "internal/service/events/target.go",
        commit: "0762c41e2027fcd3cb8340d3e6886c6975fc0a59",
        release: "not dated; a 5.x or early 6.x copy by its content (older than the bundled 6.46+)",
        properties: {
            arn: {
                tf: "arn",
                line: 71,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN)],
                api: { member: "PutTargets.Targets[].Arn", shape: "TargetArn", min: 1, max: 1600 },
            },
            rule: {
                tf: "rule",
                line: 416,
                forceNew: 419,
                provider: [(0, ruleChecks_1.helper)(VALIDATERULENAME, [(0, ruleChecks_1.bytesBetween)(0, 64, 18), (0, ruleChecks_1.matches)(/^[0-9A-Za-z_.-]+$/, "must match ^[0-9A-Za-z_.-]+$", 24)])],
                api: { member: "PutTargets.Rule", shape: "RuleName", min: 1, max: 64, pattern: "[\\.\\-_A-Za-z0-9]+" },
                note: "ForceNew.",
            },
            "inputTransformer.inputPaths": {
                tf: "input_transformer.input_paths",
                line: 323,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 100, 328), (0, ruleChecks_1.mapKeys)([(0, ruleChecks_1.doesNotMatch)(/^AWS.*$/, 'must not start with "AWS"', 329)], 329)],
                relations: { conflictsWith: ["input", "input_path"] },
                api: { member: "PutTargets.Targets[].InputTransformer.InputPathsMap", shape: "TransformerPaths", max: 100 },
                note: "TypeMap of strings combined with validation.AllDiag. No plan-time check on values, nor on key charset/length: the API allows keys of 1-256 chars matching [A-Za-z0-9\\_\\-]+ and values up to 256 chars. The definitions of verify.MapSizeAtMost and verify.MapKeyNoMatch are not in the copies of internal/verify read; their meaning is taken from their names and arguments here. input_transformer block: line 316, MaxItems 1 (line 319), ConflictsWith input, input_path (line 320).",
            },
            "inputTransformer.inputTemplate": {
                tf: "input_transformer.input_template",
                line: 332,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 8192, 335)],
                api: { member: "PutTargets.Targets[].InputTransformer.InputTemplate", shape: "TransformerInput", min: 1, max: 8192 },
                note: "Required within the input_transformer block (the block itself is optional).",
            },
            targetId: {
                tf: "target_id",
                line: 485,
                forceNew: 489,
                provider: [(0, ruleChecks_1.helper)(VALIDATETARGETID, [(0, ruleChecks_1.bytesBetween)(0, 64, 36), (0, ruleChecks_1.matches)(/^[0-9A-Za-z_.-]+$/, "must match ^[0-9A-Za-z_.-]+$", 42)])],
                api: { member: "PutTargets.Targets[].Id", shape: "TargetId", min: 1, max: 64, pattern: "[\\.\\-_A-Za-z0-9]+" },
                note: "Optional+Computed, ForceNew; when unset the provider uses id.UniqueId() (26 chars).",
            },
            input: {
                tf: "input",
                line: 299,
                provider: [(0, ruleChecks_1.isJson)(303), (0, ruleChecks_1.bytesBetween)(0, 8192, 304)],
                relations: { conflictsWith: ["input_path", "input_transformer"] },
                api: { member: "PutTargets.Targets[].Input", shape: "TargetInput", max: 8192 },
                note: "validation.All: both checks. Not normalized.",
            },
            inputPath: {
                tf: "input_path",
                line: 310,
                provider: [(0, ruleChecks_1.bytesBetween)(0, 256, 313)],
                relations: { conflictsWith: ["input", "input_transformer"] },
                api: { member: "PutTargets.Targets[].InputPath", shape: "TargetInputPath", max: 256 },
            },
            roleArn: {
                tf: "role_arn",
                line: 411,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN)],
                api: { member: "PutTargets.Targets[].RoleArn", shape: "RoleArn", min: 1, max: 1600 },
            },
            eventBusName: {
                tf: "event_bus_name",
                line: 251,
                forceNew: 254,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDBUSNAMEORARN, [
                        (0, ruleChecks_1.bytesBetween)(1, 1600, 63),
                        (0, ruleChecks_1.anyOf)([(0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 65), (0, ruleChecks_1.matches)(/^[/.\-_A-Za-z0-9]+$/, "must match ^[/.\\-_A-Za-z0-9]+$", 66)], 64),
                    ]),
                ],
                api: {
                    member: "PutTargets.EventBusName",
                    shape: "EventBusNameOrArn",
                    min: 1,
                    max: 1600,
                    pattern: "(arn:aws[\\w-]*:events:[a-z]+-[a-z]+-[\\w-]+:[0-9]{12}:event-bus\\/)?[/\\.\\-_A-Za-z0-9]+",
                },
                note: 'Default "default", ForceNew.',
            },
            "deadLetterConfig.arn": {
                tf: "dead_letter_config.arn",
                line: 109,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN)],
                api: { member: "PutTargets.Targets[].DeadLetterConfig.Arn", shape: "ResourceArn", min: 1, max: 1600 },
                note: "dead_letter_config block: line 103, MaxItems 1 (line 106).",
            },
            "retryPolicy.maximumEventAgeInSeconds": {
                tf: "retry_policy.maximum_event_age_in_seconds",
                line: 398,
                provider: [(0, ruleChecks_1.intBetween)(0, 86400, 401)],
                api: {
                    member: "PutTargets.Targets[].RetryPolicy.MaximumEventAgeInSeconds",
                    shape: "MaximumEventAgeInSeconds",
                    min: 60,
                    max: 86400,
                },
                note: "Provider allows 0-59 but the API model minimum is 60. retry_policy block: line 392, MaxItems 1 (line 395).",
            },
            "retryPolicy.maximumRetryAttempts": {
                tf: "retry_policy.maximum_retry_attempts",
                line: 403,
                provider: [(0, ruleChecks_1.intBetween)(0, 185, 406)],
                api: { member: "PutTargets.Targets[].RetryPolicy.MaximumRetryAttempts", shape: "MaximumRetryAttempts", min: 0, max: 185 },
            },
        },
    },
    // aws:cloudwatch/logGroup:LogGroup
    "aws:cloudwatch/logGroup:LogGroup": {
        tfResource: "aws_cloudwatch_log_group",
        file: "internal/service/logs/group.go",
        commit: "0073593e7d6993ba482409f4dc35438daaa79bb3",
        release: "not dated; a 6.x copy after 6.7.0 by its content",
        properties: {
            kmsKeyId: {
                tf: "kms_key_id",
                line: 49,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateLogGroup.kmsKeyId", shape: "KmsKeyId", max: 256 },
                note: "No ValidateFunc: any string is accepted at plan time (not even ARN syntax). Sent on CreateLogGroup; changes use AssociateKmsKey/DisassociateKmsKey.",
            },
            name: {
                tf: "name",
                line: 60,
                forceNew: 64,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDLOGGROUPNAME, [(0, ruleChecks_1.bytesBetween)(0, 512, 28), (0, ruleChecks_1.matches)(/^[0-9A-Za-z_./#-]+$/, "must match ^[0-9A-Za-z_./#-]+$", 34)]),
                ],
                relations: { conflictsWith: ["name_prefix"] },
                api: { member: "CreateLogGroup.logGroupName", shape: "LogGroupName", min: 1, max: 512, pattern: "[\\.\\-_/#A-Za-z0-9]+" },
                note: "Optional+Computed, ForceNew. Pulumi auto-names when omitted.",
            },
            retentionInDays: {
                tf: "retention_in_days",
                line: 76,
                provider: [
                    (0, ruleChecks_1.intOneOf)([0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], 80),
                ],
                api: { member: "PutRetentionPolicy.retentionInDays", shape: "Days" },
                note: "Default 0 (line 79) = never expire; 0 is not sent (d.GetOk), other values go to PutRetentionPolicy (not sent at create when log_group_class is DELIVERY). DiffSuppressFunc (line 81) suppresses diffs when log_group_class is DELIVERY. The botocore model has no enum for Days; the allowed list is only in prose.",
            },
            namePrefix: {
                tf: "name_prefix",
                line: 68,
                forceNew: 72,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDLOGGROUPNAMEPREFIX, [(0, ruleChecks_1.bytesBetween)(0, 483, 48), (0, ruleChecks_1.matches)(/^[0-9A-Za-z_./#-]+$/, "must match ^[0-9A-Za-z_./#-]+$", 54)]),
                ],
                relations: { conflictsWith: ["name"] },
                api: { member: "CreateLogGroup.logGroupName", shape: "LogGroupName", min: 1, max: 512, pattern: "[\\.\\-_/#A-Za-z0-9]+" },
                note: "Generated name = prefix + 26-char suffix; 483 + 26 = 509 <= 512.",
            },
            logGroupClass: {
                tf: "log_group_class",
                line: 53,
                forceNew: 57,
                provider: [(0, ruleChecks_1.oneOf)(["STANDARD", "INFREQUENT_ACCESS", "DELIVERY"], 58)],
                api: { member: "CreateLogGroup.logGroupClass", shape: "LogGroupClass", enum: ["STANDARD", "INFREQUENT_ACCESS", "DELIVERY"] },
                note: "Optional+Computed, ForceNew.",
            },
            skipDestroy: {
                tf: "skip_destroy",
                line: 93,
                provider: exports.NO_VALIDATOR,
                note: "Boolean, default false; provider-only (no API member).",
            },
        },
    },
    // aws:cloudwatch/logMetricFilter:LogMetricFilter
    "aws:cloudwatch/logMetricFilter:LogMetricFilter": {
        tfResource: "aws_cloudwatch_log_metric_filter",
        file: "internal/service/logs/metric_filter.go",
        commit: "0f14e6f61f915a586756281ad21fd57e25f57daf",
        release: "not dated; a 6.4x copy after 6.41.0 by its content",
        properties: {
            logGroupName: {
                tf: "log_group_name",
                line: 56,
                forceNew: 59,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDLOGGROUPNAME, [(0, ruleChecks_1.bytesBetween)(0, 512, 28), (0, ruleChecks_1.matches)(/^[0-9A-Za-z_./#-]+$/, "must match ^[0-9A-Za-z_./#-]+$", 34)]),
                ],
                api: { member: "PutMetricFilter.logGroupName", shape: "LogGroupName", min: 1, max: 512, pattern: "[\\.\\-_/#A-Za-z0-9]+" },
                note: "ForceNew.",
            },
            "metricTransformation.name": {
                tf: "metric_transformation.name",
                line: 78,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDLOGMETRICFILTERTRANSFORMATIONNAME, [
                        (0, ruleChecks_1.bytesBetween)(0, 255, 87),
                        (0, ruleChecks_1.matches)(/^[^:*$]*$/, "must not contain colon, asterisk nor dollar sign", 93),
                    ]),
                ],
                api: { member: "PutMetricFilter.metricTransformations[].metricName", shape: "MetricName", max: 255, pattern: "[^:*$]*" },
                note: 'metric_transformation block: line 62, Required, MaxItems 1 (line 65). An empty string passes the provider check but is not sent (expand skips "").',
            },
            "metricTransformation.namespace": {
                tf: "metric_transformation.namespace",
                line: 83,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDLOGMETRICFILTERTRANSFORMATIONNAME, [
                        (0, ruleChecks_1.bytesBetween)(0, 255, 87),
                        (0, ruleChecks_1.matches)(/^[^:*$]*$/, "must not contain colon, asterisk nor dollar sign", 93),
                    ]),
                ],
                api: { member: "PutMetricFilter.metricTransformations[].metricNamespace", shape: "MetricNamespace", max: 255, pattern: "[^:*$]*" },
            },
            "metricTransformation.value": {
                tf: "metric_transformation.value",
                line: 94,
                provider: [(0, ruleChecks_1.bytesBetween)(0, 100, 97)],
                api: { member: "PutMetricFilter.metricTransformations[].metricValue", shape: "MetricValue", max: 100 },
                note: "Empty string passes at plan time but the expand skips it, so the required API member would be missing.",
            },
            name: {
                tf: "name",
                line: 102,
                forceNew: 105,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDLOGMETRICFILTERNAME, [(0, ruleChecks_1.bytesBetween)(0, 512, 68), (0, ruleChecks_1.matches)(/^[^:*]+$/, "must not contain colon nor asterisk", 74)]),
                ],
                api: { member: "PutMetricFilter.filterName", shape: "FilterName", min: 1, max: 512, pattern: "[^:*]*" },
                note: "ForceNew.",
            },
            pattern: {
                tf: "pattern",
                line: 108,
                provider: [(0, ruleChecks_1.helper)(VERIFY_STRINGUTF8LENBETWEEN, [(0, ruleChecks_1.codePointsBetween)(0, 1024, 29)])],
                api: { member: "PutMetricFilter.filterPattern", shape: "FilterPattern", min: 0, max: 1024 },
                note: 'ValidateDiagFunc at line 111. StateFunc sdkv2.TrimSpaceSchemaStateFunc (line 112) and the Put sends strings.TrimSpace(pattern): leading/trailing whitespace is trimmed before the API call (length is checked on the untrimmed value). Required, but "" is accepted (match everything).',
            },
            "metricTransformation.defaultValue": {
                tf: "metric_transformation.default_value",
                line: 68,
                provider: [
                    (0, ruleChecks_1.helper)(NULLABLE_VALIDATETYPESTRINGNULLABLEFLOAT, [
                        (0, ruleChecks_1.custom)("empty (null) or a number strconv.ParseFloat reads", 44, (v) => typeof v === "string" &&
                            v !== "" &&
                            !/^[+-]?(?:inf(?:inity)?|nan|(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?|0x[0-9a-f]+(?:\.[0-9a-f]*)?(?:p[+-]?\d+)?)$/i.test(v)
                            ? `${v} is not a number`
                            : undefined),
                    ]),
                ],
                api: { member: "PutMetricFilter.metricTransformations[].defaultValue", shape: "DefaultValue" },
                note: "TF type is nullable.TypeNullableFloat = TypeString (string-encoded float). ValidateFunc at line 71.",
            },
            "metricTransformation.unit": {
                tf: "metric_transformation.unit",
                line: 88,
                provider: [
                    (0, ruleChecks_1.oneOf)([
                        "Seconds",
                        "Microseconds",
                        "Milliseconds",
                        "Bytes",
                        "Kilobytes",
                        "Megabytes",
                        "Gigabytes",
                        "Terabytes",
                        "Bits",
                        "Kilobits",
                        "Megabits",
                        "Gigabits",
                        "Terabits",
                        "Percent",
                        "Count",
                        "Bytes/Second",
                        "Kilobytes/Second",
                        "Megabytes/Second",
                        "Gigabytes/Second",
                        "Terabytes/Second",
                        "Bits/Second",
                        "Kilobits/Second",
                        "Megabits/Second",
                        "Gigabits/Second",
                        "Terabits/Second",
                        "Count/Second",
                        "None",
                    ], 92),
                ],
                api: {
                    member: "PutMetricFilter.metricTransformations[].unit",
                    shape: "StandardUnit",
                    enum: [
                        "Seconds",
                        "Microseconds",
                        "Milliseconds",
                        "Bytes",
                        "Kilobytes",
                        "Megabytes",
                        "Gigabytes",
                        "Terabytes",
                        "Bits",
                        "Kilobits",
                        "Megabits",
                        "Gigabits",
                        "Terabits",
                        "Percent",
                        "Count",
                        "Bytes/Second",
                        "Kilobytes/Second",
                        "Megabytes/Second",
                        "Gigabytes/Second",
                        "Terabytes/Second",
                        "Bits/Second",
                        "Kilobits/Second",
                        "Megabits/Second",
                        "Gigabits/Second",
                        "Terabits/Second",
                        "Count/Second",
                        "None",
                    ],
                },
                note: 'Default "None" (line 91).',
            },
            "metricTransformation.dimensions": {
                tf: "metric_transformation.dimensions",
                line: 73,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutMetricFilter.metricTransformations[].dimensions", shape: "Dimensions" },
                note: "TypeMap of strings, no validator. API prose (recalled, not re-checked this session; https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_MetricTransformation.html): up to 3 dimensions, and dimensions cannot be combined with defaultValue.",
            },
        },
    },
    // aws:cloudwatch/metricAlarm:MetricAlarm
    "aws:cloudwatch/metricAlarm:MetricAlarm": {
        tfResource: "aws_cloudwatch_metric_alarm",
        file: "internal/service/cloudwatch/metric_alarm.go",
        commit: "055611a654738da73e7b1e2b5d2b7672c6d4d531",
        release: "not dated; a 6.x copy after 6.7.0 by its content",
        planChecks: [
            {
                line: 296,
                accepts: "with metricName, exactly one of statistic and extendedStatistic",
                problem: (inputs) => {
                    if (!(0, exports.isSet)(inputs.metricName))
                        return undefined;
                    return (0, exports.isSet)(inputs.statistic) === (0, exports.isSet)(inputs.extendedStatistic)
                        ? "One of `statistic` or `extended_statistic` must be set for a cloudwatch metric alarm"
                        : undefined;
                },
            },
            {
                line: 304,
                accepts: "no metric query with both an expression and a metric",
                problem: (inputs) => (Array.isArray(inputs.metricQueries) ? inputs.metricQueries : []).some((q) => (0, exports.isSet)(record(q)?.expression) && (0, exports.isSet)(record(q)?.metric))
                    ? "No metric_query may have both `expression` and a `metric` specified"
                    : undefined,
            },
        ],
        customizeDiff: [
            {
                line: 294,
                what: "CustomizeDiff: customdiff.All(func at line 295). Check 1 (lines 296-302): if metric_name is set (diff.GetOk non-zero) then EXACTLY ONE of statistic / extended_statistic must be set; neither or both -> error 'One of `statistic` or `extended_statistic` must be set for a cloudwatch metric alarm'. Check 2 (lines 304-314): for every metric_query element whose expression is a non-empty string, its metric list must be empty; otherwise error 'No metric_query may have both `expression` and a `metric` specified'. Nothing else is checked: e.g. a metric_query with neither expression nor metric, no metric_name and no metric_query at all, metric_name without namespace/period, missing threshold and threshold_metric_id, or returnData on several queries are all accepted at plan time (the API may reject them).",
            },
            {
                line: 96,
                what: "Schema ConflictsWith (static): dimensions, metric_name, namespace, period, statistic, extended_statistic each conflict with metric_query (lines 96, 134, 235, 256, 265, 112); metric_query conflicts with metric_name (line 140); statistic <-> extended_statistic (lines 265, 112); threshold <-> threshold_metric_id (lines 273, 278).",
            },
        ],
        properties: {
            actionsEnabled: {
                tf: "actions_enabled",
                line: 51,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutMetricAlarm.ActionsEnabled", shape: "ActionsEnabled" },
                note: "Default true.",
            },
            "alarmActions[]": {
                tf: "alarm_actions",
                line: 56,
                provider: [
                    (0, ruleChecks_1.anyOf)([
                        (0, ruleChecks_1.arn)(VERIFY_VALID_ARN),
                        (0, ruleChecks_1.helper)(VALIDEC2AUTOMATEARN, [
                            (0, ruleChecks_1.matches)(/^arn:[\w-]+:automate:[\w-]+:ec2:(reboot|recover|stop|terminate)$/, "must match ^arn:[\\w-]+:automate:[\\w-]+:ec2:(reboot|recover|stop|terminate)$", 34),
                        ]),
                    ], 61),
                ],
                api: { member: "PutMetricAlarm.AlarmActions[]", shape: "ResourceName", min: 1, max: 1024 },
                note: "TypeSet of strings. NO MaxItems in the provider schema for alarm_actions, although the API list max is 5.",
            },
            alarmDescription: {
                tf: "alarm_description",
                line: 67,
                provider: [(0, ruleChecks_1.bytesBetween)(0, 1024, 70)],
                api: { member: "PutMetricAlarm.AlarmDescription", shape: "AlarmDescription", min: 0, max: 1024 },
            },
            comparisonOperator: {
                tf: "comparison_operator",
                line: 82,
                provider: [
                    (0, ruleChecks_1.oneOf)([
                        "GreaterThanOrEqualToThreshold",
                        "GreaterThanThreshold",
                        "LessThanThreshold",
                        "LessThanOrEqualToThreshold",
                        "LessThanLowerOrGreaterThanUpperThreshold",
                        "LessThanLowerThreshold",
                        "GreaterThanUpperThreshold",
                    ], 85),
                ],
                api: {
                    member: "PutMetricAlarm.ComparisonOperator",
                    shape: "ComparisonOperator",
                    enum: [
                        "GreaterThanOrEqualToThreshold",
                        "GreaterThanThreshold",
                        "LessThanThreshold",
                        "LessThanOrEqualToThreshold",
                        "LessThanLowerOrGreaterThanUpperThreshold",
                        "LessThanLowerThreshold",
                        "GreaterThanUpperThreshold",
                    ],
                },
            },
            datapointsToAlarm: {
                tf: "datapoints_to_alarm",
                line: 87,
                provider: [(0, ruleChecks_1.intAtLeast)(1, 90)],
                api: { member: "PutMetricAlarm.DatapointsToAlarm", shape: "DatapointsToAlarm", min: 1 },
            },
            dimensions: {
                tf: "dimensions",
                line: 92,
                provider: exports.NO_VALIDATOR,
                relations: { conflictsWith: ["metric_query"] },
                api: { member: "PutMetricAlarm.Dimensions", shape: "Dimensions", max: 30 },
                note: "TypeMap of strings, no validator; API: at most 30 dimensions, name 1-255, value 1-1024 chars.",
            },
            evaluationPeriods: {
                tf: "evaluation_periods",
                line: 104,
                provider: [(0, ruleChecks_1.intAtLeast)(1, 107)],
                api: { member: "PutMetricAlarm.EvaluationPeriods", shape: "EvaluationPeriods", min: 1 },
            },
            metricName: {
                tf: "metric_name",
                line: 131,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 255, 135)],
                relations: { conflictsWith: ["metric_query"] },
                api: { member: "PutMetricAlarm.MetricName", shape: "MetricName", min: 1, max: 255 },
                note: "When set, the CustomizeDiff requires exactly one of statistic/extended_statistic.",
            },
            "metricQueries[].expression": {
                tf: "metric_query.expression",
                line: 148,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 1024, 151)],
                api: { member: "PutMetricAlarm.Metrics[].Expression", shape: "MetricExpression", min: 1, max: 2048 },
                note: "Provider max 1024 is stricter than the API max 2048. CustomizeDiff: a non-empty expression may not be combined with a metric block. metric_query is a TypeSet (line 137) without MaxItems, ConflictsWith metric_name (line 140).",
            },
            "metricQueries[].id": {
                tf: "metric_query.id",
                line: 153,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 255, 156)],
                api: { member: "PutMetricAlarm.Metrics[].Id", shape: "MetricId", min: 1, max: 255 },
                note: "API prose (recalled, not re-checked: https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDataQuery.html): only letters, numbers and underscore, first character a lowercase letter - not in the model, not checked by the provider.",
            },
            "metricQueries[].label": {
                tf: "metric_query.label",
                line: 212,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutMetricAlarm.Metrics[].Label", shape: "MetricLabel" },
            },
            "metricQueries[].metric.dimensions": {
                tf: "metric_query.metric.dimensions",
                line: 164,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutMetricAlarm.Metrics[].MetricStat.Metric.Dimensions", shape: "Dimensions", max: 30 },
                note: "TypeMap, no validator. metric block: line 158, MaxItems 1 (line 160).",
            },
            "metricQueries[].metric.metricName": {
                tf: "metric_query.metric.metric_name",
                line: 169,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 255, 172)],
                api: { member: "PutMetricAlarm.Metrics[].MetricStat.Metric.MetricName", shape: "MetricName", min: 1, max: 255 },
            },
            "metricQueries[].metric.namespace": {
                tf: "metric_query.metric.namespace",
                line: 174,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 255, 178), (0, ruleChecks_1.matches)(/[^:].*/, "must not contain colon characters", 179)],
                api: { member: "PutMetricAlarm.Metrics[].MetricStat.Metric.Namespace", shape: "Namespace", min: 1, max: 255, pattern: "[^:].*" },
                note: "validation.All at line 177. Optional in the provider.",
            },
            "metricQueries[].metric.period": {
                tf: "metric_query.metric.period",
                line: 182,
                provider: [(0, ruleChecks_1.anyOf)([(0, ruleChecks_1.intOneOf)([1, 5, 10, 20, 30], 186), (0, ruleChecks_1.intDivisibleBy)(60, 187)], 185)],
                api: { member: "PutMetricAlarm.Metrics[].MetricStat.Period", shape: "Period", min: 1 },
            },
            "metricQueries[].metric.stat": {
                tf: "metric_query.metric.stat",
                line: 190,
                provider: [
                    (0, ruleChecks_1.anyOf)([
                        (0, ruleChecks_1.oneOf)(["SampleCount", "Average", "Sum", "Minimum", "Maximum"], 194),
                        (0, ruleChecks_1.matches)(/^((p|(tm)|(wm)|(tc)|(ts))((\d{1,2}(\.\d{1,2})?)|(100))|(IQM)|(((TM)|(WM)|(PR)|(TC)|(TS)))\((\d+(\.\d+)?%?)?:(\d+(\.\d+)?%?)?\))$/, "invalid statistic, see: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html", 198),
                    ], 193),
                ],
                api: { member: "PutMetricAlarm.Metrics[].MetricStat.Stat", shape: "Stat" },
                note: "Regexp comment (source): doesn't catch PR with %-values provided, TM/WM/PR/TC/TS with no values provided.",
            },
            "metricQueries[].returnData": {
                tf: "metric_query.return_data",
                line: 224,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutMetricAlarm.Metrics[].ReturnData", shape: "ReturnData" },
                note: "Default false.",
            },
            name: {
                tf: "alarm_name",
                line: 72,
                forceNew: 75,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 255, 76)],
                api: { member: "PutMetricAlarm.AlarmName", shape: "AlarmName", min: 1, max: 255 },
                note: "TF alarm_name is Pulumi `name` (Pulumi auto-names it when omitted). ForceNew.",
            },
            namespace: {
                tf: "namespace",
                line: 232,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 255, 237), (0, ruleChecks_1.matches)(/[^:].*/, "must not contain colon characters", 238)],
                relations: { conflictsWith: ["metric_query"] },
                api: { member: "PutMetricAlarm.Namespace", shape: "Namespace", min: 1, max: 255, pattern: "[^:].*" },
                note: "validation.All at line 236.",
            },
            "okActions[]": {
                tf: "ok_actions",
                line: 241,
                provider: [
                    (0, ruleChecks_1.itemsBetween)(undefined, 5, 244),
                    (0, ruleChecks_1.anyOf)([
                        (0, ruleChecks_1.arn)(VERIFY_VALID_ARN),
                        (0, ruleChecks_1.helper)(VALIDEC2AUTOMATEARN, [
                            (0, ruleChecks_1.matches)(/^arn:[\w-]+:automate:[\w-]+:ec2:(reboot|recover|stop|terminate)$/, "must match ^arn:[\\w-]+:automate:[\\w-]+:ec2:(reboot|recover|stop|terminate)$", 34),
                        ]),
                    ], 247),
                ],
                api: { member: "PutMetricAlarm.OKActions[]", shape: "ResourceName", min: 1, max: 1024 },
                note: "TypeSet of strings.",
            },
            period: {
                tf: "period",
                line: 253,
                provider: [(0, ruleChecks_1.anyOf)([(0, ruleChecks_1.intOneOf)([10, 20, 30], 258), (0, ruleChecks_1.intDivisibleBy)(60, 259)], 257)],
                relations: { conflictsWith: ["metric_query"] },
                api: { member: "PutMetricAlarm.Period", shape: "Period", min: 1 },
            },
            statistic: {
                tf: "statistic",
                line: 262,
                provider: [(0, ruleChecks_1.oneOf)(["SampleCount", "Average", "Sum", "Minimum", "Maximum"], 266)],
                relations: { conflictsWith: ["extended_statistic", "metric_query"] },
                api: { member: "PutMetricAlarm.Statistic", shape: "Statistic", enum: ["SampleCount", "Average", "Sum", "Minimum", "Maximum"] },
            },
            threshold: {
                tf: "threshold",
                line: 270,
                provider: exports.NO_VALIDATOR,
                relations: { conflictsWith: ["threshold_metric_id"] },
                api: { member: "PutMetricAlarm.Threshold", shape: "Threshold" },
            },
            treatMissingData: {
                tf: "treat_missing_data",
                line: 281,
                provider: [(0, ruleChecks_1.oneOf)(["breaching", "ignore", "missing", "notBreaching"], 285, true)],
                api: { member: "PutMetricAlarm.TreatMissingData", shape: "TreatMissingData", min: 1, max: 255 },
                note: 'Default "missing" (line 284). Case-insensitive at plan time; the value is sent as written.',
            },
            "insufficientDataActions[]": {
                tf: "insufficient_data_actions",
                line: 119,
                provider: [
                    (0, ruleChecks_1.itemsBetween)(undefined, 5, 122),
                    (0, ruleChecks_1.anyOf)([
                        (0, ruleChecks_1.arn)(VERIFY_VALID_ARN),
                        (0, ruleChecks_1.helper)(VALIDEC2AUTOMATEARN, [
                            (0, ruleChecks_1.matches)(/^arn:[\w-]+:automate:[\w-]+:ec2:(reboot|recover|stop|terminate)$/, "must match ^arn:[\\w-]+:automate:[\\w-]+:ec2:(reboot|recover|stop|terminate)$", 34),
                        ]),
                    ], 125),
                ],
                api: { member: "PutMetricAlarm.InsufficientDataActions[]", shape: "ResourceName", min: 1, max: 1024 },
                note: "TypeSet of strings.",
            },
            extendedStatistic: {
                tf: "extended_statistic",
                line: 109,
                provider: [
                    (0, ruleChecks_1.matches)(/^((p|(tm)|(wm)|(tc)|(ts))((\d{1,2}(\.\d{1,2})?)|(100))|(IQM)|(((TM)|(WM)|(PR)|(TC)|(TS)))\((\d+(\.\d+)?%?)?:(\d+(\.\d+)?%?)?\))$/, "invalid statistic, see: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html", 115),
                ],
                relations: { conflictsWith: ["statistic", "metric_query"] },
                api: { member: "PutMetricAlarm.ExtendedStatistic", shape: "ExtendedStatistic" },
            },
            unit: {
                tf: "unit",
                line: 287,
                provider: [
                    (0, ruleChecks_1.oneOf)([
                        "Seconds",
                        "Microseconds",
                        "Milliseconds",
                        "Bytes",
                        "Kilobytes",
                        "Megabytes",
                        "Gigabytes",
                        "Terabytes",
                        "Bits",
                        "Kilobits",
                        "Megabits",
                        "Gigabits",
                        "Terabits",
                        "Percent",
                        "Count",
                        "Bytes/Second",
                        "Kilobytes/Second",
                        "Megabytes/Second",
                        "Gigabytes/Second",
                        "Terabytes/Second",
                        "Bits/Second",
                        "Kilobits/Second",
                        "Megabits/Second",
                        "Gigabits/Second",
                        "Terabits/Second",
                        "Count/Second",
                        "None",
                    ], 290),
                ],
                api: {
                    member: "PutMetricAlarm.Unit",
                    shape: "StandardUnit",
                    enum: [
                        "Seconds",
                        "Microseconds",
                        "Milliseconds",
                        "Bytes",
                        "Kilobytes",
                        "Megabytes",
                        "Gigabytes",
                        "Terabytes",
                        "Bits",
                        "Kilobits",
                        "Megabits",
                        "Gigabits",
                        "Terabits",
                        "Percent",
                        "Count",
                        "Bytes/Second",
                        "Kilobytes/Second",
                        "Megabytes/Second",
                        "Gigabytes/Second",
                        "Terabytes/Second",
                        "Bits/Second",
                        "Kilobits/Second",
                        "Megabits/Second",
                        "Gigabits/Second",
                        "Terabits/Second",
                        "Count/Second",
                        "None",
                    ],
                },
            },
            thresholdMetricId: {
                tf: "threshold_metric_id",
                line: 275,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 255, 279)],
                relations: { conflictsWith: ["threshold"] },
                api: { member: "PutMetricAlarm.ThresholdMetricId", shape: "MetricId", min: 1, max: 255 },
            },
            "metricQueries[].period": {
                tf: "metric_query.period",
                line: 216,
                provider: [(0, ruleChecks_1.anyOf)([(0, ruleChecks_1.intOneOf)([1, 5, 10, 20, 30], 220), (0, ruleChecks_1.intDivisibleBy)(60, 221)], 219)],
                api: { member: "PutMetricAlarm.Metrics[].Period", shape: "Period", min: 1 },
            },
            "metricQueries[].accountId": {
                tf: "metric_query.account_id",
                line: 143,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 255, 146)],
                api: { member: "PutMetricAlarm.Metrics[].AccountId", shape: "AccountId", min: 1, max: 255 },
            },
            evaluateLowSampleCountPercentiles: {
                tf: "evaluate_low_sample_count_percentiles",
                line: 98,
                provider: [(0, ruleChecks_1.oneOf)(["evaluate", "ignore"], 102, true)],
                api: { member: "PutMetricAlarm.EvaluateLowSampleCountPercentile", shape: "EvaluateLowSampleCountPercentile", min: 1, max: 255 },
                note: "Not requested; transcribed because it is in the same schema. Optional+Computed.",
            },
        },
    },
    // aws:cloudwatch/queryDefinition:QueryDefinition
    "aws:cloudwatch/queryDefinition:QueryDefinition": {
        tfResource: "aws_cloudwatch_query_definition",
        file: "internal/service/logs/query_definition.go",
        commit: "0ac6a8e1d84d7dc48f49354deca23f694d2a6431",
        release: "not dated; a late 5.x or 6.x copy by its content",
        properties: {
            "logGroupNames[]": {
                tf: "log_group_names",
                line: 50,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDLOGGROUPNAME, [(0, ruleChecks_1.bytesBetween)(0, 512, 28), (0, ruleChecks_1.matches)(/^[0-9A-Za-z_./#-]+$/, "must match ^[0-9A-Za-z_./#-]+$", 34)]),
                ],
                api: { member: "PutQueryDefinition.logGroupNames[]", shape: "LogGroupName", min: 1, max: 512, pattern: "[\\.\\-_/#A-Za-z0-9]+" },
                note: "TypeList without MinItems/MaxItems; element ValidateFunc at line 55.",
            },
            name: {
                tf: "name",
                line: 42,
                provider: [
                    (0, ruleChecks_1.bytesBetween)(1, 255, 46),
                    // The provider's pattern is ^([^:*\/]+\/?)*[^:*\/]+$, linear in Go's RE2 but exponential in a
                    // backtracking engine; this is the same language (runs of allowed characters joined by single slashes).
                    (0, ruleChecks_1.matches)(/^[^:*/]+(?:\/[^:*/]+)*$/, "cannot contain a colon or asterisk and cannot start or end with a slash", 47),
                ],
                api: { member: "PutQueryDefinition.name", shape: "QueryDefinitionName", min: 1, max: 255 },
                note: "validation.All at line 45. Also forbids '//' (empty segment).",
            },
            queryString: {
                tf: "query_string",
                line: 62,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutQueryDefinition.queryString", shape: "QueryDefinitionString", min: 1, max: 10000 },
                note: "No provider validator; API length 1-10000.",
            },
        },
    },
    // aws:ec2/flowLog:FlowLog
    "aws:ec2/flowLog:FlowLog": {
        tfResource: "aws_flow_log",
        file: "internal/service/ec2/vpc_flow_log.go",
        commit: "00a35305dc1b297a6fcdecdfbba33f1e63c3da39",
        release: "6.36.0 (the CHANGELOG at this commit heads 6.36.0, March 11, 2026)",
        properties: {
            "destinationOptions.fileFormat": {
                tf: "destination_options.file_format",
                line: 64,
                forceNew: 68,
                provider: [(0, ruleChecks_1.oneOf)(["plain-text", "parquet"], 69)],
                api: { member: "CreateFlowLogs.DestinationOptions.FileFormat", shape: "DestinationFileFormat", enum: ["plain-text", "parquet"] },
                note: 'ForceNew. Default "plain-text" (line 67). destination_options MaxItems 1 (line 60).',
            },
            "destinationOptions.hiveCompatiblePartitions": {
                tf: "destination_options.hive_compatible_partitions",
                line: 71,
                forceNew: 75,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateFlowLogs.DestinationOptions.HiveCompatiblePartitions", shape: "Boolean" },
                note: "ForceNew. Default false (line 74).",
            },
            "destinationOptions.perHourPartition": {
                tf: "destination_options.per_hour_partition",
                line: 77,
                forceNew: 81,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateFlowLogs.DestinationOptions.PerHourPartition", shape: "Boolean" },
                note: "ForceNew. Default false (line 80).",
            },
            iamRoleArn: {
                tf: "iam_role_arn",
                line: 92,
                forceNew: 95,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 96)],
                api: { member: "CreateFlowLogs.DeliverLogsPermissionArn", shape: "String" },
                note: "ForceNew.",
            },
            logDestination: {
                tf: "log_destination",
                line: 98,
                forceNew: 102,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 103)],
                api: { member: "CreateFlowLogs.LogDestination", shape: "String" },
                note: "ForceNew, Optional+Computed. The provider strips a trailing ':*' before sending.",
            },
            logDestinationType: {
                tf: "log_destination_type",
                line: 105,
                forceNew: 108,
                provider: [(0, ruleChecks_1.oneOf)(["cloud-watch-logs", "s3", "kinesis-data-firehose"], 110)],
                api: {
                    member: "CreateFlowLogs.LogDestinationType",
                    shape: "LogDestinationType",
                    enum: ["cloud-watch-logs", "s3", "kinesis-data-firehose"],
                },
                note: 'ForceNew. Default "cloud-watch-logs" (line 109).',
            },
            trafficType: {
                tf: "traffic_type",
                line: 139,
                forceNew: 142,
                provider: [(0, ruleChecks_1.oneOf)(["ACCEPT", "REJECT", "ALL"], 143)],
                api: { member: "CreateFlowLogs.TrafficType", shape: "TrafficType", enum: ["ACCEPT", "REJECT", "ALL"] },
                note: "ForceNew, Optional (no default). Not sent for transit gateway / transit gateway attachment flow logs.",
            },
            vpcId: {
                tf: "vpc_id",
                line: 157,
                forceNew: 160,
                provider: exports.NO_VALIDATOR,
                relations: {
                    exactlyOneOf: ["eni_id", "regional_nat_gateway_id", "subnet_id", "vpc_id", "transit_gateway_id", "transit_gateway_attachment_id"],
                },
                api: { member: "CreateFlowLogs.ResourceIds[] (ResourceType=VPC)", shape: "FlowLogResourceId" },
                note: "ForceNew. No value check. ExactlyOneOf (line 161): exactly one of eni_id, regional_nat_gateway_id, subnet_id, vpc_id, transit_gateway_id, transit_gateway_attachment_id must be set.",
            },
            logGroupName: {
                tf: "log_group_name",
                line: null,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateFlowLogs.LogGroupName", shape: "String" },
                note: "Extra. NOT in the schema at this commit (6.36.0): there is no log_group_name attribute (it was deprecated in favour of log_destination and, to my knowledge, removed in provider 6.0.0; the removal itself was not read this session). Use logDestination with logDestinationType cloud-watch-logs instead. API member CreateFlowLogs.LogGroupName still exists.",
            },
            maxAggregationInterval: {
                tf: "max_aggregation_interval",
                line: 118,
                forceNew: 121,
                provider: [(0, ruleChecks_1.intOneOf)([60, 600], 123)],
                api: { member: "CreateFlowLogs.MaxAggregationInterval", shape: "Integer" },
                note: "Extra. ForceNew. Default 600 (line 122).",
            },
            logFormat: {
                tf: "log_format",
                line: 112,
                forceNew: 115,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateFlowLogs.LogFormat", shape: "String" },
                note: "Extra. ForceNew, Optional+Computed.",
            },
            deliverCrossAccountRole: {
                tf: "deliver_cross_account_role",
                line: 50,
                forceNew: 53,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 54)],
                api: { member: "CreateFlowLogs.DeliverCrossAccountRole", shape: "String" },
                note: "Extra. ForceNew.",
            },
            subnetId: {
                tf: "subnet_id",
                line: 131,
                forceNew: 134,
                provider: exports.NO_VALIDATOR,
                relations: {
                    exactlyOneOf: ["eni_id", "regional_nat_gateway_id", "subnet_id", "vpc_id", "transit_gateway_id", "transit_gateway_attachment_id"],
                },
                api: { member: "CreateFlowLogs.ResourceIds[] (ResourceType=Subnet)", shape: "FlowLogResourceId" },
                note: "Extra. ForceNew.",
            },
            eniId: {
                tf: "eni_id",
                line: 86,
                forceNew: 89,
                provider: exports.NO_VALIDATOR,
                relations: {
                    exactlyOneOf: ["eni_id", "regional_nat_gateway_id", "subnet_id", "vpc_id", "transit_gateway_id", "transit_gateway_attachment_id"],
                },
                api: { member: "CreateFlowLogs.ResourceIds[] (ResourceType=NetworkInterface)", shape: "FlowLogResourceId" },
                note: "Extra. ForceNew. ExactlyOneOf at line 90 (same list on every id attribute: lines 90, 129, 135, 149, 155, 161).",
            },
            transitGatewayId: {
                tf: "transit_gateway_id",
                line: 151,
                forceNew: 154,
                provider: exports.NO_VALIDATOR,
                relations: {
                    exactlyOneOf: ["eni_id", "regional_nat_gateway_id", "subnet_id", "vpc_id", "transit_gateway_id", "transit_gateway_attachment_id"],
                },
                api: { member: "CreateFlowLogs.ResourceIds[] (ResourceType=TransitGateway)", shape: "FlowLogResourceId" },
                note: "Extra. ForceNew.",
            },
            transitGatewayAttachmentId: {
                tf: "transit_gateway_attachment_id",
                line: 145,
                forceNew: 148,
                provider: exports.NO_VALIDATOR,
                relations: {
                    exactlyOneOf: ["eni_id", "regional_nat_gateway_id", "subnet_id", "vpc_id", "transit_gateway_id", "transit_gateway_attachment_id"],
                },
                api: { member: "CreateFlowLogs.ResourceIds[] (ResourceType=TransitGatewayAttachment)", shape: "FlowLogResourceId" },
                note: "Extra (not asked; part of the ExactlyOneOf set). ForceNew.",
            },
            regionalNatGatewayId: {
                tf: "regional_nat_gateway_id",
                line: 125,
                forceNew: 128,
                provider: exports.NO_VALIDATOR,
                relations: {
                    exactlyOneOf: ["eni_id", "regional_nat_gateway_id", "subnet_id", "vpc_id", "transit_gateway_id", "transit_gateway_attachment_id"],
                },
                api: { member: "CreateFlowLogs.ResourceIds[] (ResourceType=RegionalNatGateway)", shape: "FlowLogResourceId" },
                note: "Extra (not asked; part of the ExactlyOneOf set). ForceNew.",
            },
        },
    },
    // aws:glue/catalogDatabase:CatalogDatabase
    "aws:glue/catalogDatabase:CatalogDatabase": {
        tfResource: "aws_glue_catalog_database",
        file: "internal/service/glue/catalog_database.go",
        commit: "0075c7864e9415d7cb404160187eeb9257b34ca6",
        release: "not dated; a 5.x copy by its content (older than the bundled 6.46+); every copy read has the same validators",
        customizeDiff: [{ line: 40, what: "verify.SetTagsDiff only (tags bookkeeping); none that validate" }],
        properties: {
            description: {
                tf: "description",
                line: 93,
                provider: [(0, ruleChecks_1.bytesBetween)(0, 2048, 96)],
                api: {
                    member: "CreateDatabase.DatabaseInput.Description",
                    shape: "DescriptionString",
                    min: 0,
                    max: 2048,
                    pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*",
                },
            },
            name: {
                tf: "name",
                line: 53,
                forceNew: 55,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 255, 58), (0, ruleChecks_1.doesNotMatch)(/[A-Z]/, "uppercase characters cannot be used", 59)],
                api: {
                    member: "CreateDatabase.DatabaseInput.Name",
                    shape: "NameString",
                    min: 1,
                    max: 255,
                    pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*",
                },
                note: "ForceNew (line 55). The checks run inside validation.All (lines 57-60).",
            },
            catalogId: {
                tf: "catalog_id",
                line: 47,
                forceNew: 49,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "CreateDatabase.CatalogId",
                    shape: "CatalogIdString",
                    min: 1,
                    max: 255,
                    pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*",
                },
                note: "Extra. ForceNew, Optional+Computed; defaults to the caller's account ID when unset.",
            },
            locationUri: {
                tf: "location_uri",
                line: 98,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "CreateDatabase.DatabaseInput.LocationUri",
                    shape: "URI",
                    min: 1,
                    max: 1024,
                    pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*",
                },
                note: "Extra. Optional+Computed.",
            },
            parameters: {
                tf: "parameters",
                line: 103,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateDatabase.DatabaseInput.Parameters", shape: "ParametersMap" },
                note: "Extra. Map of string; no key or value checks in the provider.",
            },
        },
    },
    // aws:glue/catalogTable:CatalogTable
    "aws:glue/catalogTable:CatalogTable": {
        tfResource: "aws_glue_catalog_table",
        file: "internal/service/glue/catalog_table.go",
        commit: "004debd4b86bc468e9f6d3c1208ed435a0afb873",
        release: "not dated; 6.36.0 or later by its content",
        properties: {
            databaseName: {
                tf: "database_name",
                line: 61,
                forceNew: 63,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "CreateTable.DatabaseName",
                    shape: "NameString",
                    min: 1,
                    max: 255,
                    pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*",
                },
                note: "ForceNew.",
            },
            description: {
                tf: "description",
                line: 66,
                provider: [(0, ruleChecks_1.bytesBetween)(0, 2048, 69)],
                api: {
                    member: "CreateTable.TableInput.Description",
                    shape: "DescriptionString",
                    min: 0,
                    max: 2048,
                    pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*",
                },
            },
            name: {
                tf: "name",
                line: 71,
                forceNew: 73,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 255, 76), (0, ruleChecks_1.doesNotMatch)(/[A-Z]/, "uppercase characters cannot be used", 77)],
                api: {
                    member: "CreateTable.TableInput.Name",
                    shape: "NameString",
                    min: 1,
                    max: 255,
                    pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*",
                },
                note: "ForceNew. Checks inside validation.All (lines 75-78).",
            },
            parameters: {
                tf: "parameters",
                line: 262,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateTable.TableInput.Parameters", shape: "ParametersMap" },
                note: "A map of string (one leaf, e.g. parameters.EXTERNAL, parameters.projection.*, parameters.storage.location.template are keys of it). No key or value checks in the provider. Optional+Computed (line 265).",
            },
            "partitionKeys[].name": {
                tf: "partition_keys.name",
                line: 304,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 255, 307)],
                api: {
                    member: "CreateTable.TableInput.PartitionKeys[].Name",
                    shape: "NameString",
                    min: 1,
                    max: 255,
                    pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*",
                },
                note: "partition_keys list at line 294 (no MaxItems).",
            },
            "partitionKeys[].type": {
                tf: "partition_keys.type",
                line: 314,
                provider: [(0, ruleChecks_1.bytesBetween)(0, 131072, 317)],
                api: {
                    member: "CreateTable.TableInput.PartitionKeys[].Type",
                    shape: "ColumnTypeString",
                    min: 0,
                    max: 131072,
                    pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*",
                },
            },
            "storageDescriptor.columns[].name": {
                tf: "storage_descriptor.columns.name",
                line: 358,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 255, 361)],
                api: {
                    member: "CreateTable.TableInput.StorageDescriptor.Columns[].Name",
                    shape: "NameString",
                    min: 1,
                    max: 255,
                    pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*",
                },
                note: "storage_descriptor MaxItems 1 (line 331); columns list at line 347 (Optional+Computed, no MaxItems).",
            },
            "storageDescriptor.columns[].type": {
                tf: "storage_descriptor.columns.type",
                line: 368,
                provider: [(0, ruleChecks_1.bytesBetween)(0, 131072, 371)],
                api: {
                    member: "CreateTable.TableInput.StorageDescriptor.Columns[].Type",
                    shape: "ColumnTypeString",
                    min: 0,
                    max: 131072,
                    pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*",
                },
            },
            "storageDescriptor.inputFormat": {
                tf: "storage_descriptor.input_format",
                line: 380,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "CreateTable.TableInput.StorageDescriptor.InputFormat",
                    shape: "FormatString",
                    max: 128,
                    pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*",
                },
            },
            "storageDescriptor.location": {
                tf: "storage_descriptor.location",
                line: 384,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "CreateTable.TableInput.StorageDescriptor.Location",
                    shape: "LocationString",
                    max: 2056,
                    pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*",
                },
            },
            "storageDescriptor.outputFormat": {
                tf: "storage_descriptor.output_format",
                line: 392,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "CreateTable.TableInput.StorageDescriptor.OutputFormat",
                    shape: "FormatString",
                    max: 128,
                    pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*",
                },
            },
            "storageDescriptor.serDeInfo.serializationLibrary": {
                tf: "storage_descriptor.ser_de_info.serialization_library",
                line: 417,
                provider: [(0, ruleChecks_1.notEmpty)(420)],
                api: {
                    member: "CreateTable.TableInput.StorageDescriptor.SerdeInfo.SerializationLibrary",
                    shape: "NameString",
                    min: 1,
                    max: 255,
                    pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*",
                },
                note: "validation.StringIsNotEmpty. ser_de_info MaxItems 1 (line 404).",
            },
            tableType: {
                tf: "table_type",
                line: 521,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateTable.TableInput.TableType", shape: "TableTypeString", max: 255 },
                note: "Optional+Computed.",
            },
            "storageDescriptor.serDeInfo.parameters": {
                tf: "storage_descriptor.ser_de_info.parameters",
                line: 412,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateTable.TableInput.StorageDescriptor.SerdeInfo.Parameters", shape: "ParametersMap" },
                note: "Extra. Map of string; no key or value checks.",
            },
            "partitionKeys[].comment": {
                tf: "partition_keys.comment",
                line: 299,
                provider: [(0, ruleChecks_1.bytesBetween)(0, 255, 302)],
                api: {
                    member: "CreateTable.TableInput.PartitionKeys[].Comment",
                    shape: "CommentString",
                    min: 0,
                    max: 255,
                    pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*",
                },
                note: "Extra.",
            },
            "storageDescriptor.columns[].comment": {
                tf: "storage_descriptor.columns.comment",
                line: 353,
                provider: [(0, ruleChecks_1.bytesBetween)(0, 255, 356)],
                api: {
                    member: "CreateTable.TableInput.StorageDescriptor.Columns[].Comment",
                    shape: "CommentString",
                    min: 0,
                    max: 255,
                    pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*",
                },
                note: "Extra.",
            },
            owner: {
                tf: "owner",
                line: 258,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "CreateTable.TableInput.Owner",
                    shape: "NameString",
                    min: 1,
                    max: 255,
                    pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*",
                },
                note: "Extra.",
            },
            retention: {
                tf: "retention",
                line: 322,
                provider: [(0, ruleChecks_1.intAtLeast)(0, 325)],
                api: { member: "CreateTable.TableInput.Retention", shape: "NonNegativeInteger", min: 0 },
                note: "Extra.",
            },
        },
    },
    // aws:guardduty/detectorFeature:DetectorFeature
    "aws:guardduty/detectorFeature:DetectorFeature": {
        tfResource: "aws_guardduty_detector_feature",
        file: "internal/service/guardduty/detector_feature.go",
        commit: "0f87934c9fc067e97a69accd14f07fbdc539e379",
        release: "not dated; a 5.x or early 6.x copy by its content",
        properties: {
            additionalConfigurations: {
                tf: "additional_configuration",
                line: 34,
                provider: exports.NO_VALIDATOR,
                api: { member: "UpdateDetector.Features[].AdditionalConfiguration", shape: "DetectorAdditionalConfigurations" },
                note: "TypeSet, no MinItems/MaxItems. Pulumi name is plural.",
            },
            "additionalConfigurations[].name": {
                tf: "additional_configuration.name",
                line: 39,
                forceNew: 42,
                provider: [(0, ruleChecks_1.oneOf)(["EKS_ADDON_MANAGEMENT", "ECS_FARGATE_AGENT_MANAGEMENT", "EC2_AGENT_MANAGEMENT"], 43)],
                api: {
                    member: "UpdateDetector.Features[].AdditionalConfiguration[].Name",
                    shape: "FeatureAdditionalConfiguration",
                    enum: ["EKS_ADDON_MANAGEMENT", "ECS_FARGATE_AGENT_MANAGEMENT", "EC2_AGENT_MANAGEMENT"],
                },
                note: "ForceNew (line 42). Which names fit which feature is not checked at plan time: EKS_ADDON_MANAGEMENT (EKS_RUNTIME_MONITORING / RUNTIME_MONITORING), ECS_FARGATE_AGENT_MANAGEMENT and EC2_AGENT_MANAGEMENT (RUNTIME_MONITORING).",
            },
            "additionalConfigurations[].status": {
                tf: "additional_configuration.status",
                line: 45,
                provider: [(0, ruleChecks_1.oneOf)(["ENABLED", "DISABLED"], 48)],
                api: {
                    member: "UpdateDetector.Features[].AdditionalConfiguration[].Status",
                    shape: "FeatureStatus",
                    enum: ["ENABLED", "DISABLED"],
                },
            },
            detectorId: {
                tf: "detector_id",
                line: 53,
                forceNew: 56,
                provider: exports.NO_VALIDATOR,
                api: { member: "UpdateDetector.DetectorId", shape: "DetectorId", min: 1, max: 300 },
                note: "ForceNew (line 56). API DetectorId length 1..300 is not checked at plan time.",
            },
            name: {
                tf: "name",
                line: 58,
                forceNew: 61,
                provider: [
                    (0, ruleChecks_1.oneOf)([
                        "S3_DATA_EVENTS",
                        "EKS_AUDIT_LOGS",
                        "EBS_MALWARE_PROTECTION",
                        "RDS_LOGIN_EVENTS",
                        "LAMBDA_NETWORK_LOGS",
                        "EKS_RUNTIME_MONITORING",
                        "RUNTIME_MONITORING",
                    ], 62),
                ],
                api: {
                    member: "UpdateDetector.Features[].Name",
                    shape: "DetectorFeature",
                    enum: [
                        "S3_DATA_EVENTS",
                        "EKS_AUDIT_LOGS",
                        "EBS_MALWARE_PROTECTION",
                        "RDS_LOGIN_EVENTS",
                        "LAMBDA_NETWORK_LOGS",
                        "EKS_RUNTIME_MONITORING",
                        "RUNTIME_MONITORING",
                    ],
                },
                note: 'ForceNew (line 61). TF Required, but Pulumi 7.48 types it optional (name?:) - Pulumi auto-naming would then supply "<resource name>-<random>", which fails this enum: always set it. Pulumi 7.48 docs (TF 6.4x docs) also list AI_PROTECTION and AI_ANALYST, which botocore 1.43.11 DetectorFeature lacks; whether the validator accepts them depends on the Go SDK pinned at the bridged commit. API reference: EKS_RUNTIME_MONITORING and RUNTIME_MONITORING must not both be enabled (not checked at plan time).',
            },
            status: {
                tf: "status",
                line: 64,
                provider: [(0, ruleChecks_1.oneOf)(["ENABLED", "DISABLED"], 67)],
                api: { member: "UpdateDetector.Features[].Status", shape: "FeatureStatus", enum: ["ENABLED", "DISABLED"] },
            },
        },
    },
    // aws:guardduty/detector:Detector
    "aws:guardduty/detector:Detector": {
        tfResource: "aws_guardduty_detector",
        file: "internal/service/guardduty/detector.go",
        commit: "0060af23131fd93812a12d7c4e50f41712f39c46",
        release: "not dated; a late 5.x or 6.x copy by its content",
        properties: {
            datasources: {
                tf: "datasources",
                line: 49,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 1, 51)],
                api: { member: "CreateDetector.DataSources", shape: "DataSourceConfigurations" },
                note: "Deprecated in Pulumi 7.48 (d.ts: 'datasources is deprecated. Use aws.guardduty.DetectorFeature resources instead'); the read TF version has no Deprecated flag. Optional+Computed.",
            },
            "datasources.kubernetes": {
                tf: "datasources.kubernetes",
                line: 56,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 1, 60)],
                api: { member: "CreateDetector.DataSources.Kubernetes", shape: "KubernetesConfiguration" },
                note: "Optional+Computed block.",
            },
            "datasources.kubernetes.auditLogs": {
                tf: "datasources.kubernetes.audit_logs",
                line: 63,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 1, 66)],
                api: { member: "CreateDetector.DataSources.Kubernetes.AuditLogs", shape: "KubernetesAuditLogsConfiguration" },
                note: "Required inside kubernetes (line 65).",
            },
            "datasources.kubernetes.auditLogs.enable": {
                tf: "datasources.kubernetes.audit_logs.enable",
                line: 69,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateDetector.DataSources.Kubernetes.AuditLogs.Enable", shape: "Boolean" },
                note: "TypeBool, Required inside audit_logs (line 71).",
            },
            "datasources.malwareProtection": {
                tf: "datasources.malware_protection",
                line: 79,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 1, 83)],
                api: { member: "CreateDetector.DataSources.MalwareProtection", shape: "MalwareProtectionConfiguration" },
                note: "Optional+Computed block.",
            },
            "datasources.malwareProtection.scanEc2InstanceWithFindings": {
                tf: "datasources.malware_protection.scan_ec2_instance_with_findings",
                line: 86,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 1, 89)],
                api: { member: "CreateDetector.DataSources.MalwareProtection.ScanEc2InstanceWithFindings", shape: "ScanEc2InstanceWithFindings" },
                note: "Required inside malware_protection (line 88).",
            },
            "datasources.malwareProtection.scanEc2InstanceWithFindings.ebsVolumes": {
                tf: "datasources.malware_protection.scan_ec2_instance_with_findings.ebs_volumes",
                line: 92,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 1, 95)],
                api: { member: "CreateDetector.DataSources.MalwareProtection.ScanEc2InstanceWithFindings.EbsVolumes", shape: "Boolean" },
                note: "Required (line 94). The block becomes the API boolean EbsVolumes.",
            },
            "datasources.malwareProtection.scanEc2InstanceWithFindings.ebsVolumes.enable": {
                tf: "datasources.malware_protection.scan_ec2_instance_with_findings.ebs_volumes.enable",
                line: 98,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateDetector.DataSources.MalwareProtection.ScanEc2InstanceWithFindings.EbsVolumes", shape: "Boolean" },
                note: "TypeBool Required (line 100).",
            },
            "datasources.s3Logs": {
                tf: "datasources.s3_logs",
                line: 111,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 1, 115)],
                api: { member: "CreateDetector.DataSources.S3Logs", shape: "S3LogsConfiguration" },
                note: "Optional+Computed block.",
            },
            "datasources.s3Logs.enable": {
                tf: "datasources.s3_logs.enable",
                line: 118,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateDetector.DataSources.S3Logs.Enable", shape: "Boolean" },
                note: "TypeBool Required (line 120).",
            },
            enable: {
                tf: "enable",
                line: 128,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateDetector.Enable", shape: "Boolean" },
                note: "TypeBool, Default true (line 131). Sent on create and on every update.",
            },
            findingPublishingFrequency: {
                tf: "finding_publishing_frequency",
                line: 135,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "UpdateDetector.FindingPublishingFrequency",
                    shape: "FindingPublishingFrequency",
                    enum: ["FIFTEEN_MINUTES", "ONE_HOUR", "SIX_HOURS"],
                },
                note: "Optional+Computed, NOT validated at plan time in this version: a value outside the API enum FIFTEEN_MINUTES|ONE_HOUR|SIX_HOURS fails only at apply. Member accounts inherit it from the administrator (comment lines 133-134).",
            },
        },
    },
    // aws:guardduty/organizationAdminAccount:OrganizationAdminAccount
    "aws:guardduty/organizationAdminAccount:OrganizationAdminAccount": {
        tfResource: "aws_guardduty_organization_admin_account",
        file: "internal/service/guardduty/organization_admin_account.go",
        commit: "013f1736b90439e5a19567a87d3e5cd11858c420",
        release: "not dated; a 2026 6.x copy by its content",
        properties: {
            adminAccountId: {
                tf: "admin_account_id",
                line: 34,
                forceNew: 37,
                provider: [(0, ruleChecks_1.helper)(VERIFY_VALID_ACCOUNT_ID, [(0, ruleChecks_1.matches)(/^\d{12}$/, "must be a 12-digit account ID")], 38)],
                api: { member: "EnableOrganizationAdminAccount.AdminAccountId", shape: "String" },
                note: "ForceNew (line 37). Must be called from the Organizations management account; API shape is a plain String (no pattern).",
            },
        },
    },
    // aws:guardduty/organizationConfigurationFeature:OrganizationConfigurationFeature
    "aws:guardduty/organizationConfigurationFeature:OrganizationConfigurationFeature": {
        tfResource: "aws_guardduty_organization_configuration_feature",
        file: "internal/service/guardduty/organization_configuration_feature.go",
        commit: "01f431114674c27cf790fafb67ac274bf8f765e1",
        release: "not dated; a 5.x copy by its content (older than the bundled 6.46+)",
        properties: {
            additionalConfigurations: {
                tf: "additional_configuration",
                line: 34,
                forceNew: 36,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "UpdateOrganizationConfiguration.Features[].AdditionalConfiguration",
                    shape: "OrganizationAdditionalConfigurations",
                },
                note: "TypeList, ForceNew (line 36), no item limits.",
            },
            "additionalConfigurations[].autoEnable": {
                tf: "additional_configuration.auto_enable",
                line: 40,
                provider: [(0, ruleChecks_1.oneOf)(["NEW", "NONE", "ALL"], 43)],
                api: {
                    member: "UpdateOrganizationConfiguration.Features[].AdditionalConfiguration[].AutoEnable",
                    shape: "OrgFeatureStatus",
                    enum: ["NEW", "NONE", "ALL"],
                },
            },
            "additionalConfigurations[].name": {
                tf: "additional_configuration.name",
                line: 45,
                forceNew: 48,
                provider: [(0, ruleChecks_1.oneOf)(["EKS_ADDON_MANAGEMENT", "ECS_FARGATE_AGENT_MANAGEMENT", "EC2_AGENT_MANAGEMENT"], 49)],
                api: {
                    member: "UpdateOrganizationConfiguration.Features[].AdditionalConfiguration[].Name",
                    shape: "OrgFeatureAdditionalConfiguration",
                    enum: ["EKS_ADDON_MANAGEMENT", "ECS_FARGATE_AGENT_MANAGEMENT", "EC2_AGENT_MANAGEMENT"],
                },
                note: "ForceNew (line 48).",
            },
            autoEnable: {
                tf: "auto_enable",
                line: 54,
                provider: [(0, ruleChecks_1.oneOf)(["NEW", "NONE", "ALL"], 57)],
                api: { member: "UpdateOrganizationConfiguration.Features[].AutoEnable", shape: "OrgFeatureStatus", enum: ["NEW", "NONE", "ALL"] },
            },
            detectorId: {
                tf: "detector_id",
                line: 59,
                forceNew: 62,
                provider: exports.NO_VALIDATOR,
                api: { member: "UpdateOrganizationConfiguration.DetectorId", shape: "DetectorId", min: 1, max: 300 },
                note: "ForceNew (line 62). API length 1..300 not checked at plan time.",
            },
            name: {
                tf: "name",
                line: 64,
                forceNew: 67,
                provider: [
                    (0, ruleChecks_1.oneOf)([
                        "S3_DATA_EVENTS",
                        "EKS_AUDIT_LOGS",
                        "EBS_MALWARE_PROTECTION",
                        "RDS_LOGIN_EVENTS",
                        "LAMBDA_NETWORK_LOGS",
                        "EKS_RUNTIME_MONITORING",
                        "RUNTIME_MONITORING",
                    ], 68),
                ],
                api: {
                    member: "UpdateOrganizationConfiguration.Features[].Name",
                    shape: "OrgFeature",
                    enum: [
                        "S3_DATA_EVENTS",
                        "EKS_AUDIT_LOGS",
                        "EBS_MALWARE_PROTECTION",
                        "RDS_LOGIN_EVENTS",
                        "LAMBDA_NETWORK_LOGS",
                        "EKS_RUNTIME_MONITORING",
                        "RUNTIME_MONITORING",
                    ],
                },
                note: "ForceNew (line 67). TF Required but Pulumi 7.48 types it optional (auto-naming would yield an invalid value): always set it. Pulumi 7.48 docs also list AI_PROTECTION, AI_ANALYST (not in botocore 1.43.11 OrgFeature).",
            },
        },
    },
    // aws:guardduty/organizationConfiguration:OrganizationConfiguration
    "aws:guardduty/organizationConfiguration:OrganizationConfiguration": {
        tfResource: "aws_guardduty_organization_configuration",
        file: "internal/service/guardduty/organization_configuration.go",
        commit: "01f431114674c27cf790fafb67ac274bf8f765e1",
        release: "not dated; a 5.x copy by its content (older than the bundled 6.46+, which has no auto_enable argument)",
        customizeDiff: [
            {
                line: 139,
                what: "none that validate: a customdiff.Sequence that only SetNew()s computed values - auto_enable := (auto_enable_organization_members != NONE) when the latter is configured (line 153); otherwise auto_enable true/false => auto_enable_organization_members NEW/NONE (lines 158, 160).",
            },
        ],
        properties: {
            autoEnableOrganizationMembers: {
                tf: "auto_enable_organization_members",
                line: 45,
                provider: [(0, ruleChecks_1.oneOf)(["NEW", "ALL", "NONE"], 50)],
                relations: { exactlyOneOf: ["auto_enable", "auto_enable_organization_members"] },
                api: {
                    member: "UpdateOrganizationConfiguration.AutoEnableOrganizationMembers",
                    shape: "AutoEnableMembers",
                    enum: ["NEW", "ALL", "NONE"],
                },
                note: "VERSION MISMATCH: read at a 5.x commit. Pulumi 7.48 (TF 6.4x) has no autoEnable input and types autoEnableOrganizationMembers as required, i.e. in 6.x auto_enable was removed and this attribute became Required; the ExactlyOneOf below then reduces to 'required'. In the read version it is Optional+Computed with ExactlyOneOf (line 49).",
            },
            datasources: {
                tf: "datasources",
                line: 52,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 1, 56)],
                api: { member: "UpdateOrganizationConfiguration.DataSources", shape: "OrganizationDataSourceConfigurations" },
                note: "Optional+Computed. Deprecated in Pulumi 7.48 d.ts in favour of aws.guardduty.OrganizationConfigurationFeature.",
            },
            "datasources.kubernetes": {
                tf: "datasources.kubernetes",
                line: 59,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 1, 63)],
                api: { member: "UpdateOrganizationConfiguration.DataSources.Kubernetes", shape: "OrganizationKubernetesConfiguration" },
            },
            "datasources.kubernetes.auditLogs": {
                tf: "datasources.kubernetes.audit_logs",
                line: 66,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 1, 69)],
                api: {
                    member: "UpdateOrganizationConfiguration.DataSources.Kubernetes.AuditLogs",
                    shape: "OrganizationKubernetesAuditLogsConfiguration",
                },
                note: "Required inside kubernetes (line 68).",
            },
            "datasources.kubernetes.auditLogs.enable": {
                tf: "datasources.kubernetes.audit_logs.enable",
                line: 72,
                provider: exports.NO_VALIDATOR,
                api: { member: "UpdateOrganizationConfiguration.DataSources.Kubernetes.AuditLogs.AutoEnable", shape: "Boolean" },
                note: "TypeBool Required (line 74); sent as AutoEnable.",
            },
            "datasources.malwareProtection": {
                tf: "datasources.malware_protection",
                line: 82,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 1, 86)],
                api: {
                    member: "UpdateOrganizationConfiguration.DataSources.MalwareProtection",
                    shape: "OrganizationMalwareProtectionConfiguration",
                },
            },
            "datasources.malwareProtection.scanEc2InstanceWithFindings": {
                tf: "datasources.malware_protection.scan_ec2_instance_with_findings",
                line: 89,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 1, 92)],
                api: {
                    member: "UpdateOrganizationConfiguration.DataSources.MalwareProtection.ScanEc2InstanceWithFindings",
                    shape: "OrganizationScanEc2InstanceWithFindings",
                },
                note: "Required (line 91).",
            },
            "datasources.malwareProtection.scanEc2InstanceWithFindings.ebsVolumes": {
                tf: "datasources.malware_protection.scan_ec2_instance_with_findings.ebs_volumes",
                line: 95,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 1, 98)],
                api: {
                    member: "UpdateOrganizationConfiguration.DataSources.MalwareProtection.ScanEc2InstanceWithFindings.EbsVolumes",
                    shape: "OrganizationEbsVolumes",
                },
                note: "Required (line 97).",
            },
            "datasources.malwareProtection.scanEc2InstanceWithFindings.ebsVolumes.autoEnable": {
                tf: "datasources.malware_protection.scan_ec2_instance_with_findings.ebs_volumes.auto_enable",
                line: 101,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "UpdateOrganizationConfiguration.DataSources.MalwareProtection.ScanEc2InstanceWithFindings.EbsVolumes.AutoEnable",
                    shape: "Boolean",
                },
                note: "TypeBool Required (line 103).",
            },
            "datasources.s3Logs": {
                tf: "datasources.s3_logs",
                line: 114,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 1, 118)],
                api: { member: "UpdateOrganizationConfiguration.DataSources.S3Logs", shape: "OrganizationS3LogsConfiguration" },
            },
            "datasources.s3Logs.autoEnable": {
                tf: "datasources.s3_logs.auto_enable",
                line: 121,
                provider: exports.NO_VALIDATOR,
                api: { member: "UpdateOrganizationConfiguration.DataSources.S3Logs.AutoEnable", shape: "Boolean" },
                note: "TypeBool Required (line 123).",
            },
            detectorId: {
                tf: "detector_id",
                line: 131,
                forceNew: 134,
                provider: [(0, ruleChecks_1.notEmpty)(135)],
                api: { member: "UpdateOrganizationConfiguration.DetectorId", shape: "DetectorId", min: 1, max: 300 },
                note: "ForceNew (line 134). API length 1..300 not checked beyond non-empty. Must be the delegated administrator's detector.",
            },
        },
    },
    // aws:iam/rolePolicy:RolePolicy
    "aws:iam/rolePolicy:RolePolicy": {
        tfResource: "aws_iam_role_policy",
        file: "internal/service/iam/role_policy.go",
        commit: "02f97af85f89a04e8ed89f5e8b64a9a67f3cfe07",
        release: "not dated; a 5.x copy by its content (older than the bundled 6.46+)",
        properties: {
            name: {
                tf: "name",
                line: 45,
                forceNew: 49,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDROLEPOLICYNAME_VALIDRESOURCENAME_ROLEPOLICYNAMEMAXLEN_128, [
                        (0, ruleChecks_1.bytesBetween)(1, 128, 21),
                        (0, ruleChecks_1.matches)(/^[\w+=,.@-]*$/, "must match [\\w+=,.@-]", 22),
                    ]),
                ],
                relations: { conflictsWith: ["name_prefix"] },
                api: { member: "PutRolePolicy.PolicyName", shape: "policyNameType", min: 1, max: 128, pattern: "[\\w+=,.@-]+" },
                note: "Optional, Computed, ForceNew. validRolePolicyName at iam/validate.go line 17; rolePolicyNameMaxLen = 128 (role_policy.go line 28).",
            },
            namePrefix: {
                tf: "name_prefix",
                line: 53,
                forceNew: 57,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDRESOURCENAME_ROLEPOLICYNAMEPREFIXMAXLEN_102, [
                        (0, ruleChecks_1.bytesBetween)(1, 102, 21),
                        (0, ruleChecks_1.matches)(/^[\w+=,.@-]*$/, "must match [\\w+=,.@-]", 22),
                    ]),
                ],
                relations: { conflictsWith: ["name"] },
                api: {
                    member: "PutRolePolicy.PolicyName (prefix + 26-char suffix)",
                    shape: "policyNameType",
                    min: 1,
                    max: 128,
                    pattern: "[\\w+=,.@-]+",
                },
                note: "rolePolicyNamePrefixMaxLen = 128 - id.UniqueIDSuffixLength(26) = 102 (line 29).",
            },
            policy: {
                tf: "policy",
                line: 61,
                provider: [(0, ruleChecks_1.helper)(VERIFY_VALIDIAMPOLICYJSON_10240, [(0, ruleChecks_1.iamPolicyJson)(165, 10240)])],
                api: {
                    member: "PutRolePolicy.PolicyDocument",
                    shape: "policyDocumentType",
                    min: 1,
                    max: 131072,
                    pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
                },
                note: "At this commit the call is verify.ValidIAMPolicyJSON(10240) (line 64). The newer role.go (id 4782037191) calls a non-parameterised verify.ValidIAMPolicyJSON (no size check), so whether 6.4x role_policy.go has the 10240 check is NOT confirmed. AWS quota: inline role policies aggregate <= 10,240 characters per role (IAM quotas, not modelled).",
            },
            role: {
                tf: "role",
                line: 72,
                forceNew: 75,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDROLEPOLICYROLE, [
                        (0, ruleChecks_1.bytesBetween)(1, 128, 58),
                        (0, ruleChecks_1.matches)(/[\w+=,.@-]+/, "must match [\\w+=,.@-]+", 59),
                        (0, ruleChecks_1.notAnArn)("must be the role's name not its ARN", 60),
                    ]),
                ],
                api: { member: "PutRolePolicy.RoleName", shape: "roleNameType", min: 1, max: 64, pattern: "[\\w+=,.@-]+" },
                note: "ForceNew. Provider allows up to 128 bytes; API max 64.",
            },
        },
    },
    // aws:iam/rolePolicyAttachment:RolePolicyAttachment
    "aws:iam/rolePolicyAttachment:RolePolicyAttachment": {
        tfResource: "aws_iam_role_policy_attachment",
        file: "internal/service/iam/role_policy_attachment.go",
        commit: "04c79849dbe7fbe76c3054b364357bcdaade9ac5",
        release: "not dated; a 4.x copy by its content (aws-sdk-go v1; older than the bundled 6.46+)",
        properties: {
            role: {
                tf: "role",
                line: 27,
                provider: exports.NO_VALIDATOR,
                api: { member: "AttachRolePolicy.RoleName", shape: "roleNameType", min: 1, max: 64, pattern: "[\\w+=,.@-]+" },
                note: "Required, ForceNew (lines 29-30). The role's name, which Pulumi generates from the role resource's name.",
            },
            policyArn: {
                tf: "policy_arn",
                line: 32,
                provider: exports.NO_VALIDATOR,
                api: { member: "AttachRolePolicy.PolicyArn", shape: "arnType", min: 20, max: 2048 },
                note: "Required, ForceNew (lines 34-35); no plan-time check in the read version.",
            },
        },
    },
    // aws:iam/role:Role
    "aws:iam/serviceLinkedRole:ServiceLinkedRole": {
        tfResource: "aws_iam_service_linked_role",
        file: "internal/service/iam/service_linked_role.go",
        commit: "01c08000ddb14181b5bd19201d8fca311dc570e4",
        release: "not dated; a 5.x copy by its content (aws-sdk-go v1; older than the bundled 6.46+)",
        properties: {
            awsServiceName: {
                tf: "aws_service_name",
                line: 40,
                provider: [(0, ruleChecks_1.matches)(/\./, "must be a full service hostname e.g. elasticbeanstalk.amazonaws.com", 44)],
                forceNew: 43,
                api: { member: "CreateServiceLinkedRole.AWSServiceName", shape: "groupNameType", min: 1, max: 128, pattern: "[\\w+=,.@-]+" },
                note: "Required, ForceNew. validation.StringMatch on `\\.` only: the service must be one AWS lets create a service-linked role, which only CreateServiceLinkedRole checks.",
            },
        },
    },
    "aws:iam/role:Role": {
        tfResource: "aws_iam_role",
        file: "internal/service/iam/role.go",
        commit: null,
        release: "not dated; a 6.x copy by its content",
        commitNote: "The public code index served this copy (file id 4782037191) without naming its commit; the line numbers are this copy's.",
        properties: {
            assumeRolePolicy: {
                tf: "assume_role_policy",
                line: 82,
                provider: [(0, ruleChecks_1.helper)(VERIFY_VALIDIAMPOLICYJSON, [(0, ruleChecks_1.iamPolicyJson)(153)])],
                api: {
                    member: "CreateRole.AssumeRolePolicyDocument",
                    shape: "policyDocumentType",
                    min: 1,
                    max: 131072,
                    pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
                },
                note: "In the old version (commit 0040ea6911af00bea2cca6dbb14e86829826ad8e, line 49/52) this was validation.StringIsJSON only. AWS quota (not in model): trust policy length default 2048 characters (IAM quotas).",
            },
            description: {
                tf: "description",
                line: 97,
                provider: [
                    (0, ruleChecks_1.bytesBetween)(0, 1000, 101),
                    (0, ruleChecks_1.doesNotMatch)(/[\u201c\u2018]/, "cannot contain specially formatted single or double quotes", 102),
                    (0, ruleChecks_1.matches)(/[\p{L}\p{M}\p{Z}\p{S}\p{N}\p{P}]*/u, "must match [\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]*", 103),
                ],
                api: {
                    member: "CreateRole.Description",
                    shape: "roleDescriptionType",
                    max: 1000,
                    pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*",
                },
                note: "Provider length is bytes (non-ASCII counts more than 1).",
            },
            name: {
                tf: "name",
                line: 171,
                forceNew: 175,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDRESOURCENAME_ROLENAMEMAXLEN_64, [(0, ruleChecks_1.bytesBetween)(1, 64, 21), (0, ruleChecks_1.matches)(/^[\w+=,.@-]*$/, "must match [\\w+=,.@-]", 22)]),
                ],
                relations: { conflictsWith: ["name_prefix"] },
                api: { member: "CreateRole.RoleName", shape: "roleNameType", min: 1, max: 64, pattern: "[\\w+=,.@-]+" },
                note: "Optional, Computed, ForceNew; ConflictsWith line 176; roleNameMaxLen = 64 (line 46).",
            },
            namePrefix: {
                tf: "name_prefix",
                line: 179,
                forceNew: 183,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDRESOURCENAME_ROLENAMEPREFIXMAXLEN_38, [
                        (0, ruleChecks_1.bytesBetween)(1, 38, 21),
                        (0, ruleChecks_1.matches)(/^[\w+=,.@-]*$/, "must match [\\w+=,.@-]", 22),
                    ]),
                ],
                relations: { conflictsWith: ["name"] },
                api: { member: "CreateRole.RoleName (prefix + 26-char suffix)", shape: "roleNameType", min: 1, max: 64, pattern: "[\\w+=,.@-]+" },
                note: "roleNamePrefixMaxLen = roleNameMaxLen - id.UniqueIDSuffixLength (line 47) = 64 - 26 = 38 (UniqueIDSuffixLength=26 in terraform-plugin-sdk helper/id; not read this session).",
            },
            maxSessionDuration: {
                tf: "max_session_duration",
                line: 165,
                provider: [(0, ruleChecks_1.intBetween)(3600, 43200, 169)],
                api: { member: "CreateRole.MaxSessionDuration", shape: "roleMaxSessionDurationType", min: 3600, max: 43200 },
                note: "Default 3600.",
            },
            path: {
                tf: "path",
                line: 187,
                forceNew: 191,
                provider: [(0, ruleChecks_1.bytesBetween)(0, 512, 192)],
                api: { member: "CreateRole.Path", shape: "pathType", min: 1, max: 512, pattern: "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)" },
                note: "Default '/', ForceNew. API requires '/' or '/.../' - the provider does not check the slashes.",
            },
            permissionsBoundary: {
                tf: "permissions_boundary",
                line: 194,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 71)],
                api: { member: "CreateRole.PermissionsBoundary", shape: "arnType", min: 20, max: 2048 },
            },
            forceDetachPolicies: {
                tf: "force_detach_policies",
                line: 106,
                provider: exports.NO_VALIDATOR,
                api: { member: "none (provider-side delete behaviour)" },
                note: "Default false.",
            },
            inlinePolicies: {
                tf: "inline_policy",
                line: 111,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutRolePolicy (one call per element)", shape: "PutRolePolicyRequest" },
                note: "TypeSet, Optional+Computed, Deprecated (line 115). No MinItems/MaxItems.",
            },
            "inlinePolicies[].name": {
                tf: "inline_policy.name",
                line: 122,
                provider: [
                    (0, ruleChecks_1.notEmpty)(126),
                    (0, ruleChecks_1.helper)(VALIDROLEPOLICYNAME_VALIDRESOURCENAME_ROLEPOLICYNAMEMAXLEN_128, [
                        (0, ruleChecks_1.bytesBetween)(1, 128, 21),
                        (0, ruleChecks_1.matches)(/^[\w+=,.@-]*$/, "must match [\\w+=,.@-]", 22),
                    ]),
                ],
                api: { member: "PutRolePolicy.PolicyName", shape: "policyNameType", min: 1, max: 128, pattern: "[\\w+=,.@-]+" },
                note: "validRolePolicyName defined at iam/validate.go line 17; rolePolicyNameMaxLen=128 is in role_policy.go line 28 (commit 02f97af85f89a04e8ed89f5e8b64a9a67f3cfe07).",
            },
            "inlinePolicies[].policy": {
                tf: "inline_policy.policy",
                line: 130,
                provider: [(0, ruleChecks_1.helper)(VERIFY_VALIDIAMPOLICYJSON, [(0, ruleChecks_1.iamPolicyJson)(153)])],
                api: {
                    member: "PutRolePolicy.PolicyDocument",
                    shape: "policyDocumentType",
                    min: 1,
                    max: 131072,
                    pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
                },
            },
        },
    },
    // aws:organizations/delegatedAdministrator:DelegatedAdministrator
    "aws:organizations/delegatedAdministrator:DelegatedAdministrator": {
        tfResource: "aws_organizations_delegated_administrator",
        file: "internal/service/organizations/delegated_administrator.go",
        commit: "21d93134c7c72fa95b99ba84234471c94bc85233",
        release: "not dated; a 4.x copy by its content (aws-sdk-go v1; older than the bundled 6.46+)",
        properties: {
            accountId: {
                tf: "account_id",
                line: 29,
                provider: [(0, ruleChecks_1.helper)(VERIFY_VALID_ACCOUNT_ID, [(0, ruleChecks_1.matches)(/^\d{12}$/, "must be a 12-digit account ID")], 33)],
                api: { member: "RegisterDelegatedAdministrator.AccountId", shape: "AccountId", max: 12, pattern: "^\\d{12}$" },
                note: "Required, ForceNew (lines 31-32). Called from the management account.",
            },
            servicePrincipal: {
                tf: "service_principal",
                line: 35,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 128, 39)],
                api: {
                    member: "RegisterDelegatedAdministrator.ServicePrincipal",
                    shape: "ServicePrincipal",
                    min: 1,
                    max: 128,
                    pattern: "[\\w+=,.@-]*",
                },
                note: "Required, ForceNew (lines 37-38). The service must support delegated administration and have trusted access enabled.",
            },
        },
    },
    // aws:kms/alias:Alias
    "aws:kms/alias:Alias": {
        tfResource: "aws_kms_alias",
        file: "internal/service/kms/alias.go",
        commit: "01c08000ddb14181b5bd19201d8fca311dc570e4",
        release: "not dated; a 4.x or 5.x copy by its content; a newer copy the index served without its commit has the same validators",
        properties: {
            name: {
                tf: "name",
                line: 35,
                forceNew: 39,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDNAMEFORRESOURCE, [
                        (0, ruleChecks_1.doesNotMatch)(/^(alias\/aws\/)/, "cannot begin with reserved AWS CMK prefix 'alias/aws/'", 35),
                        (0, ruleChecks_1.matches)(/^(alias\/)[a-zA-Z0-9/_-]+$/, "must begin with 'alias/' and be comprised of only [a-zA-Z0-9/_-]", 39),
                    ]),
                ],
                relations: { conflictsWith: ["name_prefix"] },
                api: { member: "CreateAlias.AliasName", shape: "AliasNameType", min: 1, max: 256, pattern: "^[a-zA-Z0-9:/_-]+$" },
                note: "Optional, Computed, ForceNew; ConflictsWith line 40. Provider forbids ':' which the API pattern allows. If neither name nor name_prefix is set, the name is generated as 'alias/' + unique id (create.Name with prefix AliasNamePrefix). In the newer stored version (id 1796884670, aws-sdk-go-v2, no commit reported) the same validator is at line 47 (key at line 41).",
            },
            namePrefix: {
                tf: "name_prefix",
                line: 44,
                forceNew: 48,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDNAMEFORRESOURCE, [
                        (0, ruleChecks_1.doesNotMatch)(/^(alias\/aws\/)/, "cannot begin with reserved AWS CMK prefix 'alias/aws/'", 35),
                        (0, ruleChecks_1.matches)(/^(alias\/)[a-zA-Z0-9/_-]+$/, "must begin with 'alias/' and be comprised of only [a-zA-Z0-9/_-]", 39),
                    ]),
                ],
                relations: { conflictsWith: ["name"] },
                api: {
                    member: "CreateAlias.AliasName (prefix + 26-char unique suffix)",
                    shape: "AliasNameType",
                    min: 1,
                    max: 256,
                    pattern: "^[a-zA-Z0-9:/_-]+$",
                },
                note: "The prefix itself must satisfy validNameForResource (so it must start with 'alias/' and have at least one more allowed character). No length check on the prefix; generated name = prefix + 26 chars must fit 256 for the API. Newer version: line 49/55.",
            },
            targetKeyId: {
                tf: "target_key_id",
                line: 58,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateAlias.TargetKeyId", shape: "KeyIdType", min: 1, max: 2048 },
                note: "DiffSuppressFunc only. Newer version line 61.",
            },
        },
    },
    // aws:kms/key:Key
    "aws:kms/key:Key": {
        tfResource: "aws_kms_key",
        file: "internal/service/kms/key.go",
        commit: "00a35305dc1b297a6fcdecdfbba33f1e63c3da39",
        release: "6.36.0 (the CHANGELOG at this commit heads 6.36.0, March 11, 2026)",
        properties: {
            deletionWindowInDays: {
                tf: "deletion_window_in_days",
                line: 76,
                provider: [(0, ruleChecks_1.intBetween)(7, 30, 79)],
                api: { member: "ScheduleKeyDeletion.PendingWindowInDays", shape: "PendingWindowInDaysType", min: 1, max: 365 },
                note: "Only used at destroy (ScheduleKeyDeletion). The botocore 1.43.11 model allows 1..365; the provider allows 7..30.",
            },
            description: {
                tf: "description",
                line: 81,
                provider: [(0, ruleChecks_1.bytesBetween)(0, 8192, 85)],
                api: { member: "CreateKey.Description", shape: "DescriptionType", min: 0, max: 8192 },
                note: "Optional+Computed. Provider length is bytes, API length is characters.",
            },
            enableKeyRotation: {
                tf: "enable_key_rotation",
                line: 87,
                provider: exports.NO_VALIDATOR,
                api: { member: "EnableKeyRotation / DisableKeyRotation (not a CreateKey member)" },
                note: "Default false.",
            },
            policy: {
                tf: "policy",
                line: 114,
                provider: [(0, ruleChecks_1.helper)(SDKV2_IAMPOLICYDOCUMENTSCHEMAOPTIONALCOMPUTED, [(0, ruleChecks_1.isJson)(117)])],
                api: {
                    member: "CreateKey.Policy / PutKeyPolicy.Policy",
                    shape: "PolicyType",
                    min: 1,
                    max: 131072,
                    pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
                },
                note: "names.AttrPolicy: sdkv2.IAMPolicyDocumentSchemaOptionalComputed() (Optional, Computed, ValidateFunc validation.StringIsJSON). Not verify.ValidIAMPolicyJSON: leading whitespace or a JSON array passes the provider.",
            },
            rotationPeriodInDays: {
                tf: "rotation_period_in_days",
                line: 115,
                provider: [(0, ruleChecks_1.intBetween)(90, 2560, 119)],
                relations: { requiredWith: ["enable_key_rotation"] },
                api: { member: "EnableKeyRotation.RotationPeriodInDays", shape: "RotationPeriodInDaysType", min: 90, max: 2560 },
                note: "Optional+Computed. RequiredWith at line 120: if set, enable_key_rotation must also be set in config (any value).",
            },
            keyUsage: {
                tf: "key_usage",
                line: 101,
                forceNew: 104,
                provider: [(0, ruleChecks_1.oneOf)(["SIGN_VERIFY", "ENCRYPT_DECRYPT", "GENERATE_VERIFY_MAC", "KEY_AGREEMENT"], 106)],
                api: {
                    member: "CreateKey.KeyUsage",
                    shape: "KeyUsageType",
                    enum: ["SIGN_VERIFY", "ENCRYPT_DECRYPT", "GENERATE_VERIFY_MAC", "KEY_AGREEMENT"],
                },
                note: "ForceNew, default ENCRYPT_DECRYPT. The SDK enum in the provider build may lag botocore 1.43.11.",
            },
            customerMasterKeySpec: {
                tf: "customer_master_key_spec",
                line: 69,
                forceNew: 72,
                provider: [
                    (0, ruleChecks_1.oneOf)([
                        "RSA_2048",
                        "RSA_3072",
                        "RSA_4096",
                        "ECC_NIST_P256",
                        "ECC_NIST_P384",
                        "ECC_NIST_P521",
                        "ECC_SECG_P256K1",
                        "SYMMETRIC_DEFAULT",
                        "HMAC_224",
                        "HMAC_256",
                        "HMAC_384",
                        "HMAC_512",
                        "SM2",
                        "ML_DSA_44",
                        "ML_DSA_65",
                        "ML_DSA_87",
                        "ECC_NIST_EDWARDS25519",
                    ], 74),
                ],
                api: {
                    member: "CreateKey.KeySpec",
                    shape: "KeySpec",
                    enum: [
                        "RSA_2048",
                        "RSA_3072",
                        "RSA_4096",
                        "ECC_NIST_P256",
                        "ECC_NIST_P384",
                        "ECC_NIST_P521",
                        "ECC_SECG_P256K1",
                        "SYMMETRIC_DEFAULT",
                        "HMAC_224",
                        "HMAC_256",
                        "HMAC_384",
                        "HMAC_512",
                        "SM2",
                        "ML_DSA_44",
                        "ML_DSA_65",
                        "ML_DSA_87",
                        "ECC_NIST_EDWARDS25519",
                    ],
                },
                note: "ForceNew, default SYMMETRIC_DEFAULT. Sent as KeySpec (not the deprecated CustomerMasterKeySpec member). The SDK enum compiled into the provider may lag botocore 1.43.11 (e.g. ML_DSA_*/ECC_NIST_EDWARDS25519 are recent).",
            },
            multiRegion: {
                tf: "multi_region",
                line: 108,
                forceNew: 112,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateKey.MultiRegion", shape: "NullableBooleanType" },
                note: "Optional, Computed, ForceNew.",
            },
            bypassPolicyLockoutSafetyCheck: {
                tf: "bypass_policy_lockout_safety_check",
                line: 58,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateKey.BypassPolicyLockoutSafetyCheck", shape: "BooleanType" },
                note: "Default false.",
            },
            isEnabled: {
                tf: "is_enabled",
                line: 92,
                provider: exports.NO_VALIDATOR,
                api: { member: "EnableKey / DisableKey (not a CreateKey member)" },
                note: "Default true.",
            },
        },
    },
    // aws:lambda/function:Function
    "aws:lambda/function:Function": {
        tfResource: "aws_lambda_function",
        file: "internal/service/lambda/function.go",
        commit: "0156d84e6bb47e4a5fe0c8e87cf2d14fb1dc3b8c",
        release: "not dated; a 6.2x copy (December 2025) by its content",
        planChecks: [
            {
                line: 578,
                accepts: "handler and runtime set for a Zip package (the default)",
                problem: (inputs) => (inputs.packageType ?? "Zip") === "Zip" && (!(0, exports.isSet)(inputs.handler) || !(0, exports.isSet)(inputs.runtime))
                    ? "handler and runtime must be set when PackageType is Zip"
                    : undefined,
            },
        ],
        customizeDiff: [
            {
                line: 578,
                what: "checkHandlerRuntimeForZipFunction (in customdiff.Sequence at line 577; function defined later in the file, not saved/line-cited): if package_type == \"Zip\" (the default, line 372) and either handler or runtime is unset (d.GetOk false, i.e. missing or empty), plan fails: 'handler and runtime must be set when PackageType is Zip'.",
            },
            {
                line: 579,
                what: "updateComputedAttributesOnPublish: marks last_modified / version / qualified_arn / qualified_invoke_arn as computed; none that validate.",
            },
            {
                line: 580,
                what: 'customdiff.ForceNewIfChange("durable_config", ...): forces replacement when durable_config is added or removed; none that validate.',
            },
        ],
        properties: {
            code: {
                tf: "filename",
                line: 237,
                provider: exports.NO_VALIDATOR,
                relations: { exactlyOneOf: ["filename", "image_uri", "s3_bucket"] },
                api: { member: "CreateFunction.Code.ZipFile", shape: "Blob" },
                note: "Pulumi's `code` (an Archive) is bridged to TF `filename` (the provider reads the file and sends Code.ZipFile). No value validator. ExactlyOneOf filename / image_uri / s3_bucket (line 240): exactly one of code, imageUri, s3Bucket must be set. s3_bucket RequiredWith s3_key (line 427) and s3_key RequiredWith s3_bucket (line 432); s3_object_version ConflictsWith filename, image_uri (line 437). source_code_hash (line 470) has no validator.",
            },
            description: {
                tf: "description",
                line: 149,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateFunction.Description", shape: "Description", min: 0, max: 256 },
                note: "No provider validator; API max 256 characters.",
            },
            "environment.variables": {
                tf: "environment.variables",
                line: 179,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateFunction.Environment.Variables", shape: "EnvironmentVariables" },
                note: "Map of string; NO key regex or value check in the provider (keys like ALERT_TOPIC_ARN, TRAIL_ARN are only checked by the API: EnvironmentVariableName pattern [a-zA-Z]([a-zA-Z0-9_])+, i.e. letter first, then at least one letter/digit/underscore). environment block MaxItems 1 (line 176). Lambda docs also cap total environment size at 4 KB (not in the model). An empty map is not sent.",
            },
            handler: {
                tf: "handler",
                line: 248,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 128, 251)],
                api: { member: "CreateFunction.Handler", shape: "Handler", min: 0, max: 128, pattern: "[^\\s]+" },
                note: "Needed for Zip packages via the CustomizeDiff (line 578).",
            },
            memorySize: {
                tf: "memory_size",
                line: 362,
                provider: [(0, ruleChecks_1.intBetween)(128, 10240, 366)],
                api: { member: "CreateFunction.MemorySize", shape: "MemorySize", min: 128, max: 32768 },
                note: "Default 128 (line 365).",
            },
            name: {
                tf: "function_name",
                line: 242,
                forceNew: 245,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDFUNCTIONNAME, [
                        (0, ruleChecks_1.matches)(/^(arn:[\w-]+:lambda:)?([a-z]{2}-(?:[a-z]+-){1,2}\d{1}:)?(\d{12}:)?(function:)?([0-9A-Za-z_-]+)(:(\$LATEST|[0-9A-Za-z_-]+))?$/, "must be valid function name or function ARN", 30),
                        (0, ruleChecks_1.bytesBetween)(1, 140, 31),
                        (0, ruleChecks_1.lambdaFunctionNamePart)(64, 47),
                    ]),
                ],
                api: {
                    member: "CreateFunction.FunctionName",
                    shape: "FunctionName",
                    min: 1,
                    max: 140,
                    pattern: "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?",
                },
                note: "ForceNew (line 245). Pulumi auto-names `name` when omitted (name + random suffix).",
            },
            role: {
                tf: "role",
                line: 413,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 416)],
                api: {
                    member: "CreateFunction.Role",
                    shape: "RoleArn",
                    pattern: "arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+",
                },
            },
            runtime: {
                tf: "runtime",
                line: 418,
                provider: [
                    (0, ruleChecks_1.oneOf)([
                        "nodejs",
                        "nodejs4.3",
                        "nodejs6.10",
                        "nodejs8.10",
                        "nodejs10.x",
                        "nodejs12.x",
                        "nodejs14.x",
                        "nodejs16.x",
                        "java8",
                        "java8.al2",
                        "java11",
                        "python2.7",
                        "python3.6",
                        "python3.7",
                        "python3.8",
                        "python3.9",
                        "dotnetcore1.0",
                        "dotnetcore2.0",
                        "dotnetcore2.1",
                        "dotnetcore3.1",
                        "dotnet6",
                        "dotnet8",
                        "nodejs4.3-edge",
                        "go1.x",
                        "ruby2.5",
                        "ruby2.7",
                        "provided",
                        "provided.al2",
                        "nodejs18.x",
                        "python3.10",
                        "java17",
                        "ruby3.2",
                        "ruby3.3",
                        "ruby3.4",
                        "python3.11",
                        "nodejs20.x",
                        "provided.al2023",
                        "python3.12",
                        "java21",
                        "python3.13",
                        "nodejs22.x",
                        "nodejs24.x",
                        "python3.14",
                        "java25",
                        "dotnet10",
                        "ruby4.0",
                    ], 421),
                ],
                api: {
                    member: "CreateFunction.Runtime",
                    shape: "Runtime",
                    enum: [
                        "nodejs",
                        "nodejs4.3",
                        "nodejs6.10",
                        "nodejs8.10",
                        "nodejs10.x",
                        "nodejs12.x",
                        "nodejs14.x",
                        "nodejs16.x",
                        "java8",
                        "java8.al2",
                        "java11",
                        "python2.7",
                        "python3.6",
                        "python3.7",
                        "python3.8",
                        "python3.9",
                        "dotnetcore1.0",
                        "dotnetcore2.0",
                        "dotnetcore2.1",
                        "dotnetcore3.1",
                        "dotnet6",
                        "dotnet8",
                        "nodejs4.3-edge",
                        "go1.x",
                        "ruby2.5",
                        "ruby2.7",
                        "provided",
                        "provided.al2",
                        "nodejs18.x",
                        "python3.10",
                        "java17",
                        "ruby3.2",
                        "ruby3.3",
                        "ruby3.4",
                        "python3.11",
                        "nodejs20.x",
                        "provided.al2023",
                        "python3.12",
                        "java21",
                        "python3.13",
                        "nodejs22.x",
                        "nodejs24.x",
                        "python3.14",
                        "java25",
                        "dotnet10",
                        "ruby4.0",
                    ],
                },
                note: "Needed for Zip packages via the CustomizeDiff (line 578). Only sent when package_type is Zip.",
            },
            timeout: {
                tf: "timeout",
                line: 503,
                provider: [(0, ruleChecks_1.intBetween)(1, 900, 507)],
                api: { member: "CreateFunction.Timeout", shape: "Timeout", min: 1 },
                note: "Default 3 (line 506).",
            },
            "architectures[]": {
                tf: "architectures",
                line: 77,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 1, 81), (0, ruleChecks_1.oneOf)(["x86_64", "arm64"], 84)],
                api: { member: "CreateFunction.Architectures", shape: "ArchitecturesList", min: 1, max: 1, enum: ["x86_64", "arm64"] },
                note: "Extra. Optional+Computed list, MaxItems 1.",
            },
            reservedConcurrentExecutions: {
                tf: "reserved_concurrent_executions",
                line: 403,
                provider: [(0, ruleChecks_1.intAtLeast)(-1, 407)],
                api: { member: "PutFunctionConcurrency.ReservedConcurrentExecutions", shape: "ReservedConcurrentExecutions", min: 0 },
                note: "Extra. Default -1 (= unreserved; not sent). Values >= 0 are sent with PutFunctionConcurrency after create.",
            },
            "deadLetterConfig.targetArn": {
                tf: "dead_letter_config.target_arn",
                line: 141,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 144)],
                api: {
                    member: "CreateFunction.DeadLetterConfig.TargetArn",
                    shape: "ResourceArn",
                    pattern: "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()",
                },
                note: "Extra. Required inside the block; dead_letter_config MinItems 0 / MaxItems 1 (lines 137-138).",
            },
            kmsKeyArn: {
                tf: "kms_key_arn",
                line: 309,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 312)],
                api: { member: "CreateFunction.KMSKeyArn", shape: "KMSKeyArn", pattern: "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()" },
                note: "Extra.",
            },
            "loggingConfig.logFormat": {
                tf: "logging_config.log_format",
                line: 341,
                provider: [(0, ruleChecks_1.oneOf)(["JSON", "Text"], 344)],
                api: { member: "CreateFunction.LoggingConfig.LogFormat", shape: "LogFormat", enum: ["JSON", "Text"] },
                note: "Extra. Required inside logging_config (block Optional+Computed, MaxItems 1 at line 331).",
            },
            "loggingConfig.logGroup": {
                tf: "logging_config.log_group",
                line: 346,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDLOGGROUPNAME_2, [
                        (0, ruleChecks_1.matches)(/^[0-9A-Za-z_./#-]+$/, "must contain alphanumeric characters, underscores, hyphens, slashes, hash signs and dots only", 88),
                        (0, ruleChecks_1.bytesBetween)(1, 512, 90),
                    ]),
                ],
                api: { member: "CreateFunction.LoggingConfig.LogGroup", shape: "LogGroup", min: 1, max: 512, pattern: "[\\.\\-_/#A-Za-z0-9]+" },
                note: "Extra. Optional+Computed.",
            },
            "loggingConfig.applicationLogLevel": {
                tf: "logging_config.application_log_level",
                line: 334,
                provider: [(0, ruleChecks_1.oneOf)(["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"], 338)],
                api: {
                    member: "CreateFunction.LoggingConfig.ApplicationLogLevel",
                    shape: "ApplicationLogLevel",
                    enum: ["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"],
                },
                note: "Extra. DiffSuppressFunc suppressLoggingConfigUnspecifiedLogLevels.",
            },
            "loggingConfig.systemLogLevel": {
                tf: "logging_config.system_log_level",
                line: 352,
                provider: [(0, ruleChecks_1.oneOf)(["DEBUG", "INFO", "WARN"], 356)],
                api: { member: "CreateFunction.LoggingConfig.SystemLogLevel", shape: "SystemLogLevel", enum: ["DEBUG", "INFO", "WARN"] },
                note: "Extra.",
            },
            "tracingConfig.mode": {
                tf: "tracing_config.mode",
                line: 516,
                provider: [(0, ruleChecks_1.oneOf)(["Active", "PassThrough"], 519)],
                api: { member: "CreateFunction.TracingConfig.Mode", shape: "TracingMode", enum: ["Active", "PassThrough"] },
                note: "Extra. Required inside tracing_config (block Optional+Computed, MaxItems 1 at line 511).",
            },
            "layers[]": {
                tf: "layers",
                line: 318,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 5, 321), (0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 324)],
                api: {
                    member: "CreateFunction.Layers[]",
                    shape: "LayerVersionArn",
                    min: 1,
                    max: 140,
                    pattern: "arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+",
                },
                note: "Extra. List MaxItems 5; each element verify.ValidARN.",
            },
        },
    },
    // aws:lambda/permission:Permission
    "aws:lambda/permission:Permission": {
        tfResource: "aws_lambda_permission",
        file: "internal/service/lambda/permission.go",
        commit: "04592f03e5d83a5e1504b52a6d07063ffa3f708d",
        release: "not dated; a late-2025 6.x copy by its content",
        properties: {
            action: {
                tf: "action",
                line: 49,
                forceNew: 52,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDPERMISSIONACTION, [
                        (0, ruleChecks_1.matches)(/^(lambda:[*]|lambda:[A-Za-z]+|[*])$/, "must be a valid action (usually starts with lambda:)", 58),
                    ]),
                ],
                api: { member: "AddPermission.Action", shape: "Action", pattern: "(lambda:[*]|lambda:[a-zA-Z]+|[*])" },
                note: "ForceNew.",
            },
            function: {
                tf: "function_name",
                line: 61,
                forceNew: 64,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDFUNCTIONNAME_2, [
                        (0, ruleChecks_1.matches)(/^(arn:[\w-]+:lambda:)?([a-z]{2}-(?:[a-z]+-){1,2}\d{1}:)?(\d{12}:)?(function:)?([0-9A-Za-z_-]+)(:(\$LATEST|[0-9A-Za-z_-]+))?$/, "must be valid function name or function ARN", 30),
                        (0, ruleChecks_1.bytesBetween)(1, 140, 31),
                        (0, ruleChecks_1.lambdaFunctionNamePart)(64, 47),
                    ]),
                ],
                api: {
                    member: "AddPermission.FunctionName",
                    shape: "NamespacedFunctionName",
                    min: 1,
                    max: 256,
                    pattern: "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?",
                },
                note: "ForceNew. Pulumi `function` accepts a Function resource or name/ARN string; the planned value is the name or ARN. Same validFunctionName as aws_lambda_function (provider limit 140 bytes and a <=64-byte name part is stricter than the API's 256).",
            },
            principal: {
                tf: "principal",
                line: 78,
                forceNew: 81,
                provider: exports.NO_VALIDATOR,
                api: { member: "AddPermission.Principal", shape: "Principal", pattern: "[^\\s]+" },
                note: "ForceNew.",
            },
            sourceArn: {
                tf: "source_arn",
                line: 100,
                forceNew: 103,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 104)],
                api: {
                    member: "AddPermission.SourceArn",
                    shape: "Arn",
                    pattern: "arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:([a-z]{2}(-gov)?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)",
                },
                note: "ForceNew.",
            },
            statementId: {
                tf: "statement_id",
                line: 106,
                forceNew: 110,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDPOLICYSTATEMENTID, [
                        (0, ruleChecks_1.matches)(/^[0-9A-Za-z_-]+$/, "must contain alphanumeric, underscores or dashes only", 80),
                        (0, ruleChecks_1.bytesBetween)(1, 100, 81),
                    ]),
                ],
                relations: { conflictsWith: ["statement_id_prefix"] },
                api: { member: "AddPermission.StatementId", shape: "StatementId", min: 1, max: 100, pattern: "([a-zA-Z0-9-_]+)" },
                note: "ForceNew, Optional+Computed. If neither statement_id nor statement_id_prefix is set, the provider generates 'terraform-' + 26-char unique suffix.",
            },
            sourceAccount: {
                tf: "source_account",
                line: 94,
                forceNew: 97,
                provider: [(0, ruleChecks_1.helper)(VERIFY_VALID_ACCOUNT_ID, [(0, ruleChecks_1.matches)(/^\d{12}$/, "must be a 12-digit account ID")], 98)],
                api: { member: "AddPermission.SourceAccount", shape: "SourceOwner", min: 0, max: 12, pattern: "\\d{12}" },
                note: "Extra. ForceNew.",
            },
            principalOrgId: {
                tf: "principal_org_id",
                line: 83,
                forceNew: 86,
                provider: exports.NO_VALIDATOR,
                api: { member: "AddPermission.PrincipalOrgID", shape: "PrincipalOrgID", min: 12, max: 34, pattern: "o-[a-z0-9]{10,32}" },
                note: "Extra. ForceNew.",
            },
            statementIdPrefix: {
                tf: "statement_id_prefix",
                line: 114,
                forceNew: 118,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDPOLICYSTATEMENTID_2, [
                        (0, ruleChecks_1.matches)(/^[0-9A-Za-z_-]+$/, "must contain alphanumeric, underscores or dashes only", 80),
                        (0, ruleChecks_1.bytesBetween)(1, 100, 81),
                    ]),
                ],
                relations: { conflictsWith: ["statement_id"] },
                api: { member: "AddPermission.StatementId", shape: "StatementId", min: 1, max: 100, pattern: "([a-zA-Z0-9-_]+)" },
                note: "Extra. ForceNew, Optional+Computed. The provider appends a 26-character unique suffix (create.Name), so the API's 100-char limit on StatementId effectively allows a prefix of at most 74 characters; the plan-time check only enforces 1..100.",
            },
            qualifier: {
                tf: "qualifier",
                line: 88,
                forceNew: 91,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDQUALIFIER, [
                        (0, ruleChecks_1.matches)(/^[0-9A-Za-z_$-]+$/, "must contain alphanumeric, dollar signs, underscores or dashes only", 72),
                        (0, ruleChecks_1.bytesBetween)(1, 128, 73),
                    ]),
                ],
                api: {
                    member: "AddPermission.Qualifier",
                    shape: "NumericLatestPublishedOrAliasQualifier",
                    min: 1,
                    max: 128,
                    pattern: "\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+",
                },
                note: "Extra. ForceNew. Note the provider regex has no '.', so '$LATEST.PUBLISHED' fails at plan time.",
            },
            eventSourceToken: {
                tf: "event_source_token",
                line: 55,
                forceNew: 58,
                provider: [
                    (0, ruleChecks_1.helper)(VALIDPERMISSIONEVENTSOURCETOKEN, [
                        (0, ruleChecks_1.matches)(/^[0-9A-Za-z_.-]+$/, "must contain alphanumeric, periods, underscores or dashes only", 64),
                        (0, ruleChecks_1.bytesBetween)(1, 256, 65),
                    ]),
                ],
                api: { member: "AddPermission.EventSourceToken", shape: "EventSourceToken", min: 0, max: 256, pattern: "[a-zA-Z0-9._\\-]+" },
                note: "Extra. ForceNew.",
            },
            functionUrlAuthType: {
                tf: "function_url_auth_type",
                line: 67,
                forceNew: 70,
                provider: [(0, ruleChecks_1.oneOf)(["NONE", "AWS_IAM"], 71)],
                api: { member: "AddPermission.FunctionUrlAuthType", shape: "FunctionUrlAuthType", enum: ["NONE", "AWS_IAM"] },
                note: "Extra. ForceNew.",
            },
        },
    },
    // aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration
    "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration": {
        tfResource: "aws_s3_bucket_lifecycle_configuration",
        file: "internal/service/s3/bucket_lifecycle_configuration.go",
        commit: "01606926a0c0ab9174aec440f976a48b0baee722",
        release: "not dated; a 6.x copy from before 6.3x by its content",
        planChecks: [
            {
                line: 360,
                accepts: "each transition with date or days, not both",
                problem: (inputs) => {
                    for (const rule of Array.isArray(inputs.rules) ? inputs.rules : []) {
                        for (const transition of Array.isArray(record(rule)?.transitions) ? record(rule)?.transitions : []) {
                            if ((0, exports.isSet)(record(transition)?.date) && (0, exports.isSet)(record(transition)?.days)) {
                                return "2 attributes specified when one (and only one) of [date days] is required";
                            }
                        }
                    }
                    return undefined;
                },
            },
        ],
        customizeDiff: [
            {
                line: 114,
                what: "rule[] object validator tfobjectvalidator.WarnExactlyOneOfChildren(filter, prefix): exactly one of rule.filter / rule.prefix expected; WARNING-level (implementation in internal/framework/validators/objectvalidator not read). So filter+prefix ExactlyOneOf is a warning, not a plan error.",
            },
            {
                line: 182,
                what: "rule[].expiration object validator WarnExactlyOneOfChildren(date, days, expired_object_delete_marker) — warning-level.",
            },
            {
                line: 197,
                what: "rule[].filter object validator WarnAtMostOneOfChildren(object_size_greater_than, object_size_less_than, prefix, and, tag) — warning-level.",
            },
            {
                line: 360,
                what: "rule[].transition object validator ruleTransitionExactlyOneOfChildren() (defined later in the same file, ~char 41000; line not recorded because only the first 14865 chars were saved): skipped if object or date/days unknown; if BOTH date and days are set -> ERROR '2 attributes specified when one (and only one) of [date days] is required'; if NEITHER -> WARNING only. NB plan modifier ruleTransitionForUnknownDays (line 357) plans days=0 when date is null.",
            },
        ],
        properties: {
            bucket: {
                tf: "bucket",
                line: 76,
                forceNew: 79,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 63, 82)],
                api: { member: "PutBucketLifecycleConfiguration.Bucket", shape: "BucketName" },
                note: "RequiresReplace.",
            },
            "rules[].abortIncompleteMultipartUpload.daysAfterInitiation": {
                tf: "rule.abort_incomplete_multipart_upload.days_after_initiation",
                line: 149,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "PutBucketLifecycleConfiguration.LifecycleConfiguration.Rules[].AbortIncompleteMultipartUpload.DaysAfterInitiation",
                    shape: "DaysAfterInitiation",
                },
                note: "Int32Attribute Optional. Parent block abort_incomplete_multipart_upload: listvalidator.SizeAtMost(1) at line 145 (itemsBetween max 1).",
            },
            "rules[].expiration.days": {
                tf: "rule.expiration.days",
                line: 166,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutBucketLifecycleConfiguration.LifecycleConfiguration.Rules[].Expiration.Days", shape: "Days" },
                note: "Int32, Optional+Computed with LegacyValue plan modifier; 0 is treated as null on expand. WarnExactlyOneOfChildren(date, days, expired_object_delete_marker) at line 182 is WARNING-level only, so it is not listed under relations. Parent expiration: SizeAtMost(1) line 158.",
            },
            "rules[].id": {
                tf: "rule.id",
                line: 120,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 255, 123)],
                api: { member: "PutBucketLifecycleConfiguration.LifecycleConfiguration.Rules[].ID", shape: "ID" },
                note: "255 confirmed (bytes). Required in TF although optional in the API.",
            },
            "rules[].noncurrentVersionExpiration.noncurrentDays": {
                tf: "rule.noncurrent_version_expiration.noncurrent_days",
                line: 310,
                provider: [(0, ruleChecks_1.intAtLeast)(1, 316)],
                api: {
                    member: "PutBucketLifecycleConfiguration.LifecycleConfiguration.Rules[].NoncurrentVersionExpiration.NoncurrentDays",
                    shape: "Days",
                },
                note: "Required within the block. Parent noncurrent_version_expiration: SizeAtMost(1) line 295.",
            },
            "rules[].noncurrentVersionTransitions[].noncurrentDays": {
                tf: "rule.noncurrent_version_transition.noncurrent_days",
                line: 337,
                provider: [(0, ruleChecks_1.intAtLeast)(0, 343)],
                api: {
                    member: "PutBucketLifecycleConfiguration.LifecycleConfiguration.Rules[].NoncurrentVersionTransitions[].NoncurrentDays",
                    shape: "Days",
                },
                note: "noncurrent_version_transition is a SetNestedBlock (line 322) with no size validator.",
            },
            "rules[].noncurrentVersionTransitions[].storageClass": {
                tf: "rule.noncurrent_version_transition.storage_class",
                line: 346,
                provider: [(0, ruleChecks_1.oneOf)(["GLACIER", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING", "DEEP_ARCHIVE", "GLACIER_IR"], 347)],
                api: {
                    member: "PutBucketLifecycleConfiguration.LifecycleConfiguration.Rules[].NoncurrentVersionTransitions[].StorageClass",
                    shape: "TransitionStorageClass",
                    enum: ["GLACIER", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING", "DEEP_ARCHIVE", "GLACIER_IR"],
                },
                note: "Case-sensitive.",
            },
            "rules[].status": {
                tf: "rule.status",
                line: 134,
                provider: [(0, ruleChecks_1.oneOf)(["Disabled", "Enabled"], 137)],
                api: {
                    member: "PutBucketLifecycleConfiguration.LifecycleConfiguration.Rules[].Status",
                    shape: "ExpirationStatus",
                    enum: ["Enabled", "Disabled"],
                },
            },
            "rules[].transitions[].days": {
                tf: "rule.transition.days",
                line: 367,
                provider: [(0, ruleChecks_1.intAtLeast)(0, 374)],
                relations: { conflictsWith: ["rule.transition.date"] },
                api: { member: "PutBucketLifecycleConfiguration.LifecycleConfiguration.Rules[].Transitions[].Days", shape: "Days" },
                note: "Optional+Computed; when neither date nor days configured, plan modifier sets days=0 and expand sends Days=0. ruleTransitionExactlyOneOfChildren (line 360): date+days both set = ERROR (listed as conflictsWith), neither set = warning only. transition is a SetNestedBlock (line 353), no size validator.",
            },
            "rules[].transitions[].storageClass": {
                tf: "rule.transition.storage_class",
                line: 377,
                provider: [(0, ruleChecks_1.oneOf)(["GLACIER", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING", "DEEP_ARCHIVE", "GLACIER_IR"], 378)],
                api: {
                    member: "PutBucketLifecycleConfiguration.LifecycleConfiguration.Rules[].Transitions[].StorageClass",
                    shape: "TransitionStorageClass",
                    enum: ["GLACIER", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING", "DEEP_ARCHIVE", "GLACIER_IR"],
                },
            },
            transitionDefaultMinimumObjectSize: {
                tf: "transition_default_minimum_object_size",
                line: 97,
                provider: [(0, ruleChecks_1.oneOf)(["varies_by_storage_class", "all_storage_classes_128K"], 98)],
                api: {
                    member: "PutBucketLifecycleConfiguration.TransitionDefaultMinimumObjectSize",
                    shape: "TransitionDefaultMinimumObjectSize",
                    enum: ["varies_by_storage_class", "all_storage_classes_128K"],
                },
                note: "Optional+Computed; plan modifier transitionDefaultMinimumObjectSizeDefault() plans 'all_storage_classes_128K' for general-purpose buckets when unset (nothing for directory buckets).",
            },
            "rules[].filter.prefix": {
                tf: "rule.filter.prefix",
                line: 223,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutBucketLifecycleConfiguration.LifecycleConfiguration.Rules[].Filter.Prefix", shape: "Prefix" },
                note: 'filter block: SizeAtMost(1) at line 193; WarnAtMostOneOfChildren(object_size_greater_than, object_size_less_than, prefix, and, tag) at line 197 (warning only, not a relation). Also rule-level WarnExactlyOneOfChildren(filter, prefix) at line 114. Empty filter planned as prefix="" (emptyFilterPlanModifier). Nested filter.and: object_size_greater_than AtLeast(0) line 243, object_size_less_than AtLeast(1) line 253, tags map SizeAtLeast(1) line 267; filter.tag SizeAtMost(1) line 276.',
            },
            "rules[].expiration.expiredObjectDeleteMarker": {
                tf: "rule.expiration.expired_object_delete_marker",
                line: 173,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "PutBucketLifecycleConfiguration.LifecycleConfiguration.Rules[].Expiration.ExpiredObjectDeleteMarker",
                    shape: "ExpiredObjectDeleteMarker",
                },
                note: "WarnExactlyOneOfChildren(date, days, expired_object_delete_marker) at line 182 is warning-level only. Expand sends false when date/days null and marker unset; drops it when date/days set.",
            },
            "rules[].noncurrentVersionExpiration.newerNoncurrentVersions": {
                tf: "rule.noncurrent_version_expiration.newer_noncurrent_versions",
                line: 299,
                provider: [(0, ruleChecks_1.intAtLeast)(1, 307)],
                api: {
                    member: "PutBucketLifecycleConfiguration.LifecycleConfiguration.Rules[].NoncurrentVersionExpiration.NewerNoncurrentVersions",
                    shape: "VersionCount",
                },
                note: "No upper bound in provider. Same AtLeast(1) on noncurrent_version_transition.newer_noncurrent_versions (line 334).",
            },
            expectedBucketOwner: {
                tf: "expected_bucket_owner",
                line: 85,
                forceNew: 90,
                provider: [
                    (0, ruleChecks_1.helper)(FWVALIDATORS_AWSACCOUNTID, [(0, ruleChecks_1.helper)(VERIFY_VALID_ACCOUNT_ID, [(0, ruleChecks_1.matches)(/^\d{12}$/, "must be a 12-digit account ID")], 34)]),
                ],
                api: { member: "PutBucketLifecycleConfiguration.ExpectedBucketOwner", shape: "AccountId" },
                note: "Optional+Computed, UseStateForUnknown + RequiresReplace. Validator call at line 93; function defined at line 50 of aws_account_id.go.",
            },
            rules: {
                tf: "rule",
                line: 107,
                provider: [(0, ruleChecks_1.itemsBetween)(1, undefined, 110)],
                api: { member: "PutBucketLifecycleConfiguration.LifecycleConfiguration.Rules", shape: "LifecycleRules" },
                note: "Block (ListNestedBlock); effectively required by SizeAtLeast(1).",
            },
        },
    },
    // aws:s3/bucketLogging:BucketLogging
    "aws:s3/bucketLogging:BucketLogging": {
        tfResource: "aws_s3_bucket_logging",
        file: "internal/service/s3/bucket_logging.go",
        commit: "01f431114674c27cf790fafb67ac274bf8f765e1",
        release: "not dated; a late 5.x or early 6.x copy by its content",
        properties: {
            bucket: {
                tf: "bucket",
                line: 39,
                forceNew: 42,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 63, 43)],
                api: { member: "PutBucketLogging.Bucket", shape: "BucketName" },
                note: "ForceNew.",
            },
            targetBucket: {
                tf: "target_bucket",
                line: 51,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutBucketLogging.BucketLoggingStatus.LoggingEnabled.TargetBucket", shape: "TargetBucket" },
            },
            targetPrefix: {
                tf: "target_prefix",
                line: 131,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutBucketLogging.BucketLoggingStatus.LoggingEnabled.TargetPrefix", shape: "TargetPrefix" },
                note: "Required in TF (empty string allowed by the schema: SDK Required only rejects null).",
            },
            expectedBucketOwner: {
                tf: "expected_bucket_owner",
                line: 45,
                forceNew: 48,
                provider: [
                    (0, ruleChecks_1.helper)(VERIFY_VALID_ACCOUNT_ID, [(0, ruleChecks_1.helper)(VERIFY_VALID_ACCOUNT_ID, [(0, ruleChecks_1.matches)(/^\d{12}$/, "must be a 12-digit account ID")], 133)]),
                ],
                api: { member: "PutBucketLogging.ExpectedBucketOwner", shape: "AccountId" },
                note: "ForceNew. ValidateFunc at line 49; verify.ValidAccountID defined at validate.go line 130.",
            },
            targetObjectKeyFormat: {
                tf: "target_object_key_format",
                line: 98,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 1, 101)],
                relations: { exactlyOneOf: ["target_object_key_format.0.partitioned_prefix", "target_object_key_format.0.simple_prefix"] },
                api: { member: "PutBucketLogging.BucketLoggingStatus.LoggingEnabled.TargetObjectKeyFormat", shape: "TargetObjectKeyFormat" },
                note: "Children: partitioned_prefix (line 104, MaxItems 1 line 107, ExactlyOneOf line 117) with partition_date_source (line 110, Required, enum.Validate[types.PartitionDateSource] line 113: EventTime | DeliveryTime per botocore); simple_prefix (line 119, MaxItems 1 line 122, ExactlyOneOf line 126, empty object).",
            },
        },
    },
    // aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration
    "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration": {
        tfResource: "aws_s3_bucket_object_lock_configuration",
        file: "internal/service/s3/bucket_object_lock_configuration.go",
        commit: null,
        release: "not dated; a 5.x or early 6.x copy by its content",
        commitNote: "The public code index served this copy (file id 2185450153) without naming its commit; the line numbers are this copy's.",
        properties: {
            bucket: {
                tf: "bucket",
                line: 40,
                forceNew: 43,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 63, 44)],
                api: { member: "PutObjectLockConfiguration.Bucket", shape: "BucketName" },
                note: "ForceNew.",
            },
            objectLockEnabled: {
                tf: "object_lock_enabled",
                line: 52,
                forceNew: 55,
                provider: [(0, ruleChecks_1.oneOf)(["Enabled"], 57)],
                api: {
                    member: "PutObjectLockConfiguration.ObjectLockConfiguration.ObjectLockEnabled",
                    shape: "ObjectLockEnabled",
                    enum: ["Enabled"],
                },
                note: 'Optional, ForceNew, Default "Enabled" (line 56). Deprecated upstream in later versions (not in this version).',
            },
            "rule.defaultRetention.days": {
                tf: "rule.default_retention.days",
                line: 71,
                provider: exports.NO_VALIDATOR,
                relations: { conflictsWith: ["rule.0.default_retention.0.years"] },
                api: { member: "PutObjectLockConfiguration.ObjectLockConfiguration.Rule.DefaultRetention.Days", shape: "Days" },
                note: "ConflictsWith at line 74 — NOT ExactlyOneOf: specifying neither days nor years passes plan. Expand drops days<=0. Parent rule MaxItems 1 (line 62); default_retention Required, MaxItems 1 (lines 67-68).",
            },
            "rule.defaultRetention.mode": {
                tf: "rule.default_retention.mode",
                line: 76,
                provider: [(0, ruleChecks_1.oneOf)(["GOVERNANCE", "COMPLIANCE"], 79)],
                api: {
                    member: "PutObjectLockConfiguration.ObjectLockConfiguration.Rule.DefaultRetention.Mode",
                    shape: "ObjectLockRetentionMode",
                    enum: ["GOVERNANCE", "COMPLIANCE"],
                },
                note: "Optional in this resource (Required in the deprecated aws_s3_bucket block).",
            },
            "rule.defaultRetention.years": {
                tf: "rule.default_retention.years",
                line: 81,
                provider: exports.NO_VALIDATOR,
                relations: { conflictsWith: ["rule.0.default_retention.0.days"] },
                api: { member: "PutObjectLockConfiguration.ObjectLockConfiguration.Rule.DefaultRetention.Years", shape: "Years" },
                note: "ConflictsWith at line 84. No ExactlyOneOf(days, years).",
            },
            expectedBucketOwner: {
                tf: "expected_bucket_owner",
                line: 46,
                forceNew: 49,
                provider: [
                    (0, ruleChecks_1.helper)(VERIFY_VALID_ACCOUNT_ID, [(0, ruleChecks_1.helper)(VERIFY_VALID_ACCOUNT_ID, [(0, ruleChecks_1.matches)(/^\d{12}$/, "must be a 12-digit account ID")], 133)]),
                ],
                api: { member: "PutObjectLockConfiguration.ExpectedBucketOwner", shape: "AccountId" },
                note: "ForceNew (extra, not requested).",
            },
        },
    },
    // aws:s3/bucketOwnershipControls:BucketOwnershipControls
    "aws:s3/bucketOwnershipControls:BucketOwnershipControls": {
        tfResource: "aws_s3_bucket_ownership_controls",
        file: "internal/service/s3/bucket_ownership_controls.go",
        commit: null,
        release: "not dated; a 5.x or early 6.x copy by its content",
        commitNote: "The public code index served this copy (file id 1651648990) without naming its commit; the line numbers are this copy's.",
        properties: {
            bucket: {
                tf: "bucket",
                line: 39,
                forceNew: 42,
                provider: [(0, ruleChecks_1.notEmpty)(43)],
                api: { member: "PutBucketOwnershipControls.Bucket", shape: "BucketName" },
                note: "ForceNew.",
            },
            "rule.objectOwnership": {
                tf: "rule.object_ownership",
                line: 52,
                provider: [(0, ruleChecks_1.oneOf)(["BucketOwnerPreferred", "ObjectWriter", "BucketOwnerEnforced"], 55)],
                api: {
                    member: "PutBucketOwnershipControls.OwnershipControls.Rules[].ObjectOwnership",
                    shape: "ObjectOwnership",
                    enum: ["BucketOwnerPreferred", "ObjectWriter", "BucketOwnerEnforced"],
                },
                note: "Parent rule: Required, MinItems 1 (line 48), MaxItems 1 (line 49).",
            },
        },
    },
    // aws:s3/bucketPolicy:BucketPolicy
    "aws:s3/bucketPolicy:BucketPolicy": {
        tfResource: "aws_s3_bucket_policy",
        file: "internal/service/s3/bucket_policy.go",
        commit: "0073593e7d6993ba482409f4dc35438daaa79bb3",
        release: "not dated; a recent 6.x copy by its content",
        properties: {
            bucket: {
                tf: "bucket",
                line: 38,
                forceNew: 41,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutBucketPolicy.Bucket", shape: "BucketName" },
                note: "ForceNew.",
            },
            policy: {
                tf: "policy",
                line: 43,
                provider: [(0, ruleChecks_1.helper)(SDKV2_IAMPOLICYDOCUMENTSCHEMAREQUIRED, [(0, ruleChecks_1.isJson)(82)])],
                api: { member: "PutBucketPolicy.Policy", shape: "Policy" },
                note: "ANSWER TO BRIEF: the policy is validated ONLY by validation.StringIsJSON (any valid JSON, including arrays/strings/leading whitespace). verify.ValidIAMPolicyJSON is NOT used by aws_s3_bucket_policy in this version. For reference, verify.ValidIAMPolicyJSON(maxlen) (internal/verify/validate.go @ 02f97af85f89a04e8ed89f5e8b64a9a67f3cfe07, line 165) checks: empty -> error (line 169); first char not '{' -> error (line 171; leading space/tab/CR/LF line 174, JSON string line 190, JSON array line 192, otherwise 'not a JSON object' line 195); else structure.NormalizeJsonString must succeed (line 198), basevalidation.JSONNoDuplicateKeys (line 205), and len(normalized) <= maxlen bytes (line 207). Note sdkv2/schema.go was read at 01f43111 (default version), a different commit from bucket_policy.go (0073593e).",
            },
        },
    },
    // aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock
    "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock": {
        tfResource: "aws_s3_bucket_public_access_block",
        file: "internal/service/s3/bucket_public_access_block.go",
        commit: "01606926a0c0ab9174aec440f976a48b0baee722",
        release: "not dated; a 6.x copy from before 6.3x by its content",
        properties: {
            blockPublicAcls: {
                tf: "block_public_acls",
                line: 36,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutPublicAccessBlock.PublicAccessBlockConfiguration.BlockPublicAcls", shape: "Setting" },
                note: "TypeBool, Optional, Default false.",
            },
            blockPublicPolicy: {
                tf: "block_public_policy",
                line: 41,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutPublicAccessBlock.PublicAccessBlockConfiguration.BlockPublicPolicy", shape: "Setting" },
                note: "TypeBool, Optional, Default false.",
            },
            bucket: {
                tf: "bucket",
                line: 46,
                forceNew: 49,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutPublicAccessBlock.Bucket", shape: "BucketName" },
                note: "ForceNew.",
            },
            ignorePublicAcls: {
                tf: "ignore_public_acls",
                line: 51,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutPublicAccessBlock.PublicAccessBlockConfiguration.IgnorePublicAcls", shape: "Setting" },
                note: "TypeBool, Optional, Default false.",
            },
            restrictPublicBuckets: {
                tf: "restrict_public_buckets",
                line: 56,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutPublicAccessBlock.PublicAccessBlockConfiguration.RestrictPublicBuckets", shape: "Setting" },
                note: "TypeBool, Optional, Default false.",
            },
        },
    },
    // aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration
    "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration": {
        tfResource: "aws_s3_bucket_server_side_encryption_configuration",
        file: "internal/service/s3/bucket_server_side_encryption_configuration.go",
        commit: "01606926a0c0ab9174aec440f976a48b0baee722",
        release: "not dated; a 6.x copy from before 6.3x by its content",
        properties: {
            bucket: {
                tf: "bucket",
                line: 39,
                forceNew: 42,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 63, 43)],
                api: { member: "PutBucketEncryption.Bucket", shape: "BucketName" },
                note: "ForceNew.",
            },
            "rules[].applyServerSideEncryptionByDefault.kmsMasterKeyId": {
                tf: "rule.apply_server_side_encryption_by_default.kms_master_key_id",
                line: 62,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "PutBucketEncryption.ServerSideEncryptionConfiguration.Rules[].ApplyServerSideEncryptionByDefault.KMSMasterKeyID",
                    shape: "SSEKMSKeyId",
                },
                note: "No check that sse_algorithm is aws:kms when set. apply_server_side_encryption_by_default: Optional, MaxItems 1 (line 58).",
            },
            "rules[].applyServerSideEncryptionByDefault.sseAlgorithm": {
                tf: "rule.apply_server_side_encryption_by_default.sse_algorithm",
                line: 66,
                provider: [(0, ruleChecks_1.oneOf)(["AES256", "aws:fsx", "aws:kms", "aws:kms:dsse"], 69)],
                api: {
                    member: "PutBucketEncryption.ServerSideEncryptionConfiguration.Rules[].ApplyServerSideEncryptionByDefault.SSEAlgorithm",
                    shape: "ServerSideEncryption",
                    enum: ["AES256", "aws:fsx", "aws:kms", "aws:kms:dsse"],
                },
            },
            "rules[].bucketKeyEnabled": {
                tf: "rule.bucket_key_enabled",
                line: 74,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutBucketEncryption.ServerSideEncryptionConfiguration.Rules[].BucketKeyEnabled", shape: "BucketKeyEnabled" },
            },
            expectedBucketOwner: {
                tf: "expected_bucket_owner",
                line: 45,
                forceNew: 48,
                provider: [
                    (0, ruleChecks_1.helper)(VERIFY_VALID_ACCOUNT_ID, [(0, ruleChecks_1.helper)(VERIFY_VALID_ACCOUNT_ID, [(0, ruleChecks_1.matches)(/^\d{12}$/, "must be a 12-digit account ID")], 133)]),
                ],
                api: { member: "PutBucketEncryption.ExpectedBucketOwner", shape: "AccountId" },
                note: "extra; ForceNew.",
            },
        },
    },
    // aws:s3/bucketVersioning:BucketVersioning
    "aws:s3/bucketVersioning:BucketVersioning": {
        tfResource: "aws_s3_bucket_versioning",
        file: "internal/service/s3/bucket_versioning.go",
        commit: null,
        release: "not dated; a 5.x or early 6.x copy by its content",
        commitNote: "The public code index served this copy (file id 2047336413) without naming its commit; the line numbers are this copy's.",
        customizeDiff: [
            {
                line: 81,
                what: 'customdiff.Sequence(func): only for existing resources (diff.Id() != "", line 86) when versioning_configuration.0.status changes: error "versioning_configuration.status cannot be updated from \'<old>\' to \'<new>\'" (line 94) if new status is "Disabled" and old is "Enabled" or "Suspended". Never fires on create.',
            },
        ],
        properties: {
            bucket: {
                tf: "bucket",
                line: 43,
                forceNew: 46,
                provider: [(0, ruleChecks_1.bytesBetween)(1, 63, 47)],
                api: { member: "PutBucketVersioning.Bucket", shape: "BucketName" },
                note: "ForceNew.",
            },
            "versioningConfiguration.status": {
                tf: "versioning_configuration.status",
                line: 71,
                provider: [(0, ruleChecks_1.oneOf)(["Enabled", "Suspended", "Disabled"], 74)],
                api: {
                    member: "PutBucketVersioning.VersioningConfiguration.Status",
                    shape: "BucketVersioningStatus",
                    enum: ["Enabled", "Suspended"],
                },
                note: '"Disabled" is provider-only: on create it skips the API call (adopts an unversioned bucket); on delete with Disabled nothing is sent. versioning_configuration block: Required, MaxItems 1 (line 62). See customizeDiff for Enabled/Suspended -> Disabled.',
            },
            "versioningConfiguration.mfaDelete": {
                tf: "versioning_configuration.mfa_delete",
                line: 65,
                provider: [(0, ruleChecks_1.oneOf)(["Enabled", "Disabled"], 69)],
                api: { member: "PutBucketVersioning.VersioningConfiguration.MFADelete", shape: "MFADelete", enum: ["Enabled", "Disabled"] },
                note: "Optional+Computed. `mfa` (top-level) has no validator.",
            },
            expectedBucketOwner: {
                tf: "expected_bucket_owner",
                line: 49,
                forceNew: 52,
                provider: [
                    (0, ruleChecks_1.helper)(VERIFY_VALID_ACCOUNT_ID, [(0, ruleChecks_1.helper)(VERIFY_VALID_ACCOUNT_ID, [(0, ruleChecks_1.matches)(/^\d{12}$/, "must be a 12-digit account ID")], 133)]),
                ],
                api: { member: "PutBucketVersioning.ExpectedBucketOwner", shape: "AccountId" },
                note: "extra; ForceNew.",
            },
        },
    },
    // aws:s3/bucket:Bucket
    "aws:s3/bucket:Bucket": {
        tfResource: "aws_s3_bucket",
        file: "internal/service/s3/bucket.go",
        commit: null,
        release: "not dated; a 5.x or early 6.x copy by its content (it still has a computed region attribute)",
        commitNote: "The public code index served this copy (file id 4217687162) without naming its commit; the line numbers are this copy's.",
        properties: {
            bucket: {
                tf: "bucket",
                line: 92,
                forceNew: 96,
                provider: [
                    (0, ruleChecks_1.bytesBetween)(0, 63, 99),
                    (0, ruleChecks_1.doesNotMatch)(/^(?:[0-9a-z.-]+)--(?:[0-9a-za-z]+(?:-[0-9a-za-z]+)+)--x-s3$/, "must not be in the format [bucket_name]--[azid]--x-s3. Use the aws_s3_directory_bucket resource to manage S3 Express buckets", 100),
                ],
                relations: { conflictsWith: ["bucket_prefix"] },
                api: { member: "CreateBucket.Bucket", shape: "BucketName" },
                note: "validation.All wrapper at line 98. Optional+Computed+ForceNew (lines 94-96). Byte length (Go len). PROVIDER vs NAMING PAGE: at plan time the provider checks ONLY length 0..63 bytes and the directory-bucket suffix; the full DNS-style naming check validBucketName(bucket, region) runs at APPLY time in resourceBucketCreate (called right after create.Name(bucket, bucket_prefix); seen in read-by-id page 2, line not recorded). validBucketName (same file, near the end, ~char 87691; line not recorded) when region != us-east-1: len 3..63, `^[0-9a-z-.]+$`, must not match `^(?:[0-9]{1,3}\\.){3}[0-9]{1,3}$` (IP), must not start with '.', must not end with '.', must not contain '..'; when region == us-east-1 (legacy): len <= 255 and `^[0-9A-Za-z_.-]+$` (rest of that branch truncated in the excerpt). Differences from the naming page: provider does not require first/last char to be a letter/digit (only rejects leading/trailing '.'; a leading/trailing '-' passes), does not reject xn--/sthree-/amzn-s3-demo- prefixes or -s3alias/--ol-s3/.mrap suffixes, and in us-east-1 accepts uppercase/underscore up to 255 chars, which AWS rejects for new buckets. Pulumi: when neither bucket nor bucketPrefix is set the bridge auto-names (Pulumi-side behaviour, not transcribed here).",
            },
            bucketPrefix: {
                tf: "bucket_prefix",
                line: 107,
                forceNew: 111,
                provider: [(0, ruleChecks_1.bytesBetween)(0, 37, 114)],
                relations: { conflictsWith: ["bucket"] },
                api: { member: "CreateBucket.Bucket", shape: "BucketName" },
                note: "validation.All wrapper at line 113 with a single check. Optional+Computed+ForceNew. No character-set check at plan time; the generated name goes through validBucketName at apply time (see bucket notes). Older index versions had `^[0-9a-z-.]*$` on the prefix (S3 directory-bucket resource, id 61186210977) — not this resource.",
            },
            forceDestroy: {
                tf: "force_destroy",
                line: 155,
                provider: exports.NO_VALIDATOR,
                note: "TypeBool, Optional, Default false. Provider-only flag; not sent to the API.",
            },
            objectLockEnabled: {
                tf: "object_lock_enabled",
                line: 381,
                forceNew: 385,
                provider: exports.NO_VALIDATOR,
                relations: { conflictsWith: ["object_lock_configuration"] },
                api: { member: "CreateBucket.ObjectLockEnabledForBucket", shape: "ObjectLockEnabledForBucket" },
                note: "TypeBool, Optional+Computed+ForceNew (lines 382-385); ConflictsWith at line 386 with the deprecated object_lock_configuration block.",
            },
        },
    },
    // aws:sns/topicPolicy:TopicPolicy
    "aws:sns/topicPolicy:TopicPolicy": {
        tfResource: "aws_sns_topic_policy",
        file: "internal/service/sns/topic_policy.go",
        commit: "00a35305dc1b297a6fcdecdfbba33f1e63c3da39",
        release: "6.36.0 (the CHANGELOG at this commit heads 6.36.0, March 11, 2026)",
        properties: {
            arn: {
                tf: "arn",
                line: 39,
                forceNew: 42,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 71)],
                api: { member: "SetTopicAttributes.TopicArn", shape: "topicARN" },
                note: "ForceNew.",
            },
            policy: {
                tf: "policy",
                line: 49,
                provider: [(0, ruleChecks_1.helper)(SDKV2_IAMPOLICYDOCUMENTSCHEMAREQUIRED_2, [(0, ruleChecks_1.isJson)(144)])],
                api: { member: "SetTopicAttributes.AttributeValue (AttributeName=Policy)", shape: "attributeValue" },
                note: "Only StringIsJSON (not verify.ValidIAMPolicyJSON). SNS documents a 30 KB policy size limit (not modelled).",
            },
        },
    },
    // aws:sns/topicSubscription:TopicSubscription
    "aws:sns/topicSubscription:TopicSubscription": {
        tfResource: "aws_sns_topic_subscription",
        file: "internal/service/sns/topic_subscription.go",
        commit: "04a2e6e5bc625ec85ea8c678219b483fc674877e",
        release: "not dated; a 5.x copy by its content (older than the bundled 6.46+)",
        planChecks: [
            {
                line: 568,
                accepts: "filterPolicyScope only with a filterPolicy",
                problem: (inputs) => (0, exports.isSet)(inputs.filterPolicyScope) && !(0, exports.isSet)(inputs.filterPolicy)
                    ? "filter_policy is required when filter_policy_scope is set"
                    : undefined,
            },
        ],
        customizeDiff: [
            {
                line: 541,
                what: "resourceTopicSubscriptionCustomizeDiff: if filter_policy empty and filter_policy_scope set in raw config -> error 'filter_policy is required when filter_policy_scope is set' (line 568). Otherwise only adjusts the plan (SetNew scope to MessageAttributes when removed from config while policy set; Clear scope when neither set).",
            },
        ],
        properties: {
            endpoint: {
                tf: "endpoint",
                line: 59,
                forceNew: 62,
                provider: exports.NO_VALIDATOR,
                api: { member: "Subscribe.Endpoint", shape: "endpoint" },
                note: "ForceNew. Format depends on protocol (service-side check only).",
            },
            protocol: {
                tf: "protocol",
                line: 94,
                forceNew: 97,
                provider: [
                    (0, ruleChecks_1.helper)(SUBSCRIPTIONPROTOCOL_VALUES, [
                        (0, ruleChecks_1.oneOf)(["application", "email", "email-json", "firehose", "http", "https", "lambda", "sms", "sqs"], 98),
                    ]),
                ],
                api: { member: "Subscribe.Protocol", shape: "protocol" },
                note: "ForceNew. 'email' is names.AttrEmail in consts.go. Same 9 values in the old exported consts.go (commit 01c08000ddb14181b5bd19201d8fca311dc570e4).",
            },
            topic: {
                tf: "topic_arn",
                line: 132,
                forceNew: 135,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 71)],
                api: { member: "Subscribe.TopicArn", shape: "topicARN" },
                note: "Pulumi input 'topic' maps to TF 'topic_arn'. ForceNew.",
            },
            rawMessageDelivery: {
                tf: "raw_message_delivery",
                line: 100,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "Subscribe.Attributes[RawMessageDelivery] / SetSubscriptionAttributes(AttributeName=RawMessageDelivery)",
                    shape: "attributeValue",
                },
                note: "Default false.",
            },
            filterPolicy: {
                tf: "filter_policy",
                line: 69,
                provider: [(0, ruleChecks_1.isJson)(72)],
                api: {
                    member: "Subscribe.Attributes[FilterPolicy] / SetSubscriptionAttributes(AttributeName=FilterPolicy)",
                    shape: "attributeValue",
                },
            },
            filterPolicyScope: {
                tf: "filter_policy_scope",
                line: 80,
                provider: [(0, ruleChecks_1.helper)(SUBSCRIPTIONFILTERPOLICYSCOPE_VALUES, [(0, ruleChecks_1.oneOf)(["MessageAttributes", "MessageBody"], 84)])],
                api: {
                    member: "Subscribe.Attributes[FilterPolicyScope] / SetSubscriptionAttributes(AttributeName=FilterPolicyScope)",
                    shape: "attributeValue",
                },
                note: "Optional+Computed.",
            },
            redrivePolicy: {
                tf: "redrive_policy",
                line: 105,
                provider: [(0, ruleChecks_1.isJson)(108)],
                api: {
                    member: "Subscribe.Attributes[RedrivePolicy] / SetSubscriptionAttributes(AttributeName=RedrivePolicy)",
                    shape: "attributeValue",
                },
            },
            deliveryPolicy: {
                tf: "delivery_policy",
                line: 48,
                provider: [(0, ruleChecks_1.isJson)(51)],
                api: {
                    member: "Subscribe.Attributes[DeliveryPolicy] / SetSubscriptionAttributes(AttributeName=DeliveryPolicy)",
                    shape: "attributeValue",
                },
            },
            subscriptionRoleArn: {
                tf: "subscription_role_arn",
                line: 127,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 71)],
                api: {
                    member: "Subscribe.Attributes[SubscriptionRoleArn] / SetSubscriptionAttributes(AttributeName=SubscriptionRoleArn)",
                    shape: "attributeValue",
                },
                note: "AWS requires it for protocol firehose (service-side).",
            },
            endpointAutoConfirms: {
                tf: "endpoint_auto_confirms",
                line: 64,
                provider: exports.NO_VALIDATOR,
                api: { member: "none (provider-side wait behaviour)" },
                note: "Default false.",
            },
            confirmationTimeoutInMinutes: {
                tf: "confirmation_timeout_in_minutes",
                line: 39,
                provider: exports.NO_VALIDATOR,
                api: { member: "none (provider-side wait timeout)" },
                note: "Default 1. No range check (0 or negative accepted by the provider).",
            },
        },
    },
    // aws:sns/topic:Topic
    "aws:sns/topic:Topic": {
        tfResource: "aws_sns_topic",
        file: "internal/service/sns/topic.go",
        commit: "00a35305dc1b297a6fcdecdfbba33f1e63c3da39",
        release: "6.36.0 (the CHANGELOG at this commit heads 6.36.0, March 11, 2026)",
        planChecks: [
            {
                line: 371,
                accepts: "a topic name of 1-256 letters, digits, _ or - (FIFO: 1-251 of them then .fifo), checked on create",
                problem: (inputs) => {
                    const name = inputs.name;
                    if (typeof name !== "string")
                        return undefined;
                    const fifo = inputs.fifoTopic === true;
                    const pattern = fifo ? /^[0-9A-Za-z_-]{1,251}\.fifo$/ : /^[0-9A-Za-z_-]{1,256}$/;
                    return pattern.test(name) ? undefined : `invalid topic name: ${name}`;
                },
            },
        ],
        customizeDiff: [
            {
                line: 359,
                what: "resourceTopicCustomizeDiff: (1) on create only (diff.Id()==\"\", line 365): effective topic name must match ^[0-9A-Za-z_-]{1,251}\\.fifo$ if fifo_topic else ^[0-9A-Za-z_-]{1,256}$ (lines 371/373), error 'invalid topic name: %s'; (2) always, when fifo_topic is false (line 381): archive_policy must be \"\" ('message archive policy can only be set for FIFO topics', line 383), fifo_throughput_scope must be \"\" ('FIFO throughput scope can only be set for FIFO topics', line 386), content_based_deduplication must be false ('content-based deduplication can only be set for FIFO topics', line 389). Note fifo_throughput_scope is Optional+Computed, so a computed value read back from AWS could trip check (2) only if non-empty for a standard topic.",
            },
        ],
        properties: {
            kmsMasterKeyId: {
                tf: "kms_master_key_id",
                line: 117,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "CreateTopic.Attributes[KmsMasterKeyId] / SetTopicAttributes(AttributeName=KmsMasterKeyId)",
                    shape: "attributeValue",
                },
                note: "Any KMS key id/ARN/alias is passed through unchecked.",
            },
            name: {
                tf: "name",
                line: 136,
                forceNew: 140,
                provider: exports.NO_VALIDATOR,
                relations: { conflictsWith: ["name_prefix"] },
                api: { member: "CreateTopic.Name", shape: "topicName" },
                note: "No ValidateFunc on the attribute (Optional, Computed, ForceNew, ConflictsWith line 141). Check lives in resourceTopicCustomizeDiff (func line 359, regex lines 371/373). The name is only checked on create; ASCII-only, so byte and character length coincide. create.NewNameGenerator (not read) decides whether the '.fifo' suffix is appended to a configured name; a configured FIFO name should itself end in '.fifo'.",
            },
            namePrefix: {
                tf: "name_prefix",
                line: 143,
                forceNew: 147,
                provider: exports.NO_VALIDATOR,
                relations: { conflictsWith: ["name"] },
                api: { member: "CreateTopic.Name", shape: "topicName" },
                note: "Length arithmetic assumes the 26-character unique-id suffix of terraform-plugin-sdk id.UniqueId (not read this session).",
            },
            displayName: {
                tf: "display_name",
                line: 71,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateTopic.Attributes[DisplayName] / SetTopicAttributes(AttributeName=DisplayName)", shape: "attributeValue" },
            },
            policy: {
                tf: "policy",
                line: 154,
                provider: [(0, ruleChecks_1.helper)(SDKV2_IAMPOLICYDOCUMENTSCHEMAOPTIONALCOMPUTED, [(0, ruleChecks_1.isJson)(117)])],
                api: { member: "CreateTopic.Attributes[Policy] / SetTopicAttributes(AttributeName=Policy)", shape: "attributeValue" },
                note: "Optional+Computed. Only StringIsJSON. Empty policy is skipped by putTopicAttributes.",
            },
            deliveryPolicy: {
                tf: "delivery_policy",
                line: 70,
                provider: [(0, ruleChecks_1.helper)(SDKV2_JSONDOCUMENTSCHEMAOPTIONAL, [(0, ruleChecks_1.isJson)(103)])],
                api: {
                    member: "CreateTopic.Attributes[DeliveryPolicy] / SetTopicAttributes(AttributeName=DeliveryPolicy)",
                    shape: "attributeValue",
                },
            },
            fifoTopic: {
                tf: "fifo_topic",
                line: 81,
                forceNew: 85,
                provider: exports.NO_VALIDATOR,
                api: { member: "CreateTopic.Attributes[FifoTopic] / SetTopicAttributes(AttributeName=FifoTopic)", shape: "attributeValue" },
                note: "Default false, ForceNew. Passed in CreateTopic.Attributes.",
            },
            signatureVersion: {
                tf: "signature_version",
                line: 155,
                provider: [(0, ruleChecks_1.intBetween)(1, 2, 159)],
                api: {
                    member: "CreateTopic.Attributes[SignatureVersion] / SetTopicAttributes(AttributeName=SignatureVersion)",
                    shape: "attributeValue",
                },
                note: "Optional+Computed.",
            },
            tracingConfig: {
                tf: "tracing_config",
                line: 178,
                provider: [(0, ruleChecks_1.helper)(TOPICTRACINGCONFIG_VALUES, [(0, ruleChecks_1.oneOf)(["Active", "PassThrough"], 182)])],
                api: { member: "CreateTopic.Attributes[TracingConfig] / SetTopicAttributes(AttributeName=TracingConfig)", shape: "attributeValue" },
                note: "Optional+Computed. consts.go read by id 1477410933 (no commit reported); that consts.go version lacks topicFIFOThroughputScope_Values, so it is older than this topic.go; the tracing values are provider constants.",
            },
        },
    },
    // aws:cfg/aggregateAuthorization:AggregateAuthorization
    "aws:cfg/aggregateAuthorization:AggregateAuthorization": {
        tfResource: "aws_config_aggregate_authorization",
        file: "internal/service/configservice/aggregate_authorization.go",
        commit: "01f431114674c27cf790fafb67ac274bf8f765e1",
        release: "not dated; a 5.x copy by its content (older than the bundled 6.46+, which adds authorized_aws_region)",
        properties: {
            accountId: {
                tf: "account_id",
                line: 40,
                forceNew: 43,
                provider: [(0, ruleChecks_1.helper)(VERIFY_VALID_ACCOUNT_ID, [(0, ruleChecks_1.matches)(/^\d{12}$/, "must be a 12-digit account ID")], 44)],
                api: { member: "PutAggregationAuthorization.AuthorizedAccountId", shape: "AccountId", pattern: "\\d{12}" },
                note: "ForceNew (line 43). The aggregator (collector) account being authorized.",
            },
            authorizedAwsRegion: {
                tf: "authorized_aws_region",
                line: 0,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutAggregationAuthorization.AuthorizedAwsRegion", shape: "AwsRegion", min: 1, max: 64 },
                note: "NOT IN THE READ SOURCE (added in 6.x); line 0 = unknown. API AwsRegion 1..64 characters.",
            },
            region: {
                tf: "region",
                line: 50,
                forceNew: 53,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutAggregationAuthorization.AuthorizedAwsRegion", shape: "AwsRegion", min: 1, max: 64 },
                note: "Read version: Required, ForceNew (lines 52-53), no plan-time check, sent as AuthorizedAwsRegion. Pulumi 7.48: optional and deprecated in favour of authorizedAwsRegion.",
            },
        },
    },
    // aws:cfg/configurationAggregator:ConfigurationAggregator
    "aws:cfg/configurationAggregator:ConfigurationAggregator": {
        tfResource: "aws_config_configuration_aggregator",
        file: "internal/service/configservice/configuration_aggregator.go",
        commit: "16e76651d0ed21d5e881d070bbc881fb5c81bd67",
        release: "not dated; an early or mid 5.x copy by its content (older than the bundled 6.46+)",
        customizeDiff: [
            {
                line: 36,
                what: "none that validate: customdiff.ForceNewIfChange for account_aggregation_source (line 39) and organization_aggregation_source (line 42) - replacement when a source block goes from absent to present; plus verify.SetTagsDiff (tags).",
            },
        ],
        properties: {
            name: {
                tf: "name",
                line: 53,
                forceNew: 56,
                provider: [(0, ruleChecks_1.bytesBetween)(0, 256, 57)],
                api: {
                    member: "PutConfigurationAggregator.ConfigurationAggregatorName",
                    shape: "ConfigurationAggregatorName",
                    min: 1,
                    max: 256,
                    pattern: "[\\w\\-]+",
                },
                note: 'ForceNew (line 56). TF Required; Pulumi 7.48 types it optional (auto-naming supplies "<resource name>-<random hex>", which fits the API pattern). API: 1..256 chars, pattern [\\w\\-]+ - not checked at plan time.',
            },
            accountAggregationSource: {
                tf: "account_aggregation_source",
                line: 59,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 1, 62)],
                relations: { conflictsWith: ["organization_aggregation_source"] },
                api: { member: "PutConfigurationAggregator.AccountAggregationSources", shape: "AccountAggregationSourceList", min: 0, max: 1 },
                note: "Pulumi: single object.",
            },
            "accountAggregationSource.accountIds": {
                tf: "account_aggregation_source.account_ids",
                line: 66,
                provider: [(0, ruleChecks_1.itemsBetween)(1, undefined, 69)],
                api: {
                    member: "PutConfigurationAggregator.AccountAggregationSources[].AccountIds",
                    shape: "AccountAggregationSourceAccountList",
                    min: 1,
                },
                note: "Required (line 68).",
            },
            "accountAggregationSource.accountIds[]": {
                tf: "account_aggregation_source.account_ids[]",
                line: 70,
                provider: [(0, ruleChecks_1.helper)(VERIFY_VALID_ACCOUNT_ID, [(0, ruleChecks_1.matches)(/^\d{12}$/, "must be a 12-digit account ID")], 72)],
                api: { member: "PutConfigurationAggregator.AccountAggregationSources[].AccountIds[]", shape: "AccountId", pattern: "\\d{12}" },
            },
            "accountAggregationSource.allRegions": {
                tf: "account_aggregation_source.all_regions",
                line: 75,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutConfigurationAggregator.AccountAggregationSources[].AllAwsRegions", shape: "Boolean" },
                note: "Default false (line 77). API: give AllAwsRegions or AwsRegions - TF does not check at plan time in this version.",
            },
            "accountAggregationSource.regions": {
                tf: "account_aggregation_source.regions",
                line: 80,
                provider: [(0, ruleChecks_1.itemsBetween)(1, undefined, 83)],
                api: { member: "PutConfigurationAggregator.AccountAggregationSources[].AwsRegions", shape: "AggregatorRegionList", min: 1 },
                note: "Region names not validated.",
            },
            organizationAggregationSource: {
                tf: "organization_aggregation_source",
                line: 91,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 1, 94)],
                relations: { conflictsWith: ["account_aggregation_source"] },
                api: { member: "PutConfigurationAggregator.OrganizationAggregationSource", shape: "OrganizationAggregationSource" },
                note: "Pulumi: single object.",
            },
            "organizationAggregationSource.allRegions": {
                tf: "organization_aggregation_source.all_regions",
                line: 98,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutConfigurationAggregator.OrganizationAggregationSource.AllAwsRegions", shape: "Boolean" },
                note: "Default false (line 100).",
            },
            "organizationAggregationSource.regions": {
                tf: "organization_aggregation_source.regions",
                line: 103,
                provider: [(0, ruleChecks_1.itemsBetween)(1, undefined, 106)],
                api: { member: "PutConfigurationAggregator.OrganizationAggregationSource.AwsRegions", shape: "AggregatorRegionList", min: 1 },
            },
            "organizationAggregationSource.roleArn": {
                tf: "organization_aggregation_source.role_arn",
                line: 111,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 114)],
                api: { member: "PutConfigurationAggregator.OrganizationAggregationSource.RoleArn", shape: "String" },
                note: "Required (line 113). Role needs AWSConfigRoleForOrganizations (AWS docs).",
            },
        },
    },
    // aws:cfg/deliveryChannel:DeliveryChannel
    "aws:cfg/deliveryChannel:DeliveryChannel": {
        tfResource: "aws_config_delivery_channel",
        file: "internal/service/configservice/delivery_channel.go",
        commit: "0593466d96e383de3f75587805537f6e590ebf4e",
        release: "not dated; a mid 5.x copy by its content (older than the bundled 6.46+)",
        properties: {
            name: {
                tf: "name",
                line: 40,
                forceNew: 43,
                provider: [(0, ruleChecks_1.bytesBetween)(0, 256, 45)],
                api: { member: "PutDeliveryChannel.DeliveryChannel.name", shape: "ChannelName", min: 1, max: 256 },
                note: 'ForceNew (line 43); Default defaultDeliveryChannelName (line 44; "default" per Pulumi docs). API ChannelName 1..256.',
            },
            s3BucketName: {
                tf: "s3_bucket_name",
                line: 47,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutDeliveryChannel.DeliveryChannel.s3BucketName", shape: "String" },
                note: "Required (line 49), no plan-time check. Bucket policy must allow config.amazonaws.com (InsufficientDeliveryPolicyException is retried for propagationTimeout at apply).",
            },
            s3KeyPrefix: {
                tf: "s3_key_prefix",
                line: 51,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutDeliveryChannel.DeliveryChannel.s3KeyPrefix", shape: "String" },
                note: "No plan-time check; the API rejects some prefixes (InvalidS3KeyPrefixException) at apply.",
            },
            s3KmsKeyArn: {
                tf: "s3_kms_key_arn",
                line: 55,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 58)],
                api: { member: "PutDeliveryChannel.DeliveryChannel.s3KmsKeyArn", shape: "String" },
                note: "KMS key must be in the bucket's Region (API docs).",
            },
            snapshotDeliveryProperties: {
                tf: "snapshot_delivery_properties",
                line: 60,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 1, 63)],
                api: { member: "PutDeliveryChannel.DeliveryChannel.configSnapshotDeliveryProperties", shape: "ConfigSnapshotDeliveryProperties" },
            },
            "snapshotDeliveryProperties.deliveryFrequency": {
                tf: "snapshot_delivery_properties.delivery_frequency",
                line: 66,
                provider: [(0, ruleChecks_1.oneOf)(["One_Hour", "Three_Hours", "Six_Hours", "Twelve_Hours", "TwentyFour_Hours"], 69)],
                api: {
                    member: "PutDeliveryChannel.DeliveryChannel.configSnapshotDeliveryProperties.deliveryFrequency",
                    shape: "MaximumExecutionFrequency",
                    enum: ["One_Hour", "Three_Hours", "Six_Hours", "Twelve_Hours", "TwentyFour_Hours"],
                },
            },
            snsTopicArn: {
                tf: "sns_topic_arn",
                line: 74,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 77)],
                api: { member: "PutDeliveryChannel.DeliveryChannel.snsTopicARN", shape: "String" },
            },
        },
    },
    // aws:cfg/recorderStatus:RecorderStatus
    "aws:cfg/recorderStatus:RecorderStatus": {
        tfResource: "aws_config_configuration_recorder_status",
        file: "internal/service/configservice/configuration_recorder_status.go",
        commit: "013f1736b90439e5a19567a87d3e5cd11858c420",
        release: "not dated; a 2026 6.x copy by its content",
        properties: {
            isEnabled: {
                tf: "is_enabled",
                line: 39,
                provider: exports.NO_VALIDATOR,
                api: { member: "(none) - true => StartConfigurationRecorder, false => StopConfigurationRecorder" },
                note: "TypeBool Required (line 41). Start needs a delivery channel to exist (apply-time).",
            },
            name: {
                tf: "name",
                line: 43,
                provider: exports.NO_VALIDATOR,
                api: { member: "StartConfigurationRecorder.ConfigurationRecorderName", shape: "RecorderName", min: 1, max: 256 },
                note: 'Required (line 45), no plan-time check (not ForceNew). Pulumi 7.48 types it optional (auto-naming): an auto-generated name will not match the recorder - always set it to the recorder name ("default" unless changed). API RecorderName 1..256.',
            },
        },
    },
    // aws:cfg/recorder:Recorder
    "aws:cfg/recorder:Recorder": {
        tfResource: "aws_config_configuration_recorder",
        file: "internal/service/configservice/configuration_recorder.go",
        commit: null,
        release: "not dated; a copy with recording_mode and recording_strategy (5.x or later)",
        commitNote: "The public code index served this copy (file id 2273521081) without naming its commit; the line numbers are this copy's.",
        customizeDiff: [
            {
                line: 238,
                what: "resourceConfigurationRecorderCustomizeDiff (line 238), wired at line 40. Runs only on create (diff.Id()==\"\") and only when recording_group[0] is set AND recording_group.recording_strategy[0] is set (use_only read as string, \"\" if unset); h = all_supported (defaults true). Errors: (a) all_supported true and use_only != ALL_SUPPORTED_RESOURCE_TYPES -> ' Invalid record group strategy  , all_supported must be set to true  ' (line 249); (b) exclusion_by_resource_types[0] set: all_supported true -> '... all_supported must be set to false when exclusion_by_resource_types is set' (254); use_only != EXCLUSION_BY_RESOURCE_TYPES -> '... use only must be set to EXCLUSION_BY_RESOURCE_TYPES' (258); recording_group.resource_types non-empty -> '... resource_types must not be set when exclusion_by_resource_types is set' (264); (c) recording_group.resource_types non-empty: all_supported true -> '... all_supported must be set to false when resource_types is set' (273); use_only != INCLUSION_BY_RESOURCE_TYPES -> '... use only must be set to INCLUSION_BY_RESOURCE_TYPES' (277); exclusion_by_resource_types non-empty -> '... exclusion_by_resource_types must not be set when resource_types is set' (281). Consequence: with a recordingStrategies entry, allSupported must be set explicitly to false for inclusion/exclusion lists (its default is true). Without recordingStrategies none of this is checked. Updates are not checked.",
            },
        ],
        properties: {
            name: {
                tf: "name",
                line: 43,
                forceNew: 46,
                provider: [(0, ruleChecks_1.bytesBetween)(0, 256, 48)],
                api: { member: "PutConfigurationRecorder.ConfigurationRecorder.name", shape: "RecorderName", min: 1, max: 256 },
                note: 'ForceNew (line 46), Default defaultConfigurationRecorderName (line 47; "default" per Pulumi docs). API RecorderName length 1..256 (characters); TF allows 0.',
            },
            recordingGroup: {
                tf: "recording_group",
                line: 50,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 1, 54)],
                api: { member: "PutConfigurationRecorder.ConfigurationRecorder.recordingGroup", shape: "RecordingGroup" },
                note: "Optional+Computed.",
            },
            "recordingGroup.allSupported": {
                tf: "recording_group.all_supported",
                line: 57,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutConfigurationRecorder.ConfigurationRecorder.recordingGroup.allSupported", shape: "AllSupported" },
                note: "TypeBool Default true (line 60). See customizeDiff.",
            },
            "recordingGroup.exclusionByResourceTypes": {
                tf: "recording_group.exclusion_by_resource_types",
                line: 62,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "PutConfigurationRecorder.ConfigurationRecorder.recordingGroup.exclusionByResourceTypes",
                    shape: "ExclusionByResourceTypes",
                },
                note: "TypeList, Optional+Computed, no MaxItems in this version (Pulumi: array); only element [0] is sent (the API member is one structure).",
            },
            "recordingGroup.exclusionByResourceTypes[].resourceTypes": {
                tf: "recording_group.exclusion_by_resource_types.resource_types",
                line: 68,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "PutConfigurationRecorder.ConfigurationRecorder.recordingGroup.exclusionByResourceTypes.resourceTypes",
                    shape: "ResourceTypeList",
                },
                note: "TypeSet of strings, no plan-time check of the ResourceType enum.",
            },
            "recordingGroup.includeGlobalResourceTypes": {
                tf: "recording_group.include_global_resource_types",
                line: 76,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "PutConfigurationRecorder.ConfigurationRecorder.recordingGroup.includeGlobalResourceTypes",
                    shape: "IncludeGlobalResourceTypes",
                },
                note: "TypeBool.",
            },
            "recordingGroup.recordingStrategies": {
                tf: "recording_group.recording_strategy",
                line: 80,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutConfigurationRecorder.ConfigurationRecorder.recordingGroup.recordingStrategy", shape: "RecordingStrategy" },
                note: "TypeList, Optional+Computed, no MaxItems (Pulumi: recordingStrategies array); only [0] is sent.",
            },
            "recordingGroup.recordingStrategies[].useOnly": {
                tf: "recording_group.recording_strategy.use_only",
                line: 86,
                provider: [(0, ruleChecks_1.oneOf)(["ALL_SUPPORTED_RESOURCE_TYPES", "INCLUSION_BY_RESOURCE_TYPES", "EXCLUSION_BY_RESOURCE_TYPES"], 89)],
                api: {
                    member: "PutConfigurationRecorder.ConfigurationRecorder.recordingGroup.recordingStrategy.useOnly",
                    shape: "RecordingStrategyType",
                    enum: ["ALL_SUPPORTED_RESOURCE_TYPES", "INCLUSION_BY_RESOURCE_TYPES", "EXCLUSION_BY_RESOURCE_TYPES"],
                },
            },
            "recordingGroup.resourceTypes": {
                tf: "recording_group.resource_types",
                line: 94,
                provider: exports.NO_VALIDATOR,
                api: { member: "PutConfigurationRecorder.ConfigurationRecorder.recordingGroup.resourceTypes", shape: "ResourceTypeList" },
                note: "TypeSet of strings; values not checked against the ResourceType enum at plan time.",
            },
            recordingMode: {
                tf: "recording_mode",
                line: 102,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 1, 106)],
                api: { member: "PutConfigurationRecorder.ConfigurationRecorder.recordingMode", shape: "RecordingMode" },
                note: "Optional+Computed.",
            },
            "recordingMode.recordingFrequency": {
                tf: "recording_mode.recording_frequency",
                line: 109,
                provider: [(0, ruleChecks_1.oneOf)(["CONTINUOUS", "DAILY"], 113)],
                api: {
                    member: "PutConfigurationRecorder.ConfigurationRecorder.recordingMode.recordingFrequency",
                    shape: "RecordingFrequency",
                    enum: ["CONTINUOUS", "DAILY"],
                },
                note: "Default CONTINUOUS (line 112). Required in the API.",
            },
            "recordingMode.recordingModeOverride": {
                tf: "recording_mode.recording_mode_override",
                line: 115,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 1, 120)],
                api: {
                    member: "PutConfigurationRecorder.ConfigurationRecorder.recordingMode.recordingModeOverrides",
                    shape: "RecordingModeOverrides",
                    min: 0,
                    max: 1,
                },
                note: "MaxItems 1 (comment lines 118-119: the API allows one override). Pulumi: single object.",
            },
            "recordingMode.recordingModeOverride.description": {
                tf: "recording_mode.recording_mode_override.description",
                line: 123,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "PutConfigurationRecorder.ConfigurationRecorder.recordingMode.recordingModeOverrides[].description",
                    shape: "Description",
                    min: 1,
                    max: 256,
                },
                note: "API Description 1..256 characters, not checked at plan time.",
            },
            "recordingMode.recordingModeOverride.recordingFrequency": {
                tf: "recording_mode.recording_mode_override.recording_frequency",
                line: 127,
                provider: [(0, ruleChecks_1.oneOf)(["CONTINUOUS", "DAILY"], 130)],
                api: {
                    member: "PutConfigurationRecorder.ConfigurationRecorder.recordingMode.recordingModeOverrides[].recordingFrequency",
                    shape: "RecordingFrequency",
                    enum: ["CONTINUOUS", "DAILY"],
                },
                note: "Required (line 129).",
            },
            "recordingMode.recordingModeOverride.resourceTypes": {
                tf: "recording_mode.recording_mode_override.resource_types",
                line: 132,
                provider: [(0, ruleChecks_1.itemsBetween)(1, undefined, 135)],
                api: {
                    member: "PutConfigurationRecorder.ConfigurationRecorder.recordingMode.recordingModeOverrides[].resourceTypes",
                    shape: "RecordingModeResourceTypesList",
                },
                note: "TypeSet Required (line 134); items not checked against ResourceType.",
            },
            roleArn: {
                tf: "role_arn",
                line: 144,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 147)],
                api: { member: "PutConfigurationRecorder.ConfigurationRecorder.roleARN", shape: "String" },
                note: "Required (line 146). Either a customer role with AWS_ConfigRole or the service-linked role arn:<partition>:iam::<account>:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig.",
            },
        },
    },
    // aws:securityhub/account:Account
    "aws:securityhub/account:Account": {
        tfResource: "aws_securityhub_account",
        file: "internal/service/securityhub/account.go",
        commit: "0527d6a8cc68ae24169d2c8f770105e2ec946983",
        release: "not dated; a late-2025 6.x copy by its content",
        properties: {
            autoEnableControls: {
                tf: "auto_enable_controls",
                line: 59,
                provider: exports.NO_VALIDATOR,
                api: { member: "UpdateSecurityHubConfiguration.AutoEnableControls", shape: "Boolean" },
                note: "TypeBool Default true (line 62); applied by UpdateSecurityHubConfiguration right after EnableSecurityHub.",
            },
            controlFindingGenerator: {
                tf: "control_finding_generator",
                line: 64,
                provider: [(0, ruleChecks_1.oneOf)(["STANDARD_CONTROL", "SECURITY_CONTROL"], 68)],
                api: {
                    member: "EnableSecurityHub.ControlFindingGenerator",
                    shape: "ControlFindingGenerator",
                    enum: ["STANDARD_CONTROL", "SECURITY_CONTROL"],
                },
                note: "Optional+Computed. SECURITY_CONTROL = consolidated control findings.",
            },
            enableDefaultStandards: {
                tf: "enable_default_standards",
                line: 70,
                forceNew: 73,
                provider: exports.NO_VALIDATOR,
                api: { member: "EnableSecurityHub.EnableDefaultStandards", shape: "Boolean" },
                note: "TypeBool, ForceNew (line 73), Default true (line 74): with the default, EnableSecurityHub also enables the standards AWS marks EnabledByDefault (FSBP v1.0.0 and CIS v1.2.0 per AWS docs, from knowledge) - set false when subscribing standards explicitly with StandardsSubscription.",
            },
        },
    },
    // aws:securityhub/findingAggregator:FindingAggregator
    "aws:securityhub/findingAggregator:FindingAggregator": {
        tfResource: "aws_securityhub_finding_aggregator",
        file: "internal/service/securityhub/finding_aggregator.go",
        commit: "01f431114674c27cf790fafb67ac274bf8f765e1",
        release: "not dated; a 5.x copy by its content (older than the bundled 6.46+)",
        properties: {
            linkingMode: {
                tf: "linking_mode",
                line: 50,
                provider: [(0, ruleChecks_1.oneOf)(["ALL_REGIONS", "ALL_REGIONS_EXCEPT_SPECIFIED", "SPECIFIED_REGIONS"], 53)],
                api: { member: "CreateFindingAggregator.RegionLinkingMode", shape: "NonEmptyString", pattern: ".*\\S.*" },
                note: "AWS API docs (from knowledge, not read this session) also list NO_REGIONS, which this TF validator rejects.",
            },
            specifiedRegions: {
                tf: "specified_regions",
                line: 55,
                provider: [(0, ruleChecks_1.itemsBetween)(1, undefined, 57)],
                api: { member: "CreateFindingAggregator.Regions", shape: "StringList" },
                note: "TypeSet of strings, MinItems 1 (an empty list is rejected at plan time). Region names are not validated. API: required for the *_SPECIFIED modes.",
            },
        },
    },
    // aws:securityhub/organizationAdminAccount:OrganizationAdminAccount
    "aws:securityhub/organizationAdminAccount:OrganizationAdminAccount": {
        tfResource: "aws_securityhub_organization_admin_account",
        file: "internal/service/securityhub/organization_admin_account.go",
        commit: "088c13f1d9b339ac5849b207be4d104a232b1993",
        release: "not dated; a mid 5.x copy by its content (older than the bundled 6.46+)",
        properties: {
            adminAccountId: {
                tf: "admin_account_id",
                line: 38,
                forceNew: 41,
                provider: [(0, ruleChecks_1.helper)(VERIFY_VALID_ACCOUNT_ID, [(0, ruleChecks_1.matches)(/^\d{12}$/, "must be a 12-digit account ID")], 42)],
                api: { member: "EnableOrganizationAdminAccount.AdminAccountId", shape: "NonEmptyString", pattern: ".*\\S.*" },
                note: "ForceNew (line 41). Called from the Organizations management account.",
            },
        },
    },
    // aws:securityhub/organizationConfiguration:OrganizationConfiguration
    "aws:securityhub/organizationConfiguration:OrganizationConfiguration": {
        tfResource: "aws_securityhub_organization_configuration",
        file: "internal/service/securityhub/organization_configuration.go",
        commit: "15c350faa62c74cd0bbc9979a297f3dc1c31ee84",
        release: "not dated; a mid 5.x copy by its content (older than the bundled 6.46+)",
        properties: {
            autoEnable: {
                tf: "auto_enable",
                line: 43,
                provider: exports.NO_VALIDATOR,
                api: { member: "UpdateOrganizationConfiguration.AutoEnable", shape: "Boolean" },
                note: "TypeBool Required (line 45). API rule documented for UpdateOrganizationConfiguration (from knowledge, not read this session; not checked at plan time): with ConfigurationType CENTRAL, AutoEnable must be false and AutoEnableStandards NONE.",
            },
            autoEnableStandards: {
                tf: "auto_enable_standards",
                line: 47,
                provider: [(0, ruleChecks_1.oneOf)(["NONE", "DEFAULT"], 51)],
                api: { member: "UpdateOrganizationConfiguration.AutoEnableStandards", shape: "AutoEnableStandards", enum: ["NONE", "DEFAULT"] },
                note: "Optional+Computed.",
            },
            organizationConfiguration: {
                tf: "organization_configuration",
                line: 53,
                provider: [(0, ruleChecks_1.itemsBetween)(undefined, 1, 58)],
                api: { member: "UpdateOrganizationConfiguration.OrganizationConfiguration", shape: "OrganizationConfiguration" },
                note: "Optional+Computed; DefaultFunc gives [{configuration_type: LOCAL}] (line 57).",
            },
            "organizationConfiguration.configurationType": {
                tf: "organization_configuration.configuration_type",
                line: 61,
                provider: [(0, ruleChecks_1.oneOf)(["CENTRAL", "LOCAL"], 64)],
                api: {
                    member: "UpdateOrganizationConfiguration.OrganizationConfiguration.ConfigurationType",
                    shape: "OrganizationConfigurationConfigurationType",
                    enum: ["CENTRAL", "LOCAL"],
                },
                note: "Required inside the block (line 63). CENTRAL requires a finding aggregator (home Region) first (AWS docs, from knowledge) - apply-time.",
            },
        },
    },
    // aws:securityhub/standardsControlAssociation:StandardsControlAssociation
    "aws:securityhub/standardsControlAssociation:StandardsControlAssociation": {
        tfResource: "aws_securityhub_standards_control_association",
        file: "internal/service/securityhub/standards_control_association.go",
        commit: "034169b5e4f4213c04f76865af26824f7963ae8f",
        release: "not dated; a 5.x or early 6.x copy by its content",
        customizeDiff: [
            {
                line: 192,
                what: "ValidateConfig (resource-level, plan time): unless association_status equals ENABLED, updated_reason must be non-null, else fwdiag.NewAttributeRequiredWhenError(updated_reason, association_status, <value>) (line 208). Note: an unknown association_status is not equal to ENABLED, so an unknown status with a null reason also errors.",
            },
        ],
        properties: {
            associationStatus: {
                tf: "association_status",
                line: 53,
                provider: [(0, ruleChecks_1.oneOf)(["ENABLED", "DISABLED", ""], 54)],
                api: {
                    member: "BatchUpdateStandardsControlAssociations.StandardsControlAssociationUpdates[].AssociationStatus",
                    shape: "AssociationStatus",
                    enum: ["ENABLED", "DISABLED"],
                },
                note: "Required (line 55). When not ENABLED, updated_reason must be set (ValidateConfig, line 192).",
            },
            securityControlId: {
                tf: "security_control_id",
                line: 58,
                forceNew: 61,
                provider: exports.NO_VALIDATOR,
                api: {
                    member: "BatchUpdateStandardsControlAssociations.StandardsControlAssociationUpdates[].SecurityControlId",
                    shape: "NonEmptyString",
                    pattern: ".*\\S.*",
                },
                note: 'RequiresReplace. No plan-time check; API NonEmptyString .*\\S.* (e.g. "IAM.1").',
            },
            standardsArn: {
                tf: "standards_arn",
                line: 64,
                forceNew: 68,
                provider: [(0, ruleChecks_1.isArn)(65)],
                api: {
                    member: "BatchUpdateStandardsControlAssociations.StandardsControlAssociationUpdates[].StandardsArn",
                    shape: "NonEmptyString",
                    pattern: ".*\\S.*",
                },
                note: "RequiresReplace. The standard must be subscribed.",
            },
            updatedReason: {
                tf: "updated_reason",
                line: 71,
                provider: [(0, ruleChecks_1.bytesBetween)(1, Infinity, 74)],
                api: {
                    member: "BatchUpdateStandardsControlAssociations.StandardsControlAssociationUpdates[].UpdatedReason",
                    shape: "NonEmptyString",
                    pattern: ".*\\S.*",
                },
                note: "Required by ValidateConfig when associationStatus != ENABLED.",
            },
        },
    },
    // aws:securityhub/standardsControl:StandardsControl
    "aws:securityhub/standardsControl:StandardsControl": {
        tfResource: "aws_securityhub_standards_control",
        file: "internal/service/securityhub/standards_control.go",
        commit: "050ac11163cab8cdae5936a7f40b0e528ff780df",
        release: "not dated; a 5.x copy by its content (older than the bundled 6.46+)",
        properties: {
            controlStatus: {
                tf: "control_status",
                line: 32,
                provider: [(0, ruleChecks_1.oneOf)(["ENABLED", "DISABLED"], 35)],
                api: { member: "UpdateStandardsControl.ControlStatus", shape: "ControlStatus", enum: ["ENABLED", "DISABLED"] },
            },
            disabledReason: {
                tf: "disabled_reason",
                line: 48,
                provider: exports.NO_VALIDATOR,
                api: { member: "UpdateStandardsControl.DisabledReason", shape: "NonEmptyString", pattern: ".*\\S.*" },
                note: 'Optional+Computed, no plan-time check. Always sent (aws.String of the value, "" when unset). The API reference says DisabledReason is required when ControlStatus is DISABLED (from knowledge, not read this session; not in the model) and NonEmptyString pattern .*\\\\S.* - neither checked at plan time.',
            },
            standardsControlArn: {
                tf: "standards_control_arn",
                line: 70,
                forceNew: 73,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 74)],
                api: { member: "UpdateStandardsControl.StandardsControlArn", shape: "NonEmptyString", pattern: ".*\\S.*" },
                note: "ForceNew (line 73). Format arn:<partition>:securityhub:<region>:<account>:control/<standard path>/<control id>.",
            },
        },
    },
    // aws:securityhub/standardsSubscription:StandardsSubscription
    "aws:securityhub/standardsSubscription:StandardsSubscription": {
        tfResource: "aws_securityhub_standards_subscription",
        file: "internal/service/securityhub/standards_subscription.go",
        commit: "005b5e2639279d145fe5ca87db2ad435e0ae192d",
        release: "not dated; a 5.x or early 6.x copy by its content",
        properties: {
            standardsArn: {
                tf: "standards_arn",
                line: 37,
                forceNew: 40,
                provider: [(0, ruleChecks_1.arn)(VERIFY_VALID_ARN, 41)],
                api: { member: "BatchEnableStandards.StandardsSubscriptionRequests[].StandardsArn", shape: "NonEmptyString", pattern: ".*\\S.*" },
                note: "ForceNew (line 40). verify.ValidARN accepts both arn:<partition>:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0 (empty region/account) and arn:<partition>:securityhub:<region>::standards/... Whether the standard exists in the region/partition is only known at apply. Create/Delete timeouts 3m (lines 45-46).",
            },
        },
    },
};
/**
 * `tags`, on every taggable type: `tftags.TagsSchema()` is a map of strings with no validator
 * (internal/tags/tags.go at 0470e3616fdf70f01f85ba62e34ed063eda1c413, line 13); the provider's
 * tags interceptor merges its default tags in and checks nothing. AWS's limits apply to the
 * merged map: at most 50 user tags, keys 1-128 and values 0-256 characters, `aws:` reserved.
 */
const TAG_RESTRICTIONS = "https://docs.aws.amazon.com/batch/latest/userguide/tag-restrictions.html (the restrictions AWS services share)";
exports.TAGS_RULE = {
    tf: "tags",
    line: 13,
    provider: exports.NO_VALIDATOR,
    aws: [
        {
            check: (0, ruleChecks_1.itemsBetween)(undefined, 50),
            source: `${TAG_RESTRICTIONS} ("Maximum number of tags per resource – 50")`,
        },
        {
            check: (0, ruleChecks_1.mapKeys)([(0, ruleChecks_1.codePointsBetween)(1, 128), (0, ruleChecks_1.doesNotMatch)(/^aws:/i, "is reserved for AWS use")]),
            source: `${TAG_RESTRICTIONS} ("Maximum key length – 128 Unicode characters"; "Don't use aws: ... as a prefix")`,
        },
        {
            check: (0, ruleChecks_1.mapValues)([(0, ruleChecks_1.codePointsBetween)(0, 256)]),
            source: `${TAG_RESTRICTIONS} ("Maximum value length – 256 Unicode characters")`,
        },
    ],
    note: "tags file internal/tags/tags.go, commit 0470e3616fdf70f01f85ba62e34ed063eda1c413 (late 6.x by its header); the API models add per-service bounds (IAM CreateRole.Tags: 50; CloudTrail TagsList: 200).",
};
/**
 * `region`, on every type (`@pulumi/aws` v7 per-resource region): the attribute has no
 * validator (internal/provider/sdkv2/internal/attribute/attributes.go at
 * 0de0d32612df7df8b5d4cfaedac78958c2eea964, line 13); a CustomizeDiff interceptor
 * (internal/provider/sdkv2/region.go at 0073593e7d6993ba482409f4dc35438daaa79bb3, line 24,
 * calling conns.AWSClient.ValidateInContextRegionInPartition, line 338) requires the Region to
 * be in the provider's partition. The plan checker holds every region to the stack's partition.
 */
exports.REGION_RULE = {
    tf: "region",
    line: 13,
    provider: exports.NO_VALIDATOR,
    note: "Checked against the partition of the stack's home Region by the plan checker (region.go line 24): partition (p) for per-resource Region (r) is not the provider's configured partition.",
};
/**
 * `region` (every `@pulumi/aws` v7 resource takes one): a change replaces the resource, except
 * between unset and the provider's own Region (the provider's `forceNewIfRegionChanges`
 * interceptor, `return d.ForceNew(names.AttrRegion)`).
 */
exports.REGION_FORCE_NEW = {
    file: "internal/provider/sdkv2/region.go",
    line: 111,
    commit: "0073593e7d6993ba482409f4dc35438daaa79bb3",
};
/**
 * The input paths of a type (`[]` for list elements, as the rules key them) whose change replaces
 * the resource: the rules with `forceNew`, and `region` for every `aws:` type.
 */
function replacingPaths(type) {
    const properties = exports.PROVIDER_RULES[type]?.properties ?? {};
    const paths = Object.keys(properties).filter((path) => properties[path].forceNew !== undefined);
    return type.startsWith("aws:") ? [...paths, "region"] : paths;
}
/** A JSON string that must be a policy document: an object with `Statement` a non-empty list. */
function policyDocumentShape() {
    return (0, ruleChecks_1.custom)("a policy document: a JSON object with Version and a non-empty Statement list", undefined, (value) => {
        if (typeof value !== "string")
            return `${JSON.stringify(value)} is not a JSON string`;
        let document;
        try {
            document = JSON.parse(value);
        }
        catch {
            return "is not valid JSON";
        }
        const statements = typeof document === "object" && document !== null ? document.Statement : undefined;
        if (!Array.isArray(statements) || statements.length === 0)
            return "has no Statement list";
        if (document.Version !== "2012-10-17")
            return 'has no Version "2012-10-17"';
        return undefined;
    });
}
/** A JSON document's size, in UTF-8 bytes or characters, as the page counts it. */
function documentSize(max, unit, whitespace) {
    return (0, ruleChecks_1.custom)(`at most ${max} ${unit}${whitespace === "not counted" ? " without whitespace" : ""}`, undefined, (value) => {
        if (typeof value !== "string")
            return undefined;
        const text = whitespace === "counted" ? value : value.replace(/\s+/g, "");
        const size = unit === "bytes" ? Buffer.byteLength(text, "utf8") : [...text].length;
        return size > max ? `is ${size} ${unit}; at most ${max}` : undefined;
    });
}
const KMS_LIMITS = "https://docs.aws.amazon.com/kms/latest/developerguide/resource-limits.html";
const IAM_QUOTAS = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html";
const EVENTBRIDGE_QUOTAS = "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html";
/**
 * What AWS documents about a property beyond its API model: the size and shape of JSON
 * documents, and per-property quotas. Each with the page and the sentence it states.
 */
exports.AWS_PROPERTY_RULES = {
    "aws:kms/key:Key": {
        policy: [
            { check: policyDocumentShape(), source: `${KMS_LIMITS} (a key policy document)` },
            { check: documentSize(awsLimits_1.KMS_KEY_POLICY_MAX.value, "bytes", "counted"), source: awsLimits_1.KMS_KEY_POLICY_MAX.source },
        ],
    },
    "aws:s3/bucketPolicy:BucketPolicy": {
        policy: [
            { check: policyDocumentShape(), source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html" },
            { check: documentSize(awsLimits_1.S3_BUCKET_POLICY_MAX.value, "bytes", "counted"), source: awsLimits_1.S3_BUCKET_POLICY_MAX.source },
        ],
    },
    "aws:sns/topicPolicy:TopicPolicy": {
        policy: [
            {
                check: policyDocumentShape(),
                source: "https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-language-api-permissions-reference.html",
            },
            {
                check: documentSize(30_720, "bytes", "counted"),
                source: "https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-language-api-permissions-reference.html (policy quotas: Bytes 30 kb)",
            },
            {
                check: (0, ruleChecks_1.custom)("at most 100 statements", undefined, (value) => {
                    const statements = typeof value === "string" ? JSON.parse(value).Statement : undefined;
                    return Array.isArray(statements) && statements.length > 100 ? `has ${statements.length} statements; at most 100` : undefined;
                }),
                source: "https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-language-api-permissions-reference.html (policy quotas: Statements 100)",
            },
        ],
    },
    "aws:iam/role:Role": {
        assumeRolePolicy: [
            { check: policyDocumentShape(), source: `${IAM_QUOTAS} (a role trust policy)` },
            {
                check: documentSize(2_048, "characters", "not counted"),
                source: `${IAM_QUOTAS} (Role trust policy length: 2,048 characters by default; whitespace is not counted)`,
            },
        ],
    },
    "aws:iam/rolePolicy:RolePolicy": {
        policy: [{ check: policyDocumentShape(), source: `${IAM_QUOTAS} (an inline policy); the aggregate per role is a plan quota` }],
    },
    "aws:cloudwatch/eventRule:EventRule": {
        eventPattern: [
            {
                check: documentSize(2_048, "characters", "counted"),
                source: `${EVENTBRIDGE_QUOTAS} (Event pattern size: 2,048 characters, adjustable; the API model allows 4,096)`,
            },
        ],
    },
    "aws:cloudwatch/dashboard:Dashboard": {
        dashboardBody: [
            {
                check: (0, ruleChecks_1.custom)("a JSON object with a widgets list of at most 500 widgets", undefined, (value) => {
                    if (typeof value !== "string")
                        return undefined;
                    const widgets = JSON.parse(value).widgets;
                    if (!Array.isArray(widgets))
                        return "has no widgets list";
                    return widgets.length > 500 ? `has ${widgets.length} widgets; at most 500` : undefined;
                }),
                source: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html ("an array of between 0 and 500 widget objects")',
            },
        ],
    },
    "aws:lambda/function:Function": {
        "environment.variables": [
            {
                check: (0, ruleChecks_1.custom)("at most 4 KB of environment variables in all", undefined, (value) => {
                    if (typeof value !== "object" || value === null)
                        return undefined;
                    const size = Object.entries(value).reduce((sum, [k, v]) => sum + Buffer.byteLength(k + String(v), "utf8"), 0);
                    return size > 4_096 ? `${size} bytes of environment variables; at most 4096` : undefined;
                }),
                source: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html ("Function environment variables: 4 KB, for all environment variables associated with the function, in aggregate")',
            },
        ],
    },
};
const apiPatterns = new Map();
/** The model's pattern, held to the whole value (Unicode-aware where the pattern needs it). */
function apiPattern(pattern) {
    let compiled = apiPatterns.get(pattern);
    if (!compiled) {
        try {
            compiled = new RegExp(`^(?:${pattern})$`, "u");
        }
        catch {
            compiled = new RegExp(`^(?:${pattern})$`);
        }
        apiPatterns.set(pattern, compiled);
    }
    return compiled;
}
/** How `value` breaks the API model's constraints on `api` (lengths in characters, lists and maps in items). */
function apiProblems(api, value) {
    const problems = [];
    const bound = (size, what) => {
        if (api.min !== undefined && size < api.min)
            problems.push(`${what} ${size}; the API's minimum is ${api.min} (${api.shape ?? api.member})`);
        if (api.max !== undefined && size > api.max)
            problems.push(`${what} ${size}; the API's maximum is ${api.max} (${api.shape ?? api.member})`);
    };
    if (typeof value === "string") {
        bound([...value].length, "length");
        if (api.pattern !== undefined && !apiPattern(api.pattern).test(value)) {
            problems.push(`${JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value)} does not match the API's pattern ${api.pattern}`);
        }
        if (api.enum !== undefined && !api.enum.includes(value))
            problems.push(`"${value}" is not one of the API's values ${api.enum.join(", ")}`);
    }
    else if (typeof value === "number") {
        bound(value, "value");
    }
    else if (Array.isArray(value)) {
        bound(value.length, "items");
    }
    else if (typeof value === "object" && value !== null && !("__pulumiArchive" in value) && !("__pulumiAsset" in value)) {
        bound(Object.keys(value).length, "entries");
    }
    return problems;
}
/** The rule for a (type, path), with `tags` and `region` shared by every type. */
function ruleFor(type, path) {
    if (path === "tags")
        return exports.TAGS_RULE;
    if (path === "region")
        return exports.REGION_RULE;
    return exports.PROVIDER_RULES[type]?.properties[path];
}
/** Every way `value` at (type, path) breaks the provider's validators, the API model or AWS's documented rules. */
function valueProblems(type, path, value) {
    const rule = ruleFor(type, path);
    if (!rule)
        return [`${type} ${path}: no rule (add it to lib/providerRules.ts)`];
    const problems = [];
    for (const check of rule.provider) {
        // A list-level check (MinItems/MaxItems) holds lists and maps, not one element of a list.
        if (check.scope === "list" && (typeof value !== "object" || value === null))
            continue;
        const problem = check.problem(value);
        if (problem)
            problems.push(`provider: ${problem}`);
    }
    if (rule.api)
        problems.push(...apiProblems(rule.api, value).map((p) => `API: ${p}`));
    for (const documented of [...(rule.aws ?? []), ...(exports.AWS_PROPERTY_RULES[type]?.[path] ?? [])]) {
        const problem = documented.check.problem(value);
        if (problem)
            problems.push(`AWS: ${problem} (${documented.source})`);
    }
    return problems;
}
