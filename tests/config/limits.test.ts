/**
 * Every AWS limit and naming rule config.ts enforces has a bad config here, refused with a
 * message naming the key and the limit.
 */
import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import { loadSettings } from "../../config";
import { lifecycleWarnings } from "../../settings/archive";
import { ConfigError } from "../../settings/problems";
import { BaselineSettings } from "../../settings/types";
import { buildStack } from "../helpers/baselineHarness";
import { Raw, problemsOf, settingsOf } from "../helpers/configHarness";
import { awsLimitProblems } from "../../settings/limits";

/** Exactly one problem starts with `key` and it mentions every fragment. */
function rejects(raw: Raw, key: string, ...fragments: string[]): void {
  const problems = problemsOf(raw);
  const mine = problems.filter((p) => p.startsWith(`${key}:`));
  assert.ok(mine.length >= 1, `expected a problem for ${key}, got ${JSON.stringify(problems)}`);
  for (const fragment of fragments)
    assert.ok(
      mine.some((p) => p.includes(fragment)),
      `${JSON.stringify(mine)} does not mention ${fragment}`,
    );
}

const customAlarm = (i: number, extra: Record<string, unknown> = {}) => ({
  id: `custom-${i}`,
  filterPattern: `{ $.eventName = "Call${i}" }`,
  ...extra,
});

describe("config: unknown keys", () => {
  it("refuses a misspelt key with a did-you-mean", () => {
    const problems = problemsOf({}, ["regoins"]);
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^regoins: unknown configuration key; did you mean regions\?/);
  });
  it("refuses an unknown key with no close match, listing the known keys", () => {
    const [problem] = problemsOf({}, ["colour"]);
    assert.match(problem, /^colour: unknown configuration key\. Known keys: regions, /);
  });
  it("accepts every known key", () => assert.doesNotThrow(() => settingsOf({}, ["regions", "trailName", "alertEmails"])));

  it("reads the project's keys from the stack config and ignores other namespaces", () => {
    pulumi.runtime.setAllConfig({ "aws-security-baseline:trailNmae": "x-trail", "aws:region": "us-east-1", "pulumi:template": "x" });
    try {
      assert.throws(
        () => loadSettings("aws-security-baseline"),
        (err: unknown) =>
          err instanceof ConfigError &&
          err.problems.length === 1 &&
          err.problems[0].startsWith("trailNmae: unknown configuration key; did you mean trailName?"),
      );
    } finally {
      pulumi.runtime.setAllConfig({});
    }
  });
});

describe("config: trailName and the names derived from it", () => {
  it("refuses periods (KMS aliases and SNS topic names reject them)", () =>
    rejects({ trailName: "org.trail" }, "trailName", "no periods", "3-24"));
  it("refuses adjacent separators such as my-_namespace", () => rejects({ trailName: "my-_namespace" }, "trailName", "side by side"));
  it("refuses a name starting with a separator", () =>
    rejects({ trailName: "-trail" }, "trailName", "starting and ending with a letter or digit"));
  it("refuses a name ending with a separator", () =>
    rejects({ trailName: "trail_" }, "trailName", "starting and ending with a letter or digit"));
  it("refuses a name shorter than 3", () => rejects({ trailName: "ab" }, "trailName", "3-24"));
  it("refuses a name over 24 (the access-log bucket prefix must fit 37)", () =>
    rejects({ trailName: "a".repeat(25) }, "trailName", "over the 24 allowed"));
  it("refuses non-ASCII letters, counted in UTF-8 bytes", () => rejects({ trailName: "trailé" }, "trailName", "ASCII"));
  it("refuses a name whose bucket prefix takes S3's reserved prefix sthree-", () =>
    rejects({ trailName: "sthree-x" }, "trailName", "reserved prefix sthree-", "bucketnamingrules"));
  it("refuses a name whose bucket prefix takes S3's reserved prefix amzn-s3-demo-", () =>
    rejects({ trailName: "amzn-s3-demo-x" }, "trailName", "reserved prefix amzn-s3-demo-"));
  it("refuses xn-- (adjacent dashes for CloudTrail, a reserved prefix for S3)", () =>
    rejects({ trailName: "xn--trail" }, "trailName", "side by side"));

  // The 24-character cap keeps these unreachable through config today; the checker still
  // guards every derived name, so a component change that lengthens one cannot ship.
  const base = (): BaselineSettings => settingsOf({ customAlarms: [customAlarm(1, { eventPattern: { source: ["aws.s3"] } })] });
  const problemsFor = (settings: BaselineSettings) => awsLimitProblems(settings);
  it("checks the KMS alias and SNS topic names a trail name with periods would produce", () => {
    const problems = problemsFor({ ...base(), trailName: "org.trail" });
    assert.ok(
      problems.some((p) => p.startsWith('trailName: the KMS alias "alias/org.trail"') && p.includes("API_CreateAlias")),
      JSON.stringify(problems),
    );
    assert.ok(
      problems.some(
        (p) => p.startsWith('trailName: the SNS topic name (us-east-1) "org.trail-alerts-us-east-1"') && p.includes("API_CreateTopic"),
      ),
      JSON.stringify(problems),
    );
  });
  it("checks EventBridge rule names against 64 characters", () => {
    const problems = problemsFor({ ...base(), trailName: "t".repeat(40) });
    assert.ok(
      problems.some(
        (p) =>
          p.startsWith("trailName: the EventBridge rule name (kms-key-disable-or-deletion)") &&
          p.includes("68 bytes is over the 64 allowed"),
      ),
      JSON.stringify(problems),
    );
  });
  it("checks alarm, metric filter and log group names", () => {
    const problems = problemsFor({ ...base(), trailName: "t".repeat(520) });
    for (const what of ["CloudWatch alarm name", "metric filter name", "CloudWatch Logs log group name"]) {
      assert.ok(
        problems.some((p) => p.includes(`the ${what}`)),
        `${what}: ${JSON.stringify(problems)}`,
      );
    }
  });
  it("checks S3 bucket prefixes against 37 characters", () => {
    const problems = problemsFor({ ...base(), trailName: "t".repeat(30) });
    assert.ok(
      problems.some(
        (p) => p.startsWith('trailName: the S3 bucket prefix "tttttttttttttttttttttttttttttt-access-logs-"') && p.includes("37"),
      ),
      JSON.stringify(problems),
    );
  });
});

