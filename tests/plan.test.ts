import { strict as assert } from "assert";
import { spawn, spawnSync } from "child_process";
import * as path from "path";
import { runCommand } from "../tools/lib/cli";
import { PLAN_COMMAND } from "../tools/plan/planCommand";
import { PLAN_INPUT_ERRORS, planMain } from "../tools/plan/planRun";
import { Plan } from "../tools/lib/planTypes";
import { firstLine, processAlive, processesIn, untilExit, waitUntil } from "./helpers/processes";

const ROOT = path.join(__dirname, "..");

const PLAN_TOOL = ["-r", "ts-node/register/transpile-only", path.join(ROOT, "tools", "plan", "main.ts")];
const POLICY_DIR = path.join(ROOT, "policy");

/** Runs `plan` as its own process, its stdout on a pipe. */
function runPlan(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [...PLAN_TOOL, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs `plan`'s command body in this process (parser, program under mocks, pack, exit code),
 * for the cases where the process boundary is not what is tested: a spawned tool costs a ts-node
 * start and a Pulumi load.
 */
async function planInProcess(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io = { out: (text: string) => void (stdout += text), err: (text: string) => void (stderr += text) };
  const status = await runCommand(PLAN_COMMAND, args, planMain, io, { inputErrors: PLAN_INPUT_ERRORS });
  return { status, stdout, stderr };
}

/** Policy-pack servers started from this worktree's policy folder with `marker` in their environment. */
const packServers = (marker: string): number[] => processesIn(POLICY_DIR, marker);

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

  it("fails when the planned resources break a mandatory policy, saying which and how to fix it", async () => {
    // --flag=value, the form the parser must accept as well as --flag value.
    const result = await planInProcess("--stack=short", `--config-file=${path.join(ROOT, "tests/fixtures/config/Pulumi.short-retention.yaml")}`, "--json");
    assert.equal(result.status, 1);
    JSON.parse(result.stdout);
    assert.match(result.stderr, /\[mandatory\] cloudtrail-log-group-retention: baseline-us-east-1-trail-logs: .*30 days.*365/);
  });

  it("prints the documented JSON for the dev stack and nothing else", () => {
    assert.deepEqual(Object.keys(plan).sort(), ["project", "resources", "stack"]);
    assert.equal(plan.project, "aws-security-baseline");
    assert.equal(plan.stack, "dev");
    for (const r of plan.resources) {
      assert.deepEqual(Object.keys(r).sort(), ["aliases", "dependsOn", "inputs", "name", "parent", "protect", "retainOnDelete", "type", "urn"]);
    }
    const trail = plan.resources.find((r) => r.type === "aws:cloudtrail/trail:Trail");
    assert.equal(trail?.inputs.isMultiRegionTrail, true);
    assert.equal(trail?.inputs.region, "eu-west-1");
    assert.ok(plan.resources.some((r) => r.type === "aws:cloudwatch/metricAlarm:MetricAlarm" && r.name.endsWith("break-glass-role-assumed")));
  });

  it("is byte-identical from one run to the next, and a pipe gets all of what the tool writes", async () => {
    // `first` came through a pipe from a separate process; this run writes the same plan in-process.
    const again = await planInProcess("--stack", "dev", "--json", "--no-policy");
    assert.equal(again.status, 0, again.stderr);
    assert.ok(first.length > 65536, "the plan outgrows a pipe's buffer, so the pipe run proves no output is lost");
    assert.equal(again.stdout, first);
  });

  it("fails on a bad config file with every problem on stderr and no JSON", async () => {
    const result = await planInProcess("--stack", "bad", "--config-file", path.join(ROOT, "tests/fixtures/config/Pulumi.bad.yaml"), "--json", "--no-policy");
    assert.equal(result.status, 2);
    assert.equal(result.stdout, "");
    for (const key of ["regions", "homeRegion", "alertEmails", "logRetentionDays"]) assert.match(result.stderr, new RegExp(`- ${key}: `));
    assert.doesNotMatch(result.stderr, /at .*\.ts:\d+/, "a config error must not print a stack trace");
  });

  it("fails on a malformed custom filter pattern, naming the entry and the position", async () => {
    const result = await planInProcess("--stack", "bad", "--config-file", path.join(ROOT, "tests/fixtures/config/Pulumi.bad-pattern.yaml"), "--json", "--no-policy");
    assert.equal(result.status, 2);
    assert.equal(result.stdout, "");
    assert.match(result.stderr, /customAlarms\[0\] \(bucket-deleted\)\.filterPattern: position \d+: /);
  });

  it("names a missing stack config file and exits 2", async () => {
    let stderr = "";
    const io = { out: () => assert.fail("wrote to stdout"), err: (text: string) => void (stderr += text) };
    assert.equal(await runCommand(PLAN_COMMAND, ["--stack", "nope", "--json", "--no-policy"], planMain, io, { inputErrors: PLAN_INPUT_ERRORS }), 2);
    assert.match(stderr, /^plan: .*Pulumi\.nope\.yaml does not exist: create it with `pulumi stack init nope`/);
  });
});

describe("npm run plan: command line", () => {
  it("--help prints the usage with every flag to stdout, exits 0 and plans nothing", () => {
    const result = spawnSync(process.execPath, [...PLAN_TOOL, "--help"], { cwd: ROOT, encoding: "utf8" });
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^Usage: npm run -s plan -- --stack <name>/);
    for (const flag of ["--stack <name>", "--config-file <file>", "--json", "--no-policy", "--help"]) assert.ok(result.stdout.includes(flag), flag);
    assert.equal(result.stderr, "");
  });

  it("refuses an unknown flag, a flag without its value, and a missing --stack with 2 and one line", async () => {
    const cases: [string[], string][] = [
      [["--stack", "dev", "--jsn"], "plan: unknown flag --jsn"],
      [["--stack", "--json"], "plan: --stack needs a value <name>"],
      [["--stack", "dev", "--config-file"], "plan: --config-file needs a value <file>"],
      [["--json"], "plan: --stack is required"],
    ];
    for (const [argv, message] of cases) {
      let stderr = "";
      let ran = false;
      const code = await runCommand(PLAN_COMMAND, argv, async () => ((ran = true), 0), { out: () => assert.fail("wrote to stdout"), err: (t) => void (stderr += t) });
      assert.deepEqual([code, ran, stderr], [2, false, `${message} (see npm run -s plan -- --help)\n`], argv.join(" "));
    }
  });

  it("ends quietly and stops its policy-pack server when the reader closes the pipe early (`| head -1`)", async function () {
    this.timeout(120000);
    const marker = `PLAN_PIPE_TEST=${process.pid}-${Date.now()}`;
    const [name, value] = marker.split("=");
    const tool = spawn(process.execPath, [...PLAN_TOOL, "--stack", "dev", "--json"], { cwd: ROOT, env: { ...process.env, [name]: value }, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    tool.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Every pack server this run starts, seen from its start (it lives from the tool's start to after the output).
    const packs = new Set<number>();
    const watch = setInterval(() => packServers(marker).forEach((pid) => packs.add(pid)), 50);
    try {
      // Read the first line and close the pipe: the rest of the plan (> 64 KiB) is still being written.
      await firstLine(tool.stdout);
      await waitUntil(() => packs.size > 0, "plan started no policy-pack server before its output");
      tool.stdout.destroy();
      assert.equal(await untilExit(tool), 141);
    } finally {
      clearInterval(watch);
    }
    assert.equal(stderr, "", "no stack trace, no message");
    for (const pack of packs) await waitUntil(() => !processAlive(pack), `policy-pack server ${pack} still running after plan ended`);
  });
});
