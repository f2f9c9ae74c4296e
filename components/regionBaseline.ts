/**
 * RegionBaseline: MonitoringBaseline's part in one region. The home region's instance owns the
 * account's evidence chain (key, log bucket, trail, log group, alarms); every instance owns its
 * region's alerts (encrypted topic, subscriptions, real-time rules, their delivery alarms).
 */
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { BaselineSettings } from "../settings/types";
import { resolveAlarms } from "../settings/alarmSet";
import { AlarmOutput, createAlarms } from "./alarms";
import { RealtimeAlarm, createAlerts } from "./alerts";
import { RegionScope, realtimePatternsIn } from "../lib/globalEvents";
import { createDeliveryFailureAlarms } from "./deliveryFailureAlarms";
import { createCentralArchiveDelivery } from "./centralArchive";
import { FlowLogArchive } from "./flowLogs";
import { RegionLoggingCoverage, createLoggingCoverage } from "./loggingCoverage";
import { createLogArchive } from "./logArchive";
import { AccountContext } from "../lib/policyDocuments";
import { regionTransformation } from "./regionTransform";
import { createTrail, logGroupArnFor, trailAccountIdFor, trailArnFor } from "./trail";
import { logGroupNameFor } from "../settings/names";
import { findingRules } from "../lib/findingAlerts";
import { ConfigDelivery, RegionDetectors, createConfigDelivery, createDetectors } from "./detectors";
import { RegionOrganization, createOrganizationPart } from "./organizationDetectors";

/** What an instance covers: the home region (evidence chain, alarms, alerts), another listed region (its alerts), or us-east-1 for global services' rules (globalEvents.ts). */
export type BaselineScope = RegionScope;

export interface RegionBaselineArgs {
  /** Region this instance manages; every AWS child gets it. */
  readonly region: string;
  readonly scope: BaselineScope;
  /** Validated settings (settings.ts). */
  readonly settings: BaselineSettings;
  readonly account: AccountContext;
  /** The home part's log archive, where every region's flow logs deliver (vpcFlowLogs to s3). */
  readonly archive?: FlowLogArchive;
  /** The account's AWS Config delivery (awsConfig create), made by the home part. */
  readonly configDelivery?: ConfigDelivery;
  /** Rules of the region created outside this part (the self-healing trail's) whose FailedInvocations it alarms on too. */
  readonly otherRuleNames?: readonly string[];
}

/** Type token of the per-region part; before 0.2 it was MonitoringBaseline's own, at the stack's root. */
export const REGION_BASELINE_TYPE = "baseline:region:RegionBaseline";

export class RegionBaseline extends pulumi.ComponentResource {
  public readonly region: string;
  public readonly topicArn: pulumi.Output<string>;
  /** The Region's chat topic (AWS Chatbot custom notifications), with slackChannel. */
  public readonly chatTopicArn?: pulumi.Output<string>;
  public readonly realtimeRules: { id: string; ruleName: string }[];
  /** The Region's GuardDuty, Security Hub and AWS Config finding rules (none in the global-events part). */
  public readonly findingRules: { id: string; ruleName: string }[];
  /** What the Region's part created of GuardDuty, Security Hub and AWS Config (none in the global-events part). */
  public readonly detectors?: RegionDetectors;
  /** The Region's part of organizationDetectors (docs/organization.md); none for a single account. */
  public readonly organization?: RegionOrganization;
  /** Home part with awsConfig create: where every Region's recorder delivers. */
  public readonly configDelivery?: ConfigDelivery;
  /** Alarms on the Region's rules' FailedInvocations (none when the Region has no rule). */
  public readonly deliveryFailureAlarmNames: string[];
  /** Home region only. */
  public readonly trailArn?: pulumi.Output<string>;
  public readonly logGroupName?: pulumi.Output<string>;
  public readonly logGroupArn?: pulumi.Output<string>;
  public readonly logBucketName?: pulumi.Output<string>;
  public readonly accessLogBucketName?: pulumi.Output<string>;
  public readonly kmsKeyArn?: pulumi.Output<string>;
  public readonly alarms: AlarmOutput[] = [];
  public readonly heartbeatAlarmName?: string;
  /** Home region with the baseline's own archive: where flow logs deliver. */
  public readonly flowLogArchive?: FlowLogArchive;
  /** Home region: the key that encrypts the log group and the home topic (the archive key, or a member stack's local key). */
  public readonly homeKeyArn?: pulumi.Output<string>;
  /** Home region of a member stack (centralLogArchive): the local key, as homeKeyArn. */
  public readonly localKeyArn?: pulumi.Output<string>;
  /** The region's flow logs and residency trail (none in the global-events part). */
  public readonly coverage: RegionLoggingCoverage = {};

