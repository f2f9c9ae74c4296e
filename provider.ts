/**
 * Entry of the component package (package.json `main`, PulumiPlugin.yaml): the Pulumi CLI runs
 * it as a plugin when a program uses this package (`pulumi package add`), and Pulumi's analyzer
 * starts here to derive the schema from MonitoringBaseline's typed arguments and outputs.
 * The stack's own program is index.ts (Pulumi.yaml `main`).
 */
import * as path from "path";
import { componentProviderHost } from "@pulumi/pulumi/provider/experimental";
import { COMPONENT_PACKAGE } from "./component";

void componentProviderHost({ ...COMPONENT_PACKAGE, dirname: path.resolve(__dirname) });
