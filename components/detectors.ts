/**
 * The detective services a stack creates (guardDuty, securityHub, awsConfig: create): in each
 * listed Region a GuardDuty detector with its protection plans, Security Hub with its standards
 * and an AWS Config recorder with its delivery channel; once per account, the Config
 * service-linked role and the bucket every Region's recorder delivers to. `existing` and `off`
 * create nothing here: the finding rules (components/alerts.ts) route what `existing` finds.
 *
 * Findings are evidence: deleting a detector deletes its findings, and disabling Security Hub
 * deletes its findings after 90 days, so both stay when the stack lets go of them
 * (retainOnDelete), like the log archive.
 */
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { BaselineSettings } from "../settings/types";
import { AccountContext, configBucketPolicy } from "../lib/policyDocuments";
import { configBucketPrefixFor, configRecorderNameFor } from "../settings/names";
import { EVIDENCE, hardenBucket } from "./logArchive";

/** Where every Region's Config recorder delivers, made once in the home Region. */
export interface ConfigDelivery {
  readonly bucketName: pulumi.Output<string>;
  /** The AWS Config service-linked role the recorders use (Security Hub Config.1 asks for it). */
  readonly roleArn: pulumi.Output<string>;
  /** What must exist before a delivery channel can write: the bucket policy, above all. */
  readonly ready: readonly pulumi.Resource[];
}

/** Kept when the stack lets go: a deleted detector takes its findings with it. */
const FINDINGS_KEPT: pulumi.CustomResourceOptions = { retainOnDelete: true };

export interface ConfigDeliveryArgs {
  readonly name: string;
  readonly settings: Pick<BaselineSettings, "trailName" | "archiveAfterDays" | "archiveStorageClass" | "expireAfterDays">;
  readonly account: AccountContext;
  readonly tags: Record<string, string>;
}

/**
 * The account's AWS Config delivery: a bucket of its own rather than the log archive, because
 * AWS Config cannot deliver to a bucket with Object Lock (CloudFormation
 * AWS::Config::DeliveryChannel, S3BucketName), which the archive may have, and because the
 * archive's bucket policy is kept for CloudTrail and its members (near S3's 20 KB limit with
 * memberAccounts). The bucket is hardened and kept like the archive, SSE-S3 encrypted (a KMS key
 * would need a Config grant in the archive key's policy, also near its limit).
 */
export function createConfigDelivery(args: ConfigDeliveryArgs, parent: pulumi.Resource): ConfigDelivery {
  const { name, settings, account, tags } = args;
  const child = { parent };
  // Kept on destroy: Security Hub, Config aggregators and other tools may use the same role.
  const role = new aws.iam.ServiceLinkedRole(
    `${name}-config-role`,
    { awsServiceName: "config.amazonaws.com", tags } satisfies aws.iam.ServiceLinkedRoleArgs,
    { ...child, retainOnDelete: true },
  );
  const bucket = new aws.s3.Bucket(
    `${name}-config-history`,
    { bucketPrefix: configBucketPrefixFor(settings.trailName), forceDestroy: false, tags } satisfies aws.s3.BucketArgs,
    { ...child, ...EVIDENCE },
  );
  const hardening = hardenBucket(`${name}-config-history`, bucket, settings, child, { encryption: { sseAlgorithm: "AES256" } });
  const policy = new aws.s3.BucketPolicy(
    `${name}-config-history-policy`,
    { bucket: bucket.id, policy: configBucketPolicy({ account, bucketArn: bucket.arn }) } satisfies aws.s3.BucketPolicyArgs,
    { ...child, dependsOn: [hardening.publicAccessBlock] },
  );
  return { bucketName: bucket.bucket, roleArn: role.arn, ready: [policy, hardening.encryption, role] };
}

export interface DetectorsArgs {
  readonly name: string;
  readonly region: string;
  /** The home Region records global resource types (IAM): once, not in every Region. */
  readonly home: boolean;
  readonly settings: Pick<BaselineSettings, "detectors" | "trailName">;
  readonly account: AccountContext;
  /** The account's Config delivery (awsConfig create). */
  readonly configDelivery?: ConfigDelivery;
  readonly tags: Record<string, string>;
}

export interface RegionDetectors {
  readonly guardDutyDetectorId?: pulumi.Output<string>;
  readonly securityHubEnabled: boolean;
  /** The Security Hub the stack created (securityHub create): what the organization's Security Hub settings wait for. */
  readonly securityHubAccount?: pulumi.Resource;
  readonly configRecorderName?: pulumi.Output<string>;
}

