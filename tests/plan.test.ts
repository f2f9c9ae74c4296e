import { strict as assert } from "assert";
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCommand } from "../tools/lib/cli";
import { PLAN_COMMAND } from "../tools/plan/planCommand";
import { PLAN_INPUT_ERRORS, planMain } from "../tools/plan/planRun";
import { Plan } from "../tools/lib/planTypes";
import { settle } from "../tools/lib/mockRuntime";
import * as pulumiResourceRuntime from "@pulumi/pulumi/runtime/resource";
import { residencyPolicyConfig } from "../settings/coverage";
import { firstLine, processAlive, processesIn, untilExit, waitUntil } from "./helpers/processes";
import { toolArgs } from "./helpers/toolProcess";

const ROOT = path.join(__dirname, "..");

const PLAN_TOOL = toolArgs("plan");
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
 * for the cases where the process boundary is not what is tested: a spawned tool costs a process
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
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "plan-test-"));
    const result = runPlan("--stack", "dev", "--json");
    assert.equal(result.status, 0, result.stderr);
    first = result.stdout;
    verdict = result.stderr;
    plan = JSON.parse(result.stdout) as Plan;
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("passes its own policy pack with no violation, and exempts nothing in a stack without residency trails", () => {
    assert.equal(verdict, "Policy pack: no violation.\n");
  });

  it("fails when the planned resources break a mandatory policy, saying which and how to fix it", async () => {
    // --flag=value, the form the parser must accept as well as --flag value.
    const result = await planInProcess(
      "--stack=short",
      `--config-file=${path.join(ROOT, "tests/fixtures/config/Pulumi.short-retention.yaml")}`,
      "--json",
    );
    assert.equal(result.status, 1);
    JSON.parse(result.stdout);
    // No residency trails: nothing exempted, nothing said before the verdict.
    assert.match(
      result.stderr,
      /^Policy pack: \d+ violation\(s\)\.\n {2}\[mandatory\] cloudtrail-log-group-retention: baseline-us-east-1-trail-logs: .*30 days.*365/,
    );
  });

  it("prints the documented JSON for the dev stack and nothing else", () => {
    assert.deepEqual(Object.keys(plan).sort(), ["project", "resources", "stack"]);
    assert.equal(plan.project, "aws-security-baseline");
    assert.equal(plan.stack, "dev");
    for (const r of plan.resources) {
      assert.deepEqual(Object.keys(r).sort(), [
        "aliases",
        "dependsOn",
        "inputs",
        "name",
        "parent",
        "protect",
        "retainOnDelete",
        "type",
        "urn",
      ]);
    }
    const trail = plan.resources.find((r) => r.type === "aws:cloudtrail/trail:Trail");
    assert.equal(trail?.inputs.isMultiRegionTrail, true);
    assert.equal(trail?.inputs.region, "eu-west-1");
    assert.ok(
      plan.resources.some((r) => r.type === "aws:cloudwatch/metricAlarm:MetricAlarm" && r.name.endsWith("break-glass-role-assumed")),
    );
  });

  it("is byte-identical from one run to the next, and a pipe gets all of what the tool writes", async () => {
    // `first` came through a pipe from a separate process; this run writes the same plan in-process.
    // --write-policy-config changes nothing printed; a stack without residency trails exempts nothing.
    const written = path.join(tmp, "dev.policy-config.json");
    const again = await planInProcess("--stack", "dev", "--json", "--no-policy", "--write-policy-config", written);
    assert.equal(again.status, 0, again.stderr);
    assert.equal(fs.readFileSync(written, "utf8"), "{}\n");
    assert.ok(first.length > 65536, "the plan outgrows a pipe's buffer, so the pipe run proves no output is lost");
    assert.equal(again.stdout, first);
  });

  it("fails on a bad config file with every problem on stderr and no JSON", async () => {
    const result = await planInProcess(
      "--stack",
      "bad",
      "--config-file",
      path.join(ROOT, "tests/fixtures/config/Pulumi.bad.yaml"),
      "--json",
      "--no-policy",
    );
    assert.equal(result.status, 2);
    assert.equal(result.stdout, "");
    for (const key of ["regions", "homeRegion", "alertEmails", "logRetentionDays"]) assert.match(result.stderr, new RegExp(`- ${key}: `));
    assert.doesNotMatch(result.stderr, /at .*\.ts:\d+/, "a config error must not print a stack trace");
  });

  it("fails on a malformed custom filter pattern, naming the entry and the position", async () => {
    const result = await planInProcess(
      "--stack",
      "bad",
      "--config-file",
      path.join(ROOT, "tests/fixtures/config/Pulumi.bad-pattern.yaml"),
      "--json",
      "--no-policy",
    );
    assert.equal(result.status, 2);
    assert.equal(result.stdout, "");
    assert.match(result.stderr, /customAlarms\[0\] \(bucket-deleted\)\.filterPattern: position \d+: /);
  });

  it("stopped (SIGINT, SIGTERM) at any step, ends with 130 or 143, printing and writing nothing", async () => {
    const written = path.join(tmp, "stopped.json");
    // Pulumi's runtime registers each resource through this module's export, looked up at each call.
    const runtime = pulumiResourceRuntime as { registerResource: (...args: unknown[]) => unknown };
    const register = runtime.registerResource;
    for (const [by, code, when] of [
      ["SIGINT", 130, "at once"],
      ["SIGTERM", 143, "at once"],
      // Mid-program, whatever the machine's speed: as the 20th resource registers.
      ["SIGTERM", 143, "while planning"],
    ] as const) {
      let stdout = "";
      const controller = new AbortController();
      const io = { out: (text: string) => void (stdout += text), err: () => undefined };
      let registered = 0;
      if (when === "while planning") {
        runtime.registerResource = (...args: unknown[]) => {
          if (++registered === 20) controller.abort(by);
          return register(...args);
        };
      }
      try {
        const running = runCommand(PLAN_COMMAND, ["--stack", "dev", "--write-policy-config", written], planMain, io, {
          inputErrors: PLAN_INPUT_ERRORS,
          signal: controller.signal,
        });
        if (when === "at once") setTimeout(() => controller.abort(by), 0);
        assert.equal(await running, code, `${by} ${when}`);
      } finally {
        runtime.registerResource = register;
      }
      if (when === "while planning") assert.ok(registered >= 20, `stopped after ${registered} registrations`);
      assert.equal(stdout, "", `${by} ${when}`);
      assert.ok(!fs.existsSync(written), "a stopped plan writes no policy config");
      // What the stopped program had started still registers: let it finish before the next plan in this process.
      await settle();
    }
  });

  it("names a missing stack config file and exits 2", async () => {
    let stderr = "";
    const io = { out: () => assert.fail("wrote to stdout"), err: (text: string) => void (stderr += text) };
    assert.equal(
      await runCommand(PLAN_COMMAND, ["--stack", "nope", "--json", "--no-policy"], planMain, io, { inputErrors: PLAN_INPUT_ERRORS }),
      2,
    );
    assert.match(stderr, /^plan: .*Pulumi\.nope\.yaml does not exist: create it with `pulumi stack init nope`/);
  });
});

