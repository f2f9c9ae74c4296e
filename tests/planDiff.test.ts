import { strict as assert } from "assert";
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCommand } from "../tools/lib/cli";
import { PLAN_DIFF_COMMAND } from "../tools/plan-diff/planDiffCommand";
import { PLAN_DIFF_INPUT_ERRORS, planDiffMain } from "../tools/plan-diff/planDiffRun";
import { firstLine, untilExit } from "./helpers/processes";
import { diffPlans } from "../tools/plan-diff/planDiff";
import { alarmIdentity } from "../tools/plan-diff/planDiffAlarms";
import { PlanFileError, readPlanFile } from "../tools/plan-diff/planDiffInput";
import { commentMarker, renderDiff, renderDiffJson } from "../tools/plan-diff/planDiffMarkdown";
import { replacingChanges } from "../tools/plan-diff/planDiffReplacement";
import { planExemptions } from "../tools/plan-diff/planDiffExemptions";
import { residencyPolicyConfig } from "../settings/coverage";
import { PolicyVerdict, notRun, verdictFrom } from "../tools/plan-diff/planDiffVerdict";
import { Plan } from "../tools/lib/planTypes";
import { toolArgs } from "./helpers/toolProcess";

const ROOT = path.resolve(__dirname, "..");
const FIXTURES = path.join(__dirname, "fixtures", "plans");
const plan = (name: string): Plan => readPlanFile(path.join(FIXTURES, `${name}.json`));
const verdict = (name: string): PolicyVerdict =>
  JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.verdict.json`), "utf8")) as PolicyVerdict;
const comment = (head: string): string => renderDiff(plan("base"), plan(head), verdict(head));

describe("plan-diff: what a reviewer sees for a real change", () => {
  it("shows a retention change as one input per log group it sets, old → new, with no warning", () => {
    const md = comment("retention-changed");
    assert.ok(md.startsWith("<!-- plan-diff aws-security-baseline/dev -->\n"), "the sticky comment marker comes first");
    assert.equal(commentMarker("aws-security-baseline", "dev"), "<!-- plan-diff aws-security-baseline/dev -->");
    // logRetentionDays sets the trail's log group and the self-healing function's.
    assert.match(md, /\*\*0 to add, 0 to remove, 2 to change, 0 replacements\*\* · policy pack: ✅ passed/);
    assert.match(
      md,
      /- 2 × aws:cloudwatch\/logGroup:LogGroup, the same change: `baseline-investigate-restart-trail-logs`, `baseline-eu-west-1-trail-logs`\n {2}- `retentionInDays`: `365` → `731`/,
    );
    assert.doesNotMatch(md, /\[!WARNING\]/);
  });

  it("names an added alarm by its id and lists its filter and alarm resources", () => {
    const md = comment("alarm-added");
    // The alarm's filter and alarm, its Insights query, and the dashboard that shows it.
    assert.match(md, /\*\*3 to add, 0 to remove, 1 to change, 0 replacements\*\*/);
    assert.match(md, /➕ added `iam-access-key-created` \(custom\) in eu-west-1/);
    assert.match(md, /aws:cloudwatch\/queryDefinition:QueryDefinition/);
    assert.match(md, /`baseline-investigate-dashboard` aws:cloudwatch\/dashboard:Dashboard/);
    assert.match(md, /`baseline-eu-west-1-filter-iam-access-key-created` aws:cloudwatch\/logMetricFilter:LogMetricFilter/);
    assert.match(md, /`baseline-eu-west-1-alarm-iam-access-key-created` aws:cloudwatch\/metricAlarm:MetricAlarm/);
  });

  it("warns, before anything else, that Object Lock would replace the protected log bucket, and what to do", () => {
    const md = comment("bucket-replaced");
    // The changed resource is the bucket policy: GOVERNANCE adds its Deny of the bypass.
    assert.match(md, /1 to add, 0 to remove, 1 to change, 1 replacement\*\*/);
    const warning = md.indexOf("> [!WARNING]");
    assert.ok(warning > 0 && warning < md.indexOf("#### Policy pack"), "the warning sits above the details");
    assert.match(
      md,
      /> - \*\*⚠️\*\* Replaces the log bucket `baseline-eu-west-1-logs`: `objectLockEnabled` cannot change in place\. It is protected in the base plan, so `pulumi preview` and `pulumi up` stop with "unable to replace resource/,
    );
    assert.match(md, /put-object-lock-configuration .* `pulumi refresh`/);
    assert.match(
      md,
      /- \*\*replace\*\* `baseline-eu-west-1-logs` aws:s3\/bucket:Bucket \[eu-west-1\]\n {2}- `objectLockEnabled`: `false` → `true`/,
    );
  });

  it("reports the pack's violations on the head plan and the catalogue alarm removed", () => {
    const md = comment("policy-violation");
    assert.match(md, /policy pack: ❌ failed, 2 mandatory violations/);
    assert.match(
      md,
      /\| `cloudtrail-log-group-retention` \| mandatory \| `baseline-eu-west-1-trail-logs` \| Log group .* keeps them only 90 days/,
    );
    assert.match(md, /\| `cloudtrail-cis-monitoring-alarms` \| mandatory \| `baseline-eu-west-1-trail` \| .*root-account-usage/);
    assert.match(md, /➖ removed `root-account-usage` \(catalogue: Root account used\) in eu-west-1/);
    assert.match(md, /`retentionInDays`: `365` → `90`/);
  });

  it("warns that renaming the trail without an alias deletes and re-creates it", () => {
    const diff = diffPlans(plan("base"), plan("trail-renamed"));
    assert.deepEqual(diff.summary, { add: 1, remove: 1, change: 0, replace: 0 });
    assert.equal(diff.warnings.length, 1);
    assert.equal(diff.warnings[0].kind, "urn-change");
    assert.ok(diff.warnings[0].newUrn?.endsWith("::baseline-eu-west-1-cloudtrail"));
    const md = renderDiff(plan("base"), plan("trail-renamed"), notRun("--no-policy was given"));
    assert.match(md, /\*\*⚠️\*\* The URN of the trail `baseline-eu-west-1-trail` changes .*`aliases`\. CloudTrail records nothing/);
    assert.match(md, /Not run: --no-policy was given\./);
  });

  it("says so when nothing changes", () => {
    const md = renderDiff(plan("base"), plan("base"), verdict("base"));
    assert.match(md, /\*\*No changes\*\* · policy pack: ✅ passed/);
    assert.doesNotMatch(md, /#### (Changed|Added|Removed|Alarms)/);
  });

  it("folds identical changes to many resources into one entry", () => {
    const base = plan("base");
    const head: Plan = {
      ...base,
      resources: base.resources.map((r) =>
        r.type === "aws:cloudwatch/eventRule:EventRule" || r.name === "baseline-eu-west-1-trail-logs"
          ? { ...r, inputs: { ...r.inputs, tags: { ...(r.inputs.tags as object), team: "secops" } } }
          : r,
      ),
    };
    const rules = base.resources.filter((r) => r.type === "aws:cloudwatch/eventRule:EventRule").length;
    const md = renderDiff(base, head, verdict("base"));
    assert.match(md, new RegExp(`- ${rules} × aws:cloudwatch/eventRule:EventRule, the same change: <details>`));
    assert.match(
      md,
      /- `baseline-eu-west-1-trail-logs` aws:cloudwatch\/logGroup:LogGroup \[eu-west-1\]\n {2}- `tags\.team`: _\(absent\)_ → `"secops"`/,
    );
  });
});

/** The Markdown lines of one changed resource's entry (its bullet and its change lines). */
function entryOf(md: string, name: string): string[] {
  const lines = md.split("\n");
  const start = lines.findIndex((l) => l.startsWith("- ") && l.includes(`\`${name}\``));
  assert.ok(start >= 0, `no entry for ${name}`);
  const end = lines.findIndex((l, i) => i > start && !l.startsWith("  - "));
  return lines.slice(start, end);
}

