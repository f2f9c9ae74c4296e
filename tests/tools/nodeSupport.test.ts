import * as assert from "assert";
import { quietSdkNodeVersionWarning, SDK_NODE_WARNING_SWITCH, SUPPORTED_NODE_MAJOR } from "../../tools/lib/live/nodeSupport";

describe("live tools: the SDK's Node.js version warning", () => {
  // Read before the tests below change it: what tests/setup/sdkNodeWarning.js set when mocha started.
  const setByTheTestSetup = process.env[SDK_NODE_WARNING_SWITCH];
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env[SDK_NODE_WARNING_SWITCH];
    delete process.env[SDK_NODE_WARNING_SWITCH];
  });
  afterEach(() => {
    if (saved === undefined) delete process.env[SDK_NODE_WARNING_SWITCH];
    else process.env[SDK_NODE_WARNING_SWITCH] = saved;
  });

  it("is switched off in the test processes too, so `npm test` prints no warning", () => {
    assert.strictEqual(setByTheTestSetup, Number(process.versions.node.split(".")[0]) >= SUPPORTED_NODE_MAJOR ? "true" : undefined);
  });

  it("is switched off the SDK's documented way on the supported Node.js 20", () => {
    quietSdkNodeVersionWarning("v20.19.0");
    assert.strictEqual(process.env[SDK_NODE_WARNING_SWITCH], "true");
  });

  it("stays on below the project's minimum, where it is true", () => {
    quietSdkNodeVersionWarning("v18.20.8");
    assert.strictEqual(process.env[SDK_NODE_WARNING_SWITCH], undefined);
  });

  it("leaves a user's own setting alone", () => {
    process.env[SDK_NODE_WARNING_SWITCH] = "false";
    quietSdkNodeVersionWarning("v20.19.0");
    assert.strictEqual(process.env[SDK_NODE_WARNING_SWITCH], "false");
  });
});
