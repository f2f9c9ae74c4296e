/**
 * The component package's plugin (PulumiPlugin.yaml beside this file). The Pulumi CLI installs
 * this folder's dependencies (the package itself, `file:..`, installed as a package: .npmrc) and
 * starts it with `node @pulumi/pulumi/cmd/run-plugin <this folder>`, which requires this file.
 * The provider it loads is compiled JavaScript answering from the committed schema.json: no
 * TypeScript is type-checked or analysed when the plugin starts.
 */
"use strict";
require("aws-security-monitoring-baseline/bin/provider");