describe("plan-diff: the comment tells the truth about protection", () => {
  /** The base plan with one resource's options changed. */
  const withOptions = (p: Plan, name: string, options: Partial<Pick<Plan["resources"][number], "protect" | "retainOnDelete">>): Plan => ({
    ...p,
    resources: p.resources.map((r) => (r.name === name ? { ...r, ...options } : r)),
  });

  it("says a replacement stops on protection only for a resource the base plan protects", () => {
    const protectedBucket = renderDiff(plan("base"), plan("bucket-replaced"), verdict("bucket-replaced"));
    assert.match(protectedBucket, /`objectLockEnabled` cannot change in place\. It is protected in the base plan/);
    const unprotected = withOptions(plan("base"), "baseline-eu-west-1-logs", { protect: false, retainOnDelete: false });
    const md = renderDiff(unprotected, plan("bucket-replaced"), verdict("bucket-replaced"));
    assert.match(md, /Replaces `baseline-eu-west-1-logs` \(aws:s3\/bucket:Bucket\): `objectLockEnabled` cannot change in place\./);
    assert.doesNotMatch(md, /It is protected|marked for protection/, "no protection text for an unprotected bucket");
  });

  it("does not claim protection when dropping a Region or turning Athena off deletes unprotected buckets and keys", () => {
    for (const head of ["region-dropped", "athena-off"]) {
      const md = comment(head);
      // (Resource names may say "protection": GuardDuty's malware-protection feature.)
      assert.doesNotMatch(md, /protected|marked for protection|unprotect/, head);
      assert.doesNotMatch(md, /\[!WARNING\]/, `${head}: an Athena results bucket or a Region's topic key is no evidence`);
    }
  });

  it("warns that deleting a protected or retained evidence resource stops, or leaves it in the account, as its base flags say", () => {
    const base = plan("base");
    const head: Plan = { ...base, resources: base.resources.filter((r) => r.name !== "baseline-eu-west-1-key") };
    assert.match(
      renderDiff(base, head, notRun("test")),
      /\*\*⚠️\*\* Deletes the KMS key `baseline-eu-west-1-key`\. It is protected in the base plan, so `pulumi preview` and `pulumi up` stop with "unable to delete resource .*it stays in the account \(retainOnDelete\)/,
    );
    const unkept = withOptions(base, "baseline-eu-west-1-key", { protect: false, retainOnDelete: false });
    const md = renderDiff(unkept, head, notRun("test"));
    assert.doesNotMatch(md, /\[!WARNING\]/, "a key the base plan neither protects nor retains is no evidence");
    const group = "baseline-eu-west-1-trail-logs";
    assert.match(
      renderDiff(base, { ...base, resources: base.resources.filter((r) => r.name !== group) }, notRun("test")),
      /Deletes the log group `baseline-eu-west-1-trail-logs`\. It leaves the stack but stays in the account with its events \(retainOnDelete\)\./,
    );
  });
});

