"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KMS_SSE_ALGORITHMS = exports.TRAIL_BUCKET_INPUT = void 0;
exports.reference = reference;
exports.trailView = trailView;
exports.trailLogGroupInputs = trailLogGroupInputs;
exports.logGroupNameFromArn = logGroupNameFromArn;
exports.publicAccessSettings = publicAccessSettings;
exports.publicAccessGaps = publicAccessGaps;
exports.inlinePublicAccess = inlinePublicAccess;
exports.declared = declared;
exports.inlineEncryption = inlineEncryption;
exports.separateEncryption = separateEncryption;
exports.inlineVersioning = inlineVersioning;
exports.separateVersioning = separateVersioning;
exports.policyDocument = policyDocument;
exports.deniesInsecureTransport = deniesInsecureTransport;
exports.keyRotation = keyRotation;
exports.logGroupView = logGroupView;
exports.metricKey = metricKey;
exports.isUnknownMetric = isUnknownMetric;
exports.describeMetric = describeMetric;
exports.metricFilterView = metricFilterView;
exports.alarmView = alarmView;
exports.topicKmsKey = topicKmsKey;
/**
 * Provider-neutral views of the resources the pack checks. Each view applies the provider's
 * default for an absent input and keeps "unknown" (preview) apart from "known".
 */
const props_1 = require("./props");
const resourceTypes_1 = require("./resourceTypes");
function reference(resource, ...inputs) {
    const value = (0, props_1.stringInput)((0, props_1.pick)(resource.props, ...inputs));
    const urns = inputs.flatMap((input) => resource.propertyDependencies[input] ?? []);
    return { value, urns };
}
function withDefault(value, fallback) {
    const known = (0, props_1.boolInput)(value);
    return known === undefined ? fallback : known;
}
/**
 * Defaults are CloudTrail's (CreateTrail): single-region, no validation, global service events
 * included, logging on (Terraform's `enable_logging` default; `IsLogging` is required in CFN).
 */
function trailView(type, name, props) {
    const native = (0, resourceTypes_1.isNative)(type);
    const trailName = (0, props_1.stringInput)((0, props_1.pick)(props, native ? "trailName" : "name"));
    return {
        trailName: trailName === undefined || trailName === "unknown" ? name : trailName,
        multiRegion: withDefault(props.isMultiRegionTrail, false),
        logFileValidation: withDefault(props.enableLogFileValidation, false),
        globalServiceEvents: withDefault(props.includeGlobalServiceEvents, true),
        logging: withDefault((0, props_1.pick)(props, native ? "isLogging" : "enableLogging"), true),
        kmsKeyId: (0, props_1.stringInput)(props.kmsKeyId),
        logGroupArn: (0, props_1.stringInput)((0, props_1.pick)(props, native ? "cloudWatchLogsLogGroupArn" : "cloudWatchLogsGroupArn")),
        logsRoleArn: (0, props_1.stringInput)(props.cloudWatchLogsRoleArn),
    };
}
exports.TRAIL_BUCKET_INPUT = "s3BucketName";
function trailLogGroupInputs(type) {
    return (0, resourceTypes_1.isNative)(type) ? "cloudWatchLogsLogGroupArn" : "cloudWatchLogsGroupArn";
}
/** `arn:aws:logs:region:account:log-group:NAME[:*]` -> NAME. */
function logGroupNameFromArn(arn) {
    const match = /^arn:[^:]+:logs:[^:]*:[^:]*:log-group:(.+?)(:\*)?$/.exec(arn);
    return match ? match[1] : undefined;
}
/** The four flags; an absent flag is false (both the API and the providers default to off). */
function publicAccessSettings(props) {
    return {
        blockPublicAcls: withDefault(props.blockPublicAcls, false),
        blockPublicPolicy: withDefault(props.blockPublicPolicy, false),
        ignorePublicAcls: withDefault(props.ignorePublicAcls, false),
        restrictPublicBuckets: withDefault(props.restrictPublicBuckets, false),
    };
}
/** "blocked", "unknown", or the names of the flags that are off. */
function publicAccessGaps(settings) {
    const entries = Object.entries(settings);
    if (entries.some(([, v]) => v === "unknown"))
        return "unknown";
    return entries.filter(([, v]) => v === false).map(([k]) => k);
}
/** Inline public access block of an aws-native bucket. */
function inlinePublicAccess(type, props) {
    if (!(0, resourceTypes_1.isNative)(type))
        return undefined;
    const value = props.publicAccessBlockConfiguration;
    if ((0, props_1.isUnknown)(value))
        return "unknown";
    const config = (0, props_1.asObject)(value);
    return config ? publicAccessSettings(config) : undefined;
}
/**
 * What the program declared for an input, read from the state the engine sends. `AnalyzeStack`
 * gets outputs: after an update a provider-computed input (a legacy bucket's inline encryption,
 * versioning or policy) holds what the provider read back from AWS, AWS's defaults included; at
 * preview it is unknown. An unknown with no property dependency is such a provider-computed value
 * (a declared value computed from another resource carries that resource in its dependencies):
 * the program did not declare it, and AWS's default applies, which is what the update reads back.
 */
