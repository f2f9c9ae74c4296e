/** The self-healing function's deployment package and runtime settings. */
import * as pulumi from "@pulumi/pulumi";
import { HANDLER_JS } from "./handlerCode.generated";

/** Lambda `handler` setting: file index.js, export `handler`. */
export const HANDLER_ENTRY = "index.handler";
/**
 * The newest Node.js runtime Lambda offers (it bundles AWS SDK v3, which the handler imports and
 * nothing else): Lambda developer guide, "Building Lambda functions with Node.js"
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-nodejs.html) lists nodejs24.x, deprecated
 * on Apr 30, 2028, against nodejs22.x's Apr 30, 2027. Node.js 24 drops callback handlers; this
 * one is async. The provider takes it (lib/providerRules.ts, aws_lambda_function runtime).
 */
export const RUNTIME = "nodejs24.x";

export function handlerArchive(): pulumi.asset.AssetArchive {
  return new pulumi.asset.AssetArchive({ "index.js": new pulumi.asset.StringAsset(HANDLER_JS) });
}

/** The environment the handler reads (handler.ts: TRAIL_ARN, ALERT_TOPIC_ARN, CHAT_TOPIC_ARN with a Slack channel). */
export function handlerEnvironment(
  trailArn: pulumi.Input<string>,
  topicArn: pulumi.Input<string>,
  chatTopicArn?: pulumi.Input<string>,
): { variables: Record<string, pulumi.Input<string>> } {
  return { variables: { TRAIL_ARN: trailArn, ALERT_TOPIC_ARN: topicArn, ...(chatTopicArn ? { CHAT_TOPIC_ARN: chatTopicArn } : {}) } };
}
