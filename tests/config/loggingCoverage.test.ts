/** Bad coverage input is refused before anything is deployed, one line per problem naming the key. */
import { strict as assert } from "assert";
import {
  LoggingCoverageContext,
  LoggingCoverageValues,
  parseLoggingCoverage,
  residencyPolicyConfig,
  memberAccountProblem,
} from "../../settings/coverage";
import { MOCK_ACCOUNT_ID } from "../../tools/lib/mockRuntime";
import { settingsOf } from "../helpers/configHarness";

const BASE = settingsOf({ regions: ["eu-west-1", "eu-central-1"] });
const CONTEXT: LoggingCoverageContext = { ...BASE, accountId: MOCK_ACCOUNT_ID };
const VPC = "vpc-0a1b2c3d4e5f67890";
const KEY_ARN = "arn:aws:kms:eu-west-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab";

function problemsOf(values: LoggingCoverageValues, context: LoggingCoverageContext = CONTEXT): string[] {
  const { problems } = parseLoggingCoverage(values, context);
  assert.ok(problems.length > 0, `accepted ${JSON.stringify(values)}`);
  return problems;
}

describe("logging coverage settings: what is accepted, with defaults", () => {
  it("leaves everything off when no key is set", () => {
    assert.deepEqual(parseLoggingCoverage({}, CONTEXT), {
      coverage: { vpcFlowLogs: undefined, memberAccounts: [], centralLogArchive: undefined, residencyTrails: [] },
      problems: [],
    });
  });

  it("defaults flow logs to ALL traffic into the S3 archive, and residency expiry to expireAfterDays", () => {
    const { coverage, problems } = parseLoggingCoverage(
      {
        vpcFlowLogs: { vpcIds: { "eu-west-1": [VPC, "vpc-1a2b3c4d"] } },
        memberAccounts: ["444455556666"],
        residencyTrails: [{ region: "eu-central-1" }, { region: "eu-west-1", expireAfterDays: 3653 }],
      },
      CONTEXT,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(coverage.vpcFlowLogs, {
      vpcIds: { "eu-west-1": [VPC, "vpc-1a2b3c4d"] },
      allVpcs: false,
      destination: "s3",
      trafficType: "ALL",
    });
    assert.deepEqual(coverage.memberAccounts, ["444455556666"]);
    assert.deepEqual(coverage.residencyTrails, [
      { region: "eu-central-1", expireAfterDays: 2557 },
      { region: "eu-west-1", expireAfterDays: 3653 },
    ]);
  });

  it("takes allVpcs with a CloudWatch destination, and a central archive for a member stack", () => {
    const { coverage, problems } = parseLoggingCoverage(
      {
        vpcFlowLogs: { allVpcs: true, destination: "cloudwatch", trafficType: "REJECT" },
        centralLogArchive: { bucketName: "org-log-archive", kmsKeyArn: KEY_ARN },
      },
      CONTEXT,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(coverage.vpcFlowLogs, { vpcIds: {}, allVpcs: true, destination: "cloudwatch", trafficType: "REJECT" });
    assert.deepEqual(coverage.centralLogArchive, { bucketName: "org-log-archive", kmsKeyArn: KEY_ARN });
  });
});

describe("vpcFlowLogs: each way it can be wrong", () => {
  const cases: [string, unknown, string[]][] = [
    [
      "a malformed VPC id",
      { vpcIds: { "eu-west-1": ["vpc-12"] } },
      [
        `vpcFlowLogs.vpcIds.eu-west-1[0]: "vpc-12" is not valid; expected a VPC id: vpc- then 8 or 17 lowercase hex characters, such as vpc-0a1b2c3d4e5f67890 (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/resource-ids.html).`,
      ],
    ],
    [
      "a VPC id with one hex character too many (9: neither the old 8 nor the new 17)",
      { vpcIds: { "eu-west-1": ["vpc-0a1b2c3d4"] } },
      [
        `vpcFlowLogs.vpcIds.eu-west-1[0]: "vpc-0a1b2c3d4" is not valid; expected a VPC id: vpc- then 8 or 17 lowercase hex characters, such as vpc-0a1b2c3d4e5f67890 (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/resource-ids.html).`,
      ],
    ],
    [
      "an uppercase VPC id",
      { vpcIds: { "eu-west-1": ["vpc-0A1B2C3D"] } },
      [
        `vpcFlowLogs.vpcIds.eu-west-1[0]: "vpc-0A1B2C3D" is not valid; expected a VPC id: vpc- then 8 or 17 lowercase hex characters, such as vpc-0a1b2c3d4e5f67890 (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/resource-ids.html).`,
      ],
    ],
    [
      "a VPC listed twice",
      { vpcIds: { "eu-west-1": [VPC, VPC] } },
      [`vpcFlowLogs.vpcIds.eu-west-1[1]: "${VPC}" is not valid; list each VPC once.`],
    ],
    [
      "a VPC in a region the stack does not list",
      { vpcIds: { "us-east-1": [VPC] } },
      [
        `vpcFlowLogs.vpcIds.us-east-1: "us-east-1" is not valid; flow logs are created by the stack's regional components, so the region must be one of the stack's regions (eu-west-1, eu-central-1).`,
      ],
    ],
    [
      "an empty VPC list",
      { vpcIds: { "eu-west-1": [] } },
      [
        `vpcFlowLogs.vpcIds.eu-west-1: [] is not valid; expected a non-empty list of VPC ids (a VPC id: vpc- then 8 or 17 lowercase hex characters, such as vpc-0a1b2c3d4e5f67890).`,
      ],
    ],
    [
      "vpcIds not an object",
      { vpcIds: [VPC] },
      [
        `vpcFlowLogs.vpcIds: ["${VPC}"] is not valid; expected an object of region → list of VPC ids, such as { "eu-west-1": ["vpc-0a1b2c3d4e5f67890"] }.`,
      ],
    ],
    [
      "both vpcIds and allVpcs",
      { vpcIds: { "eu-west-1": [VPC] }, allVpcs: true },
      [
        `vpcFlowLogs: {"vpcIds":{"eu-west-1":["${VPC}"]},"allVpcs":true} is not valid; set either vpcIds (listed VPCs) or allVpcs: true (every VPC of every region), not both.`,
      ],
    ],
    [
      "neither",
      { destination: "s3" },
      [`vpcFlowLogs: {"destination":"s3"} is not valid; set vpcIds ({ "<region>": ["vpc-..."] }) or allVpcs: true.`],
    ],
    [
      "allVpcs not a boolean",
      { allVpcs: "yes" },
      [
        `vpcFlowLogs.allVpcs: "yes" is not valid; expected true or false.`,
        `vpcFlowLogs: {"allVpcs":"yes"} is not valid; set vpcIds ({ "<region>": ["vpc-..."] }) or allVpcs: true.`,
      ],
    ],
    [
      "an unknown destination",
      { allVpcs: true, destination: "firehose" },
      [`vpcFlowLogs.destination: "firehose" is not valid; allowed: s3, cloudwatch.`],
    ],
    [
      "an unknown traffic type",
      { allVpcs: true, trafficType: "all" },
      [
        `vpcFlowLogs.trafficType: "all" is not valid; allowed: ALL, ACCEPT, REJECT (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateFlowLogs.html (TrafficType)).`,
      ],
    ],
    [
      "an unknown key",
      { allVpcs: true, vpcId: VPC },
      [`vpcFlowLogs.vpcId: unknown field of vpcFlowLogs; did you mean vpcIds? Known keys: vpcIds, allVpcs, destination, trafficType.`],
    ],
    [
      "not an object",
      true,
      [
        `vpcFlowLogs: true is not valid; expected { "vpcIds": { "<region>": ["vpc-..."] } } or { "allVpcs": true }, with optional destination (s3 or cloudwatch) and trafficType.`,
      ],
    ],
  ];
  for (const [what, value, expected] of cases) {
    it(`refuses ${what}`, () => assert.deepEqual(problemsOf({ vpcFlowLogs: value }), expected));
  }
});

describe("memberAccounts: each way it can be wrong", () => {
  const cases: [string, unknown, string[]][] = [
    [
      "an id that is not 12 digits",
      ["12345678901"],
      [
        `memberAccounts[0]: "12345678901" is not valid; expected a 12-digit AWS account id such as 123456789012, as a string so leading zeros stay (https://docs.aws.amazon.com/organizations/latest/APIReference/API_Account.html (Id pattern ^\\d{12}$)).`,
      ],
    ],
    [
      "an id given as a number",
      [444455556666],
      [
        `memberAccounts[0]: 444455556666 is not valid; expected a 12-digit AWS account id such as 123456789012, as a string so leading zeros stay (https://docs.aws.amazon.com/organizations/latest/APIReference/API_Account.html (Id pattern ^\\d{12}$)).`,
      ],
    ],
    [
      "this account, when known",
      [MOCK_ACCOUNT_ID],
      [
        `memberAccounts[0]: "${MOCK_ACCOUNT_ID}" is not valid; it is this stack's own account, whose trail already writes here; list other accounts only.`,
      ],
    ],
    [
      "an account listed twice",
      ["444455556666", "444455556666"],
      [`memberAccounts[1]: "444455556666" is not valid; list each account once.`],
    ],
    [
      "not a list",
      "444455556666",
      [`memberAccounts: "444455556666" is not valid; expected a list of 12-digit account ids, such as ["444455556666"].`],
    ],
  ];
  for (const [what, value, expected] of cases) {
    it(`refuses ${what}`, () => assert.deepEqual(problemsOf({ memberAccounts: value }), expected));
  }

  it("refuses the management account of an organization trail", () => {
    const context = { ...CONTEXT, organizationTrail: true, managementAccountId: "777788889999" };
    assert.deepEqual(problemsOf({ memberAccounts: ["777788889999"] }, context), [
      `memberAccounts[0]: "777788889999" is not valid; it is managementAccountId, whose organization trail already writes here; list other accounts only.`,
    ]);
  });

  it("refuses this account at deploy time, when the account id becomes known", () => {
    assert.equal(
      memberAccountProblem(MOCK_ACCOUNT_ID, ["444455556666", MOCK_ACCOUNT_ID]),
      `memberAccounts: "${MOCK_ACCOUNT_ID}" is the account this stack deploys to, whose trail already writes here; list other accounts only.`,
    );
    assert.equal(memberAccountProblem(MOCK_ACCOUNT_ID, ["444455556666"]), undefined);
  });
});

describe("centralLogArchive: each way it can be wrong", () => {
  const cases: [string, unknown, string[]][] = [
    [
      "a bad bucket name",
      { bucketName: "Org_Logs", kmsKeyArn: KEY_ARN },
      [
        `centralLogArchive.bucketName: "Org_Logs" is not valid; expected 3-63 lowercase letters, digits, periods or dashes, starting and ending with a letter or digit, no two adjacent periods, not an IP address; not starting with xn--, sthree-, amzn-s3-demo-; not ending with -s3alias, --ol-s3, .mrap, --x-s3, --table-s3 (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html).`,
      ],
    ],
    [
      "a key alias instead of a key ARN",
      { bucketName: "org-log-archive", kmsKeyArn: "alias/org-logs" },
      [
        `centralLogArchive.kmsKeyArn: "alias/org-logs" is not valid; expected a KMS key ARN such as arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab (not an alias or a bare key id) (https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id).`,
      ],
    ],
    [
      "a key of another partition",
      { bucketName: "org-log-archive", kmsKeyArn: KEY_ARN.replace("arn:aws:kms:eu-west-1", "arn:aws-cn:kms:cn-north-1") },
      [
        `centralLogArchive.kmsKeyArn: "${KEY_ARN.replace("arn:aws:kms:eu-west-1", "arn:aws-cn:kms:cn-north-1")}" is not valid; the key is in the aws-cn partition but the stack's regions are in aws; CloudTrail cannot use a key across partitions.`,
      ],
    ],
    [
      "a key of this account",
      { bucketName: "org-log-archive", kmsKeyArn: KEY_ARN.replace("444455556666", MOCK_ACCOUNT_ID) },
      [
        `centralLogArchive.kmsKeyArn: "${KEY_ARN.replace("444455556666", MOCK_ACCOUNT_ID)}" is not valid; the key is in this stack's own account; a central archive lives in another account (unset centralLogArchive for a local archive).`,
      ],
    ],
    [
      "an unknown key",
      { bucketName: "org-log-archive", kmsKeyArn: KEY_ARN, prefix: "x" },
      [`centralLogArchive.prefix: unknown field of centralLogArchive. Known keys: bucketName, kmsKeyArn.`],
    ],
    [
      "a missing key ARN",
      { bucketName: "org-log-archive" },
      [
        `centralLogArchive.kmsKeyArn: missing; expected a KMS key ARN such as arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab (not an alias or a bare key id) (https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id).`,
      ],
    ],
    [
      "not an object",
      "org-log-archive",
      [
        `centralLogArchive: "org-log-archive" is not valid; expected { "bucketName": "<central bucket>", "kmsKeyArn": "arn:aws:kms:<region>:<account>:key/<id>" }.`,
      ],
    ],
  ];
  for (const [what, value, expected] of cases) {
    it(`refuses ${what}`, () => assert.deepEqual(problemsOf({ centralLogArchive: value }), expected));
  }

  const central = { bucketName: "org-log-archive", kmsKeyArn: KEY_ARN };
  it("refuses memberAccounts beside it: members would write into an archive this stack no longer has", () => {
    assert.deepEqual(problemsOf({ centralLogArchive: central, memberAccounts: ["444455556666"] }), [
      `memberAccounts: ["444455556666"] is not valid; members deliver into this stack's log archive, but centralLogArchive replaces the local bucket and key; remove memberAccounts or that option.`,
    ]);
  });
  it("refuses flow logs to the local archive beside it", () => {
    assert.deepEqual(problemsOf({ centralLogArchive: central, vpcFlowLogs: { allVpcs: true } }), [
      `vpcFlowLogs.destination: "s3" is not valid; s3 delivers to this stack's log archive, but centralLogArchive replaces the local bucket and key; set destination to cloudwatch.`,
    ]);
  });
  it("refuses Object Lock of the local bucket beside it", () => {
    assert.deepEqual(problemsOf({ centralLogArchive: central }, { ...CONTEXT, objectLock: { mode: "GOVERNANCE", days: 30 } }), [
      `objectLockMode: "GOVERNANCE" is not valid; Object Lock applies to the local log bucket, which centralLogArchive replaces; lock the central bucket instead, or unset centralLogArchive.`,
    ]);
  });
  it("refuses existingLogGroupName beside it: no trail of the baseline's would write there", () => {
    assert.deepEqual(problemsOf({ centralLogArchive: central }, { ...CONTEXT, existingLogGroupName: "aws-controltower/CloudTrailLogs" }), [
      `centralLogArchive: ${JSON.stringify(central)} is not valid; it sets where the baseline's own trail writes, but existingLogGroupName means the baseline creates no trail; unset one.`,
    ]);
  });
  it("refuses memberAccounts and S3 flow logs beside existingLogGroupName (no archive either)", () => {
    assert.deepEqual(
      problemsOf(
        { memberAccounts: ["444455556666"], vpcFlowLogs: { allVpcs: true } },
        { ...CONTEXT, existingLogGroupName: "aws-controltower/CloudTrailLogs" },
      ),
      [
        `memberAccounts: ["444455556666"] is not valid; members deliver into this stack's log archive, but existingLogGroupName means no trail, bucket or key is created here; remove memberAccounts or that option.`,
        `vpcFlowLogs.destination: "s3" is not valid; s3 delivers to this stack's log archive, but existingLogGroupName means no trail, bucket or key is created here; set destination to cloudwatch.`,
      ],
    );
  });
});

describe("residencyTrails: each way it can be wrong", () => {
  const cases: [string, unknown, string[]][] = [
    [
      "a region the stack does not list",
      [{ region: "us-east-1" }],
      [
        `residencyTrails[0].region: "us-east-1" is not valid; expected one of the stack's regions (eu-west-1, eu-central-1): the residency trail is created by that region's component.`,
      ],
    ],
    [
      "a region listed twice",
      [{ region: "eu-west-1" }, { region: "eu-west-1" }],
      [`residencyTrails[1].region: "eu-west-1" is not valid; list each region once: one residency trail per region.`],
    ],
    [
      "an expiry that is not a whole number of days",
      [{ region: "eu-west-1", expireAfterDays: "10y" }],
      [`residencyTrails[0].expireAfterDays: "10y" is not valid; expected a whole number from 1 to 36500.`],
    ],
    [
      "an expiry before the archive transition",
      [{ region: "eu-west-1", expireAfterDays: 60 }],
      [
        `residencyTrails[0].expireAfterDays: 60 is not valid; S3 requires expiry later than the transition, archiveAfterDays (90) (https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html).`,
      ],
    ],
    [
      "an unknown key",
      [{ region: "eu-west-1", retentionDays: 3653 }],
      [`residencyTrails[0].retentionDays: unknown field of residencyTrails[0]. Known keys: region, expireAfterDays.`],
    ],
    [
      "an entry that is not an object",
      ["eu-west-1"],
      [`residencyTrails[0]: "eu-west-1" is not valid; expected an object such as { "region": "us-east-1", "expireAfterDays": 3653 }.`],
    ],
    [
      "not a list",
      { region: "eu-west-1" },
      [
        `residencyTrails: {"region":"eu-west-1"} is not valid; expected a list of { "region": "<region>", "expireAfterDays": <days> } objects.`,
      ],
    ],
  ];
  for (const [what, value, expected] of cases) {
    it(`refuses ${what}`, () => assert.deepEqual(problemsOf({ residencyTrails: value }), expected));
  }

  it("exempts exactly the residency trails it creates from the pack's single-region policies, and nothing without them", () => {
    const exemption = { exemptTrails: ["security-baseline-residency-eu-central-1"] };
    assert.deepEqual(residencyPolicyConfig("security-baseline", { residencyTrails: [{ region: "eu-central-1", expireAfterDays: 3653 }] }), {
      "cloudtrail-multi-region": exemption,
      "cloudtrail-global-service-events": exemption,
      "cloudtrail-cis-monitoring-alarms": exemption,
    });
    assert.deepEqual(residencyPolicyConfig("security-baseline", { residencyTrails: [] }), {});
  });
});
