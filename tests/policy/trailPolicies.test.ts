import * as assert from "assert";
import { ResourceValidationPolicy } from "@pulumi/policy";
import { cloudtrailCloudWatchLogs } from "../../policy/policies/cloudtrailCloudWatchLogs";
import { cloudtrailGlobalServiceEvents } from "../../policy/policies/cloudtrailGlobalServiceEvents";
import { cloudtrailKmsEncryption } from "../../policy/policies/cloudtrailKmsEncryption";
import { cloudtrailLogFileValidation } from "../../policy/policies/cloudtrailLogFileValidation";
import { cloudtrailLoggingEnabled } from "../../policy/policies/cloudtrailLoggingEnabled";
import { cloudtrailMultiRegion } from "../../policy/policies/cloudtrailMultiRegion";
import { kmsKeyRotation } from "../../policy/policies/kmsKeyRotation";
import { NOT_APPLICABLE, remediate, runResourcePolicy } from "./harness";
import { compliantStack, resource, T, UNKNOWN } from "./stacks";

const compliantTrail = compliantStack().find((r) => r.type === T.trail)!;
const NATIVE_TRAIL = "aws-native:cloudtrail:Trail";
const nativeCompliant = {
  trailName: "team-app",
  s3BucketName: "team-app-trail-logs",
  isLogging: true,
  isMultiRegionTrail: true,
  includeGlobalServiceEvents: true,
  enableLogFileValidation: true,
  kmsKeyId: "alias/cloudtrail",
  cloudWatchLogsLogGroupArn: "arn:aws:logs:us-east-1:111122223333:log-group:/aws/cloudtrail/team-app:*",
  cloudWatchLogsRoleArn: "arn:aws:iam::111122223333:role/trail-delivery",
};

function trail(change: Record<string, unknown>, type: string = T.trail) {
  const base = type === T.trail ? compliantTrail.inputs : nativeCompliant;
  const inputs: Record<string, unknown> = { ...base, ...change };
  for (const [k, v] of Object.entries(change)) if (v === undefined) delete inputs[k];
  return resource(type, "trail", inputs);
}

interface Case {
  readonly policy: ResourceValidationPolicy;
  /** aws v7 input that breaks it, and the aws-native one. */
  readonly broken: Record<string, unknown>;
  readonly brokenNative: Record<string, unknown>;
  /** Message must say this. */
  readonly says: RegExp;
}

const CASES: Case[] = [
  {
    policy: cloudtrailMultiRegion,
    broken: { isMultiRegionTrail: false },
    brokenNative: { isMultiRegionTrail: false },
    says: /isMultiRegionTrail: true/,
  },
  {
    policy: cloudtrailLogFileValidation,
    broken: { enableLogFileValidation: false },
    brokenNative: { enableLogFileValidation: false },
    says: /enableLogFileValidation: true/,
  },
  { policy: cloudtrailKmsEncryption, broken: { kmsKeyId: undefined }, brokenNative: { kmsKeyId: "" }, says: /kmsKeyId/ },
  {
    policy: cloudtrailGlobalServiceEvents,
    broken: { includeGlobalServiceEvents: false },
    brokenNative: { includeGlobalServiceEvents: false },
    says: /includeGlobalServiceEvents: true/,
  },
  {
    policy: cloudtrailCloudWatchLogs,
    broken: { cloudWatchLogsGroupArn: undefined },
    brokenNative: { cloudWatchLogsLogGroupArn: undefined },
    says: /cloudWatchLogsGroupArn/,
  },
  { policy: cloudtrailLoggingEnabled, broken: { enableLogging: false }, brokenNative: { isLogging: false }, says: /logging turned off/ },
];

