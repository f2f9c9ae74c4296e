/**
 * The Pulumi program: stack config mapped to MonitoringBaseline's arguments (config.ts), one
 * component, its outputs as the stack's. A config error stops here, before any resource is
 * registered. Pulumi.yaml names this file as the program; package.json's main is the
 * component package's entry (provider.ts).
 */
import { loadBaselineArgs } from "./config";
import { MonitoringBaseline } from "./components/monitoringBaseline";

const baseline = new MonitoringBaseline("baseline", loadBaselineArgs());

export const homeRegion = baseline.homeRegion;
export const regions = baseline.regions;
export const trailName = baseline.trailName;
export const trailArn = baseline.trailArn;
export const logGroupName = baseline.logGroupName;
export const logGroupArn = baseline.logGroupArn;
export const logBucketName = baseline.logBucketName;
export const accessLogBucketName = baseline.accessLogBucketName;
export const kmsKeyArn = baseline.kmsKeyArn;
export const topicArns = baseline.topicArns;
export const alarms = baseline.alarms;
export const heartbeatAlarmName = baseline.heartbeatAlarmName;
export const realtimeRules = baseline.realtimeRules;
export const deliveryFailureAlarms = baseline.deliveryFailureAlarms;
export const alertEmails = baseline.alertEmails;
export const subscriptionReminder = baseline.subscriptionReminder;
export const athenaWorkgroupName = baseline.athenaWorkgroupName;
export const dashboardName = baseline.dashboardName;
export const selfHealingFunctionName = baseline.selfHealingFunctionName;
export const chatConfigurationArn = baseline.chatConfigurationArn;
export const memberAccounts = baseline.memberAccounts;
export const localKeyArn = baseline.localKeyArn;
export const flowLogs = baseline.flowLogs;
export const residencyTrails = baseline.residencyTrails;
export const detectors = baseline.detectors;
