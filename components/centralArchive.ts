/**
 * A member stack's evidence chain when `centralLogArchive` is set: the trail writes to the central
 * archive's bucket with the central key, and no bucket or trail key is created here. The log
 * group and its alarms stay local; a small local key encrypts that log group and the alert topic,
 * because CloudWatch Logs and SNS need a key whose policy this account controls (the central
 * key's policy belongs to the archive account).
 */
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { TrailSettings, TrailDelivery, createTrail, logGroupArnFor } from "./trail";
import { CentralLogArchiveSettings } from "../settings/types";
import { AccountContext, logGroupKeyPolicy } from "../lib/policyDocuments";

import { logGroupNameFor } from "../settings/names";

export interface CentralArchiveDeliveryArgs {
  readonly name: string;
  /** The home region. */
  readonly region: string;
  readonly settings: TrailSettings;
  readonly central: CentralLogArchiveSettings;
  readonly account: AccountContext;
  readonly tags: Record<string, string>;
}

export interface CentralArchiveDelivery extends TrailDelivery {
  /** Encrypts the local log group and, passed to the alerts, the home region's topic. */
  readonly localKey: aws.kms.Key;
}

export function createCentralArchiveDelivery(args: CentralArchiveDeliveryArgs, parent: pulumi.Resource): CentralArchiveDelivery {
  const { name, region, settings, central, account, tags } = args;
  const logGroupName = logGroupNameFor(settings.trailName);
  const localKey = new aws.kms.Key(
    `${name}-local-key`,
    {
      description: `Encrypts ${logGroupName} and the alert topic; the trail's log files use the central archive's key`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: logGroupKeyPolicy({ account, region, logGroupArns: [logGroupArnFor(account, region, logGroupName)], topicPublishers: true }),
      tags,
    } satisfies aws.kms.KeyArgs,
    { parent, protect: true, retainOnDelete: true },
  );
  new aws.kms.Alias(
    `${name}-local-key-alias`,
    { name: `alias/${settings.trailName}-local`, targetKeyId: localKey.keyId } satisfies aws.kms.AliasArgs,
    { parent },
  );

  const delivery = createTrail(
    {
      name,
      region,
      settings,
      account,
      key: localKey,
      // S3 ARNs carry no region or account: the name is the whole identity.
      logBucket: { bucket: central.bucketName, arn: `arn:${account.partition}:s3:::${central.bucketName}` },
      trailKeyArn: central.kmsKeyArn,
      prerequisites: [localKey],
      tags,
    },
    parent,
  );
  return { ...delivery, localKey };
}
