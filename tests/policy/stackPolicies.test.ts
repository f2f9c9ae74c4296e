import * as assert from "assert";
import { StackValidationPolicy } from "@pulumi/policy";
import { CIS_MONITORING_ALARMS } from "../../policy/catalogue";
import { POLICIES } from "../../policy/policies";
import { alarmTopicEncryption } from "../../policy/policies/alarmTopicEncryption";
import { cloudtrailAlarmActions } from "../../policy/policies/cloudtrailAlarmActions";
import { cloudtrailMonitoringAlarms } from "../../policy/policies/cloudtrailMonitoringAlarms";
import { trailBucketEncryption } from "../../policy/policies/trailBucketEncryption";
import { trailBucketPublicAccess } from "../../policy/policies/trailBucketPublicAccess";
import { trailBucketTlsOnly } from "../../policy/policies/trailBucketTlsOnly";
import { trailBucketVersioning } from "../../policy/policies/trailBucketVersioning";
import { trailLogGroupEncryption } from "../../policy/policies/trailLogGroupEncryption";
import { trailLogGroupRetention } from "../../policy/policies/trailLogGroupRetention";
import { PackResource } from "../../tools/lib/packClient";
import { runStackPolicy } from "./harness";
import { compliantStack, resource, T, UNKNOWN, urn, withChange, without } from "./stacks";
import { CIS_ALARMS_TOPIC_URN, cisAlarmsModuleProgram, deadAlarmProgram } from "../fixtures/policy/alarmJoinPrograms";
import { PHASES } from "../fixtures/policy/programs";

const stack = compliantStack();
const bucketUrn = urn(T.bucket, "trail-logs");
const groupUrn = urn(T.logGroup, "trail");
const TOPIC_ARN = stack.find((r) => r.type === T.topic)!.inputs.arn as string;
const STACK_POLICIES = POLICIES.filter((p): p is StackValidationPolicy => "validateStack" in p);

function findings(policy: StackValidationPolicy, resources: readonly PackResource[], config: Record<string, unknown> = {}) {
  return runStackPolicy(policy, resources, config);
}

