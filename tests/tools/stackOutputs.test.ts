/** The outputs contract's delivery-failure alarms: optional (older saved outputs), checked when present. */
import { strict as assert } from "assert";
import { InputError, parseStackOutputs } from "../../tools/lib/stackOutputs";

const BASE = {
  homeRegion: "us-east-1",
  regions: ["us-east-1"],
  logGroupName: "/aws/cloudtrail/security-baseline",
  topicArns: { "us-east-1": "arn:aws:sns:us-east-1:111122223333:security-baseline-alerts-us-east-1" },
  alarms: [],
  alertEmails: [],
};

describe("stack outputs: deliveryFailureAlarms", () => {
  it("reads region → alarm names", () => {
    const outputs = parseStackOutputs(JSON.stringify({ ...BASE, deliveryFailureAlarms: { "us-east-1": ["a", "b"] } }), "dev.json");
    assert.deepEqual(outputs.deliveryFailureAlarms, { "us-east-1": ["a", "b"] });
  });

  it("is absent in outputs saved before it existed", () => {
    assert.equal(parseStackOutputs(JSON.stringify(BASE), "dev.json").deliveryFailureAlarms, undefined);
  });

  it("refuses a region whose value is not a list of names, naming the key", () => {
    assert.throws(
      () => parseStackOutputs(JSON.stringify({ ...BASE, deliveryFailureAlarms: { "us-east-1": "a" } }), "dev.json"),
      (err: unknown) =>
        err instanceof InputError && err.message === 'dev.json: key "deliveryFailureAlarms.us-east-1" must be an array of alarm names.',
    );
    assert.throws(
      () => parseStackOutputs(JSON.stringify({ ...BASE, deliveryFailureAlarms: { "us-east-1": [""] } }), "dev.json"),
      (err: unknown) =>
        err instanceof InputError && err.message === 'dev.json: key "deliveryFailureAlarms.us-east-1[0]" must be a non-empty string.',
    );
  });
});

describe("stack outputs: logging coverage (memberAccounts, localKeyArn, flowLogs, residencyTrails)", () => {
  const FLOW_LOGS = { destination: "s3", trafficType: "ALL", allVpcs: false, vpcIds: { "us-east-1": ["vpc-1234abcd"] } };
  const TRAIL = {
    region: "us-east-1",
    trailName: "security-baseline-residency-us-east-1",
    trailArn: "arn:aws:cloudtrail:us-east-1:111122223333:trail/security-baseline-residency-us-east-1",
    logBucketName: "security-baseline-residency-0262b2d29853",
    kmsKeyArn: "arn:aws:kms:us-east-1:111122223333:key/7fa9c9662f49",
    logGroupName: "/aws/cloudtrail/security-baseline-residency-us-east-1",
    accessLogBucketName: "security-baseline-res-access-a99a2f09f1c4",
  };
  const refused = (extra: Record<string, unknown>, message: string) =>
    assert.throws(
      () => parseStackOutputs(JSON.stringify({ ...BASE, ...extra }), "dev.json"),
      (err: unknown) => err instanceof InputError && err.message === message,
    );

  it("reads them when present, and leaves them absent when the stack has none (older outputs too)", () => {
    const outputs = parseStackOutputs(
      JSON.stringify({
        ...BASE,
        memberAccounts: ["444455556666"],
        localKeyArn: "arn:aws:kms:us-east-1:111122223333:key/k",
        flowLogs: FLOW_LOGS,
        residencyTrails: [TRAIL],
      }),
      "dev.json",
    );
    assert.deepEqual(
      {
        memberAccounts: outputs.memberAccounts,
        localKeyArn: outputs.localKeyArn,
        flowLogs: outputs.flowLogs,
        residencyTrails: outputs.residencyTrails,
      },
      {
        memberAccounts: ["444455556666"],
        localKeyArn: "arn:aws:kms:us-east-1:111122223333:key/k",
        flowLogs: { ...FLOW_LOGS, logGroupNames: undefined },
        residencyTrails: [TRAIL],
      },
    );
    // Saved before residency buckets had access logs: read, without the bucket.
    const { accessLogBucketName: _older, ...older } = TRAIL;
    const before = parseStackOutputs(JSON.stringify({ ...BASE, residencyTrails: [older] }), "dev.json");
    assert.deepEqual(before.residencyTrails, [{ ...older, accessLogBucketName: undefined }]);
    const none = parseStackOutputs(JSON.stringify(BASE), "dev.json");
    assert.deepEqual(
      [none.memberAccounts, none.localKeyArn, none.flowLogs, none.residencyTrails],
      [undefined, undefined, undefined, undefined],
    );
  });

  it("refuses each malformed one, naming the key", () => {
    refused({ memberAccounts: "444455556666" }, 'dev.json: key "memberAccounts" must be an array of account ids.');
    refused({ flowLogs: { ...FLOW_LOGS, destination: "firehose" } }, 'dev.json: key "flowLogs.destination" must be "s3" or "cloudwatch".');
    refused({ flowLogs: { ...FLOW_LOGS, allVpcs: "yes" } }, 'dev.json: key "flowLogs.allVpcs" must be true or false.');
    refused(
      { flowLogs: { ...FLOW_LOGS, vpcIds: { "us-east-1": "vpc-1234abcd" } } },
      'dev.json: key "flowLogs.vpcIds.us-east-1" must be an array of VPC ids.',
    );
    refused(
      { flowLogs: { ...FLOW_LOGS, vpcIds: { "us-east-1": [7] } } },
      'dev.json: key "flowLogs.vpcIds.us-east-1[0]" must be a non-empty string.',
    );
    refused(
      { residencyTrails: [{ ...TRAIL, kmsKeyArn: undefined }] },
      'dev.json: key "residencyTrails[0].kmsKeyArn" must be a non-empty string.',
    );
  });
});

