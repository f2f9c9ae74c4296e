import * as assert from "node:assert/strict";
import { Parser } from "node-sql-parser/build/athena";
import {
  CLOUDTRAIL_COLUMNS,
  cloudTrailTableArgs,
  columnPaths,
  hiveTypeString,
  namedQueryArgs,
  projectionParameters,
  savedQueries,
  TrailArchive,
  validateTrailArchive,
  workgroupArgs,
} from "../../components/investigate/athena";
import { athenaName } from "../../settings/names";

const TABLE = "security_baseline_cloudtrail";
const single: TrailArchive = {
  bucketName: "logs-111122223333",
  accountIds: ["111122223333"],
  regions: ["eu-west-1", "us-east-1"],
  since: "2026/01/01",
};
const organization: TrailArchive = { ...single, organizationId: "o-a1b2c3d4e5", accountIds: ["111122223333", "444455556666"] };

/** A column reference as the parser returns it, reduced to a dotted path. */
type Node = {
  type?: string;
  table?: string | null;
  column?: unknown;
  value?: unknown;
  operator?: string;
  left?: unknown;
  right?: unknown;
  as?: string | null;
};

function dotted(node: unknown): string {
  if (typeof node === "string") return node;
  const n = node as Node;
  if (n.type === "binary_expr" && n.operator === ".") return `${dotted(n.left)}.${dotted(n.right)}`;
  if (n.type === "default" || n.type === "double_quote_string") return String(n.value);
  if (n && typeof n === "object" && "expr" in n) return dotted((n as { expr: unknown }).expr);
  throw new Error(`unexpected column shape ${JSON.stringify(node)}`);
}

/**
 * Every name the query reads. node-sql-parser's athena grammar returns a double-quoted name as
 * `double_quote_string`; in Athena DML double quotes delimit identifiers (Athena, "Reserved
 * keywords": quote them in SELECT with double quotes), so those are column names too.
 */
function referencedNames(ast: unknown): { names: string[]; aliases: Set<string>; tables: string[] } {
  const names: string[] = [];
  const aliases = new Set<string>();
  const tables: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== "object") return;
    const node = value as Node & { expr?: unknown };
    if (node.type === "column_ref") {
      const column = dotted(node.column);
      names.push(node.table ? `${node.table}.${column}` : column);
      return;
    }
    if (node.type === "double_quote_string") names.push(String(node.value));
    if (node.type === "expr" && typeof node.as === "string") aliases.add(node.as);
    if ("table" in node && typeof node.table === "string" && "db" in node) tables.push(node.table);
    Object.values(node).forEach(visit);
  };
  visit(ast);
  return { names, aliases, tables };
}

describe("Athena saved queries", () => {
  const parser = new Parser();
  const known = columnPaths();
  const queries = savedQueries(TABLE);

  it("cover the investigations the issue names", () => {
    assert.deepEqual(
      queries.map((q) => q.id),
      [
        "principal-activity",
        "root-activity",
        "failed-console-sign-ins",
        "access-denied-by-principal",
        "resource-changes",
        "source-ip-activity",
      ],
    );
  });

  for (const query of queries) {
    describe(query.id, () => {
      const ast = parser.astify(query.sql, { database: "athena" });
      const { names, aliases, tables } = referencedNames(ast);

      it("parses as one Athena SELECT over the CloudTrail table", () => {
        assert.ok(!Array.isArray(ast) && ast.type === "select");
        assert.deepEqual([...new Set(tables)], [TABLE]);
      });

      it("names only columns the table has (nested struct fields included)", () => {
        const unknown = names.filter((name) => !known.has(name) && !aliases.has(name));
        assert.deepEqual(unknown, []);
        assert.ok(names.length > 3);
      });

      it("bounds the date partition, so it reads only the days asked for", () => {
        assert.match(query.sql, /WHERE "timestamp" BETWEEN '<yyyy\/MM\/dd first day>' AND '<yyyy\/MM\/dd last day>'/);
        assert.ok(names.includes("timestamp"));
      });
    });
  }

  it("the column check catches a misspelt or invented field", () => {
    for (const sql of [
      `SELECT useridentity.sessionissuer FROM ${TABLE}`,
      `SELECT eventtime FROM ${TABLE} WHERE "timestamps" = '2026/01/01'`,
      `SELECT useridentity.sessioncontext.sessionissuer.arnx FROM ${TABLE}`,
      `SELECT sourceip FROM ${TABLE}`,
    ]) {
      const { names, aliases } = referencedNames(parser.astify(sql, { database: "athena" }));
      assert.notDeepEqual(
        names.filter((name) => !known.has(name) && !aliases.has(name)),
        [],
        sql,
      );
    }
  });

  it("the parser rejects SQL that is not valid", () => {
    for (const sql of [
      `SELECT FROM ${TABLE}`,
      `SELECT eventtime FROM ${TABLE} WHERE`,
      `SELECT eventtime FROM ${TABLE} WHERE eventname = 'x`,
    ]) {
      assert.throws(() => parser.astify(sql, { database: "athena" }), Error, sql);
    }
  });

  it("become NamedQuery args in the baseline's database and workgroup, within Athena's limits", () => {
    const args = namedQueryArgs("security_baseline", "security-baseline-investigations", TABLE);
    assert.equal(args.length, queries.length);
    for (const { args: a } of args) {
      assert.equal(a.database, "security_baseline");
      assert.equal(a.workgroup, "security-baseline-investigations");
      // CreateNamedQuery: Name 1-128, Description 1-1024, QueryString 1-262144 (Athena API reference).
      assert.ok(String(a.name).length <= 128 && String(a.description).length <= 1024 && String(a.query).length <= 262144);
    }
  });
});

