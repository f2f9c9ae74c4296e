/**
 * Which input changes make Pulumi replace a resource (delete + create) instead of updating it,
 * read from the provider's schema as lib/providerRules.ts transcribes it (`forceNew`, and `region`
 * for every `@pulumi/aws` v7 type); and what replacing or deleting a part of the evidence chain
 * costs, told from the base plan's own `protect` and `retainOnDelete` flags: what the engine will
 * do depends on the state the change starts from, not on the resource's type.
 */
import { replacingPaths } from "../../lib/providerRules";
import { PlanResource } from "../lib/planTypes";

export const TRAIL = "aws:cloudtrail/trail:Trail";
export const BUCKET = "aws:s3/bucket:Bucket";
export const KMS_KEY = "aws:kms/key:Key";
export const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
export const METRIC_ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";

/** A changed input's path as the provider rules key it: list indices become `[]`. */
function rulePath(path: string): string {
  return path.replace(/\[\d+\]/g, "[]");
}

/**
 * The provider rule paths among `changedPaths` (plan-diff paths: `a.b[0].c`) whose change replaces
 * a resource of `type`: a changed path replaces when it is a replacing path or lies inside one.
 */
export function replacingChanges(type: string, changedPaths: readonly string[]): readonly string[] {
  const replacing = replacingPaths(type);
  const found = new Set<string>();
  for (const path of changedPaths.map(rulePath)) {
    for (const rule of replacing) {
      if (path === rule || path.startsWith(`${rule}.`) || path.startsWith(`${rule}[`)) found.add(rule);
    }
  }
  return [...found].sort();
}

export type EvidenceChange = "replace" | "delete" | "urn-change";

interface EvidenceRole {
  readonly label: string;
  /**
   * Whether this resource of the base plan is evidence: a trail always; a bucket, key or log group
   * when the plan keeps it (`protect` or `retainOnDelete`, what the baseline gives its evidence
   * chain). An Athena results bucket or a topic's key is not, and deleting it is no warning.
   */
  evidence(base: PlanResource): boolean;
  /** What the change costs, given the base plan's resource (its protection is told apart: `protectedStop`). */
  consequence(change: EvidenceChange, base: PlanResource): string;
}

/**
 * The engine's answer when the base plan's resource is protected, whatever its type (pulumi/pulumi
 * step generator: a protected resource is neither replaced nor deleted), and the way out.
 */
export function protectedStop(change: EvidenceChange): string {
  const verb = change === "replace" ? "replace" : "delete";
  return (
    `It is protected in the base plan, so \`pulumi preview\` and \`pulumi up\` stop with "unable to ${verb} resource ... as it is currently marked for protection" ` +
    `until it is unprotected (\`pulumi state unprotect\`, or \`protect: false\` deployed first).`
  );
}

/**
 * What becomes of the old resource once it goes, from the base plan's `retainOnDelete`: it stays in
 * the account outside the stack, or Pulumi deletes it with what it holds.
 */
function oldOne(change: EvidenceChange, base: PlanResource, what: string, holds: string): string {
  const subject = change === "delete" ? "it" : `the old ${what}`;
  return base.retainOnDelete
    ? `${change === "delete" ? "It" : `The old ${what}`} leaves the stack but stays in the account with ${holds} (retainOnDelete).`
    : `Pulumi deletes ${subject} and ${holds}.`;
}

const kept = (base: PlanResource): boolean => base.protect || base.retainOnDelete;

/**
 * The evidence chain: replacing or deleting one of these loses evidence or leaves a gap, so the
 * comment warns in words a reviewer cannot miss.
 */
export const EVIDENCE_ROLES: Readonly<Record<string, EvidenceRole>> = {
  [TRAIL]: {
    label: "trail",
    evidence: () => true,
    consequence: (change) =>
      change === "delete"
        ? "Nothing records this trail's API activity once it is deleted."
        : "CloudTrail records nothing between the delete and the create: API activity in that window is lost for good.",
  },
  [BUCKET]: {
    label: "log bucket",
    evidence: kept,
    consequence: (change, base) =>
      [
        ...(change === "replace"
          ? [
              "If only `objectLockEnabled` changes, turn Object Lock on for the existing bucket instead (S3 allows it on a versioned bucket: `aws s3api put-object-lock-configuration --bucket <name> --object-lock-configuration ObjectLockEnabled=Enabled`), run `pulumi refresh`, and check that the preview no longer replaces it.",
            ]
          : []),
        ...(change === "delete" ? [] : ["A new, empty bucket receives the logs from then on."]),
        oldOne(change, base, "bucket", "its logs"),
      ].join(" "),
  },
  [KMS_KEY]: {
    label: "KMS key",
    evidence: kept,
    consequence: (_change, base) =>
      [
        "Logs, log events and messages already encrypted under the old key stay readable only while that key exists:",
        base.retainOnDelete
          ? "it stays in the account (retainOnDelete); never schedule it for deletion while that evidence is kept."
          : "Pulumi schedules it for deletion, after which that evidence cannot be decrypted.",
      ].join(" "),
  },
  [LOG_GROUP]: {
    label: "log group",
    evidence: kept,
    consequence: (change, base) =>
      change === "delete"
        ? oldOne(change, base, "log group", "its events")
        : `The new log group starts empty: the metric filters on it are recreated, and alarms see no data until delivery resumes. ${oldOne(change, base, "log group", "its events")}`,
  },
};
