/**
 * Stack config → MonitoringBaseline's arguments. Every config key is an argument of the same
 * name (settings/args.ts declares and documents them; settings/ validates them); this module only
 * turns the strings `pulumi config` stores into typed values and refuses keys it does not know.
 * Every bad-input error is raised before any resource is registered.
 */
import * as pulumi from "@pulumi/pulumi";
import { MonitoringBaselineArgs } from "./settings/args";
import { ARG_DECLARATIONS } from "./settings/declarations.generated";
import { resolveSettings } from "./settings/index";
import { clipped, closestKey, unknownKeyProblems } from "./settings/problems";
import { BaselineSettings } from "./settings/types";

/** Reads one raw config value: `pulumi.Config.get` in the program, a map in tests. */
export type ConfigSource = (key: string) => string | undefined;

/** How `pulumi config` stores a value: the string itself, a whole number, true/false, or JSON. */
export type ConfigKind = "string" | "integer" | "boolean" | "json";

/** Every argument is a config key of the same name, except `tags`, which a program passes. */
export type ConfigKey = Exclude<keyof MonitoringBaselineArgs, "tags">;

/** The kind of an argument's declared type (an enum's values are strings; every number argument counts whole things). */
export function configKindOf(declaration: { readonly type: string; readonly values?: readonly string[] }): ConfigKind {
  const type = declaration.values ? "string" : declaration.type;
  return type === "string" ? "string" : type === "number" ? "integer" : type === "boolean" ? "boolean" : "json";
}

const DECLARED = ARG_DECLARATIONS.MonitoringBaselineArgs;

/** Each key's kind, from its declared type: complete by construction, one entry per argument but `tags`. */
export const CONFIG_KINDS: Readonly<Record<ConfigKey, ConfigKind>> = Object.fromEntries(
  (Object.keys(DECLARED) as (keyof typeof DECLARED)[]).filter((key) => key !== "tags").map((key) => [key, configKindOf(DECLARED[key])]),
) as Record<ConfigKey, ConfigKind>;

export const CONFIG_KEYS = Object.keys(CONFIG_KINDS) as ConfigKey[];

/**
 * Whether Pulumi.yaml declares a key: the Pulumi CLI makes a declared key without a default
 * required on every stack, and an object or a list of objects has no type it declares. So a key
 * is declared when its default is a single value and its type a string, number, boolean or list
 * of strings; the README's configuration table marks the others *not declared*.
 */
export function isDeclarable(declaration: {
  readonly type: string;
  readonly default?: unknown;
  readonly values?: readonly string[];
  readonly itemValues?: readonly string[];
}): boolean {
  return (
    "default" in declaration &&
    (declaration.values !== undefined ||
      declaration.itemValues !== undefined ||
      ["string", "number", "boolean", "string[]"].includes(declaration.type))
  );
}

/** Keys Pulumi.yaml leaves out (isDeclarable); config.ts takes them all the same. */
export const UNDECLARED_CONFIG_KEYS: readonly ConfigKey[] = CONFIG_KEYS.filter((key) => !isDeclarable(DECLARED[key]));

/** The known config key closest to `key` within two edits, if any. */
export function closestConfigKey(key: string): string | undefined {
  return closestKey(key, CONFIG_KEYS);
}

/**
 * Stored strings → typed argument values. A value that does not convert is passed on as the
 * string it is, for settings/ to refuse with the key, the value and what is allowed.
 */
export function argsFromConfig(get: ConfigSource): MonitoringBaselineArgs {
  const args: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) {
    const raw = get(key);
    if (raw === undefined) continue;
    switch (CONFIG_KINDS[key]) {
      case "string":
        args[key] = raw;
        break;
      case "integer":
        args[key] = /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
        break;
      case "boolean":
        args[key] = raw === "true" ? true : raw === "false" ? false : raw;
        break;
      case "json":
        try {
          args[key] = JSON.parse(raw);
        } catch {
          // Plain strings set with `pulumi config set key value` are not JSON.
          args[key] = raw;
        }
        break;
    }
  }
  // objectLockMode "" (Pulumi.yaml's default) and existingLogGroupName "" mean unset.
  for (const key of ["objectLockMode", "existingLogGroupName"] as const) if (args[key] === "") delete args[key];
  return args as MonitoringBaselineArgs;
}

/**
 * Validates raw config values; throws a ConfigError listing every problem.
 * `presentKeys`: the keys of the project's namespace the stack sets; unknown ones are refused.
 */
export function parseSettings(get: ConfigSource, presentKeys: readonly string[] = []): BaselineSettings {
  return resolveSettings(argsFromConfig(get), unknownKeyProblems(presentKeys, CONFIG_KEYS, "configuration key"));
}

/** Namespaces of a stack's config that belong to others: the AWS provider's and the Pulumi CLI's. */
export const OTHER_NAMESPACES: readonly string[] = ["aws", "pulumi"];

/**
 * One problem per key of `fullKeys` (`<namespace>:<key>`, as the engine passes them) that nothing
 * reads: a key of the project's namespace that is no setting, and a key of any namespace but the
 * project's and OTHER_NAMESPACES, such as a misspelt project name, which would hide every key
 * under it and deploy the defaults.
 */
export function stackConfigProblems(project: string, fullKeys: readonly string[]): string[] {
  const projectKeys: string[] = [];
  const problems: string[] = [];
  for (const fullKey of fullKeys) {
    const at = fullKey.indexOf(":");
    const namespace = fullKey.slice(0, at);
    const key = fullKey.slice(at + 1);
    if (namespace === project) projectKeys.push(key);
    else if (!OTHER_NAMESPACES.includes(namespace)) {
      const suggestion = closestKey(namespace, [project, ...OTHER_NAMESPACES]);
      problems.push(
        `${clipped(fullKey)}: unknown configuration namespace${suggestion ? `; did you mean ${suggestion}:${key}?` : "."} This program reads ${project}: keys; aws: and pulumi: keys go to the AWS provider and the Pulumi CLI.`,
      );
    }
  }
  return [...unknownKeyProblems(projectKeys, CONFIG_KEYS, "configuration key"), ...problems];
}

/** The validated settings of a stack's whole config (`<namespace>:<key>` → stored string), every key checked. */
export function parseStackConfig(project: string, config: Readonly<Record<string, string>>): BaselineSettings {
  return resolveSettings(
    argsFromConfig((key) => config[`${project}:${key}`]),
    stackConfigProblems(project, Object.keys(config)),
  );
}

/**
 * The stack's config as MonitoringBaseline's arguments, refusing keys nothing reads
 * (stackConfigProblems). Bad values are refused by the component, every problem in one error,
 * before it registers any resource.
 */
export function loadBaselineArgs(project?: string): MonitoringBaselineArgs {
  const cfg = new pulumi.Config(project);
  const args = argsFromConfig((key) => cfg.get(key));
  const unread = stackConfigProblems(cfg.name, Object.keys(pulumi.runtime.allConfig()));
  // Reported with every other problem, in one error; bad values alone are reported by the
  // component, which validates its arguments itself.
  if (unread.length > 0) resolveSettings(args, unread);
  return args;
}

/** The validated settings of the stack's config (what the component resolves from them). */
export function loadSettings(project?: string): BaselineSettings {
  return resolveSettings(loadBaselineArgs(project));
}
