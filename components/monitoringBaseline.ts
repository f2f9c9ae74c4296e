/**
 * MonitoringBaseline: an account's whole security monitoring baseline from one constructor.
 * It validates its arguments (settings.ts), then fans out per region: one RegionBaseline per
 * listed region, the home region first (it owns the trail, key, log archive, log group and
 * alarms), plus a us-east-1 part for global services' real-time rules when the list lacks
 * us-east-1. Also published as a component package (provider.ts), for every Pulumi language.
 */
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { AWS_REGIONS, partitionOf } from "../lib/regions";
import { resolveAlarms } from "../settings/alarmSet";
import { regionParts } from "../lib/globalEvents";
import { Investigation } from "./investigate";
import { ChatLogs } from "./investigate/chat";
import { AccountContext } from "../lib/policyDocuments";
import { REGION_BASELINE_TYPE, RegionBaseline } from "./regionBaseline";
import { MonitoringBaselineArgs } from "../settings/args";
import { lifecycleWarnings } from "../settings/archive";
import { resolveSettings } from "../settings/index";
import { chatConfigurationName, configRecorderNameFor, selfHealingRuleNames } from "../settings/names";
import { BaselineSettings } from "../settings/types";

/** One metric-filter alarm on the trail's log group. */
export interface BaselineAlarm {
  /** Catalogue or custom alarm id. */
  id: string;
  /** The CloudWatch alarm's name. */
  alarmName: string;
  /** The metric filter's name on the trail's log group. */
  filterName: string;
  /** The metric the filter counts and the alarm watches. */
  metricName: string;
  /** CloudWatch metric namespace. */
  namespace: string;
  /** The CloudWatch Logs filter pattern. */
  filterPattern: string;
}

/** One real-time EventBridge rule. */
export interface BaselineRealtimeRule {
  /** Catalogue or custom alarm id the rule stands for. */
  id: string;
  /** The EventBridge rule's name on the region's default event bus. */
  ruleName: string;
}

/** The stack's VPC flow logs (vpcFlowLogs). */
export interface BaselineFlowLogs {
  /** `s3` (the log archive bucket, under `vpc-flow-logs/`) or `cloudwatch` (an encrypted log group per region). */
  destination: string;
  /** The traffic recorded: `ALL`, `ACCEPT` or `REJECT`. */
  trafficType: string;
  /** Every VPC of each region is logged, as found when `pulumi up` last ran (allVpcs). */
  allVpcs: boolean;
  /** Region → the VPCs with a flow log of this stack; every region the stack logs is a key, with or without VPCs. */
  vpcIds: { [region: string]: string[] };
  /** Region → its flow-log log group; destination `cloudwatch` only. */
  logGroupNames?: { [region: string]: string };
}

/** One data-residency trail (residencyTrails). */
export interface BaselineResidencyTrail {
  /** The one region the trail records, and where its bucket, key and log group are. */
  region: string;
  /** The trail's name, `<trailName>-residency-<region>`. */
  trailName: string;
  /** The trail's ARN. */
  trailArn: string;
  /** The bucket in `region` that archives its log files. */
  logBucketName: string;
  /** The key in `region` that encrypts its log files and log group. */
  kmsKeyArn: string;
  /** Its log group in `region`. */
  logGroupName: string;
  /** The bucket in `region` that receives the log bucket's S3 server access logs (CIS 3.6). */
  accessLogBucketName: string;
}

/** One rule that routes a detective service's findings to the alert topics. */
export interface BaselineFindingRule {
  /** `guardduty-findings`, `securityhub-findings` or `config-noncompliant`. */
  id: string;
  /** The EventBridge rule's name on the Region's default event bus. */
  ruleName: string;
}

/** GuardDuty, Security Hub and AWS Config as the stack manages (create) or expects (existing) them. */
export interface BaselineDetectors {
  /** `create`, `existing` or `off`. */
  guardDuty: string;
  /** `create`, `existing` or `off`. */
  securityHub: string;
  /** `create`, `existing` or `off`. */
  awsConfig: string;
  /** The Regions where the stack manages or expects them: the listed Regions. */
  regions: string[];
  /** Region → the GuardDuty detector the stack created (guardDuty create). */
  guardDutyDetectorIds?: { [region: string]: string };
  /** The standards the stack's Security Hub enables, as their ARNs end (securityHub create). */
  securityHubStandards?: string[];
  /** The AWS Config recorder and delivery channel's name in each Region (awsConfig create). */
  configRecorderName?: string;
  /** The bucket every Region's AWS Config recorder delivers to (awsConfig create). */
  configBucketName?: string;
  /** Region → the rules that send findings to its alert topics. */
  findingRules: { [region: string]: BaselineFindingRule[] };
}

