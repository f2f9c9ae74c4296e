/**
 * The command-line convention (tools/lib/cli.ts), held by every npm script's entry as users run
 * it: `--help` prints the usage with what each flag does to stdout, exits 0 and changes no file;
 * an unknown flag, or a flag missing its value, exits 2 with one line; `--flag=value` is read as
 * `--flag value`. All runs share one process (tests/helpers/runEntries.ts): the modules load once.
 */
import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { toolArgs } from "../helpers/toolProcess";

const ROOT = path.join(__dirname, "..", "..");

interface Command {
  readonly name: string;
  readonly entry: string;
  /** A flag that takes a value; none for commands without one. */
  readonly valueFlag?: string;
  /** `--flag=value` arguments that are right but for the last mistake, and the error that mistake gives. */
  readonly equalsForm?: { readonly args: readonly string[]; readonly error: string };
}

const COMMANDS: readonly Command[] = [
  {
    name: "plan",
    entry: "tools/plan/main.ts",
    valueFlag: "stack",
    equalsForm: {
      args: ["--stack=dev", "--policy-config=config.json", "--write-policy-config=written.json", "extra"],
      error: "unexpected argument extra",
    },
  },
  {
    name: "plan-diff",
    entry: "tools/plan-diff/main.ts",
    valueFlag: "json-out",
    equalsForm: {
      args: ["--json-out=diff.json", "--policy-config=config.json", "a.json", "b.json", "c.json"],
      error: "expected <base.json> <head.json>, got an extra argument c.json",
    },
  },
  {
    name: "audit",
    entry: "tools/audit/main.ts",
    valueFlag: "config",
    equalsForm: { args: ["--config=config.json"], error: "expected FILE..., got 0 argument(s)" },
  },
  {
    name: "verify",
    entry: "tools/verify/main.ts",
    valueFlag: "stack",
    equalsForm: { args: ["--stack=dev", "--timeout=5", "extra"], error: "unexpected argument extra" },
  },
  {
    name: "drill",
    entry: "tools/drill/main.ts",
    valueFlag: "stack",
    equalsForm: { args: ["--stack=dev", "--region=eu-west-1", "extra"], error: "unexpected argument extra" },
  },
  {
    name: "alarm-test",
    entry: "tools/alarm-test/main.ts",
    valueFlag: "alarm",
    equalsForm: { args: ["--stack=dev", "--alarm=root-account-usage", "extra"], error: "unexpected argument extra" },
  },
  { name: "generate", entry: "tools/generate/main.ts" },
  { name: "schema", entry: "tools/schema/main.ts" },
  { name: "bench", entry: "tools/bench/main.ts" },
];

interface RunResult {
  readonly entry: string;
  readonly args: readonly string[];
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Size and modification time of every file of the repository (dependencies and .git aside). */
function fileStates(): Map<string, string> {
  const states = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name === ".git") continue;
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile()) {
        const stat = fs.statSync(file);
        states.set(path.relative(ROOT, file), `${stat.size} ${stat.mtimeMs}`);
      }
    }
  };
  walk(ROOT);
  return states;
}

describe("every tool: the command-line convention", function () {
  this.timeout(60000);
  const runs: { command: Command; kind: string; args: string[] }[] = [];
  for (const command of COMMANDS) {
    runs.push({ command, kind: "help", args: ["--help"] }, { command, kind: "unknown", args: ["--no-such-flag"] });
    if (command.valueFlag) runs.push({ command, kind: "missing", args: [`--${command.valueFlag}`] });
    if (command.equalsForm) runs.push({ command, kind: "equals", args: [...command.equalsForm.args] });
  }
  let results: RunResult[];
  let statesBefore: Map<string, string>;
  let statesAfter: Map<string, string>;

  before(() => {
    statesBefore = fileStates();
    const child = spawnSync(
      process.execPath,
      [
        ...toolArgs(path.join(ROOT, "tests", "helpers", "runEntries.ts")),
        JSON.stringify(runs.map((r) => ({ entry: r.command.entry, args: r.args }))),
      ],
      // No PATH: a tool that tried to run npm (bench installing its peer) could not.
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, PATH: "" } },
    );
    statesAfter = fileStates();
    assert.equal(child.status, 0, child.stderr);
    results = child.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as RunResult);
    assert.equal(results.length, runs.length);
  });

  const resultOf = (command: Command, kind: string): RunResult => results[runs.findIndex((r) => r.command === command && r.kind === kind)];

  it("covers every npm script that runs a tool", () => {
    const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    const tools = Object.entries(scripts).filter(([, line]) => line.startsWith("node -r ./tools/lib/tsRegister.js "));
    // Each through the caching loader (tools/lib/tsRegister.js, tests/tools/transpileCache.test.ts).
    assert.deepEqual(
      tools.map(([name, line]) => [name, line]).sort(),
      COMMANDS.map((c) => [c.name, `node -r ./tools/lib/tsRegister.js ${c.entry}`]).sort(),
    );
  });

  it("no --help (nor usage error) changes a file", () => {
    const changed = [...new Set([...statesBefore.keys(), ...statesAfter.keys()])].filter(
      (file) => statesBefore.get(file) !== statesAfter.get(file),
    );
    assert.deepEqual(changed, []);
  });

  for (const command of COMMANDS) {
    it(`${command.name} --help: the usage, each flag with what it does, on stdout; exit 0`, () => {
      const result = resultOf(command, "help");
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stderr, "");
      assert.ok(result.stdout.startsWith(`Usage: npm run -s ${command.name}`), result.stdout);
      const options = result.stdout.split("\nOptions:\n")[1]?.split("\n\n")[0] ?? "";
      const rows = options.split("\n");
      assert.ok(
        rows.some((row) => row.includes("-h, --help")),
        result.stdout,
      );
      for (const row of rows) assert.match(row, /^ {2}(-\w, | {4})--[\w-]+( <[^>]+>)? {2,}\S/, `a flag without its description:\n${row}`);
      assert.match(result.stdout, /\nExit codes:\n {2}0 {2}\S.*\n {2}1 {2}\S.*\n {2}2 {2}\S/);
    });

    it(`${command.name}: an unknown flag exits 2 with one line naming it`, () => {
      const result = resultOf(command, "unknown");
      assert.deepEqual(
        [result.code, result.stdout, result.stderr],
        [2, "", `${command.name}: unknown flag --no-such-flag (see npm run -s ${command.name} -- --help)\n`],
      );
    });

    if (command.valueFlag) {
      it(`${command.name}: --${command.valueFlag} without its value exits 2 with one line naming it`, () => {
        const result = resultOf(command, "missing");
        assert.equal(result.code, 2);
        assert.equal(result.stdout, "");
        assert.match(
          result.stderr,
          new RegExp(
            `^${command.name}: --${command.valueFlag} needs a value( <[^>]+>)? \\(see npm run -s ${command.name} -- --help\\)\\n$`,
          ),
        );
      });
    }

    if (command.equalsForm) {
      const form = command.equalsForm;
      it(`${command.name}: reads ${form.args.filter((a) => a.startsWith("--")).join(" ")} as --flag value`, () => {
        // Each --flag=value is taken (else the error would name it); only the last mistake is left.
        const result = resultOf(command, "equals");
        assert.deepEqual(
          [result.code, result.stdout, result.stderr],
          [2, "", `${command.name}: ${form.error} (see npm run -s ${command.name} -- --help)\n`],
        );
      });
    }
  }
});
