/**
 * The plugin's entry, compiled to bin/provider.js (`npm run -s generate`), which
 * plugin/index.js loads when the Pulumi CLI runs the component package as a plugin
 * (`pulumi package add <repository>/plugin`, and every `pulumi up` of a program using it):
 * serves BaselineProvider over gRPC, answering GetSchema from the package's schema.json.
 * The stack's own program is index.ts (Pulumi.yaml `main`).
 */
import * as fs from "fs";
import * as path from "path";
import { main } from "@pulumi/pulumi/provider";
import { BaselineProvider } from "./componentProvider";
import { installFastStackTraces } from "./lib/fastStackTraces";

// bin/provider.js → the package's root, where schema.json is.
const schema = fs.readFileSync(path.join(__dirname, "..", "schema.json"), "utf8");
// The engine's address and the rest, as run-plugin leaves them (@pulumi/pulumi cmd/run-plugin/run.js).
void main(new BaselineProvider(schema), process.argv.slice(2));
// After main, which installs source-map-support first thing: Pulumi's own stack captures, one per
// resource a Construct registers, then skip the source maps (lib/fastStackTraces.ts says why).
installFastStackTraces();
