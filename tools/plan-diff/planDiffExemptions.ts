/**
 * The exemptions a plan's own residency trails need, derived from the plan itself: a plan records
 * no settings, but the baseline tags each residency trail with its Region (`RESIDENCY_TAG`) and
 * names it `<trailName>-residency-<region>` (settings/names.ts), so `plan-diff` exempts exactly the
 * trails `plan --write-policy-config` would, and an unchanged residency stack passes without a
 * `--policy-config` file. A single-region trail the baseline did not create this way is judged.
 */
import { RESIDENCY_TAG } from "../../settings/alerts";
import { residencyExemptions } from "../../settings/coverage";
import { Plan } from "../lib/planTypes";
import { StackExemptions } from "../lib/policyConfig";
import { TRAIL } from "./planDiffReplacement";

export function planExemptions(plan: Plan): StackExemptions {
  const trails = plan.resources.flatMap((r) => {
    if (r.type !== TRAIL) return [];
    const tags = r.inputs.tags;
    const region = typeof tags === "object" && tags !== null ? (tags as Record<string, unknown>)[RESIDENCY_TAG] : undefined;
    const name = r.inputs.name;
    return typeof region === "string" && typeof name === "string" && name.endsWith(`-residency-${region}`) ? [name] : [];
  });
  return residencyExemptions([...new Set(trails)].sort());
}
