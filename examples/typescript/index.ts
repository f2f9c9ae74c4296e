/**
 * Another team's program using the baseline as a component: one `new MonitoringBaseline(...)`
 * creates the whole baseline of the account (trail, key, archive, log group, alarms, a topic
 * and real-time rules per region). The package is an npm dependency of this folder (its
 * package.json: `file:../..` here; elsewhere the packed tarball or the repository), whose main is
 * compiled JavaScript. In any Pulumi language, `pulumi package add <repository URL>/plugin`
 * generates an SDK with the same class instead (README, "Use it from another program").
 */
import { MonitoringBaseline } from "aws-security-monitoring-baseline";

const baseline = new MonitoringBaseline("security", {
  regions: ["eu-west-1", "eu-central-1"],
  alertEmails: ["secops@example.com"],
  trailName: "acme-security",
  logRetentionDays: 400,
  customAlarms: [
    {
      id: "break-glass-role-assumed",
      title: "Break-glass role assumed",
      why: "The break-glass role is for emergencies only; every use must match an incident ticket.",
      filterPattern: '{ ($.eventName = "AssumeRole") && ($.requestParameters.roleArn = "*:role/break-glass") }',
      eventPattern: {
        source: ["aws.sts"],
        detail: { eventName: ["AssumeRole"], requestParameters: { roleArn: [{ wildcard: "*:role/break-glass" }] } },
      },
    },
  ],
  tags: { "baseline:managed-by": "security-baseline", team: "platform" },
});

export const trailArn = baseline.trailArn;
export const topicArns = baseline.topicArns;
export const alarms = baseline.alarms;
export const subscriptionReminder = baseline.subscriptionReminder;
