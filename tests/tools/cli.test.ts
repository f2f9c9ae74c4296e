import { strict as assert } from "assert";
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CommandIo, defineCommand, lazyBody, parseCommandLine, runCommand, usageText, UsageError } from "../../tools/lib/cli";
import { processAlive, untilExit, waitUntil } from "../helpers/processes";
import { toolArgs } from "../helpers/toolProcess";

const ROOT = path.join(__dirname, "..", "..");
const DEMO_TOOL = path.join(ROOT, "tests", "fixtures", "cli", "demoTool.ts");

const SPEC = defineCommand({
  name: "demo",
  summary: "Does a demonstration.",
  usage: "--stack <name> [options] <file>...",
  flags: {
    stack: { type: "string", short: "s", valueName: "<name>", description: "Stack to use.", required: true },
    json: { type: "boolean", description: "Print JSON." },
    mode: { type: "string", description: "How.", choices: ["fast", "slow"], default: "fast" },
    timeout: { type: "number", valueName: "<seconds>", description: "Give up after this long.", default: 30 },
    tag: { type: "string", description: "A tag.", multiple: true },
  },
  positionals: { name: "<file>...", description: "Files to read.", min: 0, max: 2 },
});

function usageErrorOf(argv: string[]): string {
  try {
    parseCommandLine(SPEC, argv);
  } catch (err) {
    assert.ok(err instanceof UsageError, String(err));
    return err.message;
  }
  assert.fail(`accepted ${argv.join(" ")}`);
}

function recordingIo(): CommandIo & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out: (text: string) => void (io.stdout += text),
    err: (text: string) => void (io.stderr += text),
  };
  return io;
}

describe("tools/lib/cli: flags", () => {
  it("reads --flag value, --flag=value and the short form alike", () => {
    for (const argv of [["--stack", "dev"], ["--stack=dev"], ["-s", "dev"]]) {
      const parsed = parseCommandLine(SPEC, argv);
      assert.ok(!parsed.help);
      assert.deepEqual(parsed.flags, { stack: "dev", json: false, mode: "fast", timeout: 30, tag: [] }, argv.join(" "));
    }
  });

  it("types values, applies defaults, repeats lists and keeps positionals and everything after --", () => {
    const parsed = parseCommandLine(SPEC, [
      "a.json",
      "--stack=dev",
      "--json",
      "--timeout",
      "2.5",
      "--mode=slow",
      "--tag",
      "x",
      "--tag=y",
      "--",
      "--not-a-flag",
    ]);
    assert.ok(!parsed.help);
    assert.deepEqual(parsed.flags, { stack: "dev", json: true, mode: "slow", timeout: 2.5, tag: ["x", "y"] });
    assert.deepEqual(parsed.positionals, ["a.json", "--not-a-flag"]);
  });

  it("accepts a value that starts with a dash when it is not a flag (a negative number, `-` for stdin)", () => {
    const parsed = parseCommandLine(SPEC, ["--stack", "-", "--timeout", "-1"]);
    assert.ok(!parsed.help);
    assert.equal(parsed.flags.stack, "-");
    assert.equal(parsed.flags.timeout, -1);
  });

  it("answers --help or -h wherever it is, even beside a mistake", () => {
    for (const argv of [["--help"], ["-h"], ["--stack", "dev", "--help"], ["--bogus", "-h"], ["--stack", "--help"]]) {
      assert.deepEqual(parseCommandLine(SPEC, argv), { help: true }, argv.join(" "));
    }
    assert.equal(parseCommandLine(SPEC, ["--stack", "dev", "--", "--help"]).help, false);
  });

  it("refuses each kind of usage error with one line naming the flag and pointing to --help", () => {
    const cases: [string[], string][] = [
      [["--stack", "dev", "--bogus"], "unknown flag --bogus"],
      [["--stack", "dev", "-x"], "unknown flag -x"],
      [["--stack"], "--stack needs a value <name>"],
      [["--stack", "--json"], "--stack needs a value <name>"],
      [["--stack", "-h2"], "--stack needs a value <name>"],
      [["--stack", "--"], "--stack needs a value <name>"],
      [["--stack="], "--stack needs a non-empty value"],
      [["--stack", "dev", "--json=yes"], "--json takes no value"],
      [["--stack", "dev", "--mode", "medium"], '--mode must be one of fast, slow, not "medium"'],
      [["--stack", "dev", "--timeout", "soon"], '--timeout must be a number, not "soon"'],
      [["--stack", "a", "--stack", "b"], "--stack given twice"],
      [["--json"], "--stack is required"],
      [["--stack", "dev", "a", "b", "c"], "expected <file>..., got an extra argument c"],
    ];
    for (const [argv, message] of cases) {
      assert.equal(usageErrorOf(argv), `${message} (see npm run -s demo -- --help)`, argv.join(" "));
    }
  });

  it("lists every flag with what it does, its value, default and choices, and the exit codes", () => {
    assert.equal(
      usageText(SPEC),
      [
        "Usage: npm run -s demo -- --stack <name> [options] <file>...",
        "",
        "Does a demonstration.",
        "",
        "Arguments:",
        "  <file>...  Files to read.",
        "",
        "Options:",
        "  -s, --stack <name>       Stack to use. (required)",
        "      --json               Print JSON.",
        "      --mode <value>       How. (one of: fast, slow; default: fast)",
        "      --timeout <seconds>  Give up after this long. (default: 30)",
        "      --tag <value>        A tag. (may be repeated)",
        "  -h, --help               Print this help and exit 0; does nothing else.",
        "",
        "Exit codes:",
        "  0  ran, nothing wrong found",
        "  1  ran, mandatory violations or failed checks found",
        "  2  usage or input error, or could not finish",
        "",
      ].join("\n"),
    );
  });

  it("shows a command without arguments as just its npm script", () => {
    assert.match(
      usageText(defineCommand({ name: "docs", summary: "Regenerates.", usage: "", flags: {} })),
      /^Usage: npm run -s docs\n\nRegenerates\.\n/,
    );
  });

  it("will not let a command redefine --help", () => {
    assert.throws(
      () => defineCommand({ name: "x", summary: "", usage: "", flags: { help: { type: "boolean", description: "" } } }),
      /built in/,
    );
  });
});