/** Type token of MonitoringBaseline; the component package's `<package>:index:<Name>`. */
export const MONITORING_BASELINE_TYPE = "baseline:index:MonitoringBaseline";

export class MonitoringBaseline extends pulumi.ComponentResource {
  /** Region that owns the trail, key, log archive, log group and alarms. */
  public readonly homeRegion: pulumi.Output<string>;
  /** Regions with an alert topic and real-time rules. */
  public readonly regions: pulumi.Output<string[]>;
  /** The trail's name; absent when the baseline alarms on an existing trail's log group. */
  public readonly trailName?: pulumi.Output<string>;
  /** The trail's ARN; absent with an existing log group. */
  public readonly trailArn?: pulumi.Output<string>;
  /** The CloudWatch Logs log group the trail delivers to and the alarms filter. */
  public readonly logGroupName: pulumi.Output<string>;
  /** The log group's ARN. */
  public readonly logGroupArn: pulumi.Output<string>;
  /** The S3 bucket that archives the trail's log files; absent with an existing log group. */
  public readonly logBucketName?: pulumi.Output<string>;
  /** The S3 bucket that receives the log bucket's server access logs; absent with an existing log group. */
  public readonly accessLogBucketName?: pulumi.Output<string>;
  /** The KMS key that encrypts the trail's logs, the log group and the alert topics; absent with an existing log group. */
  public readonly kmsKeyArn?: pulumi.Output<string>;
  /** Region → the ARN of its encrypted alert topic. */
  public readonly topicArns: pulumi.Output<{ [region: string]: string }>;
  /** The metric-filter alarms on the trail's log group. */
  public readonly alarms: pulumi.Output<BaselineAlarm[]>;
  /** The alarm that fires when no event reaches the log group for heartbeatWindowMinutes; absent when disabled. */
  public readonly heartbeatAlarmName?: pulumi.Output<string>;
  /** Region → its real-time EventBridge rules. */
  public readonly realtimeRules: pulumi.Output<{ [region: string]: BaselineRealtimeRule[] }>;
  /** Region → its alarms on the rules' AWS/Events FailedInvocations (regions with rules only). */
  public readonly deliveryFailureAlarms: pulumi.Output<{ [region: string]: string[] }>;
  /** The addresses subscribed to every topic. */
  public readonly alertEmails: pulumi.Output<string[]>;
  /** What subscribers must do before they receive anything. */
  public readonly subscriptionReminder: pulumi.Output<string>;
  /** The Athena workgroup whose saved queries investigate the archive; absent when investigation.athena is off. */
  public readonly athenaWorkgroupName?: pulumi.Output<string>;
  /** The CloudWatch dashboard of every alarm and delivery path; absent when investigation.dashboard is off. */
  public readonly dashboardName?: pulumi.Output<string>;
  /** The function that restarts the trail after StopLogging; absent when selfHealingTrail is off. */
  public readonly selfHealingFunctionName?: pulumi.Output<string>;
  /** The AWS Chatbot Slack channel configuration; absent without slackChannel. */
  public readonly chatConfigurationArn?: pulumi.Output<string>;
  /** The accounts whose trails may write into logBucketName (memberAccounts); absent when none. */
  public readonly memberAccounts?: pulumi.Output<string[]>;
  /** A member stack's own key for its log group and home topic (centralLogArchive, whose bucket and key logBucketName and kmsKeyArn then name); absent otherwise. */
  public readonly localKeyArn?: pulumi.Output<string>;
  /** The VPC flow logs; absent without vpcFlowLogs. */
  public readonly flowLogs?: pulumi.Output<BaselineFlowLogs>;
  /** The data-residency trails; absent without residencyTrails. */
  public readonly residencyTrails?: pulumi.Output<BaselineResidencyTrail[]>;
  /** GuardDuty, Security Hub and AWS Config: what the stack created and which findings alert (docs/detectors.md). */
  public readonly detectors: pulumi.Output<BaselineDetectors>;

