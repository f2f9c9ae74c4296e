/**
 * Whole policy documents as deployed, pinned against the forms AWS documents (the pages are
 * cited next to each statement in lib/policyDocuments.ts). A changed statement, an added
 * condition key or a dropped grant fails here.
 */
import { strict as assert } from "assert";
import { MOCK_ACCOUNT_ID } from "../../tools/lib/mockRuntime";
import { archivePolicyArgs, ArchivePolicySettings } from "../../lib/policyDocuments";
import { BuiltStack, buildStack, sharedStack } from "../helpers/baselineHarness";
import { WITH_US_EAST_1 } from "../helpers/sharedConfigs";

const ACCOUNT = MOCK_ACCOUNT_ID;
const MANAGEMENT = "999988887777";
const ORG = "o-a1b2c3d4e5";

const doc = (json: unknown): unknown => JSON.parse(String(json));
const policyOf = (stack: BuiltStack, name: string, key = "policy"): unknown => doc(stack.named(name).inputs[key]);
const bucketArn = (stack: BuiltStack, name: string): string => `arn:aws:s3:::${String(stack.named(name).inputs.bucket)}`;

function trailKeyPolicy(trailAccount: string): unknown {
  const trailArn = `arn:aws:cloudtrail:us-east-1:${trailAccount}:trail/security-baseline`;
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "AccountAdministersKeyThroughIam",
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: "kms:*",
        Resource: "*",
      },
      {
        Sid: "CloudTrailEncryptsForThisTrailOnly",
        Effect: "Allow",
        Principal: { Service: "cloudtrail.amazonaws.com" },
        Action: "kms:GenerateDataKey*",
        Resource: "*",
        Condition: {
          StringEquals: { "aws:SourceArn": trailArn },
          StringLike: { "kms:EncryptionContext:aws:cloudtrail:arn": `arn:aws:cloudtrail:*:${trailAccount}:trail/security-baseline` },
        },
      },
      {
        Sid: "CloudTrailDecryptsForThisTrailOnly",
        Effect: "Allow",
        Principal: { Service: "cloudtrail.amazonaws.com" },
        Action: "kms:Decrypt",
        Resource: "*",
        Condition: { StringEquals: { "aws:SourceArn": trailArn } },
      },
      {
        Sid: "CloudTrailDescribesKey",
        Effect: "Allow",
        Principal: { Service: "cloudtrail.amazonaws.com" },
        Action: "kms:DescribeKey",
        Resource: "*",
        Condition: { StringEquals: { "aws:SourceArn": trailArn } },
      },
      {
        Sid: "CloudWatchLogsUsesKeyForThisLogGroupOnly",
        Effect: "Allow",
        Principal: { Service: "logs.us-east-1.amazonaws.com" },
        Action: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
        Resource: "*",
        Condition: {
          ArnEquals: {
            "kms:EncryptionContext:aws:logs:arn": `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/cloudtrail/security-baseline`,
          },
        },
      },
      ...TOPIC_PUBLISHERS_USE_KEY,
    ],
  };
}

const TOPIC_PUBLISHERS_USE_KEY = [
  {
    Sid: "CloudWatchAlarmsPublishToEncryptedTopic",
    Effect: "Allow",
    Principal: { Service: "cloudwatch.amazonaws.com" },
    Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
    Resource: "*",
    Condition: { StringEquals: { "aws:SourceAccount": ACCOUNT } },
  },
  // EventBridge-to-encrypted-topic grants take no aws:Source* condition (SNS developer guide).
  {
    Sid: "EventBridgeRulesPublishToEncryptedTopic",
    Effect: "Allow",
    Principal: { Service: "events.amazonaws.com" },
    Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
    Resource: "*",
  },
];

function topicPolicy(region: string): unknown {
  const topic = `arn:aws:sns:${region}:${ACCOUNT}:security-baseline-alerts-${region}`;
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "AccountManagesTopic",
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: [
          "sns:GetTopicAttributes",
          "sns:SetTopicAttributes",
          "sns:AddPermission",
          "sns:RemovePermission",
          "sns:DeleteTopic",
          "sns:Subscribe",
          "sns:ListSubscriptionsByTopic",
          "sns:Publish",
        ],
        Resource: topic,
      },
      {
        Sid: "CloudWatchAlarmsOfThisAccountPublish",
        Effect: "Allow",
        Principal: { Service: "cloudwatch.amazonaws.com" },
        Action: "sns:Publish",
        Resource: topic,
        Condition: {
          ArnLike: { "aws:SourceArn": `arn:aws:cloudwatch:${region}:${ACCOUNT}:alarm:*` },
          StringEquals: { "aws:SourceAccount": ACCOUNT },
        },
      },
      // "You can't use Condition blocks in Amazon SNS topic policies for EventBridge."
      {
        Sid: "EventBridgeRulesPublish",
        Effect: "Allow",
        Principal: { Service: "events.amazonaws.com" },
        Action: "sns:Publish",
        Resource: topic,
      },
      {
        Sid: "DenyInsecureTransport",
        Effect: "Deny",
        Principal: "*",
        Action: "sns:Publish",
        Resource: [topic],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
    ],
  };
}

