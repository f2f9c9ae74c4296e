import { strict as assert } from "assert";
import { ALARMS, METRIC_NAMESPACE } from "../../policy/catalogue";
import { takesRegion } from "../../components/regionTransform";
import { MONITORING_BASELINE_TYPE, REGION_BASELINE_TYPE } from "../../components/monitoringBaseline";
import { MOCK_ACCOUNT_ID } from "../../tools/lib/mockRuntime";
import { BuiltStack, buildStack, statement, statements } from "../helpers/baselineHarness";

const TRAIL_ARN = `arn:aws:cloudtrail:us-east-1:${MOCK_ACCOUNT_ID}:trail/security-baseline`;
const LOG_GROUP_ARN = `arn:aws:logs:us-east-1:${MOCK_ACCOUNT_ID}:log-group:/aws/cloudtrail/security-baseline`;

describe("MonitoringBaseline in its home region", () => {
  let stack: BuiltStack;
  before(async () => {
    stack = await buildStack({ alertEmails: ["secops@example.com"] });
  });

  it("creates one multi-region trail with validation, KMS, global events and CloudWatch Logs delivery", () => {
    const trails = stack.ofType("aws:cloudtrail/trail:Trail");
    assert.equal(trails.length, 1);
    const trail = trails[0].inputs;
    assert.equal(trail.name, "security-baseline");
    assert.equal(trail.isMultiRegionTrail, true);
    assert.equal(trail.includeGlobalServiceEvents, true);
    assert.equal(trail.enableLogFileValidation, true);
    assert.equal(trail.enableLogging, true);
    assert.equal(trail.kmsKeyId, stack.named("baseline-us-east-1-key").inputs.arn ?? trail.kmsKeyId);
    assert.match(String(trail.kmsKeyId), /^arn:aws:kms:us-east-1:111122223333:key\//);
    assert.equal(trail.cloudWatchLogsGroupArn, `${LOG_GROUP_ARN}:*`);
    assert.match(String(trail.cloudWatchLogsRoleArn), /^arn:aws:iam::111122223333:role\//);
    assert.deepEqual(trail.advancedEventSelectors, [
      { name: "All management events", fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }] },
    ]);
  });

  it("makes the trail wait for the bucket policy, the delivery role policy and the bucket encryption", () => {
    const trail = stack.ofType("aws:cloudtrail/trail:Trail")[0];
    for (const name of ["baseline-us-east-1-logs-policy", "baseline-us-east-1-trail-delivery", "baseline-us-east-1-logs-encryption"]) {
      assert.ok(trail.dependsOn.includes(stack.named(name).urn), `trail does not depend on ${name}`);
    }
  });

  it("gives the key rotation, a 30-day deletion window, an alias and a least-privilege policy", () => {
    const key = stack.named("baseline-us-east-1-key").inputs;
    assert.equal(key.enableKeyRotation, true);
    assert.equal(key.deletionWindowInDays, 30);
    assert.equal(stack.named("baseline-us-east-1-key-alias").inputs.name, "alias/security-baseline");

    const cloudtrail = statement(key.policy, "CloudTrailEncryptsForThisTrailOnly");
    assert.deepEqual(cloudtrail.Principal, { Service: "cloudtrail.amazonaws.com" });
    assert.equal(cloudtrail.Action, "kms:GenerateDataKey*");
    assert.deepEqual(cloudtrail.Condition, {
      StringEquals: { "aws:SourceArn": TRAIL_ARN },
      StringLike: { "kms:EncryptionContext:aws:cloudtrail:arn": `arn:aws:cloudtrail:*:${MOCK_ACCOUNT_ID}:trail/security-baseline` },
    });
    const logs = statement(key.policy, "CloudWatchLogsUsesKeyForThisLogGroupOnly");
    assert.deepEqual(logs.Principal, { Service: "logs.us-east-1.amazonaws.com" });
    assert.deepEqual(logs.Condition, { ArnEquals: { "kms:EncryptionContext:aws:logs:arn": LOG_GROUP_ARN } });
    const alarms = statement(key.policy, "CloudWatchAlarmsPublishToEncryptedTopic");
    assert.deepEqual(alarms.Principal, { Service: "cloudwatch.amazonaws.com" });
    assert.deepEqual(alarms.Condition, { StringEquals: { "aws:SourceAccount": MOCK_ACCOUNT_ID } });
    const rules = statement(key.policy, "EventBridgeRulesPublishToEncryptedTopic");
    assert.deepEqual(rules.Principal, { Service: "events.amazonaws.com" });
    // EventBridge's KMS requests carry no aws:Source* keys: a condition would drop every alert.
    assert.equal(rules.Condition, undefined);
    assert.deepEqual(statement(key.policy, "AccountAdministersKeyThroughIam").Principal, { AWS: `arn:aws:iam::${MOCK_ACCOUNT_ID}:root` });
  });

  it("never grants a `*` principal without a condition in any policy", () => {
    const policies = stack.resources.flatMap((r) =>
      ["policy", "assumeRolePolicy"].filter((k) => typeof r.inputs[k] === "string").map((k) => ({ name: r.name, doc: r.inputs[k] })),
    );
    assert.ok(policies.length >= 6, `expected the key, bucket, topic and role policies, found ${policies.length}`);
    for (const { name, doc } of policies) {
      for (const s of statements(doc)) {
        const star = s.Principal === "*" || (typeof s.Principal === "object" && (s.Principal as { AWS?: unknown }).AWS === "*");
        if (star) assert.ok(s.Condition && Object.keys(s.Condition).length > 0, `${name} ${s.Sid} grants * without a condition`);
      }
    }
  });

  it("hardens the log bucket: owner-enforced, all public access blocked, SSE-KMS with bucket key, versioning, lifecycle, access logging", () => {
    const bucket = stack.named("baseline-us-east-1-logs").inputs;
    assert.equal(bucket.forceDestroy, false);
    assert.equal(
      stack.named("baseline-us-east-1-logs-ownership").inputs.rule &&
        (stack.named("baseline-us-east-1-logs-ownership").inputs.rule as { objectOwnership: string }).objectOwnership,
      "BucketOwnerEnforced",
    );
    const pab = stack.named("baseline-us-east-1-logs-public-access-block").inputs;
    for (const flag of ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"])
      assert.equal(pab[flag], true, flag);
    const [rule] = stack.named("baseline-us-east-1-logs-encryption").inputs.rules as {
      applyServerSideEncryptionByDefault: Record<string, string>;
      bucketKeyEnabled: boolean;
    }[];
    assert.equal(rule.applyServerSideEncryptionByDefault.sseAlgorithm, "aws:kms");
    assert.match(rule.applyServerSideEncryptionByDefault.kmsMasterKeyId, /^arn:aws:kms:/);
    assert.equal(rule.bucketKeyEnabled, true);
    assert.deepEqual(stack.named("baseline-us-east-1-logs-versioning").inputs.versioningConfiguration, { status: "Enabled" });
    const [lifecycle] = stack.named("baseline-us-east-1-logs-lifecycle").inputs.rules as Record<string, unknown>[];
    assert.deepEqual(lifecycle.transitions, [{ days: 90, storageClass: "GLACIER" }]);
    assert.deepEqual(lifecycle.expiration, { days: 2557 });
    const logging = stack.named("baseline-us-east-1-logs-access-logging").inputs;
    assert.equal(logging.targetBucket, stack.named("baseline-us-east-1-access-logs").inputs.bucket ?? logging.targetBucket);
    assert.match(String(logging.targetBucket), /^security-baseline-access-logs-/);
  });

  it("lets CloudTrail write to the bucket only for this trail, and denies non-TLS access", () => {
    const policy = stack.named("baseline-us-east-1-logs-policy").inputs.policy;
    const deny = statement(policy, "DenyInsecureTransport");
    assert.equal(deny.Effect, "Deny");
    assert.deepEqual(deny.Condition, { Bool: { "aws:SecureTransport": "false" } });
    const acl = statement(policy, "CloudTrailChecksBucketAcl");
    assert.equal(acl.Action, "s3:GetBucketAcl");
    assert.deepEqual(acl.Condition, { StringEquals: { "aws:SourceArn": TRAIL_ARN } });
    const write = statement(policy, "CloudTrailWritesLogs");
    assert.equal(write.Action, "s3:PutObject");
    assert.deepEqual(write.Resource, [
      `arn:aws:s3:::${String(stack.named("baseline-us-east-1-logs-policy").inputs.bucket)}/AWSLogs/${MOCK_ACCOUNT_ID}/*`,
    ]);
    assert.equal((write.Condition?.StringEquals as Record<string, string>)["aws:SourceArn"], TRAIL_ARN);
  });

  it("keeps evidence through destroy and replacement: protect and retainOnDelete on the buckets and the key", () => {
    for (const name of ["baseline-us-east-1-logs", "baseline-us-east-1-access-logs", "baseline-us-east-1-key"]) {
      const r = stack.named(name);
      assert.equal(r.protect, true, `${name} protect`);
      assert.equal(r.retainOnDelete, true, `${name} retainOnDelete`);
    }
    assert.equal(stack.named("baseline-us-east-1-trail-logs").retainOnDelete, true);
  });

  it("encrypts the log group with the key and keeps it 365 days", () => {
    const group = stack.named("baseline-us-east-1-trail-logs").inputs;
    assert.equal(group.name, "/aws/cloudtrail/security-baseline");
    assert.equal(group.retentionInDays, 365);
    assert.match(String(group.kmsKeyId), /^arn:aws:kms:us-east-1:/);
  });

  it("lets CloudTrail assume the delivery role, which may only write its streams (whole documents: policyDocuments.test.ts)", () => {
    const trust = statements(stack.named("baseline-us-east-1-trail-delivery-role").inputs.assumeRolePolicy);
    assert.equal(trust.length, 1);
    assert.deepEqual(trust[0].Principal, { Service: "cloudtrail.amazonaws.com" });
    const [write] = statements(stack.named("baseline-us-east-1-trail-delivery").inputs.policy);
    assert.deepEqual(write.Action, ["logs:CreateLogStream", "logs:PutLogEvents"]);
    assert.deepEqual(write.Resource, [`${LOG_GROUP_ARN}:log-stream:${MOCK_ACCOUNT_ID}_CloudTrail_us-east-1*`]);
  });

  it("creates one metric filter and one Sum / 60 s / >= 1 / notBreaching alarm per catalogue entry, acting on the topic", () => {
    const filters = stack.ofType("aws:cloudwatch/logMetricFilter:LogMetricFilter");
    const alarms = stack.ofType("aws:cloudwatch/metricAlarm:MetricAlarm").filter((a) => a.inputs.namespace === METRIC_NAMESPACE);
    assert.equal(filters.length, ALARMS.length);
    assert.equal(alarms.length, ALARMS.length);
    const topicArn = `arn:aws:sns:us-east-1:${MOCK_ACCOUNT_ID}:security-baseline-alerts-us-east-1`;
    for (const entry of ALARMS) {
      const filter = stack.named(`baseline-us-east-1-filter-${entry.id}`).inputs;
      assert.equal(filter.pattern, entry.filterPattern, entry.id);
      assert.equal(filter.logGroupName, "/aws/cloudtrail/security-baseline");
      assert.deepEqual(filter.metricTransformation, { name: entry.metricName, namespace: "CloudTrailMetrics", value: "1" });
      const alarm = stack.named(`baseline-us-east-1-alarm-${entry.id}`).inputs;
      assert.equal(alarm.metricName, entry.metricName);
      assert.equal(alarm.statistic, "Sum", `${entry.id}: an alarm on Average of a sparse count can stay below 1 and never fire`);
      assert.equal(alarm.period, 60);
      assert.equal(alarm.evaluationPeriods, 1);
      assert.equal(alarm.threshold, 1);
      assert.equal(alarm.comparisonOperator, "GreaterThanOrEqualToThreshold");
      assert.equal(alarm.treatMissingData, "notBreaching");
      assert.equal(alarm.actionsEnabled, true);
      assert.deepEqual(alarm.alarmActions, [topicArn]);
    }
  });

  it("adds a delivery heartbeat that treats missing data as breaching", () => {
    const heartbeat = stack.named("baseline-us-east-1-alarm-trail-delivery-heartbeat").inputs;
    assert.equal(heartbeat.namespace, "AWS/Logs");
    assert.equal(heartbeat.metricName, "IncomingLogEvents");
    assert.deepEqual(heartbeat.dimensions, { LogGroupName: "/aws/cloudtrail/security-baseline" });
    assert.equal(heartbeat.treatMissingData, "breaching");
    assert.equal(heartbeat.comparisonOperator, "LessThanThreshold");
    assert.equal((heartbeat.period as number) * (heartbeat.evaluationPeriods as number), 3600);
  });

  it("encrypts the topic, lets only this account's alarms and rules publish, and subscribes the emails", () => {
    const topic = stack.named("baseline-us-east-1-topic").inputs;
    assert.match(String(topic.kmsMasterKeyId), /^arn:aws:kms:us-east-1:/);
    const policy = stack.named("baseline-us-east-1-topic-policy").inputs.policy;
    const alarms = statement(policy, "CloudWatchAlarmsOfThisAccountPublish");
    assert.deepEqual(alarms.Condition, {
      ArnLike: { "aws:SourceArn": `arn:aws:cloudwatch:us-east-1:${MOCK_ACCOUNT_ID}:alarm:*` },
      StringEquals: { "aws:SourceAccount": MOCK_ACCOUNT_ID },
    });
    assert.equal(statement(policy, "EventBridgeRulesPublish").Condition, undefined, "EventBridge topic statements take no Condition block");
    assert.equal(statement(policy, "DenyInsecureTransport").Effect, "Deny");
    const [subscription] = stack.ofType("aws:sns/topicSubscription:TopicSubscription");
    assert.equal(subscription.inputs.protocol, "email");
    assert.equal(subscription.inputs.endpoint, "secops@example.com");
  });

  it("registers each (type, name) once", () => {
    const keys = stack.resources.map((r) => `${r.type}::${r.name}`);
    assert.equal(new Set(keys).size, keys.length);
  });
});

describe("MonitoringBaseline across regions", () => {
  let stack: BuiltStack;
  before(async () => {
    stack = await buildStack({ regions: ["eu-west-1", "eu-central-1"], alertEmails: ["secops@example.com"] });
  });

  it("puts the evidence chain and alarms in the home region only", () => {
    for (const type of [
      "aws:cloudtrail/trail:Trail",
      "aws:s3/bucket:Bucket",
      "aws:cloudwatch/logGroup:LogGroup",
      "aws:cloudwatch/logMetricFilter:LogMetricFilter",
    ]) {
      const regions = new Set(stack.ofType(type).map((r) => r.inputs.region));
      assert.deepEqual([...regions], ["eu-west-1"], type);
    }
  });

  it("gives every listed region its own encrypted topic, key and subscriptions", () => {
    for (const region of ["eu-west-1", "eu-central-1"]) {
      const topic = stack.named(`baseline-${region}-topic`).inputs;
      assert.equal(topic.region, region);
      assert.match(String(topic.kmsMasterKeyId), new RegExp(`^arn:aws:kms:${region}:`));
      assert.equal(stack.named(`baseline-${region}-email-secops@example.com`).inputs.region, region);
    }
  });

  it("is one MonitoringBaseline at the stack's root whose children are one part per region", () => {
    const [top, ...others] = stack.ofType(MONITORING_BASELINE_TYPE);
    assert.equal(others.length, 0);
    assert.equal(top.parent, null);
    assert.equal(top.name, "baseline");
    const parts = stack.ofType(REGION_BASELINE_TYPE);
    assert.deepEqual(parts.map((p) => [p.name, p.parent]).sort(), [
      ["baseline-eu-central-1", top.urn],
      ["baseline-eu-west-1", top.urn],
      ["baseline-us-east-1-global-events", top.urn],
    ]);
    assert.equal(parts[0].urn.split("::")[2], `${MONITORING_BASELINE_TYPE}$${REGION_BASELINE_TYPE}`);
  });

  it("sets its component's region on every AWS resource that takes one", () => {
    const components = stack.ofType(REGION_BASELINE_TYPE);
    assert.ok(components.length >= 2);
    const regionOf = new Map(components.map((c) => [c.urn, c.name.replace(/^baseline-/, "").replace(/-global-events$/, "")]));
    // The investigation parts live in the home region.
    for (const c of stack.ofType("baseline:investigate:Investigation")) regionOf.set(c.urn, "eu-west-1");
    const aws = stack.resources.filter((r) => r.type.startsWith("aws:"));
    assert.ok(aws.length > 50);
    for (const r of aws) {
      const expected = regionOf.get(r.parent ?? "");
      assert.ok(expected, `${r.name} has no component parent`);
      if (takesRegion(r.type)) assert.equal(r.inputs.region, expected, `${r.type} ${r.name}`);
      else assert.equal(r.inputs.region, undefined, `${r.type} is global and takes no region`);
    }
  });

  it("covers global services' events in us-east-1 when the stack does not list it", () => {
    const global = stack.resources.filter((r) => r.name.startsWith("baseline-us-east-1-global-events"));
    assert.ok(global.some((r) => r.type === "aws:sns/topic:Topic" && r.inputs.region === "us-east-1"));
    const rules = global.filter((r) => r.type === "aws:cloudwatch/eventRule:EventRule");
    assert.ok(rules.length > 0, "no real-time rule for global services in us-east-1");
    for (const rule of rules) {
      const pattern = JSON.parse(String(rule.inputs.eventPattern)) as { source?: string[]; detail?: { eventSource?: string[] } };
      const sources = pattern.source ?? pattern.detail?.eventSource?.map((s) => `aws.${s.split(".")[0]}`) ?? [];
      assert.ok(
        sources.length > 0 &&
          sources.every((s) =>
            ["aws.iam", "aws.sts", "aws.signin", "aws.organizations", "aws.cloudfront", "aws.route53", "aws.account"].includes(s),
          ),
        `${rule.name}: ${String(rule.inputs.eventPattern)}`,
      );
    }
  });
});

describe("MonitoringBaseline options", () => {
  it("alarms on an existing trail's log group without creating a trail, bucket or key", async () => {
    const stack = await buildStack({ existingLogGroupName: "aws-controltower/CloudTrailLogs" });
    assert.equal(stack.ofType("aws:cloudtrail/trail:Trail").length, 0);
    assert.equal(stack.ofType("aws:s3/bucket:Bucket").length, 0);
    const filters = stack.ofType("aws:cloudwatch/logMetricFilter:LogMetricFilter");
    assert.equal(filters.length, ALARMS.length);
    assert.ok(filters.every((f) => f.inputs.logGroupName === "aws-controltower/CloudTrailLogs"));
    assert.match(String(stack.named("baseline-us-east-1-topic").inputs.kmsMasterKeyId), /^arn:aws:kms:us-east-1:/);
  });

  it("turns on Object Lock at creation with the configured retention", async () => {
    const stack = await buildStack({ objectLockMode: "COMPLIANCE", objectLockRetentionDays: "365" });
    assert.equal(stack.named("baseline-us-east-1-logs").inputs.objectLockEnabled, true);
    assert.deepEqual(stack.named("baseline-us-east-1-logs-object-lock").inputs.rule, {
      defaultRetention: { mode: "COMPLIANCE", days: 365 },
    });
  });

  it("makes an organization trail whose role and bucket also accept the organization's prefix", async () => {
    const stack = await buildStack({ organizationTrail: "true", organizationId: "o-a1b2c3d4e5" });
    assert.equal(stack.ofType("aws:cloudtrail/trail:Trail")[0].inputs.isOrganizationTrail, true);
    const [write] = statements(stack.named("baseline-us-east-1-trail-delivery").inputs.policy);
    assert.ok((write.Resource as string[]).some((r) => r.endsWith(":log-stream:o-a1b2c3d4e5_*")));
    const bucketWrite = statement(stack.named("baseline-us-east-1-logs-policy").inputs.policy, "CloudTrailWritesLogs");
    assert.ok((bucketWrite.Resource as string[]).some((r) => r.endsWith("/AWSLogs/o-a1b2c3d4e5/*")));
  });

  it("records S3 write data events but never the trail's own bucket", async () => {
    const stack = await buildStack({ s3DataEvents: "write" });
    const selectors = stack.ofType("aws:cloudtrail/trail:Trail")[0].inputs.advancedEventSelectors as {
      fieldSelectors: Record<string, unknown>[];
    }[];
    const data = selectors[1].fieldSelectors;
    assert.deepEqual(
      data.find((f) => f.field === "readOnly"),
      { field: "readOnly", equals: ["false"] },
    );
    const excluded = data.find((f) => f.field === "resources.ARN")?.notStartsWiths;
    const bucketName = String(stack.ofType("aws:cloudtrail/trail:Trail")[0].inputs.s3BucketName);
    assert.deepEqual(excluded, [`arn:aws:s3:::${bucketName}/`]);
  });

  it("leaves out disabled alarms and adds watched-secret and custom alarms", async () => {
    const stack = await buildStack({
      disabledAlarms: ["ec2-instance-changes", "trail-delivery-heartbeat"],
      watchedSecrets: ["prod/payments/db"],
      customAlarms: [{ id: "bucket-deleted", filterPattern: '{ $.eventName = "DeleteBucket" }' }],
    });
    const ids = stack.ofType("aws:cloudwatch/metricAlarm:MetricAlarm").map((a) => a.name.replace("baseline-us-east-1-alarm-", ""));
    assert.ok(!ids.includes("ec2-instance-changes"));
    assert.ok(!ids.includes("trail-delivery-heartbeat"));
    assert.ok(ids.includes("secrets-manager-secret-read"));
    assert.ok(ids.includes("bucket-deleted"));
    assert.match(String(stack.named("baseline-us-east-1-filter-secrets-manager-secret-read").inputs.pattern), /prod\/payments\/db/);
    assert.equal(stack.named("baseline-us-east-1-alarm-bucket-deleted").inputs.metricName, "BucketDeletedEventCount");
  });
});

describe("bucket names", () => {
  it("derive a valid S3 prefix from any valid trail name, leaving room for auto-naming", async () => {
    const { bucketPrefixFor } = await import("../../settings/names");
    for (const trailName of ["Prod_Security.Trail-2024x", "abc"]) {
      for (const purpose of ["logs", "access-logs"] as const) {
        const prefix = bucketPrefixFor(trailName.slice(0, 24), purpose);
        assert.match(prefix, /^[a-z0-9][a-z0-9-]*-$/, prefix);
        assert.ok(prefix.length <= 37, `${prefix} is ${prefix.length} characters; S3 bucketPrefix allows 37`);
      }
    }
  });
});
