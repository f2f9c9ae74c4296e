/**
 * Stack config → MonitoringBaseline's arguments. Every config key is an argument of the same
 * name (components/settings.ts documents them and validates them); this module only turns the
 * strings `pulumi config` stores into typed values and refuses keys it does not know. Every
 * bad-input error is raised before any resource is registered.
 */
import * as pulumi from "@pulumi/pulumi";
import { BaselineSettings, MonitoringBaselineArgs, closestKey, resolveSettings, unknownKeyProblems } from "./components/settings";

export {
  ARCHIVE_STORAGE_CLASSES,
  ALARM_PROFILES,
  LOG_RETENTION_DAYS,
  OBJECT_LOCK_MODES,
  S3_DATA_EVENT_MODES,
  BaselineSettings,
  ConfigError,
  CustomAlarm,
  lifecycleWarnings,
} from "./components/settings";

/** Reads one raw config value: `pulumi.Config.get` in the program, a map in tests. */
export type ConfigSource = (key: string) => string | undefined;

/** How `pulumi config` stores each key's value: a string, or JSON for the rest. */
const CONFIG_KINDS = {
  regions: "json",
  homeRegion: "string",
  trailName: "string",
  alertEmails: "json",
  logRetentionDays: "integer",
  archiveAfterDays: "integer",
  archiveStorageClass: "string",
  expireAfterDays: "integer",
  objectLockMode: "string",
  objectLockRetentionDays: "integer",
  organizationTrail: "boolean",
  organizationId: "string",
  managementAccountId: "string",
  s3DataEvents: "string",
  disabledAlarms: "json",
  customAlarms: "json",
  watchedSecrets: "json",
  signInWithoutMfaVariant: "string",
  heartbeatWindowMinutes: "integer",
  existingLogGroupName: "string",
  alarmProfile: "string",
  realtimeAlerts: "boolean",
  disabledRealtimeAlerts: "json",
  selfHealingTrail: "boolean",
  slackChannel: "json",
  investigation: "json",
  vpcFlowLogs: "json",
  memberAccounts: "json",
  centralLogArchive: "json",
  residencyTrails: "json",
} as const satisfies Partial<Record<keyof MonitoringBaselineArgs, "string" | "integer" | "boolean" | "json">>;

export type ConfigKey = keyof typeof CONFIG_KINDS;
export const CONFIG_KEYS = Object.keys(CONFIG_KINDS) as ConfigKey[];

/**
 * Keys Pulumi.yaml does not declare: the CLI makes a declared key without a default required on
 * every stack, and a list of objects has no declarable type. README's Configuration lists them.
 */
export const UNDECLARED_CONFIG_KEYS: readonly ConfigKey[] = [
  "homeRegion",
  "objectLockRetentionDays",
  "organizationId",
  "managementAccountId",
  "customAlarms",
  "existingLogGroupName",
  "slackChannel",
  "investigation",
  "vpcFlowLogs",
  "memberAccounts",
  "centralLogArchive",
  "residencyTrails",
];

/** The known config key closest to `key` within two edits, if any. */
export function closestConfigKey(key: string): string | undefined {
  return closestKey(key, CONFIG_KEYS);
}

/**
 * Stored strings → typed argument values. A value that does not convert is passed on as the
 * string it is, for settings.ts to refuse with the key, the value and what is allowed.
 */
export function argsFromConfig(get: ConfigSource): MonitoringBaselineArgs {
  const args: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) {
    const raw = get(key);
    if (raw === undefined) continue;
    switch (CONFIG_KINDS[key]) {
      case "string":
        args[key] = raw;
        break;
      case "integer":
        args[key] = /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
        break;
      case "boolean":
        args[key] = raw === "true" ? true : raw === "false" ? false : raw;
        break;
      case "json":
        try {
          args[key] = JSON.parse(raw);
        } catch {
          // Plain strings set with `pulumi config set key value` are not JSON.
          args[key] = raw;
        }
        break;
    }
  }
  // objectLockMode "" (Pulumi.yaml's default) and existingLogGroupName "" mean unset.
  for (const key of ["objectLockMode", "existingLogGroupName"] as const) if (args[key] === "") delete args[key];
  return args as MonitoringBaselineArgs;
}

/**
 * Validates raw config values; throws a ConfigError listing every problem.
 * `presentKeys`: the keys of the project's namespace the stack sets; unknown ones are refused.
 */
export function parseSettings(get: ConfigSource, presentKeys: readonly string[] = []): BaselineSettings {
  return resolveSettings(argsFromConfig(get), unknownKeyProblems(presentKeys, CONFIG_KEYS, "configuration key"));
}

/**
 * The stack's config as MonitoringBaseline's arguments, refusing unknown keys of the project's
 * namespace (other namespaces, such as aws: and pulumi:, belong to others). Bad values are
 * refused by the component, every problem in one error, before it registers any resource.
 */
export function loadBaselineArgs(project?: string): MonitoringBaselineArgs {
  const cfg = new pulumi.Config(project);
  const namespace = `${cfg.name}:`;
  const presentKeys = Object.keys(pulumi.runtime.allConfig())
    .filter((key) => key.startsWith(namespace))
    .map((key) => key.slice(namespace.length));
  const args = argsFromConfig((key) => cfg.get(key));
  const unknownKeys = unknownKeyProblems(presentKeys, CONFIG_KEYS, "configuration key");
  // Unknown keys are reported with every other problem, in one error; bad values alone are
  // reported by the component, which validates its arguments itself.
  if (unknownKeys.length > 0) resolveSettings(args, unknownKeys);
  return args;
}

/** The validated settings of the stack's config (what the component resolves from them). */
export function loadSettings(project?: string): BaselineSettings {
  return resolveSettings(loadBaselineArgs(project));
}