/** A comment's lines, less those inside folded <details> blocks. */
function readLines(markdown: string): number {
  return markdown.replace(/<details>[\s\S]*?<\/details>/g, "<details></details>").split("\n").length - 1;
}

describe("plan-diff: the comment shows what changed, briefly", () => {
  it("shows elements removed from JSON documents' lists as removed, not as index-by-index changes", () => {
    const dashboard = entryOf(comment("alarm-disabled"), "baseline-investigate-dashboard").slice(1);
    assert.equal(dashboard.length, 7, dashboard.join("\n"));
    for (const line of dashboard) assert.match(line, /: removed `.*dev-security-baseline-root-account-usage/);
    const json = JSON.parse(renderDiffJson(plan("base"), plan("alarm-disabled"), verdict("alarm-disabled"))) as {
      changed: { name: string; changes: { path: string; before?: unknown; after?: unknown }[] }[];
    };
    const changes = json.changed.find((c) => c.name === "baseline-investigate-dashboard")!.changes;
    assert.deepEqual(
      changes.map((c) => [c.path, "after" in c]),
      [
        ["dashboardBody.widgets[1].properties.alarms[15]", false],
        ...[4, 5, 6].flatMap((w) => [4, 5].map((m) => [`dashboardBody.widgets[${w}].properties.metrics[${m}]`, false])),
      ],
    );
  });

  it("aligns a list of objects whose ids are renumbered: one element removed, one inserted, the renumbering on one line", () => {
    const alarm = entryOf(comment("alarm-disabled"), "baseline-eu-west-1-alarm-realtime-delivery-failed").slice(1);
    assert.deepEqual(
      alarm.slice(1).map((l) => l.replace(/`\{"id".*$/, "…")),
      [
        "  - `metricQueries[2]`: removed …",
        '  - `metricQueries[].id`: 7 elements changed, the first: `metricQueries[3].id`: `"m4"` → `"m3"`',
        "  - `metricQueries[9]`: inserted …",
      ],
    );
    assert.match(alarm[1], /"RuleName":"dev-security-baseline-root-account-usage"/);
  });

  it("shows the words that changed in a long description, where both values begin alike", () => {
    const md = comment("alarm-why-changed");
    const [, description] = entryOf(md, "baseline-eu-west-1-alarm-break-glass-role-assumed");
    assert.equal(
      description,
      "  - `alarmDescription`: `…an {+open+} incident [-ticket.-] {+ticket and be reviewed within a day.+} (Custom…`",
    );
    const policyViolation = entryOf(comment("policy-violation"), "baseline-eu-central-1-alarm-realtime-delivery-failed-2");
    assert.match(
      policyViolation[1],
      /`alarmDescription`: `…of \[-dev-security-baseline-network-gateway-changes,-\] dev-security-baseline-route-table-changes,…`/,
    );
  });

  it("keeps the comment for disabling one alarm, and for other one-setting changes, under 80 lines", () => {
    const lengths = Object.fromEntries(
      [
        "alarm-disabled",
        "region-dropped",
        "athena-off",
        "alarm-why-changed",
        "retention-changed",
        "alarm-added",
        "bucket-replaced",
        "policy-violation",
      ].map((head) => [head, readLines(comment(head))]),
    );
    // What a reviewer reads: the removed resources' list is folded (<details>), one line each.
    for (const [head, lines] of Object.entries(lengths)) assert.ok(lines <= 80, `${head}: ${lines} lines`);
    assert.ok(lengths["alarm-disabled"] >= 40, "the comment still lists what changed");
  });

  it("is, for base → alarm-disabled, the sample docs/ci.md shows", () => {
    const ci = fs.readFileSync(path.join(ROOT, "docs", "ci.md"), "utf8");
    assert.ok(ci.includes(`\`\`\`\`markdown\n${comment("alarm-disabled")}\`\`\`\``), "docs/ci.md: run `npm run -s generate`");
  });
});