describe("stack policies", () => {
  it("pass a compliant @pulumi/aws v7 trail stack", () => {
    for (const policy of STACK_POLICIES) assert.deepStrictEqual(findings(policy, stack), [], policy.name);
  });

  it("pass a stack without trails: nothing to join", () => {
    const unrelated = [
      resource(T.bucket, "assets", { bucket: "assets" }),
      resource(T.logGroup, "app", { name: "/app", retentionInDays: 7 }),
    ];
    for (const policy of STACK_POLICIES) assert.deepStrictEqual(findings(policy, unrelated), [], policy.name);
  });

  describe("cloudtrail-bucket-public-access-blocked", () => {
    it("rejects a trail bucket with no public access block resource: absent is open", () => {
      const f = findings(trailBucketPublicAccess, without(stack, T.pab));
      assert.strictEqual(f.length, 1);
      assert.strictEqual(f[0].urn, bucketUrn);
      assert.match(f[0].message, /no public access block/);
    });
    it("rejects a partial block, naming the settings that are off", () => {
      const f = findings(
        trailBucketPublicAccess,
        withChange(stack, T.pab, "trail-logs", { restrictPublicBuckets: false, ignorePublicAcls: undefined }),
      );
      assert.match(f[0].message, /ignorePublicAcls, restrictPublicBuckets off/);
    });
    it("joins the block by property dependency when the bucket name is unknown at preview", () => {
      assert.deepStrictEqual(findings(trailBucketPublicAccess, withChange(stack, T.pab, "trail-logs", { bucket: UNKNOWN })), []);
    });
    it("joins the block by bucket name when there are no property dependencies (stack export)", () => {
      const noDeps = stack.map((r) => (r.type === T.pab ? { ...r, propertyDependencies: {} } : r));
      assert.deepStrictEqual(findings(trailBucketPublicAccess, noDeps), []);
    });
    it("joins an auto-named bucket (bucketPrefix) by its unique prefix when a plan records inputs only", () => {
      const autoNamed = stack.map((r) => {
        if (r.type === T.bucket) return { ...r, inputs: { bucketPrefix: "team-app-trail-" } };
        return { ...r, propertyDependencies: {} };
      });
      assert.deepStrictEqual(findings(trailBucketPublicAccess, autoNamed), []);
      const open = without(autoNamed, T.pab);
      assert.deepStrictEqual(
        findings(trailBucketPublicAccess, open).map((f) => f.urn),
        [bucketUrn],
      );
      const ambiguous = [...open, resource(T.bucket, "other", { bucketPrefix: "team-app-" })];
      assert.deepStrictEqual(findings(trailBucketPublicAccess, ambiguous), [], "two candidate buckets: no join, no guess");
    });
    it("accepts an account-level block with all four settings", () => {
      const account = resource("aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock", "account", {
        blockPublicAcls: true,
        blockPublicPolicy: true,
        ignorePublicAcls: true,
        restrictPublicBuckets: true,
      });
      assert.deepStrictEqual(findings(trailBucketPublicAccess, [...without(stack, T.pab), account]), []);
    });
    it("does not report a flag unknown at preview", () => {
      assert.deepStrictEqual(findings(trailBucketPublicAccess, withChange(stack, T.pab, "trail-logs", { blockPublicAcls: UNKNOWN })), []);
    });
  });

  describe("cloudtrail-bucket-default-encryption", () => {
    /** A trail without its own key: its log files get the bucket's default encryption. */
    const unkeyed = withChange(stack, T.trail, "trail", { kmsKeyId: undefined });
    it("accepts an SSE-S3 bucket under a trail with its own KMS key: the log files are SSE-KMS whatever the default", () => {
      const aes = withChange(stack, T.sse, "trail-logs", { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }] });
      assert.deepStrictEqual(findings(trailBucketEncryption, aes), []);
      assert.deepStrictEqual(findings(trailBucketEncryption, without(stack, T.sse)), []);
      assert.deepStrictEqual(
        findings(trailBucketEncryption, withChange(without(stack, T.sse), T.trail, "trail", { kmsKeyId: UNKNOWN })),
        [],
        "a key unknown at preview is set",
      );
    });
    it("rejects an SSE-S3 bucket under a trail without a KMS key, saying what is exposed and naming the trail", () => {
      const aes = withChange(unkeyed, T.sse, "trail-logs", { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }] });
      const [f] = findings(trailBucketEncryption, aes);
      assert.strictEqual(f.urn, bucketUrn);
      assert.match(
        f.message,
        /^Trail bucket 'trail-logs' encrypts by default with AES256 only, and trail 'team-app' sets no kmsKeyId, so its log files get that default: S3 decrypts them for anyone allowed s3:GetObject/,
      );
      const second = resource(T.trail, "second", { name: "second", s3BucketName: "team-app-trail-logs" }, { s3BucketName: [bucketUrn] });
      assert.match(
        findings(trailBucketEncryption, [
          ...withChange(aes, T.trail, "trail", { kmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/k" }),
          second,
        ])[0].message,
        /trail 'second' sets no kmsKeyId/,
        "one keyless trail is enough",
      );
    });
    it("rejects a trail bucket with no encryption configuration: AWS's SSE-S3 is no setting of the program", () => {
      const f = findings(trailBucketEncryption, without(unkeyed, T.sse));
      assert.deepStrictEqual(
        f.map((x) => x.urn),
        [bucketUrn],
      );
      assert.match(f[0].message, /declares no default encryption, so it gets AWS's SSE-S3/);
    });
    it("rejects SSE-S3 (AES256), declared or read back from AWS, naming it", () => {
      const aes = withChange(unkeyed, T.sse, "trail-logs", { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }] });
      assert.match(findings(trailBucketEncryption, aes)[0].message, /encrypts by default with AES256 only/);
      const inline = withChange(without(unkeyed, T.sse), T.bucket, "trail-logs", {
        serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } },
      });
      assert.strictEqual(findings(trailBucketEncryption, inline).length, 1);
    });
    it("accepts SSE-KMS and DSSE-KMS: on the v6 V2 resource, inline on a legacy or v7 bucket, and in BucketV2's list shapes", () => {
      const v6 = unkeyed.map((r) =>
        r.type === T.sse ? { ...r, type: "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2" } : r,
      );
      assert.deepStrictEqual(findings(trailBucketEncryption, v6), []);
      const inline = withChange(without(unkeyed, T.sse), T.bucket, "trail-logs", {
        serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms:dsse" } } },
      });
      assert.deepStrictEqual(findings(trailBucketEncryption, inline), []);
      const v2 = (algorithm: string) =>
        without(unkeyed, T.sse).map((r) =>
          r.type === T.bucket
            ? {
                ...r,
                type: "aws:s3/bucketV2:BucketV2",
                inputs: {
                  ...r.inputs,
                  serverSideEncryptionConfigurations: [{ rules: [{ applyServerSideEncryptionByDefaults: [{ sseAlgorithm: algorithm }] }] }],
                },
              }
            : r,
        );
      assert.deepStrictEqual(findings(trailBucketEncryption, v2("aws:kms")), []);
      assert.strictEqual(findings(trailBucketEncryption, v2("AES256")).length, 1);
    });
    it("counts a provider-computed unknown (no property dependency) as not declared, a declared unknown as pending", () => {
      const computedByProvider = withChange(without(unkeyed, T.sse), T.bucket, "trail-logs", {
        serverSideEncryptionConfiguration: UNKNOWN,
      });
      assert.strictEqual(findings(trailBucketEncryption, computedByProvider).length, 1);
      const fromKey = computedByProvider.map((r) =>
        r.type === T.bucket ? { ...r, propertyDependencies: { serverSideEncryptionConfiguration: [urn(T.key, "trail")] } } : r,
      );
      assert.deepStrictEqual(findings(trailBucketEncryption, fromKey), []);
    });
  });

  describe("cloudtrail-bucket-versioning", () => {
    it("rejects a trail bucket whose versioning is suspended or absent", () => {
      assert.strictEqual(
        findings(trailBucketVersioning, withChange(stack, T.versioning, "trail-logs", { versioningConfiguration: { status: "Suspended" } }))
          .length,
        1,
      );
      assert.strictEqual(findings(trailBucketVersioning, without(stack, T.versioning)).length, 1);
    });
    it("accepts the v6 BucketVersioningV2 name", () => {
      const v6 = stack.map((r) => (r.type === T.versioning ? { ...r, type: "aws:s3/bucketVersioningV2:BucketVersioningV2" } : r));
      assert.deepStrictEqual(findings(trailBucketVersioning, v6), []);
    });
  });

  describe("cloudtrail-bucket-tls-only", () => {
    it("rejects a bucket policy without a Deny on aws:SecureTransport false", () => {
      const allowOnly = JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: { Service: "cloudtrail.amazonaws.com" }, Action: "s3:PutObject", Resource: "*" }],
      });
      assert.strictEqual(findings(trailBucketTlsOnly, withChange(stack, T.bucketPolicy, "trail-logs", { policy: allowOnly })).length, 1);
      assert.strictEqual(findings(trailBucketTlsOnly, without(stack, T.bucketPolicy)).length, 1);
    });
    it("does not report a policy document unknown at preview", () => {
      assert.deepStrictEqual(findings(trailBucketTlsOnly, withChange(stack, T.bucketPolicy, "trail-logs", { policy: UNKNOWN })), []);
    });
    it("rejects a Deny on insecure transport that covers one S3 action only: every request must need TLS", () => {
      const denying = (action: string) =>
        JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Deny",
              Principal: "*",
              Action: action,
              Resource: "arn:aws:s3:::team-app-trail-logs/*",
              Condition: { Bool: { "aws:SecureTransport": "false" } },
            },
          ],
        });
      assert.strictEqual(
        findings(trailBucketTlsOnly, withChange(stack, T.bucketPolicy, "trail-logs", { policy: denying("s3:GetObject") })).length,
        1,
      );
      assert.deepStrictEqual(
        findings(trailBucketTlsOnly, withChange(stack, T.bucketPolicy, "trail-logs", { policy: denying("s3:*") })),
        [],
      );
    });
  });

  describe("aws-native trail bucket with inline settings", () => {
    const nativeBucket = (extra: Record<string, unknown>) =>
      resource("aws-native:s3:Bucket", "native-logs", {
        bucketName: "native-logs",
        publicAccessBlockConfiguration: {
          blockPublicAcls: true,
          blockPublicPolicy: true,
          ignorePublicAcls: true,
          restrictPublicBuckets: true,
        },
        bucketEncryption: { serverSideEncryptionConfiguration: [{ serverSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } }] },
        versioningConfiguration: { status: "Enabled" },
        ...extra,
      });
    const nativeTrail = resource("aws-native:cloudtrail:Trail", "native", {
      s3BucketName: "native-logs",
      isLogging: true,
      isMultiRegionTrail: true,
    });
    const nativePolicy = resource("aws-native:s3:BucketPolicy", "native-logs", {
      bucket: "native-logs",
      policyDocument: JSON.parse(JSON.parse(JSON.stringify(stack.find((r) => r.type === T.bucketPolicy)!.inputs.policy))),
    });
    it("accepts inline public access, encryption, versioning and a policy document object", () => {
      for (const policy of [trailBucketPublicAccess, trailBucketEncryption, trailBucketVersioning, trailBucketTlsOnly]) {
        assert.deepStrictEqual(findings(policy, [nativeBucket({}), nativeTrail, nativePolicy]), [], policy.name);
      }
    });
    it("rejects a partial inline public access block", () => {
      const partial = nativeBucket({ publicAccessBlockConfiguration: { blockPublicAcls: true } });
      assert.strictEqual(findings(trailBucketPublicAccess, [partial, nativeTrail]).length, 1);
    });
  });

  describe("trail log group", () => {
    it("rejects a log group without kmsKeyId", () => {
      const f = findings(trailLogGroupEncryption, withChange(stack, T.logGroup, "trail", { kmsKeyId: undefined }));
      assert.deepStrictEqual(
        f.map((x) => x.urn),
        [groupUrn],
      );
    });
    it("rejects retention under the default minimum of 365 days", () => {
      assert.match(
        findings(trailLogGroupRetention, withChange(stack, T.logGroup, "trail", { retentionInDays: 90 }))[0].message,
        /only 90 days.*365/,
      );
    });
    it("accepts never-expire (absent or 0)", () => {
      assert.deepStrictEqual(findings(trailLogGroupRetention, withChange(stack, T.logGroup, "trail", { retentionInDays: undefined })), []);
      assert.deepStrictEqual(findings(trailLogGroupRetention, withChange(stack, T.logGroup, "trail", { retentionInDays: 0 })), []);
    });
    it("honours a configured minimum", () => {
      assert.strictEqual(findings(trailLogGroupRetention, stack, { minimumRetentionDays: 400 }).length, 1);
      assert.deepStrictEqual(
        findings(trailLogGroupRetention, withChange(stack, T.logGroup, "trail", { retentionInDays: 90 }), { minimumRetentionDays: 30 }),
        [],
      );
    });
    it("checks only log groups that receive a trail", () => {
      const other = resource(T.logGroup, "app", { name: "/app", retentionInDays: 1 });
      assert.deepStrictEqual(findings(trailLogGroupRetention, [...stack, other]), []);
    });
  });

  describe("cloudtrail-cis-monitoring-alarms", () => {
    it("names each CIS control whose filter is missing", () => {
      const f = findings(cloudtrailMonitoringAlarms, without(stack, T.filter, "root-account-usage"));
      assert.strictEqual(f.length, 1);
      assert.match(f[0].message, /no metric filter for CIS 4\.3 root-account-usage \(Security Hub CloudWatch\.1\)/);
    });
    it("says when a filter exists but no alarm is on its metric", () => {
      const f = findings(cloudtrailMonitoringAlarms, without(stack, T.alarm, "vpc-changes"));
      assert.match(f[0].message, /a filter but no alarm on its metric for CIS 4\.14 vpc-changes/);
    });
    it("recognises a filter by pattern as Prowler does, not by name", () => {
      const renamed = withChange(stack, T.filter, "iam-policy-changes", { pattern: "{ $.eventName = DeleteGroupPolicy }" });
      assert.match(findings(cloudtrailMonitoringAlarms, renamed)[0].message, /CIS 4\.4 iam-policy-changes/);
    });
    it("reports a trail without CloudWatch Logs delivery once", () => {
      const f = findings(cloudtrailMonitoringAlarms, withChange(stack, T.trail, "trail", { cloudWatchLogsGroupArn: undefined }));
      assert.strictEqual(f.length, 1);
      assert.match(f[0].message, /does not deliver to CloudWatch Logs/);
    });
    it("requires all controls on a bare trail", () => {
      const bare = [
        resource(
          T.trail,
          "bare",
          { s3BucketName: "b", cloudWatchLogsGroupArn: `${groupUrn}`, cloudWatchLogsRoleArn: "r" },
          { cloudWatchLogsGroupArn: [groupUrn] },
        ),
        stack.find((r) => r.type === T.logGroup)!,
      ];
      const message = findings(cloudtrailMonitoringAlarms, bare)[0].message;
      for (const alarm of CIS_MONITORING_ALARMS) assert.ok(message.includes(alarm.id), alarm.id);
    });
    it("does not report filters whose pattern is unknown at preview", () => {
      assert.deepStrictEqual(findings(cloudtrailMonitoringAlarms, withChange(stack, T.filter, "vpc-changes", { pattern: UNKNOWN })), []);
    });
    it("skips an exempted data-residency trail", () => {
      const f = findings(cloudtrailMonitoringAlarms, without(stack, T.filter), { exemptTrails: ["team-app"] });
      assert.deepStrictEqual(f, []);
    });
  });

  describe("an alarm covers a filter only when it reads the metric the filter publishes, and notifies", () => {
    const monitoring = (resources: readonly PackResource[]) => findings(cloudtrailMonitoringAlarms, resources).map((f) => f.message);
    /** Every alarm computed from its filter's resource name instead of the metric the filter publishes. */
    const readingFilterNames = stack.map((r) =>
      r.type === T.alarm ? { ...r, inputs: { ...r.inputs, metricName: `${r.name}-filter` } } : r,
    );

    for (const phase of PHASES) {
      it(`rejects IAMpolicyChangesP.tf's alarm on the filter's name, which depends on the filter but never fires (${phase})`, () => {
        const [message] = monitoring(deadAlarmProgram(phase));
        assert.match(
          message,
          /an alarm that can never fire, reading another metric than the filter publishes for CIS 4\.4 iam-policy-changes \(Security Hub CloudWatch\.4\) \('alarm_sns_actions_enabled' reads \(no namespace\)\/metric_filter1, the filter publishes YourNamespace\/EventCount\)/,
        );
        assert.doesNotMatch(
          monitoring(deadAlarmProgram(phase, { fixed: true }))[0],
          /iam-policy-changes/,
          "the alarm on EventCount covers CIS 4.4",
        );
      });
    }
    it("reports every control whose alarm depends on its filter but reads the filter's name", () => {
      const [message] = monitoring(readingFilterNames);
      for (const alarm of CIS_MONITORING_ALARMS)
        assert.match(message, new RegExp(`'${alarm.id}' reads CloudTrailMetrics/${alarm.id}-filter`), alarm.id);
      assert.doesNotMatch(message, /no metric filter/);
    });
    it("joins by namespace and metric name alone: no property dependency is needed", () => {
      const noDeps = stack.map((r) =>
        r.type === T.alarm ? { ...r, propertyDependencies: { alarmActions: r.propertyDependencies!.alarmActions } } : r,
      );
      assert.deepStrictEqual(monitoring(noDeps), []);
    });
    it("does not count an alarm on the same metric name in another namespace", () => {
      const [message] = monitoring(withChange(stack, T.alarm, "root-account-usage", { namespace: "CISBenchmark" }));
      assert.match(
        message,
        /never fire.*CIS 4\.3 root-account-usage .*'root-account-usage' reads CISBenchmark\/RootAccountUsageEventCount, the filter publishes CloudTrailMetrics\/RootAccountUsageEventCount/,
      );
    });
    it("does not count an alarm that notifies nobody", () => {
      assert.match(
        monitoring(withChange(stack, T.alarm, "vpc-changes", { alarmActions: [] }))[0],
        /alarms on its metric that notify nobody .* for CIS 4\.14 vpc-changes \(Security Hub CloudWatch\.14\) \('vpc-changes'\)/,
      );
      assert.match(monitoring(withChange(stack, T.alarm, "vpc-changes", { actionsEnabled: false }))[0], /notify nobody.*vpc-changes/);
    });
    it("does not judge an alarm whose metric or actions are unknown at preview", () => {
      const unknownMetric = readingFilterNames.map((r) =>
        r.type === T.alarm ? { ...r, inputs: { ...r.inputs, metricName: UNKNOWN } } : r,
      );
      assert.deepStrictEqual(monitoring(unknownMetric), []);
      assert.deepStrictEqual(monitoring(withChange(stack, T.alarm, "vpc-changes", { alarmActions: UNKNOWN })), []);
    });
  });

  describe("cloudtrail-alarm-actions", () => {
    it("rejects an alarm on a trail metric with no action", () => {
      const f = findings(cloudtrailAlarmActions, withChange(stack, T.alarm, "root-account-usage", { alarmActions: [] }));
      assert.deepStrictEqual(
        f.map((x) => x.urn),
        [urn(T.alarm, "root-account-usage")],
      );
    });
    it("rejects an alarm whose actions are disabled (CloudWatch.17)", () => {
      assert.match(
        findings(cloudtrailAlarmActions, withChange(stack, T.alarm, "vpc-changes", { actionsEnabled: false }))[0].message,
        /actionsEnabled: false/,
      );
    });
    it("ignores alarms on unrelated metrics", () => {
      const cpu = resource(T.alarm, "cpu", { metricName: "CPUUtilization", namespace: "AWS/EC2", alarmActions: [] });
      assert.deepStrictEqual(findings(cloudtrailAlarmActions, [...stack, cpu]), []);
    });
    it("does not report actions unknown at preview", () => {
      assert.deepStrictEqual(findings(cloudtrailAlarmActions, withChange(stack, T.alarm, "vpc-changes", { alarmActions: UNKNOWN })), []);
    });
  });

  describe("cloudtrail-alarm-topic-encryption", () => {
    it("rejects an unencrypted topic that trail alarms publish to, once", () => {
      const f = findings(alarmTopicEncryption, withChange(stack, T.topic, "alerts", { kmsMasterKeyId: undefined }));
      assert.deepStrictEqual(
        f.map((x) => x.urn),
        [urn(T.topic, "alerts")],
      );
    });
    for (const phase of PHASES) {
      it(`judges the topic of terraform-aws-modules' CIS alarms whatever their namespace, with the trail in another stack (${phase})`, () => {
        for (const namespace of ["CISBenchmark", "CloudTrailMetrics", "LogMetrics"]) {
          const f = findings(alarmTopicEncryption, cisAlarmsModuleProgram(phase, { namespace }));
          assert.deepStrictEqual(
            f.map((x) => x.urn),
            [CIS_ALARMS_TOPIC_URN],
            namespace,
          );
          assert.match(f[0].message, /SNS topic 'this' receives the alarms of CIS metric filters/);
        }
        assert.deepStrictEqual(findings(alarmTopicEncryption, cisAlarmsModuleProgram(phase, { topicKey: "alias/cis-alerts" })), []);
      });
    }
    it("judges a topic by the alarms it receives, not by a namespace label", () => {
      const labelled = [
        resource(T.topic, "ops", { name: "ops", arn: "arn:aws:sns:eu-west-1:111122223333:ops" }),
        resource(T.alarm, "trail-ish", {
          metricName: "RootAccountUsage",
          namespace: "CloudTrailMetrics",
          alarmActions: ["arn:aws:sns:eu-west-1:111122223333:ops"],
        }),
      ];
      assert.deepStrictEqual(findings(alarmTopicEncryption, labelled), [], "no filter of this stack publishes that metric");
      const cpu = resource(T.alarm, "cpu", { metricName: "CPUUtilization", namespace: "AWS/EC2", alarmActions: [TOPIC_ARN] });
      const onlyCpu = [...without(stack, T.alarm), cpu].map((r) =>
        r.type === T.topic ? { ...r, inputs: { ...r.inputs, kmsMasterKeyId: undefined } } : r,
      );
      assert.deepStrictEqual(findings(alarmTopicEncryption, onlyCpu), [], "a topic of unrelated alarms only");
    });
  });

  it("audits 5,000 resources in linear time (no quadratic joins)", function () {
    const big: PackResource[] = [];
    for (let i = 0; i < 100; i++) {
      for (const r of stack) {
        const rename = (u: string) => u.replace(/::([^:]+)$/, `::$1-${i}`);
        const inputs = JSON.parse(JSON.stringify(r.inputs).replace(/team-app/g, `team-app-${i}`)) as Record<string, unknown>;
        const deps = Object.fromEntries(Object.entries(r.propertyDependencies ?? {}).map(([k, v]) => [k, v.map(rename)]));
        big.push({ ...r, urn: rename(r.urn), name: `${r.name}-${i}`, inputs, propertyDependencies: deps });
      }
    }
    const t0 = Date.now();
    for (const policy of STACK_POLICIES) assert.deepStrictEqual(findings(policy, big), [], policy.name);
    assert.ok(Date.now() - t0 < 10000, `took ${Date.now() - t0} ms`);
  });
});
