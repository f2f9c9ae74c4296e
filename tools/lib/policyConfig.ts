/**
 * A policy pack config file (`audit --config`, `plan --policy-config`, `plan-diff --policy-config`):
 * the same file `pulumi preview --policy-pack-config` takes. The pack does not check config against its schema
 * (the CLI does), so the tools check it here.
 */
import { AnalyzerInfo } from "@pulumi/pulumi/proto/analyzer_pb";
import { InputError } from "./cli";
import { PolicyPackConfig } from "./packClient";
import { fromCaller } from "./callerPath";
import { readTextFile } from "./textFile";

/** An unreadable or invalid policy config: one line naming the file, exit 2. */
export class PolicyConfigError extends InputError {}

const LEVELS = ["advisory", "mandatory", "remediate", "disabled"];

export function readPolicyConfig(file: string): PolicyPackConfig {
  const text = readTextFile(fromCaller(file), (problem) => new PolicyConfigError(`${file}: ${problem}`));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new PolicyConfigError(`${file}: cannot read policy config (${(e as Error).message})`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new PolicyConfigError(`${file}: policy config must be a JSON object of policy name -> level or settings`);
  }
  return parsed as PolicyPackConfig;
}

function typeMatches(type: unknown, value: unknown): boolean {
  switch (type) {
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "string":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value);
    default:
      return true;
  }
}

/**
 * Checks names, levels and property types against the pack's own metadata. Levels are merged as
 * the engine merges them when the config is sent (`reconcilePolicyConfig`): an entry without
 * `enforcementLevel` keeps the policy's own level.
 */
export function validatePolicyConfig(file: string, config: PolicyPackConfig, info: AnalyzerInfo): PolicyPackConfig {
  const schemas = new Map(
    info
      .getPoliciesList()
      .map((p) => [p.getName(), (p.getConfigschema()?.getProperties()?.toJavaScript() ?? {}) as Record<string, Record<string, unknown>>]),
  );
  for (const [policy, value] of Object.entries(config)) {
    const names = policy === "all" ? [...schemas.keys()] : [policy];
    if (!schemas.has(names[0]))
      throw new PolicyConfigError(`${file}: unknown policy '${policy}'; known: ${[...schemas.keys()].join(", ")}`);
    const settings = typeof value === "string" ? { enforcementLevel: value } : value;
    if (typeof settings !== "object" || settings === null) throw new PolicyConfigError(`${file}: '${policy}' must be a level or an object`);
    for (const [key, v] of Object.entries(settings)) {
      if (key === "enforcementLevel") {
        if (typeof v !== "string" || !LEVELS.includes(v))
          throw new PolicyConfigError(`${file}: '${policy}.enforcementLevel' must be one of ${LEVELS.join(", ")}`);
        continue;
      }
      if (policy === "all") throw new PolicyConfigError(`${file}: 'all' takes only enforcementLevel`);
      const schema = schemas.get(policy)![key];
      if (!schema) throw new PolicyConfigError(`${file}: policy '${policy}' has no setting '${key}'`);
      if (!typeMatches(schema.type, v) || (typeof schema.minimum === "number" && typeof v === "number" && v < schema.minimum)) {
        throw new PolicyConfigError(
          `${file}: '${policy}.${key}' must be ${String(schema.type)}${typeof schema.minimum === "number" ? ` >= ${schema.minimum}` : ""}`,
        );
      }
    }
  }
  return config;
}

/** Policy name → the trails it must not judge. */
export type StackExemptions = Readonly<Record<string, { readonly exemptTrails: readonly string[] }>>;

/**
 * `user` with `own` merged in: each exempting policy's `exemptTrails` is the union of the user's
 * (first, in their order) and the stack's; the user's enforcementLevel and other settings for it
 * stay. Every other entry is the user's, unchanged.
 */
export function mergePolicyConfig(user: PolicyPackConfig, own: StackExemptions): PolicyPackConfig {
  const merged: Record<string, PolicyPackConfig[string]> = { ...user };
  for (const [policy, { exemptTrails }] of Object.entries(own)) {
    const given = user[policy];
    const settings: Readonly<Record<string, unknown>> =
      given === undefined ? {} : typeof given === "string" ? { enforcementLevel: given } : given;
    const theirs: unknown[] = Array.isArray(settings.exemptTrails) ? settings.exemptTrails : [];
    merged[policy] = { ...settings, exemptTrails: [...new Set([...theirs, ...exemptTrails])] };
  }
  return merged;
}
