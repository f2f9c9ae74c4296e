/**
 * The one command-line convention of the offline tools (plan, plan-diff, audit, verify, drill,
 * alarm-test, bench, docs, schema): how flags are read, what `--help` does, how a command ends.
 *
 * Exit codes, the same for every tool:
 *   0  ran and found nothing wrong (no mandatory violation, no failed check);
 *   1  ran and found mandatory violations or failed checks (the report says which);
 *   2  could not run or could not finish: a usage error (unknown flag, missing or bad value),
 *      unreadable or invalid input, or an error while running; one message on stderr.
 * A reader that closes the pipe early (`| head -1`) ends the tool quietly with 141 (128 + SIGPIPE,
 * what other Unix tools give): at once, or, for a live tool that must undo its work, once the run
 * has finished (`closedPipe: "finish"`). SIGINT and SIGTERM end it with 130 and 143 (after the
 * command's undo, with `interrupt: "abort"`). Every way out stops the child processes the tool
 * started (see `onCleanup`).
 *
 * `--help` / `-h` prints the usage with what each flag does to stdout and exits 0, and does
 * nothing else: no file is read or written, no process started. `--flag value` and
 * `--flag=value` both work; a flag without its value (`--stack --json`) is an error.
 */
import { parseArgs } from "node:util";
import { installFastStackTraces } from "../../lib/fastStackTraces";

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
/** 128 + SIGPIPE: the reader closed stdout before the tool finished writing. */
export const EXIT_PIPE_CLOSED = 141;
/** 128 + the signal's number, as a shell reports a process the signal ended. */
export const EXIT_SIGINT = 130;
export const EXIT_SIGTERM = 143;

/** The signals a tool handles: each ends it (or, in "abort" mode, first stops its run). */
export type StopSignal = "SIGINT" | "SIGTERM";
export const SIGNAL_EXIT: Readonly<Record<StopSignal, number>> = { SIGINT: EXIT_SIGINT, SIGTERM: EXIT_SIGTERM };

/** Bad input (a file, a config value): printed as one line (no stack trace) and the tool exits 2. */
export class InputError extends Error {}

/** A usage error (a flag, an argument): one line naming it, and the tool exits 2. */
export class UsageError extends InputError {}

/**
 * The run was stopped by SIGINT or SIGTERM (`interrupt: "abort"`), noticed at a `stopPoint`:
 * the command ends with 130 or 143 and prints nothing more.
 */
export class Stopped extends Error {
  constructor(readonly by: StopSignal) {
    super(`stopped by ${by}`);
  }
}

function stoppedBy(signal: AbortSignal): Stopped {
  return new Stopped(signal.reason === "SIGINT" ? "SIGINT" : "SIGTERM");
}

/**
 * Lets a signal that arrived during synchronous work be handled (one turn of the event loop),
 * then throws Stopped if the run was stopped: a command calls it between long steps and before
 * it prints, so a stopped run ends at the next step and never prints after its caller gave up.
 */
export async function stopPoint(signal: AbortSignal): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (signal.aborted) throw stoppedBy(signal);
}