describe("stack outputs: detectors", () => {
  const DETECTORS = {
    guardDuty: "create",
    securityHub: "existing",
    awsConfig: "off",
    regions: ["us-east-1", "eu-west-1"],
    guardDutyDetectorIds: { "us-east-1": "12abc34d567e8fa901bc2d34e56789f0", "eu-west-1": "0f98765e43d2cb109af8e765d43cba21" },
    findingRules: {
      "us-east-1": [{ id: "guardduty-findings", ruleName: "security-baseline-guardduty-findings" }],
      "eu-west-1": [],
    },
  };

  it("reads the modes, Regions, created detectors and finding rules", () => {
    const outputs = parseStackOutputs(JSON.stringify({ ...BASE, detectors: DETECTORS }), "dev.json");
    assert.deepEqual(outputs.detectors, {
      ...DETECTORS,
      securityHubStandards: undefined,
      configRecorderName: undefined,
      configBucketName: undefined,
    });
  });

  it("is absent in outputs saved before it existed, which still parse", () => {
    assert.equal(parseStackOutputs(JSON.stringify(BASE), "dev.json").detectors, undefined);
  });

  it("refuses a mode it does not know and a rule without its name, naming the key", () => {
    assert.throws(
      () => parseStackOutputs(JSON.stringify({ ...BASE, detectors: { ...DETECTORS, guardDuty: "on" } }), "dev.json"),
      (err: unknown) =>
        err instanceof InputError && err.message === 'dev.json: key "detectors.guardDuty" must be one of create, existing, off.',
    );
    assert.throws(
      () =>
        parseStackOutputs(
          JSON.stringify({ ...BASE, detectors: { ...DETECTORS, findingRules: { "us-east-1": [{ id: "guardduty-findings" }] } } }),
          "dev.json",
        ),
      (err: unknown) =>
        err instanceof InputError &&
        err.message === 'dev.json: key "detectors.findingRules.us-east-1[0].ruleName" must be a non-empty string.',
    );
  });
});
