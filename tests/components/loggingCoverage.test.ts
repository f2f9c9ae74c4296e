/**
 * The logging coverage the component creates per region (flow logs, residency trail), the
 * archive's grants for member accounts and flow-log delivery, and a member stack writing to a
 * central archive: whole policy documents pinned, under mocks.
 */
import { strict as assert } from "assert";
import { MonitoringBaselineArgs } from "../../settings/args";
import { resolveSettings } from "../../settings/index";
import { BaselineSettings } from "../../settings/types";
import { LoggingCoverageValues, residencyPolicyConfig } from "../../settings/coverage";
import { MOCK_ACCOUNT_ID as ACCOUNT } from "../../tools/lib/mockRuntime";
import { PolicyPackProcess } from "../../tools/lib/packClient";
import { RESOURCE_POLICY_TYPES } from "../../policy/policies";
import { logBucketPolicy } from "../../lib/policyDocuments";
import { CoverageStack, buildCentralMember, buildCoverageStack } from "../helpers/coverageHarness";
import { Statement, statements } from "../helpers/baselineHarness";
import { planLimitProblems } from "../config/planChecker";

const VPC_A = "vpc-0a1b2c3d4e5f67890";
const VPC_B = "vpc-1b2c3d4e";
const MEMBER_1 = "444455556666";
const MEMBER_2 = "777788889999";
const CENTRAL_KEY = "arn:aws:kms:eu-west-1:999988887777:key/1234abcd-12ab-34cd-56ef-1234567890ab";

/** The component's arguments: two regions plus the coverage values (validated as the component validates them). */
function argsWith(values: LoggingCoverageValues): MonitoringBaselineArgs {
  const args = { regions: ["eu-west-1", "eu-central-1"], ...values } as MonitoringBaselineArgs;
  assert.doesNotThrow(() => resolveSettings(args));
  return args;
}

/** The bucket ARN a policy document protects (its TLS-only Deny names it first). */
function bucketArnIn(policy: unknown): string {
  const deny = statements(policy).find((s) => s.Sid === "DenyInsecureTransport");
  return (deny?.Resource as string[])[0];
}

const CLOUDTRAIL_BUCKET_STATEMENTS = (bucketArn: string, trailArn: string): Statement[] => [
  {
    Sid: "DenyInsecureTransport",
    Effect: "Deny",
    Principal: "*",
    Action: "s3:*",
    Resource: [bucketArn, `${bucketArn}/*`],
    Condition: { Bool: { "aws:SecureTransport": "false" } },
  },
  {
    Sid: "CloudTrailChecksBucketAcl",
    Effect: "Allow",
    Principal: { Service: "cloudtrail.amazonaws.com" },
    Action: "s3:GetBucketAcl",
    Resource: bucketArn,
    Condition: { StringEquals: { "aws:SourceArn": trailArn } },
  },
  {
    Sid: "CloudTrailWritesLogs",
    Effect: "Allow",
    Principal: { Service: "cloudtrail.amazonaws.com" },
    Action: "s3:PutObject",
    Resource: [`${bucketArn}/AWSLogs/${ACCOUNT}/*`],
    Condition: { StringEquals: { "aws:SourceArn": trailArn, "s3:x-amz-acl": "bucket-owner-full-control" } },
  },
];

const HOME_TRAIL = `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/security-baseline`;

