/**
 * The difference between two plans (tools/lib/planTypes.ts) as a reviewer needs it: what is
 * added, removed and changed (which inputs, old → new, secrets masked), which alarms appear or
 * disappear, and which changes replace or delete the evidence chain. Pure and deterministic:
 * the same two plans give the same PlanDiff, everything sorted.
 */
import { Plan, PlanResource } from "../lib/planTypes";
import { alarmIdentity, isAlarm } from "./planDiffAlarms";
import { EVIDENCE_ROLES, EvidenceChange, protectedStop, replacingChanges } from "./planDiffReplacement";
import { InputChange, compare, comparePaths, diffValues } from "./planDiffValues";

export type { InputChange };
export { compare, deepEqual } from "./planDiffValues";

export interface ResourceRef {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  /** The resource's `region` input, when it has one. */
  readonly region?: string;
}

export interface ResourceChange extends ResourceRef {
  /** True when Pulumi would delete and re-create the resource. */
  readonly replace: boolean;
  /**
   * The inputs whose change forces the replacement, as lib/providerRules.ts names them (`[]` for
   * list elements): the provider's `forceNew` inputs among the changed ones, and `region`.
   */
  readonly replaceKeys: readonly string[];
  readonly changes: readonly InputChange[];
}

export interface AlarmRef {
  readonly id: string;
  readonly title?: string;
  readonly catalogued: boolean;
  readonly regions: readonly string[];
}

export type WarningKind = "replace" | "urn-change" | "delete";

export interface ReplacementWarning {
  readonly kind: WarningKind;
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  /** For "replace": the inputs that force it. */
  readonly keys?: readonly string[];
  /** For "urn-change": the URN the resource would be created under. */
  readonly newUrn?: string;
  /** A trail, bucket, KMS key or log group: the evidence chain. */
  readonly critical: boolean;
  /** The message says what happens given the base plan's `protect` and `retainOnDelete`. */
  readonly message: string;
}

/** A resource whose URN changes under an alias: the engine keeps it (no replacement). */
export interface MovedResource {
  /** The base plan's URN. */
  readonly urn: string;
  readonly newUrn: string;
  readonly type: string;
  readonly name: string;
}

export interface PlanDiff {
  readonly base: { readonly project: string; readonly stack: string };
  readonly head: { readonly project: string; readonly stack: string };
  readonly summary: { readonly add: number; readonly remove: number; readonly change: number; readonly replace: number };
  readonly added: readonly ResourceRef[];
  readonly removed: readonly ResourceRef[];
  /** Updated or replaced in place (same URN, or a new URN under an alias). */
  readonly changed: readonly ResourceChange[];
  /** Kept under a new URN through `aliases` (sorted by base URN). */
  readonly moved: readonly MovedResource[];
  readonly alarms: { readonly added: readonly AlarmRef[]; readonly removed: readonly AlarmRef[] };
  /** Critical ones first, then by URN. */
  readonly warnings: readonly ReplacementWarning[];
}

