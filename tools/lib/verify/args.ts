/** Command-line flags of verify, drill and alarm-test: `--name value`, `--name=value`, `--switch`. */
import { InputError } from "../stackOutputs";
import { HelpRequested } from "./cli";

export type FlagKind = "string" | "boolean" | "number";
export type FlagSpec = Readonly<Record<string, FlagKind>>;
export type ParsedFlags = Record<string, string | number | boolean | undefined>;

export function parseFlags(argv: readonly string[], spec: FlagSpec, usage: string): ParsedFlags {
  const flags: ParsedFlags = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") throw new HelpRequested(usage);
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (match === null || spec[match[1]] === undefined) {
      throw new InputError(`Unknown argument "${arg}". Allowed: ${Object.keys(spec).map((f) => `--${f}`).join(", ")}.\n${usage}`);
    }
    const [, name, inline] = match;
    const kind = spec[name];
    if (kind === "boolean") {
      if (inline !== undefined) throw new InputError(`--${name} takes no value.`);
      flags[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith("--")) throw new InputError(`--${name} needs a value.\n${usage}`);
    if (kind === "number") {
      const n = Number(value);
      if (!Number.isFinite(n) || n <= 0) throw new InputError(`--${name} must be a positive number of seconds, not "${value}".`);
      flags[name] = n;
    } else {
      flags[name] = value;
    }
  }
  return flags;
}

export function requiredString(flags: ParsedFlags, name: string, usage: string): string {
  const value = flags[name];
  if (typeof value !== "string") throw new InputError(`--${name} is required.\n${usage}`);
  return value;
}

export function optionalFlag(flags: ParsedFlags, name: string): string | undefined {
  const value = flags[name];
  return typeof value === "string" ? value : undefined;
}