describe("flow logs to the S3 archive, member accounts and a residency trail", function () {
  this.timeout(60000);
  let stack: CoverageStack;
  let settings: BaselineSettings;
  let args: MonitoringBaselineArgs;
  before(async () => {
    args = argsWith({
      vpcFlowLogs: { vpcIds: { "eu-west-1": [VPC_A], "eu-central-1": [VPC_B] } },
      memberAccounts: [MEMBER_1, MEMBER_2],
      residencyTrails: [{ region: "eu-central-1", expireAfterDays: 3653 }],
    });
    settings = resolveSettings(args);
    stack = await buildCoverageStack(args);
  });

  it("logs ALL traffic of each listed VPC, in its own region, to the archive's vpc-flow-logs/ folder as hourly Parquet", () => {
    const bucketArn = bucketArnIn(stack.named("baseline-eu-west-1-logs-policy").inputs.policy);
    const flowLogs = stack.ofType("aws:ec2/flowLog:FlowLog");
    assert.deepEqual(flowLogs.map((f) => f.name).sort(), [
      `baseline-eu-central-1-flow-log-${VPC_B}`,
      `baseline-eu-west-1-flow-log-${VPC_A}`,
    ]);
    for (const [region, vpcId] of [
      ["eu-west-1", VPC_A],
      ["eu-central-1", VPC_B],
    ]) {
      assert.deepEqual(stack.named(`baseline-${region}-flow-log-${vpcId}`).inputs, {
        vpcId,
        trafficType: "ALL",
        logDestinationType: "s3",
        logDestination: `${bucketArn}/vpc-flow-logs/`,
        destinationOptions: { fileFormat: "parquet", perHourPartition: true, hiveCompatiblePartitions: false },
        region,
        tags: { "baseline:managed-by": "security-baseline" },
      });
    }
  });

  it("lets CloudWatch Logs' delivery write flow logs of this account's flow-log regions under the Sids it would otherwise append, and members' trails their own prefix only, in the archive bucket policy", () => {
    const policy = stack.named("baseline-eu-west-1-logs-policy").inputs.policy;
    const bucketArn = bucketArnIn(policy);
    const memberTrails = (id: string) => `arn:aws:cloudtrail:*:${id}:trail/*`;
    const flowLogSources = [`arn:aws:logs:eu-west-1:${ACCOUNT}:*`, `arn:aws:logs:eu-central-1:${ACCOUNT}:*`];
    assert.deepEqual(statements(policy), [
      ...CLOUDTRAIL_BUCKET_STATEMENTS(bucketArn, HOME_TRAIL),
      {
        Sid: "MemberTrailsCheckBucketAcl",
        Effect: "Allow",
        Principal: { Service: "cloudtrail.amazonaws.com" },
        Action: "s3:GetBucketAcl",
        Resource: bucketArn,
        Condition: { StringLike: { "aws:SourceArn": [memberTrails(MEMBER_1), memberTrails(MEMBER_2)] } },
      },
      ...[MEMBER_1, MEMBER_2].map((id) => ({
        Sid: `MemberTrailsWriteLogs${id}`,
        Effect: "Allow",
        Principal: { Service: "cloudtrail.amazonaws.com" },
        Action: "s3:PutObject",
        Resource: `${bucketArn}/AWSLogs/${id}/*`,
        Condition: { StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control" }, StringLike: { "aws:SourceArn": memberTrails(id) } },
      })),
      {
        Sid: "AWSLogDeliveryAclCheck",
        Effect: "Allow",
        Principal: { Service: "delivery.logs.amazonaws.com" },
        Action: ["s3:GetBucketAcl", "s3:ListBucket"],
        Resource: bucketArn,
        Condition: { StringEquals: { "aws:SourceAccount": ACCOUNT }, ArnLike: { "aws:SourceArn": flowLogSources } },
      },
      {
        Sid: "AWSLogDeliveryWrite",
        Effect: "Allow",
        Principal: { Service: "delivery.logs.amazonaws.com" },
        Action: "s3:PutObject",
        Resource: `${bucketArn}/vpc-flow-logs/AWSLogs/${ACCOUNT}/*`,
        Condition: {
          StringEquals: { "aws:SourceAccount": ACCOUNT, "s3:x-amz-acl": "bucket-owner-full-control" },
          ArnLike: { "aws:SourceArn": flowLogSources },
        },
      },
    ]);
  });

  it("lets each member's trails encrypt only with their own ARNs in the context, and the flow-log delivery use the key, in the archive key policy", () => {
    const added = statements(stack.named("baseline-eu-west-1-key").inputs.policy).slice(7);
    const memberTrails = (id: string) => `arn:aws:cloudtrail:*:${id}:trail/*`;
    assert.deepEqual(added, [
      {
        Sid: "MemberTrailsEncrypt",
        Effect: "Allow",
        Principal: { Service: "cloudtrail.amazonaws.com" },
        Action: "kms:GenerateDataKey*",
        Resource: "*",
        Condition: {
          StringLike: {
            "kms:EncryptionContext:aws:cloudtrail:arn": [memberTrails(MEMBER_1), memberTrails(MEMBER_2)],
            "aws:SourceArn": [memberTrails(MEMBER_1), memberTrails(MEMBER_2)],
          },
        },
      },
      {
        Sid: "MemberTrailsDecryptAndDescribe",
        Effect: "Allow",
        Principal: { Service: "cloudtrail.amazonaws.com" },
        Action: ["kms:Decrypt", "kms:DescribeKey"],
        Resource: "*",
        Condition: { StringLike: { "aws:SourceArn": [memberTrails(MEMBER_1), memberTrails(MEMBER_2)] } },
      },
      {
        Sid: "FlowLogsDeliveryUsesKey",
        Effect: "Allow",
        Principal: { Service: "delivery.logs.amazonaws.com" },
        Action: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
        Resource: "*",
        Condition: {
          StringEquals: { "aws:SourceAccount": ACCOUNT },
          ArnLike: { "aws:SourceArn": [`arn:aws:logs:eu-west-1:${ACCOUNT}:*`, `arn:aws:logs:eu-central-1:${ACCOUNT}:*`] },
        },
      },
    ]);
    // The first seven are the baseline's own statements, unchanged; readers of this account decrypt through IAM.
    assert.deepEqual(
      statements(stack.named("baseline-eu-west-1-key").inputs.policy)
        .slice(0, 7)
        .map((s) => s.Sid),
      [
        "AccountAdministersKeyThroughIam",
        "CloudTrailEncryptsForThisTrailOnly",
        "CloudTrailDecryptsForThisTrailOnly",
        "CloudTrailDescribesKey",
        "CloudWatchLogsUsesKeyForThisLogGroupOnly",
        "CloudWatchAlarmsPublishToEncryptedTopic",
        "EventBridgeRulesPublishToEncryptedTopic",
      ],
    );
  });

  it("refuses, at deploy time, a member account that turns out to be the deploying account", async () => {
    const policy = logBucketPolicy({
      bucketArn: "arn:aws:s3:::archive",
      trailArn: HOME_TRAIL,
      trailAccountId: ACCOUNT,
      members: { partition: "aws", accountIds: [MEMBER_1, ACCOUNT], deployingAccountId: ACCOUNT },
    });
    await assert.rejects(
      (policy as unknown as { promise(): Promise<string> }).promise(),
      /memberAccounts: "111122223333" is the account this stack deploys to/,
    );
  });

  it("keeps the residency trail single-region in its region, with its own key, bucket, log group and expiry there", () => {
    const trail = stack.named("baseline-eu-central-1-residency-trail").inputs;
    assert.match(String(trail.kmsKeyId), /^arn:aws:kms:eu-central-1:111122223333:key\//);
    assert.notEqual(trail.kmsKeyId, stack.named("baseline-eu-west-1-trail").inputs.kmsKeyId);
    const encryption = stack.named("baseline-eu-central-1-residency-logs-encryption").inputs.rules as {
      applyServerSideEncryptionByDefault: { kmsMasterKeyId: string };
    }[];
    assert.equal(
      encryption[0].applyServerSideEncryptionByDefault.kmsMasterKeyId,
      trail.kmsKeyId,
      "the bucket's default key is the trail's",
    );
    assert.equal(stack.named("baseline-eu-central-1-residency-trail-logs").inputs.kmsKeyId, trail.kmsKeyId);
    assert.deepEqual(
      { ...trail, kmsKeyId: "<residency key>", s3BucketName: "<residency bucket>", cloudWatchLogsRoleArn: "<role>" },
      {
        name: "security-baseline-residency-eu-central-1",
        s3BucketName: "<residency bucket>",
        isMultiRegionTrail: false,
        includeGlobalServiceEvents: false,
        enableLogFileValidation: true,
        enableLogging: true,
        kmsKeyId: "<residency key>",
        cloudWatchLogsGroupArn: `arn:aws:logs:eu-central-1:${ACCOUNT}:log-group:/aws/cloudtrail/security-baseline-residency-eu-central-1:*`,
        cloudWatchLogsRoleArn: "<role>",
        advancedEventSelectors: [{ name: "All management events", fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }] }],
        region: "eu-central-1",
        tags: { "baseline:managed-by": "security-baseline", "baseline:residency-region": "eu-central-1" },
      },
    );
    assert.match(String(trail.s3BucketName), /^security-baseline-residency-/);
    for (const name of ["residency-key", "residency-logs", "residency-trail-logs", "residency-logs-policy", "residency-logs-encryption"]) {
      assert.equal(stack.named(`baseline-eu-central-1-${name}`).inputs.region, "eu-central-1", `${name} leaves eu-central-1`);
    }
    const lifecycle = stack.named("baseline-eu-central-1-residency-logs-lifecycle").inputs.rules as { expiration: { days: number } }[];
    assert.equal(lifecycle[0].expiration.days, 3653);
    assert.equal(
      (stack.named("baseline-eu-west-1-logs-lifecycle").inputs.rules as { expiration: { days: number } }[])[0].expiration.days,
      2557,
    );
    const bucketArn = bucketArnIn(stack.named("baseline-eu-central-1-residency-logs-policy").inputs.policy);
    assert.deepEqual(
      statements(stack.named("baseline-eu-central-1-residency-logs-policy").inputs.policy),
      CLOUDTRAIL_BUCKET_STATEMENTS(bucketArn, `arn:aws:cloudtrail:eu-central-1:${ACCOUNT}:trail/security-baseline-residency-eu-central-1`),
    );
    for (const evidence of ["residency-key", "residency-logs"])
      assert.equal(stack.named(`baseline-eu-central-1-${evidence}`).protect, true, `${evidence} is protected`);
    assert.equal(stack.ofType("aws:cloudtrail/trail:Trail").length, 2, "the account trail and one residency trail");
  });

  it("passes the policy pack with the exemptions residencyPolicyConfig gives, and fails exactly the residency trail without them", async () => {
    const pack = await PolicyPackProcess.start();
    try {
      const analyze = async () =>
        [
          ...new Set(
            (await pack.analyzeAll(stack.recorded, new Set(RESOURCE_POLICY_TYPES))).map((v) => `${v.policy} ${v.urn.split("::").pop()}`),
          ),
        ].sort();
      assert.deepEqual(await analyze(), [
        "cloudtrail-cis-monitoring-alarms baseline-eu-central-1-residency-trail",
        "cloudtrail-global-service-events baseline-eu-central-1-residency-trail",
        "cloudtrail-multi-region baseline-eu-central-1-residency-trail",
      ]);
      await pack.configure(residencyPolicyConfig(settings.trailName, settings as Required<Pick<BaselineSettings, "residencyTrails">>));
      assert.deepEqual(await analyze(), []);
    } finally {
      pack.close();
    }
  });
});