export function diffPlans(base: Plan, head: Plan): PlanDiff {
  const headByUrn = new Map(head.resources.map((r) => [r.urn, r]));
  const headByAlias = new Map<string, PlanResource>();
  for (const [resource, aliases] of effectiveAliases(head))
    for (const alias of aliases) if (!headByUrn.has(alias)) headByAlias.set(alias, resource);
  // Each base resource's successor: the head resource of the same URN, else the one aliasing it.
  const successor = new Map(
    base.resources.flatMap((r) => {
      const after = headByUrn.get(r.urn) ?? headByAlias.get(r.urn);
      return after ? [[r.urn, after] as const] : [];
    }),
  );
  const kept = new Set([...successor.values()].map((r) => r.urn));
  const added = sortByUrn(head.resources.filter((r) => !kept.has(r.urn)));
  const removed = sortByUrn(base.resources.filter((r) => !successor.has(r.urn)));
  const moved = sortByUrn(base.resources)
    .filter((r) => successor.has(r.urn) && successor.get(r.urn)!.urn !== r.urn)
    .map((r) => ({ urn: r.urn, newUrn: successor.get(r.urn)!.urn, type: r.type, name: r.name }));

  const changed: ResourceChange[] = [];
  const baseOf = new Map<ResourceChange, PlanResource>();
  for (const before of sortByUrn(base.resources)) {
    const after = successor.get(before.urn);
    if (!after) continue;
    const changes = resourceChanges(before, after);
    if (changes.length === 0) continue;
    const replaceKeys = replacingChanges(
      after.type,
      changes.map((c) => c.path),
    );
    const change = { ...ref(after), replace: replaceKeys.length > 0, replaceKeys, changes };
    changed.push(change);
    baseOf.set(change, before);
  }

  return {
    base: { project: base.project, stack: base.stack },
    head: { project: head.project, stack: head.stack },
    summary: {
      add: added.length,
      remove: removed.length,
      change: changed.filter((c) => !c.replace).length,
      replace: changed.filter((c) => c.replace).length,
    },
    added: added.map(ref),
    removed: removed.map(ref),
    changed,
    moved,
    alarms: alarmChanges(base, head),
    warnings: sortWarnings([...replaceWarnings(changed, baseOf), ...removalWarnings(removed, added)]),
  };
}

/**
 * Every earlier URN each resource answers to, as the engine computes them: its own `aliases`,
 * and for each alias of its parent (own or inherited) the URN it had under that parent.
 */
export function effectiveAliases(plan: Plan): Map<PlanResource, string[]> {
  const byUrn = new Map(plan.resources.map((r) => [r.urn, r]));
  const result = new Map<PlanResource, string[]>();
  const aliasesOf = (resource: PlanResource): string[] => {
    const known = result.get(resource);
    if (known) return known;
    const parent = resource.parent === null ? undefined : byUrn.get(resource.parent);
    const inherited = parent ? aliasesOf(parent).map((parentAlias) => inheritedChildAlias(parentAlias, parent.name, resource)) : [];
    const all = [...new Set([...(resource.aliases ?? []), ...inherited])].sort();
    result.set(resource, all);
    return all;
  };
  for (const resource of plan.resources) aliasesOf(resource);
  return result;
}

/**
 * The engine's rule (pulumi/pulumi step generator, inheritedChildAlias): the child's URN under its
 * parent's alias; a child named with its parent's name as a prefix takes the alias's name instead.
 */
function inheritedChildAlias(parentAlias: string, parentName: string, child: PlanResource): string {
  const [stack, project, parentType, aliasName] = parentAlias.split("::");
  const name = child.name.startsWith(parentName) ? aliasName + child.name.slice(parentName.length) : child.name;
  return `${stack}::${project}::${parentType}$${child.type}::${name}`;
}

function ref(r: PlanResource): ResourceRef {
  return typeof r.inputs.region === "string"
    ? { urn: r.urn, type: r.type, name: r.name, region: r.inputs.region }
    : { urn: r.urn, type: r.type, name: r.name };
}

function sortByUrn<T extends { urn: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compare(a.urn, b.urn));
}

/** Changed inputs, plus the resource options a reviewer cares about. */
function resourceChanges(before: PlanResource, after: PlanResource): InputChange[] {
  const changes: InputChange[] = [];
  diffValues(before.inputs, after.inputs, "", false, changes);
  for (const option of ["protect", "retainOnDelete"] as const) {
    if (before[option] !== after[option])
      changes.push({ path: `(${option})`, before: before[option], after: after[option], masked: false });
  }
  return changes.sort((a, b) => comparePaths(a.path, b.path));
}

function alarmsByid(plan: Plan): Map<string, AlarmRef> {
  const alarms = new Map<string, AlarmRef>();
  for (const resource of plan.resources.filter(isAlarm)) {
    const identity = alarmIdentity(resource);
    const region = typeof resource.inputs.region === "string" ? [resource.inputs.region] : [];
    const existing = alarms.get(identity.id);
    const regions = [...new Set([...(existing?.regions ?? []), ...region])].sort(compare);
    alarms.set(identity.id, { ...identity, regions });
  }
  return alarms;
}