/**
 * A stack with a residency trail passes its own pack: `plan` merges the exemptions its residency
 * trails need (residencyPolicyConfig, from the stack's resolved settings) into the config it runs
 * the pack with, says so, and writes that config for `pulumi preview --policy-pack-config`.
 */
describe("npm run plan: the residency trails' exemptions", () => {
  const STACK_CONFIG = path.join(ROOT, "tests/fixtures/config/Pulumi.residency.yaml");
  const TEAM_CONFIG = path.join(ROOT, "tests/fixtures/config/policy-config.team.json");
  const TRAIL = "acme-baseline-residency-eu-central-1";
  const LINE =
    `Policy pack config: the stack's residency trails (${TRAIL}) are exempt from cloudtrail-multi-region, cloudtrail-global-service-events, ` +
    "cloudtrail-cis-monitoring-alarms (residencyTrails; --write-policy-config writes this config for pulumi preview).\n";
  /** What the stack's settings (trailName acme-baseline, one residency trail in eu-central-1) call for. */
  const OWN = residencyPolicyConfig("acme-baseline", { residencyTrails: [{ region: "eu-central-1", expireAfterDays: 3653 }] });
  let tmp: string;
  before(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "plan-residency-"))));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("plans a residency stack with exit 0, naming the exempted trail and policies on stdout before the verdict; writes exactly residencyPolicyConfig's entries", async () => {
    const written = path.join(tmp, "own.json");
    const result = await planInProcess("--stack", "residency", "--config-file", STACK_CONFIG, "--write-policy-config", written);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.equal(result.stderr, "");
    assert.ok(result.stdout.endsWith(`${LINE}Policy pack: no violation.\n`), result.stdout.slice(-600));
    assert.equal(fs.readFileSync(written, "utf8"), `${JSON.stringify(OWN, null, 2)}\n`);
  });

  it("with --json, says it on stderr with the verdict, keeps the plan JSON's shape, and writes the user's config merged with the exemptions", async () => {
    const written = path.join(tmp, "policy-config.json");
    const result = await planInProcess(
      "--stack",
      "residency",
      "--config-file",
      STACK_CONFIG,
      "--json",
      "--policy-config",
      TEAM_CONFIG,
      "--write-policy-config",
      written,
    );
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, `${LINE}Policy pack: no violation.\n`);
    const planned = JSON.parse(result.stdout) as Plan;
    assert.deepEqual(Object.keys(planned).sort(), ["project", "resources", "stack"]);
    assert.ok(planned.resources.some((r) => r.type === "aws:cloudtrail/trail:Trail" && r.inputs.name === TRAIL));
    // The team's file, the residency entries merged in: the team's levels and other entries kept,
    // its exemptTrails first, no trail twice. Exactly what `pulumi preview` is then given.
    assert.deepEqual(Object.keys(OWN), ["cloudtrail-multi-region", "cloudtrail-global-service-events", "cloudtrail-cis-monitoring-alarms"]);
    const expected = {
      "cloudtrail-multi-region": { enforcementLevel: "advisory", exemptTrails: ["team-us-trail", TRAIL] },
      "cloudtrail-global-service-events": {
        enforcementLevel: "mandatory",
        exemptTrails: OWN["cloudtrail-global-service-events"].exemptTrails,
      },
      "vpc-flow-logs": { exemptVpcs: ["legacy-*"] },
      "cloudtrail-cis-monitoring-alarms": OWN["cloudtrail-cis-monitoring-alarms"],
    };
    assert.equal(fs.readFileSync(written, "utf8"), `${JSON.stringify(expected, null, 2)}\n`);
  });

  it("refuses a --policy-config naming an unknown policy: exit 2, one line naming the file, no plan printed, nothing written", async () => {
    const written = path.join(tmp, "not-written.json");
    const misspelt = path.join(ROOT, "tests/fixtures/config/policy-config.misspelt.json");
    const result = await planInProcess(
      "--stack",
      "residency",
      "--config-file",
      STACK_CONFIG,
      "--policy-config",
      misspelt,
      "--write-policy-config",
      written,
    );
    assert.equal(result.status, 2);
    assert.equal(result.stdout, "");
    assert.match(
      result.stderr,
      /^plan: .*policy-config\.misspelt\.json: unknown policy 'cloudtrail-multi-regoin'; known: cloudtrail-multi-region, [^\n]*\n$/,
    );
    assert.equal(fs.existsSync(written), false);
  });

  it("with --no-policy, --write-policy-config writes the stack's own exemptions alone, and the plan is printed as without it", async () => {
    const written = path.join(tmp, "no-policy.json");
    const result = await planInProcess(
      "--stack",
      "residency",
      "--config-file",
      STACK_CONFIG,
      "--json",
      "--no-policy",
      "--write-policy-config",
      written,
    );
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, "");
    JSON.parse(result.stdout);
    assert.equal(fs.readFileSync(written, "utf8"), `${JSON.stringify(OWN, null, 2)}\n`);
  });

  it("--policy-config-only writes the same file from the stack config without running the program, so an allVpcs stack, which cannot be planned offline, gets it too", async () => {
    const allVpcs = path.join(tmp, "Pulumi.residency-all-vpcs.yaml");
    fs.writeFileSync(allVpcs, `${fs.readFileSync(STACK_CONFIG, "utf8")}  aws-security-baseline:vpcFlowLogs:\n    allVpcs: true\n`);
    const planned = await planInProcess("--stack", "residency", "--config-file", allVpcs, "--no-policy");
    // Refused with one line and no plan: a plan without the flow logs `pulumi up` would create is not printed.
    assert.deepEqual({ status: planned.status, stdout: planned.stdout }, { status: 2, stdout: "" });
    assert.match(planned.stderr, /^plan: vpcFlowLogs\.allVpcs: the VPCs are looked up in AWS at deployment[^\n]*\n$/);
    const written = path.join(tmp, "only.json");
    const result = await planInProcess(
      "--stack",
      "residency",
      "--config-file",
      allVpcs,
      "--policy-config",
      TEAM_CONFIG,
      "--write-policy-config",
      written,
      "--policy-config-only",
    );
    assert.deepEqual({ status: result.status, stdout: result.stdout, stderr: result.stderr }, { status: 0, stdout: "", stderr: "" });
    const viaPlan = path.join(tmp, "policy-config.json");
    assert.ok(fs.existsSync(viaPlan), "written by the --json test above, from the same stack config without allVpcs");
    assert.equal(fs.readFileSync(written, "utf8"), fs.readFileSync(viaPlan, "utf8"));
  });

  it("refuses --policy-config-only without --write-policy-config", async () => {
    const result = await planInProcess("--stack", "residency", "--config-file", STACK_CONFIG, "--policy-config-only");
    assert.deepEqual(result, {
      status: 2,
      stdout: "",
      stderr: "plan: --policy-config-only writes --write-policy-config's file: give it (see npm run -s plan -- --help)\n",
    });
  });

  it("refuses --policy-config beside --no-policy (nothing would check it against the pack), before planning anything", async () => {
    const result = await planInProcess("--stack", "nope", "--no-policy", "--policy-config", TEAM_CONFIG);
    assert.deepEqual(result, {
      status: 2,
      stdout: "",
      stderr:
        "plan: --policy-config configures the policy pack and is checked against it, and --no-policy does not run it: drop one of them (see npm run -s plan -- --help)\n",
    });
  });
});

