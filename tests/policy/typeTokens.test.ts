/**
 * Every type token the pack matches names a resource of a provider major it claims: `@pulumi/aws`
 * v7, `@pulumi/aws-v6` (v6), or aws-native (tokens recorded with provenance in
 * tests/fixtures/policy/awsNativeTypes.ts). A misspelt or retired token matches nothing, silently.
 * The aws tokens are looked up in the providers' own module files (`__pulumiType`), not loaded.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { RESOURCE_POLICY_TYPES, STACK_POLICY_TYPES } from "../../policy/lib/resourceTypes";
import { AWS_NATIVE_TYPE_TOKENS } from "../fixtures/policy/awsNativeTypes";

const NODE_MODULES = path.join(__dirname, "../../node_modules/@pulumi");

/** `aws:s3/bucketV2:BucketV2` -> the majors whose `s3/bucketV2.js` declares that token. */
function awsMajorsDeclaring(token: string): string[] {
  const [, module] = token.split(":");
  return ["aws", "aws-v6"].filter((pkg) => {
    const file = path.join(NODE_MODULES, pkg, `${module}.js`);
    return fs.existsSync(file) && fs.readFileSync(file, "utf8").includes(`__pulumiType = '${token}'`);
  });
}

describe("type tokens the pack matches", () => {
  const tokens = [...new Set([...RESOURCE_POLICY_TYPES, ...STACK_POLICY_TYPES])];
  it("each names a resource of v7, v6 or aws-native", () => {
    const unknown = tokens.filter((token) =>
      token.startsWith("aws-native:") ? !AWS_NATIVE_TYPE_TOKENS.includes(token) : awsMajorsDeclaring(token).length === 0,
    );
    assert.deepStrictEqual(unknown, []);
  });
  it("covers the v6-only names (BucketV2 and the V2 bucket resources) from v6's own package", () => {
    for (const token of [
      "aws:s3/bucketV2:BucketV2",
      "aws:s3/bucketVersioningV2:BucketVersioningV2",
      "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
    ]) {
      assert.ok(tokens.includes(token), token);
      assert.ok(awsMajorsDeclaring(token).includes("aws-v6"), token);
    }
  });
});
