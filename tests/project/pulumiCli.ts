/**
 * What the Pulumi CLI checks before a program runs, re-stated from its source (pulumi/pulumi,
 * see tests/fixtures/pulumi-schemas/PROVENANCE.md) so tests can hold the project's files to it:
 *  - Pulumi.yaml against the published JSON schema, then Project.Validate();
 *  - PulumiPolicy.yaml: LoadPolicyPack requires a runtime;
 *  - each stack file: keys parse as `<namespace>:<name>`, every declared project key without a
 *    default is set, and every declared typed key's value matches its type.
 */
import * as fs from "fs";
import * as path from "path";
import Ajv2020 from "ajv/dist/2020";
import Ajv from "ajv";
import { parse as parseYaml } from "yaml";

const SCHEMAS = path.join(__dirname, "..", "fixtures", "pulumi-schemas");

/** The project schema of a CLI version: the current one, or v3.44.3 (draft 2020-12 both). */
export function projectSchemaValidator(file: "project.json" | "project-v3.44.3.json"): (value: unknown) => string[] {
  const schema = JSON.parse(fs.readFileSync(path.join(SCHEMAS, file), "utf8")) as Record<string, unknown>;
  // The Go validator (santhosh-tekuri/jsonschema) is not strict about unknown keywords; neither is this.
  const ajv: Ajv = new Ajv2020({ strict: false, allErrors: true });
  const validate = ajv.compile(schema);
  return (value) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `#${e.instancePath}: ${e.message ?? "invalid"}`));
}

interface ConfigItemsType {
  readonly type: string;
  readonly items?: ConfigItemsType;
}

export interface ConfigDeclaration {
  readonly type?: string;
  readonly items?: ConfigItemsType;
  readonly description?: string;
  readonly default?: unknown;
  readonly value?: unknown;
  readonly secret?: boolean;
}

export interface ProjectFile {
  readonly name: string;
  readonly config: Record<string, ConfigDeclaration>;
}

export function readYaml(file: string): unknown {
  return parseYaml(fs.readFileSync(file, "utf8")) as unknown;
}

/** `sdk/go/common/workspace/project.go` ValidateConfigValue. Stack values arrive as strings unless structured. */
export function validateConfigValue(typeName: string, items: ConfigItemsType | undefined, value: unknown): boolean {
  switch (typeName) {
    case "string":
      return typeof value === "string";
    case "integer":
      if (typeof value === "number") return Number.isInteger(value);
      return typeof value === "string" && /^[+-]?\d+$/.test(value);
    case "boolean":
      return typeof value === "boolean" || value === "true" || value === "false";
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "array":
      return Array.isArray(value) && items !== undefined && value.every((item) => validateConfigValue(items.type, items.items, item));
    default:
      return false;
  }
}

const isProjectNamespaced = (projectName: string, key: string) => !key.includes(":") || key.startsWith(`${projectName}:`);

/**
 * `LoadProjectBytes`: schema, then the shorthand rewrite (a primitive or list under a project key
 * is its default, under another namespace its value), then `Project.Validate()`.
 */
export function projectProblems(raw: unknown, validateSchema: (value: unknown) => string[]): string[] {
  const project = raw as Record<string, unknown>;
  if (typeof project?.name !== "string" || project.name === "") return ["project is missing a non-empty string 'name' attribute"];
  const schemaProblems = validateSchema(raw);
  if (schemaProblems.length > 0) return schemaProblems.map((p) => `could not validate 'Pulumi.yaml': ${p}`);
  const problems: string[] = [];
  const config = (typeof project.config === "object" && project.config !== null ? project.config : {}) as Record<string, unknown>;
  for (const [key, rawDeclaration] of Object.entries(config)) {
    const shorthand = typeof rawDeclaration !== "object" || rawDeclaration === null || Array.isArray(rawDeclaration);
    const declaration: ConfigDeclaration = shorthand
      ? isProjectNamespaced(project.name, key)
        ? { default: rawDeclaration }
        : { value: rawDeclaration }
      : (rawDeclaration as ConfigDeclaration);
    if (declaration.default !== undefined && declaration.value !== undefined)
      problems.push(`project config '${key}' cannot have both a 'default' and 'value' attribute`);
    if (isProjectNamespaced(project.name, key)) {
      if (declaration.type === "array" && declaration.items === undefined) {
        problems.push(
          `The configuration key '${key}' declares an array but does not specify the underlying type via the 'items' attribute`,
        );
      } else if (
        declaration.type !== undefined &&
        declaration.default !== undefined &&
        !validateConfigValue(declaration.type, declaration.items, declaration.default)
      ) {
        problems.push(`The default value specified for configuration key '${key}' is not of the expected type '${declaration.type}'`);
      }
    } else if (declaration.type !== undefined) {
      problems.push(`Configuration key '${key}' is not namespaced by the project and should not define a type`);
    } else if (declaration.value === undefined) {
      problems.push(`Configuration key '${key}' is namespaced and must provide an attribute 'value'`);
    }
  }
  return problems;
}