describe("tools/lib/cli: running a command", () => {
  class BadInput extends Error {}

  it("--help prints usage to stdout, returns 0 and does not run the command", async () => {
    const io = recordingIo();
    let ran = false;
    const code = await runCommand(SPEC, ["--help"], async () => ((ran = true), 0), io);
    assert.equal(code, 0);
    assert.equal(ran, false);
    assert.equal(io.stdout, usageText(SPEC));
    assert.equal(io.stderr, "");
  });

  it("a usage error prints one line on stderr and returns 2 without running the command", async () => {
    const io = recordingIo();
    let ran = false;
    const code = await runCommand(SPEC, ["--stack", "--json"], async () => ((ran = true), 0), io);
    assert.equal(code, 2);
    assert.equal(ran, false);
    assert.equal(io.stdout, "");
    assert.equal(io.stderr, "demo: --stack needs a value <name> (see npm run -s demo -- --help)\n");
  });

  it("an input error the command declares prints its message alone and returns 2", async () => {
    const io = recordingIo();
    const code = await runCommand(SPEC, ["--stack", "dev"], async () => Promise.reject(new BadInput("plan.json: not a plan")), io, {
      inputErrors: [BadInput],
    });
    assert.equal(code, 2);
    assert.equal(io.stderr, "demo: plan.json: not a plan\n");
  });

  it("an unexpected error prints its stack and returns 2", async () => {
    const io = recordingIo();
    const code = await runCommand(SPEC, ["--stack", "dev"], async () => Promise.reject(new Error("boom")), io);
    assert.equal(code, 2);
    assert.match(io.stderr, /^demo failed: Error: boom\n\s+at /);
  });

  it("loads a lazy body only when the command runs, and ends its input errors as InputError does", async () => {
    let loads = 0;
    const body = lazyBody<typeof SPEC.flags>(async () => {
      loads++;
      return { main: async () => Promise.reject(new BadInput("Pulumi.x.yaml: not valid YAML")), inputErrors: [BadInput] };
    });
    const help = recordingIo();
    assert.equal(await runCommand(SPEC, ["--help"], body, help), 0);
    assert.equal(await runCommand(SPEC, ["--bogus"], body, recordingIo()), 2);
    assert.equal(loads, 0, "--help and usage errors must not load the body");
    const io = recordingIo();
    assert.equal(await runCommand(SPEC, ["--stack", "dev"], body, io), 2);
    assert.equal(loads, 1);
    assert.equal(io.stderr, "demo: Pulumi.x.yaml: not valid YAML\n");
  });

  it("returns the command's own code (1: ran and found violations)", async () => {
    const io = recordingIo();
    assert.equal(await runCommand(SPEC, ["--stack", "dev"], async (args) => (args.flags.stack === "dev" ? 1 : 0), io), 1);
  });
});

/** Starts the demo as the tools' npm scripts start a tool (node with the caching loader, tools/lib/tsRegister.js). */
function startDemo(args: string[], stdout: "pipe" | number = "pipe"): ChildProcess {
  return spawn(process.execPath, [...toolArgs(DEMO_TOOL), ...args], {
    cwd: ROOT,
    stdio: ["ignore", stdout, "pipe"],
  });
}