export function createDetectors(args: DetectorsArgs, parent: pulumi.Resource): RegionDetectors {
  const { name, region, home, settings, account, tags } = args;
  const { guardDuty, securityHub, awsConfig } = settings.detectors;
  const child = { parent };
  let guardDutyDetectorId: pulumi.Output<string> | undefined;
  let recorderStatus: aws.cfg.RecorderStatus | undefined;
  let configRecorderName: pulumi.Output<string> | undefined;
  let securityHubAccount: aws.securityhub.Account | undefined;

  if (guardDuty.mode === "create") {
    const detector = new aws.guardduty.Detector(
      `${name}-guardduty`,
      {
        enable: true,
        // Updates to an ongoing finding reach EventBridge at this interval (new findings within
        // 5 minutes whatever it is); each update alerts again, so the default, not every 15 min.
        findingPublishingFrequency: "SIX_HOURS",
        tags,
      } satisfies aws.guardduty.DetectorArgs,
      { ...child, ...FINDINGS_KEPT },
    );
    guardDutyDetectorId = detector.id;
    for (const protection of guardDuty.protections) {
      new aws.guardduty.DetectorFeature(
        `${name}-guardduty-${protection.toLowerCase().replace(/_/g, "-")}`,
        {
          detectorId: detector.id,
          name: protection,
          status: "ENABLED",
          // Runtime Monitoring watches through an agent: GuardDuty manages it on EKS, ECS Fargate and EC2.
          ...(protection === "RUNTIME_MONITORING"
            ? {
                additionalConfigurations: ["EKS_ADDON_MANAGEMENT", "ECS_FARGATE_AGENT_MANAGEMENT", "EC2_AGENT_MANAGEMENT"].map((n) => ({
                  name: n,
                  status: "ENABLED",
                })),
              }
            : {}),
        } satisfies aws.guardduty.DetectorFeatureArgs,
        child,
      );
    }
  }

  if (awsConfig.mode === "create") {
    const delivery = args.configDelivery;
    if (delivery === undefined) throw new Error(`awsConfig create: the ${region} part needs the account's Config delivery`);
    const recorderName = configRecorderNameFor(settings.trailName);
    const recorder = new aws.cfg.Recorder(
      `${name}-config-recorder`,
      {
        name: recorderName,
        roleArn: delivery.roleArn,
        // Every supported type (CIS 3.3); global types (IAM) in one Region, so they are
        // recorded, and billed, once.
        recordingGroup: { allSupported: true, includeGlobalResourceTypes: home },
        recordingMode: { recordingFrequency: "CONTINUOUS" },
      } satisfies aws.cfg.RecorderArgs,
      child,
    );
    const channel = new aws.cfg.DeliveryChannel(
      `${name}-config-delivery`,
      {
        name: recorderName,
        s3BucketName: delivery.bucketName,
        snapshotDeliveryProperties: { deliveryFrequency: "TwentyFour_Hours" },
      } satisfies aws.cfg.DeliveryChannelArgs,
      // "delivery channel creation requires Configuration Recorder" (provider docs).
      { ...child, dependsOn: [recorder, ...delivery.ready] },
    );
    recorderStatus = new aws.cfg.RecorderStatus(
      `${name}-config-recorder-status`,
      { name: recorder.name, isEnabled: true } satisfies aws.cfg.RecorderStatusArgs,
      // Starting the recorder requires a delivery channel.
      { ...child, dependsOn: [channel] },
    );
    configRecorderName = recorder.name;
  }

  if (securityHub.mode === "create") {
    const hub = (securityHubAccount = new aws.securityhub.Account(
      `${name}-securityhub`,
      {
        // The standards below, not AWS's defaults (which would add CIS 1.2.0 and bill its checks twice).
        enableDefaultStandards: false,
        // One finding per control across standards, with its control id (Compliance.SecurityControlId).
        controlFindingGenerator: "SECURITY_CONTROL",
        autoEnableControls: true,
      } satisfies aws.securityhub.AccountArgs,
      { ...child, ...FINDINGS_KEPT, dependsOn: recorderStatus ? [recorderStatus] : [] },
    ));
    for (const standard of securityHub.standards) {
      new aws.securityhub.StandardsSubscription(
        `${name}-securityhub-${standard.split("/")[0]}-${standard.split("/").pop()}`,
        { standardsArn: standardsArnFor(account.partition, region, standard) } satisfies aws.securityhub.StandardsSubscriptionArgs,
        { ...child, dependsOn: [hub] },
      );
    }
  }

  return { guardDutyDetectorId, securityHubEnabled: securityHub.mode === "create", securityHubAccount, configRecorderName };
}

/** A standard's ARN in a Region: `arn:<partition>:securityhub:<region>::standards/<standard>` (Security Hub API, DescribeStandards). */
export function standardsArnFor(partition: pulumi.Input<string>, region: string, standard: string): pulumi.Output<string> {
  return pulumi.interpolate`arn:${partition}:securityhub:${region}::standards/${standard}`;
}
