/**
 * The AWS SDK v3 clients the tools use, one set per region, with the standard credential chain
 * (environment, shared config with `--profile`, SSO, instance role) and the SDK's adaptive retry.
 */
import { CloudTrailClient } from "@aws-sdk/client-cloudtrail";
import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import { CloudWatchLogsClient } from "@aws-sdk/client-cloudwatch-logs";
import { EC2Client } from "@aws-sdk/client-ec2";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { KMSClient } from "@aws-sdk/client-kms";
import { S3Client } from "@aws-sdk/client-s3";
import { SNSClient } from "@aws-sdk/client-sns";

export interface RegionClients {
  readonly cloudtrail: CloudTrailClient;
  readonly cloudwatch: CloudWatchClient;
  readonly logs: CloudWatchLogsClient;
  readonly sns: SNSClient;
  readonly kms: KMSClient;
  readonly ec2: EC2Client;
  readonly s3: S3Client;
  readonly events: EventBridgeClient;
}

export type ClientsForRegion = (region: string) => RegionClients;

export function awsClients(profile?: string): ClientsForRegion {
  const cache = new Map<string, RegionClients>();
  return (region) => {
    let clients = cache.get(region);
    if (clients === undefined) {
      const config = { region, profile, retryMode: "adaptive", maxAttempts: 6 };
      clients = {
        cloudtrail: new CloudTrailClient(config),
        cloudwatch: new CloudWatchClient(config),
        logs: new CloudWatchLogsClient(config),
        sns: new SNSClient(config),
        kms: new KMSClient(config),
        ec2: new EC2Client(config),
        s3: new S3Client(config),
        events: new EventBridgeClient(config),
      };
      cache.set(region, clients);
    }
    return clients;
  };
}