describe("plan-diff: secrets never reach the comment", () => {
  const base = readPlanFile(path.join(FIXTURES, "handwritten", "secrets-base.json"));
  const head = readPlanFile(path.join(FIXTURES, "handwritten", "secrets-head.json"));
  const plaintexts = [
    "pagerduty-key-0ld",
    "pagerduty-key-n3w",
    "b2xkLWtleS1tYXRlcmlhbC0wMDAwMDAwMDAwMDA=",
    "bmV3LWtleS1tYXRlcmlhbC0xMTExMTExMTExMTE=",
    "old-db-password",
    "new-db-password",
    "oncall@example.com",
  ];

  for (const [format, output] of [
    ["Markdown", renderDiff(base, head, notRun("test"))],
    ["JSON", renderDiffJson(base, head, notRun("test"))],
  ] as const) {
    it(`masks secret keys, the [secret] placeholder and Pulumi secret envelopes in ${format}`, () => {
      for (const secret of plaintexts) assert.ok(!output.includes(secret), `${secret} leaked into the ${format}`);
    });
  }

  it("masks the value under every secret-looking key name, and leaves a name that only refers to a secret readable", () => {
    const secretKeys = [
      "password",
      "dbPassword",
      "passphrase",
      "clientSecret",
      "token",
      "authToken",
      "credentials",
      "privateKey",
      "private_key",
      "keyMaterial",
      "apiKey",
      "accessKey",
      "signingKey",
    ];
    const references = ["kmsKeyId", "secretArn", "tokenName", "keyName", "publicKey"];
    const resource = (value: string) => ({
      urn: "urn:pulumi:dev::p::aws:secretsmanager/secret:Secret::s",
      type: "aws:secretsmanager/secret:Secret",
      name: "s",
      parent: null,
      protect: false,
      retainOnDelete: false,
      dependsOn: [],
      inputs: Object.fromEntries([...secretKeys, ...references].map((k) => [k, `${value}-${k}`])),
    });
    const before: Plan = { project: "p", stack: "dev", resources: [resource("old")] };
    const after: Plan = { project: "p", stack: "dev", resources: [resource("new")] };
    const json = renderDiffJson(before, after, notRun("test"));
    for (const key of secretKeys) assert.ok(!json.includes(`-${key}"`), `${key}'s value leaked`);
    for (const key of references) assert.ok(json.includes(`"new-${key}"`), `${key} is a reference, shown`);
  });

  it("still shows that each secret changed, and plain inputs beside them", () => {
    const md = renderDiff(base, head, notRun("test"));
    for (const key of ["authParameters.apiKey", "keyMaterialBase64", "secretString", "endpoint"]) {
      assert.match(md, new RegExp(`\`${key.replace(".", "\\.")}\`: \`\\[secret\\]\` → \`\\[secret\\]\` _\\(secret, value not shown\\)_`));
    }
    assert.match(md, /`description`: `"Imported key for the archive"` → `"Imported key for the evidence archive"`/);
    // A reference to a secret is not a secret: the key name stays readable when it changes.
    assert.ok(!md.includes("`secretId`"), "unchanged inputs are not listed");
  });
});

