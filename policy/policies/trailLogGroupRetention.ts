import { StackValidationPolicy } from "@pulumi/policy";
import { securityHub } from "../lib/frameworks";
import { logGroupView } from "../lib/model";
import { forEachTrailLogGroup } from "../lib/trailScope";

export interface RetentionConfig {
  readonly minimumRetentionDays?: number;
}

export const DEFAULT_MINIMUM_RETENTION_DAYS = 365;

export const trailLogGroupRetention: StackValidationPolicy = {
  name: "cloudtrail-log-group-retention",
  description:
    "A CloudWatch Logs group that receives a trail must keep events at least the configured number of days (default 365); never-expire passes (Security Hub CloudWatch.16).",
  enforcementLevel: "mandatory",
  severity: "medium",
  framework: securityHub("CloudWatch.16", "CloudWatch log groups should be retained for a specified time period"),
  remediationSteps:
    "Set `retentionInDays` on the log group to a CloudWatch Logs retention value at least the minimum (365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653), or omit it to never expire.",
  url: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention",
  configSchema: {
    properties: {
      minimumRetentionDays: {
        type: "integer",
        minimum: 1,
        default: DEFAULT_MINIMUM_RETENTION_DAYS,
        description: "Fewest days a trail's log group may keep events.",
      },
    },
  },
  validateStack: (args, reportViolation) => {
    const minimum = args.getConfig<RetentionConfig>().minimumRetentionDays ?? DEFAULT_MINIMUM_RETENTION_DAYS;
    forEachTrailLogGroup(args, (group) => {
      const retention = logGroupView(group.type, group.props).retentionInDays;
      // Absent or 0: events never expire.
      if (retention === undefined || retention === "unknown" || retention === 0 || retention >= minimum) return;
      reportViolation(
        `Log group '${group.name}' receives CloudTrail events but keeps them only ${retention} days, less than the required ${minimum}. Set retentionInDays to ${minimum} or more (or omit it to never expire).`,
        group.urn,
      );
    });
  },
};