function declared(resource, input) {
    const value = resource.props[input];
    if ((0, props_1.isUnknown)(value) && (resource.propertyDependencies[input] ?? []).length === 0)
        return undefined;
    return value;
}
/** SSE algorithm(s) a rule list sets; "unknown" if any is unknown. */
function algorithmsOf(rules, byDefault) {
    const found = [];
    for (const rule of rules) {
        if ((0, props_1.isUnknown)(rule))
            return "unknown";
        for (const setting of byDefault((0, props_1.asObject)(rule))) {
            if ((0, props_1.isUnknown)(setting))
                return "unknown";
            const algorithm = (0, props_1.stringInput)((0, props_1.asObject)(setting)?.sseAlgorithm);
            if (algorithm === "unknown")
                return "unknown";
            if (algorithm)
                found.push(algorithm);
        }
    }
    return found;
}
/** `rule.applyServerSideEncryptionByDefault`: one object (legacy and v7 Bucket, the separate resources). */
const singleDefault = (rule) => rule?.applyServerSideEncryptionByDefault === undefined ? [] : [rule.applyServerSideEncryptionByDefault];
/** `rules[].applyServerSideEncryptionByDefaults[]`: a list (BucketV2, v6 and v7). */
const listedDefaults = (rule) => (0, props_1.isUnknown)(rule?.applyServerSideEncryptionByDefaults)
    ? [rule.applyServerSideEncryptionByDefaults]
    : (0, props_1.asArray)(rule?.applyServerSideEncryptionByDefaults);
/**
 * Default encryption set on the bucket itself, by provider shape: aws-native
 * `bucketEncryption.serverSideEncryptionConfiguration[].serverSideEncryptionByDefault`; `aws:s3/bucket:Bucket`
 * (v6 legacy and v7) `serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault`;
 * `aws:s3/bucketV2:BucketV2` `serverSideEncryptionConfigurations[].rules[].applyServerSideEncryptionByDefaults[]`.
 */