function collect(stream: NodeJS.ReadableStream | null): { text: string } {
  const sink = { text: "" };
  stream?.on("data", (chunk: Buffer) => (sink.text += chunk.toString()));
  return sink;
}

/** Reads the child's stdout up to the first newline; then closes the pipe as `| head -1` does, or keeps reading. */
function firstLine(child: ChildProcess, then: "close" | "keep reading"): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    const onData = (chunk: Buffer): void => {
      text += chunk.toString();
      const newline = text.indexOf("\n");
      if (newline === -1) return;
      child.stdout!.off("data", onData);
      if (then === "close") child.stdout!.destroy();
      else child.stdout!.resume();
      resolve(text.slice(0, newline));
    };
    child.stdout!.on("data", onData);
    child.on("exit", () => reject(new Error("exited before its first line")));
  });
}

describe("tools/lib/cli: a tool's output through a pipe", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-"));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reaches a pipe whole, byte for byte what a file gets, with the exit code the command returned", async () => {
    const file = path.join(dir, "out.txt");
    const lines = ["--lines", "20000", "--fail"]; // about 1.5 MB, far over a pipe's 64 KiB
    const fd = fs.openSync(file, "w");
    const toFile = startDemo(lines, fd);
    fs.closeSync(fd);
    const toPipe = startDemo(lines);
    const piped = collect(toPipe.stdout);
    const [fileCode, pipeCode] = await Promise.all([untilExit(toFile), untilExit(toPipe)]);
    assert.deepEqual([fileCode, pipeCode], [1, 1]);
    const written = fs.readFileSync(file, "utf8");
    assert.ok(written.length > 1_000_000, `only ${written.length} bytes`);
    assert.equal(piped.text, written);
  });

  it("ends quietly (141, nothing on stderr) and stops its child when the reader closes early", async () => {
    const tool = startDemo(["--child", "--lines", "20000"]);
    const stderr = collect(tool.stderr);
    const first = await firstLine(tool, "close");
    const pid = Number(/^child (\d+)$/.exec(first)?.[1]);
    assert.ok(pid > 0, first);
    assert.equal(await untilExit(tool), 141);
    assert.equal(stderr.text, "");
    await waitUntil(() => !processAlive(pid), `child ${pid} still running after the tool ended`);
  });

  it('with interrupt "abort", lets the command finish its undo on the first SIGTERM and keeps its exit code', async () => {
    const tool = startDemo(["--until-interrupted"]);
    const stdout = collect(tool.stdout);
    await waitUntil(() => stdout.text === "waiting\n", "the demo never said it was waiting");
    tool.kill("SIGTERM");
    assert.equal(await untilExit(tool), 1);
    assert.equal(stdout.text, "waiting\nundone\n");
  });

  it('with interrupt "abort", a second signal ends it at once with that signal\'s code, its child stopped, while the undo still runs', async () => {
    const tool = startDemo(["--until-interrupted", "--stuck-undo", "--child"]);
    const stdout = collect(tool.stdout);
    const stderr = collect(tool.stderr);
    await waitUntil(() => stdout.text.endsWith("waiting\n"), "the demo never said it was waiting");
    const pid = Number(/^child (\d+)\n/.exec(stdout.text)?.[1]);
    assert.ok(processAlive(pid), stdout.text);
    tool.kill("SIGTERM");
    await waitUntil(() => stdout.text.endsWith("undoing\n"), "the demo never started its undo");
    tool.kill("SIGINT");
    assert.equal(await untilExit(tool), 130);
    assert.equal(tool.exitCode, 130, "exits with the code (cleanups run), not killed by the signal");
    assert.equal(stderr.text, "\nSIGTERM: stopping; send it again to quit at once.\n");
    await waitUntil(() => !processAlive(pid), `child ${pid} still running after the second signal`);
  });

  it('with closedPipe "finish", runs to its end after the reader closes early, quietly, then exits 141', async () => {
    const tool = startDemo(["--finish", "--fail", "--lines", "20000"]);
    const stderr = collect(tool.stderr);
    await firstLine(tool, "close");
    assert.equal(await untilExit(tool), 141, "a closed pipe wins over the command's own code (1)");
    assert.equal(stderr.text, "finished\n");
  });

  it("stops its child on SIGTERM and exits 143", async () => {
    const tool = startDemo(["--child", "--lines", "1"]);
    const first = await firstLine(tool, "keep reading");
    const pid = Number(/^child (\d+)$/.exec(first)?.[1]);
    assert.ok(processAlive(pid));
    tool.kill("SIGTERM");
    assert.equal(await untilExit(tool), 143);
    await waitUntil(() => !processAlive(pid), `child ${pid} still running after SIGTERM`);
  });
});
