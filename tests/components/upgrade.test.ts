/**
 * Upgrading a stack deployed with 0.1, when each region part was a MonitoringBaseline at the
 * stack's root: every resource must be found under its old URN through the region parts'
 * aliases (engine rule: a child inherits its parent's aliases), so `pulumi up` replaces nothing:
 * not the protected key and buckets, nor the trail.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { buildPlan } from "../../tools/lib/plan";
import { PlanDiff, diffPlans } from "../../tools/plan-diff/planDiff";
import { checkPlan } from "../../tools/plan-diff/planDiffInput";
import { Plan } from "../../tools/lib/planTypes";

const FIXTURES = path.join(__dirname, "..", "fixtures");
const read = (file: string) => checkPlan(JSON.parse(fs.readFileSync(path.join(FIXTURES, file), "utf8")), file);

describe("upgrading a 0.1 stack to the one-component MonitoringBaseline", () => {
  // The base config's committed plan at 0.1.0 (commit 668aefc) against today's program's plan of the same config.
  const old = read("upgrade/base-0.1.0.json");
  let after: Plan;
  let diff: PlanDiff;
  before(async () => {
    after = (
      await buildPlan({
        projectDir: path.join(__dirname, "..", ".."),
        stack: "dev",
        configFile: path.join(FIXTURES, "upgrade", "base-0.1.0.yaml"),
      })
    ).plan;
    diff = diffPlans(old, after);
  });

  it("keeps every 0.1 resource: none removed, each old URN carried by an alias", () => {
    assert.deepEqual(diff.removed, []);
    assert.equal(diff.moved.length, old.resources.length);
    assert.ok(old.resources.some((r) => r.type === "aws:kms/key:Key") && old.resources.some((r) => r.type === "aws:s3/bucket:Bucket"));
  });

  it("adds only the new top-level component, the investigation parts (new in 0.2) and the finding rules, and replaces nothing", () => {
    // guardDuty, securityHub and awsConfig default to existing: an upgrade creates no detector
    // (which would fail where one is on), only the rules that route their findings, and the
    // delivery-failure alarm of the extra group of rules.
    const findingRouting = (r: { type: string; name: string }) =>
      (/-rule-(guardduty-findings|securityhub-findings|config-noncompliant)(-target)?$/.test(r.name) &&
        r.type.startsWith("aws:cloudwatch/event")) ||
      (r.type === "aws:cloudwatch/metricAlarm:MetricAlarm" && /-alarm-realtime-delivery-failed-\d+$/.test(r.name));
    const other = diff.added.filter(
      (r) => r.type !== "baseline:index:MonitoringBaseline" && !r.urn.includes("baseline:investigate:Investigation") && !findingRouting(r),
    );
    assert.deepEqual(other, []);
    assert.equal(diff.added.filter((r) => r.type === "aws:cloudwatch/eventRule:EventRule" && findingRouting(r)).length, 6);
    assert.ok(!diff.added.some((r) => /guardduty|securityhub|cfg/.test(r.type.split("/")[0])), "no detector is created");
    assert.equal(diff.added.filter((r) => r.type === "baseline:index:MonitoringBaseline").length, 1);
    // Changed in place, nothing replaced: the delivery-failure alarms now also watch the
    // self-healing trail's rules (home region) and say so; the watched secret's filter and rules
    // now also catch reads by partial ARN and in every partition, and leave out look-alike ARNs;
    // two alarms' descriptions name their references as a reader can look them up.
    assert.deepEqual([...new Set(diff.changed.map((c) => `${c.type} ${c.replace}`))].sort(), [
      "aws:cloudwatch/eventRule:EventRule false",
      "aws:cloudwatch/logMetricFilter:LogMetricFilter false",
      "aws:cloudwatch/metricAlarm:MetricAlarm false",
    ]);
    assert.ok(
      diff.changed.every((c) =>
        c.type === "aws:cloudwatch/metricAlarm:MetricAlarm"
          ? /-alarm-(realtime-delivery-failed(-\d+)?|ec2-instance-changes|secrets-manager-secret-read)$/.test(c.name)
          : /-(filter|rule)-secrets-manager-secret-read$/.test(c.name),
      ),
      diff.changed.map((c) => c.name).join(", "),
    );
    assert.deepEqual(diff.warnings, []);
  });

  it("declares the alias on the region parts themselves (the engine derives their children's)", () => {
    const parts = after.resources.filter((r) => r.type === "baseline:region:RegionBaseline");
    assert.deepEqual(
      parts.map((p) => p.aliases),
      parts.map((p) => [`urn:pulumi:dev::aws-security-baseline::baseline:index:MonitoringBaseline::${p.name}`]),
    );
    assert.ok(after.resources.filter((r) => !r.type.startsWith("baseline:region:")).every((r) => (r.aliases ?? []).length === 0));
  });
});
