"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.indexStack = exports.StackIndex = void 0;
exports.toStackResources = toStackResources;
const model_1 = require("./model");
const perStack_1 = require("./perStack");
const props_1 = require("./props");
const resourceTypes_1 = require("./resourceTypes");
const RELEVANT_TYPES = new Set(resourceTypes_1.STACK_POLICY_TYPES);
/** Settles only the resources the pack joins; everything else is skipped without reading props. */
function toStackResources(resources) {
    const out = [];
    for (const r of resources) {
        if (!RELEVANT_TYPES.has(r.type))
            continue;
        const deps = {};
        for (const [input, sources] of Object.entries(r.propertyDependencies ?? {})) {
            deps[input] = sources.map((s) => s.urn);
        }
        out.push({ type: r.type, urn: r.urn, name: r.name, props: (0, props_1.settleProps)(r.props), propertyDependencies: deps });
    }
    return out;
}
/** Resources of one kind, found by URN or by any of their identifying values. */
class Directory {
    constructor() {
        this.byKey = new Map();
        /** Auto-named resources (`bucketPrefix`): name prefix -> resource. */
        this.prefixes = [];
    }
    addPrefix(resource, prefix) {
        if (typeof prefix === "string" && prefix.length >= 3)
            this.prefixes.push([prefix, resource]);
    }
    add(resource, keys) {
        this.byKey.set(resource.urn, resource);
        for (const key of keys) {
            if (typeof key === "string" && key !== "")
                this.byKey.set(key, resource);
        }
    }
    /** The resource a reference points at, if it is in this stack. */
    resolve(ref, valueKeys = (v) => [v]) {
        for (const urn of ref.urns) {
            const hit = this.byKey.get(urn);
            if (hit)
                return hit;
        }
        if (ref.value === undefined || ref.value === "unknown")
            return undefined;
        for (const key of valueKeys(ref.value)) {
            const hit = this.byKey.get(key);
            if (hit)
                return hit;
        }
        // Last resort, for inputs-only plans where an auto-named bucket's name is not recorded:
        // the one resource whose name prefix the value starts with. Ambiguous -> no join.
        const value = ref.value;
        const matches = this.prefixes.filter(([prefix]) => value.startsWith(prefix));
        return matches.length === 1 ? matches[0][1] : undefined;
    }
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
class StackIndex {
    constructor(resources) {
        this.trails = [];
        this.accountPublicAccessBlocks = [];
        this.alarms = [];
        /** Every metric filter of the stack, on whatever log group. */
        this.filters = [];
        this.buckets = new Directory();
        this.logGroups = new Directory();
        this.topics = new Directory();
        this.metricFilters = new Directory();
        this.parts = new Map();
        /** Log group identity (URN, or `name:<name>` when the group is not in the stack) -> filters. */
        this.filtersByLogGroup = new Map();
        /** Metric (namespace and name) -> the alarms that read it. */
        this.alarmsByMetric = new Map();
        /** Filter URN -> the alarms whose metric inputs were computed from it. */
        this.alarmsByFilterUrn = new Map();
        const bucketParts = [];
        const filters = [];
        for (const r of resources) {
            const p = r.props;
            if ((0, resourceTypes_1.oneOf)(resourceTypes_1.TRAIL_TYPES, r.type))
                this.trails.push(r);
            else if ((0, resourceTypes_1.oneOf)(resourceTypes_1.BUCKET_TYPES, r.type)) {
                this.buckets.add(r, [p.bucket, p.bucketName, p.id, p.arn]);
                if (p.bucket === undefined && p.bucketName === undefined)
                    this.buckets.addPrefix(r, p.bucketPrefix);
            }
            else if ((0, resourceTypes_1.oneOf)(resourceTypes_1.LOG_GROUP_TYPES, r.type)) {
                const arn = typeof p.arn === "string" ? p.arn : undefined;
                this.logGroups.add(r, [
                    p.name,
                    p.logGroupName,
                    p.id,
                    arn,
                    arn?.replace(/:\*$/, ""),
                    arn && !arn.endsWith(":*") ? `${arn}:*` : undefined,
                ]);
            }
            else if ((0, resourceTypes_1.oneOf)(resourceTypes_1.TOPIC_TYPES, r.type))
                this.topics.add(r, [p.arn, p.topicArn, p.id]);
            else if ((0, resourceTypes_1.oneOf)(resourceTypes_1.METRIC_FILTER_TYPES, r.type))
                filters.push(r);
            else if ((0, resourceTypes_1.oneOf)(resourceTypes_1.ALARM_TYPES, r.type))
                this.alarms.push(r);
            else if ((0, resourceTypes_1.oneOf)(resourceTypes_1.PUBLIC_ACCESS_BLOCK_TYPES, r.type))
                bucketParts.push([r, "publicAccessBlocks"]);
            else if ((0, resourceTypes_1.oneOf)(resourceTypes_1.BUCKET_ENCRYPTION_TYPES, r.type))
                bucketParts.push([r, "encryption"]);
            else if ((0, resourceTypes_1.oneOf)(resourceTypes_1.BUCKET_VERSIONING_TYPES, r.type))
                bucketParts.push([r, "versioning"]);
            else if ((0, resourceTypes_1.oneOf)(resourceTypes_1.BUCKET_POLICY_TYPES, r.type))
                bucketParts.push([r, "policies"]);
            else if ((0, resourceTypes_1.oneOf)(resourceTypes_1.ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPES, r.type))
                this.accountPublicAccessBlocks.push(r);
        }
        for (const [part, kind] of bucketParts) {
            const bucket = this.buckets.resolve((0, model_1.reference)(part, "bucket"), bucketKeys);
            if (!bucket)
                continue;
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
            push(this.filtersByLogGroup, this.logGroupIdentity((0, model_1.reference)(filter, "logGroupName")), filter);
        }
        for (const alarm of this.alarms) {
            const key = (0, model_1.metricKey)((0, model_1.alarmView)(alarm.props).metric);
            if (key !== undefined)
                push(this.alarmsByMetric, key, alarm);
            const sources = new Set([...(alarm.propertyDependencies.metricName ?? []), ...(alarm.propertyDependencies.namespace ?? [])]);
            for (const urn of sources)
                push(this.alarmsByFilterUrn, urn, alarm);
        }
    }
    trailBucket(trail) {
        return this.buckets.resolve((0, model_1.reference)(trail, "s3BucketName"), bucketKeys);
    }
    bucketParts(bucket) {
        return this.parts.get(bucket.urn) ?? { publicAccessBlocks: [], encryption: [], versioning: [], policies: [] };
    }
    /** The trail's log group resource, when it is in the stack. */
    trailLogGroup(trail) {
        return this.logGroups.resolve((0, model_1.reference)(trail, (0, resourceTypes_1.isNative)(trail.type) ? "cloudWatchLogsLogGroupArn" : "cloudWatchLogsGroupArn"), logGroupKeys);
    }
    /** Identity under which filters on a trail's log group are filed; undefined if unknown. */
    trailLogGroupIdentity(trail) {
        const ref = (0, model_1.reference)(trail, (0, resourceTypes_1.isNative)(trail.type) ? "cloudWatchLogsLogGroupArn" : "cloudWatchLogsGroupArn");
        const group = this.logGroups.resolve(ref, logGroupKeys);
        if (group)
            return group.urn;
        if (ref.value === undefined || ref.value === "unknown")
            return undefined;
        const name = (0, model_1.logGroupNameFromArn)(ref.value);
        return name === undefined ? undefined : `name:${name}`;
    }
    filtersOn(logGroupIdentity) {
        return this.filtersByLogGroup.get(logGroupIdentity) ?? [];
    }
    /** Alarms that read this metric: the same namespace and name, both known. */
    alarmsReading(metric) {
        const key = (0, model_1.metricKey)(metric);
        return key === undefined ? [] : (this.alarmsByMetric.get(key) ?? []);
    }
    /**
     * Alarms whose metric name or namespace was computed from the filter (`metricName:
     * filter.name`). Such a dependency says which filter an alarm was meant for; only equal metrics
     * say it watches what the filter publishes.
     */
    alarmsDependingOn(filter) {
        return this.alarmsByFilterUrn.get(filter.urn) ?? [];
    }
    /** SNS topics in this stack that an alarm's actions publish to. */
    topicsOf(alarm) {
        const out = [];
        const seen = new Set();
        const add = (t) => {
            if (t && !seen.has(t.urn)) {
                seen.add(t.urn);
                out.push(t);
            }
        };
        for (const urn of alarm.propertyDependencies.alarmActions ?? [])
            add(this.topics.resolve({ value: undefined, urns: [urn] }));
        const actions = alarm.props.alarmActions;
        if (Array.isArray(actions)) {
            for (const action of actions)
                if (typeof action === "string")
                    add(this.topics.resolve({ value: action, urns: [] }));
        }
        return out;
    }
    logGroupIdentity(ref) {
        const group = this.logGroups.resolve(ref, logGroupKeys);
        if (group)
            return group.urn;
        return typeof ref.value === "string" && ref.value !== "unknown" ? `name:${ref.value}` : `unresolved:${ref.urns.join(",")}`;
    }
}
exports.StackIndex = StackIndex;
/** A bucket reference may be a name, an id (the name) or an ARN. */
function bucketKeys(value) {
    const arn = /^arn:[^:]+:s3:::([^/]+)$/.exec(value);
    return arn ? [value, arn[1]] : [value];
}
function logGroupKeys(value) {
    const name = (0, model_1.logGroupNameFromArn)(value);
    return name ? [value, name] : [value];
}
/**
 * The index of a stack's resources, built once per `AnalyzeStack` request however many stack
 * policies read it (`perStack.ts`).
 */
exports.indexStack = (0, perStack_1.perStack)((resources) => new StackIndex(toStackResources(resources)));
