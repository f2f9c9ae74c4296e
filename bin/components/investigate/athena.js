"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_BYTES_SCANNED_CUTOFF = exports.MIN_BYTES_SCANNED_CUTOFF = exports.PARTITION_KEYS = exports.CLOUDTRAIL_COLUMNS = void 0;
exports.hiveTypeString = hiveTypeString;
exports.columnPaths = columnPaths;
exports.validateTrailArchive = validateTrailArchive;
exports.archiveRoot = archiveRoot;
exports.projectionParameters = projectionParameters;
exports.cloudTrailTableArgs = cloudTrailTableArgs;
exports.cloudTrailTableArgsFor = cloudTrailTableArgsFor;
exports.workgroupArgs = workgroupArgs;
exports.savedQueries = savedQueries;
exports.namedQueryArgs = namedQueryArgs;
const pulumi = __importStar(require("@pulumi/pulumi"));
const awsLimits_1 = require("../../lib/awsLimits");
const declarations_generated_1 = require("../../settings/declarations.generated");
const s = "string";
const struct = (fields) => ({
    struct: Object.entries(fields).map(([name, type]) => ({ name, type })),
});
/** The documented column set, in the documented order. */
exports.CLOUDTRAIL_COLUMNS = Object.entries({
    eventversion: s,
    useridentity: struct({
        type: s,
        principalid: s,
        arn: s,
        accountid: s,
        invokedby: s,
        accesskeyid: s,
        username: s,
        onbehalfof: struct({ userid: s, identitystorearn: s }),
        sessioncontext: struct({
            attributes: struct({ mfaauthenticated: s, creationdate: s }),
            sessionissuer: struct({ type: s, principalid: s, arn: s, accountid: s, username: s }),
            ec2roledelivery: s,
            webidfederationdata: struct({ federatedprovider: s, attributes: { map: [s, s] } }),
        }),
    }),
    eventtime: s,
    eventsource: s,
    eventname: s,
    awsregion: s,
    sourceipaddress: s,
    useragent: s,
    errorcode: s,
    errormessage: s,
    requestparameters: s,
    responseelements: s,
    additionaleventdata: s,
    requestid: s,
    eventid: s,
    readonly: s,
    resources: { array: struct({ arn: s, accountid: s, type: s }) },
    eventtype: s,
    apiversion: s,
    recipientaccountid: s,
    serviceeventdetails: s,
    sharedeventid: s,
    vpcendpointid: s,
    vpcendpointaccountid: s,
    eventcategory: s,
    addendum: struct({ reason: s, updatedfields: s, originalrequestid: s, originaleventid: s }),
    sessioncredentialfromconsole: s,
    edgedevicedetails: s,
    tlsdetails: struct({ tlsversion: s, ciphersuite: s, clientprovidedhostheader: s }),
}).map(([name, type]) => ({ name, type }));
/**
 * Partition columns. The documented table projects `timestamp` (yyyy/MM/dd) for one account and
 * region; the baseline's trail records every region, and an organization trail every account,
 * so `account` and `region` are projected too.
 */
exports.PARTITION_KEYS = ["account", "region", "timestamp"];
function hiveTypeString(type) {
    if (type === "string")
        return "string";
    if ("struct" in type)
        return `struct<${type.struct.map((f) => `${f.name}:${hiveTypeString(f.type)}`).join(",")}>`;
    if ("array" in type)
        return `array<${hiveTypeString(type.array)}>`;
    return `map<${hiveTypeString(type.map[0])},${hiveTypeString(type.map[1])}>`;
}
/**
 * Every name a query may use: top-level columns, partition keys, and dotted paths into structs
 * (`useridentity.sessioncontext.sessionissuer.arn`). Array elements are reached through UNNEST
 * and are listed as `resources[].arn`.
 */