describe("plan-diff: stable output", () => {
  it("gives byte-identical Markdown and JSON for the same inputs", () => {
    for (const head of ["alarm-added", "bucket-replaced", "policy-violation"]) {
      assert.equal(comment(head), comment(head));
      assert.equal(renderDiffJson(plan("base"), plan(head), verdict(head)), renderDiffJson(plan("base"), plan(head), verdict(head)));
    }
  });

  it("does not depend on the order of resources or input keys in the plan files", () => {
    const shuffle = (p: Plan): Plan => ({
      ...p,
      resources: [...p.resources].reverse().map((r) => ({ ...r, inputs: Object.fromEntries(Object.entries(r.inputs).reverse()) })),
    });
    const head = plan("policy-violation");
    const shuffledVerdict: PolicyVerdict = {
      ...verdict("policy-violation"),
      violations: [...verdict("policy-violation").violations].reverse(),
    };
    assert.equal(renderDiff(shuffle(plan("base")), shuffle(head), verdictFrom(shuffledVerdict.violations)), comment("policy-violation"));
    assert.equal(
      renderDiffJson(shuffle(plan("base")), shuffle(head), verdictFrom(shuffledVerdict.violations)),
      renderDiffJson(plan("base"), head, verdict("policy-violation")),
    );
  });

  it("prints --json in the documented shape", () => {
    const json = JSON.parse(renderDiffJson(plan("base"), plan("bucket-replaced"), verdict("bucket-replaced"))) as Record<string, unknown>;
    assert.deepEqual(Object.keys(json), [
      "added",
      "alarms",
      "base",
      "changed",
      "head",
      "moved",
      "policy",
      "removed",
      "summary",
      "warnings",
    ]);
    assert.deepEqual(json.summary, { add: 1, change: 1, remove: 0, replace: 1 });
    assert.deepEqual(json.warnings, [
      {
        critical: true,
        keys: ["objectLockEnabled"],
        kind: "replace",
        message: (json.warnings as { message: string }[])[0].message,
        name: "baseline-eu-west-1-logs",
        type: "aws:s3/bucket:Bucket",
        urn: "urn:pulumi:dev::aws-security-baseline::baseline:index:MonitoringBaseline$baseline:region:RegionBaseline$aws:s3/bucket:Bucket::baseline-eu-west-1-logs",
      },
    ]);
    assert.deepEqual(json.policy, { status: "passed", violations: [] });
  });
});

