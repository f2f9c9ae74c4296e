import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as path from "path";
import { Plan } from "../tools/lib/planTypes";

const ROOT = path.join(__dirname, "..");

export function runPlan(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", path.join(ROOT, "tools", "plan.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: "1" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run plan", () => {
  let plan: Plan;
  let first: string;
  let verdict: string;
  before(() => {
    const result = runPlan("--stack", "dev", "--json");
    assert.equal(result.status, 0, result.stderr);
    first = result.stdout;
    verdict = result.stderr;
    plan = JSON.parse(result.stdout) as Plan;
  });

  it("passes its own policy pack with no violation", () => {
    assert.match(verdict, /^Policy pack: no violation\.$/m);
  });

  it("fails when the planned resources break a mandatory policy, saying which and how to fix it", () => {
    const result = runPlan("--stack", "short", "--config-file", path.join(ROOT, "tests/fixtures/config/Pulumi.short-retention.yaml"), "--json");
    assert.equal(result.status, 1);
    JSON.parse(result.stdout);
    assert.match(result.stderr, /\[mandatory\] cloudtrail-log-group-retention: baseline-us-east-1-trail-logs: .*30 days.*365/);
  });

  it("prints the documented JSON for the dev stack and nothing else", () => {
    assert.deepEqual(Object.keys(plan).sort(), ["project", "resources", "stack"]);
    assert.equal(plan.project, "aws-security-baseline");
    assert.equal(plan.stack, "dev");
    for (const r of plan.resources) {
      assert.deepEqual(Object.keys(r).sort(), ["dependsOn", "inputs", "name", "parent", "protect", "retainOnDelete", "type", "urn"]);
    }
    const trail = plan.resources.find((r) => r.type === "aws:cloudtrail/trail:Trail");
    assert.equal(trail?.inputs.isMultiRegionTrail, true);
    assert.equal(trail?.inputs.region, "eu-west-1");
    assert.ok(plan.resources.some((r) => r.type === "aws:cloudwatch/metricAlarm:MetricAlarm" && r.name.endsWith("break-glass-role-assumed")));
  });

  it("is byte-identical from one run to the next", () => {
    assert.equal(runPlan("--stack", "dev", "--json", "--no-policy").stdout, first);
  });

  it("fails on a bad config file with every problem on stderr and no JSON", () => {
    const result = runPlan("--stack", "bad", "--config-file", path.join(ROOT, "tests/fixtures/config/Pulumi.bad.yaml"), "--json", "--no-policy");
    assert.equal(result.status, 1);
    assert.equal(result.stdout, "");
    for (const key of ["regions", "homeRegion", "alertEmails", "logRetentionDays"]) assert.match(result.stderr, new RegExp(`- ${key}: `));
    assert.doesNotMatch(result.stderr, /at .*\.ts:\d+/, "a config error must not print a stack trace");
  });

  it("fails on a malformed custom filter pattern, naming the entry and the position", () => {
    const result = runPlan("--stack", "bad", "--config-file", path.join(ROOT, "tests/fixtures/config/Pulumi.bad-pattern.yaml"), "--json", "--no-policy");
    assert.equal(result.status, 1);
    assert.equal(result.stdout, "");
    assert.match(result.stderr, /customAlarms\[0\] \(bucket-deleted\)\.filterPattern: position \d+: /);
  });

  it("names a missing stack config file", () => {
    const result = runPlan("--stack", "nope", "--json", "--no-policy");
    assert.equal(result.status, 1);
    assert.match(result.stderr, /Pulumi\.nope\.yaml does not exist/);
  });
});