function alarmChanges(base: Plan, head: Plan): PlanDiff["alarms"] {
  const before = alarmsByid(base);
  const after = alarmsByid(head);
  const only = (a: Map<string, AlarmRef>, b: Map<string, AlarmRef>): AlarmRef[] =>
    [...a.values()].filter((alarm) => !b.has(alarm.id)).sort((x, y) => compare(x.id, y.id));
  return { added: only(after, before), removed: only(before, after) };
}

/** A warning's message: what changes, then what it costs given the base plan's flags. */
/** The resource's role in the evidence chain, when the base plan keeps it as evidence. */
function evidenceRole(base: PlanResource): (typeof EVIDENCE_ROLES)[string] | undefined {
  const role = EVIDENCE_ROLES[base.type];
  return role?.evidence(base) ? role : undefined;
}

function warningText(change: EvidenceChange, base: PlanResource, what: string): { critical: boolean; text: string } {
  const role = evidenceRole(base);
  const parts = [what, ...(base.protect ? [protectedStop(change)] : []), ...(role ? [role.consequence(change, base)] : [])];
  return { critical: role !== undefined, text: parts.join(" ") };
}

function describe(r: PlanResource): string {
  const role = evidenceRole(r);
  return role ? `the ${role.label} \`${r.name}\`` : `\`${r.name}\` (${r.type})`;
}

function replaceWarnings(changed: readonly ResourceChange[], baseOf: ReadonlyMap<ResourceChange, PlanResource>): ReplacementWarning[] {
  return changed
    .filter((c) => c.replace)
    .map((c) => {
      const base = baseOf.get(c)!;
      const keys = c.replaceKeys.map((k) => `\`${k}\``).join(", ");
      const { critical, text } = warningText("replace", base, `Replaces ${describe(base)}: ${keys} cannot change in place.`);
      return { kind: "replace" as const, urn: c.urn, type: c.type, name: c.name, keys: c.replaceKeys, critical, message: text };
    });
}

/** The value that names a resource in AWS, used to pair a removed resource with its re-creation. */
function physicalName(r: PlanResource): string | undefined {
  for (const key of ["name", "bucket", "bucketPrefix", "alarmName", "description"]) {
    const value = r.inputs[key];
    if (typeof value === "string") return `${key}=${value}`;
  }
  return undefined;
}

/**
 * Deleting a part of the evidence chain, or a protected resource, always warns. When the same
 * resource reappears under another URN (renamed, or moved to another parent), Pulumi still deletes
 * and re-creates it unless the new resource declares the old URN in `aliases`: say so.
 */
function removalWarnings(removed: readonly PlanResource[], added: readonly PlanResource[]): ReplacementWarning[] {
  const unpaired = [...added];
  const warnings: ReplacementWarning[] = [];
  for (const old of removed) {
    const index = unpaired.findIndex(
      (a) => a.type === old.type && (a.name === old.name || (physicalName(a) !== undefined && physicalName(a) === physicalName(old))),
    );
    if (index >= 0) {
      const [successor] = unpaired.splice(index, 1);
      const what = `The URN of ${describe(old)} changes (now \`${successor.name}\`${successor.parent !== old.parent ? " under another parent" : ""}): Pulumi deletes it and creates a new one unless the new resource lists the old URN in \`aliases\`.`;
      const { critical, text } = warningText("urn-change", old, what);
      warnings.push({ kind: "urn-change", urn: old.urn, type: old.type, name: old.name, newUrn: successor.urn, critical, message: text });
    } else if (evidenceRole(old) || old.protect) {
      const { critical, text } = warningText("delete", old, `Deletes ${describe(old)}.`);
      warnings.push({ kind: "delete", urn: old.urn, type: old.type, name: old.name, critical, message: text });
    }
  }
  return warnings;
}

function sortWarnings(warnings: ReplacementWarning[]): ReplacementWarning[] {
  return warnings.sort((a, b) => Number(b.critical) - Number(a.critical) || compare(a.urn, b.urn) || compare(a.kind, b.kind));
}
