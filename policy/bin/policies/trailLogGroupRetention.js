"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.trailLogGroupRetention = exports.DEFAULT_MINIMUM_RETENTION_DAYS = void 0;
const frameworks_1 = require("../lib/frameworks");
const model_1 = require("../lib/model");
const trailScope_1 = require("../lib/trailScope");
exports.DEFAULT_MINIMUM_RETENTION_DAYS = 365;
exports.trailLogGroupRetention = {
    name: "cloudtrail-log-group-retention",
    description: "A CloudWatch Logs group that receives a trail must keep events at least the configured number of days (default 365); never-expire passes (Security Hub CloudWatch.16).",
    enforcementLevel: "mandatory",
    severity: "medium",
    framework: (0, frameworks_1.securityHub)("CloudWatch.16", "CloudWatch log groups should be retained for a specified time period"),
    remediationSteps: "Set `retentionInDays` on the log group to a CloudWatch Logs retention value at least the minimum (365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653), or omit it to never expire.",
    url: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention",
    configSchema: {
        properties: {
            minimumRetentionDays: {
                type: "integer",
                minimum: 1,
                default: exports.DEFAULT_MINIMUM_RETENTION_DAYS,
                description: "Fewest days a trail's log group may keep events.",
            },
        },
    },
    validateStack: (args, reportViolation) => {
        const minimum = args.getConfig().minimumRetentionDays ?? exports.DEFAULT_MINIMUM_RETENTION_DAYS;
        (0, trailScope_1.forEachTrailLogGroup)(args, (group) => {
            const retention = (0, model_1.logGroupView)(group.type, group.props).retentionInDays;
            // Absent or 0: events never expire.
            if (retention === undefined || retention === "unknown" || retention === 0 || retention >= minimum)
                return;
            reportViolation(`Log group '${group.name}' receives CloudTrail events but keeps them only ${retention} days, less than the required ${minimum}. Set retentionInDays to ${minimum} or more (or omit it to never expire).`, group.urn);
        });
    },
};
