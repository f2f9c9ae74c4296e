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
      (err: unknown) => err instanceof InputError && err.message === 'dev.json: key "deliveryFailureAlarms.us-east-1" must be an array of alarm names.',
    );
    assert.throws(
      () => parseStackOutputs(JSON.stringify({ ...BASE, deliveryFailureAlarms: { "us-east-1": [""] } }), "dev.json"),
      (err: unknown) => err instanceof InputError && err.message === 'dev.json: key "deliveryFailureAlarms.us-east-1[0]" must be a non-empty string.',
    );
  });
});