describe("flow logs of every VPC to CloudWatch Logs", function () {
  this.timeout(60000);
  let stack: CoverageStack;
  before(async () => {
    stack = await buildCoverageStack(argsWith({ vpcFlowLogs: { allVpcs: true, destination: "cloudwatch" } }), {
      "eu-west-1": [VPC_B, VPC_A],
      "eu-central-1": [],
    });
  });
  const GROUP = (region: string) => `arn:aws:logs:${region}:${ACCOUNT}:log-group:/aws/vpc-flow-logs/security-baseline`;

  it("creates a flow log for each VPC the region has at deploy time, to the region's encrypted log group through the delivery role", () => {
    const flowLogs = stack.ofType("aws:ec2/flowLog:FlowLog");
    assert.deepEqual(
      flowLogs.map((f) => f.name),
      [`baseline-eu-west-1-flow-log-${VPC_A}`, `baseline-eu-west-1-flow-log-${VPC_B}`],
    );
    const inputs = stack.named(`baseline-eu-west-1-flow-log-${VPC_A}`).inputs;
    assert.match(String(inputs.iamRoleArn), /^arn:aws:iam::111122223333:role\/baseline-eu-west-1-flow-logs-role-/);
    assert.deepEqual(
      { ...inputs, iamRoleArn: "<flow-logs role>" },
      {
        vpcId: VPC_A,
        trafficType: "ALL",
        logDestinationType: "cloud-watch-logs",
        logDestination: GROUP("eu-west-1"),
        iamRoleArn: "<flow-logs role>",
        region: "eu-west-1",
        tags: { "baseline:managed-by": "security-baseline" },
      },
    );
    const group = stack.named("baseline-eu-west-1-flow-logs").inputs;
    assert.equal(group.retentionInDays, 365);
    assert.match(String(group.kmsKeyId), /^arn:aws:kms:eu-west-1:111122223333:key\//);
    assert.equal(group.name, "/aws/vpc-flow-logs/security-baseline");
  });

  it("lets only vpc-flow-logs.amazonaws.com, for this account's flow logs of the region, assume the role", () => {
    assert.deepEqual(statements(stack.named("baseline-eu-west-1-flow-logs-role").inputs.assumeRolePolicy), [
      {
        Sid: "VpcFlowLogsOfThisAccountAndRegion",
        Effect: "Allow",
        Principal: { Service: "vpc-flow-logs.amazonaws.com" },
        Action: "sts:AssumeRole",
        Condition: {
          StringEquals: { "aws:SourceAccount": ACCOUNT },
          ArnLike: { "aws:SourceArn": `arn:aws:ec2:eu-west-1:${ACCOUNT}:vpc-flow-log/*` },
        },
      },
    ]);
  });

  it("lets the role create and write the one log group (AWS's documented minimum, narrowed to it) and nothing else", () => {
    assert.deepEqual(statements(stack.named("baseline-eu-west-1-flow-logs-delivery").inputs.policy), [
      { Sid: "FlowLogsCreateTheirLogGroupOnly", Effect: "Allow", Action: "logs:CreateLogGroup", Resource: GROUP("eu-west-1") },
      {
        Sid: "FlowLogsWriteTheirLogGroup",
        Effect: "Allow",
        Action: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
        Resource: `${GROUP("eu-west-1")}:log-stream:*`,
      },
      {
        Sid: "FlowLogsFindTheirLogGroup",
        Effect: "Allow",
        Action: "logs:DescribeLogGroups",
        Resource: `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:*`,
      },
    ]);
  });

  it("encrypts the log group with a key CloudWatch Logs may use for that group only", () => {
    assert.deepEqual(statements(stack.named("baseline-eu-central-1-flow-logs-key").inputs.policy), [
      {
        Sid: "AccountAdministersKeyThroughIam",
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: "kms:*",
        Resource: "*",
      },
      {
        Sid: "CloudWatchLogsUsesKeyForTheseLogGroupsOnly",
        Effect: "Allow",
        Principal: { Service: "logs.eu-central-1.amazonaws.com" },
        Action: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
        Resource: "*",
        Condition: { ArnEquals: { "kms:EncryptionContext:aws:logs:arn": [GROUP("eu-central-1")] } },
      },
    ]);
  });

  it("adds no flow-log or member grant to the archive when flow logs go to CloudWatch Logs", () => {
    for (const name of ["baseline-eu-west-1-logs-policy", "baseline-eu-west-1-key"]) {
      const sids = statements(stack.named(name).inputs.policy).map((s) => s.Sid);
      assert.deepEqual(
        sids.filter((sid) => /^(AWSLogDelivery|FlowLogs|MemberTrails)/.test(sid)),
        [],
        name,
      );
    }
  });
});

describe("a member stack writing to a central archive", function () {
  this.timeout(60000);
  let stack: CoverageStack;
  before(async () => {
    stack = await buildCentralMember(argsWith({ centralLogArchive: { bucketName: "org-log-archive", kmsKeyArn: CENTRAL_KEY } }));
  });

  it("points the trail at the central bucket and key, and creates no bucket and no trail key here", () => {
    assert.deepEqual(stack.ofType("aws:s3/bucket:Bucket"), []);
    assert.deepEqual(stack.ofType("aws:s3/bucketPolicy:BucketPolicy"), []);
    const trail = stack.named("baseline-eu-west-1-trail").inputs;
    assert.equal(trail.s3BucketName, "org-log-archive");
    assert.equal(trail.kmsKeyId, CENTRAL_KEY);
    assert.equal(trail.isMultiRegionTrail, true);
    // The home region's one key is the local one; other regions keep their topic keys.
    assert.deepEqual(
      stack
        .ofType("aws:kms/key:Key")
        .filter((k) => k.inputs.region === "eu-west-1")
        .map((k) => k.name),
      ["baseline-eu-west-1-local-key"],
    );
  });

  it("keeps the log group local, encrypted with a key CloudWatch Logs may use for that group only", () => {
    const group = stack.named("baseline-eu-west-1-trail-logs").inputs;
    assert.equal(group.name, "/aws/cloudtrail/security-baseline");
    assert.match(String(group.kmsKeyId), /^arn:aws:kms:eu-west-1:111122223333:key\//);
    assert.deepEqual(
      statements(stack.named("baseline-eu-west-1-local-key").inputs.policy).map((s) => [s.Sid, s.Principal]),
      [
        ["AccountAdministersKeyThroughIam", { AWS: `arn:aws:iam::${ACCOUNT}:root` }],
        ["CloudWatchLogsUsesKeyForTheseLogGroupsOnly", { Service: "logs.eu-west-1.amazonaws.com" }],
        ["CloudWatchAlarmsPublishToEncryptedTopic", { Service: "cloudwatch.amazonaws.com" }],
        ["EventBridgeRulesPublishToEncryptedTopic", { Service: "events.amazonaws.com" }],
      ],
    );
    assert.deepEqual(statements(stack.named("baseline-eu-west-1-local-key").inputs.policy)[1].Condition, {
      ArnEquals: {
        "kms:EncryptionContext:aws:logs:arn": [`arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:/aws/cloudtrail/security-baseline`],
      },
    });
  });
});

describe("coverage names and texts at their longest", function () {
  this.timeout(60000);
  it("stay within what AWS and the provider accept (the plan checker of tests/config)", async () => {
    const stack = await buildCoverageStack({
      trailName: "Org_Security-Baseline-24",
      regions: ["ap-southeast-2", "ap-northeast-3"],
      vpcFlowLogs: { vpcIds: { "ap-northeast-3": [VPC_A] }, destination: "cloudwatch" },
      memberAccounts: [MEMBER_1],
      residencyTrails: [{ region: "ap-northeast-3" }],
    });
    assert.ok(
      stack.ofType("aws:cloudtrail/trail:Trail").some((t) => t.inputs.name === "Org_Security-Baseline-24-residency-ap-northeast-3"),
    );
    assert.deepEqual(planLimitProblems(stack.resources), []);
  });
});

describe("logging coverage from stack config", function () {
  this.timeout(60000);
  it("reaches the component through the config keys of the same names", async () => {
    const { buildStack } = await import("../helpers/baselineHarness");
    const stack = await buildStack({
      regions: ["eu-west-1"],
      vpcFlowLogs: { vpcIds: { "eu-west-1": [VPC_A] } },
      residencyTrails: [{ region: "eu-west-1" }],
    });
    assert.deepEqual(
      stack.ofType("aws:ec2/flowLog:FlowLog").map((f) => [f.inputs.vpcId, f.inputs.trafficType]),
      [[VPC_A, "ALL"]],
    );
    assert.ok(
      stack
        .ofType("aws:cloudtrail/trail:Trail")
        .some((t) => t.inputs.name === "security-baseline-residency-eu-west-1" && t.inputs.isMultiRegionTrail === false),
    );
  });
});