/** `work`, or Stopped as soon as the run is stopped, whichever comes first. */
export function unlessStopped<T>(signal: AbortSignal, work: Promise<T>): Promise<T> {
  if (signal.aborted) return Promise.reject(stoppedBy(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(stoppedBy(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** An error class a command lists as "bad input". */
export type ErrorClass = abstract new (...args: never[]) => Error;

export interface FlagSpec {
  /** "number" is read as a string and must parse as a finite number. */
  readonly type: "string" | "boolean" | "number";
  /** What the flag does, one line, shown by --help. */
  readonly description: string;
  /** One-letter alias, e.g. "s" for -s. */
  readonly short?: string;
  /** Placeholder shown in --help, e.g. "<file>". Default `<value>`. */
  readonly valueName?: string;
  readonly required?: boolean;
  readonly default?: string | number | boolean;
  /** May be given more than once; the value is then a list. */
  readonly multiple?: boolean;
  /** The only values allowed (string flags). */
  readonly choices?: readonly string[];
}

export interface PositionalSpec {
  /** Shown in --help, e.g. "<base.json> <head.json>". */
  readonly name: string;
  readonly description: string;
  readonly min: number;
  readonly max: number;
}

export interface CommandSpec<F extends Readonly<Record<string, FlagSpec>> = Readonly<Record<string, FlagSpec>>> {
  /** The npm script name: "plan", "plan-diff", ... */
  readonly name: string;
  /** What the command does, one or two sentences. */
  readonly summary: string;
  /** The arguments after `npm run -s <name> --`, e.g. "--stack <name> [options]"; "" when it takes none. */
  readonly usage: string;
  readonly flags: F;
  readonly positionals?: PositionalSpec;
  /** What 0, 1 and 2 mean for this command, when more precise than the convention. */
  readonly exitCodes?: Readonly<Partial<Record<0 | 1 | 2, string>>>;
}

type FlagValue<S extends FlagSpec> = S["type"] extends "boolean"
  ? boolean
  : S["multiple"] extends true
    ? (S["type"] extends "number" ? number : string)[]
    : S["required"] extends true
      ? S["type"] extends "number"
        ? number
        : string
      : S["default"] extends string | number
        ? S["type"] extends "number"
          ? number
          : string
        : (S["type"] extends "number" ? number : string) | undefined;

export interface ParsedArgs<F extends Readonly<Record<string, FlagSpec>>> {
  readonly flags: { readonly [K in keyof F]: FlagValue<F[K]> };
  readonly positionals: readonly string[];
}

export type ParseOutcome<F extends Readonly<Record<string, FlagSpec>>> =
  { readonly help: true } | ({ readonly help: false } & ParsedArgs<F>);

/** Declares a command; `const` keeps the flag literals so parsed values are typed. */
export function defineCommand<const F extends Readonly<Record<string, FlagSpec>>>(spec: CommandSpec<F>): CommandSpec<F> {
  for (const [name, flag] of Object.entries(spec.flags)) {
    if (name === "help" || flag.short === "h") throw new Error(`${spec.name}: --help/-h is built in`);
  }
  return spec;
}

/** The usage text `--help` prints: synopsis, summary, each flag with what it does, exit codes. */
export function usageText(spec: CommandSpec): string {
  const rows: [string, string][] = Object.entries(spec.flags).map(([name, flag]) => {
    const value = flag.type === "boolean" ? "" : ` ${flag.valueName ?? "<value>"}`;
    const notes = [
      flag.required ? "required" : "",
      flag.choices ? `one of: ${flag.choices.join(", ")}` : "",
      flag.default !== undefined && flag.type !== "boolean" ? `default: ${String(flag.default)}` : "",
      flag.multiple ? "may be repeated" : "",
    ].filter(Boolean);
    return [
      `${flag.short ? `-${flag.short}, ` : "    "}--${name}${value}`,
      `${flag.description}${notes.length ? ` (${notes.join("; ")})` : ""}`,
    ];
  });
  rows.push(["-h, --help", "Print this help and exit 0; does nothing else."]);
  const width = Math.max(...rows.map(([left]) => left.length));
  const codes = {
    0: "ran, nothing wrong found",
    1: "ran, mandatory violations or failed checks found",
    2: "usage or input error, or could not finish",
    ...spec.exitCodes,
  };
  return [
    spec.usage ? `Usage: npm run -s ${spec.name} -- ${spec.usage}` : `Usage: npm run -s ${spec.name}`,
    "",
    spec.summary,
    ...(spec.positionals ? ["", "Arguments:", `  ${spec.positionals.name}  ${spec.positionals.description}`] : []),
    "",
    "Options:",
    ...rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`),
    "",
    "Exit codes:",
    ...([0, 1, 2] as const).map((code) => `  ${code}  ${codes[code]}`),
    "",
  ].join("\n");
}

function usageError(spec: CommandSpec, message: string): UsageError {
  return new UsageError(`${message} (see npm run -s ${spec.name} -- --help)`);
}

/** True for `--x`, `-x` and `--`, not for `-` (stdin) or a negative number. */
function looksLikeFlag(value: string): boolean {
  return value === "--" || /^--?[A-Za-z]/.test(value);
}

/**
 * Reads argv against the spec. Returns `{ help: true }` when --help/-h is present (before
 * `--`), whatever else is there. Throws UsageError naming the flag for: an unknown flag, a
 * value missing or looking like a flag, a value on a boolean flag, a value not in `choices`,
 * a number that does not parse, a required flag absent, too few or too many positionals.
 */
export function parseCommandLine<F extends Readonly<Record<string, FlagSpec>>>(
  spec: CommandSpec<F>,
  argv: readonly string[],
): ParseOutcome<F> {
  const end = argv.indexOf("--");
  const beforeEnd = end === -1 ? argv : argv.slice(0, end);
  if (beforeEnd.includes("--help") || beforeEnd.includes("-h")) return { help: true };

  const options: Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }> = {};
  for (const [name, flag] of Object.entries(spec.flags)) {
    options[name] = {
      type: flag.type === "boolean" ? "boolean" : "string",
      ...(flag.short ? { short: flag.short } : {}),
      ...(flag.multiple ? { multiple: true } : {}),
    };
  }
  // Not strict: strict mode reports unknown flags in its own words and takes `--stack --json`
  // as stack="--json"; the tokens let each error name the flag the way the user wrote it.
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });

  const values: Record<string, string | number | boolean | (string | number)[] | undefined> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== "option") continue;
    const flag = spec.flags[token.name] as FlagSpec | undefined;
    if (flag === undefined) throw usageError(spec, `unknown flag ${token.rawName}`);
    const shown = `--${token.name}`;
    let value: string | number | boolean;
    if (flag.type === "boolean") {
      if (token.inlineValue) throw usageError(spec, `${shown} takes no value`);
      value = true;
    } else {
      const raw = token.value;
      if (raw === undefined || (!token.inlineValue && looksLikeFlag(raw)))
        throw usageError(spec, `${shown} needs a value ${flag.valueName ?? ""}`.trimEnd());
      if (raw === "") throw usageError(spec, `${shown} needs a non-empty value`);
      if (flag.choices && !flag.choices.includes(raw))
        throw usageError(spec, `${shown} must be one of ${flag.choices.join(", ")}, not "${raw}"`);
      if (flag.type === "number") {
        const n = Number(raw);
        if (!Number.isFinite(n)) throw usageError(spec, `${shown} must be a number, not "${raw}"`);
        value = n;
      } else value = raw;
    }
    if (flag.multiple && flag.type !== "boolean")
      values[token.name] = [...((values[token.name] as (string | number)[] | undefined) ?? []), value as string | number];
    else if (values[token.name] !== undefined && flag.type !== "boolean") throw usageError(spec, `${shown} given twice`);
    else values[token.name] = value;
  }

  for (const [name, flag] of Object.entries(spec.flags)) {
    if (values[name] !== undefined) continue;
    if (flag.required) throw usageError(spec, `--${name} is required`);
    values[name] = flag.type === "boolean" ? false : flag.multiple ? [] : flag.default;
  }
  const allowed = spec.positionals ?? { name: "", description: "", min: 0, max: 0 };
  if (positionals.length > allowed.max) {
    throw usageError(
      spec,
      allowed.max === 0
        ? `unexpected argument ${positionals[allowed.max]}`
        : `expected ${allowed.name}, got an extra argument ${positionals[allowed.max]}`,
    );
  }
  if (positionals.length < allowed.min) throw usageError(spec, `expected ${allowed.name}, got ${positionals.length} argument(s)`);
  return { help: false, flags: values as ParsedArgs<F>["flags"], positionals };
}

export type CommandBody<F extends Readonly<Record<string, FlagSpec>>> = (args: ParsedArgs<F>, context: CommandContext) => Promise<number>;

/**
 * A body loaded only when the command runs, after --help and the usage checks: a tool whose
 * work needs Pulumi, gRPC or the program answers `--help` and usage errors without loading
 * them. Errors of the loaded module's `inputErrors` classes end the tool as InputError does.
 */
export function lazyBody<F extends Readonly<Record<string, FlagSpec>>>(
  load: () => Promise<{ readonly main: CommandBody<F>; readonly inputErrors?: readonly ErrorClass[] }>,
): CommandBody<F> {
  return async (args, context) => {
    const { main, inputErrors = [] } = await load();
    try {
      return await main(args, context);
    } catch (err) {
      if (inputErrors.some((kind) => err instanceof kind)) throw new InputError((err as Error).message, { cause: err });
      throw err;
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Ending a command: cleanups, closed pipes, signals.

const cleanups = new Set<() => void>();
let exitHookInstalled = false;

function runCleanups(): void {
  for (const cleanup of [...cleanups]) {
    cleanups.delete(cleanup);
    try {
      cleanup();
    } catch {
      // A cleanup that fails must not stop the others (or turn an exit into a crash).
    }
  }
}

/**
 * Registers a synchronous cleanup (e.g. `() => child.kill()`) run however the process ends:
 * normal end, `process.exit`, a closed stdout, SIGINT or SIGTERM. Returns the unregister
 * function; call it once the resource is released normally.
 */
export function onCleanup(cleanup: () => void): () => void {
  if (!exitHookInstalled) {
    process.on("exit", runCleanups);
    exitHookInstalled = true;
  }
  cleanups.add(cleanup);
  return () => void cleanups.delete(cleanup);
}

/** Where a command writes; tests pass their own. */
export interface CommandIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Streams a reader has closed: writes to them are dropped instead of failing again. */
const closedStreams = new WeakSet<NodeJS.WriteStream>();

function writeUnlessClosed(stream: NodeJS.WriteStream, text: string): void {
  if (!closedStreams.has(stream)) stream.write(text);
}

export const processIo: CommandIo = {
  out: (text) => writeUnlessClosed(process.stdout, text),
  err: (text) => writeUnlessClosed(process.stderr, text),
};

export interface CommandContext extends CommandIo {
  /**
   * Aborted on the first SIGINT/SIGTERM when the command runs with `interrupt: "abort"`, with
   * the signal's name (`StopSignal`) as its reason.
   */
  readonly signal: AbortSignal;
}

export interface RunOptions {
  /** Error classes that mean "bad input": printed as one line, exit 2. InputError always is. */
  readonly inputErrors?: readonly ErrorClass[];
  /**
   * "exit" (default): SIGINT/SIGTERM run the cleanups and end the tool (130/143).
   * "abort": the first signal says on stderr that the tool is stopping and aborts
   * `context.signal`, so the command can undo its work and return (its code stands; a live
   * tool returns 130/143 itself); a second signal ends the tool as "exit" does.
   */
  readonly interrupt?: "exit" | "abort";
  /**
   * When the reader closes stdout early. "exit" (default): the tool ends at once with 141,
   * computing nothing more. "finish": further writes are dropped quietly and the command runs
   * to its end (a live tool finishes or undoes its changes in AWS), then the tool exits 141.
   */
  readonly closedPipe?: "exit" | "finish";
}

/**
 * Parses argv and runs the command body: --help prints usage to `io.out` and returns 0 without
 * calling it; a usage or input error prints one line to `io.err` and returns 2; an unexpected
 * error prints its stack and returns 2. Otherwise returns what the body returns (0 or 1).
 */
export async function runCommand<F extends Readonly<Record<string, FlagSpec>>>(
  spec: CommandSpec<F>,
  argv: readonly string[],
  body: CommandBody<F>,
  io: CommandIo = processIo,
  options: RunOptions & { readonly signal?: AbortSignal } = {},
): Promise<number> {
  try {
    const parsed = parseCommandLine(spec, argv);
    if (parsed.help) {
      io.out(usageText(spec));
      return EXIT_OK;
    }
    return await body(parsed, { ...io, signal: options.signal ?? new AbortController().signal });
  } catch (err) {
    if (err instanceof Stopped) return SIGNAL_EXIT[err.by];
    const expected = err instanceof InputError || (options.inputErrors ?? []).some((kind) => err instanceof kind);
    if (expected) io.err(`${spec.name}: ${(err as Error).message}\n`);
    else io.err(`${spec.name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT_USAGE;
  }
}

/** A write to a closed pipe: EPIPE, or a write after the stream was destroyed by one. */
function isClosedPipe(err: NodeJS.ErrnoException): boolean {
  return err.code === "EPIPE" || err.code === "ERR_STREAM_DESTROYED";
}

/**
 * The entry point of a tool: `runMain(SPEC, async (args, ctx) => { ...; return code; })`.
 * Runs `runCommand` on `process.argv` and sets `process.exitCode` (never `process.exit` after
 * output, so everything written reaches a pipe). A closed stdout ends the tool quietly with
 * 141 (see `closedPipe`); SIGINT/SIGTERM end it with 130/143 (see `interrupt`); every way out
 * runs the `onCleanup` cleanups first.
 */
export function runMain<F extends Readonly<Record<string, FlagSpec>>>(
  spec: CommandSpec<F>,
  body: CommandBody<F>,
  options: RunOptions = {},
): Promise<number> {
  installFastStackTraces();
  let finished = false;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (!isClosedPipe(err)) {
        process.stderr.write(`${spec.name}: cannot write its output: ${err.message}\n`);
        process.exit(EXIT_USAGE);
      }
      closedStreams.add(stream);
      // "exit": nobody reads any more, so stop now rather than compute output nobody sees. The 'exit'
      // hook runs the cleanups (child processes), and stdout has nothing left to flush.
      if (options.closedPipe !== "finish") process.exit(EXIT_PIPE_CLOSED);
      // The error of the command's last write can arrive after it returned.
      if (finished && stream === process.stdout) process.exitCode = EXIT_PIPE_CLOSED;
    });
  }

  const interrupt = new AbortController();
  for (const name of ["SIGINT", "SIGTERM"] as const) {
    process.on(name, () => {
      if (options.interrupt === "abort" && !interrupt.signal.aborted) {
        processIo.err(`\n${name}: stopping; send it again to quit at once.\n`);
        interrupt.abort(name);
        return;
      }
      // The one way a signal ends a tool, whether it is the first ("exit" mode) or the second
      // ("abort" mode, the user insists; SIGINT or SIGTERM alike): at once, with 128 + the
      // number of the signal just received, after the 'exit' hook's cleanups (child processes
      // stopped). Output not yet flushed and the command's undo are given up: that is "at once".
      process.exit(SIGNAL_EXIT[name]);
    });
  }
  onCleanup(() => undefined); // installs the exit hook even when the command registers none

  return runCommand(spec, process.argv.slice(2), body, processIo, { ...options, signal: interrupt.signal }).then((code) => {
    finished = true;
    // With closedPipe "finish", the run went on after the reader left: it ends as a closed pipe does.
    process.exitCode = closedStreams.has(process.stdout) ? EXIT_PIPE_CLOSED : code;
    return code;
  });
}