  constructor(name: string, args: MonitoringBaselineArgs, opts?: pulumi.ComponentResourceOptions) {
    super(MONITORING_BASELINE_TYPE, name, {}, opts);
    const settings = resolveSettings(args ?? {});
    for (const warning of lifecycleWarnings(settings)) void pulumi.log.warn(warning, this);

    const account: AccountContext = {
      accountId: aws.getCallerIdentityOutput({}, { parent: this }).accountId,
      partition: partitionOf(settings.homeRegion),
    };
    // Until 0.2 the region parts were the stack's own children, typed MonitoringBaseline: the
    // alias keeps their resources (the protected key and buckets above all) in place.
    const part = (
      partName: string,
      region: string,
      scope: "home" | "regional" | "global-events",
      archive?: RegionBaseline["flowLogArchive"],
      otherRuleNames?: string[],
      configDelivery?: RegionBaseline["configDelivery"],
    ) =>
      new RegionBaseline(
        partName,
        { region, scope, settings, account, archive, otherRuleNames, configDelivery },
        {
          parent: this,
          aliases: opts?.parent === undefined ? [pulumi.createUrn(partName, MONITORING_BASELINE_TYPE)] : [],
        },
      );
    // The self-healing trail's rules live in the home region: its delivery-failure alarms watch them too.
    const selfHealingRules = settings.investigation.selfHealingTrail ? selfHealingRuleNames(settings.trailName, settings.trailName) : [];
    const [homeLayout, ...otherLayouts] = regionParts(settings.regions, settings.homeRegion, settings.realtimeAlerts);
    const homePart = part(`${name}-${homeLayout.region}`, homeLayout.region, "home", undefined, selfHealingRules);
    const parts = [
      homePart,
      ...otherLayouts.map(({ region, scope }) =>
        scope === "global-events"
          ? part(`${name}-${region}-global-events`, region, scope)
          : part(`${name}-${region}`, region, scope, homePart.flowLogArchive, undefined, homePart.configDelivery),
      ),
    ];
    const home = parts[0];
    const created = settings.existingLogGroupName === undefined;

    this.homeRegion = pulumi.output(settings.homeRegion);
    this.regions = pulumi.output([...settings.regions]);
    this.trailName = created ? pulumi.output(settings.trailName) : undefined;
    this.trailArn = home.trailArn;
    // The home part always has a log group: the trail's, or the existing one alarms filter.
    this.logGroupName = home.logGroupName!;
    this.logGroupArn = home.logGroupArn!;
    this.logBucketName = home.logBucketName;
    this.accessLogBucketName = home.accessLogBucketName;
    this.kmsKeyArn = home.kmsKeyArn;
    this.topicArns = pulumi.output(Object.fromEntries(parts.map((p) => [p.region, p.topicArn])));
    this.alarms = pulumi.output(home.alarms.map((a) => ({ ...a })));
    this.heartbeatAlarmName = home.heartbeatAlarmName === undefined ? undefined : pulumi.output(home.heartbeatAlarmName);
    this.realtimeRules = pulumi.output(Object.fromEntries(parts.map((p) => [p.region, p.realtimeRules])));
    this.deliveryFailureAlarms = pulumi.output(
      Object.fromEntries(parts.filter((p) => p.deliveryFailureAlarmNames.length > 0).map((p) => [p.region, p.deliveryFailureAlarmNames])),
    );
    this.alertEmails = pulumi.output([...settings.alertEmails]);
    this.subscriptionReminder = pulumi.output(
      settings.alertEmails.length === 0
        ? "No alertEmails configured: nobody is notified. Set them with `pulumi config set --path 'alertEmails[0]' you@example.com`."
        : `Each address must click the confirmation link AWS emails it, once per region topic; until then its subscription stays "PendingConfirmation" and it receives nothing. Check with \`npm run -s verify -- --stack ${pulumi.getStack()}\`.`,
    );

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
      this.residencyTrails = pulumi.all(
        residency.map(({ region, trail }) =>
          pulumi
            .all([trail.trail.arn, trail.logBucket.bucket, trail.key.arn, trail.logGroup.name, trail.accessLogBucket.bucket])
            .apply(([trailArn, logBucketName, kmsKeyArn, logGroupName, accessLogBucketName]) => ({
              region,
              trailName: trail.trailName,
              trailArn,
              logBucketName,
              kmsKeyArn,
              logGroupName,
              accessLogBucketName,
            })),
        ),
      );
    }

