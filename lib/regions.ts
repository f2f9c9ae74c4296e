/**
 * AWS regions a baseline can be deployed to: commercial, GovCloud and China partitions.
 * Kept as data so config validation needs no credentials; add new regions here.
 */
export const AWS_REGIONS: readonly string[] = [
  "us-east-1", "us-east-2", "us-west-1", "us-west-2",
  "af-south-1",
  "ap-east-1", "ap-east-2", "ap-south-1", "ap-south-2",
  "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
  "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "ap-southeast-6", "ap-southeast-7",
  "ca-central-1", "ca-west-1",
  "eu-central-1", "eu-central-2", "eu-west-1", "eu-west-2", "eu-west-3",
  "eu-south-1", "eu-south-2", "eu-north-1",
  "il-central-1", "me-south-1", "me-central-1", "mx-central-1",
  "sa-east-1",
  "us-gov-east-1", "us-gov-west-1",
  "cn-north-1", "cn-northwest-1",
];

/** The partition a region belongs to, for ARNs and service principals. */
export function partitionOf(region: string): "aws" | "aws-us-gov" | "aws-cn" {
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  if (region.startsWith("cn-")) return "aws-cn";
  return "aws";
}

/** Global-service events (IAM, STS, console sign-in) reach EventBridge in this region only. */
export const GLOBAL_EVENTS_REGION = "us-east-1";