describe("trail policies", () => {
  for (const c of CASES) {
    describe(c.policy.name, () => {
      it("passes a compliant @pulumi/aws trail", () => assert.deepStrictEqual(runResourcePolicy(c.policy, compliantTrail), []));
      it("passes a compliant aws-native trail", () => assert.deepStrictEqual(runResourcePolicy(c.policy, trail({}, NATIVE_TRAIL)), []));
      it("rejects a @pulumi/aws trail with the setting wrong, saying how to fix it", () => {
        const messages = runResourcePolicy(c.policy, trail(c.broken));
        assert.strictEqual(messages.length, 1, JSON.stringify(messages));
        assert.match((messages as string[])[0], c.says);
      });
      it("rejects an aws-native trail with the setting wrong", () => {
        assert.strictEqual(runResourcePolicy(c.policy, trail(c.brokenNative, NATIVE_TRAIL)).length, 1);
      });
      it("does not report a value that is unknown during preview", () => {
        const key = Object.keys(c.broken)[0];
        assert.deepStrictEqual(runResourcePolicy(c.policy, trail({ [key]: UNKNOWN })), []);
      });
      it("does not apply to other resource types", () => {
        assert.strictEqual(runResourcePolicy(c.policy, resource(T.bucket, "b", { bucket: "b" })), NOT_APPLICABLE);
      });
    });
  }

  it("treats absent isMultiRegionTrail and enableLogFileValidation as the provider default, false", () => {
    const bare = trail({ isMultiRegionTrail: undefined, enableLogFileValidation: undefined });
    assert.strictEqual(runResourcePolicy(cloudtrailMultiRegion, bare).length, 1);
    assert.strictEqual(runResourcePolicy(cloudtrailLogFileValidation, bare).length, 1);
  });

  it("treats absent includeGlobalServiceEvents and enableLogging as the provider default, true", () => {
    const bare = trail({ includeGlobalServiceEvents: undefined, enableLogging: undefined });
    assert.deepStrictEqual(runResourcePolicy(cloudtrailGlobalServiceEvents, bare), []);
    assert.deepStrictEqual(runResourcePolicy(cloudtrailLoggingEnabled, bare), []);
  });

  it("rejects a log group without a delivery role: CloudTrail refuses that trail", () => {
    const messages = runResourcePolicy(cloudtrailCloudWatchLogs, trail({ cloudWatchLogsRoleArn: undefined }));
    assert.match((messages as string[])[0], /cloudWatchLogsRoleArn/);
  });

  describe("data-residency exemptions", () => {
    const residency = trail({ name: "us-residency", isMultiRegionTrail: false, includeGlobalServiceEvents: false });
    for (const [what, exemptTrails] of [
      ["trail name", ["us-residency"]],
      ["URN pattern", ["urn:pulumi:prod::team-app::aws:cloudtrail/trail:Trail::*"]],
    ] as const) {
      it(`exempts a single-region trail listed by ${what}`, () => {
        assert.deepStrictEqual(runResourcePolicy(cloudtrailMultiRegion, residency, { exemptTrails: [...exemptTrails] }), []);
        assert.deepStrictEqual(runResourcePolicy(cloudtrailGlobalServiceEvents, residency, { exemptTrails: [...exemptTrails] }), []);
      });
    }
    it("still rejects a single-region trail that is not listed", () => {
      assert.strictEqual(runResourcePolicy(cloudtrailMultiRegion, residency, { exemptTrails: ["other-trail"] }).length, 1);
    });
  });

  describe("remediation", () => {
    it("turns on multi-region, validation and global events, keeping other inputs and unknowns", () => {
      const broken = trail({
        isMultiRegionTrail: undefined,
        enableLogFileValidation: false,
        includeGlobalServiceEvents: false,
        kmsKeyId: UNKNOWN,
      });
      assert.strictEqual(remediate(cloudtrailMultiRegion, broken)!.isMultiRegionTrail, true);
      assert.strictEqual(remediate(cloudtrailLogFileValidation, broken)!.enableLogFileValidation, true);
      const fixed = remediate(cloudtrailGlobalServiceEvents, broken)!;
      assert.strictEqual(fixed.includeGlobalServiceEvents, true);
      assert.strictEqual(fixed.kmsKeyId, UNKNOWN);
      assert.strictEqual(fixed.s3BucketName, "team-app-trail-logs");
    });
    it("leaves a compliant or exempt trail alone", () => {
      assert.strictEqual(remediate(cloudtrailMultiRegion, compliantTrail), undefined);
      assert.strictEqual(
        remediate(cloudtrailMultiRegion, trail({ name: "eu", isMultiRegionTrail: false }), { exemptTrails: ["eu"] }),
        undefined,
      );
    });
  });
});

describe("kms-key-rotation", () => {
  it("passes a key with rotation on (aws and aws-native)", () => {
    assert.deepStrictEqual(runResourcePolicy(kmsKeyRotation, resource(T.key, "k", { enableKeyRotation: true })), []);
    assert.deepStrictEqual(
      runResourcePolicy(kmsKeyRotation, resource("aws-native:kms:Key", "k", { enableKeyRotation: true, keyPolicy: {} })),
      [],
    );
  });
  it("rejects a symmetric key without rotation, absent meaning off", () => {
    assert.match((runResourcePolicy(kmsKeyRotation, resource(T.key, "k", { description: "x" })) as string[])[0], /enableKeyRotation: true/);
    assert.strictEqual(runResourcePolicy(kmsKeyRotation, resource("aws-native:kms:Key", "k", { enableKeyRotation: false })).length, 1);
  });
  it("does not check asymmetric keys, which cannot rotate", () => {
    assert.deepStrictEqual(
      runResourcePolicy(kmsKeyRotation, resource(T.key, "k", { customerMasterKeySpec: "RSA_2048", keyUsage: "SIGN_VERIFY" })),
      [],
    );
  });
  it("does not report rotation unknown during preview", () => {
    assert.deepStrictEqual(runResourcePolicy(kmsKeyRotation, resource(T.key, "k", { enableKeyRotation: UNKNOWN })), []);
  });
});