/** `LoadPolicyPack` + `PolicyPackProject.Validate`: YAML into the struct, and a runtime. */
export function policyPackProblems(raw: unknown): string[] {
  const pack = (raw ?? {}) as Record<string, unknown>;
  const runtime = pack.runtime;
  const runtimeName =
    typeof runtime === "string"
      ? runtime
      : typeof runtime === "object" && runtime !== null
        ? (runtime as { name?: unknown }).name
        : undefined;
  const problems: string[] = [];
  if (typeof runtimeName !== "string" || runtimeName === "") problems.push("project is missing a 'runtime' attribute");
  for (const field of ["version", "main", "description", "author", "website", "license"]) {
    if (pack[field] !== undefined && typeof pack[field] !== "string") problems.push(`'${field}' must be a string`);
  }
  return problems;
}

/**
 * `mergeConfig` with validation on: keys parse, declared keys without default/value are set,
 * declared typed values match. A stack value is a string unless it is a list or map (`Object()`).
 */
export function stackProblems(stackName: string, stackRaw: unknown, project: ProjectFile): string[] {
  const stack = (stackRaw ?? {}) as { config?: Record<string, unknown> };
  const problems: string[] = [];
  const values = new Map<string, unknown>();
  for (const [rawKey, rawValue] of Object.entries(stack.config ?? {})) {
    const key = rawKey.includes(":") ? rawKey : `${project.name}:${rawKey}`;
    const colons = key.split(":").length - 1;
    if (colons !== 1 && !(colons === 2 && key.split(":")[1] === "config")) {
      problems.push(`could not parse ${rawKey} as a configuration key (configuration keys should be of the form \`<namespace>:<name>\`)`);
      continue;
    }
    const normalised = colons === 2 ? `${key.split(":")[0]}:${key.split(":")[2]}` : key;
    const structured = typeof rawValue === "object" && rawValue !== null;
    values.set(normalised, structured ? rawValue : rawValue === null ? "" : String(rawValue));
  }
  const missing: string[] = [];
  for (const [declaredKey, declaration] of Object.entries(project.config ?? {})) {
    const key = declaredKey.includes(":") ? declaredKey : `${project.name}:${declaredKey}`;
    const found = values.has(key);
    if (!found && declaration.default === undefined && declaration.value === undefined && key.startsWith(`${project.name}:`)) {
      missing.push(declaredKey);
      continue;
    }
    if (found && declaration.type !== undefined && !validateConfigValue(declaration.type, declaration.items, values.get(key))) {
      const typeName = declaration.items ? `array<${declaration.items.type}>` : declaration.type;
      problems.push(`Stack '${stackName}' with configuration key '${declaredKey}' must be of type '${typeName}'`);
    }
  }
  if (missing.length > 0)
    problems.push(
      `Stack '${stackName}' is missing configuration value(s) ${missing
        .sort()
        .map((k) => `'${k}'`)
        .join(", ")}`,
    );
  return problems;
}

/** A project file as the CLI reads it, with its shorthand declarations expanded. */
export function loadProject(file: string): ProjectFile {
  const raw = readYaml(file) as { name: string; config?: Record<string, unknown> };
  const config: Record<string, ConfigDeclaration> = {};
  for (const [key, declaration] of Object.entries(raw.config ?? {})) {
    const shorthand = typeof declaration !== "object" || declaration === null || Array.isArray(declaration);
    config[key] = shorthand
      ? isProjectNamespaced(raw.name, key)
        ? { default: declaration }
        : { value: declaration }
      : (declaration as ConfigDeclaration);
  }
  return { name: raw.name, config };
}
