/**
 * Athena over the log archive, as pure builders: the Glue database and CloudTrail table (with
 * partition projection on account, region and date, so no crawler and no MSCK REPAIR), the
 * workgroup, and the saved queries investigations start from.
 *
 * Column set: Athena User Guide, "Create the table for CloudTrail logs in Athena using partition
 * projection", https://docs.aws.amazon.com/athena/latest/ug/create-cloudtrail-table-partition-projection.html
 * (its SerDe, input and output formats too). Projection properties: "Supported types for
 * partition projection", https://docs.aws.amazon.com/athena/latest/ug/partition-projection-supported-types.html
 * and "Set up partition projection", https://docs.aws.amazon.com/athena/latest/ug/partition-projection-setting-up.html
 */
import type * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { ATHENA_BYTES_SCANNED_CUTOFF_MIN } from "../../lib/awsLimits";
import { INVESTIGATION_DEFAULTS } from "../../settings/declarations.generated";

/** A Hive column type: a primitive, a struct of named fields, an array or a map. */
export type HiveType =
  "string" | { readonly struct: readonly HiveField[] } | { readonly array: HiveType } | { readonly map: readonly [HiveType, HiveType] };

export interface HiveField {
  readonly name: string;
  readonly type: HiveType;
}

const s = "string" as const;
const struct = (fields: Record<string, HiveType>): HiveType => ({
  struct: Object.entries(fields).map(([name, type]) => ({ name, type })),
});

/** The documented column set, in the documented order. */
export const CLOUDTRAIL_COLUMNS: readonly HiveField[] = Object.entries({
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
export const PARTITION_KEYS = ["account", "region", "timestamp"] as const;

export function hiveTypeString(type: HiveType): string {
  if (type === "string") return "string";
  if ("struct" in type) return `struct<${type.struct.map((f) => `${f.name}:${hiveTypeString(f.type)}`).join(",")}>`;
  if ("array" in type) return `array<${hiveTypeString(type.array)}>`;
  return `map<${hiveTypeString(type.map[0])},${hiveTypeString(type.map[1])}>`;
}

/**
 * Every name a query may use: top-level columns, partition keys, and dotted paths into structs
 * (`useridentity.sessioncontext.sessionissuer.arn`). Array elements are reached through UNNEST
 * and are listed as `resources[].arn`.
 */
export function columnPaths(): Set<string> {
  const paths = new Set<string>(PARTITION_KEYS);
  const walk = (prefix: string, type: HiveType): void => {
    paths.add(prefix);
    if (type === "string" || "map" in type) return;
    if ("array" in type) return walk(`${prefix}[]`, type.array);
    for (const field of type.struct) walk(`${prefix}.${field.name}`, field.type);
  };
  for (const column of CLOUDTRAIL_COLUMNS) walk(column.name, column.type);
  return paths;
}

export interface TrailArchive {
  /** Bucket the trail delivers to. */
  readonly bucketName: string;
  /** Set for an organization trail: logs sit under `AWSLogs/<organization id>/<account>/`. */
  readonly organizationId?: string;
  /** Accounts whose logs the table covers: this account, or the organization's members. */
  readonly accountIds: readonly string[];
  /** Regions the trail records; projection lists only these (enum projection). */
  readonly regions: readonly string[];
  /** First day of logs, yyyy/MM/dd; the projected date range runs from it to NOW. */
  readonly since: string;
}

const ACCOUNT_ID = /^\d{12}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
/** AWS Organizations organization IDs: o- and 10 to 32 lower-case letters or digits (Organizations API, Organization.Id). */
const ORGANIZATION_ID = /^o-[a-z0-9]{10,32}$/;
const DAY = /^\d{4}\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])$/;