describe("Athena CloudTrail table", () => {
  it("has the documented column set, in order", () => {
    assert.deepEqual(
      CLOUDTRAIL_COLUMNS.map((c) => c.name),
      [
        "eventversion",
        "useridentity",
        "eventtime",
        "eventsource",
        "eventname",
        "awsregion",
        "sourceipaddress",
        "useragent",
        "errorcode",
        "errormessage",
        "requestparameters",
        "responseelements",
        "additionaleventdata",
        "requestid",
        "eventid",
        "readonly",
        "resources",
        "eventtype",
        "apiversion",
        "recipientaccountid",
        "serviceeventdetails",
        "sharedeventid",
        "vpcendpointid",
        "vpcendpointaccountid",
        "eventcategory",
        "addendum",
        "sessioncredentialfromconsole",
        "edgedevicedetails",
        "tlsdetails",
      ],
    );
    const types = Object.fromEntries(CLOUDTRAIL_COLUMNS.map((c) => [c.name, hiveTypeString(c.type)]));
    assert.equal(
      types.useridentity,
      "struct<type:string,principalid:string,arn:string,accountid:string,invokedby:string,accesskeyid:string,username:string," +
        "onbehalfof:struct<userid:string,identitystorearn:string>,sessioncontext:struct<attributes:struct<mfaauthenticated:string,creationdate:string>," +
        "sessionissuer:struct<type:string,principalid:string,arn:string,accountid:string,username:string>,ec2roledelivery:string," +
        "webidfederationdata:struct<federatedprovider:string,attributes:map<string,string>>>>",
    );
    assert.equal(types.resources, "array<struct<arn:string,accountid:string,type:string>>");
    assert.equal(types.tlsdetails, "struct<tlsversion:string,ciphersuite:string,clientprovidedhostheader:string>");
  });

  it("projects account, region and day over a single account's prefix", () => {
    assert.deepEqual(projectionParameters(single), {
      EXTERNAL: "TRUE",
      "projection.enabled": "true",
      "projection.account.type": "enum",
      "projection.account.values": "111122223333",
      "projection.region.type": "enum",
      "projection.region.values": "eu-west-1,us-east-1",
      "projection.timestamp.type": "date",
      "projection.timestamp.format": "yyyy/MM/dd",
      "projection.timestamp.interval": "1",
      "projection.timestamp.interval.unit": "DAYS",
      "projection.timestamp.range": "2026/01/01,NOW",
      "storage.location.template": "s3://logs-111122223333/AWSLogs/${account}/CloudTrail/${region}/${timestamp}",
    });
  });

  it("projects over the organization's prefix for an organization trail", () => {
    const parameters = projectionParameters(organization);
    assert.equal(
      parameters["storage.location.template"],
      "s3://logs-111122223333/AWSLogs/o-a1b2c3d4e5/${account}/CloudTrail/${region}/${timestamp}",
    );
    assert.equal(parameters["projection.account.values"], "111122223333,444455556666");
    assert.equal(
      (cloudTrailTableArgs("db", TABLE, organization).storageDescriptor as { location: string }).location,
      "s3://logs-111122223333/AWSLogs/o-a1b2c3d4e5/",
    );
  });

  it("projects to the prefixes CloudTrail writes log files under", () => {
    // Object keys as the CloudTrail User Guide documents them ("Finding your CloudTrail log files").
    const cases: [TrailArchive, string][] = [
      [
        single,
        "s3://logs-111122223333/AWSLogs/111122223333/CloudTrail/eu-west-1/2026/11/30/111122223333_CloudTrail_eu-west-1_20261130T1015Z_abc.json.gz",
      ],
      [
        organization,
        "s3://logs-111122223333/AWSLogs/o-a1b2c3d4e5/444455556666/CloudTrail/eu-west-1/2026/11/30/444455556666_CloudTrail_eu-west-1_20261130T1015Z_abc.json.gz",
      ],
    ];
    for (const [archive, objectUrl] of cases) {
      const account = objectUrl.includes("444455556666/CloudTrail") ? "444455556666" : "111122223333";
      const template = projectionParameters(archive)["storage.location.template"];
      const prefix = template.replace("${account}", account).replace("${region}", "eu-west-1").replace("${timestamp}", "2026/11/30");
      assert.ok(objectUrl.startsWith(`${prefix}/`), `${objectUrl} is under ${prefix}/`);
      const table = cloudTrailTableArgs("db", TABLE, archive);
      assert.ok(prefix.startsWith(String((table.storageDescriptor as { location: string }).location)));
    }
  });

  it("reads the files with the documented SerDe and formats, partitioned by the projected keys", () => {
    const table = cloudTrailTableArgs("security_baseline", TABLE, single);
    const descriptor = table.storageDescriptor as { location: string; inputFormat: string; outputFormat: string; serDeInfo: unknown };
    assert.equal(table.tableType, "EXTERNAL_TABLE");
    assert.equal(descriptor.location, "s3://logs-111122223333/AWSLogs/");
    assert.equal(descriptor.inputFormat, "com.amazon.emr.cloudtrail.CloudTrailInputFormat");
    assert.equal(descriptor.outputFormat, "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat");
    assert.deepEqual(descriptor.serDeInfo, { serializationLibrary: "org.apache.hive.hcatalog.data.JsonSerDe" });
    assert.deepEqual(table.partitionKeys, [
      { name: "account", type: "string" },
      { name: "region", type: "string" },
      { name: "timestamp", type: "string" },
    ]);
  });

  const invalid: [string, Partial<TrailArchive>, RegExp][] = [
    ["no accounts", { accountIds: [] }, /accountIds must list at least one account/],
    ["a malformed account", { accountIds: ["1111"] }, /accountIds: "1111" is not a 12-digit account ID/],
    ["no regions", { regions: [] }, /regions must list at least one region/],
    ["a malformed region", { regions: ["Europe"] }, /regions: "Europe" is not a region name/],
    ["a malformed organization ID", { organizationId: "org-1" }, /organizationId: "org-1" is not an organization ID/],
    ["a start date in another format", { since: "2026-01-01" }, /since: "2026-01-01" must be a date as yyyy\/MM\/dd/],
  ];
  for (const [label, change, message] of invalid) {
    it(`refuses ${label}`, () => assert.throws(() => validateTrailArchive({ ...single, ...change }), message));
  }

  it("derives names Athena accepts from the trail name", () => {
    assert.equal(athenaName("Security-Baseline.trail"), "security_baseline_trail");
  });
});