function logBucketPolicy(bucket: string, trailAccount: string, extra: { organizationId?: string; governance?: boolean } = {}): unknown {
  const trailArn = `arn:aws:cloudtrail:us-east-1:${trailAccount}:trail/security-baseline`;
  const prefixes = [
    `${bucket}/AWSLogs/${trailAccount}/*`,
    ...(extra.organizationId ? [`${bucket}/AWSLogs/${extra.organizationId}/*`] : []),
  ];
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "DenyInsecureTransport",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [bucket, `${bucket}/*`],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
      {
        Sid: "CloudTrailChecksBucketAcl",
        Effect: "Allow",
        Principal: { Service: "cloudtrail.amazonaws.com" },
        Action: "s3:GetBucketAcl",
        Resource: bucket,
        Condition: { StringEquals: { "aws:SourceArn": trailArn } },
      },
      {
        Sid: "CloudTrailWritesLogs",
        Effect: "Allow",
        Principal: { Service: "cloudtrail.amazonaws.com" },
        Action: "s3:PutObject",
        Resource: prefixes,
        Condition: { StringEquals: { "aws:SourceArn": trailArn, "s3:x-amz-acl": "bucket-owner-full-control" } },
      },
      ...(extra.governance
        ? [
            {
              Sid: "DenyObjectLockGovernanceBypass",
              Effect: "Deny",
              Principal: "*",
              Action: "s3:BypassGovernanceRetention",
              Resource: `${bucket}/*`,
            },
          ]
        : []),
    ],
  };
}

function accessLogBucketPolicy(accessLogBucket: string, logBucket: string): unknown {
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "DenyInsecureTransport",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [accessLogBucket, `${accessLogBucket}/*`],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
      {
        Sid: "S3ServerAccessLogsFromTheLogBucketOnly",
        Effect: "Allow",
        Principal: { Service: "logging.s3.amazonaws.com" },
        Action: "s3:PutObject",
        Resource: `${accessLogBucket}/*`,
        Condition: { ArnLike: { "aws:SourceArn": logBucket }, StringEquals: { "aws:SourceAccount": ACCOUNT } },
      },
    ],
  };
}

// "Confused deputy prevention is not applicable to the role policy for CloudWatch Logs monitoring."
const DELIVERY_ROLE_TRUST = {
  Version: "2012-10-17",
  Statement: [
    { Sid: "CloudTrailAssumesDeliveryRole", Effect: "Allow", Principal: { Service: "cloudtrail.amazonaws.com" }, Action: "sts:AssumeRole" },
  ],
};