    this.detectors = detectorsOutput(settings, parts);

    const investigation = settings.investigation;
    if (
      investigation.athena ||
      investigation.insightsQueries ||
      investigation.dashboard ||
      investigation.selfHealingTrail ||
      investigation.slackChannel
    ) {
      const titles = new Map(resolveAlarms(settings).map((a) => [a.id, a.title]));
      const chatLogs = investigation.slackChannel
        ? new ChatLogs(
            `${name}-chat-logs`,
            {
              configurationName: chatConfigurationName(settings.trailName),
              retentionInDays: settings.logRetentionDays,
              tags: { ...settings.tags },
            },
            { parent: this },
          )
        : undefined;
      const investigate = new Investigation(
        `${name}-investigate`,
        {
          homeRegion: settings.homeRegion,
          accountId: account.accountId,
          namePrefix: settings.trailName,
          logGroupName: home.logGroupName!,
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
          ...(investigation.slackChannel ? { chatTopicArns: Object.fromEntries(parts.map((p) => [p.region, p.chatTopicArn!])) } : {}),
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
        },
        { parent: this },
      );
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

export { REGION_BASELINE_TYPE };

/** The services whose findings alert, as the dashboard names them. */
function findingServices(settings: BaselineSettings): string[] {
  const { guardDuty, securityHub, awsConfig } = settings.detectors;
  return [
    ...(guardDuty.mode !== "off" ? ["GuardDuty"] : []),
    ...(securityHub.mode !== "off" ? ["Security Hub"] : []),
    ...(awsConfig.mode !== "off" ? ["AWS Config"] : []),
  ];
}

/** The detectors output: modes, what was created, and each listed Region's finding rules. */
function detectorsOutput(settings: BaselineSettings, parts: readonly RegionBaseline[]): pulumi.Output<BaselineDetectors> {
  const { guardDuty, securityHub, awsConfig } = settings.detectors;
  const listed = parts.filter((p) => p.detectors !== undefined);
  const detectorIds = listed.flatMap((p) =>
    p.detectors?.guardDutyDetectorId ? [{ region: p.region, id: p.detectors.guardDutyDetectorId }] : [],
  );
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
      ...(awsConfig.mode === "create" ? { configRecorderName: configRecorderNameFor(settings.trailName), configBucketName } : {}),
      findingRules: Object.fromEntries(listed.map((p) => [p.region, p.findingRules.map((r) => ({ ...r }))])),
    }));
}

/**
 * Every account whose trail writes into the archive, for Athena's account projection: the
 * organization's accounts for an organization trail (ListAccounts when `pulumi up` runs, so a new
 * account is projected from the next `pulumi up` on), this account and each of memberAccounts
 * otherwise. Sorted and without duplicates, so the table changes only when the accounts do.
 */
function archiveAccounts(
  settings: Pick<BaselineSettings, "organizationTrail" | "managementAccountId" | "memberAccounts">,
  accountId: pulumi.Input<string>,
  parent: pulumi.Resource,
): pulumi.Output<string[]> {
  const known = (...ids: (string | undefined)[]): string[] => [...new Set(ids.filter((id): id is string => id !== undefined))].sort();
  if (!settings.organizationTrail) return pulumi.output(accountId).apply((own) => known(own, ...(settings.memberAccounts ?? [])));
  const organization = aws.organizations.getOrganizationOutput({}, { parent });
  return pulumi.all([organization.accounts, organization.masterAccountId, accountId]).apply(([accounts, managementId, own]) => {
    if (accounts.length === 0) {
      // The provider reads no account list when ListAccounts is denied (a member account that is
      // not a delegated administrator): say so instead of projecting a partial organization.
      void pulumi.log.warn(
        "Athena: the organization's accounts could not be listed (organizations:ListAccounts, allowed to the management account and delegated administrators), so the table projects this account and the management account only.",
        parent,
      );
    }
    return known(own, managementId, settings.managementAccountId, ...accounts.map((a) => a.id));
  });
}

/** Every region of `region`'s partition: a multi-region trail records them all. */
function regionsOfPartition(region: string): string[] {
  return AWS_REGIONS.filter((r) => partitionOf(r) === partitionOf(region));
}
