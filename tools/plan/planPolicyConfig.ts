/**
 * The policy pack config `plan` runs the pack with: the user's `--policy-config` file, if any,
 * with the exemptions the stack's own resources need merged in. Today those are the residency
 * trails' (README, Logging coverage): single-region on purpose, they would fail three trail
 * policies. The exemptions come from `residencyPolicyConfig` over the settings the program
 * resolves from the same stack config, so plan, its written file and `pulumi preview` agree.
 */
import { parseStackConfig } from "../../config";
import { residencyPolicyConfig } from "../../settings/coverage";
import { StackExemptions } from "../lib/policyConfig";

export { mergePolicyConfig } from "../lib/policyConfig";
export type { StackExemptions };

/** The exemptions the stack's own resources need, from the config the program ran with (`BuiltPlan.config`). */
export function stackExemptions(project: string, config: Readonly<Record<string, string>>): StackExemptions {
  // The program accepts the same config (plan built it first), or --policy-config-only reports a
  // bad value, an unknown key or namespace as the program would.
  const settings = parseStackConfig(project, config);
  return residencyPolicyConfig(settings.trailName, { residencyTrails: settings.residencyTrails ?? [] });
}

/** The one line `plan` prints about the exemptions it added; undefined when there are none. */
export function exemptionLine(own: StackExemptions): string | undefined {
  const policies = Object.keys(own);
  if (policies.length === 0) return undefined;
  const trails = [...new Set(Object.values(own).flatMap((entry) => entry.exemptTrails))];
  return `Policy pack config: the stack's residency trails (${trails.join(", ")}) are exempt from ${policies.join(", ")} (residencyTrails; --write-policy-config writes this config for pulumi preview).`;
}
