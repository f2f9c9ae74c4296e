/**
 * The AWS SDK v3 clients the tools use, one set per region, with the standard credential chain
 * (environment, shared config with `--profile`, SSO, instance role) and the SDK's adaptive retry.
 *
 * No call can hang: each connection and each request has a timeout (Smithy NodeHttpHandler
 * `connectionTimeout`, `requestTimeout` with `throwOnRequestTimeout`); every call carries the
 * run's abort signal (`send(command, { abortSignal })`), which the run's deadline, its
 * unanswered budget and SIGINT / SIGTERM abort; and every call and each of its attempts is
 * reported to the run's AnswerWatch (answers.ts), so a call AWS does not answer stops the run
 * within the budget instead of costing each attempt's timeout again and again. The SDK honours
 * `AWS_ENDPOINT_URL` (and the shared config's `endpoint_url`) for every client, which is how
 * the tools are pointed at a local endpoint.
 */
import { CloudTrailClient } from "@aws-sdk/client-cloudtrail";
import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import { CloudWatchLogsClient } from "@aws-sdk/client-cloudwatch-logs";
import { EC2Client } from "@aws-sdk/client-ec2";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { KMSClient } from "@aws-sdk/client-kms";
import { S3Client } from "@aws-sdk/client-s3";
import { SNSClient } from "@aws-sdk/client-sns";
import { STSClient } from "@aws-sdk/client-sts";
import { ConfigServiceClient } from "@aws-sdk/client-config-service";
import { GuardDutyClient } from "@aws-sdk/client-guardduty";
import { SecurityHubClient } from "@aws-sdk/client-securityhub";
import { AnswerWatch, watchAttempt } from "./answers";
import { quietSdkNodeVersionWarning } from "./nodeSupport";

export interface RegionClients {
  readonly cloudtrail: CloudTrailClient;
  readonly cloudwatch: CloudWatchClient;
  readonly logs: CloudWatchLogsClient;
  readonly sns: SNSClient;
  readonly kms: KMSClient;
  readonly ec2: EC2Client;
  readonly s3: S3Client;
  readonly events: EventBridgeClient;
  readonly sts: STSClient;
  readonly guardduty: GuardDutyClient;
  readonly securityhub: SecurityHubClient;
  readonly config: ConfigServiceClient;
}

export type ClientsForRegion = (region: string) => RegionClients;

/** Milliseconds to open a TCP (and TLS) connection before the SDK gives up on it and retries. */
export const CONNECTION_TIMEOUT_MS = 5_000;
/** Milliseconds one request may take, sent to answered; AWS's read APIs answer in well under a second. */
export const REQUEST_TIMEOUT_MS = 30_000;
/**
 * Attempts per call, the first included (the SDK's default is 3): verify and the drill fan out
 * dozens of calls at once, and throttled ones are tried again. An attempt that times out is
 * tried again too; the run's unanswered budget bounds what that costs.
 */
export const MAX_ATTEMPTS = 6;

/** The per-attempt network timeouts, in milliseconds. */
export interface NetworkTimeouts {
  readonly connectionMs: number;
  readonly requestMs: number;
}

export const DEFAULT_NETWORK_TIMEOUTS: NetworkTimeouts = { connectionMs: CONNECTION_TIMEOUT_MS, requestMs: REQUEST_TIMEOUT_MS };

/** What bounds the calls now: the run's (or, after a stop, the drill cleanup's own). */
export interface CallBound {
  /** Every call carries it; aborting it aborts the calls in flight and the waits between retries. */
  readonly signal: AbortSignal;
  /** Learns which calls go unanswered. */
  readonly watch: AnswerWatch;
  /** Why the bound stopped, once it has (for the error of a call it cut short). */
  stoppedWhy(): string | undefined;
}

export interface AwsClientOptions {
  readonly profile?: string;
  /** The bound every call carries now (the run's, then cleanup's own). */
  readonly bound: () => CallBound;
  /** Default 5 s to connect, 30 s per request. */
  readonly timeouts?: NetworkTimeouts;
}

/** Clients per region, and a way to close their sockets when the run ends. */
export interface AwsClients {
  readonly forRegion: ClientsForRegion;
  /** Closes every connection the clients hold, so nothing keeps the process alive. */
  readonly destroy: () => void;
}

export function awsClients(options: AwsClientOptions): AwsClients {
  quietSdkNodeVersionWarning();
  const cache = new Map<string, RegionClients>();
  const timeouts = options.timeouts ?? DEFAULT_NETWORK_TIMEOUTS;
  const forRegion: ClientsForRegion = (region) => {
    let clients = cache.get(region);
    if (clients === undefined) {
      const config = {
        region,
        profile: options.profile,
        retryMode: "adaptive",
        maxAttempts: MAX_ATTEMPTS,
        requestHandler: { connectionTimeout: timeouts.connectionMs, requestTimeout: timeouts.requestMs, throwOnRequestTimeout: true },
      };
      const watched = <C>(client: C): C => watchCalls(client, region, options.bound);
      clients = {
        cloudtrail: watched(new CloudTrailClient(config)),
        cloudwatch: watched(new CloudWatchClient(config)),
        logs: watched(new CloudWatchLogsClient(config)),
        sns: watched(new SNSClient(config)),
        kms: watched(new KMSClient(config)),
        ec2: watched(new EC2Client(config)),
        s3: watched(new S3Client(config)),
        events: watched(new EventBridgeClient(config)),
        sts: watched(new STSClient(config)),
        guardduty: watched(new GuardDutyClient(config)),
        securityhub: watched(new SecurityHubClient(config)),
        config: watched(new ConfigServiceClient(config)),
      };
      cache.set(region, clients);
    }
    return clients;
  };
  const destroy = (): void => {
    for (const clients of cache.values()) for (const client of Object.values(clients)) (client as { destroy(): void }).destroy();
    cache.clear();
  };
  return { forRegion, destroy };
}

interface Sender {
  send(command: unknown, options?: { abortSignal?: AbortSignal }): Promise<unknown>;
}

interface HttpHandler {
  handle(request: { hostname?: string; port?: number; protocol?: string }, options?: unknown): Promise<unknown>;
}

/**
 * Every `send` of this client carries the current bound's signal unless the caller passes its
 * own (the SDK then aborts the request in flight and the wait between retries), and runs as a
 * call of the bound's AnswerWatch; each attempt its request handler makes is reported to it.
 */
function watchCalls<C>(client: C, region: string, bound: () => CallBound): C {
  const target = client as unknown as Sender;
  // Looked up at call time, so a test double installed on the prototype is still used.
  const prototypeSend = (): Sender["send"] => (Object.getPrototypeOf(target) as Sender).send;
  target.send = (command, sendOptions) => {
    const now = bound();
    return now.watch.call(
      region,
      () => prototypeSend().call(target, command, { ...sendOptions, abortSignal: sendOptions?.abortSignal ?? now.signal }),
      () => now.stoppedWhy(),
    );
  };
  // The client's own NodeHttpHandler (built from the options above): each attempt goes through it.
  const handler = (client as unknown as { config: { requestHandler: HttpHandler } }).config.requestHandler;
  const handle = handler.handle.bind(handler);
  handler.handle = (request, handleOptions) => watchAttempt(request, () => handle(request, handleOptions));
  return client;
}
