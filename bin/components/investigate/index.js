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
exports.Investigation = exports.ATHENA_RESULTS_EXPIRE_DAYS = void 0;
exports.investigationArgsProblems = investigationArgsProblems;
/**
 * Investigation: what a responder uses after an alert, in the home region. Athena over the log
 * archive (workgroup, database, CloudTrail table with partition projection, saved queries), Logs
 * Insights query definitions on the trail's log group, a CloudWatch dashboard, the self-healing
 * trail, and an optional Slack channel. Each part can be turned off; each is built from the
 * tested builders next to this file.
 *
 * Every AWS child lands in `homeRegion` by the component's region transformation
 * (regionTransform.ts). The Chatbot configuration is global (chat.ts says why that is safe).
 */
const aws = __importStar(require("@pulumi/aws"));
const pulumi = __importStar(require("@pulumi/pulumi"));
const awsLimits_1 = require("../../lib/awsLimits");
const regions_1 = require("../../lib/regions");
const investigation_1 = require("../../settings/investigation");
const declarations_generated_1 = require("../../settings/declarations.generated");
const regionTransform_1 = require("../regionTransform");
const bucketHardening_1 = require("../bucketHardening");
const alerts_1 = require("../../settings/alerts");
const policyDocuments_1 = require("../../lib/policyDocuments");
const athena_1 = require("./athena");
const chat_1 = require("./chat");
const dashboard_1 = require("./dashboard");
const insights_1 = require("./insights");
const code_1 = require("./selfHealingTrail/code");
const permissions_1 = require("./selfHealingTrail/permissions");
const unrecoverableChanges_1 = require("../../lib/unrecoverableChanges");
const names_1 = require("../../settings/names");
const findingAlerts_1 = require("../../lib/findingAlerts");
const DASHBOARD_NAME_RULE = {
    pattern: dashboard_1.DASHBOARD_NAME,
    allowed: "up to 255 of A-Z a-z 0-9 - _",
    maxBytes: 255,
    source: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutDashboard.html (DashboardName)",
};
/** Every way the args can be wrong, one line each naming the arg; empty when they are usable. */
function investigationArgsProblems(args) {
    const problems = [];
    const prefix = args.namePrefix ?? names_1.DEFAULT_NAME_PREFIX;
    const names = (0, names_1.investigationNames)(prefix);
    const check = (label, value, rule) => {
        const problem = (0, awsLimits_1.nameProblem)(value, rule);
        if (problem)
            problems.push(`namePrefix: "${prefix}" makes the ${label} "${value}", which is not valid: ${problem}.`);
    };
    check("workgroup name", names.workgroup, awsLimits_1.ATHENA_WORKGROUP_NAME);
    check("dashboard name", names.dashboard, DASHBOARD_NAME_RULE);
    check("function name", names.selfHealingFunction, awsLimits_1.LAMBDA_FUNCTION_NAME);
    check("function's log group", (0, names_1.functionLogGroupName)(names.selfHealingFunction), awsLimits_1.LOG_GROUP_NAME);
    check("role name", names.selfHealingRole, awsLimits_1.IAM_ROLE_NAME);
    check("chat role name", names.chatRole, awsLimits_1.IAM_ROLE_NAME);
    check("chat configuration name", names.chatConfiguration, awsLimits_1.CHATBOT_CONFIGURATION_NAME);
    for (const rule of [names.restartRule, names.unrecoverableRule("trail-event-selectors-changed")])
        check("rule name", rule, awsLimits_1.EVENTBRIDGE_RULE_NAME);
    if (args.archiveSince !== undefined && !investigation_1.ARCHIVE_DAY.test(args.archiveSince)) {
        problems.push(`archiveSince: "${args.archiveSince}" is not a day as yyyy/MM/dd, such as 2024/01/01.`);
    }
    const cutoff = args.athenaBytesScannedCutoff;
    if (cutoff !== undefined && !(Number.isInteger(cutoff) && cutoff >= awsLimits_1.ATHENA_BYTES_SCANNED_CUTOFF_MIN.value)) {
        problems.push(`athenaBytesScannedCutoff: ${cutoff} is not a whole number of bytes of at least ${awsLimits_1.ATHENA_BYTES_SCANNED_CUTOFF_MIN.value} (${awsLimits_1.ATHENA_BYTES_SCANNED_CUTOFF_MIN.source}).`);
    }
    if (args.organizationId !== undefined && !awsLimits_1.ORGANIZATION_ID.pattern.test(args.organizationId)) {
        problems.push(`organizationId: "${args.organizationId}" is not ${awsLimits_1.ORGANIZATION_ID.allowed}.`);
    }
    for (const r of args.archiveRegions ?? [])
        if (!regions_1.AWS_REGIONS.includes(r))
            problems.push(`archiveRegions: "${r}" is not a region this project knows (lib/regions.ts).`);
    if (!(args.homeRegion in args.topicArns))
        problems.push(`topicArns: has no topic for the home region ${args.homeRegion}.`);
    if (args.slackChannel && !(args.chatTopicArns && args.homeRegion in args.chatTopicArns)) {
        problems.push(`chatTopicArns: required with slackChannel, with the home region ${args.homeRegion}'s (Chatbot shows custom notifications, not the email text).`);
    }
    if (args.athena !== false) {
        if (args.archiveBucketName === undefined)
            problems.push("archiveBucketName: required when athena is on (the table reads the trail's bucket).");
        if (args.kmsKeyArn === undefined)
            problems.push("kmsKeyArn: required when athena is on (query results are encrypted with it).");
    }
    if (args.selfHealingTrail !== false) {
        if (args.trailName === undefined || args.trailArn === undefined)
            problems.push("trailName, trailArn: required when selfHealingTrail is on.");
        if (args.kmsKeyArn === undefined)
            problems.push("kmsKeyArn: required when selfHealingTrail is on (the function publishes to the encrypted home topic).");
    }
    if (args.dashboard !== false && (args.alarms ?? []).length === 0 && args.heartbeatAlarmName === undefined) {
        problems.push("alarms: the dashboard needs at least one alarm (or heartbeatAlarmName); turn dashboard off otherwise.");
    }
    return problems;
}
/** The console host a dashboard link uses: the Region's own host in the aws partition. */
function consoleHost(partition, region) {
    return partition === "aws" ? `${region}.${(0, findingAlerts_1.consoleHostOf)(partition)}` : (0, findingAlerts_1.consoleHostOf)(partition);
}
/** Query results are derived data: kept 30 days, long enough to finish an investigation. */
exports.ATHENA_RESULTS_EXPIRE_DAYS = 30;
class Investigation extends pulumi.ComponentResource {
    /** Athena workgroup (when athena is on). */
    workgroupName;
    /** Glue database holding the CloudTrail table (when athena is on). */
    databaseName;
    /** The CloudTrail table (when athena is on). */
    tableName;
    /** Bucket of the query results (when athena is on). */
    resultsBucketName;
    /** Names of the saved Athena queries (empty when athena is off). */
    savedQueryNames = [];
    /** Names of the Logs Insights query definitions, `<namePrefix>/<title>` (empty when off). */
    insightsQueryNames = [];
    /** Alarms without an Insights query, and why (their filter has no faithful translation). */
    untranslatedAlarms = [];
    /** The CloudWatch dashboard (when dashboard is on). */
    dashboardName;
    /** The dashboard in the console (when dashboard is on). */
    dashboardUrl;
    /** The function that restarts the trail (when selfHealingTrail is on). */
    selfHealingFunctionName;
    /** The Chatbot Slack channel configuration (when slackChannel is given). */
    chatConfigurationArn;
    constructor(name, args, opts) {
        super("baseline:investigate:Investigation", name, {}, { ...opts, transformations: [(0, regionTransform_1.regionTransformation)(args.homeRegion), ...(opts?.transformations ?? [])] });
        const problems = investigationArgsProblems(args);
        if (problems.length > 0)
            throw new Error(`Investigation "${name}":\n${problems.map((p) => `  - ${p}`).join("\n")}`);
        const region = args.homeRegion;
        const partition = (0, regions_1.partitionOf)(region);
        const prefix = args.namePrefix ?? names_1.DEFAULT_NAME_PREFIX;
        const names = (0, names_1.investigationNames)(prefix);
        const tags = args.tags ?? { ...alerts_1.DEFAULT_TAGS };
        const child = { parent: this };
        const homeTopicArn = args.topicArns[region];
        const alarms = args.alarms ?? [];
        if (args.athena !== false) {
            const results = this.createResultsBucket(name, prefix, args.kmsKeyArn, tags);
            const workgroup = new aws.athena.Workgroup(`${name}-workgroup`, {
                ...(0, athena_1.workgroupArgs)({
                    name: names.workgroup,
                    outputLocation: pulumi.interpolate `s3://${results.bucket}/results/`,
                    kmsKeyArn: args.kmsKeyArn,
                    accountId: args.accountId,
                    bytesScannedCutoffPerQuery: args.athenaBytesScannedCutoff,
                }),
                // Deleting the workgroup must not be blocked by the queries it ran.
                forceDestroy: true,
                tags,
            }, child);
            const database = new aws.glue.CatalogDatabase(`${name}-database`, {
                name: names.database,
                description: "The security baseline's CloudTrail archive, for Athena",
            }, child);
            const table = new aws.glue.CatalogTable(`${name}-cloudtrail-table`, (0, athena_1.cloudTrailTableArgsFor)(database.name, names.table, {
                bucketName: args.archiveBucketName,
                organizationId: args.organizationId,
                accountIds: args.archiveAccountIds ?? [args.accountId],
                regions: args.archiveRegions ?? regions_1.AWS_REGIONS.filter((r) => (0, regions_1.partitionOf)(r) === partition),
                since: args.archiveSince ?? declarations_generated_1.INVESTIGATION_DEFAULTS.archiveSince,
            }), child);
            for (const query of (0, athena_1.namedQueryArgs)(database.name, workgroup.name, names.table)) {
                new aws.athena.NamedQuery(`${name}-athena-${query.id}`, query.args, { ...child, dependsOn: [table] });
                this.savedQueryNames.push(String(query.args.name));
            }
            this.workgroupName = workgroup.name;
            this.databaseName = database.name;
            this.tableName = table.name;
            this.resultsBucketName = results.bucket;
        }
        if (args.insightsQueries !== false) {
            const perAlarm = (0, insights_1.alarmQueries)(alarms.map((a) => ({ id: a.id, title: a.title ?? a.id, filterPattern: a.filterPattern })));
            this.untranslatedAlarms.push(...perAlarm.untranslated);
            for (const query of (0, insights_1.queryDefinitionArgs)(names.queryFolder, args.logGroupName, [...(0, insights_1.investigationQueries)(), ...perAlarm.queries])) {
                new aws.cloudwatch.QueryDefinition(`${name}-insights-${query.id}`, query.args, child);
                this.insightsQueryNames.push(String(query.args.name));
            }
        }
        if (args.selfHealingTrail !== false) {
            this.selfHealingFunctionName = this.createSelfHealing(name, names, partition, args, homeTopicArn, 
            // Chat reports only where a channel reads them.
            args.slackChannel ? args.chatTopicArns?.[region] : undefined, tags);
        }
        if (args.dashboard !== false) {
            const alarmNames = [
                ...alarms.map((a) => a.alarmName),
                ...(args.heartbeatAlarmName ? [args.heartbeatAlarmName] : []),
                ...(args.deliveryFailureAlarmNames?.[region] ?? []),
            ];
            const realtimeRules = Object.entries(args.realtimeRuleNames ?? {}).map(([ruleRegion, ruleNames]) => ({
                region: ruleRegion,
                ruleNames,
            }));
            const body = pulumi
                .all([args.accountId, args.logGroupName, this.selfHealingFunctionName])
                .apply(([accountId, logGroupName, selfHealingFunctionName]) => JSON.stringify((0, dashboard_1.dashboardBody)({
                partition,
                accountId,
                homeRegion: region,
                alarmNames,
                logGroupName,
                realtimeRules,
                selfHealingFunctionName,
                findings: {
                    services: args.findingServices ?? [],
                    rules: Object.entries(args.findingRuleNames ?? {}).map(([ruleRegion, ruleNames]) => ({ region: ruleRegion, ruleNames })),
                },
                investigationHint: `Saved queries: Athena workgroup ${names.workgroup}; Logs Insights folder ${names.queryFolder}.`,
            })));
            const dashboard = new aws.cloudwatch.Dashboard(`${name}-dashboard`, { dashboardName: names.dashboard, dashboardBody: body }, child);
            this.dashboardName = dashboard.dashboardName;
            this.dashboardUrl = `https://${consoleHost(partition, region)}/cloudwatch/home?region=${region}#dashboards/dashboard/${names.dashboard}`;
        }
        if (args.slackChannel) {
            // Region order, home first, so the list (and the plan) is stable.
            const regions = [
                region,
                ...Object.keys(args.chatTopicArns)
                    .filter((r) => r !== region)
                    .sort(),
            ];
            const chat = (0, chat_1.createSlackChannel)(name, {
                namePrefix: prefix,
                partition,
                channel: args.slackChannel,
                topicArns: regions.map((r) => args.chatTopicArns[r]),
                logGroup: args.chatLogGroup,
                tags,
            }, this);
            this.chatConfigurationArn = chat.configuration.chatConfigurationArn;
        }
        this.registerOutputs({
            workgroupName: this.workgroupName,
            databaseName: this.databaseName,
            tableName: this.tableName,
            savedQueryNames: this.savedQueryNames,
            insightsQueryNames: this.insightsQueryNames,
            dashboardName: this.dashboardName,
            dashboardUrl: this.dashboardUrl,
            selfHealingFunctionName: this.selfHealingFunctionName,
            chatConfigurationArn: this.chatConfigurationArn,
        });
    }
    /**
     * Athena's results location: encrypted with the baseline's key (the workgroup enforces SSE_KMS
     * too), private, TLS only, expiring after ATHENA_RESULTS_EXPIRE_DAYS.
     * https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html
     */
    createResultsBucket(name, prefix, kmsKeyArn, tags) {
        const child = { parent: this };
        const bucket = new aws.s3.Bucket(`${name}-athena-results`, 
        // Room for the provider's 26-character suffix: a prefix of at most 24 + "-athena-" stays within 37.
        { bucketPrefix: `${prefix.toLowerCase().replace(/[._]/g, "-")}-athena-`, forceDestroy: true, tags }, child);
        const { publicAccessBlock } = (0, bucketHardening_1.hardenPrivateBucket)(`${name}-athena-results`, bucket, child, {
            encryption: { sseAlgorithm: "aws:kms", kmsMasterKeyId: kmsKeyArn },
            // Derived data that expires: versions would only keep deleted results longer.
            versioned: false,
            lifecycle: {
                rules: [
                    {
                        id: "expire-query-results",
                        status: "Enabled",
                        filter: {},
                        expiration: { days: exports.ATHENA_RESULTS_EXPIRE_DAYS },
                        abortIncompleteMultipartUpload: { daysAfterInitiation: 1 },
                    },
                ],
            },
        });
        new aws.s3.BucketPolicy(`${name}-athena-results-policy`, {
            bucket: bucket.id,
            policy: (0, policyDocuments_1.policyDocument)([(0, policyDocuments_1.denyInsecureTransport)("s3:*", [bucket.arn, pulumi.interpolate `${bucket.arn}/*`])]),
        }, { ...child, dependsOn: [publicAccessBlock] });
        return bucket;
    }
    /** The StopLogging rule → function → topic path, and the rules for changes it cannot undo. */
    createSelfHealing(name, names, partition, args, topicArn, chatTopicArn, tags) {
        const child = { parent: this };
        const trailName = args.trailName;
        const trailArn = args.trailArn;
        const logGroup = new aws.cloudwatch.LogGroup(`${name}-restart-trail-logs`, {
            name: (0, names_1.functionLogGroupName)(names.selfHealingFunction),
            retentionInDays: args.logRetentionDays ?? 365,
            tags,
        }, child);
        const role = new aws.iam.Role(`${name}-restart-trail-role`, {
            name: names.selfHealingRole,
            description: `Restarts CloudTrail trail ${trailName} after StopLogging; nothing else`,
            assumeRolePolicy: pulumi.jsonStringify((0, permissions_1.lambdaAssumeRolePolicy)()),
            tags,
        }, child);
        const rolePolicy = new aws.iam.RolePolicy(`${name}-restart-trail-policy`, {
            role: role.id,
            name: "restart-this-trail-only",
            policy: pulumi
                .all([args.accountId, trailArn, topicArn, chatTopicArn, args.kmsKeyArn])
                .apply(([accountId, arn, topic, chatTopic, key]) => JSON.stringify((0, permissions_1.selfHealingRolePolicy)({
                partition,
                region: args.homeRegion,
                accountId,
                trailArn: arn,
                functionName: names.selfHealingFunction,
                topicArn: topic,
                chatTopicArn: chatTopic,
                topicKeyArn: key,
            }))),
        }, child);
        const fn = new aws.lambda.Function(`${name}-restart-trail`, {
            name: names.selfHealingFunction,
            description: `Restarts CloudTrail trail ${trailName} after StopLogging and reports to the alert topic`,
            runtime: code_1.RUNTIME,
            handler: code_1.HANDLER_ENTRY,
            code: (0, code_1.handlerArchive)(),
            role: role.arn,
            // Two CloudTrail calls with at most ~3 s of backoff each (handler.ts DEFAULT_RETRY) and one publish.
            timeout: 30,
            memorySize: 128,
            environment: (0, code_1.handlerEnvironment)(trailArn, topicArn, chatTopicArn),
            tags,
        }, 
        // The function's first log lines need the group (with its retention) and the role's permissions.
        { ...child, dependsOn: [logGroup, rolePolicy] });
        const rule = new aws.cloudwatch.EventRule(`${name}-restart-trail-rule`, {
            name: names.restartRule,
            description: `Self-healing trail: StopLogging on ${trailName} restarts it`,
            eventPattern: pulumi.output(trailArn).apply((arn) => JSON.stringify((0, permissions_1.stopLoggingEventPattern)(trailName, arn))),
            state: "ENABLED",
            tags,
        }, child);
        const permission = new aws.lambda.Permission(`${name}-restart-trail-invoke`, (0, permissions_1.invokePermissionArgs)({ functionName: fn.name, ruleArn: rule.arn }), child);
        new aws.cloudwatch.EventTarget(`${name}-restart-trail-target`, { rule: rule.name, arn: fn.arn }, { ...child, dependsOn: [permission] });
        for (const change of (0, unrecoverableChanges_1.unrecoverableChangePatterns)(trailName, "")) {
            const changeRule = new aws.cloudwatch.EventRule(`${name}-${change.id}`, {
                name: names.unrecoverableRule(change.id),
                description: `Self-healing trail: ${change.id.replace(/-/g, " ")} on ${trailName}; restore it with pulumi up`,
                eventPattern: pulumi
                    .output(trailArn)
                    .apply((arn) => JSON.stringify((0, unrecoverableChanges_1.unrecoverableChangePatterns)(trailName, arn).find((p) => p.id === change.id).pattern)),
                state: "ENABLED",
                tags,
            }, child);
            new aws.cloudwatch.EventTarget(`${name}-${change.id}-target`, {
                rule: changeRule.name,
                arn: topicArn,
                inputTransformer: pulumi.output(trailArn).apply(unrecoverableChanges_1.unrecoverableChangeMessage),
            }, child);
            if (chatTopicArn) {
                new aws.cloudwatch.EventTarget(`${name}-${change.id}-chat-target`, {
                    rule: changeRule.name,
                    arn: chatTopicArn,
                    inputTransformer: pulumi.output(trailArn).apply((arn) => (0, unrecoverableChanges_1.unrecoverableChangeChatMessage)(arn, change.id)),
                }, child);
            }
        }
        return fn.name;
    }
}
exports.Investigation = Investigation;