describe("plan-diff: replacement and alarm knowledge", () => {
  it("takes the inputs that replace a resource from the provider's schema (lib/providerRules.ts), and a region move replaces anything", () => {
    assert.deepEqual(replacingChanges("aws:cloudtrail/trail:Trail", ["name", "isMultiRegionTrail", "region"]), ["name", "region"]);
    assert.deepEqual(replacingChanges("aws:s3/bucket:Bucket", ["bucketPrefix", "tags.team"]), ["bucketPrefix"]);
    assert.deepEqual(replacingChanges("aws:kms/key:Key", ["multiRegion", "description"]), ["multiRegion"]);
    assert.deepEqual(replacingChanges("aws:cloudwatch/logGroup:LogGroup", ["retentionInDays"]), []);
    assert.deepEqual(replacingChanges("aws:s3/bucketPolicy:BucketPolicy", ["bucket", "policy.Statement[1].Sid"]), ["bucket"]);
    // v7's MetricAlarm calls terraform's alarm_name `name`; a nested forceNew input replaces from inside a list.
    assert.deepEqual(replacingChanges("aws:cloudwatch/metricAlarm:MetricAlarm", ["name", "alarmDescription"]), ["name"]);
    assert.deepEqual(replacingChanges("aws:ec2/flowLog:FlowLog", ["destinationOptions.fileFormat", "tags.a"]), [
      "destinationOptions.fileFormat",
    ]);
    assert.deepEqual(replacingChanges("aws:sns/topic:Topic", ["region"]), ["region"]);
    // A change inside a forceNew block replaces; list indices match the rules' `[]`.
    const feature = "aws:guardduty/organizationConfigurationFeature:OrganizationConfigurationFeature";
    assert.deepEqual(replacingChanges(feature, ["additionalConfigurations[0].autoEnable"]), ["additionalConfigurations"]);
    assert.deepEqual(replacingChanges(feature, ["additionalConfigurations[1].name"]), [
      "additionalConfigurations",
      "additionalConfigurations[].name",
    ]);
  });

  it("maps every alarm of the dev plan to a catalogue id or its configured custom id", () => {
    const alarms = plan("base").resources.filter((r) => r.type === "aws:cloudwatch/metricAlarm:MetricAlarm");
    const ids = alarms.map((a) => alarmIdentity(a));
    assert.ok(
      ids.some((i) => i.id === "trail-delivery-heartbeat" && i.catalogued),
      "heartbeat by AWS/Logs IncomingLogEvents",
    );
    assert.ok(ids.some((i) => i.id === "secrets-manager-secret-read" && i.catalogued));
    assert.ok(
      ids.some((i) => i.id === "break-glass-role-assumed" && !i.catalogued),
      "custom alarm by its resource name",
    );
    // Each Region has its own delivery-failure alarm under the same id: ids are unique per Region.
    assert.equal(
      new Set(ids.map((i, k) => `${i.id}@${String(alarms[k].inputs.region)}`)).size,
      alarms.length,
      "one id per alarm and Region",
    );
  });

  it("grades the verdict: mandatory fails, advisory only passes with advisories, disabled is left out", () => {
    const v = (enforcementLevel: "advisory" | "mandatory" | "disabled") => ({ policy: "p", urn: "u", enforcementLevel, message: "m" });
    assert.equal(verdictFrom([v("advisory"), v("mandatory")]).status, "failed");
    assert.equal(verdictFrom([v("advisory")]).status, "advisory");
    assert.deepEqual(verdictFrom([v("disabled")]), { status: "passed", violations: [] });
  });
});