  constructor(name: string, args: RegionBaselineArgs, opts?: pulumi.ComponentResourceOptions) {
    super(
      REGION_BASELINE_TYPE,
      name,
      {},
      { ...opts, transformations: [regionTransformation(args.region), ...(opts?.transformations ?? [])] },
    );
    const { region, scope, settings, account } = args;
    const tags = { ...settings.tags };
    this.region = region;

    const alarms = resolveAlarms(settings);
    let homeKey: aws.kms.Key | undefined;
    let home: { logGroupName: pulumi.Input<string>; logGroup?: pulumi.Resource } | undefined;

    if (scope === "home" && settings.centralLogArchive !== undefined) {
      // A member stack: the trail delivers to another account's archive; no bucket or trail key here.
      const delivery = createCentralArchiveDelivery({ name, region, settings, central: settings.centralLogArchive, account, tags }, this);
      homeKey = delivery.localKey;
      this.localKeyArn = delivery.localKey.arn;
      home = { logGroupName: delivery.logGroup.name, logGroup: delivery.logGroup };
      this.trailArn = delivery.trail.arn;
      this.logGroupName = delivery.logGroup.name;
      this.logGroupArn = delivery.logGroup.arn;
      this.logBucketName = pulumi.output(settings.centralLogArchive.bucketName);
      this.kmsKeyArn = pulumi.output(settings.centralLogArchive.kmsKeyArn);
    } else if (scope === "home" && settings.existingLogGroupName === undefined) {
      const logGroupName = logGroupNameFor(settings.trailName);
      const trailArn = trailArnFor(settings, account, region);
      const trailAccountId = trailAccountIdFor(settings, account);
      const archive = createLogArchive(
        { name, region, settings, account, trailArn, trailAccountId, logGroupArn: logGroupArnFor(account, region, logGroupName), tags },
        this,
      );
      const delivery = createTrail(
        {
          name,
          region,
          settings,
          account,
          key: archive.key,
          logBucket: archive.logBucket,
          prerequisites: archive.trailPrerequisites,
          tags,
        },
        this,
      );
      homeKey = archive.key;
      home = { logGroupName: delivery.logGroup.name, logGroup: delivery.logGroup };
      this.trailArn = delivery.trail.arn;
      this.logGroupName = delivery.logGroup.name;
      this.logGroupArn = delivery.logGroup.arn;
      this.logBucketName = archive.logBucket.bucket;
      this.accessLogBucketName = archive.accessLogBucket.bucket;
      this.kmsKeyArn = archive.key.arn;
      this.flowLogArchive = { bucketArn: archive.logBucket.arn, ready: [archive.logBucketPolicy, archive.key] };
    } else if (scope === "home") {
      // An existing trail (Control Tower, say) already pays for management events: alarm on its log group.
      const logGroupName = settings.existingLogGroupName!;
      home = { logGroupName };
      this.logGroupName = pulumi.output(logGroupName);
      this.logGroupArn = logGroupArnFor(account, region, logGroupName);
    }

    this.homeKeyArn = homeKey?.arn;

    // Only rules that can fire here (globalEvents.ts): no IAM-only rule outside us-east-1, and in
    // the extra us-east-1 instance only what can match a global service's event.
    const realtimeAlarms: RealtimeAlarm[] = realtimePatternsIn(alarms, region, scope);
    const chat = settings.investigation.slackChannel !== undefined;
    // GuardDuty, Security Hub and AWS Config in the listed Regions, not in the global-events part
    // (us-east-1 added for global services' CloudTrail events only).
    const { guardDuty, securityHub, awsConfig } = settings.detectors;
    const listed = scope !== "global-events";
    if (listed) {
      this.configDelivery =
        scope === "home" && awsConfig.mode === "create"
          ? createConfigDelivery({ name, settings, account, tags }, this)
          : args.configDelivery;
      this.detectors = createDetectors(
        { name, region, home: scope === "home", settings, account, configDelivery: this.configDelivery, tags },
        this,
      );
      this.organization = createOrganizationPart(
        { name, region, home: scope === "home", settings, account, detectors: this.detectors, tags },
        this,
      );
    }
    // An administrator's Security Hub aggregates every Region's findings into the home Region,
    // whose feed then carries them all: a rule in another Region would alert on each one twice.
    const aggregatedElsewhere = settings.organizationDetectors?.account === "administrator" && scope !== "home";
    const routedFindings = listed
      ? findingRules({
          guardDuty: guardDuty.mode !== "off",
          securityHub: securityHub.mode !== "off" && !aggregatedElsewhere,
          awsConfig: awsConfig.mode !== "off",
          guardDutyAlertSeverity: guardDuty.alertSeverity,
          partition: account.partition,
        })
      : [];
    const alerts = createAlerts(
      { name, region, settings, account, key: homeKey, realtimeAlarms, findingRules: routedFindings, chat, tags },
      this,
    );
    this.findingRules = alerts.findingRules;
    this.topicArn = alerts.topic.arn;
    this.chatTopicArn = alerts.chatTopic?.arn;
    // Alarms notify every topic of the Region: email's, and chat's (Chatbot renders alarms natively).
    const alarmTopicArns = [alerts.topic.arn, ...(alerts.chatTopic ? [alerts.chatTopic.arn] : [])];
    this.realtimeRules = alerts.rules;
    this.deliveryFailureAlarmNames = createDeliveryFailureAlarms(
      {
        name,
        region,
        settings,
        ruleNames: [...alerts.rules.map((r) => r.ruleName), ...alerts.findingRules.map((r) => r.ruleName), ...(args.otherRuleNames ?? [])],
        topicArns: alarmTopicArns,
        tags,
      },
      this,
    );

    if (home) {
      const created = createAlarms(
        { name, settings, alarms, logGroupName: home.logGroupName, logGroup: home.logGroup, topicArns: alarmTopicArns, tags },
        this,
      );
      this.alarms = created.alarms;
      this.heartbeatAlarmName = created.heartbeatAlarmName;
    }

    // Flow logs and residency trails of the region (the global-events part covers no listed region).
    if (scope !== "global-events") {
      this.coverage = createLoggingCoverage({ name, region, settings, account, archive: this.flowLogArchive ?? args.archive, tags }, this);
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
