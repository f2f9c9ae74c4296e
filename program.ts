/**
 * The stack: one MonitoringBaseline per configured region, the home region first, plus a
 * us-east-1 instance for global services' real-time rules when the stack does not list
 * us-east-1. A function, so tests can build several configurations in one process.
 */
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { BaselineSettings } from "./config";
import { MonitoringBaseline } from "./components/monitoringBaseline";
import { AccountContext } from "./components/policyDocuments";
import { GLOBAL_EVENTS_REGION, partitionOf } from "./lib/regions";

export interface BaselineOutputs {
  homeRegion: string;
  regions: readonly string[];
  trailName?: string;
  trailArn?: pulumi.Output<string>;
  logGroupName?: pulumi.Output<string>;
  logGroupArn?: pulumi.Output<string>;
  logBucketName?: pulumi.Output<string>;
  accessLogBucketName?: pulumi.Output<string>;
  kmsKeyArn?: pulumi.Output<string>;
  topicArns: Record<string, pulumi.Output<string>>;
  alarms: MonitoringBaseline["alarms"];
  heartbeatAlarmName?: string;
  realtimeRules: Record<string, MonitoringBaseline["realtimeRules"]>;
  /** Region → its alarms on the rules' AWS/Events FailedInvocations (regions with rules only); `verify` checks them. */
  deliveryFailureAlarms: Record<string, string[]>;
  alertEmails: readonly string[];
  subscriptionReminder: string;
}

export function defineBaseline(settings: BaselineSettings): BaselineOutputs {
  const account: AccountContext = {
    accountId: aws.getCallerIdentityOutput({}).accountId,
    partition: partitionOf(settings.homeRegion),
  };
  const ordered = [settings.homeRegion, ...settings.regions.filter((r) => r !== settings.homeRegion)];
  const baselines = ordered.map(
    (region) => new MonitoringBaseline(`baseline-${region}`, { region, scope: region === settings.homeRegion ? "home" : "regional", settings, account }),
  );
  const coversGlobalEvents = settings.regions.includes(GLOBAL_EVENTS_REGION) || partitionOf(settings.homeRegion) !== "aws";
  if (!coversGlobalEvents && settings.realtimeAlerts) {
    baselines.push(
      new MonitoringBaseline(`baseline-${GLOBAL_EVENTS_REGION}-global-events`, { region: GLOBAL_EVENTS_REGION, scope: "global-events", settings, account }),
    );
  }
  const home = baselines[0];

  return {
    homeRegion: settings.homeRegion,
    regions: settings.regions,
    trailName: settings.existingLogGroupName === undefined ? settings.trailName : undefined,
    trailArn: home.trailArn,
    logGroupName: home.logGroupName,
    logGroupArn: home.logGroupArn,
    logBucketName: home.logBucketName,
    accessLogBucketName: home.accessLogBucketName,
    kmsKeyArn: home.kmsKeyArn,
    topicArns: Object.fromEntries(baselines.map((b) => [b.region, b.topicArn])),
    alarms: home.alarms,
    heartbeatAlarmName: home.heartbeatAlarmName,
    realtimeRules: Object.fromEntries(baselines.map((b) => [b.region, b.realtimeRules])),
    deliveryFailureAlarms: Object.fromEntries(baselines.filter((b) => b.deliveryFailureAlarmNames.length > 0).map((b) => [b.region, b.deliveryFailureAlarmNames])),
    alertEmails: settings.alertEmails,
    subscriptionReminder:
      settings.alertEmails.length === 0
        ? "No alertEmails configured: nobody is notified. Set them with `pulumi config set --path 'alertEmails[0]' you@example.com`."
        : `Each address must click the confirmation link AWS emails it, once per region topic; until then its subscription stays "PendingConfirmation" and it receives nothing. Check with \`npm run -s verify -- --stack ${pulumi.getStack()}\`.`,
  };
}
