/**
 * The fire drill (trigger each watched event, watch each alarm fire), on throwaway resources only: each scenario
 * makes the change a workshop user makes by hand, then undoes it. Everything lives in a drill VPC
 * the drill creates (no default VPC needed, nothing of the account's is touched), is tagged
 * `baseline-drill=<run id>`, and is tracked until deleted. Rules and ACL entries use TEST-NET-1
 * (192.0.2.0/24, RFC 5737), which reaches nothing, and the ACL is associated with no subnet.
 */
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateInternetGatewayCommand,
  CreateNetworkAclCommand,
  CreateNetworkAclEntryCommand,
  CreateRouteTableCommand,
  CreateSecurityGroupCommand,
  CreateVpcCommand,
  DeleteNetworkAclEntryCommand,
  EC2Client,
  IpPermission,
  ResourceType,
  RevokeSecurityGroupIngressCommand,
} from "@aws-sdk/client-ec2";
import { partitionOf } from "../../lib/regions";
import {
  CreateBucketCommand,
  DeleteBucketPolicyCommand,
  PutBucketPolicyCommand,
  PutBucketTaggingCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { DRILL_TAG_KEY, DrillResource, DrillTracker } from "./tracker";

export interface DrillContext {
  readonly runId: string;
  readonly region: string;
  readonly ec2: EC2Client;
  readonly s3: S3Client;
  readonly tracker: DrillTracker;
  /** Runs one AWS call as a named step: stops first if the drill was interrupted. */
  readonly step: <T>(label: string, call: () => Promise<T>) => Promise<T>;
  /** The drill VPC, created by the vpc scenario or on first need. */
  vpcId?: string;
}

export interface DrillScenario {
  /** The catalogue alarm the changes must fire. */
  readonly alarmId: string;
  /** The API calls, as the table prints them. */
  readonly events: string;
  readonly run: (ctx: DrillContext) => Promise<void>;
}

const TEST_NET = "192.0.2.0/24";
const DRILL_PORT = 8080;

function tags(ctx: DrillContext, type: ResourceType) {
  return [
    {
      ResourceType: type,
      Tags: [
        { Key: DRILL_TAG_KEY, Value: ctx.runId },
        { Key: "Name", Value: `baseline-drill-${ctx.runId}` },
      ],
    },
  ];
}

/** The drill VPC; CreateVpc itself is the vpc-changes event. */
export async function ensureDrillVpc(ctx: DrillContext): Promise<string> {
  if (ctx.vpcId === undefined) {
    const { Vpc } = await ctx.step("CreateVpc", () =>
      ctx.ec2.send(new CreateVpcCommand({ CidrBlock: "10.254.254.0/28", TagSpecifications: tags(ctx, "vpc") })),
    );
    ctx.vpcId = required(Vpc?.VpcId, "CreateVpc");
    ctx.tracker.track({ kind: "vpc", id: ctx.vpcId });
  }
  return ctx.vpcId;
}

export async function deleteDrillVpc(ctx: DrillContext): Promise<void> {
  if (ctx.vpcId === undefined) return;
  const vpc: DrillResource = { kind: "vpc", id: ctx.vpcId };
  await ctx.step("DeleteVpc", () => ctx.tracker.delete(vpc));
  ctx.vpcId = undefined;
}

export const SCENARIOS: readonly DrillScenario[] = [
  {
    alarmId: "vpc-changes",
    events: "CreateVpc, DeleteVpc (at the end)",
    run: async (ctx) => void (await ensureDrillVpc(ctx)),
  },
  {
    alarmId: "security-group-changes",
    events: "CreateSecurityGroup, AuthorizeSecurityGroupIngress, RevokeSecurityGroupIngress, DeleteSecurityGroup",
    run: async (ctx) => {
      const VpcId = await ensureDrillVpc(ctx);
      const { GroupId } = await ctx.step("CreateSecurityGroup", () =>
        ctx.ec2.send(
          new CreateSecurityGroupCommand({
            GroupName: `baseline-drill-${ctx.runId}`,
            Description: "Security baseline fire drill: deleted by the drill",
            VpcId,
            TagSpecifications: tags(ctx, "security-group"),
          }),
        ),
      );
      const group: DrillResource = { kind: "security-group", id: required(GroupId, "CreateSecurityGroup") };
      ctx.tracker.track(group);
      const rule: IpPermission[] = [
        {
          IpProtocol: "tcp",
          FromPort: DRILL_PORT,
          ToPort: DRILL_PORT,
          IpRanges: [{ CidrIp: TEST_NET, Description: "baseline drill (TEST-NET-1)" }],
        },
      ];
      await ctx.step("AuthorizeSecurityGroupIngress", () =>
        ctx.ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: group.id, IpPermissions: rule })),
      );
      await ctx.step("RevokeSecurityGroupIngress", () =>
        ctx.ec2.send(new RevokeSecurityGroupIngressCommand({ GroupId: group.id, IpPermissions: rule })),
      );
      await ctx.step("DeleteSecurityGroup", () => ctx.tracker.delete(group));
    },
  },
  {
    alarmId: "nacl-changes",
    events: "CreateNetworkAcl, CreateNetworkAclEntry, DeleteNetworkAclEntry, DeleteNetworkAcl",
    run: async (ctx) => {
      const VpcId = await ensureDrillVpc(ctx);
      const { NetworkAcl } = await ctx.step("CreateNetworkAcl", () =>
        ctx.ec2.send(new CreateNetworkAclCommand({ VpcId, TagSpecifications: tags(ctx, "network-acl") })),
      );
      const acl: DrillResource = { kind: "network-acl", id: required(NetworkAcl?.NetworkAclId, "CreateNetworkAcl") };
      ctx.tracker.track(acl);
      await ctx.step("CreateNetworkAclEntry", () =>
        ctx.ec2.send(
          new CreateNetworkAclEntryCommand({
            NetworkAclId: acl.id,
            RuleNumber: 100,
            Protocol: "6",
            RuleAction: "deny",
            Egress: false,
            CidrBlock: TEST_NET,
            PortRange: { From: DRILL_PORT, To: DRILL_PORT },
          }),
        ),
      );
      await ctx.step("DeleteNetworkAclEntry", () =>
        ctx.ec2.send(new DeleteNetworkAclEntryCommand({ NetworkAclId: acl.id, RuleNumber: 100, Egress: false })),
      );
      await ctx.step("DeleteNetworkAcl", () => ctx.tracker.delete(acl));
    },
  },
  {
    alarmId: "route-table-changes",
    events: "CreateRouteTable, DeleteRouteTable",
    run: async (ctx) => {
      const VpcId = await ensureDrillVpc(ctx);
      const { RouteTable } = await ctx.step("CreateRouteTable", () =>
        ctx.ec2.send(new CreateRouteTableCommand({ VpcId, TagSpecifications: tags(ctx, "route-table") })),
      );
      const table: DrillResource = { kind: "route-table", id: required(RouteTable?.RouteTableId, "CreateRouteTable") };
      ctx.tracker.track(table);
      await ctx.step("DeleteRouteTable", () => ctx.tracker.delete(table));
    },
  },
  {
    alarmId: "network-gateway-changes",
    events: "CreateInternetGateway, DeleteInternetGateway",
    run: async (ctx) => {
      const { InternetGateway } = await ctx.step("CreateInternetGateway", () =>
        ctx.ec2.send(new CreateInternetGatewayCommand({ TagSpecifications: tags(ctx, "internet-gateway") })),
      );
      const gateway: DrillResource = {
        kind: "internet-gateway",
        id: required(InternetGateway?.InternetGatewayId, "CreateInternetGateway"),
      };
      ctx.tracker.track(gateway);
      await ctx.step("DeleteInternetGateway", () => ctx.tracker.delete(gateway));
    },
  },
  {
    alarmId: "s3-bucket-policy-changes",
    events: "PutBucketPolicy, DeleteBucketPolicy (on a drill bucket)",
    run: async (ctx) => {
      const bucket: DrillResource = { kind: "bucket", id: `baseline-drill-${ctx.runId}` };
      // us-east-1 rejects an explicit LocationConstraint for itself.
      const location = ctx.region === "us-east-1" ? undefined : { LocationConstraint: ctx.region as never };
      await ctx.step("CreateBucket", () =>
        ctx.s3.send(new CreateBucketCommand({ Bucket: bucket.id, CreateBucketConfiguration: location })),
      );
      ctx.tracker.track(bucket);
      await ctx.step("PutBucketTagging", () =>
        ctx.s3.send(new PutBucketTaggingCommand({ Bucket: bucket.id, Tagging: { TagSet: [{ Key: DRILL_TAG_KEY, Value: ctx.runId }] } })),
      );
      const arn = `arn:${partitionOf(ctx.region)}:s3:::${bucket.id}`;
      const policy = {
        Version: "2012-10-17",
        Statement: [
          {
            Sid: "DrillDenyInsecureTransport",
            Effect: "Deny",
            Principal: "*",
            Action: "s3:*",
            Resource: [arn, `${arn}/*`],
            Condition: { Bool: { "aws:SecureTransport": "false" } },
          },
        ],
      };
      await ctx.step("PutBucketPolicy", () =>
        ctx.s3.send(new PutBucketPolicyCommand({ Bucket: bucket.id, Policy: JSON.stringify(policy) })),
      );
      await ctx.step("DeleteBucketPolicy", () => ctx.s3.send(new DeleteBucketPolicyCommand({ Bucket: bucket.id })));
      await ctx.step("DeleteBucket", () => ctx.tracker.delete(bucket));
    },
  },
];

function required(id: string | undefined, call: string): string {
  if (id === undefined) throw new Error(`${call} returned no id`);
  return id;
}
