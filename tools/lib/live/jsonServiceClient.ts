/**
 * A small signed-JSON client for the few GuardDuty, Security Hub and AWS Config calls `verify` and
 * `drill` make, built from the AWS SDK's own parts that the project's SDK clients already install
 * (@smithy/core's Client and Command, @smithy/signature-v4, @smithy/node-http-handler,
 * @aws-sdk/credential-provider-node): the project does not depend on @aws-sdk/client-guardduty,
 * -securityhub or -config-service. Each command class takes and returns the SDK's shapes (the same
 * names and members), so replacing these modules with those packages changes only the imports.
 *
 * What it does as the SDK does: the standard credential chain (with `--profile`); Signature
 * Version 4; the Region's endpoint `<prefix>.<region>.<dns suffix>` (amazonaws.com, or
 * amazonaws.com.cn in the China Regions), or `AWS_ENDPOINT_URL_<SERVICE>` / `AWS_ENDPOINT_URL`
 * (https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html); the request
 * timeouts of tools/lib/live/clients.ts (its NodeHttpHandler, which the run's AnswerWatch
 * wraps); the abort signal; and up to MAX_ATTEMPTS attempts of a call that failed on the server's
 * side or was throttled, with doubling waits. Errors carry the service's error code as their
 * `name` (`x-amzn-errortype`, or the body's `__type` / `code`).
 */
import { defaultProvider } from "@aws-sdk/credential-provider-node";
import { Sha256 } from "@smithy/core/checksum";
import { Client, Command, type SmithyResolvedConfiguration } from "@smithy/core/client";
import { HttpRequest } from "@smithy/core/protocols";
import { NodeHttpHandler, streamCollector } from "@smithy/node-http-handler";
import { SignatureV4 } from "@smithy/signature-v4";
import type { AwsCredentialIdentityProvider, Handler, HttpHandlerOptions, MetadataBearer, MiddlewareStack } from "@smithy/types";
import { partitionOf } from "../../../lib/regions";

/** A service as its model (botocore data/<service>/<version>/service-2.json, metadata) names it. */
export interface JsonService {
  /** `endpointPrefix`: the host's first label. */
  readonly endpointPrefix: string;
  /** `signingName`. */
  readonly signingName: string;
  /** The SDK's service id, as `AWS_ENDPOINT_URL_<ID>` spells it (upper case, spaces as `_`). */
  readonly serviceId: string;
  /** `rest-json` (GuardDuty, Security Hub) or `json` 1.1 with this `targetPrefix` (AWS Config). */
  readonly protocol: { readonly kind: "rest-json" } | { readonly kind: "json"; readonly targetPrefix: string };
}

/** One HTTP call of an operation, from its model's `http` trait. */
export interface JsonRequest {
  readonly operation: string;
  readonly method: "GET" | "POST" | "PATCH";
  /** The request URI with its labels filled in (rest-json); `/` for json 1.1. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  /** The JSON body's members, with their wire names; none for GET. */
  readonly body?: Readonly<Record<string, unknown>>;
}

export interface JsonServiceConfig extends SmithyResolvedConfiguration<HttpHandlerOptions> {
  readonly region: string;
  readonly service: JsonService;
  readonly credentials: AwsCredentialIdentityProvider;
  readonly requestHandler: NodeHttpHandler;
  /** `https://host[:port]`: the endpoint the calls go to. */
  readonly endpoint: string;
  readonly maxAttempts: number;
}

export interface JsonClientOptions {
  readonly region: string;
  readonly profile?: string;
  readonly maxAttempts?: number;
  readonly requestHandler?: {
    readonly connectionTimeout?: number;
    readonly requestTimeout?: number;
    readonly throwOnRequestTimeout?: boolean;
  };
}

/** The endpoint of `service` in `region`: an override from the environment, else AWS's. */
export function endpointOf(service: JsonService, region: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env[`AWS_ENDPOINT_URL_${service.serviceId.toUpperCase().replace(/ /g, "_")}`] ?? env.AWS_ENDPOINT_URL;
  if (override !== undefined && override !== "") return override.replace(/\/$/, "");
  const suffix = partitionOf(region) === "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com";
  return `https://${service.endpointPrefix}.${region}.${suffix}`;
}

export abstract class JsonServiceClient extends Client<HttpHandlerOptions, object, MetadataBearer, JsonServiceConfig> {
  constructor(service: JsonService, options: JsonClientOptions) {
    const handler = options.requestHandler ?? {};
    const config: JsonServiceConfig = {
      apiVersion: "",
      region: options.region,
      service,
      credentials: defaultProvider({ profile: options.profile }),
      requestHandler: new NodeHttpHandler({
        connectionTimeout: handler.connectionTimeout,
        requestTimeout: handler.requestTimeout,
        throwOnRequestTimeout: handler.throwOnRequestTimeout,
      }),
      endpoint: endpointOf(service, options.region),
      maxAttempts: options.maxAttempts ?? 3,
    };
    super(config);
  }
}

/** A service error as the SDK raises it: the error code is the name. */
export class JsonServiceError extends Error {
  readonly $fault: "client" | "server";
  readonly $metadata: { readonly httpStatusCode: number };
  constructor(name: string, message: string, status: number) {
    super(message);
    this.name = name;
    this.$fault = status >= 500 ? "server" : "client";
    this.$metadata = { httpStatusCode: status };
  }
}

