import * as assert from "assert";
import { quietSdkNodeVersionWarning, SDK_NODE_WARNING_SWITCH } from "../../tools/lib/live/nodeSupport";

describe("live tools: the SDK's Node.js version warning", () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env[SDK_NODE_WARNING_SWITCH];
    delete process.env[SDK_NODE_WARNING_SWITCH];
  });
  afterEach(() => {
    if (saved === undefined) delete process.env[SDK_NODE_WARNING_SWITCH];
    else process.env[SDK_NODE_WARNING_SWITCH] = saved;
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
