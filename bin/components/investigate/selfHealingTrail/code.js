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
exports.RUNTIME = exports.HANDLER_ENTRY = void 0;
exports.handlerArchive = handlerArchive;
exports.handlerEnvironment = handlerEnvironment;
/** The self-healing function's deployment package and runtime settings. */
const pulumi = __importStar(require("@pulumi/pulumi"));
const handlerCode_generated_1 = require("./handlerCode.generated");
/** Lambda `handler` setting: file index.js, export `handler`. */
exports.HANDLER_ENTRY = "index.handler";
/**
 * The newest Node.js runtime Lambda offers (it bundles AWS SDK v3, which the handler imports and
 * nothing else): Lambda developer guide, "Building Lambda functions with Node.js"
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-nodejs.html) lists nodejs24.x, deprecated
 * on Apr 30, 2028, against nodejs22.x's Apr 30, 2027. Node.js 24 drops callback handlers; this
 * one is async. The provider takes it (lib/providerRules.ts, aws_lambda_function runtime).
 */
exports.RUNTIME = "nodejs24.x";
function handlerArchive() {
    return new pulumi.asset.AssetArchive({ "index.js": new pulumi.asset.StringAsset(handlerCode_generated_1.HANDLER_JS) });
}
/** The environment the handler reads (handler.ts: TRAIL_ARN, ALERT_TOPIC_ARN, CHAT_TOPIC_ARN with a Slack channel). */
function handlerEnvironment(trailArn, topicArn, chatTopicArn) {
    return { variables: { TRAIL_ARN: trailArn, ALERT_TOPIC_ARN: topicArn, ...(chatTopicArn ? { CHAT_TOPIC_ARN: chatTopicArn } : {}) } };
}
