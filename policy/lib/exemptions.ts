/**
 * Exempted trails: region-specific trails kept for data residency (a trail that applies to one
 * Region only, with its own retention) are single-region on purpose.
 */
import { PolicyConfigSchema } from "@pulumi/policy";

export interface ExemptionConfig {
  /** Trail names, logical names or URNs; `*` matches any run of characters. */
  readonly exemptTrails?: readonly string[];
}

export const EXEMPTION_SCHEMA: PolicyConfigSchema = {
  properties: {
    exemptTrails: {
      type: "array",
      items: { type: "string", minLength: 1 },
      description:
        "Trails this policy does not apply to, by trail name, logical name or URN (`*` is a wildcard), e.g. a region-specific data-residency trail.",
      default: [],
    },
  },
};

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${escaped}$`);
}

export function isExempt(config: ExemptionConfig, candidates: readonly string[]): boolean {
  const patterns = config.exemptTrails ?? [];
  return patterns.some((p) => {
    const re = globToRegExp(p);
    return candidates.some((c) => re.test(c));
  });
}

/** Whether any pattern (`*` wildcard, matched against the whole candidate) matches any candidate. */
export function matchesAnyPattern(patterns: readonly string[], candidates: readonly string[]): boolean {
  return patterns.some((p) => {
    const re = globToRegExp(p);
    return candidates.some((c) => re.test(c));
  });
}