/** What would make a table that silently finds nothing; account ids are checked when known. */
function archiveProblems(archive: Omit<TrailArchive, "bucketName" | "accountIds"> & { readonly accountIds?: readonly string[] }): string[] {
  const problems: string[] = [];
  if (archive.accountIds !== undefined) {
    if (archive.accountIds.length === 0) problems.push("accountIds must list at least one account");
    for (const id of archive.accountIds) if (!ACCOUNT_ID.test(id)) problems.push(`accountIds: "${id}" is not a 12-digit account ID`);
  }
  if (archive.regions.length === 0) problems.push("regions must list at least one region");
  for (const region of archive.regions) if (!REGION.test(region)) problems.push(`regions: "${region}" is not a region name like eu-west-1`);
  if (archive.organizationId !== undefined && !ORGANIZATION_ID.test(archive.organizationId)) {
    problems.push(`organizationId: "${archive.organizationId}" is not an organization ID like o-a1b2c3d4e5`);
  }
  if (!DAY.test(archive.since)) problems.push(`since: "${archive.since}" must be a date as yyyy/MM/dd`);
  return problems;
}

function throwProblems(problems: readonly string[]): void {
  if (problems.length > 0) throw new Error(`Athena table over the CloudTrail archive: ${problems.join("; ")}`);
}

/** Rejects what would make a table that silently finds nothing. */
export function validateTrailArchive(archive: TrailArchive): void {
  throwProblems(archiveProblems(archive));
}

/** `s3://bucket/AWSLogs/` or, for an organization trail, `s3://bucket/AWSLogs/<organization id>/`. */
export function archiveRoot(archive: TrailArchive): string {
  const org = archive.organizationId ? `${archive.organizationId}/` : "";
  return `s3://${archive.bucketName}/AWSLogs/${org}`;
}

/**
 * Table properties: enum projection for account and region, date projection for the day.
 * CloudTrail writes `AWSLogs/[<org id>/]<account>/CloudTrail/<region>/<yyyy>/<MM>/<dd>/`
 * (CloudTrail User Guide, "Finding your CloudTrail log files").
 */
