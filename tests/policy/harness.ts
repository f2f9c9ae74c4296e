/**
 * Runs one policy in-process on properties prepared exactly as `@pulumi/policy`'s server
 * prepares them (protobuf Struct -> deserializeProperties -> unknown-checking proxy), so an
 * unknown value behaves here as it does in a real preview. Fast: no process, no gRPC.
 */
import {
  PolicyResource,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { PackResource } from "../../tools/lib/packClient";

// Internal modules of @pulumi/policy: what its server runs on every request.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { deserializeProperties } = require("@pulumi/policy/deserialize") as {
  deserializeProperties(s: Struct, proxySecrets: boolean): Record<string, unknown>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { unknownCheckingProxy } = require("@pulumi/policy/proxy") as { unknownCheckingProxy<T>(o: T): T };

export const NOT_APPLICABLE = "not-applicable";

class NotApplicable extends Error {}

function engineProps(inputs: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const struct = Struct.fromJavaScript(JSON.parse(JSON.stringify(inputs)) as Record<string, never>);
  return unknownCheckingProxy(deserializeProperties(struct, false));
}

/** What `@pulumi/policy`'s server hands a resource policy. */
function resourceArgs(resource: PackResource, config: Record<string, unknown>): ResourceValidationArgs {
  return {
    type: resource.type,
    name: resource.name,
    urn: resource.urn,
    props: engineProps(resource.inputs),
    getConfig: () => config,
    notApplicable: (reason?: string): never => {
      throw new NotApplicable(reason);
    },
  } as unknown as ResourceValidationArgs;
}

/** Thrown errors named UnknownValueError mean the policy read an unknown: what the server reports as "can't run during preview". */
export function runResourcePolicy(
  policy: ResourceValidationPolicy,
  resource: PackResource,
  config: Record<string, unknown> = {},
): string[] | typeof NOT_APPLICABLE {
  const messages: string[] = [];
  const args = resourceArgs(resource, config);
  const validations = Array.isArray(policy.validateResource) ? policy.validateResource : [policy.validateResource!];
  try {
    for (const validate of validations) void validate(args, (message: string) => messages.push(message));
  } catch (e) {
    if (e instanceof NotApplicable) return NOT_APPLICABLE;
    throw e;
  }
  return messages;
}

export function remediate(
  policy: ResourceValidationPolicy,
  resource: PackResource,
  config: Record<string, unknown> = {},
): Record<string, unknown> | undefined {
  return policy.remediateResource!(resourceArgs(resource, config)) as Record<string, unknown> | undefined;
}

export interface StackFinding {
  readonly urn: string;
  readonly message: string;
}

export function toPolicyResources(resources: readonly PackResource[]): PolicyResource[] {
  const byUrn = new Map<string, PolicyResource>();
  const out = resources.map((r) => {
    const pr = {
      type: r.type,
      name: r.name,
      urn: r.urn,
      props: engineProps(r.inputs),
      dependencies: [],
      propertyDependencies: {},
    } as unknown as PolicyResource;
    byUrn.set(r.urn, pr);
    return pr;
  });
  resources.forEach((r, i) => {
    for (const [input, urns] of Object.entries(r.propertyDependencies ?? {})) {
      out[i].propertyDependencies[input] = urns.map((u) => byUrn.get(u)).filter((x): x is PolicyResource => x !== undefined);
    }
  });
  return out;
}

export function runStackPolicy(
  policy: StackValidationPolicy,
  resources: readonly PackResource[],
  config: Record<string, unknown> = {},
): StackFinding[] {
  const findings: StackFinding[] = [];
  const args = {
    resources: toPolicyResources(resources),
    getConfig: () => config,
    notApplicable: (reason?: string): never => {
      throw new NotApplicable(reason);
    },
  } as unknown as StackValidationArgs;
  void policy.validateStack(args, (message: string, urn?: string) => findings.push({ urn: urn ?? "", message }));
  return findings;
}
