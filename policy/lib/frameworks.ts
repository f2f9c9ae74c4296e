/** Compliance framework references for policy metadata. */
import { PolicyComplianceFramework } from "@pulumi/policy";

/** CIS AWS Foundations Benchmark v1.4.0 numbering (README maps each to v3.0.0). */
export function cis(reference: string, specification: string): PolicyComplianceFramework {
  return { name: "CIS AWS Foundations Benchmark", version: "1.4.0", reference, specification };
}

export function securityHub(reference: string, specification: string): PolicyComplianceFramework {
  return { name: "AWS Security Hub (Foundational Security Best Practices)", version: "1.0.0", reference, specification };
}
