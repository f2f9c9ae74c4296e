/**
 * The JSON that `npm run -s plan -- --json` prints: a contract other tools read (plan-diff,
 * audit, CI). Keep its shape stable; document any addition in the README.
 */
export interface PlanResource {
  /** Full Pulumi URN, as `pulumi up` would give it. */
  readonly urn: string;
  /** Pulumi type token, e.g. `aws:cloudtrail/trail:Trail`. */
  readonly type: string;
  /** Logical name. */
  readonly name: string;
  /** URN of the parent component, or null for the stack's direct children. */
  readonly parent: string | null;
  /** Resolved input properties under their Pulumi names (`isMultiRegionTrail`, `pattern`, ...). */
  readonly inputs: Record<string, unknown>;
  readonly protect: boolean;
  readonly retainOnDelete: boolean;
  /** URNs of explicit `dependsOn` resources. */
  readonly dependsOn: readonly string[];
  /**
   * Earlier URNs the resource declares (`aliases`): the engine treats a resource found under one
   * of them, or under a URN its parent's aliases imply, as this one (no replacement).
   * Absent in plans made before version 0.2.
   */
  readonly aliases?: readonly string[];
}

export interface Plan {
  readonly project: string;
  readonly stack: string;
  /** Sorted by URN. */
  readonly resources: readonly PlanResource[];
}

/** What a `secure:` config value becomes: the plan never sees a secret. */
export const SECRET_PLACEHOLDER = "[secret]";

/**
 * JSON with sorted keys, so the same inputs give byte-identical output. Here, beside the
 * plan's types, rather than in plan.ts: plan-diff reads and prints plans without loading the
 * mock runtime (Pulumi's SDK) that planning needs.
 */
export function stableStringify(value: unknown, indent = 2): string {
  return JSON.stringify(sortKeys(value), null, indent);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