describe("config: email addresses", () => {
  for (const [email, why] of [
    ["sec ops@example.com", "a space"],
    ["secops@@example.com", "two @"],
    ["secops@example", "no top-level domain"],
    ["@example.com", "no local part"],
    ["secops@example..com", "an empty domain label"],
    ["secops@-example.com", "a label starting with a dash"],
    ["secops@example.c", "a one-letter top-level domain"],
  ]) {
    it(`refuses an address with ${why}`, () => rejects({ alertEmails: [email] }, "alertEmails", JSON.stringify(email), "email address"));
  }
  it("accepts plus addressing and subdomains", () =>
    assert.doesNotThrow(() => settingsOf({ alertEmails: ["sec.ops+aws@mail.example.co.uk"] })));
});

describe("config: organization ids", () => {
  it("refuses an organization id that is too short", () =>
    rejects({ organizationId: "o-abc" }, "organizationId", "o- then 10-32", "API_Organization"));
  it("refuses uppercase in an organization id", () => rejects({ organizationId: "o-ABCDEFGHIJ" }, "organizationId", "lowercase"));
  it("refuses a root id in place of the organization id", () => rejects({ organizationId: "r-abcd" }, "organizationId", "o-"));
  it("refuses a management account id that is not 12 digits", () =>
    rejects(
      { organizationTrail: "true", organizationId: "o-a1b2c3d4e5", managementAccountId: "12345678901" },
      "managementAccountId",
      "12-digit",
    ));
  it("refuses letters in the management account id", () =>
    rejects(
      { organizationTrail: "true", organizationId: "o-a1b2c3d4e5", managementAccountId: "12345678901a" },
      "managementAccountId",
      "12-digit",
    ));
  it("refuses a management account id without an organization trail", () =>
    rejects({ managementAccountId: "123456789012" }, "managementAccountId", "organizationTrail"));
  it("accepts a management account id with an organization trail", () =>
    assert.equal(
      settingsOf({ organizationTrail: "true", organizationId: "o-a1b2c3d4e5", managementAccountId: "123456789012" }).managementAccountId,
      "123456789012",
    ));
});

describe("config: existing log group names", () => {
  it("refuses characters CreateLogGroup rejects", () =>
    rejects(
      { existingLogGroupName: "aws cloudtrail logs" },
      "existingLogGroupName",
      "letters, digits and . _ - / #",
      "API_CreateLogGroup",
    ));
  it("refuses a name over 512 bytes", () => rejects({ existingLogGroupName: "g".repeat(513) }, "existingLogGroupName", "over the 512"));
});

