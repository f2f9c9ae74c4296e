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
exports.RegionBaseline = exports.REGION_BASELINE_TYPE = void 0;
const pulumi = __importStar(require("@pulumi/pulumi"));
const alarmSet_1 = require("../settings/alarmSet");
const alarms_1 = require("./alarms");
const alerts_1 = require("./alerts");
const globalEvents_1 = require("../lib/globalEvents");
const deliveryFailureAlarms_1 = require("./deliveryFailureAlarms");
const centralArchive_1 = require("./centralArchive");
const loggingCoverage_1 = require("./loggingCoverage");
const logArchive_1 = require("./logArchive");
const regionTransform_1 = require("./regionTransform");
const trail_1 = require("./trail");
const names_1 = require("../settings/names");
const findingAlerts_1 = require("../lib/findingAlerts");
const detectors_1 = require("./detectors");
const organizationDetectors_1 = require("./organizationDetectors");
/** Type token of the per-region part; before 0.2 it was MonitoringBaseline's own, at the stack's root. */
exports.REGION_BASELINE_TYPE = "baseline:region:RegionBaseline";
class RegionBaseline extends pulumi.ComponentResource {
    region;
    topicArn;
    /** The Region's chat topic (AWS Chatbot custom notifications), with slackChannel. */
    chatTopicArn;
    realtimeRules;
    /** The Region's GuardDuty, Security Hub and AWS Config finding rules (none in the global-events part). */
    findingRules;
    /** What the Region's part created of GuardDuty, Security Hub and AWS Config (none in the global-events part). */
    detectors;
    /** The Region's part of organizationDetectors (docs/organization.md); none for a single account. */
    organization;
    /** Home part with awsConfig create: where every Region's recorder delivers. */
    configDelivery;
    /** Alarms on the Region's rules' FailedInvocations (none when the Region has no rule). */
    deliveryFailureAlarmNames;
    /** Home region only. */
    trailArn;
    logGroupName;
    logGroupArn;
    logBucketName;
    accessLogBucketName;
    kmsKeyArn;
    alarms = [];
    heartbeatAlarmName;
    /** Home region with the baseline's own archive: where flow logs deliver. */
    flowLogArchive;
    /** Home region: the key that encrypts the log group and the home topic (the archive key, or a member stack's local key). */
    homeKeyArn;
    /** Home region of a member stack (centralLogArchive): the local key, as homeKeyArn. */
    localKeyArn;
    /** The region's flow logs and residency trail (none in the global-events part). */
    coverage = {};
    constructor(name, args, opts) {
        super(exports.REGION_BASELINE_TYPE, name, {}, { ...opts, transformations: [(0, regionTransform_1.regionTransformation)(args.region), ...(opts?.transformations ?? [])] });
        const { region, scope, settings, account } = args;
        const tags = { ...settings.tags };
        this.region = region;
        const alarms = (0, alarmSet_1.resolveAlarms)(settings);
        let homeKey;
        let home;
        if (scope === "home" && settings.centralLogArchive !== undefined) {
            // A member stack: the trail delivers to another account's archive; no bucket or trail key here.
            const delivery = (0, centralArchive_1.createCentralArchiveDelivery)({ name, region, settings, central: settings.centralLogArchive, account, tags }, this);
            homeKey = delivery.localKey;
            this.localKeyArn = delivery.localKey.arn;
            home = { logGroupName: delivery.logGroup.name, logGroup: delivery.logGroup };
            this.trailArn = delivery.trail.arn;
            this.logGroupName = delivery.logGroup.name;
            this.logGroupArn = delivery.logGroup.arn;
            this.logBucketName = pulumi.output(settings.centralLogArchive.bucketName);
            this.kmsKeyArn = pulumi.output(settings.centralLogArchive.kmsKeyArn);
        }
        else if (scope === "home" && settings.existingLogGroupName === undefined) {
            const logGroupName = (0, names_1.logGroupNameFor)(settings.trailName);
            const trailArn = (0, trail_1.trailArnFor)(settings, account, region);
            const trailAccountId = (0, trail_1.trailAccountIdFor)(settings, account);
            const archive = (0, logArchive_1.createLogArchive)({ name, region, settings, account, trailArn, trailAccountId, logGroupArn: (0, trail_1.logGroupArnFor)(account, region, logGroupName), tags }, this);
            const delivery = (0, trail_1.createTrail)({
                name,
                region,
                settings,
                account,
                key: archive.key,
                logBucket: archive.logBucket,
                prerequisites: archive.trailPrerequisites,
                tags,
            }, this);
            homeKey = archive.key;
            home = { logGroupName: delivery.logGroup.name, logGroup: delivery.logGroup };
            this.trailArn = delivery.trail.arn;
            this.logGroupName = delivery.logGroup.name;
            this.logGroupArn = delivery.logGroup.arn;
            this.logBucketName = archive.logBucket.bucket;
            this.accessLogBucketName = archive.accessLogBucket.bucket;
            this.kmsKeyArn = archive.key.arn;
            this.flowLogArchive = { bucketArn: archive.logBucket.arn, ready: [archive.logBucketPolicy, archive.key] };
        }
        else if (scope === "home") {
            // An existing trail (Control Tower, say) already pays for management events: alarm on its log group.
            const logGroupName = settings.existingLogGroupName;
            home = { logGroupName };
            this.logGroupName = pulumi.output(logGroupName);
            this.logGroupArn = (0, trail_1.logGroupArnFor)(account, region, logGroupName);
        }
        this.homeKeyArn = homeKey?.arn;
        // Only rules that can fire here (globalEvents.ts): no IAM-only rule outside us-east-1, and in
        // the extra us-east-1 instance only what can match a global service's event.
        const realtimeAlarms = (0, globalEvents_1.realtimePatternsIn)(alarms, region, scope);
        const chat = settings.investigation.slackChannel !== undefined;
        // GuardDuty, Security Hub and AWS Config in the listed Regions, not in the global-events part
        // (us-east-1 added for global services' CloudTrail events only).
        const { guardDuty, securityHub, awsConfig } = settings.detectors;
        const listed = scope !== "global-events";
        if (listed) {
            this.configDelivery =
                scope === "home" && awsConfig.mode === "create"
                    ? (0, detectors_1.createConfigDelivery)({ name, settings, account, tags }, this)
                    : args.configDelivery;
            this.detectors = (0, detectors_1.createDetectors)({ name, region, home: scope === "home", settings, account, configDelivery: this.configDelivery, tags }, this);
            this.organization = (0, organizationDetectors_1.createOrganizationPart)({ name, region, home: scope === "home", settings, account, detectors: this.detectors, tags }, this);
        }
        // An administrator's Security Hub aggregates every Region's findings into the home Region,
        // whose feed then carries them all: a rule in another Region would alert on each one twice.
        const aggregatedElsewhere = settings.organizationDetectors?.account === "administrator" && scope !== "home";
        const routedFindings = listed
            ? (0, findingAlerts_1.findingRules)({
                guardDuty: guardDuty.mode !== "off",
                securityHub: securityHub.mode !== "off" && !aggregatedElsewhere,
                awsConfig: awsConfig.mode !== "off",
                guardDutyAlertSeverity: guardDuty.alertSeverity,
                partition: account.partition,
            })
            : [];
        const alerts = (0, alerts_1.createAlerts)({ name, region, settings, account, key: homeKey, realtimeAlarms, findingRules: routedFindings, chat, tags }, this);
        this.findingRules = alerts.findingRules;
        this.topicArn = alerts.topic.arn;
        this.chatTopicArn = alerts.chatTopic?.arn;
        // Alarms notify every topic of the Region: email's, and chat's (Chatbot renders alarms natively).
        const alarmTopicArns = [alerts.topic.arn, ...(alerts.chatTopic ? [alerts.chatTopic.arn] : [])];
        this.realtimeRules = alerts.rules;
        this.deliveryFailureAlarmNames = (0, deliveryFailureAlarms_1.createDeliveryFailureAlarms)({
            name,
            region,
            settings,
            ruleNames: [...alerts.rules.map((r) => r.ruleName), ...alerts.findingRules.map((r) => r.ruleName), ...(args.otherRuleNames ?? [])],
            topicArns: alarmTopicArns,
            tags,
        }, this);
        if (home) {
            const created = (0, alarms_1.createAlarms)({ name, settings, alarms, logGroupName: home.logGroupName, logGroup: home.logGroup, topicArns: alarmTopicArns, tags }, this);
            this.alarms = created.alarms;
            this.heartbeatAlarmName = created.heartbeatAlarmName;
        }
        // Flow logs and residency trails of the region (the global-events part covers no listed region).
        if (scope !== "global-events") {
            this.coverage = (0, loggingCoverage_1.createLoggingCoverage)({ name, region, settings, account, archive: this.flowLogArchive ?? args.archive, tags }, this);
        }
        this.registerOutputs({
            topicArn: this.topicArn,
            trailArn: this.trailArn,
            logGroupName: this.logGroupName,
            logBucketName: this.logBucketName,
            kmsKeyArn: this.kmsKeyArn,
        });
    }
}
exports.RegionBaseline = RegionBaseline;
