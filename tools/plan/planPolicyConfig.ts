/**
 * The policy pack config `plan` runs the pack with: the user's `--policy-config` file, if any,
 * with the exemptions the stack's own resources need merged in. Today those are the residency
 * trails' (README, Logging coverage): single-region on purpose, they would fail three trail
 * policies. The exemptions come from `residencyPolicyConfig` over the settings the program
 * resolves from the same stack config, so plan, its written file and `pulumi preview` agree.
 */
import { parseStackConfig } from "../../config";
import { residencyPolicyConfig } from "../../settings/coverage";
import { PolicyPackConfig } from "../lib/packClient";

/** Policy name → the trails it must not judge. */
export type StackExemptions = Readonly<Record<string, { readonly exemptTrails: readonly string[] }>>;

/** The exemptions the stack's own resources need, from the config the program ran with (`BuiltPlan.config`). */
export function stackExemptions(project: string, config: Readonly<Record<string, string>>): StackExemptions {
  // The program accepts the same config (plan built it first), or --policy-config-only reports a
  // bad value, an unknown key or namespace as the program would.
  const settings = parseStackConfig(project, config);
  return residencyPolicyConfig(settings.trailName, { residencyTrails: settings.residencyTrails ?? [] });
}

/**
 * `user` with `own` merged in: each exempting policy's `exemptTrails` is the union of the user's
 * (first, in their order) and the stack's; the user's enforcementLevel and other settings for it
 * stay. Every other entry is the user's, unchanged.
 */
export function mergePolicyConfig(user: PolicyPackConfig, own: StackExemptions): PolicyPackConfig {
  const merged: Record<string, PolicyPackConfig[string]> = { ...user };
  for (const [policy, { exemptTrails }] of Object.entries(own)) {
    const given = user[policy];
    const settings: Readonly<Record<string, unknown>> =
      given === undefined ? {} : typeof given === "string" ? { enforcementLevel: given } : given;
    const theirs: unknown[] = Array.isArray(settings.exemptTrails) ? settings.exemptTrails : [];
    merged[policy] = { ...settings, exemptTrails: [...new Set([...theirs, ...exemptTrails])] };
  }
  return merged;
}

/** The one line `plan` prints about the exemptions it added; undefined when there are none. */
export function exemptionLine(own: StackExemptions): string | undefined {
  const policies = Object.keys(own);
  if (policies.length === 0) return undefined;
  const trails = [...new Set(Object.values(own).flatMap((entry) => entry.exemptTrails))];
  return `Policy pack config: the stack's residency trails (${trails.join(", ")}) are exempt from ${policies.join(", ")} (residencyTrails; --write-policy-config writes this config for pulumi preview).`;
}
