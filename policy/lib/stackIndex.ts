/**
 * One pass over a stack's resources that joins what AWS models as separate resources: a bucket
 * and its public access block / encryption / versioning / policy, a trail and its bucket and
 * log group, a log group and its metric filters, a metric and its alarms, an alarm and its
 * topics. Joins use property dependencies first (they survive preview, when a new bucket's id is
 * unknown) and then the known values (a name, an id or an ARN). Each lookup is a Map access, so
 * building and querying the index is linear in the number of resources.
 */
import { PolicyResource } from "@pulumi/policy";
import { alarmView, logGroupNameFromArn, MetricId, metricKey, reference, Reference, StackResource } from "./model";
import { perStack } from "./perStack";
import { settleProps } from "./props";
import {
  STACK_POLICY_TYPES,
  ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPES,
  ALARM_TYPES,
  BUCKET_ENCRYPTION_TYPES,
  BUCKET_POLICY_TYPES,
  BUCKET_TYPES,
  BUCKET_VERSIONING_TYPES,
  LOG_GROUP_TYPES,
  METRIC_FILTER_TYPES,
  oneOf,
  PUBLIC_ACCESS_BLOCK_TYPES,
  TOPIC_TYPES,
  TRAIL_TYPES,
  isNative,
} from "./resourceTypes";

const RELEVANT_TYPES: ReadonlySet<string> = new Set<string>(STACK_POLICY_TYPES);

/** Settles only the resources the pack joins; everything else is skipped without reading props. */
export function toStackResources(resources: readonly PolicyResource[]): StackResource[] {
  const out: StackResource[] = [];
  for (const r of resources) {
    if (!RELEVANT_TYPES.has(r.type)) continue;
    const deps: Record<string, string[]> = {};
    for (const [input, sources] of Object.entries(r.propertyDependencies ?? {})) {
      deps[input] = sources.map((s) => s.urn);
    }
    out.push({ type: r.type, urn: r.urn, name: r.name, props: settleProps(r.props), propertyDependencies: deps });
  }
  return out;
}

/** Resources of one kind, found by URN or by any of their identifying values. */
class Directory {
  private readonly byKey = new Map<string, StackResource>();
  /** Auto-named resources (`bucketPrefix`): name prefix -> resource. */
  private readonly prefixes: [string, StackResource][] = [];

  addPrefix(resource: StackResource, prefix: unknown): void {
    if (typeof prefix === "string" && prefix.length >= 3) this.prefixes.push([prefix, resource]);
  }

  add(resource: StackResource, keys: readonly unknown[]): void {
    this.byKey.set(resource.urn, resource);
    for (const key of keys) {
      if (typeof key === "string" && key !== "") this.byKey.set(key, resource);
    }
  }

