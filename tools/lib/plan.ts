/**
 * Builds the plan of a stack without credentials: the stack's config file as the engine would
 * pass it (Pulumi.yaml defaults applied, `secure:` values as placeholders), the real program
 * under Pulumi's mocks, and every resource it registers.
 */
import * as fs from "fs";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import { clipped, closestKey } from "../../settings/problems";
import { Plan, SECRET_PLACEHOLDER, stableStringify } from "./planTypes";
import { readTextFile } from "./textFile";
import { stopPoint, unlessStopped } from "./cli";
import { RecordedResource, settle, startMockRuntime } from "./mockRuntime";

export { SECRET_PLACEHOLDER, stableStringify };

export class PlanInputError extends Error {}

export interface PlanOptions {
  /** Folder with Pulumi.yaml and the program. */
  readonly projectDir: string;
  readonly stack: string;
  /** Default: `Pulumi.<stack>.yaml` in projectDir. */
  readonly configFile?: string;
  /** Aborted when the run is stopped: the plan ends with Stopped (tools/lib/cli.ts) at its next step. */
  readonly signal?: AbortSignal;
}

interface ProjectFile {
  name: string;
  config?: Record<string, { default?: unknown }>;
}

export function readProject(projectDir: string): ProjectFile {
  const file = path.join(projectDir, "Pulumi.yaml");
  const project = readYaml(file) as ProjectFile | undefined;
  if (!project || typeof project.name !== "string") throw new PlanInputError(`${file}: no project name`);
  return project;
}

/** The keys of a stack file (pulumi/pulumi v3.248.0 sdk/go/common/workspace/project.go, ProjectStack). */
export const STACK_FILE_KEYS: readonly string[] = ["config", "environment", "secretsprovider", "encryptedkey", "encryptionsalt"];

const isMap = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The stack file's `config:` map. Anything else is refused, naming the file: a plan of the
 * defaults would pass for the stack's (an empty or non-map file, no `config:`), and so would one
 * missing a setting under a misspelt top-level key.
 */
function stackConfigMap(configFile: string): Record<string, unknown> {
  const stackFile = readYaml(configFile);
  const expected = `expected a stack file: a map with \`config:\` holding the stack's keys (\`pulumi config set\` writes it)`;
  if (stackFile === null || stackFile === undefined) throw new PlanInputError(`${configFile}: the file is empty; ${expected}`);
  if (!isMap(stackFile))
    throw new PlanInputError(
      `${configFile}: ${Array.isArray(stackFile) ? "a list" : `a ${typeof stackFile}`} is not a stack file; ${expected}`,
    );
  for (const key of Object.keys(stackFile)) {
    if (STACK_FILE_KEYS.includes(key)) continue;
    const suggestion = closestKey(key, STACK_FILE_KEYS);
    const hint = suggestion ? `; did you mean ${suggestion}?` : key.includes(":") ? "; a stack's keys go under `config:`." : ".";
    throw new PlanInputError(
      `${configFile}: ${clipped(key)}: unknown top-level key${hint} A stack file has ${STACK_FILE_KEYS.join(", ")}.`,
    );
  }
  if (!("config" in stackFile))
    throw new PlanInputError(`${configFile}: no \`config:\`, so the plan would be of the defaults; ${expected}`);
  if (!isMap(stackFile.config)) throw new PlanInputError(`${configFile}: "config" must be a map of keys to values`);
  return stackFile.config;
}

/** The config map the engine hands a program: `<namespace>:<key>` → string. */
export function stackConfig(project: ProjectFile, configFile: string): Record<string, string> {
  const values = stackConfigMap(configFile);
  const config: Record<string, string> = {};
  for (const [key, schema] of Object.entries(project.config ?? {})) {
    if (schema && schema.default !== undefined) config[`${project.name}:${key}`] = toConfigString(schema.default);
  }
  for (const [key, value] of Object.entries(values)) {
    const fullKey = key.includes(":") ? key : `${project.name}:${key}`;
    // A key with no value is the empty string to Pulumi (loaders.go, checkForEmptyConfig), not "null".
    config[fullKey] = value === null ? "" : toConfigString(maskSecrets(value));
  }
  return config;
}

export interface BuiltPlan {
  readonly plan: Plan;
  /** The plan's resources with their input dependencies, for the policy pack. */
  readonly recorded: RecordedResource[];
  /** The config the program ran with: `<namespace>:<key>` → string, as `stackConfig` builds it. */
  readonly config: Readonly<Record<string, string>>;
}

/** The project and the config a stack's program runs with (Pulumi.<stack>.yaml, or `configFile`). */
export function projectAndConfig(options: PlanOptions): { project: ProjectFile; config: Record<string, string> } {
  const project = readProject(options.projectDir);
  const configFile = options.configFile ?? path.join(options.projectDir, `Pulumi.${options.stack}.yaml`);
  if (!fs.existsSync(configFile)) {
    throw new PlanInputError(
      `${configFile} does not exist: create it with \`pulumi stack init ${options.stack}\` and \`pulumi config set\`, or pass --config-file.`,
    );
  }
  return { project, config: stackConfig(project, configFile) };
}

export async function buildPlan(options: PlanOptions): Promise<BuiltPlan> {
  const { project, config } = projectAndConfig(options);
  if (options.signal) await stopPoint(options.signal);
  const recorder = startMockRuntime({ project: project.name, stack: options.stack, config });
  // The program registers its resources when its module runs: drop it from the module cache so
  // every buildPlan in one process runs it again, against this call's mocks and config.
  const program = require.resolve(path.join(options.projectDir, "index"));
  delete require.cache[program];
  await import(program);
  // The program's evaluation is synchronous: a signal that came meanwhile is handled here.
  if (options.signal) await stopPoint(options.signal);
  await (options.signal ? unlessStopped(options.signal, settle()) : settle());
  const [unanswered] = recorder.unansweredCalls;
  if (unanswered !== undefined) throw new PlanInputError(unanswered);
  return { plan: { project: project.name, stack: options.stack, resources: recorder.resources() }, recorded: recorder.recorded(), config };
}

function readYaml(file: string): unknown {
  const text = readTextFile(file, (problem) => new PlanInputError(`${file}: ${problem}`));
  try {
    return parseYaml(text);
  } catch (err) {
    throw new PlanInputError(`${file}: not valid YAML: ${(err as Error).message.split("\n")[0]}`);
  }
}

function toConfigString(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function maskSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskSecrets);
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (Object.keys(record).length === 1 && typeof record.secure === "string") return SECRET_PLACEHOLDER;
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, maskSecrets(v)]));
  }
  return value;
}