function columnPaths() {
    const paths = new Set(exports.PARTITION_KEYS);
    const walk = (prefix, type) => {
        paths.add(prefix);
        if (type === "string" || "map" in type)
            return;
        if ("array" in type)
            return walk(`${prefix}[]`, type.array);
        for (const field of type.struct)
            walk(`${prefix}.${field.name}`, field.type);
    };
    for (const column of exports.CLOUDTRAIL_COLUMNS)
        walk(column.name, column.type);
    return paths;
}
const ACCOUNT_ID = /^\d{12}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
/** AWS Organizations organization IDs: o- and 10 to 32 lower-case letters or digits (Organizations API, Organization.Id). */
const ORGANIZATION_ID = /^o-[a-z0-9]{10,32}$/;
const DAY = /^\d{4}\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])$/;
/** What would make a table that silently finds nothing; account ids are checked when known. */
function archiveProblems(archive) {
    const problems = [];
    if (archive.accountIds !== undefined) {
        if (archive.accountIds.length === 0)
            problems.push("accountIds must list at least one account");
        for (const id of archive.accountIds)
            if (!ACCOUNT_ID.test(id))
                problems.push(`accountIds: "${id}" is not a 12-digit account ID`);
    }
    if (archive.regions.length === 0)
        problems.push("regions must list at least one region");
    for (const region of archive.regions)
        if (!REGION.test(region))
            problems.push(`regions: "${region}" is not a region name like eu-west-1`);
    if (archive.organizationId !== undefined && !ORGANIZATION_ID.test(archive.organizationId)) {
        problems.push(`organizationId: "${archive.organizationId}" is not an organization ID like o-a1b2c3d4e5`);
    }
    if (!DAY.test(archive.since))
        problems.push(`since: "${archive.since}" must be a date as yyyy/MM/dd`);
    return problems;
}
function throwProblems(problems) {
    if (problems.length > 0)
        throw new Error(`Athena table over the CloudTrail archive: ${problems.join("; ")}`);
}
/** Rejects what would make a table that silently finds nothing. */
function validateTrailArchive(archive) {
    throwProblems(archiveProblems(archive));
}
/** `s3://bucket/AWSLogs/` or, for an organization trail, `s3://bucket/AWSLogs/<organization id>/`. */
function archiveRoot(archive) {
    const org = archive.organizationId ? `${archive.organizationId}/` : "";
    return `s3://${archive.bucketName}/AWSLogs/${org}`;
}
/**
 * Table properties: enum projection for account and region, date projection for the day.
 * CloudTrail writes `AWSLogs/[<org id>/]<account>/CloudTrail/<region>/<yyyy>/<MM>/<dd>/`
 * (CloudTrail User Guide, "Finding your CloudTrail log files").
 */
function projectionParameters(archive) {
    return {
        EXTERNAL: "TRUE",
        "projection.enabled": "true",
        "projection.account.type": "enum",
        "projection.account.values": archive.accountIds.join(","),
        "projection.region.type": "enum",
        "projection.region.values": archive.regions.join(","),
        "projection.timestamp.type": "date",
        "projection.timestamp.format": "yyyy/MM/dd",
        "projection.timestamp.interval": "1",
        "projection.timestamp.interval.unit": "DAYS",
        "projection.timestamp.range": `${archive.since},NOW`,
        "storage.location.template": `${archiveRoot(archive)}\${account}/CloudTrail/\${region}/\${timestamp}`,
    };
}
/** The table's arguments that do not depend on the archive's location. */
function fixedTableArgs(databaseName, tableName) {
    return {
        name: tableName,
        databaseName,
        tableType: "EXTERNAL_TABLE",
        description: "CloudTrail log files in the baseline's archive; partitions are projected (no crawler, no MSCK REPAIR).",
        partitionKeys: exports.PARTITION_KEYS.map((name) => ({ name, type: "string" })),
        storage: {
            inputFormat: "com.amazon.emr.cloudtrail.CloudTrailInputFormat",
            outputFormat: "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat",
            serDeInfo: { serializationLibrary: "org.apache.hive.hcatalog.data.JsonSerDe" },
            columns: exports.CLOUDTRAIL_COLUMNS.map((column) => ({ name: column.name, type: hiveTypeString(column.type) })),
        },
    };
}
function cloudTrailTableArgs(databaseName, tableName, archive) {
    validateTrailArchive(archive);
    const { storage, ...table } = fixedTableArgs(databaseName, tableName);
    return { ...table, parameters: projectionParameters(archive), storageDescriptor: { location: archiveRoot(archive), ...storage } };
}
/**
 * cloudTrailTableArgs for a deployment: regions, organization and date are checked now, the
 * account ids when they resolve (a malformed one fails the table's creation with the same message).
 */
function cloudTrailTableArgsFor(databaseName, tableName, archive) {
    throwProblems(archiveProblems({ regions: archive.regions, organizationId: archive.organizationId, since: archive.since }));
    const resolved = pulumi.all([archive.bucketName, pulumi.output(archive.accountIds)]).apply(([bucketName, accountIds]) => {
        const full = { ...archive, bucketName, accountIds };
        validateTrailArchive(full);
        return full;
    });
    const { storage, ...table } = fixedTableArgs(databaseName, tableName);
    return {
        ...table,
        parameters: resolved.apply(projectionParameters),
        storageDescriptor: { location: resolved.apply(archiveRoot), ...storage },
    };
}
/** The smallest per-query scan limit the provider and Athena both accept (lib/awsLimits.ts ATHENA_BYTES_SCANNED_CUTOFF_MIN). */
exports.MIN_BYTES_SCANNED_CUTOFF = awsLimits_1.ATHENA_BYTES_SCANNED_CUTOFF_MIN.value;
/** The default limit, declared once with the argument that sets it (settings/args.ts). */
exports.DEFAULT_BYTES_SCANNED_CUTOFF = declarations_generated_1.INVESTIGATION_DEFAULTS.athenaBytesScannedCutoff;
/**
 * Results encrypted with the baseline's key (SSE_KMS) and the configuration enforced, so a
 * client cannot write results unencrypted or elsewhere
 * (https://docs.aws.amazon.com/athena/latest/ug/workgroups-settings-override.html,
 * https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html).
 */
