/**
 * Builds the plan of a stack without credentials: the stack's config file as the engine would
 * pass it (Pulumi.yaml defaults applied, `secure:` values as placeholders), the real program
 * under Pulumi's mocks, and every resource it registers.
 */
import * as fs from "fs";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import { Plan, SECRET_PLACEHOLDER, stableStringify } from "./planTypes";
import { RecordedResource, settle, startMockRuntime } from "./mockRuntime";

export { SECRET_PLACEHOLDER, stableStringify };

export class PlanInputError extends Error {}

export interface PlanOptions {
  /** Folder with Pulumi.yaml and the program. */
  readonly projectDir: string;
  readonly stack: string;
  /** Default: `Pulumi.<stack>.yaml` in projectDir. */
  readonly configFile?: string;
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

/** The config map the engine hands a program: `<namespace>:<key>` → string. */
export function stackConfig(project: ProjectFile, configFile: string): Record<string, string> {
  const stackFile = readYaml(configFile) as { config?: Record<string, unknown> } | undefined;
  const values = stackFile?.config ?? {};
  if (typeof values !== "object" || Array.isArray(values))
    throw new PlanInputError(`${configFile}: "config" must be a map of keys to values`);
  const config: Record<string, string> = {};
  for (const [key, schema] of Object.entries(project.config ?? {})) {
    if (schema && schema.default !== undefined) config[`${project.name}:${key}`] = toConfigString(schema.default);
  }
  for (const [key, value] of Object.entries(values)) {
    const fullKey = key.includes(":") ? key : `${project.name}:${key}`;
    config[fullKey] = toConfigString(maskSecrets(value));
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
  const recorder = startMockRuntime({ project: project.name, stack: options.stack, config });
  // The program registers its resources when its module runs: drop it from the module cache so
  // every buildPlan in one process runs it again, against this call's mocks and config.
  const program = require.resolve(path.join(options.projectDir, "index"));
  delete require.cache[program];
  await import(program);
  await settle();
  const [unanswered] = recorder.unansweredCalls;
  if (unanswered !== undefined) throw new PlanInputError(unanswered);
  return { plan: { project: project.name, stack: options.stack, resources: recorder.resources() }, recorded: recorder.recorded(), config };
}

function readYaml(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    throw new PlanInputError(`${file}: cannot read it (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
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
