/**
 * The Pulumi program: validated config in, one MonitoringBaseline per configured region out.
 * A config error stops here, before any resource is registered.
 */
import { loadSettings } from "./config";
import { defineBaseline } from "./program";

const baseline = defineBaseline(loadSettings());

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