describe("Athena workgroup", () => {
  const inputs = {
    name: "security-baseline-investigations",
    outputLocation: "s3://results/athena/",
    kmsKeyArn: "arn:aws:kms:eu-west-1:111122223333:key/k",
    accountId: "111122223333",
  };

  it("enforces KMS-encrypted results in the results bucket and a scan limit", () => {
    assert.deepEqual(workgroupArgs(inputs), {
      name: "security-baseline-investigations",
      description: "Investigations over the CloudTrail archive",
      state: "ENABLED",
      configuration: {
        enforceWorkgroupConfiguration: true,
        publishCloudwatchMetricsEnabled: true,
        bytesScannedCutoffPerQuery: 10_000_000_000,
        resultConfiguration: {
          outputLocation: "s3://results/athena/",
          expectedBucketOwner: "111122223333",
          encryptionConfiguration: { encryptionOption: "SSE_KMS", kmsKeyArn: "arn:aws:kms:eu-west-1:111122223333:key/k" },
        },
      },
    });
  });

  it("refuses a scan limit below the provider's 10 MiB minimum (Athena's own 10 MB passes its API, not the provider) or not whole bytes", () => {
    assert.throws(() => workgroupArgs({ ...inputs, bytesScannedCutoffPerQuery: 9_999_999 }), /at least 10485760 \(10 MiB/);
    assert.throws(() => workgroupArgs({ ...inputs, bytesScannedCutoffPerQuery: 10_485_759 }), /at least 10485760 \(10 MiB/);
    assert.throws(() => workgroupArgs({ ...inputs, bytesScannedCutoffPerQuery: 1.1e7 + 0.5 }), /whole number of bytes/);
    const minimum = workgroupArgs({ ...inputs, bytesScannedCutoffPerQuery: 10_485_760 }).configuration as {
      bytesScannedCutoffPerQuery: number;
    };
    assert.equal(minimum.bytesScannedCutoffPerQuery, 10_485_760);
  });
});
