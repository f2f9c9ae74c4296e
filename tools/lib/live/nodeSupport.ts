/**
 * The AWS SDK for JavaScript v3 warns on every run under Node.js 20 that releases after January
 * 2027 will need Node.js 22 (`NodeVersionSupportWarning`, @aws-sdk/core
 * `emitWarningIfUnsupportedVersion`). This project supports Node.js 20 (package.json
 * `engines.node`), with the SDK versions it pins, so on that Node the warning only alarms users.
 * The SDK's documented switch for exactly this warning is the environment variable below
 * (aws/aws-sdk-js-v3 issue #7983, "End of Support for Node.js 20.x"); other warnings stay on.
 */
export const SDK_NODE_WARNING_SWITCH = "AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED";
/** The oldest Node.js major the project supports (package.json `engines.node`). */
export const SUPPORTED_NODE_MAJOR = 20;

export function quietSdkNodeVersionWarning(version: string = process.version): void {
  const major = Number(/^v(\d+)\./.exec(version)?.[1]);
  // Below the project's own minimum the warning is true and useful: leave it.
  if (major >= SUPPORTED_NODE_MAJOR && process.env[SDK_NODE_WARNING_SWITCH] === undefined) {
    process.env[SDK_NODE_WARNING_SWITCH] = "true";
  }
}
