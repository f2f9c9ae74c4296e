/**
 * The changed leaves between two input values, as a reviewer reads them. Objects are compared key
 * by key; JSON documents held in strings (key and bucket policies, a dashboard body) are parsed
 * and compared the same way; arrays are aligned, so an element removed from the middle of a list
 * reads as that one element removed, not as every later element changed at its index.
 *
 * Paths: `a.b`, `a["odd key"]`, `a[3]`. An element removed from an array has `before` only and its
 * index in the base plan's array; an inserted element has `after` only and its index in the head
 * plan's; a pair of elements aligned with each other is compared inside, at the base plan's index
 * (so every path but an inserted element's names a place in the base plan).
 */
import { MASK, isSecretKey, isSecretSigil, isSecretValue } from "./planDiffSecrets";

/** One changed leaf of a resource's inputs. `before`/`after` are absent when the key or element is. */
export interface InputChange {
  /** `retentionInDays`, `lifecycle.rules[0].expiration.days`, `policy.Statement[1].Sid` (JSON strings are diffed inside). */
  readonly path: string;
  readonly before?: unknown;
  readonly after?: unknown;
  /** True when before/after were replaced by "[secret]". */
  readonly masked: boolean;
}

/** Arrays of scalars up to this many characters of JSON (both sides) read best whole: `["A","B"]` → `["A","C"]`. */
const WHOLE_SCALAR_ARRAY_CHARS = 120;

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isScalar(value: Json): boolean {
  return value === null || typeof value !== "object";
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A string that holds a JSON document (key and bucket policies, a dashboard body). */
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

export function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

/** Each object's or array's weight, computed once: alignments ask for the same elements' weights again and again. */
const weights = new WeakMap<object, number>();

/** How much there is to read in a value: its scalars' JSON length, keys included. */
function weight(value: Json): number {
  if (value === undefined) return 0;
  if (typeof value !== "object" || value === null) return Math.max(1, (JSON.stringify(value) ?? "").length);
  const known = weights.get(value);
  if (known !== undefined) return known;
  let sum = 1;
  if (Array.isArray(value)) for (const item of value) sum += weight(item);
  else for (const [k, v] of Object.entries(value)) sum += k.length + weight(v);
  weights.set(value, sum);
  return sum;
}

/**
 * How much of `a` a reader must read again to get `b` (their distance): what differs, weighted by
 * its length. A renumbered id (`"m4"` → `"m3"`) weighs little beside a rule name that changes,
 * which is how two elements are told to be the same element moved rather than two different ones.
 *
 * The distance when it is at most `limit`; some value above `limit` otherwise (the sum stops
 * once it passes it). An alignment never pairs two elements whose distance exceeds the cost of
 * removing one and inserting the other, so it needs the exact figure only up to there: the table
 * and the steps come out as with the exact distance.
 */
function boundedDistance(a: Json, b: Json, limit: number): number {
  if (deepEqual(a, b)) return 0;
  if (isRecord(a) && isRecord(b)) {
    let sum = 0;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      sum += boundedDistance(a[key], b[key], limit - sum);
      if (sum > limit) return sum;
    }
    return sum;
  }
  if (Array.isArray(a) && Array.isArray(b)) return align(a, b).cost; // exact: its table needs every cell
  const da = parsedDocument(a);
  const db = parsedDocument(b);
  if (da !== undefined && db !== undefined) return boundedDistance(da, db, limit);
  return weight(a) + weight(b);
}

/**
 * parseJsonDocument, each string parsed once while a value is diffed: aligning a list compares
 * every element with every other, and a policy or dashboard held in a string would be parsed each
 * time. Parsed documents are never changed, so sharing them is safe; the cache is emptied by each
 * diffValues call, which bounds it to one value's strings.
 */
const parsedDocuments = new Map<string, Json | undefined>();

function parsedDocument(value: Json): Json | undefined {
  if (typeof value !== "string") return undefined;
  if (!parsedDocuments.has(value)) parsedDocuments.set(value, parseJsonDocument(value));
  return parsedDocuments.get(value);
}

type Step = { kind: "same" | "pair"; i: number; j: number } | { kind: "remove"; i: number } | { kind: "insert"; j: number };

