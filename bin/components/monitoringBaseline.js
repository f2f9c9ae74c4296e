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
exports.REGION_BASELINE_TYPE = exports.MonitoringBaseline = exports.MONITORING_BASELINE_TYPE = void 0;
/**
 * MonitoringBaseline: an account's whole security monitoring baseline from one constructor.
 * It validates its arguments (settings.ts), then fans out per region: one RegionBaseline per
 * listed region, the home region first (it owns the trail, key, log archive, log group and
 * alarms), plus a us-east-1 part for global services' real-time rules when the list lacks
 * us-east-1. Also published as a component package (provider.ts), for every Pulumi language.
 */
const aws = __importStar(require("@pulumi/aws"));
const pulumi = __importStar(require("@pulumi/pulumi"));
const regions_1 = require("../lib/regions");
const alarmSet_1 = require("../settings/alarmSet");
const globalEvents_1 = require("../lib/globalEvents");
const investigate_1 = require("./investigate");
const chat_1 = require("./investigate/chat");
const regionBaseline_1 = require("./regionBaseline");
Object.defineProperty(exports, "REGION_BASELINE_TYPE", { enumerable: true, get: function () { return regionBaseline_1.REGION_BASELINE_TYPE; } });
const archive_1 = require("../settings/archive");
const index_1 = require("../settings/index");
const names_1 = require("../settings/names");
/** Type token of MonitoringBaseline; the component package's `<package>:index:<Name>`. */
exports.MONITORING_BASELINE_TYPE = "baseline:index:MonitoringBaseline";
class MonitoringBaseline extends pulumi.ComponentResource {
    /** Region that owns the trail, key, log archive, log group and alarms. */
    homeRegion;
    /** Regions with an alert topic and real-time rules. */
    regions;
    /** The trail's name; absent when the baseline alarms on an existing trail's log group. */
    trailName;
    /** The trail's ARN; absent with an existing log group. */
    trailArn;
    /** The CloudWatch Logs log group the trail delivers to and the alarms filter. */
    logGroupName;
    /** The log group's ARN. */
    logGroupArn;
    /** The S3 bucket that archives the trail's log files; absent with an existing log group. */
    logBucketName;
    /** The S3 bucket that receives the log bucket's server access logs; absent with an existing log group. */
    accessLogBucketName;
    /** The KMS key that encrypts the trail's logs, the log group and the alert topics; absent with an existing log group. */
    kmsKeyArn;
    /** Region → the ARN of its encrypted alert topic. */
    topicArns;
    /** The metric-filter alarms on the trail's log group. */
    alarms;
    /** The alarm that fires when no event reaches the log group for heartbeatWindowMinutes; absent when disabled. */
    heartbeatAlarmName;
    /** Region → its real-time EventBridge rules. */
    realtimeRules;
    /** Region → its alarms on the rules' AWS/Events FailedInvocations (regions with rules only). */
    deliveryFailureAlarms;
    /** The addresses subscribed to every topic. */
    alertEmails;
    /** What subscribers must do before they receive anything. */
    subscriptionReminder;
    /** The Athena workgroup whose saved queries investigate the archive; absent when investigation.athena is off. */
    athenaWorkgroupName;
    /** The CloudWatch dashboard of every alarm and delivery path; absent when investigation.dashboard is off. */
    dashboardName;
    /** The function that restarts the trail after StopLogging; absent when selfHealingTrail is off. */
    selfHealingFunctionName;
    /** The AWS Chatbot Slack channel configuration; absent without slackChannel. */
    chatConfigurationArn;
    /** The accounts whose trails may write into logBucketName (memberAccounts); absent when none. */
    memberAccounts;
    /** A member stack's own key for its log group and home topic (centralLogArchive, whose bucket and key logBucketName and kmsKeyArn then name); absent otherwise. */
    localKeyArn;
    /** The VPC flow logs; absent without vpcFlowLogs. */
    flowLogs;
    /** The data-residency trails; absent without residencyTrails. */
    residencyTrails;
    /** GuardDuty, Security Hub and AWS Config: what the stack created and which findings alert (docs/detectors.md). */
    detectors;
    constructor(name, args, opts) {
        super(exports.MONITORING_BASELINE_TYPE, name, {}, opts);
        const settings = (0, index_1.resolveSettings)(args ?? {});
        for (const warning of (0, archive_1.lifecycleWarnings)(settings))
            void pulumi.log.warn(warning, this);
        const account = {
            accountId: aws.getCallerIdentityOutput({}, { parent: this }).accountId,
            partition: (0, regions_1.partitionOf)(settings.homeRegion),
        };
        // Until 0.2 the region parts were the stack's own children, typed MonitoringBaseline: the
        // alias keeps their resources (the protected key and buckets above all) in place.
        const part = (partName, region, scope, archive, otherRuleNames, configDelivery) => new regionBaseline_1.RegionBaseline(partName, { region, scope, settings, account, archive, otherRuleNames, configDelivery }, {
            parent: this,
            aliases: opts?.parent === undefined ? [pulumi.createUrn(partName, exports.MONITORING_BASELINE_TYPE)] : [],
        });
        // The self-healing trail's rules live in the home region: its delivery-failure alarms watch them too.
        const selfHealingRules = settings.investigation.selfHealingTrail ? (0, names_1.selfHealingRuleNames)(settings.trailName, settings.trailName) : [];
        const [homeLayout, ...otherLayouts] = (0, globalEvents_1.regionParts)(settings.regions, settings.homeRegion, settings.realtimeAlerts);
        const homePart = part(`${name}-${homeLayout.region}`, homeLayout.region, "home", undefined, selfHealingRules);
        const parts = [
            homePart,
            ...otherLayouts.map(({ region, scope }) => scope === "global-events"
                ? part(`${name}-${region}-global-events`, region, scope)
                : part(`${name}-${region}`, region, scope, homePart.flowLogArchive, undefined, homePart.configDelivery)),
        ];
        const home = parts[0];
        const created = settings.existingLogGroupName === undefined;
        this.homeRegion = pulumi.output(settings.homeRegion);
        this.regions = pulumi.output([...settings.regions]);
        this.trailName = created ? pulumi.output(settings.trailName) : undefined;
        this.trailArn = home.trailArn;
        // The home part always has a log group: the trail's, or the existing one alarms filter.
        this.logGroupName = home.logGroupName;
        this.logGroupArn = home.logGroupArn;
        this.logBucketName = home.logBucketName;
        this.accessLogBucketName = home.accessLogBucketName;
        this.kmsKeyArn = home.kmsKeyArn;
        this.topicArns = pulumi.output(Object.fromEntries(parts.map((p) => [p.region, p.topicArn])));
        this.alarms = pulumi.output(home.alarms.map((a) => ({ ...a })));
        this.heartbeatAlarmName = home.heartbeatAlarmName === undefined ? undefined : pulumi.output(home.heartbeatAlarmName);
        this.realtimeRules = pulumi.output(Object.fromEntries(parts.map((p) => [p.region, p.realtimeRules])));
        this.deliveryFailureAlarms = pulumi.output(Object.fromEntries(parts.filter((p) => p.deliveryFailureAlarmNames.length > 0).map((p) => [p.region, p.deliveryFailureAlarmNames])));
        this.alertEmails = pulumi.output([...settings.alertEmails]);
        this.subscriptionReminder = pulumi.output(settings.alertEmails.length === 0
            ? "No alertEmails configured: nobody is notified. Set them with `pulumi config set --path 'alertEmails[0]' you@example.com`."
            : `Each address must click the confirmation link AWS emails it, once per region topic; until then its subscription stays "PendingConfirmation" and it receives nothing. Check with \`npm run -s verify -- --stack ${pulumi.getStack()}\`.`);
        const flowLogSettings = settings.vpcFlowLogs;
        if (settings.memberAccounts !== undefined && settings.memberAccounts.length > 0)
            this.memberAccounts = pulumi.output([...settings.memberAccounts]);
        this.localKeyArn = home.localKeyArn;
        if (flowLogSettings !== undefined) {
            const logged = parts.flatMap((p) => (p.coverage.flowLogs ? [{ region: p.region, flowLogs: p.coverage.flowLogs }] : []));
            const logGroups = logged.flatMap(({ region, flowLogs }) => (flowLogs.logGroup ? [{ region, name: flowLogs.logGroup.name }] : []));
            this.flowLogs = pulumi
                .all([pulumi.all(logged.map((l) => l.flowLogs.vpcIds)), pulumi.all(logGroups.map((g) => g.name))])
                .apply(([vpcIds, groupNames]) => ({
                destination: flowLogSettings.destination,
                trafficType: flowLogSettings.trafficType,
                allVpcs: flowLogSettings.allVpcs,
                vpcIds: Object.fromEntries(logged.map((l, i) => [l.region, vpcIds[i]])),
                ...(logGroups.length > 0 ? { logGroupNames: Object.fromEntries(logGroups.map((g, i) => [g.region, groupNames[i]])) } : {}),
            }));
        }
        const residency = parts.flatMap((p) => (p.coverage.residencyTrail ? [{ region: p.region, trail: p.coverage.residencyTrail }] : []));
        if (residency.length > 0) {
            this.residencyTrails = pulumi.all(residency.map(({ region, trail }) => pulumi
                .all([trail.trail.arn, trail.logBucket.bucket, trail.key.arn, trail.logGroup.name, trail.accessLogBucket.bucket])
                .apply(([trailArn, logBucketName, kmsKeyArn, logGroupName, accessLogBucketName]) => ({
                region,
                trailName: trail.trailName,
                trailArn,
                logBucketName,
                kmsKeyArn,
                logGroupName,
                accessLogBucketName,
            }))));
        }
        this.detectors = detectorsOutput(settings, parts);
        const investigation = settings.investigation;
        if (investigation.athena ||
            investigation.insightsQueries ||
            investigation.dashboard ||
            investigation.selfHealingTrail ||
            investigation.slackChannel) {
            const titles = new Map((0, alarmSet_1.resolveAlarms)(settings).map((a) => [a.id, a.title]));
            const chatLogs = investigation.slackChannel
                ? new chat_1.ChatLogs(`${name}-chat-logs`, {
                    configurationName: (0, names_1.chatConfigurationName)(settings.trailName),
                    retentionInDays: settings.logRetentionDays,
                    tags: { ...settings.tags },
                }, { parent: this })
                : undefined;
            const investigate = new investigate_1.Investigation(`${name}-investigate`, {
                homeRegion: settings.homeRegion,
                accountId: account.accountId,
                namePrefix: settings.trailName,
                logGroupName: home.logGroupName,
                trailName: created ? settings.trailName : undefined,
                trailArn: home.trailArn,
                archiveBucketName: home.logBucketName,
                kmsKeyArn: home.homeKeyArn,
                organizationId: settings.organizationTrail ? settings.organizationId : undefined,
                archiveRegions: regionsOfPartition(settings.homeRegion),
                archiveAccountIds: investigation.athena ? archiveAccounts(settings, account.accountId, this) : undefined,
                archiveSince: investigation.archiveSince,
                athenaBytesScannedCutoff: investigation.athenaBytesScannedCutoff,
                alarms: home.alarms.map((a) => ({ id: a.id, alarmName: a.alarmName, filterPattern: a.filterPattern, title: titles.get(a.id) })),
                heartbeatAlarmName: home.heartbeatAlarmName,
                deliveryFailureAlarmNames: Object.fromEntries(parts.map((p) => [p.region, p.deliveryFailureAlarmNames])),
                topicArns: Object.fromEntries(parts.map((p) => [p.region, p.topicArn])),
                ...(investigation.slackChannel ? { chatTopicArns: Object.fromEntries(parts.map((p) => [p.region, p.chatTopicArn])) } : {}),
                realtimeRuleNames: Object.fromEntries(parts.map((p) => [p.region, p.realtimeRules.map((r) => r.ruleName)])),
                findingServices: findingServices(settings),
                findingRuleNames: Object.fromEntries(parts.map((p) => [p.region, p.findingRules.map((r) => r.ruleName)])),
                logRetentionDays: settings.logRetentionDays,
                tags: { ...settings.tags },
                athena: investigation.athena,
                insightsQueries: investigation.insightsQueries,
                dashboard: investigation.dashboard,
                selfHealingTrail: investigation.selfHealingTrail,
                slackChannel: investigation.slackChannel,
                chatLogGroup: chatLogs?.logGroup,
            }, { parent: this });
            this.athenaWorkgroupName = investigate.workgroupName;
            this.dashboardName = investigate.dashboardName;
            this.selfHealingFunctionName = investigate.selfHealingFunctionName;
            this.chatConfigurationArn = investigate.chatConfigurationArn;
        }
        this.registerOutputs({
            homeRegion: this.homeRegion,
            regions: this.regions,
            trailName: this.trailName,
            trailArn: this.trailArn,
            logGroupName: this.logGroupName,
            logGroupArn: this.logGroupArn,
            logBucketName: this.logBucketName,
            accessLogBucketName: this.accessLogBucketName,
            kmsKeyArn: this.kmsKeyArn,
            topicArns: this.topicArns,
            alarms: this.alarms,
            heartbeatAlarmName: this.heartbeatAlarmName,
            realtimeRules: this.realtimeRules,
            deliveryFailureAlarms: this.deliveryFailureAlarms,
            alertEmails: this.alertEmails,
            subscriptionReminder: this.subscriptionReminder,
            athenaWorkgroupName: this.athenaWorkgroupName,
            dashboardName: this.dashboardName,
            selfHealingFunctionName: this.selfHealingFunctionName,
            chatConfigurationArn: this.chatConfigurationArn,
            memberAccounts: this.memberAccounts,
            localKeyArn: this.localKeyArn,
            flowLogs: this.flowLogs,
            residencyTrails: this.residencyTrails,
            detectors: this.detectors,
        });
    }
}
exports.MonitoringBaseline = MonitoringBaseline;
/** The services whose findings alert, as the dashboard names them. */
function findingServices(settings) {
    const { guardDuty, securityHub, awsConfig } = settings.detectors;
    return [
        ...(guardDuty.mode !== "off" ? ["GuardDuty"] : []),
        ...(securityHub.mode !== "off" ? ["Security Hub"] : []),
        ...(awsConfig.mode !== "off" ? ["AWS Config"] : []),
    ];
}
/** The detectors output: modes, what was created, and each listed Region's finding rules. */
function detectorsOutput(settings, parts) {
    const { guardDuty, securityHub, awsConfig } = settings.detectors;
    const listed = parts.filter((p) => p.detectors !== undefined);
    const detectorIds = listed.flatMap((p) => p.detectors?.guardDutyDetectorId ? [{ region: p.region, id: p.detectors.guardDutyDetectorId }] : []);
    const home = parts[0];
    return pulumi
        .all([pulumi.all(detectorIds.map((d) => d.id)), home.configDelivery?.bucketName ?? pulumi.output(undefined)])
        .apply(([ids, configBucketName]) => ({
        guardDuty: guardDuty.mode,
        securityHub: securityHub.mode,
        awsConfig: awsConfig.mode,
        regions: listed.map((p) => p.region),
        ...(guardDuty.mode === "create" ? { guardDutyDetectorIds: Object.fromEntries(detectorIds.map((d, i) => [d.region, ids[i]])) } : {}),
        ...(securityHub.mode === "create" ? { securityHubStandards: [...securityHub.standards] } : {}),
        ...(awsConfig.mode === "create" ? { configRecorderName: (0, names_1.configRecorderNameFor)(settings.trailName), configBucketName } : {}),
        findingRules: Object.fromEntries(listed.map((p) => [p.region, p.findingRules.map((r) => ({ ...r }))])),
    }));
}
/**
 * Every account whose trail writes into the archive, for Athena's account projection: the
 * organization's accounts for an organization trail (ListAccounts when `pulumi up` runs, so a new
 * account is projected from the next `pulumi up` on), this account and each of memberAccounts
 * otherwise. Sorted and without duplicates, so the table changes only when the accounts do.
 */
function archiveAccounts(settings, accountId, parent) {
    const known = (...ids) => [...new Set(ids.filter((id) => id !== undefined))].sort();
    if (!settings.organizationTrail)
        return pulumi.output(accountId).apply((own) => known(own, ...(settings.memberAccounts ?? [])));
    const organization = aws.organizations.getOrganizationOutput({}, { parent });
    return pulumi.all([organization.accounts, organization.masterAccountId, accountId]).apply(([accounts, managementId, own]) => {
        if (accounts.length === 0) {
            // The provider reads no account list when ListAccounts is denied (a member account that is
            // not a delegated administrator): say so instead of projecting a partial organization.
            void pulumi.log.warn("Athena: the organization's accounts could not be listed (organizations:ListAccounts, allowed to the management account and delegated administrators), so the table projects this account and the management account only.", parent);
        }
        return known(own, managementId, settings.managementAccountId, ...accounts.map((a) => a.id));
    });
}
/** Every region of `region`'s partition: a multi-region trail records them all. */
function regionsOfPartition(region) {
    return regions_1.AWS_REGIONS.filter((r) => (0, regions_1.partitionOf)(r) === (0, regions_1.partitionOf)(region));
}
