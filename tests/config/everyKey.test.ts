/**
 * Every stack config key reaches the component: set through stack config as `pulumi config set`
 * stores it (a string, JSON for lists and objects), read by the program's own loadBaselineArgs
 * from Pulumi's runtime config, and resolved into the settings the component builds from. The
 * samples are a Record over every key, so a new argument without one fails to compile.
 */
import { strict as assert } from "assert";
import { ConfigKey, CONFIG_KEYS, loadBaselineArgs } from "../../config";
import { resolveSettings } from "../../settings/index";
import { BaselineSettings } from "../../settings/types";
import { startMockRuntime } from "../../tools/lib/mockRuntime";

const PROJECT = "aws-security-baseline";

interface Sample {
  /** The value as stack config stores it. */
  readonly stored: string;
  /** Keys the sample needs beside it (objectLockRetentionDays needs objectLockMode). */
  readonly with?: Readonly<Partial<Record<ConfigKey, string>>>;
  /** Where the settings hold it, and what they hold: never the default. */
  readonly holds: (settings: BaselineSettings) => unknown;
  readonly expected: unknown;
}

const SAMPLES: Readonly<Record<ConfigKey, Sample>> = {
  regions: { stored: '["eu-west-1","eu-central-1"]', holds: (s) => s.regions, expected: ["eu-west-1", "eu-central-1"] },
  homeRegion: { stored: "us-west-2", with: { regions: '["us-east-1","us-west-2"]' }, holds: (s) => s.homeRegion, expected: "us-west-2" },
  trailName: { stored: "org-trail", holds: (s) => s.trailName, expected: "org-trail" },
  alertEmails: { stored: '["secops@example.com"]', holds: (s) => s.alertEmails, expected: ["secops@example.com"] },
  logRetentionDays: { stored: "731", holds: (s) => s.logRetentionDays, expected: 731 },
  archiveAfterDays: { stored: "120", holds: (s) => s.archiveAfterDays, expected: 120 },
  archiveStorageClass: { stored: "DEEP_ARCHIVE", holds: (s) => s.archiveStorageClass, expected: "DEEP_ARCHIVE" },
  expireAfterDays: { stored: "3653", holds: (s) => s.expireAfterDays, expected: 3653 },
  objectLockMode: {
    stored: "COMPLIANCE",
    with: { objectLockRetentionDays: "30" },
    holds: (s) => s.objectLock?.mode,
    expected: "COMPLIANCE",
  },
  objectLockRetentionDays: { stored: "400", with: { objectLockMode: "GOVERNANCE" }, holds: (s) => s.objectLock?.days, expected: 400 },
  organizationTrail: { stored: "true", with: { organizationId: "o-a1b2c3d4e5" }, holds: (s) => s.organizationTrail, expected: true },
  organizationId: { stored: "o-a1b2c3d4e5", holds: (s) => s.organizationId, expected: "o-a1b2c3d4e5" },
  managementAccountId: {
    stored: "444455556666",
    with: { organizationTrail: "true", organizationId: "o-a1b2c3d4e5" },
    holds: (s) => s.managementAccountId,
    expected: "444455556666",
  },
  s3DataEvents: { stored: "write", holds: (s) => s.s3DataEvents, expected: "write" },
  disabledAlarms: { stored: '["root-account-usage"]', holds: (s) => s.disabledAlarms, expected: ["root-account-usage"] },
  customAlarms: {
    stored: '[{"id":"bucket-deleted","filterPattern":"{ $.eventName = \\"DeleteBucket\\" }"}]',
    holds: (s) => s.customAlarms.map((a) => [a.id, a.filterPattern]),
    expected: [["bucket-deleted", '{ $.eventName = "DeleteBucket" }']],
  },
  watchedSecrets: { stored: '["prod/db"]', holds: (s) => s.watchedSecrets, expected: ["prod/db"] },
  signInWithoutMfaVariant: { stored: "all-principals", holds: (s) => s.signInWithoutMfaVariant, expected: "all-principals" },
  heartbeatWindowMinutes: { stored: "120", holds: (s) => s.heartbeatWindowMinutes, expected: 120 },
  existingLogGroupName: {
    stored: "aws-controltower/CloudTrailLogs",
    holds: (s) => s.existingLogGroupName,
    expected: "aws-controltower/CloudTrailLogs",
  },
  alarmProfile: { stored: "tuned", holds: (s) => s.alarmProfile, expected: "tuned" },
  realtimeAlerts: { stored: "false", holds: (s) => s.realtimeAlerts, expected: false },
  disabledRealtimeAlerts: { stored: '["root-account-usage"]', holds: (s) => s.disabledRealtimeAlerts, expected: ["root-account-usage"] },
  selfHealingTrail: { stored: "false", holds: (s) => s.investigation.selfHealingTrail, expected: false },
  slackChannel: {
    stored: '{"workspaceId":"T07EA123LEP","channelId":"C07EZ1ABC23"}',
    holds: (s) => s.investigation.slackChannel,
    expected: { workspaceId: "T07EA123LEP", channelId: "C07EZ1ABC23" },
  },
  investigation: { stored: '{"dashboard":false}', holds: (s) => s.investigation.dashboard, expected: false },
  vpcFlowLogs: {
    stored: '{"vpcIds":{"us-east-1":["vpc-0a1b2c3d4e5f67890"]},"destination":"cloudwatch"}',
    holds: (s) => s.vpcFlowLogs && [s.vpcFlowLogs.vpcIds, s.vpcFlowLogs.destination],
    expected: [{ "us-east-1": ["vpc-0a1b2c3d4e5f67890"] }, "cloudwatch"],
  },
  memberAccounts: { stored: '["444455556666"]', holds: (s) => s.memberAccounts, expected: ["444455556666"] },
  centralLogArchive: {
    stored: '{"bucketName":"org-log-archive","kmsKeyArn":"arn:aws:kms:us-east-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab"}',
    holds: (s) => s.centralLogArchive?.bucketName,
    expected: "org-log-archive",
  },
  guardDuty: { stored: "create", holds: (s) => s.detectors.guardDuty.mode, expected: "create" },
  guardDutyProtections: {
    stored: '["S3_DATA_EVENTS","RUNTIME_MONITORING"]',
    with: { guardDuty: "create" },
    holds: (s) => s.detectors.guardDuty.protections,
    expected: ["S3_DATA_EVENTS", "RUNTIME_MONITORING"],
  },
  guardDutyAlertSeverity: { stored: "4", holds: (s) => s.detectors.guardDuty.alertSeverity, expected: 4 },
  securityHub: { stored: "off", holds: (s) => s.detectors.securityHub.mode, expected: "off" },
  securityHubStandards: {
    stored: '["cis-aws-foundations-benchmark/v/5.0.0"]',
    with: { securityHub: "create" },
    holds: (s) => s.detectors.securityHub.standards,
    expected: ["cis-aws-foundations-benchmark/v/5.0.0"],
  },
  awsConfig: { stored: "create", holds: (s) => s.detectors.awsConfig.mode, expected: "create" },
  organizationDetectors: {
    stored: '{"account":"administrator","administratorAccountId":"111122223333","autoEnableMembers":"ALL"}',
    holds: (s) => [
      s.organizationDetectors?.account,
      s.organizationDetectors?.administratorAccountId,
      s.organizationDetectors?.autoEnableMembers,
    ],
    expected: ["administrator", "111122223333", "ALL"],
  },
  residencyTrails: {
    stored: '[{"region":"us-east-1","expireAfterDays":1096}]',
    holds: (s) => s.residencyTrails,
    expected: [{ region: "us-east-1", expireAfterDays: 1096 }],
  },
};

/** The settings the program resolves from this stack config, read as `pulumi up` reads it. */
function settingsFromStackConfig(config: Readonly<Record<string, string>>): BaselineSettings {
  startMockRuntime({
    project: PROJECT,
    stack: "every-key",
    config: Object.fromEntries(Object.entries(config).map(([key, value]) => [`${PROJECT}:${key}`, value])),
  });
  return resolveSettings(loadBaselineArgs());
}

describe("every stack config key reaches the component", () => {
  for (const key of CONFIG_KEYS) {
    it(key, () => {
      const sample = SAMPLES[key];
      const defaults = resolveSettings({});
      assert.notDeepEqual(sample.holds(defaults), sample.expected, `${key}'s sample is not its default`);
      const settings = settingsFromStackConfig({ ...sample.with, [key]: sample.stored });
      assert.deepEqual(sample.holds(settings), sample.expected);
    });
  }
});
