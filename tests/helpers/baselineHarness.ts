/**
 * Builds the baseline from a config map under Pulumi's mocks and returns what `pulumi up`
 * would register. Several configurations can be built in one process.
 */
import { argsFromConfig } from "../../config";
import { MonitoringBaseline } from "../../components/monitoringBaseline";
import { settle, startMockRuntime } from "../../tools/lib/mockRuntime";
import { PlanResource } from "../../tools/lib/planTypes";

export const PROJECT = "aws-security-baseline";

export interface BuiltStack {
  readonly resources: PlanResource[];
  ofType(type: string): PlanResource[];
  named(name: string): PlanResource;
}

/** Config values as `pulumi config set` stores them: strings, lists and objects as JSON. */
export type TestConfig = Record<string, string | number | boolean | unknown[] | Record<string, unknown>>;

export async function buildStack(config: TestConfig = {}, stack = "test"): Promise<BuiltStack> {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(config)) raw[key] = typeof value === "string" ? value : JSON.stringify(value);
  const recorder = startMockRuntime({ project: PROJECT, stack, config: {} });
  new MonitoringBaseline(
    "baseline",
    argsFromConfig((key) => raw[key]),
  );
  await settle();
  const resources = recorder.resources();
  return {
    resources,
    ofType: (type) => resources.filter((r) => r.type === type),
    named: (name) => {
      const found = resources.find((r) => r.name === name);
      if (!found) throw new Error(`no resource named ${name}; have: ${resources.map((r) => r.name).join(", ")}`);
      return found;
    },
  };
}

export interface Statement {
  Sid: string;
  Effect: string;
  Principal?: unknown;
  Action: string | string[];
  Resource?: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
}

export function statements(policyJson: unknown): Statement[] {
  if (typeof policyJson !== "string") throw new Error(`policy is not a JSON string: ${JSON.stringify(policyJson)}`);
  return (JSON.parse(policyJson) as { Statement: Statement[] }).Statement;
}

export function statement(policyJson: unknown, sid: string): Statement {
  const found = statements(policyJson).find((s) => s.Sid === sid);
  if (!found) throw new Error(`no statement ${sid} in ${String(policyJson)}`);
  return found;
}

const shared = new Map<string, Promise<BuiltStack>>();

/**
 * One plan per configuration per mocha process: test files that need the same
 * configuration share it instead of building it again (plans take seconds).
 */
export function sharedStack(config: TestConfig = {}, stack = "test"): Promise<BuiltStack> {
  const key = JSON.stringify([config, stack]);
  let built = shared.get(key);
  if (!built) {
    built = buildStack(config, stack);
    shared.set(key, built);
  }
  return built;
}
