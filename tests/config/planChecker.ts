/**
 * Holds a plan to the AWS provider's plan-time validators and AWS's documented limits
 * (lib/providerRules.ts), value by value, and to AWS's per-account quotas (lib/awsLimits.ts).
 * Generic over the plan, so it also holds components changed elsewhere to the same rules, and
 * it reports every planned (type, path) that has no rule: a new resource or input cannot pass
 * until its rules are written down.
 */
import { PlanResource } from "../../tools/lib/planTypes";
import {
  CLOUDTRAIL_ADVANCED_SELECTOR_VALUES,
  CLOUDTRAIL_TRAILS_PER_REGION,
  EVENTBRIDGE_RULES_PER_BUS,
  EVENTBRIDGE_TARGETS_PER_RULE,
  EVENTBRIDGE_WILDCARD_RULES_PER_BUS,
  IAM_ROLE_INLINE_POLICIES_TOTAL,
  LOGS_QUERY_DEFINITIONS_PER_REGION,
  METRIC_FILTERS_PER_LOG_GROUP,
  AwsLimit,
  quotaIn,
} from "../../lib/awsLimits";
import { PROVIDER_RULES, PropertyRule, ResourceRules, isSet, ruleFor, valueProblems } from "../../lib/providerRules";
import { partitionOf } from "../../lib/regions";

export interface PlanRuleReport {
  /** Values a rule rejects, one line each: resource, path, what is wrong. */
  readonly problems: string[];
  /** Planned `type path` pairs without a rule. */
  readonly unruled: string[];
}

const isAsset = (value: object): boolean => "__pulumiArchive" in value || "__pulumiAsset" in value;

/** Whether a rule exists below `path` (then an object there is a block, not a map leaf). */
function hasRulesBelow(rules: ResourceRules | undefined, path: string): boolean {
  return rules !== undefined && Object.keys(rules.properties).some((p) => p.startsWith(`${path}.`) || p.startsWith(`${path}[]`));
}

/** The list-level checks (MinItems/MaxItems) of the rule at `path`, held to the list. */
function listProblems(rule: PropertyRule | undefined, list: readonly unknown[]): string[] {
  return (rule?.provider ?? []).filter((c) => c.scope === "list").flatMap((c) => c.problem(list) ?? []);
}

/** Every leaf of one resource's inputs, held to its rules. */
function resourceProblems(r: PlanResource, report: PlanRuleReport, partition: string | undefined): void {
  const rules = PROVIDER_RULES[r.type];
  if (!rules) {
    report.unruled.push(`${r.type} (no rules for the type)`);
    return;
  }
  const where = `${r.name} (${r.type})`;
  const walk = (value: unknown, path: string): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      for (const rule of [ruleFor(r.type, path), ruleFor(r.type, `${path}[]`)]) {
        for (const problem of listProblems(rule, value)) report.problems.push(`${where} ${path}: provider: ${problem}`);
      }
      value.forEach((item) => walk(item, `${path}[]`));
      return;
    }
    const leaf = typeof value !== "object" || isAsset(value) || (ruleFor(r.type, path) !== undefined && !hasRulesBelow(rules, path));
    if (!leaf) {
      for (const [key, item] of Object.entries(value)) walk(item, path === "" ? key : `${path}.${key}`);
      return;
    }
    if (!ruleFor(r.type, path)) {
      report.unruled.push(`${r.type} ${path}`);
      return;
    }
    for (const problem of valueProblems(r.type, path, value)) report.problems.push(`${where} ${path}: ${problem}`);
  };
  walk(r.inputs, "");

  // A per-resource Region must be in the provider's partition (the provider's region interceptor).
  if (partition !== undefined && typeof r.inputs.region === "string" && partitionOf(r.inputs.region) !== partition) {
    report.problems.push(`${where} region: ${r.inputs.region} is not in the provider's partition ${partition}`);
  }
  for (const check of rules.planChecks ?? []) {
    const problem = check.problem(r.inputs);
    if (problem) report.problems.push(`${where}: provider (line ${check.line}): ${problem}`);
  }
  relationProblems(r, rules, where, report.problems);
}

