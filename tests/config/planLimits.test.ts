/**
 * Deploy truth by construction: every value a stack of the matrix plans passes the AWS
 * provider's plan-time validators, the API's constraints and AWS's documented limits
 * (lib/providerRules.ts, lib/awsLimits.ts), every planned (type, path) has a rule, and every
 * known escape has its verdict: it plans clean, or configuration refuses it naming its key.
 *
 * The matrix (tests/fixtures/config/matrix, with the committed dev stack): each key at its
 * minimum and its maximum, the aws, aws-us-gov and aws-cn partitions, an organization trail from
 * a delegated administrator, a member of a central archive and the archive of members, flow logs
 * to S3 and to CloudWatch Logs, residency trails, Slack, and investigation on and off.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { loadSettings } from "../../config";
import { lifecycleWarnings } from "../../settings/archive";
import { ConfigError } from "../../settings/problems";
import { buildPlan, projectAndConfig } from "../../tools/lib/plan";
import { PlanResource } from "../../tools/lib/planTypes";
import { planLimitProblems, planRuleReport } from "./planChecker";
import { diffPlans } from "../../tools/plan-diff/planDiff";
import * as pulumi from "@pulumi/pulumi";

const ROOT = path.join(__dirname, "..", "..");
const FIXTURES = path.join(__dirname, "..", "fixtures", "config");
const fixtureFiles = (dir: string): string[] =>
  fs
    .readdirSync(path.join(FIXTURES, dir))
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => path.join(FIXTURES, dir, f));
const stackOf = (file: string): string => path.basename(file).replace(/^Pulumi\.|\.yaml$/g, "");

/** The matrix: the committed dev stack and the fixtures. */
const MATRIX = [path.join(ROOT, "Pulumi.dev.yaml"), ...fixtureFiles("matrix")];

/** The home Region of a plan: where its first Region part lives (it names the provider's partition). */
function homeRegionOf(resources: readonly PlanResource[]): string {
  const regions = resources.map((r) => r.inputs.region).filter((r): r is string => typeof r === "string");
  assert.ok(regions.length > 0, "no resource with a region");
  return regions[0];
}

const plans = new Map<string, Promise<PlanResource[]>>();
function planOf(file: string): Promise<PlanResource[]> {
  let plan = plans.get(file);
  if (!plan) {
    plan = buildPlan({ projectDir: ROOT, stack: stackOf(file), configFile: file }).then((built) => [...built.plan.resources]);
    plans.set(file, plan);
  }
  return plan;
}

