import { strict as assert } from "assert";
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { buildPlan } from "../tools/lib/plan";
import { Plan } from "../tools/lib/planTypes";

const ROOT = path.join(__dirname, "..");
const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
const costs = fs.readFileSync(path.join(ROOT, "docs", "costs.md"), "utf8");

/** The Quick start must be on the front page: its heading and its shell blocks within these lines. */
const FRONT_PAGE_LINES = 120;

interface ShellBlock {
  /** 1-based line numbers of the opening and closing fences. */
  readonly from: number;
  readonly to: number;
  /** Each command as written, without its trailing `# comment`. */
  readonly commands: readonly string[];
}

/**
 * The section under `heading` (up to the next heading of its level or higher, outside code
 * fences): its 1-based heading line and its ```sh blocks.
 */
function section(text: string, heading: string): { line: number; blocks: ShellBlock[] } {
  const lines = text.split("\n");
  const start = lines.indexOf(heading);
  assert.ok(start >= 0, `README.md has no line "${heading}"`);
  const level = /^#+/.exec(heading)![0].length;
  const blocks: ShellBlock[] = [];
  let open: { from: number; sh: boolean; commands: string[] } | undefined;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (open) {
      if (line.startsWith("```")) {
        if (open.sh) blocks.push({ from: open.from, to: i + 1, commands: open.commands });
        open = undefined;
      } else {
        const command = line.replace(/\s+#.*$/, "").trim();
        if (command !== "" && !command.startsWith("#")) open.commands.push(command);
      }
      continue;
    }
    if (line.startsWith("```")) open = { from: i + 1, sh: /^```(sh|bash|shell)\s*$/.test(line), commands: [] };
    else if (new RegExp(`^#{1,${level}} `).test(line)) break;
  }
  return { line: start + 1, blocks };
}

/** Runs a command as a shell would run a line of plain words (no quotes, no expansions). */
function run(command: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  assert.match(command, /^[\w./=-]+( [\w./=-]+)*$/, `not a command of plain words: ${command}`);
  const [program, ...args] = command.split(" ");
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

describe("README", () => {
  describe("Quick start", function () {
    this.timeout(60_000);
    const quickStart = (): { line: number; blocks: ShellBlock[] } => section(readme, "## Quick start");
    const commandsOf = (blocks: readonly ShellBlock[]): string[] => blocks.flatMap((b) => b.commands);

    it(`is within the first ${FRONT_PAGE_LINES} lines, starts with npm ci and plans the dev stack offline`, () => {
      const { line, blocks } = quickStart();
      const commands = commandsOf(blocks);
      assert.ok(blocks.length > 0, "the Quick start has no ```sh block");
      const last = blocks[blocks.length - 1];
      assert.ok(line <= FRONT_PAGE_LINES && last.to <= FRONT_PAGE_LINES, `the Quick start's commands span lines ${line}-${last.to}`);
      assert.equal(blocks[0].commands[0], "npm ci", "the first command installs");
      assert.ok(commands.includes("npm run -s plan -- --stack dev"), `no offline plan among ${JSON.stringify(commands)}`);
    });

    it("runs its offline plan as written: the dev stack's resources and the pack's verdict", async () => {
      // The offline commands it can run here: the plans. `npm ci` would reinstall, `npm test` would run this suite.
      const plans = commandsOf(quickStart().blocks).filter((c) => c.startsWith("npm run -s plan "));
      assert.ok(plans.length > 0, "the Quick start runs no plan");
      for (const command of plans) {
        const result = await run(command);
        assert.equal(result.status, 0, `${command} exited ${result.status}: ${result.stderr}`);
        const lines = result.stdout.trimEnd().split("\n");
        const count = /^Plan for aws-security-baseline\/dev: (\d+) resources to create$/.exec(lines[0]);
        assert.ok(count, `${command} printed no plan: ${lines[0]}`);
        const resources = lines.filter((line) => /^\s+\+ \S+ {2}\S+/.test(line));
        assert.equal(resources.length, Number(count[1]), "one line per planned resource");
        assert.ok(resources.includes("  + baseline:index:MonitoringBaseline  baseline"), "the component is the root");
        assert.ok(
          resources.some((line) => /\+ aws:cloudtrail\/trail:Trail {2}\S+ \[[a-z0-9-]+\]/.test(line)),
          "the trail is planned, with its Region",
        );
        assert.equal(lines[lines.length - 1], "Policy pack: no violation.");
      }
    });
  });

  /** How docs/costs.md states a plan's keys, alarm metrics and rules. A metric math alarm is billed per metric it references. */
  function pricedSentence(resources: readonly { type: string; inputs: Record<string, unknown> }[]): string {
    const alarms = resources.filter((r) => r.type === "aws:cloudwatch/metricAlarm:MetricAlarm");
    const queries = (a: (typeof alarms)[number]) => a.inputs.metricQueries as { metric?: unknown }[] | undefined;
    const math = alarms.filter((a) => queries(a));
    const referenced = math.reduce((n, a) => n + queries(a)!.filter((q) => q.metric).length, 0);
    const single = alarms.length - math.length;
    const keys = resources.filter((r) => r.type === "aws:kms/key:Key").length;
    const rules = resources.filter((r) => r.type === "aws:cloudwatch/eventRule:EventRule").length;
    const metrics = single + referenced;
    return `has ${keys} key${keys === 1 ? "" : "s"}, ${single} single-metric alarms and ${rules} rules under ${math.length} delivery-failure alarms: ${metrics} alarm metrics ($${(metrics / 10).toFixed(2)})`;
  }

  it("prices the dev stack's alarm metrics as its committed plan has them (docs/costs.md)", () => {
    // tests/fixtures/plans/base.json is the dev stack as committed (regenerate.sh).
    const plan = JSON.parse(fs.readFileSync(path.join(__dirname, "fixtures", "plans", "base.json"), "utf8")) as Plan;
    const sentence = pricedSentence(plan.resources);
    assert.ok(costs.replace(/\s+/g, " ").includes(sentence), `docs/costs.md should say: ${sentence}`);
  });

  it("prices the default stack as its plan has it, in the sentence and the table (docs/costs.md)", async () => {
    const { plan } = await buildPlan({
      projectDir: ROOT,
      stack: "defaults",
      configFile: path.join(ROOT, "tests/fixtures/config/Pulumi.defaults.yaml"),
    });
    const sentence = pricedSentence(plan.resources);
    const text = costs.replace(/\s+/g, " ");
    assert.ok(text.includes(`The default stack (us-east-1 only; `) && text.includes(sentence), `docs/costs.md should say: ${sentence}`);
    const metrics = Number(/: (\d+) alarm metrics/.exec(sentence)![1]);
    assert.ok(text.includes(`fixed (us-east-1 only: 1 key, ${metrics} alarm metrics, ~5 active metrics)`), "the table's heading");
    const fixed = (1 + metrics / 10 + 1.5).toFixed(2);
    assert.ok(
      text.includes(`| 10,000 | $0.23 | $1 + $${(metrics / 10).toFixed(2)} + $1.50 = $${fixed} |`),
      `the table's fixed part, $${fixed}`,
    );
  });
});