describe("plan-diff: command line", () => {
  const TOOL = toolArgs("plan-diff");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "plan-diff-"));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const writePlan = (name: string, value: Plan): string => {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, JSON.stringify(value));
    return file;
  };
  /** The real command body in-process: what the tool prints and returns, without a process start. */
  const runInProcess = async (...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
    const io = { stdout: "", stderr: "", out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
    const code = await runCommand(PLAN_DIFF_COMMAND, argv, planDiffMain, io, { inputErrors: PLAN_DIFF_INPUT_ERRORS });
    return { code, stdout: io.stdout, stderr: io.stderr };
  };
  const base = path.join(FIXTURES, "base.json");
  // Nothing before, four copies of the dev plan after: a diff (about 250 KB) far over a pipe's 64 KiB.
  const empty = writePlan("empty.json", { ...plan("base"), resources: [] });
  const large = writePlan("large.json", {
    ...plan("base"),
    resources: [0, 1, 2, 3].flatMap((copy) =>
      plan("base").resources.map((r) => ({ ...r, urn: `${r.urn}-${copy}`, name: `${r.name}-${copy}` })),
    ),
  });

  it("runs the real policy pack on the head plan, prints the comment and exits 1 on mandatory violations", function () {
    this.timeout(60000);
    const result = spawnSync(process.execPath, [...TOOL, base, path.join(FIXTURES, "policy-violation.json")], {
      cwd: ROOT,
      encoding: "utf8",
    });
    assert.equal(result.status, 1, result.stderr);
    assert.equal(result.stdout, comment("policy-violation"));
    assert.equal(result.stderr, "");
  });

  it("passes an unchanged residency-trail plan without --policy-config, exempting its residency trail as plan does", async function () {
    this.timeout(60000);
    const residency = path.join(FIXTURES, "residency.json");
    const result = await runInProcess(residency, residency);
    assert.equal(result.code, 0, result.stdout);
    assert.match(
      result.stdout,
      /Residency trails `dev-security-baseline-residency-eu-central-1` exempt from `cloudtrail-multi-region`, `cloudtrail-global-service-events`, `cloudtrail-cis-monitoring-alarms`, as `plan` exempts them\.\n\nNo violations\./,
    );
  });

  it("exits 0 when the pack did not run or found nothing mandatory", async () => {
    const result = await runInProcess(base, path.join(FIXTURES, "policy-violation.json"), "--no-policy");
    assert.equal(result.code, 0);
    assert.match(result.stdout, /Not run: --no-policy was given\./);
  });

  it("exits 0 when the pack finds advisory violations only, as documented", async function () {
    this.timeout(60000);
    const advisory = path.join(tmp, "all-advisory.json");
    fs.writeFileSync(advisory, JSON.stringify({ all: "advisory" }));
    const result = await runInProcess(base, path.join(FIXTURES, "policy-violation.json"), "--policy-config", advisory);
    assert.match(result.stdout, /policy pack: ⚠️ passed with 2 advisory violations/);
    assert.equal(result.code, 0);
  });

  it("names the file and the key that is wrong, without a stack trace, and exits 2", async () => {
    const missing = await runInProcess(base, "no-such-plan.json", "--no-policy");
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^plan-diff: .*no-such-plan\.json: cannot read it \(ENOENT\)\n$/);
    const notAPlan = await runInProcess(base, path.join(FIXTURES, "README.md"), "--no-policy");
    assert.equal(notAPlan.code, 2);
    assert.match(notAPlan.stderr, /README\.md: not JSON/);
    assert.doesNotMatch(missing.stderr + notAPlan.stderr, /\n\s+at /);
    assert.throws(
      () => readPlanFile(path.join(FIXTURES, "base.verdict.json")),
      (e: Error) => e instanceof PlanFileError && /"project" must be a string/.test(e.message),
    );
  });

  it("refuses a policy config naming a policy the pack does not have, as audit does, with 2 and one line", async () => {
    const file = path.join(tmp, "misspelt-policy-config.json");
    fs.writeFileSync(file, JSON.stringify({ "cloudtrail-bucket-default-encrypton": "mandatory" }));
    const result = await runInProcess(base, base, "--policy-config", file);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, "");
    assert.match(
      result.stderr,
      /^plan-diff: .*misspelt-policy-config\.json: unknown policy 'cloudtrail-bucket-default-encrypton'; known: .*cloudtrail-multi-region/,
    );
  });

  it("refuses plans of two different stacks or projects, naming both, unless --allow-different-stacks", async () => {
    const prod = writePlan("prod.json", { ...plan("retention-changed"), stack: "prod" });
    const other = writePlan("other.json", { ...plan("retention-changed"), project: "other-project" });
    for (const [head, id] of [
      [prod, "aws-security-baseline/prod"],
      [other, "other-project/dev"],
    ]) {
      const refused = await runInProcess(base, head, "--no-policy");
      assert.equal(refused.code, 2);
      assert.equal(refused.stdout, "");
      assert.equal(
        refused.stderr,
        `plan-diff: ${base} is a plan of aws-security-baseline/dev but ${head} is a plan of ${id}: a diff of two different stacks or projects ` +
          "compares unrelated resources. Plan the same stack on both sides, or pass --allow-different-stacks if this is intended.\n",
      );
      const allowed = await runInProcess(base, head, "--no-policy", "--allow-different-stacks");
      assert.equal(allowed.code, 0, allowed.stderr);
      assert.match(allowed.stdout, new RegExp(`Base plan: \`aws-security-baseline/dev\``));
    }
  });

  it("names a --json-out file it cannot write, with 2 and one line", async () => {
    const result = await runInProcess(base, base, "--no-policy", "--json-out", path.join(tmp, "no-such-dir", "diff.json"));
    assert.deepEqual(result, {
      code: 2,
      stdout: "",
      stderr: `plan-diff: --json-out ${path.join(tmp, "no-such-dir", "diff.json")}: cannot write it (ENOENT)\n`,
    });
  });

  it("refuses usage errors with 2 and one line naming the flag", async () => {
    const cases: [string[], string][] = [
      [[base, base, "--jsonn"], "unknown flag --jsonn"],
      [[base, base, "--json-out"], "--json-out needs a value <file>"],
      [[base, base, "--policy-config", "--no-policy"], "--policy-config needs a value <file>"],
      [[base], "expected <base.json> <head.json>, got 1 argument(s)"],
      [[base, base, base], `expected <base.json> <head.json>, got an extra argument ${base}`],
    ];
    for (const [argv, message] of cases) {
      const result = await runInProcess(...argv);
      assert.deepEqual(
        result,
        { code: 2, stdout: "", stderr: `plan-diff: ${message} (see npm run -s plan-diff -- --help)\n` },
        argv.join(" "),
      );
    }
  });

  it("--help prints the usage to stdout, exits 0 and writes no file", () => {
    const out = path.join(tmp, "help.json");
    const result = spawnSync(process.execPath, [...TOOL, base, base, `--json-out=${out}`, "--help"], { cwd: ROOT, encoding: "utf8" });
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^Usage: npm run -s plan-diff -- <base\.json> <head\.json>/);
    for (const flag of ["--json", "--json-out <file>", "--no-policy", "--policy-config <file>", "--allow-different-stacks"])
      assert.ok(result.stdout.includes(flag), flag);
    assert.equal(result.stderr, "");
    assert.ok(!fs.existsSync(out), "--help wrote --json-out");
  });

  it("gives a pipe all of a large diff, byte for byte what --json-out=FILE gets", () => {
    const out = path.join(tmp, "diff.json");
    const result = spawnSync(process.execPath, [...TOOL, empty, large, "--no-policy", "--json", `--json-out=${out}`], {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.equal(result.status, 0, result.stderr);
    assert.ok(result.stdout.length > 200_000, `only ${result.stdout.length} bytes`);
    assert.equal(result.stdout, fs.readFileSync(out, "utf8"));
  });

  it("ends quietly (141, no stack trace) when the reader closes the pipe after the first line", async () => {
    const tool = spawn(process.execPath, [...TOOL, empty, large, "--no-policy", "--json"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    tool.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    await firstLine(tool.stdout);
    tool.stdout.destroy();
    assert.equal(await untilExit(tool), 141);
    assert.equal(stderr, "");
  });
});

describe("plan-diff: the exemptions a plan's own residency trails need", () => {
  it("are derived from the trails the baseline tags and names as residency trails, and none other", () => {
    assert.deepEqual(
      planExemptions(plan("residency")),
      residencyPolicyConfig("dev-security-baseline", { residencyTrails: [{ region: "eu-central-1", expireAfterDays: 3653 }] }),
    );
    assert.deepEqual(planExemptions(plan("base")), {});
    const untagged: Plan = {
      ...plan("residency"),
      resources: plan("residency").resources.map((r) =>
        r.type === "aws:cloudtrail/trail:Trail" ? { ...r, inputs: { ...r.inputs, tags: { team: "x" } } } : r,
      ),
    };
    assert.deepEqual(planExemptions(untagged), {}, "a single-region trail the baseline did not tag is judged");
  });
});

describe("plan-diff: plan files as Windows tools save them", () => {
  let tmp: string;
  before(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "plan-diff-encodings-"))));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  /** base.json written again with `bytes` (its text → the file's bytes). */
  const saved = (name: string, bytes: (text: string) => Buffer): string => {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, bytes(fs.readFileSync(path.join(FIXTURES, "base.json"), "utf8")));
    return file;
  };

  it("reads UTF-8 with a byte-order mark and UTF-16 with one (what PowerShell's `>` writes) as audit does", () => {
    const expected = plan("base");
    assert.deepEqual(readPlanFile(saved("bom.json", (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)]))), expected);
    assert.deepEqual(
      readPlanFile(saved("utf16le.json", (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")]))),
      expected,
    );
  });

  it("refuses UTF-16 without a byte-order mark in one line naming the file, not a garbled JSON error", () => {
    const file = saved("utf16-no-bom.json", (t) => Buffer.from(t, "utf16le"));
    assert.throws(
      () => readPlanFile(file),
      (e: Error) =>
        e instanceof PlanFileError &&
        e.message ===
          `${file}: looks like UTF-16 without a byte-order mark, which cannot be read reliably; save it as UTF-8 (in PowerShell: \`| Out-File -Encoding utf8\`)`,
    );
  });
});
