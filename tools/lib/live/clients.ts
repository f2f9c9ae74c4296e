/**
 * The AWS SDK v3 clients the tools use, one set per region, with the standard credential chain
 * (environment, shared config with `--profile`, SSO, instance role) and the SDK's adaptive retry.
 *
 * No call can hang: each connection and each request has a timeout (Smithy NodeHttpHandler
 * `connectionTimeout`, `requestTimeout` with `throwOnRequestTimeout`), and every call carries the
 * run's abort signal (`send(command, { abortSignal })`), which the run's deadline and SIGINT /
 * SIGTERM abort. The SDK honours `AWS_ENDPOINT_URL` (and the shared config's `endpoint_url`) for
 * every client, which is how the tools are pointed at a local endpoint.
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
}

export type ClientsForRegion = (region: string) => RegionClients;

/** Milliseconds to open a TCP (and TLS) connection before the SDK gives up on it and retries. */
export const CONNECTION_TIMEOUT_MS = 5_000;
/** Milliseconds one request may take, sent to answered; AWS's read APIs answer in well under a second. */
export const REQUEST_TIMEOUT_MS = 30_000;

export interface AwsClientOptions {
  readonly profile?: string;
  /** The signal every call carries now (the run's, then cleanup's own). */
  readonly signal: () => AbortSignal | undefined;
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
  const forRegion: ClientsForRegion = (region) => {
    let clients = cache.get(region);
    if (clients === undefined) {
      const config = {
        region,
        profile: options.profile,
        retryMode: "adaptive",
        maxAttempts: 6,
        requestHandler: { connectionTimeout: CONNECTION_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, throwOnRequestTimeout: true },
      };
      clients = {
        cloudtrail: carrySignal(new CloudTrailClient(config), options.signal),
        cloudwatch: carrySignal(new CloudWatchClient(config), options.signal),
        logs: carrySignal(new CloudWatchLogsClient(config), options.signal),
        sns: carrySignal(new SNSClient(config), options.signal),
        kms: carrySignal(new KMSClient(config), options.signal),
        ec2: carrySignal(new EC2Client(config), options.signal),
        s3: carrySignal(new S3Client(config), options.signal),
        events: carrySignal(new EventBridgeClient(config), options.signal),
        sts: carrySignal(new STSClient(config), options.signal),
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

/**
 * Every `send` of this client carries the current signal unless the caller passes its own: the
 * SDK then aborts the request in flight and the wait between retries.
 */
function carrySignal<C>(client: C, signal: () => AbortSignal | undefined): C {
  const target = client as unknown as Sender;
  // Looked up at call time, so a test double installed on the prototype is still used.
  const prototypeSend = (): Sender["send"] => (Object.getPrototypeOf(target) as Sender).send;
  target.send = (command, sendOptions) =>
    prototypeSend().call(target, command, { ...sendOptions, abortSignal: sendOptions?.abortSignal ?? signal() });
  return client;
}
