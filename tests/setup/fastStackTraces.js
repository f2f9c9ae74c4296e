/**
 * Loaded by mocha after the TypeScript loader (.mocharc.json): the same unmapped traces for Pulumi's own stack
 * captures that the tools install when they start (lib/fastStackTraces.ts says why).
 */
"use strict";
require("../../lib/fastStackTraces").installFastStackTraces();