/** The schema's ConflictsWith / ExactlyOneOf / AtLeastOneOf / RequiredWith, on the planned inputs. */
function relationProblems(r: PlanResource, rules: ResourceRules, where: string, problems: string[]): void {
  const pathOfTf = new Map(Object.entries(rules.properties).map(([path, rule]) => [rule.tf, path]));
  const valueAt = (path: string): unknown =>
    path.split(".").reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], r.inputs);
  // Relations inside list blocks ([]) are left to the list's own entries.
  const present = (tf: string): boolean => {
    const path = pathOfTf.get(tf.replace(/\.0\./g, "."));
    return path !== undefined && !path.includes("[]") && valueAt(path) !== undefined && valueAt(path) !== null;
  };
  for (const [path, rule] of Object.entries(rules.properties)) {
    if (path.includes("[]") || !rule.relations) continue;
    // A relation inside an optional block holds only when the block is there.
    const block = path.includes(".") ? path.slice(0, path.lastIndexOf(".")) : undefined;
    if (block !== undefined && (valueAt(block) === undefined || valueAt(block) === null)) continue;
    const self = present(rule.tf);
    const { conflictsWith = [], exactlyOneOf = [], atLeastOneOf = [], requiredWith = [] } = rule.relations;
    // Relations among a block's children, written on the block, hold only when the block is set.
    const children = [...exactlyOneOf, ...atLeastOneOf];
    if (!self && children.length > 0 && children.every((tf) => tf.startsWith(`${rule.tf}.`))) continue;
    if (self) for (const other of conflictsWith.filter(present)) problems.push(`${where} ${path}: conflicts with ${other}`);
    if (exactlyOneOf.length > 0 && exactlyOneOf.filter(present).length !== 1) {
      problems.push(`${where} ${path}: exactly one of ${exactlyOneOf.join(", ")} must be set`);
    }
    if (atLeastOneOf.length > 0 && !atLeastOneOf.some(present))
      problems.push(`${where} ${path}: one of ${atLeastOneOf.join(", ")} must be set`);
    if (self) for (const other of requiredWith.filter((tf) => !present(tf))) problems.push(`${where} ${path}: requires ${other}`);
  }
}

function countOver(
  counts: Map<string, number>,
  limit: AwsLimit,
  what: string,
  problems: string[],
  regionOf?: (key: string) => string,
): void {
  for (const [where, count] of counts) {
    const max = regionOf ? quotaIn(limit, regionOf(where)) : limit.value;
    if (count > max) problems.push(`${count} ${what} in ${where}; at most ${max} (${limit.source})`);
  }
}

