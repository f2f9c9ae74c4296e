/**
 * What Pulumi's nodejs host finds in this program's folder before every `pulumi up` and
 * `pulumi package add`, and then downloads (tests/helpers/pluginScan.ts): the resource plugin
 * the program uses, @pulumi/aws v7, and nothing else. The typed v6 fixtures are declarations in
 * tests/fixtures/aws-v6, not the v6 package; the bench's awsguard (with its @pulumi/aws 4.x) lives
 * in a policy pack's folder, which the host skips.
 */
import { strict as assert } from "assert";
import * as path from "path";
import { resourcePluginPackages } from "../helpers/pluginScan";
import packageJson from "../../package.json";

const ROOT = path.join(__dirname, "..", "..");

describe("the program's folder: resource plugins Pulumi would install", () => {
  it("is @pulumi/aws v7 alone", () => {
    const found = resourcePluginPackages(ROOT).map((p) => `${p.name}@${p.version}`);
    assert.deepEqual([...new Set(found)], [`aws@${packageJson.dependencies["@pulumi/aws"]}`], found.join(", "));
  });
});