function workgroupArgs(inputs) {
    const cutoff = inputs.bytesScannedCutoffPerQuery ?? exports.DEFAULT_BYTES_SCANNED_CUTOFF;
    if (!Number.isInteger(cutoff) || cutoff < exports.MIN_BYTES_SCANNED_CUTOFF) {
        throw new Error(`bytesScannedCutoffPerQuery must be a whole number of bytes, at least ${exports.MIN_BYTES_SCANNED_CUTOFF} (10 MiB, the provider's minimum; ${awsLimits_1.ATHENA_BYTES_SCANNED_CUTOFF_MIN.source}); got ${cutoff}`);
    }
    return {
        name: inputs.name,
        description: "Investigations over the CloudTrail archive",
        state: "ENABLED",
        configuration: {
            enforceWorkgroupConfiguration: true,
            publishCloudwatchMetricsEnabled: true,
            bytesScannedCutoffPerQuery: cutoff,
            resultConfiguration: {
                outputLocation: inputs.outputLocation,
                expectedBucketOwner: inputs.accountId,
                encryptionConfiguration: { encryptionOption: "SSE_KMS", kmsKeyArn: inputs.kmsKeyArn },
            },
        },
    };
}
/** The date window every query starts with: it bounds the partitions Athena reads (and bills). */
const WINDOW = `"timestamp" BETWEEN '<yyyy/MM/dd first day>' AND '<yyyy/MM/dd last day>'`;
const WHO = "useridentity.arn, useridentity.type, useridentity.accesskeyid";
const WHAT = "eventtime, account, region, eventsource, eventname, errorcode, sourceipaddress, useragent";
function savedQueries(table) {
    return [
        {
            id: "principal-activity",
            title: "Everything one principal did",
            description: "Every call by one principal (user, role session or access key) in a date window. Replace the ARN or key ID and the dates.",
            sql: `SELECT ${WHAT}, ${WHO}, requestparameters
FROM ${table}
WHERE ${WINDOW}
  AND (useridentity.arn = '<principal ARN>' OR useridentity.accesskeyid = '<access key ID>' OR useridentity.sessioncontext.sessionissuer.arn = '<role ARN>')
ORDER BY eventtime`,
        },
        {
            id: "root-activity",
            title: "Root user activity",
            description: "Calls made with the root user's credentials (CIS 1.7), excluding calls AWS services make on its behalf. Replace the dates.",
            sql: `SELECT ${WHAT}, ${WHO}
FROM ${table}
WHERE ${WINDOW}
  AND useridentity.type = 'Root'
  AND useridentity.invokedby IS NULL
  AND eventtype <> 'AwsServiceEvent'
ORDER BY eventtime`,
        },
        {
            id: "failed-console-sign-ins",
            title: "Failed console sign-ins by source IP",
            description: "Failed ConsoleLogin attempts grouped by source IP and user name. Replace the dates.",
            sql: `SELECT sourceipaddress, useridentity.username, count(*) AS attempts, min(eventtime) AS first_seen, max(eventtime) AS last_seen
FROM ${table}
WHERE ${WINDOW}
  AND eventname = 'ConsoleLogin'
  AND errormessage = 'Failed authentication'
GROUP BY sourceipaddress, useridentity.username
ORDER BY attempts DESC`,
        },
        {
            id: "access-denied-by-principal",
            title: "Access denied, by principal",
            description: "Calls refused with AccessDenied or UnauthorizedOperation, counted per principal and action. Replace the dates.",
            sql: `SELECT useridentity.arn, eventsource, eventname, errorcode, count(*) AS refusals, max(eventtime) AS last_seen
FROM ${table}
WHERE ${WINDOW}
  AND (errorcode LIKE '%AccessDenied%' OR errorcode LIKE '%UnauthorizedOperation%')
GROUP BY useridentity.arn, eventsource, eventname, errorcode
ORDER BY refusals DESC`,
        },
        {
            id: "resource-changes",
            title: "Changes to one resource",
            description: "Write calls whose request or response names a resource (an ARN, bucket, group ID or name). Replace the resource and the dates.",
            sql: `SELECT ${WHAT}, ${WHO}, requestparameters, responseelements
FROM ${table}
WHERE ${WINDOW}
  AND readonly = 'false'
  AND (requestparameters LIKE '%<resource name or ARN>%' OR responseelements LIKE '%<resource name or ARN>%')
ORDER BY eventtime`,
        },
        {
            id: "source-ip-activity",
            title: "Activity from one IP address",
            description: "Every call from one source IP address, with who made it. Replace the address and the dates.",
            sql: `SELECT ${WHAT}, ${WHO}
FROM ${table}
WHERE ${WINDOW}
  AND sourceipaddress = '<IP address>'
ORDER BY eventtime`,
        },
    ];
}
/** `aws.athena.NamedQuery` args for each saved query, in the baseline's database and workgroup. */
function namedQueryArgs(database, workgroup, table) {
    return savedQueries(table).map((query) => ({
        id: query.id,
        args: { name: query.title, description: query.description, database, workgroup, query: query.sql },
    }));
}
