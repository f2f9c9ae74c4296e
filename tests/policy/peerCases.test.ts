/**
 * The peer cases: Checkov, cfn-guard and Trivy test fixtures (tests/fixtures/policy/checkov_cases.json)
 * get their tools' verdict from the matching policy, except where the pack deliberately differs.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { ResourceValidationPolicy } from "@pulumi/policy";
import { cloudtrailCloudWatchLogs } from "../../policy/policies/cloudtrailCloudWatchLogs";
import { cloudtrailKmsEncryption } from "../../policy/policies/cloudtrailKmsEncryption";
import { cloudtrailLogFileValidation } from "../../policy/policies/cloudtrailLogFileValidation";
import { cloudtrailMultiRegion } from "../../policy/policies/cloudtrailMultiRegion";
import { runResourcePolicy } from "./harness";
import { resource, T } from "./stacks";

interface PeerCase {
  readonly tool: string;
  readonly check: string;
  readonly iac: string;
  readonly test?: string;
  readonly attributes: Record<string, unknown> | null;
  readonly expected: "pass" | "fail" | "skip";
  readonly metadata_suppressed?: boolean;
}

const file = JSON.parse(fs.readFileSync(path.join(__dirname, "../fixtures/policy/checkov_cases.json"), "utf8")) as {
  _notes: { tf_to_pulumi: Record<string, string> };
  cases: PeerCase[];
};

const POLICY_FOR_CHECK: Record<string, ResourceValidationPolicy | undefined> = {
  CKV_AWS_67: cloudtrailMultiRegion,
  MULTI_REGION_CLOUD_TRAIL_ENABLED: cloudtrailMultiRegion,
  "AVD-AWS-0014": cloudtrailMultiRegion,
  CKV_AWS_36: cloudtrailLogFileValidation,
  CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED: cloudtrailLogFileValidation,
  "AVD-AWS-0016": cloudtrailLogFileValidation,
  CKV_AWS_35: cloudtrailKmsEncryption,
  CLOUD_TRAIL_ENCRYPTION_ENABLED: cloudtrailKmsEncryption,
  "AVD-AWS-0015": cloudtrailKmsEncryption,
  CKV2_AWS_10: cloudtrailCloudWatchLogs,
  CLOUD_TRAIL_CLOUD_WATCH_LOGS_ENABLED: cloudtrailCloudWatchLogs,
  "AVD-AWS-0162": cloudtrailCloudWatchLogs,
  // CKV_AWS_252 (trail publishes to an SNS topic): deliberately no policy, see below.
};

const NO_ROLE =
  "the trail names a log group but no cloudWatchLogsRoleArn: CloudTrail rejects that combination at deploy time (it needs the role to write), so the pack fails it at preview; the peer tools look at the log group ARN only";
const NO_SNS =
  "the pack has no 'trail must notify an SNS topic' policy: CloudTrail's per-file delivery notifications are noise, not alerts; alerting goes through metric filters and alarms instead";

/** Case index -> why the pack's verdict differs from the tool's. */
const DELIBERATE_DIFFERENCES: Record<number, string> = {
  7: NO_SNS,
  8: NO_SNS,
  9: NO_ROLE,
  38: NO_ROLE,
  59: NO_ROLE,
  61: NO_ROLE,
  63: NO_ROLE,
};

/** CloudFormation intrinsics resolve to a concrete value once deployed; any non-empty string stands in. */
function pulumiInputs(attributes: Record<string, unknown>, map: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attributes)) {
    const name = map[key] ?? key.charAt(0).toLowerCase() + key.slice(1);
    out[name] = typeof value === "object" && value !== null ? `resolved-${JSON.stringify(value).length}` : value;
  }
  return out;
}

function packVerdict(c: PeerCase): "pass" | "fail" | "skip" | "n/a" {
  const policy = POLICY_FOR_CHECK[c.check];
  if (!policy) return "n/a";
  // No trail in the template: the policy has nothing to check.
  if (c.attributes === null) return "skip";
  const trail = resource(T.trail, "peer", pulumiInputs(c.attributes, file._notes.tf_to_pulumi));
  // cfn-guard's Metadata suppression = listing the trail in `exemptTrails` (multi-region) or
  // setting the policy to "disabled" in --policy-pack-config (the gRPC test proves disabled policies do not run).
  if (c.metadata_suppressed) {
    if (policy === cloudtrailMultiRegion)
      return runResourcePolicy(policy, trail, { exemptTrails: ["peer"] }).length === 0 ? "skip" : "fail";
    return "skip";
  }
  const messages = runResourcePolicy(policy, trail);
  return messages.length === 0 ? "pass" : "fail";
}

describe("peer cases (Checkov, cfn-guard, Trivy)", () => {
  it("covers all 65 cases", () => assert.strictEqual(file.cases.length, 65));

  file.cases.forEach((c, i) => {
    const title = `#${i} ${c.tool} ${c.check} ${c.iac} ${c.test ?? ""}`.trim();
    const difference = DELIBERATE_DIFFERENCES[i];
    if (difference) {
      it(`${title}: differs deliberately (${c.expected} there): ${difference}`, () => {
        assert.notStrictEqual(packVerdict(c), c.expected);
      });
    } else {
      it(`${title}: ${c.expected}`, () => assert.strictEqual(packVerdict(c), c.expected));
    }
  });
});
