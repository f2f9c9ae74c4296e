"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The plugin's entry, compiled to bin/provider.js (`npm run -s generate`), which
 * plugin/index.js loads when the Pulumi CLI runs the component package as a plugin
 * (`pulumi package add <repository>/plugin`, and every `pulumi up` of a program using it):
 * serves BaselineProvider over gRPC, answering GetSchema from the package's schema.json.
 * The stack's own program is index.ts (Pulumi.yaml `main`).
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const provider_1 = require("@pulumi/pulumi/provider");
const componentProvider_1 = require("./componentProvider");
const fastStackTraces_1 = require("./lib/fastStackTraces");
// bin/provider.js → the package's root, where schema.json is.
const schema = fs.readFileSync(path.join(__dirname, "..", "schema.json"), "utf8");
// The engine's address and the rest, as run-plugin leaves them (@pulumi/pulumi cmd/run-plugin/run.js).
void (0, provider_1.main)(new componentProvider_1.BaselineProvider(schema), process.argv.slice(2));
// After main, which installs source-map-support first thing: Pulumi's own stack captures, one per
// resource a Construct registers, then skip the source maps (lib/fastStackTraces.ts says why).
(0, fastStackTraces_1.installFastStackTraces)();