function deliveryRolePolicy(streams: string[]): unknown {
  const group = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/cloudtrail/security-baseline`;
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "CloudTrailWritesItsLogStreams",
        Effect: "Allow",
        Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
        Resource: streams.map((s) => `${group}:log-stream:${s}`),
      },
    ],
  };
}

describe("policy documents of a default stack", () => {
  let stack: BuiltStack;
  before(async () => {
    stack = await sharedStack(WITH_US_EAST_1);
  });

  it("trail key: CloudTrail encrypts, decrypts (S3 Bucket Key) and describes for this trail only", () => {
    assert.deepEqual(policyOf(stack, "baseline-us-east-1-key"), trailKeyPolicy(ACCOUNT));
  });

  it("topic policies: alarms of this account and region with conditions, EventBridge without (as documented), TLS only", () => {
    assert.deepEqual(policyOf(stack, "baseline-us-east-1-topic-policy"), topicPolicy("us-east-1"));
    assert.deepEqual(policyOf(stack, "baseline-eu-west-1-topic-policy"), topicPolicy("eu-west-1"));
  });

  it("a region's own topic key lets alarms (this account) and EventBridge (no condition) publish", () => {
    assert.deepEqual(policyOf(stack, "baseline-eu-west-1-topic-key"), {
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "AccountAdministersKeyThroughIam",
          Effect: "Allow",
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: "kms:*",
          Resource: "*",
        },
        ...TOPIC_PUBLISHERS_USE_KEY,
      ],
    });
  });

  it("log bucket and access-log bucket policies", () => {
    const logs = bucketArn(stack, "baseline-us-east-1-logs-policy");
    assert.deepEqual(policyOf(stack, "baseline-us-east-1-logs-policy"), logBucketPolicy(logs, ACCOUNT));
    assert.deepEqual(
      policyOf(stack, "baseline-us-east-1-access-logs-policy"),
      accessLogBucketPolicy(bucketArn(stack, "baseline-us-east-1-access-logs-policy"), logs),
    );
  });

  it("delivery role: the documented trust with no condition key, and only this account's streams", () => {
    assert.deepEqual(policyOf(stack, "baseline-us-east-1-trail-delivery-role", "assumeRolePolicy"), DELIVERY_ROLE_TRUST);
    assert.deepEqual(policyOf(stack, "baseline-us-east-1-trail-delivery"), deliveryRolePolicy([`${ACCOUNT}_CloudTrail_us-east-1*`]));
  });

  it("makes each bucket policy wait for its own bucket's public access block", () => {
    for (const bucket of ["logs", "access-logs"]) {
      const policy = stack.named(`baseline-us-east-1-${bucket}-policy`);
      assert.ok(policy.dependsOn.includes(stack.named(`baseline-us-east-1-${bucket}-public-access-block`).urn), bucket);
    }
    assert.ok(
      !stack
        .named("baseline-us-east-1-access-logs-policy")
        .dependsOn.includes(stack.named("baseline-us-east-1-logs-public-access-block").urn),
    );
  });
});

describe("policy documents of an organization trail deployed from a delegated administrator", () => {
  let stack: BuiltStack;
  before(async () => {
    stack = await buildStack({ organizationTrail: "true", organizationId: ORG, managementAccountId: MANAGEMENT });
  });

  it("names the management account in every trail ARN, encryption context, bucket prefix and stream name", () => {
    assert.deepEqual(policyOf(stack, "baseline-us-east-1-key"), trailKeyPolicy(MANAGEMENT));
    assert.deepEqual(
      policyOf(stack, "baseline-us-east-1-logs-policy"),
      logBucketPolicy(bucketArn(stack, "baseline-us-east-1-logs-policy"), MANAGEMENT, { organizationId: ORG }),
    );
    assert.deepEqual(
      policyOf(stack, "baseline-us-east-1-trail-delivery"),
      deliveryRolePolicy([`${MANAGEMENT}_CloudTrail_us-east-1*`, `${ORG}_*`]),
    );
    assert.deepEqual(policyOf(stack, "baseline-us-east-1-trail-delivery-role", "assumeRolePolicy"), DELIVERY_ROLE_TRUST);
  });

  it("keeps the key, bucket, log group and role in the deploying account", () => {
    const key = JSON.stringify(policyOf(stack, "baseline-us-east-1-key"));
    assert.match(key, new RegExp(`arn:aws:iam::${ACCOUNT}:root`));
    assert.match(key, new RegExp(`arn:aws:logs:us-east-1:${ACCOUNT}:log-group:`));
  });
});

describe("the log bucket policy under Object Lock", () => {
  it("denies s3:BypassGovernanceRetention to everyone in GOVERNANCE mode, and adds nothing in COMPLIANCE mode", async () => {
    const governance = await buildStack({ objectLockMode: "GOVERNANCE", objectLockRetentionDays: "365" });
    assert.deepEqual(
      policyOf(governance, "baseline-us-east-1-logs-policy"),
      logBucketPolicy(bucketArn(governance, "baseline-us-east-1-logs-policy"), ACCOUNT, { governance: true }),
    );
    const compliance = await buildStack({ objectLockMode: "COMPLIANCE", objectLockRetentionDays: "365" });
    assert.deepEqual(
      policyOf(compliance, "baseline-us-east-1-logs-policy"),
      logBucketPolicy(bucketArn(compliance, "baseline-us-east-1-logs-policy"), ACCOUNT),
    );
  });
});

describe("the archive's flow-log delivery grants", () => {
  const refs = {
    account: { accountId: ACCOUNT, partition: "aws" },
    region: "eu-west-1",
    trailArn: `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/security-baseline`,
    trailAccountId: ACCOUNT,
    logGroupArn: `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:/aws/cloudtrail/security-baseline`,
    bucketArn: "arn:aws:s3:::security-baseline-logs",
  };
  const settings = (vpcFlowLogs: ArchivePolicySettings["vpcFlowLogs"]): ArchivePolicySettings => ({
    regions: ["eu-west-1", "eu-central-1", "us-east-1"],
    trailName: "security-baseline",
    organizationTrail: false,
    vpcFlowLogs,
  });

  it("grant every Region of the stack with allVpcs (its VPCs are found at deployment), in the key and the bucket policy", () => {
    const args = archivePolicyArgs(settings({ destination: "s3", allVpcs: true, vpcIds: {} }), refs);
    for (const delivery of [args.key.flowLogDelivery, args.bucket.flowLogDelivery])
      assert.deepEqual(delivery?.sourceRegions, ["eu-west-1", "eu-central-1", "us-east-1"]);
  });

  it("grant only the Regions with listed VPCs otherwise, and nothing for CloudWatch Logs delivery", () => {
    const listed = archivePolicyArgs(settings({ destination: "s3", allVpcs: false, vpcIds: { "eu-central-1": ["vpc-0a1b2c3d"] } }), refs);
    assert.deepEqual(listed.bucket.flowLogDelivery?.sourceRegions, ["eu-central-1"]);
    assert.equal(
      archivePolicyArgs(settings({ destination: "cloudwatch", allVpcs: true, vpcIds: {} }), refs).bucket.flowLogDelivery,
      undefined,
    );
  });
});
