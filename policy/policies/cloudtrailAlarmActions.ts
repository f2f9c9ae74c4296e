import { StackValidationPolicy } from "@pulumi/policy";
import { securityHub } from "../lib/frameworks";
import { alarmView } from "../lib/model";
import { indexStack } from "../lib/stackIndex";
import { trailAlarms } from "../lib/trailScope";

export const cloudtrailAlarmActions: StackValidationPolicy = {
  name: "cloudtrail-alarm-actions",
  description:
    "Alarms on the metric of a trail's metric filter, or of a CIS metric filter whatever its namespace, must have an alarm action and actions enabled, or they change state with nobody told (Security Hub CloudWatch.15, CloudWatch.17).",
  enforcementLevel: "mandatory",
  severity: "high",
  framework: securityHub("CloudWatch.15", "CloudWatch alarms should have specified actions configured"),
  remediationSteps: "Set `alarmActions` to the alerts SNS topic ARN and leave `actionsEnabled` true (its default).",
  url: "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-15",
  validateStack: (args, reportViolation) => {
    for (const alarm of trailAlarms(indexStack(args.resources))) {
      const view = alarmView(alarm.props);
      if (view.alarmActions !== "unknown" && view.alarmActions.length === 0) {
        reportViolation(
          `Alarm '${alarm.name}' on a security metric filter's metric has no alarmActions, so it fires without notifying anyone. Set alarmActions to the alerts SNS topic ARN.`,
          alarm.urn,
        );
      }
      if (view.actionsEnabled === false) {
        reportViolation(
          `Alarm '${alarm.name}' on a security metric filter's metric has actionsEnabled: false, so its actions never run (Security Hub CloudWatch.17). Remove actionsEnabled: false.`,
          alarm.urn,
        );
      }
    }
  },
};
