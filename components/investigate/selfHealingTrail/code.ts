/** The self-healing function's deployment package and runtime settings. */
import * as pulumi from "@pulumi/pulumi";
import { HANDLER_JS } from "./handlerCode.generated";

/** Lambda `handler` setting: file index.js, export `handler`. */
export const HANDLER_ENTRY = "index.handler";
/** A Node.js runtime that bundles AWS SDK v3, which the handler imports and nothing else. */
export const RUNTIME = "nodejs22.x";

export function handlerArchive(): pulumi.asset.AssetArchive {
  return new pulumi.asset.AssetArchive({ "index.js": new pulumi.asset.StringAsset(HANDLER_JS) });
}

/** The environment the handler reads (handler.ts: TRAIL_ARN, ALERT_TOPIC_ARN). */
export function handlerEnvironment(
  trailArn: pulumi.Input<string>,
  topicArn: pulumi.Input<string>,
): { variables: Record<string, pulumi.Input<string>> } {
  return { variables: { TRAIL_ARN: trailArn, ALERT_TOPIC_ARN: topicArn } };
}