export function projectionParameters(archive: TrailArchive): Record<string, string> {
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
function fixedTableArgs(databaseName: pulumi.Input<string>, tableName: string) {
  return {
    name: tableName,
    databaseName,
    tableType: "EXTERNAL_TABLE",
    description: "CloudTrail log files in the baseline's archive; partitions are projected (no crawler, no MSCK REPAIR).",
    partitionKeys: PARTITION_KEYS.map((name) => ({ name, type: "string" })),
    storage: {
      inputFormat: "com.amazon.emr.cloudtrail.CloudTrailInputFormat",
      outputFormat: "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat",
      serDeInfo: { serializationLibrary: "org.apache.hive.hcatalog.data.JsonSerDe" },
      columns: CLOUDTRAIL_COLUMNS.map((column) => ({ name: column.name, type: hiveTypeString(column.type) })),
    },
  };
}

export function cloudTrailTableArgs(
  databaseName: pulumi.Input<string>,
  tableName: string,
  archive: TrailArchive,
): aws.glue.CatalogTableArgs {
  validateTrailArchive(archive);
  const { storage, ...table } = fixedTableArgs(databaseName, tableName);
  return { ...table, parameters: projectionParameters(archive), storageDescriptor: { location: archiveRoot(archive), ...storage } };
}

/** A TrailArchive whose bucket and accounts are known only at deployment (a created bucket, the caller's account). */
export interface TrailArchiveInputs extends Omit<TrailArchive, "bucketName" | "accountIds"> {
  readonly bucketName: pulumi.Input<string>;
  readonly accountIds: pulumi.Input<pulumi.Input<string>[]>;
}

/**
 * cloudTrailTableArgs for a deployment: regions, organization and date are checked now, the
 * account ids when they resolve (a malformed one fails the table's creation with the same message).
 */
export function cloudTrailTableArgsFor(
  databaseName: pulumi.Input<string>,
  tableName: string,
  archive: TrailArchiveInputs,
): aws.glue.CatalogTableArgs {
  throwProblems(archiveProblems({ regions: archive.regions, organizationId: archive.organizationId, since: archive.since }));
  const resolved = pulumi.all([archive.bucketName, pulumi.output(archive.accountIds)]).apply(([bucketName, accountIds]) => {
    const full: TrailArchive = { ...archive, bucketName, accountIds };
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

export interface WorkgroupInputs {
  readonly name: string;
  /** `s3://results-bucket/prefix/`, a bucket encrypted with the baseline's key. */
  readonly outputLocation: pulumi.Input<string>;
  readonly kmsKeyArn: pulumi.Input<string>;
  readonly accountId: pulumi.Input<string>;
  /** Per-query scan limit, at least 10 MiB (ATHENA_BYTES_SCANNED_CUTOFF_MIN). Default: 10 GB (about $0.05 at $5/TB). */
  readonly bytesScannedCutoffPerQuery?: number;
}

/** The smallest per-query scan limit the provider and Athena both accept (lib/awsLimits.ts ATHENA_BYTES_SCANNED_CUTOFF_MIN). */
export const MIN_BYTES_SCANNED_CUTOFF = ATHENA_BYTES_SCANNED_CUTOFF_MIN.value;
/** The default limit, declared once with the argument that sets it (settings/args.ts). */
export const DEFAULT_BYTES_SCANNED_CUTOFF = INVESTIGATION_DEFAULTS.athenaBytesScannedCutoff;

/**
 * Results encrypted with the baseline's key (SSE_KMS) and the configuration enforced, so a
 * client cannot write results unencrypted or elsewhere
 * (https://docs.aws.amazon.com/athena/latest/ug/workgroups-settings-override.html,
 * https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html).
 */
export function workgroupArgs(inputs: WorkgroupInputs): aws.athena.WorkgroupArgs {
  const cutoff = inputs.bytesScannedCutoffPerQuery ?? DEFAULT_BYTES_SCANNED_CUTOFF;
  if (!Number.isInteger(cutoff) || cutoff < MIN_BYTES_SCANNED_CUTOFF) {
    throw new Error(
      `bytesScannedCutoffPerQuery must be a whole number of bytes, at least ${MIN_BYTES_SCANNED_CUTOFF} (10 MiB, the provider's minimum; ${ATHENA_BYTES_SCANNED_CUTOFF_MIN.source}); got ${cutoff}`,
    );
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

export interface SavedQuery {
  readonly id: string;
  readonly title: string;
  /** What to replace before running; the query's string literals in angle brackets. */
  readonly description: string;
  readonly sql: string;
}

/** The date window every query starts with: it bounds the partitions Athena reads (and bills). */
const WINDOW = `"timestamp" BETWEEN '<yyyy/MM/dd first day>' AND '<yyyy/MM/dd last day>'`;
const WHO = "useridentity.arn, useridentity.type, useridentity.accesskeyid";
const WHAT = "eventtime, account, region, eventsource, eventname, errorcode, sourceipaddress, useragent";

export function savedQueries(table: string): readonly SavedQuery[] {
  return [
    {
      id: "principal-activity",
      title: "Everything one principal did",
      description:
        "Every call by one principal (user, role session or access key) in a date window. Replace the ARN or key ID and the dates.",
      sql: `SELECT ${WHAT}, ${WHO}, requestparameters
FROM ${table}
WHERE ${WINDOW}
  AND (useridentity.arn = '<principal ARN>' OR useridentity.accesskeyid = '<access key ID>' OR useridentity.sessioncontext.sessionissuer.arn = '<role ARN>')
ORDER BY eventtime`,
    },
    {
      id: "root-activity",
      title: "Root user activity",
      description:
        "Calls made with the root user's credentials (CIS 1.7), excluding calls AWS services make on its behalf. Replace the dates.",
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
      description:
        "Write calls whose request or response names a resource (an ARN, bucket, group ID or name). Replace the resource and the dates.",
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
export function namedQueryArgs(
  database: pulumi.Input<string>,
  workgroup: pulumi.Input<string>,
  table: string,
): { id: string; args: aws.athena.NamedQueryArgs }[] {
  return savedQueries(table).map((query) => ({
    id: query.id,
    args: { name: query.title, description: query.description, database, workgroup, query: query.sql },
  }));
}
