import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import { CONFIG_KEYS, UNDECLARED_CONFIG_KEYS } from "../config";
import { Raw, problemsOf, settingsOf } from "./helpers/configHarness";

function rejects(raw: Raw, key: string, ...fragments: string[]): void {
  const problems = problemsOf(raw);
  const mine = problems.filter((p) => p.startsWith(`${key}`));
  assert.equal(mine.length, 1, `expected one problem for ${key}, got ${JSON.stringify(problems)}`);
  for (const fragment of fragments) assert.ok(mine[0].includes(fragment), `"${mine[0]}" does not mention ${fragment}`);
}

describe("config validation", () => {
  it("applies the documented defaults", () => {
    const s = settingsOf({});
    assert.deepEqual(s.regions, ["us-east-1"]);
    assert.equal(s.homeRegion, "us-east-1");
    assert.equal(s.trailName, "security-baseline");
    assert.equal(s.logRetentionDays, 365);
    assert.equal(s.archiveStorageClass, "GLACIER");
    assert.equal(s.alarmProfile, "cis");
    assert.equal(s.realtimeAlerts, true);
    assert.equal(s.objectLock, undefined);
  });

  it("defaults the home region to the first listed region", () => {
    assert.equal(settingsOf({ regions: '["eu-west-1","us-east-1"]' }).homeRegion, "eu-west-1");
  });

  it("rejects regions of more than one partition", () =>
    rejects(
      { regions: '["eu-west-1","cn-north-1","us-gov-west-1"]' },
      "regions",
      "cn-north-1",
      "one partition only (these span aws, aws-cn, aws-us-gov)",
    ));
  it("accepts regions of one partition other than aws", () =>
    assert.deepEqual(settingsOf({ regions: '["us-gov-west-1","us-gov-east-1"]' }).regions, ["us-gov-west-1", "us-gov-east-1"]));
  it("rejects an unknown region", () => rejects({ regions: '["eu-west-1","mars-north-1"]' }, "regions", '"mars-north-1"', "AWS Region"));
  it("rejects a home region not in the list", () =>
    rejects({ regions: '["eu-west-1"]', homeRegion: "us-west-2" }, "homeRegion", '"us-west-2"', "eu-west-1"));
  it("rejects a malformed email", () =>
    rejects({ alertEmails: '["secops-at-example.com"]' }, "alertEmails", '"secops-at-example.com"', "email address"));
  it("rejects a retention CloudWatch Logs does not accept", () =>
    rejects({ logRetentionDays: "100" }, "logRetentionDays", "100", "365", "3653"));
  it("rejects an unknown alarm id to disable", () =>
    rejects({ disabledAlarms: '["root-usage"]' }, "disabledAlarms", '"root-usage"', "root-account-usage"));
  it("rejects an empty custom filter pattern", () =>
    rejects(
      { customAlarms: '[{"id":"bucket-deleted","filterPattern":"  "}]' },
      "customAlarms[0] (bucket-deleted).filterPattern",
      "non-empty",
    ));
  it("rejects a malformed custom filter pattern with its position", () =>
    rejects(
      { customAlarms: '[{"id":"bucket-deleted","filterPattern":"{ $.eventName = DeleteBucket"}]' },
      "customAlarms[0] (bucket-deleted).filterPattern",
      "position",
    ));
  it("rejects a custom alarm id the catalogue already uses", () =>
    rejects({ customAlarms: '[{"id":"root-account-usage","filterPattern":"{ $.x = 1 }"}]' }, "customAlarms[0].id", "catalogue"));
  it("rejects an expiry before the archive transition", () =>
    rejects({ archiveAfterDays: "400", expireAfterDays: "365" }, "expireAfterDays", "archiveAfterDays"));
  it("requires the organization id for an organization trail", () => rejects({ organizationTrail: "true" }, "organizationId", "o-"));
  it("rejects an unknown Object Lock mode", () =>
    rejects({ objectLockMode: "STRICT", objectLockRetentionDays: "30" }, "objectLockMode", "GOVERNANCE, COMPLIANCE"));
  it("requires a retention with Object Lock", () => rejects({ objectLockMode: "GOVERNANCE" }, "objectLockRetentionDays", "objectLockMode"));
  it("rejects a trail name too long to prefix bucket and rule names", () =>
    rejects({ trailName: "x".repeat(25) }, "trailName", "25 bytes", "24"));
  it("rejects a heartbeat window that is not whole 5-minute periods", () =>
    rejects({ heartbeatWindowMinutes: "7" }, "heartbeatWindowMinutes", "multiple of 5"));
  it("rejects a non-boolean", () => rejects({ realtimeAlerts: "yes" }, "realtimeAlerts", "true or false"));
  it("rejects an unknown profile", () => rejects({ alarmProfile: "strict" }, "alarmProfile", "cis, tuned"));

  it("reports every bad key at once", () => {
    const problems = problemsOf({ regions: '["mars-north-1"]', alertEmails: '["x"]', logRetentionDays: "2" });
    assert.ok(problems.length >= 3, JSON.stringify(problems));
  });

  it("declares in Pulumi.yaml every key that has a default, typed, with the default config.ts applies", () => {
    const project = parseYaml(fs.readFileSync(path.join(__dirname, "..", "Pulumi.yaml"), "utf8")) as {
      config: Record<string, { type?: string; default?: unknown; description?: string }>;
    };
    const declared = CONFIG_KEYS.filter((key) => !UNDECLARED_CONFIG_KEYS.includes(key));
    assert.deepEqual(Object.keys(project.config).sort(), [...declared].sort());
    const defaults = settingsOf({}) as unknown as Record<string, unknown>;
    for (const [key, schema] of Object.entries(project.config)) {
      assert.ok(schema.description, `${key} has no description`);
      assert.ok(schema.type, `${key} has no type`);
      // A declared key without a default is required on every stack by the CLI.
      assert.notEqual(schema.default, undefined, `${key} has no default`);
      if (!(key in defaults)) continue;
      assert.deepEqual(defaults[key], schema.default, `Pulumi.yaml default of ${key} differs from config.ts`);
    }
  });

  it("accepts the dev stack's config", () => {
    const file = parseYaml(fs.readFileSync(path.join(__dirname, "..", "Pulumi.dev.yaml"), "utf8")) as { config: Record<string, unknown> };
    const raw: Raw = {};
    for (const [key, value] of Object.entries(file.config)) {
      if (key.startsWith("aws-security-baseline:")) raw[key.split(":")[1]] = typeof value === "string" ? value : JSON.stringify(value);
    }
    const s = settingsOf(raw);
    assert.deepEqual(s.regions, ["eu-west-1", "eu-central-1"]);
    assert.equal(s.customAlarms[0].id, "break-glass-role-assumed");
  });
});

describe("selfHealingTrail where it cannot work", () => {
  const delegated = { organizationTrail: "true", organizationId: "o-a1b2c3d4e5", managementAccountId: "444455556666" };

  it("is off by default for a delegated administrator's organization trail, and on otherwise", () => {
    assert.equal(settingsOf(delegated).investigation.selfHealingTrail, false);
    assert.equal(settingsOf({ organizationTrail: "true", organizationId: "o-a1b2c3d4e5" }).investigation.selfHealingTrail, true);
    assert.equal(settingsOf({}).investigation.selfHealingTrail, true);
  });

  it("is refused when asked for with managementAccountId, saying whose event bus sees StopLogging", () =>
    rejects(
      { ...delegated, selfHealingTrail: "true" },
      "selfHealingTrail",
      "reaches only the management account's event bus",
      "the cloudtrail-config-changes alarm still fires",
    ));

  it("is off with existingLogGroupName, and refused when asked for", () => {
    assert.equal(settingsOf({ existingLogGroupName: "aws-controltower/CloudTrailLogs" }).investigation.selfHealingTrail, false);
    rejects({ existingLogGroupName: "aws-controltower/CloudTrailLogs", selfHealingTrail: "true" }, "selfHealingTrail", "there is none");
  });
});