  /** The resource a reference points at, if it is in this stack. */
  resolve(ref: Reference, valueKeys: (value: string) => readonly string[] = (v) => [v]): StackResource | undefined {
    for (const urn of ref.urns) {
      const hit = this.byKey.get(urn);
      if (hit) return hit;
    }
    if (ref.value === undefined || ref.value === "unknown") return undefined;
    for (const key of valueKeys(ref.value)) {
      const hit = this.byKey.get(key);
      if (hit) return hit;
    }
    // Last resort, for inputs-only plans where an auto-named bucket's name is not recorded:
    // the one resource whose name prefix the value starts with. Ambiguous -> no join.
    const value = ref.value;
    const matches = this.prefixes.filter(([prefix]) => value.startsWith(prefix));
    return matches.length === 1 ? matches[0][1] : undefined;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface BucketParts {
  readonly publicAccessBlocks: StackResource[];
  readonly encryption: StackResource[];
  readonly versioning: StackResource[];
  readonly policies: StackResource[];
}

export class StackIndex {
  readonly trails: StackResource[] = [];
  readonly accountPublicAccessBlocks: StackResource[] = [];
  readonly alarms: StackResource[] = [];
  /** Every metric filter of the stack, on whatever log group. */
  readonly filters: StackResource[] = [];
  private readonly buckets = new Directory();
  private readonly logGroups = new Directory();
  private readonly topics = new Directory();
  private readonly metricFilters = new Directory();
  private readonly parts = new Map<string, BucketParts>();
  /** Log group identity (URN, or `name:<name>` when the group is not in the stack) -> filters. */
  private readonly filtersByLogGroup = new Map<string, StackResource[]>();
  /** Metric (namespace and name) -> the alarms that read it. */
  private readonly alarmsByMetric = new Map<string, StackResource[]>();
  /** Filter URN -> the alarms whose metric inputs were computed from it. */
  private readonly alarmsByFilterUrn = new Map<string, StackResource[]>();

  constructor(resources: readonly StackResource[]) {
    const bucketParts: [StackResource, keyof BucketParts][] = [];
    const filters: StackResource[] = [];
    for (const r of resources) {
      const p = r.props;
      if (oneOf(TRAIL_TYPES, r.type)) this.trails.push(r);
      else if (oneOf(BUCKET_TYPES, r.type)) {
        this.buckets.add(r, [p.bucket, p.bucketName, p.id, p.arn]);
        if (p.bucket === undefined && p.bucketName === undefined) this.buckets.addPrefix(r, p.bucketPrefix);
      } else if (oneOf(LOG_GROUP_TYPES, r.type)) {
        const arn = typeof p.arn === "string" ? p.arn : undefined;
        this.logGroups.add(r, [
          p.name,
          p.logGroupName,
          p.id,
          arn,
          arn?.replace(/:\*$/, ""),
          arn && !arn.endsWith(":*") ? `${arn}:*` : undefined,
        ]);
      } else if (oneOf(TOPIC_TYPES, r.type)) this.topics.add(r, [p.arn, p.topicArn, p.id]);
      else if (oneOf(METRIC_FILTER_TYPES, r.type)) filters.push(r);
      else if (oneOf(ALARM_TYPES, r.type)) this.alarms.push(r);
      else if (oneOf(PUBLIC_ACCESS_BLOCK_TYPES, r.type)) bucketParts.push([r, "publicAccessBlocks"]);
      else if (oneOf(BUCKET_ENCRYPTION_TYPES, r.type)) bucketParts.push([r, "encryption"]);
      else if (oneOf(BUCKET_VERSIONING_TYPES, r.type)) bucketParts.push([r, "versioning"]);
      else if (oneOf(BUCKET_POLICY_TYPES, r.type)) bucketParts.push([r, "policies"]);
      else if (oneOf(ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPES, r.type)) this.accountPublicAccessBlocks.push(r);
    }
    for (const [part, kind] of bucketParts) {
      const bucket = this.buckets.resolve(reference(part, "bucket"), bucketKeys);
      if (!bucket) continue;
      let entry = this.parts.get(bucket.urn);
      if (!entry) {
        entry = { publicAccessBlocks: [], encryption: [], versioning: [], policies: [] };
        this.parts.set(bucket.urn, entry);
      }
      entry[kind].push(part);
    }
    for (const filter of filters) {
      this.metricFilters.add(filter, []);
      this.filters.push(filter);
      push(this.filtersByLogGroup, this.logGroupIdentity(reference(filter, "logGroupName")), filter);
    }
    for (const alarm of this.alarms) {
      const key = metricKey(alarmView(alarm.props).metric);
      if (key !== undefined) push(this.alarmsByMetric, key, alarm);
      const sources = new Set([...(alarm.propertyDependencies.metricName ?? []), ...(alarm.propertyDependencies.namespace ?? [])]);
      for (const urn of sources) push(this.alarmsByFilterUrn, urn, alarm);
    }
  }

  trailBucket(trail: StackResource): StackResource | undefined {
    return this.buckets.resolve(reference(trail, "s3BucketName"), bucketKeys);
  }

  bucketParts(bucket: StackResource): BucketParts {
    return this.parts.get(bucket.urn) ?? { publicAccessBlocks: [], encryption: [], versioning: [], policies: [] };
  }

  /** The trail's log group resource, when it is in the stack. */
  trailLogGroup(trail: StackResource): StackResource | undefined {
    return this.logGroups.resolve(
      reference(trail, isNative(trail.type) ? "cloudWatchLogsLogGroupArn" : "cloudWatchLogsGroupArn"),
      logGroupKeys,
    );
  }

  /** Identity under which filters on a trail's log group are filed; undefined if unknown. */
  trailLogGroupIdentity(trail: StackResource): string | undefined {
    const ref = reference(trail, isNative(trail.type) ? "cloudWatchLogsLogGroupArn" : "cloudWatchLogsGroupArn");
    const group = this.logGroups.resolve(ref, logGroupKeys);
    if (group) return group.urn;
    if (ref.value === undefined || ref.value === "unknown") return undefined;
    const name = logGroupNameFromArn(ref.value);
    return name === undefined ? undefined : `name:${name}`;
  }

  filtersOn(logGroupIdentity: string): readonly StackResource[] {
    return this.filtersByLogGroup.get(logGroupIdentity) ?? [];
  }

  /** Alarms that read this metric: the same namespace and name, both known. */
  alarmsReading(metric: MetricId): readonly StackResource[] {
    const key = metricKey(metric);
    return key === undefined ? [] : (this.alarmsByMetric.get(key) ?? []);
  }

  /**
   * Alarms whose metric name or namespace was computed from the filter (`metricName:
   * filter.name`). Such a dependency says which filter an alarm was meant for; only equal metrics
   * say it watches what the filter publishes.
   */
  alarmsDependingOn(filter: StackResource): readonly StackResource[] {
    return this.alarmsByFilterUrn.get(filter.urn) ?? [];
  }

  /** SNS topics in this stack that an alarm's actions publish to. */
  topicsOf(alarm: StackResource): StackResource[] {
    const out: StackResource[] = [];
    const seen = new Set<string>();
    const add = (t: StackResource | undefined): void => {
      if (t && !seen.has(t.urn)) {
        seen.add(t.urn);
        out.push(t);
      }
    };
    for (const urn of alarm.propertyDependencies.alarmActions ?? []) add(this.topics.resolve({ value: undefined, urns: [urn] }));
    const actions = alarm.props.alarmActions;
    if (Array.isArray(actions)) {
      for (const action of actions) if (typeof action === "string") add(this.topics.resolve({ value: action, urns: [] }));
    }
    return out;
  }

  private logGroupIdentity(ref: Reference): string {
    const group = this.logGroups.resolve(ref, logGroupKeys);
    if (group) return group.urn;
    return typeof ref.value === "string" && ref.value !== "unknown" ? `name:${ref.value}` : `unresolved:${ref.urns.join(",")}`;
  }
}

/** A bucket reference may be a name, an id (the name) or an ARN. */
function bucketKeys(value: string): readonly string[] {
  const arn = /^arn:[^:]+:s3:::([^/]+)$/.exec(value);
  return arn ? [value, arn[1]] : [value];
}

function logGroupKeys(value: string): readonly string[] {
  const name = logGroupNameFromArn(value);
  return name ? [value, name] : [value];
}

/**
 * The index of a stack's resources, built once per `AnalyzeStack` request however many stack
 * policies read it (`perStack.ts`).
 */
export const indexStack: (resources: readonly PolicyResource[]) => StackIndex = perStack(
  (resources) => new StackIndex(toStackResources(resources)),
);