/** The per-account quotas a plan can reach, counted over all its resources. */
function quotaProblems(resources: readonly PlanResource[], homeRegion: string | undefined): string[] {
  const problems: string[] = [];
  const rulesPerRegion = new Map<string, number>();
  const wildcardRulesPerRegion = new Map<string, number>();
  const targetsPerRule = new Map<string, number>();
  const filtersPerLogGroup = new Map<string, number>();
  const queriesPerRegion = new Map<string, number>();
  const trailsPerRegion = new Map<string, number>();
  const inlinePolicyCharacters = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);
  const regions = new Set(resources.map((r) => r.inputs.region).filter((v): v is string => typeof v === "string"));

  for (const r of resources) {
    const region = typeof r.inputs.region === "string" ? r.inputs.region : (homeRegion ?? "(provider region)");
    switch (r.type) {
      case "aws:cloudwatch/eventRule:EventRule":
        bump(rulesPerRegion, region);
        if (typeof r.inputs.eventPattern === "string" && r.inputs.eventPattern.includes('"wildcard"')) bump(wildcardRulesPerRegion, region);
        break;
      case "aws:cloudwatch/eventTarget:EventTarget":
        bump(targetsPerRule, `rule ${String(r.inputs.rule)} (${region})`);
        break;
      case "aws:cloudwatch/logMetricFilter:LogMetricFilter":
        bump(filtersPerLogGroup, `log group ${String(r.inputs.logGroupName)} (${region})`);
        break;
      case "aws:cloudwatch/queryDefinition:QueryDefinition":
        bump(queriesPerRegion, region);
        break;
      case "aws:cloudtrail/trail:Trail": {
        // A multi-Region trail has a shadow in every Region, so it counts in each one planned.
        for (const where of r.inputs.isMultiRegionTrail === true ? regions : [region]) bump(trailsPerRegion, where);
        const selectors = Array.isArray(r.inputs.advancedEventSelectors) ? r.inputs.advancedEventSelectors : [];
        const values = selectors
          .flatMap((s) =>
            isSet((s as { fieldSelectors?: unknown }).fieldSelectors) ? (s as { fieldSelectors: unknown[] }).fieldSelectors : [],
          )
          .flatMap((f) => Object.values(f as Record<string, unknown>).filter(Array.isArray))
          .reduce((sum, list) => sum + list.length, 0);
        if (values > CLOUDTRAIL_ADVANCED_SELECTOR_VALUES.value) {
          problems.push(
            `${r.name}: ${values} advanced event selector values; at most ${CLOUDTRAIL_ADVANCED_SELECTOR_VALUES.value} (${CLOUDTRAIL_ADVANCED_SELECTOR_VALUES.source})`,
          );
        }
        break;
      }
      case "aws:iam/rolePolicy:RolePolicy":
        if (typeof r.inputs.policy === "string")
          bump(inlinePolicyCharacters, `role ${String(r.inputs.role)}`, r.inputs.policy.replace(/\s+/g, "").length);
        break;
    }
  }
  const regionIn = (key: string) => key;
  countOver(rulesPerRegion, EVENTBRIDGE_RULES_PER_BUS, "EventBridge rules on the default bus", problems, regionIn);
  countOver(
    wildcardRulesPerRegion,
    EVENTBRIDGE_WILDCARD_RULES_PER_BUS,
    "EventBridge rules with wildcard filters on the default bus",
    problems,
  );
  countOver(targetsPerRule, EVENTBRIDGE_TARGETS_PER_RULE, "targets", problems);
  countOver(filtersPerLogGroup, METRIC_FILTERS_PER_LOG_GROUP, "metric filters", problems);
  countOver(queriesPerRegion, LOGS_QUERY_DEFINITIONS_PER_REGION, "Logs Insights query definitions", problems);
  countOver(trailsPerRegion, CLOUDTRAIL_TRAILS_PER_REGION, "trails", problems);
  countOver(inlinePolicyCharacters, IAM_ROLE_INLINE_POLICIES_TOTAL, "characters of inline policies", problems);
  return problems;
}

/**
 * Every value of the plan held to the provider's and AWS's rules, every quota counted, and
 * every planned (type, path) without a rule listed. `homeRegion` places resources without a
 * `region` input and names the provider's partition.
 */
export function planRuleReport(resources: readonly PlanResource[], homeRegion?: string): PlanRuleReport {
  const report: PlanRuleReport = { problems: [], unruled: [] };
  const partition = homeRegion === undefined ? undefined : partitionOf(homeRegion);
  for (const r of resources) if (r.type.startsWith("aws:")) resourceProblems(r, report, partition);
  report.problems.push(...quotaProblems(resources, homeRegion));
  return { problems: report.problems, unruled: [...new Set(report.unruled)].sort() };
}

/** The problems alone (what earlier tests asserted empty). */
export function planLimitProblems(resources: readonly PlanResource[], homeRegion?: string): string[] {
  return planRuleReport(resources, homeRegion).problems;
}