describe("config: filter patterns and quotas", () => {
  it("counts a custom filter pattern in UTF-8 bytes, as the provider does", () => {
    const pattern = `{ $.userIdentity.userName = "${"é".repeat(520)}" }`;
    assert.ok(pattern.length < 1024);
    rejects(
      { customAlarms: [{ id: "unicode-user", filterPattern: pattern }] },
      "customAlarms[0] (unicode-user).filterPattern",
      "UTF-8 bytes",
      "1024",
    );
  });
  it("refuses more than 50 custom alarms, naming the bound and why", () => {
    rejects({ customAlarms: Array.from({ length: 51 }, (_, i) => customAlarm(i)) }, "customAlarms", "51 entries", "at most 50");
  });
  it("refuses more than 100 metric filters on the log group", () => {
    // Past the custom-alarm bound, as the quota would be with a larger one: built settings, not config.
    const many = Array.from({ length: 95 }, (_, i) => ({ ...customAlarm(i), title: "t", why: "w" }));
    const problems = awsLimitProblems({ ...settingsOf({}), customAlarms: many });
    assert.ok(
      problems.some((p) => p.startsWith("customAlarms:") && p.includes("at most 100 per log group")),
      JSON.stringify(problems),
    );
  });
  it("refuses more than 30 rules with wildcards per region (not adjustable)", () => {
    const wildcard = { detail: { eventName: [{ wildcard: "Delete*" }] } };
    const problems = problemsOf({ customAlarms: Array.from({ length: 31 }, (_, i) => customAlarm(i, { eventPattern: wildcard })) });
    assert.ok(
      problems.some((p) => p.startsWith("customAlarms: 31 real-time rules with wildcard") && p.includes("at most 30")),
      JSON.stringify(problems),
    );
  });
  it("refuses an event pattern over 2,048 characters", () => {
    const eventPattern = { detail: { eventName: Array.from({ length: 200 }, (_, i) => `SomeLongApiCallName${i}`) } };
    rejects({ customAlarms: [customAlarm(1, { eventPattern })] }, "customAlarms (custom-1).eventPattern", "2048", "eb-quota");
  });
  it("counts each Region's rules against that Region's quota: 100 in af-south-1, 300 in eu-west-1", () => {
    const rules = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `c-${i}`,
        title: "t",
        why: "w",
        filterPattern: "{ $.a = 1 }",
        eventPattern: { source: ["aws.s3"] },
      }));
    const inRegion = (region: string) => ({ ...settingsOf({ regions: [region] }), realtimeAlerts: true });
    // The catalogue's 15 rules there and the self-healing trail's 3: 83 custom ones make 101.
    const capeTown = awsLimitProblems({ ...inRegion("af-south-1"), customAlarms: rules(83) });
    assert.ok(
      capeTown.some(
        (p) => p.startsWith("customAlarms: 101 EventBridge rules in af-south-1") && p.includes("allows 100 rules per event bus there"),
      ),
      JSON.stringify(capeTown),
    );
    assert.ok(!awsLimitProblems({ ...inRegion("af-south-1"), customAlarms: rules(82) }).some((p) => p.includes("EventBridge rules in")));
    assert.ok(!awsLimitProblems({ ...inRegion("eu-west-1"), customAlarms: rules(83) }).some((p) => p.includes("EventBridge rules in")));
  });
  it("refuses more than 300 rules per region", () => {
    const settings = settingsOf({});
    const many = Array.from({ length: 301 }, (_, i) => ({
      id: `c-${i}`,
      title: "t",
      why: "w",
      filterPattern: "{ $.a = 1 }",
      eventPattern: { source: ["aws.s3"] },
    }));
    const problems = awsLimitProblems({ ...settings, customAlarms: many });
    assert.ok(
      problems.some((p) => p.startsWith("customAlarms:") && p.includes("300 rules per event bus")),
      JSON.stringify(problems),
    );
  });
});

describe("config: S3 lifecycle", () => {
  it("refuses a transition to STANDARD_IA before 30 days", () =>
    rejects({ archiveStorageClass: "STANDARD_IA", archiveAfterDays: "29" }, "archiveAfterDays", "30 days", "API_Transition"));
  it("accepts INTELLIGENT_TIERING before 30 days (S3 allows 0 and up)", () =>
    assert.doesNotThrow(() => settingsOf({ archiveStorageClass: "INTELLIGENT_TIERING", archiveAfterDays: "1" })));
  it("refuses expiry on or before the transition", () =>
    rejects({ archiveAfterDays: "400", expireAfterDays: "400" }, "expireAfterDays", "archiveAfterDays (400)"));

  it("warns, with the figures, when objects expire before the storage class's minimum duration", () => {
    const [warning] = lifecycleWarnings(
      settingsOf({ archiveStorageClass: "DEEP_ARCHIVE", archiveAfterDays: "90", expireAfterDays: "200" }),
    );
    assert.match(warning, /^expireAfterDays: log objects spend 110 days in DEEP_ARCHIVE .* at least 180 days per object/);
    assert.match(
      lifecycleWarnings(settingsOf({ archiveStorageClass: "GLACIER", archiveAfterDays: "30", expireAfterDays: "100" }))[0],
      /70 days in GLACIER .* at least 90 days/,
    );
  });
  it("does not warn about the defaults", () => assert.deepEqual(lifecycleWarnings(settingsOf({})), []));

  it("shows the warning at preview through pulumi.log.warn, from the component (so package consumers see it too)", async () => {
    const warnings: string[] = [];
    const log = pulumi.log as { warn: (message: string) => Promise<void> };
    const original = log.warn;
    log.warn = async (message: string) => void warnings.push(message);
    try {
      await buildStack({ archiveStorageClass: "GLACIER_IR", archiveAfterDays: "30", expireAfterDays: "60" });
    } finally {
      log.warn = original;
    }
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /30 days in GLACIER_IR .* at least 90 days/);
  });
});