function inlineEncryption(bucket) {
    if ((0, resourceTypes_1.isNative)(bucket.type)) {
        const encryption = declared(bucket, "bucketEncryption");
        if ((0, props_1.isUnknown)(encryption))
            return "unknown";
        const rules = (0, props_1.asObject)(encryption)?.serverSideEncryptionConfiguration;
        if (rules === undefined)
            return undefined;
        if ((0, props_1.isUnknown)(rules))
            return "unknown";
        return algorithmsOf((0, props_1.asArray)(rules), (rule) => rule?.serverSideEncryptionByDefault === undefined ? [] : [rule.serverSideEncryptionByDefault]);
    }
    if (bucket.type === resourceTypes_1.BUCKET_V2_TYPE) {
        const configurations = declared(bucket, "serverSideEncryptionConfigurations");
        if ((0, props_1.isUnknown)(configurations))
            return "unknown";
        if (!Array.isArray(configurations) || configurations.length === 0)
            return undefined;
        return algorithmsOf(configurations.flatMap((c) => (0, props_1.isUnknown)(c) ? [c] : (0, props_1.isUnknown)((0, props_1.asObject)(c)?.rules) ? [(0, props_1.asObject)(c).rules] : (0, props_1.asArray)((0, props_1.asObject)(c)?.rules)), listedDefaults);
    }
    const configuration = declared(bucket, "serverSideEncryptionConfiguration");
    if ((0, props_1.isUnknown)(configuration))
        return "unknown";
    const object = (0, props_1.asObject)(configuration);
    return object ? algorithmsOf([object.rule ?? null], singleDefault) : undefined;
}
function separateEncryption(props) {
    if ((0, props_1.isUnknown)(props.rules))
        return "unknown";
    return algorithmsOf((0, props_1.asArray)(props.rules), singleDefault);
}
/**
 * SSE-KMS and DSSE-KMS: what the trail bucket's default encryption must be. Every bucket has
 * SSE-S3 (AES256) whatever the program says, so only a KMS algorithm is a setting the program
 * makes (https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingServerSideEncryption.html;
 * values: https://docs.aws.amazon.com/AmazonS3/latest/API/API_ServerSideEncryptionByDefault.html).
 */
exports.KMS_SSE_ALGORITHMS = ["aws:kms", "aws:kms:dsse"];
/** Versioning set inline: true/false/"unknown", undefined when not set inline. */
function inlineVersioning(bucket) {
    if ((0, resourceTypes_1.isNative)(bucket.type)) {
        const config = declared(bucket, "versioningConfiguration");
        if ((0, props_1.isUnknown)(config))
            return "unknown";
        const status = (0, props_1.stringInput)((0, props_1.asObject)(config)?.status);
        if (status === "unknown")
            return "unknown";
        return status === undefined ? undefined : status === "Enabled";
    }
    if (bucket.type === resourceTypes_1.BUCKET_V2_TYPE) {
        const versionings = declared(bucket, "versionings");
        if ((0, props_1.isUnknown)(versionings))
            return "unknown";
        if (Array.isArray(versionings) && versionings.length > 0)
            return (0, props_1.boolInput)((0, props_1.asObject)(versionings[0])?.enabled) ?? false;
        return undefined;
    }
    const legacy = declared(bucket, "versioning");
    if ((0, props_1.isUnknown)(legacy))
        return "unknown";
    if ((0, props_1.asObject)(legacy))
        return (0, props_1.boolInput)((0, props_1.asObject)(legacy)?.enabled) ?? false;
    return undefined;
}
function separateVersioning(props) {
    const config = props.versioningConfiguration;
    if ((0, props_1.isUnknown)(config))
        return "unknown";
    const status = (0, props_1.stringInput)((0, props_1.asObject)(config)?.status);
    if (status === "unknown")
        return "unknown";
    return status === "Enabled";
}
/** A policy document from a JSON string (aws) or an object (aws-native); "unknown" at preview. */
function policyDocument(value) {
    if (value === undefined || value === null)
        return undefined;
    if ((0, props_1.isUnknown)(value))
        return "unknown";
    if (typeof value === "string") {
        try {
            const parsed = JSON.parse(value);
            return (0, props_1.asObject)(parsed);
        }
        catch {
            return undefined;
        }
    }
    return (0, props_1.asObject)(value);
}
/**
 * Whether a bucket policy denies every request made without TLS: a Deny statement for any
 * principal, covering s3 actions, with `Bool: {"aws:SecureTransport": "false"}`
 * (AWS's documented pattern; Security Hub S3.5).
 */
