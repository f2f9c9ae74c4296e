/**
 * Where a rule's events arrive, on the pure builders (no plan of its own): services that reach
 * EventBridge in us-east-1 only (lib/regions.ts cites each), the narrowing of source-less rules
 * in the extra us-east-1 instance, and the partition's service-principal suffix. One assertion
 * reads the shared plan ruleRegions.test.ts already builds.
 */
import { strict as assert } from "assert";
import { ALARMS, EventBridgePattern } from "../../policy/catalogue";
import { canMatchInRegion, regionParts, restrictToGlobalServices } from "../../lib/globalEvents";
import { trailKeyPolicy } from "../../lib/policyDocuments";
import { regionalServicePrincipal } from "../../lib/regions";
import { sharedStack } from "../helpers/baselineHarness";
import { WITHOUT_US_EAST_1 } from "../helpers/sharedConfigs";

const API_CALL = "AWS API Call via CloudTrail";

/** Every EventBridge source whose events are recorded in us-east-1 (only, or also there). */
const ALL_GLOBAL_SOURCES = ["aws.iam", "aws.organizations", "aws.cloudfront", "aws.route53", "aws.account", "aws.sts", "aws.signin"];

describe("services whose events reach EventBridge only in us-east-1", () => {
  for (const service of ["cloudfront", "route53", "account", "iam", "organizations"]) {
    const bySource: EventBridgePattern = { source: [`aws.${service}`], "detail-type": [API_CALL], detail: { eventName: ["AnyCall"] } };
    const byEventSource: EventBridgePattern = {
      "detail-type": [API_CALL],
      detail: { eventSource: [`${service}.amazonaws.com`], eventName: ["AnyCall"] },
    };
    it(`a custom rule on ${service} exists in us-east-1 only (extra instance included), never elsewhere`, () => {
      for (const pattern of [bySource, byEventSource]) {
        assert.equal(canMatchInRegion(pattern, "us-east-1"), true);
        for (const region of ["eu-west-1", "us-west-2", "ap-southeast-2"]) assert.equal(canMatchInRegion(pattern, region), false, region);
        // The extra us-east-1 instance keeps it unchanged.
        assert.deepEqual(restrictToGlobalServices(pattern), pattern);
      }
    });
  }

  it("a rule naming STS or sign-in still exists in every Region (Regional endpoints)", () => {
    for (const service of ["sts", "signin"]) assert.equal(canMatchInRegion({ source: [`aws.${service}`] }, "eu-west-1"), true, service);
  });

  it("a source-less rule is narrowed in the extra us-east-1 instance to every global service's source", () => {
    const sourceless: EventBridgePattern = { "detail-type": [API_CALL], detail: { userIdentity: { type: ["Root"] } } };
    assert.deepEqual(restrictToGlobalServices(sourceless), { ...sourceless, source: ALL_GLOBAL_SOURCES });
  });

  it("the extra us-east-1 instance's root-account-usage and unauthorized-api-calls rules name all seven global sources", async () => {
    const stack = await sharedStack(WITHOUT_US_EAST_1);
    for (const id of ["root-account-usage", "unauthorized-api-calls"]) {
      const rule = stack.named(`baseline-us-east-1-global-events-rule-${id}`);
      const pattern = JSON.parse(String(rule.inputs.eventPattern)) as EventBridgePattern;
      const catalogued = ALARMS.find((a) => a.id === id)!.eventPattern!;
      assert.deepEqual(pattern, { ...catalogued, source: ALL_GLOBAL_SOURCES }, id);
    }
  });

  it("in GovCloud and China, where the us-east-1 rule does not apply, every rule stays in every listed Region", () => {
    for (const id of ["iam-policy-changes", "organizations-changes"]) {
      const pattern = ALARMS.find((a) => a.id === id)!.eventPattern!;
      for (const region of ["us-gov-west-1", "us-gov-east-1", "cn-north-1", "cn-northwest-1"])
        assert.equal(canMatchInRegion(pattern, region), true, `${id} in ${region}`);
    }
  });

  it("iam-policy-changes (scoped to iam.amazonaws.com) exists only in us-east-1", () => {
    const pattern = ALARMS.find((a) => a.id === "iam-policy-changes")!.eventPattern!;
    assert.equal(canMatchInRegion(pattern, "us-east-1"), true);
    assert.equal(canMatchInRegion(pattern, "eu-west-1"), false);
  });
});

describe("Regional service principals follow the partition", () => {
  it("logs.<region>.amazonaws.com in aws and aws-us-gov, logs.<region>.amazonaws.com.cn in aws-cn", () => {
    assert.equal(regionalServicePrincipal("logs", "eu-west-1"), "logs.eu-west-1.amazonaws.com");
    assert.equal(regionalServicePrincipal("logs", "us-gov-west-1"), "logs.us-gov-west-1.amazonaws.com");
    assert.equal(regionalServicePrincipal("logs", "cn-north-1"), "logs.cn-north-1.amazonaws.com.cn");
    assert.equal(regionalServicePrincipal("logs", "cn-northwest-1"), "logs.cn-northwest-1.amazonaws.com.cn");
  });

  it("the trail key policy of a cn-north-1 home Region names logs.cn-north-1.amazonaws.com.cn", async () => {
    const account = "111122223333";
    const logGroupArn = `arn:aws-cn:logs:cn-north-1:${account}:log-group:/aws/cloudtrail/security-baseline`;
    const json = await new Promise<string>((resolve) =>
      trailKeyPolicy({
        account: { accountId: account, partition: "aws-cn" },
        region: "cn-north-1",
        trailArn: `arn:aws-cn:cloudtrail:cn-north-1:${account}:trail/security-baseline`,
        trailName: "security-baseline",
        trailAccountId: account,
        logGroupArn,
      }).apply(resolve),
    );
    const statements = (JSON.parse(json) as { Statement: { Sid: string }[] }).Statement;
    assert.deepEqual(
      statements.find((s) => s.Sid === "CloudWatchLogsUsesKeyForThisLogGroupOnly"),
      {
        Sid: "CloudWatchLogsUsesKeyForThisLogGroupOnly",
        Effect: "Allow",
        Principal: { Service: "logs.cn-north-1.amazonaws.com.cn" },
        Action: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
        Resource: "*",
        Condition: { ArnEquals: { "kms:EncryptionContext:aws:logs:arn": logGroupArn } },
      },
    );
  });
});

describe("the extra us-east-1 part for global events", () => {
  it("is added in the commercial partition when the stack lists no us-east-1, and never in GovCloud or China", () => {
    assert.deepEqual(regionParts(["eu-west-1"], "eu-west-1", true), [
      { region: "eu-west-1", scope: "home" },
      { region: "us-east-1", scope: "global-events" },
    ]);
    assert.deepEqual(
      regionParts(["us-east-1", "eu-west-1"], "eu-west-1", true).map((p) => p.scope),
      ["home", "regional"],
    );
    for (const home of ["us-gov-west-1", "cn-north-1"])
      assert.deepEqual(regionParts([home], home, true), [{ region: home, scope: "home" }], `${home}: no part in commercial us-east-1`);
  });
});