/** Codes the SDK retries besides 5xx answers (its THROTTLING_ERROR_CODES and transient ones). */
const RETRIED = new Set([
  "ThrottlingException",
  "Throttling",
  "TooManyRequestsException",
  "LimitExceededException",
  "RequestLimitExceeded",
  "InternalServerErrorException",
  "InternalException",
  "ServiceUnavailableException",
  "TimeoutError",
  "ECONNRESET",
]);

/** One operation: its input, its HTTP call, and how its answer becomes the SDK's output. */
export abstract class JsonCommand<Input extends object, Output extends MetadataBearer> extends Command<
  Input,
  Output,
  JsonServiceConfig,
  object,
  MetadataBearer
> {
  constructor(readonly input: Input) {
    super();
  }

  /** The HTTP call this input makes. */
  protected abstract request(): JsonRequest;

  /** The answer's JSON body (wire names) as the SDK's output, without `$metadata`. */
  protected abstract output(body: Readonly<Record<string, unknown>>): Omit<Output, "$metadata">;

  resolveMiddleware(
    _stack: MiddlewareStack<object, MetadataBearer>,
    config: JsonServiceConfig,
    options: { abortSignal?: AbortSignal } | undefined,
  ): Handler<Input, Output> {
    return async () => {
      const { status, body } = await call(config, this.request(), options?.abortSignal);
      return { output: { ...this.output(body), $metadata: { httpStatusCode: status } } as Output, response: undefined };
    };
  }
}

async function call(
  config: JsonServiceConfig,
  request: JsonRequest,
  abortSignal: AbortSignal | undefined,
): Promise<{ status: number; body: Readonly<Record<string, unknown>> }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptCall(config, request, abortSignal);
    } catch (err) {
      const name = (err as { name?: string; code?: string }).name ?? "";
      const code = (err as { code?: string }).code ?? "";
      const server = err instanceof JsonServiceError && err.$fault === "server";
      if (abortSignal?.aborted || attempt >= config.maxAttempts || !(server || RETRIED.has(name) || RETRIED.has(code))) throw err;
      await pause(100 * 2 ** attempt, abortSignal);
    }
  }
}

async function attemptCall(
  config: JsonServiceConfig,
  request: JsonRequest,
  abortSignal: AbortSignal | undefined,
): Promise<{ status: number; body: Readonly<Record<string, unknown>> }> {
  const { service } = config;
  const url = new URL(config.endpoint);
  const json = service.protocol.kind === "json";
  const body = request.body === undefined ? (json ? "{}" : undefined) : JSON.stringify(request.body);
  const unsigned = new HttpRequest({
    method: request.method,
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port === "" ? undefined : Number(url.port),
    path: `${url.pathname.replace(/\/$/, "")}${request.path}`,
    query: request.query === undefined ? undefined : { ...request.query },
    headers: {
      host: url.host,
      ...(body === undefined ? {} : { "content-type": json ? "application/x-amz-json-1.1" : "application/json" }),
      ...(service.protocol.kind === "json" ? { "x-amz-target": `${service.protocol.targetPrefix}.${request.operation}` } : {}),
    },
    body,
  });
  const signer = new SignatureV4({ service: service.signingName, region: config.region, credentials: config.credentials, sha256: Sha256 });
  const signed = await signer.sign(unsigned);
  const { response } = await config.requestHandler.handle(signed as HttpRequest, { abortSignal });
  const bytes = response.body === undefined ? new Uint8Array() : await streamCollector(response.body);
  const text = Buffer.from(bytes).toString("utf8");
  let parsed: Record<string, unknown> = {};
  if (text.trim() !== "") {
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value === "object" && value !== null && !Array.isArray(value)) parsed = value as Record<string, unknown>;
    } catch {
      if (response.statusCode < 300)
        throw new JsonServiceError(
          "SerializationException",
          `${request.operation} answered with a body that is not JSON`,
          response.statusCode,
        );
    }
  }
  if (response.statusCode >= 300) {
    const header = response.headers["x-amzn-errortype"] ?? response.headers["X-Amzn-ErrorType"];
    const rawCode = header ?? String(parsed.__type ?? parsed.code ?? parsed.Code ?? `Http${response.statusCode}`);
    const name = rawCode.split(":")[0].split("#").pop() ?? rawCode;
    const message = String(parsed.message ?? parsed.Message ?? `${request.operation} failed with HTTP ${response.statusCode}`);
    throw new JsonServiceError(name, message, response.statusCode);
  }
  return { status: response.statusCode, body: parsed };
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/** A URI label, escaped as the SDK escapes it. */
export const label = (value: string): string => encodeURIComponent(value);

/** Values as the model's types read them. */
export const asString = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
export const asNumber = (value: unknown): number | undefined => (typeof value === "number" ? value : undefined);
export const asBoolean = (value: unknown): boolean | undefined => (typeof value === "boolean" ? value : undefined);
export const asRecord = (value: unknown): Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
export const asList = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
export const asStrings = (value: unknown): string[] => asList(value).filter((v): v is string => typeof v === "string");