function deniesInsecureTransport(document) {
    return (0, props_1.asArray)(document.Statement ?? ((0, props_1.asObject)(document.Statement) ? [document.Statement] : [])).some((raw) => {
        const statement = (0, props_1.asObject)(raw);
        if (!statement || statement.Effect !== "Deny")
            return false;
        const principal = statement.Principal;
        const anyone = principal === "*" ||
            (0, props_1.asObject)(principal)?.AWS === "*" ||
            (Array.isArray((0, props_1.asObject)(principal)?.AWS) && (0, props_1.asArray)((0, props_1.asObject)(principal)?.AWS).includes("*"));
        if (!anyone)
            return false;
        const actions = Array.isArray(statement.Action) ? statement.Action : [statement.Action];
        if (!actions.some((a) => a === "s3:*" || a === "*"))
            return false;
        const condition = (0, props_1.asObject)((0, props_1.asObject)(statement.Condition)?.Bool);
        const secure = condition?.["aws:SecureTransport"];
        return secure === false || secure === "false" || (Array.isArray(secure) && (secure.includes("false") || secure.includes(false)));
    });
}
/** Rotation is on; only symmetric encryption keys can rotate, others are not applicable. */
function keyRotation(type, props) {
    const spec = (0, props_1.stringInput)((0, props_1.pick)(props, (0, resourceTypes_1.isNative)(type) ? "keySpec" : "customerMasterKeySpec"));
    const usage = (0, props_1.stringInput)(props.keyUsage);
    if (spec === "unknown" || usage === "unknown")
        return "unknown";
    if ((spec !== undefined && spec !== "SYMMETRIC_DEFAULT") || (usage !== undefined && usage !== "ENCRYPT_DECRYPT")) {
        return "not-applicable";
    }
    return withDefault(props.enableKeyRotation, false);
}
function logGroupView(type, props) {
    const retention = props.retentionInDays;
    return {
        logGroupName: (0, props_1.stringInput)((0, props_1.pick)(props, (0, resourceTypes_1.isNative)(type) ? "logGroupName" : "name")),
        kmsKeyId: (0, props_1.stringInput)(props.kmsKeyId),
        retentionInDays: (0, props_1.isUnknown)(retention) ? "unknown" : typeof retention === "number" ? retention : undefined,
    };
}
/** Both parts known: the key two metrics are equal by. */
function metricKey(metric) {
    const { namespace, name } = metric;
    if (namespace === undefined || name === undefined || namespace === "unknown" || name === "unknown")
        return undefined;
    return `${namespace}\u0000${name}`;
}
function isUnknownMetric(metric) {
    return metric.namespace === "unknown" || metric.name === "unknown";
}
function describeMetric(metric) {
    return `${metric.namespace ?? "(no namespace)"}/${metric.name ?? "(no name)"}`;
}
function metricFilterView(type, props) {
    if ((0, resourceTypes_1.isNative)(type)) {
        const transformations = props.metricTransformations;
        return {
            pattern: (0, props_1.stringInput)(props.filterPattern),
            metrics: (0, props_1.isUnknown)(transformations)
                ? "unknown"
                : (0, props_1.asArray)(transformations).map((t) => transformationMetric(t, "metricNamespace", "metricName")),
        };
    }
    const transformation = props.metricTransformation;
    return {
        pattern: (0, props_1.stringInput)(props.pattern),
        metrics: (0, props_1.isUnknown)(transformation) ? "unknown" : [transformationMetric(transformation, "namespace", "name")],
    };
}
function transformationMetric(value, namespaceKey, nameKey) {
    if ((0, props_1.isUnknown)(value))
        return { namespace: "unknown", name: "unknown" };
    const transformation = (0, props_1.asObject)(value);
    return { namespace: (0, props_1.stringInput)(transformation?.[namespaceKey]), name: (0, props_1.stringInput)(transformation?.[nameKey]) };
}
function alarmView(props) {
    const actions = props.alarmActions;
    return {
        metric: { namespace: (0, props_1.stringInput)(props.namespace), name: (0, props_1.stringInput)(props.metricName) },
        alarmActions: (0, props_1.isUnknown)(actions) ? "unknown" : (0, props_1.asArray)(actions).filter((a) => typeof a === "string"),
        actionsEnabled: withDefault(props.actionsEnabled, true),
    };
}
function topicKmsKey(props) {
    return (0, props_1.stringInput)(props.kmsMasterKeyId);
}
