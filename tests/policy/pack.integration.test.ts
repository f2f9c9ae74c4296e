/**
 * The pack as the engine runs it: `run-policy-pack` in the policy folder (it registers ts-node
 * with type-checking, then loads the package's compiled `main`), driven over gRPC with real
 * resource properties.
 */
import * as assert from "assert";
import { AnalyzeRequest, AnalyzeResponse, AnalyzerResourceOptions, EnforcementLevel, PolicyType } from "@pulumi/pulumi/proto/analyzer_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { POLICIES } from "../../policy/policies";
import { PolicyPackProcess } from "../../tools/lib/packClient";
import { compliantStack, resource, T, UNKNOWN, withChange } from "./stacks";

describe("policy pack over gRPC, started as the engine starts it", function () {
  this.timeout(120000);
  let pack: PolicyPackProcess;
  before(async () => {
    pack = await PolicyPackProcess.start({ launcher: "engine" });
  });
  after(() => pack?.close());

  it("GetAnalyzerInfo lists every policy with its metadata", async () => {
    const info = await pack.getAnalyzerInfo();
    assert.strictEqual(info.getName(), "aws-security-baseline");
    assert.strictEqual(info.getVersion(), "0.1.0");
    const policies = info.getPoliciesList();
    assert.deepStrictEqual(policies.map((p) => p.getName()).sort(), POLICIES.map((p) => p.name).sort());
    const multiRegion = policies.find((p) => p.getName() === "cloudtrail-multi-region")!;
    assert.strictEqual(multiRegion.getEnforcementlevel(), EnforcementLevel.MANDATORY);
    assert.strictEqual(multiRegion.getFramework()?.getReference(), "3.1");
    assert.ok(multiRegion.getRemediationSteps().includes("isMultiRegionTrail"));
    assert.strictEqual(
      policies.find((p) => p.getName() === "cloudtrail-cis-monitoring-alarms")!.getPolicyType(),
      PolicyType.POLICY_TYPE_STACK,
    );
  });

  it("Analyze passes a compliant trail and rejects a single-region one", async () => {
    const stack = compliantStack();
    const trail = stack.find((r) => r.type === T.trail)!;
    assert.deepStrictEqual(await pack.analyze(trail), []);
    const broken = withChange(stack, T.trail, "trail", { isMultiRegionTrail: false }).find((r) => r.type === T.trail)!;
    const violations = await pack.analyze(broken);
    assert.deepStrictEqual(
      violations.map((v) => [v.policy, v.enforcementLevel, v.urn]),
      [["cloudtrail-multi-region", "mandatory", trail.urn]],
    );
  });

  it("Analyze answers a type no policy checks, every time, with each resource policy's not-applicable reason", async () => {
    const request = new AnalyzeRequest()
      .setUrn("urn:pulumi:prod::team-app::aws:ec2/instance:Instance::web")
      .setType("aws:ec2/instance:Instance")
      .setName("web");
    request.setProperties(Struct.fromJavaScript({ instanceType: "t3.micro" })).setOptions(new AnalyzerResourceOptions());
    const answer = () =>
      new Promise<AnalyzeResponse>((resolve, reject) => pack.client.analyze(request, (e, r) => (e ? reject(e) : resolve(r))));
    const [first, second] = [await answer(), await answer()];
    assert.deepStrictEqual(second.toObject(), first.toObject());
    assert.deepStrictEqual(first.getDiagnosticsList(), []);
    const resourcePolicies = POLICIES.filter((p) => "validateResource" in p).map((p) => p.name);
    assert.deepStrictEqual(
      first.getNotApplicableList().map((n) => n.getPolicyName()),
      resourcePolicies,
    );
    assert.match(
      first.getNotApplicableList()[0].getReason(),
      /^Policy only applies to CloudTrail trails \(aws:cloudtrail\/trail:Trail, aws-native:cloudtrail:Trail\)$/,
    );
  });

  it("Analyze does not report an input unknown during preview", async () => {
    const trail = withChange(compliantStack(), T.trail, "trail", { kmsKeyId: UNKNOWN, isMultiRegionTrail: UNKNOWN }).find(
      (r) => r.type === T.trail,
    )!;
    assert.deepStrictEqual(await pack.analyze(trail), []);
  });

  it("Analyze refuses a suspended GuardDuty detector, passes one that is on, and waits for one unknown at preview", async () => {
    const detector = (enable: unknown) =>
      resource("aws:guardduty/detector:Detector", "guardduty", { enable, findingPublishingFrequency: "SIX_HOURS" });
    assert.deepStrictEqual(await pack.analyze(detector(true)), []);
    assert.deepStrictEqual(await pack.analyze(detector(UNKNOWN)), []);
    const violations = await pack.analyze(detector(false));
    assert.deepStrictEqual(
      violations.map((v) => [v.policy, v.enforcementLevel, v.urn]),
      [["detective-services-enabled", "mandatory", detector(false).urn]],
    );
    assert.match(violations[0].message, /^GuardDuty detector 'guardduty' has enable: false: GuardDuty is suspended/);
  });

  it("AnalyzeStack joins a v7 bucket's separate resources across the stack", async () => {
    const stack = compliantStack();
    assert.deepStrictEqual(await pack.analyzeStack(stack), []);
    const open = stack.filter((r) => r.type !== T.pab);
    const violations = await pack.analyzeStack(open);
    assert.deepStrictEqual(
      violations.map((v) => v.policy),
      ["cloudtrail-bucket-public-access-blocked"],
    );
    assert.match(violations[0].urn, /aws:s3\/bucket:Bucket::trail-logs$/);
  });

  it("Configure applies levels and settings from --policy-pack-config", async () => {
    const stack = withChange(compliantStack(), T.logGroup, "trail", { retentionInDays: 180 });
    assert.deepStrictEqual(
      (await pack.analyzeStack(stack)).map((v) => v.policy),
      ["cloudtrail-log-group-retention"],
    );
    await pack.configure({ "cloudtrail-log-group-retention": { enforcementLevel: "advisory", minimumRetentionDays: 90 } });
    assert.deepStrictEqual(await pack.analyzeStack(stack), []);
    await pack.configure({ "cloudtrail-log-group-retention": { enforcementLevel: "advisory", minimumRetentionDays: 365 } });
    assert.deepStrictEqual(
      (await pack.analyzeStack(stack)).map((v) => v.enforcementLevel),
      ["advisory"],
    );
    await pack.configure({ "cloudtrail-log-group-retention": "disabled" });
    assert.deepStrictEqual(await pack.analyzeStack(stack), []);
    await pack.configure({});
  });
});
