/**
 * The difference between two plans (tools/lib/planTypes.ts) as a reviewer needs it: what is
 * added, removed and changed (which inputs, old → new, secrets masked), which alarms appear or
 * disappear, and which changes replace or delete the evidence chain. Pure and deterministic:
 * the same two plans give the same PlanDiff, everything sorted.
 */
import { Plan, PlanResource } from "../lib/planTypes";
import { alarmIdentity, isAlarm } from "./planDiffAlarms";
import { CRITICAL_CONSEQUENCES, replaceOnChangeKeys } from "./planDiffReplacement";
import { MASK, isSecretKey, isSecretSigil, isSecretValue } from "./planDiffSecrets";

export interface ResourceRef {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  /** The resource's `region` input, when it has one. */
  readonly region?: string;
}

/** One changed leaf of a resource's inputs. `before`/`after` are absent when the key is. */
export interface InputChange {
  /** `retentionInDays`, `lifecycle.rules[0].expiration.days`, `policy.Statement[1].Sid` (JSON strings are diffed inside). */
  readonly path: string;
  readonly before?: unknown;
  readonly after?: unknown;
  /** True when before/after were replaced by "[secret]". */
  readonly masked: boolean;
}

export interface ResourceChange extends ResourceRef {
  /** True when Pulumi would delete and re-create the resource. */
  readonly replace: boolean;
  /** The changed inputs that force the replacement. */
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
  for (const before of sortByUrn(base.resources)) {
    const after = successor.get(before.urn);
    if (!after) continue;
    const changes = resourceChanges(before, after);
    if (changes.length === 0) continue;
    const changedTopKeys = new Set(changes.map((c) => topKey(c.path)));
    const replaceKeys = replaceOnChangeKeys(after.type).filter((k) => changedTopKeys.has(k));
    changed.push({ ...ref(after), replace: replaceKeys.length > 0, replaceKeys, changes });
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
    warnings: sortWarnings([...replaceWarnings(changed), ...removalWarnings(removed, added)]),
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

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function topKey(path: string): string {
  return /^[^.[]+/.exec(path)?.[0] ?? path;
}

/** Changed inputs, plus the resource options a reviewer cares about. */
function resourceChanges(before: PlanResource, after: PlanResource): InputChange[] {
  const changes: InputChange[] = [];
  diffValues(before.inputs, after.inputs, "", false, changes);
  for (const option of ["protect", "retainOnDelete"] as const) {
    if (before[option] !== after[option])
      changes.push({ path: `(${option})`, before: before[option], after: after[option], masked: false });
  }
  return changes.sort((a, b) => compare(a.path, b.path));
}

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isScalar(value: Json): boolean {
  return value === null || typeof value !== "object";
}

/** A string that holds a JSON document (key and bucket policies): diffed statement by statement. */
function parseJsonDocument(value: Json): Json | undefined {
  if (typeof value !== "string" || !/^\s*[[{]/.test(value)) return undefined;
  try {
    const parsed: Json = JSON.parse(value);
    return typeof parsed === "object" && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function childPath(path: string, key: string): string {
  if (path === "") return key;
  return /^[A-Za-z_$][\w$-]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function diffValues(before: Json, after: Json, path: string, secret: boolean, out: InputChange[]): void {
  if (deepEqual(before, after)) return;
  const masked = secret || isSecretValue(before) || isSecretValue(after);
  const leaf = (): void => {
    const change: { path: string; before?: Json; after?: Json; masked: boolean } = { path, masked };
    if (before !== undefined) change.before = masked ? MASK : before;
    if (after !== undefined) change.after = masked ? MASK : after;
    out.push(change);
  };
  if (masked || isSecretSigil(before) || isSecretSigil(after)) return leaf();
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(compare);
    for (const key of keys) diffValues(before[key], after[key], childPath(path, key), isSecretKey(key), out);
    return;
  }
  // Arrays of objects (selectors, lifecycle rules, statements) are compared item by item;
  // arrays of scalars (alarm actions, patterns) read better whole.
  if (Array.isArray(before) && Array.isArray(after) && !(before.every(isScalar) && after.every(isScalar))) {
    for (let i = 0; i < Math.max(before.length, after.length); i++) diffValues(before[i], after[i], `${path}[${i}]`, false, out);
    return;
  }
  const beforeDoc = parseJsonDocument(before);
  const afterDoc = parseJsonDocument(after);
  if (beforeDoc !== undefined && afterDoc !== undefined) {
    diffValues(beforeDoc, afterDoc, path, false, out);
    return;
  }
  leaf();
}

export function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
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

function replaceWarnings(changed: readonly ResourceChange[]): ReplacementWarning[] {
  return changed
    .filter((c) => c.replace)
    .map((c) => {
      const critical = CRITICAL_CONSEQUENCES[c.type];
      const what = critical ? `Replaces the ${critical.label} \`${c.name}\`` : `Replaces \`${c.name}\` (${c.type})`;
      const keys = c.replaceKeys.map((k) => `\`${k}\``).join(", ");
      return {
        kind: "replace" as const,
        urn: c.urn,
        type: c.type,
        name: c.name,
        keys: c.replaceKeys,
        critical: critical !== undefined,
        message: `${what}: ${keys} cannot change in place.${critical ? ` ${critical.consequence}` : ""}`,
      };
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
 * Deleting a critical resource always warns. When the same resource reappears under another URN
 * (renamed, or moved to another parent), Pulumi still deletes and re-creates it unless the new
 * resource declares the old URN in `aliases`: say so.
 */
function removalWarnings(removed: readonly PlanResource[], added: readonly PlanResource[]): ReplacementWarning[] {
  const unpaired = [...added];
  const warnings: ReplacementWarning[] = [];
  for (const old of removed) {
    const critical = CRITICAL_CONSEQUENCES[old.type];
    const index = unpaired.findIndex(
      (a) => a.type === old.type && (a.name === old.name || (physicalName(a) !== undefined && physicalName(a) === physicalName(old))),
    );
    if (index >= 0) {
      const [successor] = unpaired.splice(index, 1);
      const what = critical ? `the ${critical.label} \`${old.name}\`` : `\`${old.name}\` (${old.type})`;
      warnings.push({
        kind: "urn-change",
        urn: old.urn,
        type: old.type,
        name: old.name,
        newUrn: successor.urn,
        critical: critical !== undefined,
        message: `The URN of ${what} changes (now \`${successor.name}\`${successor.parent !== old.parent ? " under another parent" : ""}): Pulumi deletes it and creates a new one unless the new resource lists the old URN in \`aliases\`.${critical ? ` ${critical.consequence}` : ""}`,
      });
    } else if (critical) {
      warnings.push({
        kind: "delete",
        urn: old.urn,
        type: old.type,
        name: old.name,
        critical: true,
        message: `Deletes the ${critical.label} \`${old.name}\`${old.retainOnDelete ? " from the stack (retainOnDelete: it stays in AWS)" : ""}. ${critical.consequence}`,
      });
    }
  }
  return warnings;
}

function sortWarnings(warnings: ReplacementWarning[]): ReplacementWarning[] {
  return warnings.sort((a, b) => Number(b.critical) - Number(a.critical) || compare(a.urn, b.urn) || compare(a.kind, b.kind));
}
