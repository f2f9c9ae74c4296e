/**
 * Every resource the drill creates, until the drill deletes it. Cleanup deletes only what is
 * still tracked, newest first, and only after AWS confirms it carries this run's tag: the drill
 * never deletes what it did not create.
 */
import {
  DeleteInternetGatewayCommand,
  DeleteNetworkAclCommand,
  DeleteRouteTableCommand,
  DeleteSecurityGroupCommand,
  DeleteVpcCommand,
  DescribeTagsCommand,
  EC2Client,
} from "@aws-sdk/client-ec2";
import { DeleteBucketCommand, GetBucketTaggingCommand, S3Client } from "@aws-sdk/client-s3";
import { describeError } from "../lib/live/answers";

export const DRILL_TAG_KEY = "baseline-drill";

export type DrillResourceKind = "vpc" | "security-group" | "network-acl" | "route-table" | "internet-gateway" | "bucket";

export interface DrillResource {
  readonly kind: DrillResourceKind;
  /** EC2 resource id, or the bucket name. */
  readonly id: string;
}

export interface CleanupResult {
  readonly deleted: readonly DrillResource[];
  /** Left in place, with why: tag mismatch or a failed delete. */
  readonly leftBehind: readonly { resource: DrillResource; reason: string }[];
}

export class DrillTracker {
  private readonly live: DrillResource[] = [];

  constructor(
    private readonly runId: string,
    private readonly ec2: EC2Client,
    private readonly s3: S3Client,
  ) {}

  track(resource: DrillResource): void {
    this.live.push(resource);
  }

  /** Deletes a resource the drill is done with, and stops tracking it. */
  async delete(resource: DrillResource): Promise<void> {
    await this.remove(resource);
    this.release(resource);
  }

  /** No longer ours to clean up. */
  release(resource: DrillResource): void {
    const index = this.live.findIndex((r) => r.kind === resource.kind && r.id === resource.id);
    if (index >= 0) this.live.splice(index, 1);
  }

  get tracked(): readonly DrillResource[] {
    return [...this.live];
  }

  async cleanup(): Promise<CleanupResult> {
    const deleted: DrillResource[] = [];
    const leftBehind: { resource: DrillResource; reason: string }[] = [];
    // Newest first: a VPC goes after the groups, ACLs and tables inside it.
    for (const resource of [...this.live].reverse()) {
      try {
        const tag = await this.tagOf(resource);
        if (tag !== this.runId) {
          leftBehind.push({
            resource,
            reason: `its ${DRILL_TAG_KEY} tag is ${tag === undefined ? "missing" : `"${tag}"`}, not "${this.runId}"`,
          });
          continue;
        }
        await this.delete(resource);
        deleted.push(resource);
      } catch (err) {
        leftBehind.push({ resource, reason: describeError(err) });
      }
    }
    return { deleted, leftBehind };
  }

  private async tagOf(resource: DrillResource): Promise<string | undefined> {
    if (resource.kind === "bucket") {
      const { TagSet } = await this.s3.send(new GetBucketTaggingCommand({ Bucket: resource.id }));
      return TagSet?.find((t) => t.Key === DRILL_TAG_KEY)?.Value;
    }
    const { Tags } = await this.ec2.send(
      new DescribeTagsCommand({
        Filters: [
          { Name: "resource-id", Values: [resource.id] },
          { Name: "key", Values: [DRILL_TAG_KEY] },
        ],
      }),
    );
    return Tags?.find((t) => t.Key === DRILL_TAG_KEY)?.Value;
  }

  private async remove({ kind, id }: DrillResource): Promise<void> {
    switch (kind) {
      case "vpc":
        await this.ec2.send(new DeleteVpcCommand({ VpcId: id }));
        return;
      case "security-group":
        await this.ec2.send(new DeleteSecurityGroupCommand({ GroupId: id }));
        return;
      case "network-acl":
        await this.ec2.send(new DeleteNetworkAclCommand({ NetworkAclId: id }));
        return;
      case "route-table":
        await this.ec2.send(new DeleteRouteTableCommand({ RouteTableId: id }));
        return;
      case "internet-gateway":
        await this.ec2.send(new DeleteInternetGatewayCommand({ InternetGatewayId: id }));
        return;
      case "bucket":
        await this.s3.send(new DeleteBucketCommand({ Bucket: id }));
        return;
    }
  }
}