/**
 * The cheapest alignment of two arrays (an edit distance over elements): equal elements keep
 * each other at no cost; removing or inserting an element costs its weight; pairing two different
 * elements costs their distance, so only elements much alike are paired. Scalars are never paired:
 * a changed value in a list reads as one removed and one inserted.
 */
function align(a: readonly Json[], b: readonly Json[]): { cost: number; steps: Step[] } {
  const n = a.length;
  const m = b.length;
  const wa = a.map(weight);
  const wb = b.map(weight);
  // (n + 1) × (m + 1) tables, row-major: cell (i, j) at i * w + j.
  const w = m + 1;
  const cost = new Float64Array((n + 1) * w);
  const pair = new Float64Array((n + 1) * w).fill(Infinity);
  for (let i = n - 1; i >= 0; i--) cost[i * w + m] = cost[(i + 1) * w + m] + wa[i];
  for (let j = m - 1; j >= 0; j--) cost[n * w + j] = cost[n * w + j + 1] + wb[j];
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const same = deepEqual(a[i], b[j]);
      // Pairing costs more than removing a[i] and inserting b[j] once the distance exceeds their
      // weights (cost[i+1][j] <= cost[i+1][j+1] + wb[j]), so the distance is needed up to there.
      const p = same ? 0 : isScalar(a[i]) || isScalar(b[j]) ? Infinity : boundedDistance(a[i], b[j], wa[i] + wb[j]);
      pair[i * w + j] = p;
      cost[i * w + j] = Math.min(cost[(i + 1) * w + j] + wa[i], cost[i * w + j + 1] + wb[j], cost[(i + 1) * w + j + 1] + p);
    }
  }
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && cost[i * w + j] === cost[(i + 1) * w + j + 1] + pair[i * w + j]) {
      steps.push({ kind: pair[i * w + j] === 0 ? "same" : "pair", i, j });
      i++;
      j++;
    } else if (i < n && (j === m || cost[i * w + j] === cost[(i + 1) * w + j] + wa[i])) {
      steps.push({ kind: "remove", i });
      i++;
    } else {
      steps.push({ kind: "insert", j });
      j++;
    }
  }
  return { cost: cost[0], steps };
}

/** Every changed leaf between `before` and `after`, appended to `out`. */
export function diffValues(before: Json, after: Json, path: string, secret: boolean, out: InputChange[]): void {
  parsedDocuments.clear();
  try {
    diffInto(before, after, path, secret, out);
  } finally {
    parsedDocuments.clear();
  }
}

function diffInto(before: Json, after: Json, path: string, secret: boolean, out: InputChange[]): void {
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
    for (const key of keys) diffInto(before[key], after[key], childPath(path, key), isSecretKey(key), out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const short = (JSON.stringify(before) ?? "").length + (JSON.stringify(after) ?? "").length <= WHOLE_SCALAR_ARRAY_CHARS;
    if (short && before.every(isScalar) && after.every(isScalar)) return leaf();
    for (const step of align(before, after).steps) {
      if (step.kind === "pair") diffInto(before[step.i], after[step.j], `${path}[${step.i}]`, false, out);
      else if (step.kind === "remove") diffInto(before[step.i], undefined, `${path}[${step.i}]`, false, out);
      else if (step.kind === "insert") diffInto(undefined, after[step.j], `${path}[${step.j}]`, false, out);
    }
    return;
  }
  const beforeDoc = parseJsonDocument(before);
  const afterDoc = parseJsonDocument(after);
  if (beforeDoc !== undefined && afterDoc !== undefined) return diffInto(beforeDoc, afterDoc, path, false, out);
  leaf();
}

/** Paths in reading order: segment by segment, indices by number (`a[2]` before `a[10]`). */
export function comparePaths(a: string, b: string): number {
  const split = (p: string): (string | number)[] =>
    p.split(/(\[\d+\])/).flatMap((part): (string | number)[] => {
      const index = /^\[(\d+)\]$/.exec(part);
      return index ? [Number(index[1])] : part === "" ? [] : [part];
    });
  const x = split(a);
  const y = split(b);
  for (let k = 0; k < Math.min(x.length, y.length); k++) {
    const [p, q] = [x[k], y[k]];
    if (p === q) continue;
    if (typeof p === "number" && typeof q === "number") return p - q;
    return compare(String(p), String(q));
  }
  return x.length - y.length;
}