describe("npm run plan: command line", () => {
  it("--help prints the usage with every flag to stdout, exits 0 and plans nothing", () => {
    const result = spawnSync(process.execPath, [...PLAN_TOOL, "--help"], { cwd: ROOT, encoding: "utf8" });
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^Usage: npm run -s plan -- --stack <name>/);
    for (const flag of [
      "--stack <name>",
      "--config-file <file>",
      "--json",
      "--no-policy",
      "--policy-config <file>",
      "--write-policy-config <file>",
      "--policy-config-only",
      "--help",
    ]) {
      assert.ok(result.stdout.includes(flag), flag);
    }
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
      const code = await runCommand(PLAN_COMMAND, argv, async () => ((ran = true), 0), {
        out: () => assert.fail("wrote to stdout"),
        err: (t) => void (stderr += t),
      });
      assert.deepEqual([code, ran, stderr], [2, false, `${message} (see npm run -s plan -- --help)\n`], argv.join(" "));
    }
  });

  it("stops at its next step after SIGTERM while planning: 143, nothing on stdout, its policy-pack server stopped", async function () {
    this.timeout(120000);
    const marker = `PLAN_SIGNAL_TEST=${process.pid}-${Date.now()}`;
    const [name, value] = marker.split("=");
    const tool = spawn(process.execPath, [...PLAN_TOOL, "--stack", "dev"], {
      cwd: ROOT,
      env: { ...process.env, [name]: value },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    tool.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    let packs: number[] = [];
    // The pack server starts as the program begins to run: the signal comes while it is planned.
    await waitUntil(() => (packs = packServers(marker)).length > 0, "plan started no policy-pack server", 60_000);
    const sent = Date.now();
    tool.kill("SIGTERM");
    assert.equal(await untilExit(tool), 143);
    // The program's evaluation is synchronous: the signal is handled when it ends (about 0.3 s on
    // a quiet 2-core machine; a busy one stretches it, hence the margin: 2.05 s was seen once with
    // the whole suite and a CPU profiler sharing the two cores).
    const took = Date.now() - sent;
    assert.ok(took < 3000, `stopped ${took} ms after SIGTERM`);
    assert.equal(stdout, "", "nothing printed after the caller stopped it");
    for (const pack of packs) await waitUntil(() => !processAlive(pack), `policy-pack server ${pack} still running after plan ended`);
  });

  it("ends quietly and stops its policy-pack server when the reader closes the pipe early (`| head -1`)", async function () {
    this.timeout(120000);
    const marker = `PLAN_PIPE_TEST=${process.pid}-${Date.now()}`;
    const [name, value] = marker.split("=");
    const tool = spawn(process.execPath, [...PLAN_TOOL, "--stack", "dev", "--json"], {
      cwd: ROOT,
      env: { ...process.env, [name]: value },
      stdio: ["ignore", "pipe", "pipe"],
    });
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
