/**
 * Every type token the pack matches names a resource of a provider major it claims: `@pulumi/aws`
 * v7, v6 (its tokens recorded from `@pulumi/aws` 6.83.4 in tests/fixtures/aws-v6/typeTokens.json),
 * or aws-native (tokens recorded with provenance in tests/fixtures/policy/awsNativeTypes.ts). A
 * misspelt or retired token matches nothing, silently. The v7 tokens are looked up in the
 * provider's own module files (`__pulumiType`), not loaded.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { RESOURCE_POLICY_TYPES, STACK_POLICY_TYPES } from "../../policy/lib/resourceTypes";
import { AWS_NATIVE_TYPE_TOKENS } from "../fixtures/policy/awsNativeTypes";

const AWS_V7 = path.join(__dirname, "../../node_modules/@pulumi/aws");
const V6_TOKENS = (JSON.parse(fs.readFileSync(path.join(__dirname, "../fixtures/aws-v6/typeTokens.json"), "utf8")) as { tokens: string[] })
  .tokens;

/** `aws:s3/bucketV2:BucketV2` -> the majors that declare it: v7 (its `s3/bucketV2.js`), v6 (the recorded tokens). */
function awsMajorsDeclaring(token: string): string[] {
  const [, module] = token.split(":");
  const v7 = path.join(AWS_V7, `${module}.js`);
  return [
    ...(fs.existsSync(v7) && fs.readFileSync(v7, "utf8").includes(`__pulumiType = '${token}'`) ? ["aws"] : []),
    ...(V6_TOKENS.includes(token) ? ["aws-v6"] : []),
  ];
}

describe("type tokens the pack matches", () => {
  const tokens = [...new Set([...RESOURCE_POLICY_TYPES, ...STACK_POLICY_TYPES])];
  it("each names a resource of v7, v6 or aws-native", () => {
    const unknown = tokens.filter((token) =>
      token.startsWith("aws-native:") ? !AWS_NATIVE_TYPE_TOKENS.includes(token) : awsMajorsDeclaring(token).length === 0,
    );
    assert.deepStrictEqual(unknown, []);
  });
  it("covers the v6-only names (BucketV2 and the V2 bucket resources) from v6's own tokens", () => {
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
