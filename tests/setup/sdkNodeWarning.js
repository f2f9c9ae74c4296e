/**
 * Loaded by mocha (.mocharc.json): the test processes construct AWS SDK clients themselves (the
 * self-healing function's handler, the live tools' fakes), so they switch off the SDK's Node.js
 * version warning the way the tools do (tools/lib/live/nodeSupport.ts: the SDK's documented
 * variable, on the Node.js versions the project supports only); every other warning still prints.
 */
"use strict";
require("../../tools/lib/live/nodeSupport").quietSdkNodeVersionWarning();
