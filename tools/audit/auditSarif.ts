/**
 * `audit --format sarif`: the violations as a SARIF 2.1.0 log, the format Checkov, Trivy and tfsec
 * write for GitHub code scanning (OASIS SARIF v2.1.0, errata 01; what GitHub reads:
 * https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning).
 *
 * - One rule per policy of the pack, from the pack's own metadata (GetAnalyzerInfo): its
 *   description, its remediation steps as the help text, its documentation page, its default level
 *   and GitHub's `security-severity` from its severity.
 * - One result per violation: the policy's id, `error` for a mandatory violation and `warning` for
 *   an advisory one, the message, and two locations: the audited file (GitHub rejects a result
 *   without a file in the repository, so the path is the one given, relative to where audit ran)
 *   and the resource's URN as a logical location. A violation has no line: `startLine` 1 names the
 *   file (GitHub shows a result only with a region).
 * - `partialFingerprints` from the policy and the URN, so an alert stays one alert across runs.
 */
import { createHash } from "crypto";
import * as path from "path";
import { AnalyzerInfo, EnforcementLevel, PolicyInfo, PolicySeverity } from "@pulumi/pulumi/proto/analyzer_pb";
import { fromCaller } from "../lib/callerPath";
import type { StackViolations } from "./auditReport";

export const SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

type SarifLevel = "error" | "warning" | "note" | "none";

/** GitHub's ranges: critical over 9.0, high 7.0-8.9, medium 4.0-6.9, low up to 3.9. */
const SECURITY_SEVERITY: Readonly<Partial<Record<PolicySeverity, string>>> = {
  [PolicySeverity.POLICY_SEVERITY_CRITICAL]: "9.5",
  [PolicySeverity.POLICY_SEVERITY_HIGH]: "8.0",
  [PolicySeverity.POLICY_SEVERITY_MEDIUM]: "5.5",
  [PolicySeverity.POLICY_SEVERITY_LOW]: "3.0",
};

const DEFAULT_LEVEL: Readonly<Record<EnforcementLevel, SarifLevel>> = {
  [EnforcementLevel.ADVISORY]: "warning",
  [EnforcementLevel.MANDATORY]: "error",
  [EnforcementLevel.REMEDIATE]: "error",
  [EnforcementLevel.DISABLED]: "none",
};

function rule(policy: PolicyInfo): Record<string, unknown> {
  const steps = policy.getRemediationSteps() || policy.getDescription();
  const url = policy.getUrl();
  const severity = SECURITY_SEVERITY[policy.getSeverity()];
  return {
    id: policy.getName(),
    shortDescription: { text: policy.getDisplayname() || policy.getName() },
    fullDescription: { text: policy.getDescription() },
    help: { text: steps, markdown: [steps, ...(url ? [`[${url}](${url})`] : [])].join("\n\n") },
    ...(url ? { helpUri: url } : {}),
    defaultConfiguration: { level: DEFAULT_LEVEL[policy.getEnforcementlevel()] },
    properties: { tags: ["security"], ...(severity ? { "security-severity": severity } : {}) },
  };
}

/** A path in the repository as code scanning wants it: relative, `/`-separated, each segment encoded. */
function repositoryPath(file: string): string {
  return file
    .split(/[\\/]/)
    .filter((segment) => segment !== "" && segment !== ".")
    .map(encodeURIComponent)
    .join("/");
}

/** The audited file, relative to where audit ran (the repository's root, in CI). */
function artifactUri(file: string): string {
  return repositoryPath(path.relative(fromCaller("."), fromCaller(file)));
}

function fingerprint(policy: string, urn: string): string {
  return createHash("sha256").update(`${policy}\u0000${urn}`).digest("hex");
}

/**
 * The SARIF log of an audit, pretty-printed; stable for the same results. `location`, when given,
 * is the repository file every result points at instead of the audited file (a preview written
 * outside the repository: the stack's Pulumi.yaml), taken as the path in the repository it names.
 */
export function sarifReport(results: readonly StackViolations[], info: AnalyzerInfo, location?: string): string {
  const policies = info.getPoliciesList();
  const index = new Map(policies.map((p, i) => [p.getName(), i]));
  const sarifResults = results.flatMap((stack) =>
    stack.violations.map((v) => ({
      ruleId: v.policy,
      ...(index.has(v.policy) ? { ruleIndex: index.get(v.policy) } : {}),
      level: v.enforcementLevel === "advisory" ? "warning" : "error",
      message: { text: v.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: location === undefined ? artifactUri(stack.file) : repositoryPath(location) },
            region: { startLine: 1 },
          },
          logicalLocations: [v.urn ? { fullyQualifiedName: v.urn, kind: "resource" } : { fullyQualifiedName: stack.stack, kind: "module" }],
        },
      ],
      partialFingerprints: { "auditPolicyUrn/v1": fingerprint(v.policy, v.urn || stack.stack) },
    })),
  );
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: info.getName(),
            version: info.getVersion(),
            informationUri: "https://www.pulumi.com/docs/iac/using-pulumi/crossguard/",
            rules: policies.map(rule),
          },
        },
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