describe("every stack of the matrix plans only values the provider and AWS accept", () => {
  it("holds at most 12 stacks, the dev stack among them", () => {
    assert.ok(MATRIX.length <= 12, `${MATRIX.length} stacks`);
    assert.ok(MATRIX.some((f) => stackOf(f) === "dev"));
  });

  for (const file of MATRIX) {
    it(`${stackOf(file)}: every planned value passes its rules, and every planned (type, path) has one`, async () => {
      const resources = await planOf(file);
      assert.ok(resources.length > 30, `${stackOf(file)} planned ${resources.length} resources`);
      assert.deepEqual(planRuleReport(resources, homeRegionOf(resources)), { problems: [], unruled: [] });
    });
  }

  it("spans the three partitions, every Region part and the optional parts the issue names", async () => {
    const all = (await Promise.all(MATRIX.map(planOf))).flat();
    const regions = new Set(all.map((r) => r.inputs.region).filter((r): r is string => typeof r === "string"));
    for (const region of ["us-east-1", "af-south-1", "us-gov-west-1", "us-gov-east-1", "cn-north-1", "cn-northwest-1"]) {
      assert.ok(regions.has(region), region);
    }
    const types = new Set(all.map((r) => r.type));
    for (const type of [
      "aws:ec2/flowLog:FlowLog",
      "aws:chatbot/slackChannelConfiguration:SlackChannelConfiguration",
      "aws:athena/workgroup:Workgroup",
      "aws:cloudwatch/queryDefinition:QueryDefinition",
      "aws:lambda/function:Function",
    ]) {
      assert.ok(types.has(type), type);
    }
    const flowLogs = all.filter((r) => r.type === "aws:ec2/flowLog:FlowLog");
    assert.deepEqual([...new Set(flowLogs.map((f) => f.inputs.logDestinationType))].sort(), ["cloud-watch-logs", "s3"]);
    assert.ok(all.some((r) => r.type === "aws:cloudtrail/trail:Trail" && r.inputs.isOrganizationTrail === true));
    assert.ok(
      all.some((r) => r.type === "aws:cloudtrail/trail:Trail" && r.inputs.isMultiRegionTrail === false),
      "a residency trail",
    );
  });

  it("the checker finds a name, a description in UTF-8 bytes and a per-rule count that break the rules", async () => {
    const resources = await planOf(path.join(FIXTURES, "matrix", "Pulumi.maximums.yaml"));
    const rule = resources.find((r) => r.type === "aws:cloudwatch/eventRule:EventRule");
    const alarm = resources.find((r) => r.type === "aws:cloudwatch/metricAlarm:MetricAlarm");
    const target = resources.find((r) => r.type === "aws:cloudwatch/eventTarget:EventTarget");
    assert.ok(rule && alarm && target);
    const broken: PlanResource[] = [
      { ...rule, inputs: { ...rule.inputs, name: "org.trail-root usage" } },
      { ...alarm, inputs: { ...alarm.inputs, alarmDescription: "é".repeat(513) } },
      ...Array.from({ length: 6 }, () => target),
    ];
    const problems = planLimitProblems(broken);
    assert.equal(problems.length, 4, JSON.stringify(problems));
    assert.match(problems[0], /name: provider: "org.trail-root usage" must match \^\[0-9A-Za-z_.-\]\+\$/);
    assert.match(problems[1], /name: API: "org.trail-root usage" does not match the API's pattern/);
    assert.match(problems[2], /alarmDescription: provider: 1026 bytes; expected 0-1024 UTF-8 bytes/);
    assert.match(problems[3], /^6 targets in rule .*; at most 5/);
  });

  it("the checker lists a planned (type, path) without a rule, and a type without rules", async () => {
    const resources = await planOf(MATRIX[0]);
    const topic = resources.find((r) => r.type === "aws:sns/topic:Topic")!;
    const report = planRuleReport([
      { ...topic, inputs: { ...topic.inputs, deliveryPolicyy: "{}" } },
      { ...topic, type: "aws:sqs/queue:Queue" },
    ]);
    assert.deepEqual(report.unruled, ["aws:sns/topic:Topic deliveryPolicyy", "aws:sqs/queue:Queue (no rules for the type)"]);
  });
});

describe("query definitions renamed to valid names", () => {
  it("are updated in place: plan-diff shows the name change and no replacement", async () => {
    const after = await planOf(MATRIX[0]);
    // The names the dev stack deployed before they were made valid: "<trail>/Events behind the alarm: <title>".
    const before = after.map((r) =>
      r.type === "aws:cloudwatch/queryDefinition:QueryDefinition"
        ? { ...r, inputs: { ...r.inputs, name: String(r.inputs.name).replace(" – ", ": ") } }
        : r,
    );
    const diff = diffPlans({ project: "p", stack: "dev", resources: before }, { project: "p", stack: "dev", resources: after });
    const renamed = diff.changed.filter((c) => c.type === "aws:cloudwatch/queryDefinition:QueryDefinition");
    assert.ok(renamed.length >= 10, `${renamed.length} renamed`);
    for (const change of renamed) {
      assert.equal(change.replace, false, change.name);
      assert.deepEqual(
        change.changes.map((c) => c.path),
        ["name"],
      );
    }
    assert.deepEqual(diff.warnings, []);
    assert.deepEqual([diff.added.length, diff.removed.length, diff.changed.length], [0, 0, renamed.length]);
  });
});

/** `# verdict: refused <key>` | `accepted[, warns <key>]` | `plans[, warns <key>]`: the first line of each escape fixture. */
interface Verdict {
  readonly outcome: "refused" | "accepted" | "plans";
  readonly key?: string;
  readonly warns?: string;
}

function verdictOf(file: string): Verdict {
  const first = fs.readFileSync(file, "utf8").split("\n")[0];
  const match = /^# verdict: (?:refused (\S+)|(accepted|plans)(?:, warns (\S+))?)$/.exec(first);
  assert.ok(match, `${file}: the first line must be "# verdict: refused <key> | accepted[, warns <key>] | plans[, warns <key>]"`);
  if (match[1]) return { outcome: "refused", key: match[1] };
  return { outcome: match[2] as "accepted" | "plans", warns: match[3] };
}

/** The stack's settings as the program resolves them, or the ConfigError's problems. */
function settingsOrProblems(file: string): { problems: readonly string[]; warnings: string[] } {
  const { project, config } = projectAndConfig({ projectDir: ROOT, stack: stackOf(file), configFile: file });
  pulumi.runtime.setAllConfig(config);
  try {
    return { problems: [], warnings: lifecycleWarnings(loadSettings(project.name)) };
  } catch (error) {
    if (error instanceof ConfigError) return { problems: error.problems, warnings: [] };
    throw error;
  } finally {
    pulumi.runtime.setAllConfig({});
  }
}

describe("every known escape has its verdict: it plans clean, or configuration refuses it naming its key", () => {
  for (const file of fixtureFiles("escapes")) {
    const verdict = verdictOf(file);
    const title =
      verdict.outcome === "refused"
        ? `${stackOf(file)}: refused, naming ${verdict.key}`
        : `${stackOf(file)}: ${verdict.outcome}${verdict.warns ? `, with a warning naming ${verdict.warns}` : ""}`;
    it(title, async () => {
      const { problems, warnings } = settingsOrProblems(file);
      if (verdict.outcome === "refused") {
        assert.ok(
          problems.some((p) => p.startsWith(`${verdict.key}:`)),
          `expected a problem naming ${verdict.key}, got ${JSON.stringify(problems)}`,
        );
        return;
      }
      assert.deepEqual(problems, []);
      assert.deepEqual(
        warnings.map((w) => w.slice(0, w.indexOf(":"))),
        verdict.warns ? [verdict.warns] : [],
      );
      if (verdict.outcome === "plans") {
        const resources = await planOf(file);
        assert.deepEqual(planRuleReport(resources, homeRegionOf(resources)), { problems: [], unruled: [] });
      }
    });
  }
});
