/**
 * The documented forms of the policies on the alert path, built by the same functions the
 * component deploys them with (lib/policyDocuments.ts), for this stack's account,
 * regions, topic, trail and log group. Verify compares what AWS holds with them statement by
 * statement, so a policy edited outside Pulumi, or one deployed before the component changed its
 * documented form (the topic policy's EventBridge statement, which takes no Condition; the key
 * policy's kms:Decrypt for CloudTrail), shows up by its statement id.
 */
import type * as pulumi from "@pulumi/pulumi";
import type { AccountContext } from "../../lib/policyDocuments";
import { partitionOf } from "../../lib/regions";
import { StackOutputs } from "../lib/stackOutputs";

/** Loaded when first needed: @pulumi/pulumi takes a second to load, and --help needs none of it. */
const builders = () => import("../../lib/policyDocuments");
const trailNames = () => import("../../components/trail");

function resolved(document: pulumi.Output<string>): Promise<string> {
  return new Promise((resolve) => document.apply((text) => resolve(text)));
}

function accountOf(outputs: StackOutputs, accountId: string): AccountContext {
  return { accountId, partition: partitionOf(outputs.homeRegion) };
}

export async function documentedTopicPolicy(outputs: StackOutputs, accountId: string, region: string, topicArn: string): Promise<string> {
  const { topicPolicy } = await builders();
  return resolved(topicPolicy({ account: accountOf(outputs, accountId), region, topicArn }));
}

/**
 * The documented form of a key the stack created, from its ARN: the home key (shared by the trail,
 * the log group and the home topic, with the member accounts' and flow logs' grants when the
 * stack has them), a member stack's local key (centralLogArchive), a residency trail's key, or a
 * region's own topic key.
 */
export async function documentedKeyPolicy(outputs: StackOutputs, accountId: string, keyArn: string): Promise<string> {
  const { logGroupKeyPolicy, topicKeyPolicy, trailKeyPolicy } = await builders();
  const account = accountOf(outputs, accountId);
  const { trailArn, trailName, logGroupArn, kmsKeyArn, homeRegion } = outputs;
  if (keyArn === outputs.localKeyArn && logGroupArn !== undefined) {
    return resolved(logGroupKeyPolicy({ account, region: homeRegion, logGroupArns: [logGroupArn], topicPublishers: true }));
  }
  if (
    keyArn === kmsKeyArn &&
    outputs.localKeyArn === undefined &&
    trailArn !== undefined &&
    trailName !== undefined &&
    logGroupArn !== undefined
  ) {
    // The account in the trail's ARN: the management account's for an organization trail run
    // from a delegated administrator, the caller's otherwise.
    const memberAccounts = outputs.memberAccounts ?? [];
    const flowLogRegions = outputs.flowLogs?.destination === "s3" ? Object.keys(outputs.flowLogs.vpcIds) : [];
    const args = {
      account,
      region: homeRegion,
      trailArn,
      trailName,
      trailAccountId: trailArn.split(":")[4],
      logGroupArn,
      members:
        memberAccounts.length > 0 ? { partition: account.partition, accountIds: memberAccounts, deployingAccountId: accountId } : undefined,
      flowLogDelivery: flowLogRegions.length > 0 ? { partition: account.partition, accountId, sourceRegions: flowLogRegions } : undefined,
    };
    return resolved(trailKeyPolicy(args));
  }
  const residency = outputs.residencyTrails?.find((r) => r.kmsKeyArn === keyArn);
  if (residency !== undefined) {
    const { region } = residency;
    // As residencyTrail.ts builds its key policy.
    const logGroupArn = (await trailNames()).logGroupArnFor(account, region, residency.logGroupName);
    return resolved(
      trailKeyPolicy({
        account,
        region,
        trailArn: residency.trailArn,
        trailName: residency.trailName,
        trailAccountId: accountId,
        logGroupArn,
        topicPublishers: false,
      }),
    );
  }
  return resolved(topicKeyPolicy(account));
}

interface Statement {
  Sid?: string;
  [key: string]: unknown;
}

/**
 * How a deployed policy differs from its documented form, one phrase per statement id; empty
 * when they are the same. Compared as IAM reads them: key order, statement order, a single
 * value written as a string or a one-element list, and the order of list values do not matter.
 */
export function policyDifferences(deployedText: string, documentedText: string): string[] {
  const deployed = bySid(deployedText);
  const documented = bySid(documentedText);
  const problems: string[] = [];
  for (const [sid, expected] of documented) {
    const actual = deployed.get(sid);
    if (actual === undefined) problems.push(`statement ${sid} is missing`);
    else if (canonical(actual) !== canonical(expected))
      problems.push(`statement ${sid} differs (deployed ${compact(actual)}, documented ${compact(expected)})`);
  }
  for (const sid of deployed.keys()) if (!documented.has(sid)) problems.push(`statement ${sid} is not in the documented form`);
  return problems;
}

function bySid(text: string): Map<string, Statement> {
  const document = JSON.parse(text) as { Statement?: Statement | Statement[] };
  const statements = document.Statement === undefined ? [] : Array.isArray(document.Statement) ? document.Statement : [document.Statement];
  return new Map(statements.map((s, index) => [s.Sid ?? `#${index + 1} (no Sid)`, s]));
}

function normalise(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(normalise);
    if (items.length === 1) return items[0];
    return items
      .map((item) => JSON.stringify(item))
      .sort()
      .map((item) => JSON.parse(item) as unknown);
  }
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((key) => [key, normalise((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

function canonical(statement: Statement): string {
  return JSON.stringify(normalise(statement));
}

function compact(statement: Statement): string {
  const { Sid: _sid, ...rest } = normalise(statement) as Statement;
  return JSON.stringify(rest);
}
