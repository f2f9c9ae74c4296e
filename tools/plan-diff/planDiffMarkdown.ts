/**
 * Renders a PlanDiff and the policy verdict as a GitHub PR comment: a summary line first, then
 * warnings, the pack's verdict, alarms, changed inputs, and the added/removed resources.
 * Byte-identical for the same inputs (no timestamps, everything sorted upstream).
 */
import { Plan } from "../lib/planTypes";
import { StackExemptions } from "../lib/policyConfig";
import { AlarmRef, InputChange, PlanDiff, ResourceChange, ResourceRef, diffPlans } from "./planDiff";
import { planExemptions } from "./planDiffExemptions";
import { PolicyVerdict } from "./planDiffVerdict";
import { MASK } from "./planDiffSecrets";
import { describeTextChange } from "./planDiffText";
import { stableStringify } from "../lib/planTypes";

/** First line of every comment: the workflow finds and updates its own comment (one per stack) by it. */
export function commentMarker(project: string, stack: string): string {
  return `<!-- plan-diff ${project}/${stack} -->`;
}

/** Longer lists fold into <details>: a first deploy plans 170 resources. */
const FOLD_AFTER = 10;
/** Longest value shown inline; longer ones are cut with an ellipsis. */
const MAX_VALUE_CHARS = 120;
/** Longest edit of a long string shown inline (`…a [-b-] c…`): its context is cut before its words. */
const MAX_EDIT_CHARS = 240;
/** More changes than this of one kind at one list (`metricQueries[].id`) read as one line. */
const COLLAPSE_OVER = 3;

/** The Markdown comment for base → head with the pack's verdict on head. */
export function renderDiff(base: Plan, head: Plan, verdict: PolicyVerdict): string {
  return renderMarkdown(diffPlans(base, head), verdict, planExemptions(head));
}

/** The machine-readable form (`--json`): the PlanDiff plus the verdict, keys sorted. */
export function renderDiffJson(base: Plan, head: Plan, verdict: PolicyVerdict): string {
  return `${stableStringify({ ...diffPlans(base, head), policy: verdict })}\n`;
}

export function renderMarkdown(diff: PlanDiff, verdict: PolicyVerdict, exemptions: StackExemptions = {}): string {
  const lines: string[] = [
    commentMarker(diff.head.project, diff.head.stack),
    `### Plan diff: \`${diff.head.project}/${diff.head.stack}\``,
    "",
  ];
  if (diff.base.project !== diff.head.project || diff.base.stack !== diff.head.stack) {
    lines.push(`Base plan: \`${diff.base.project}/${diff.base.stack}\`.`, "");
  }
  lines.push(`**${summaryLine(diff)}** · policy pack: ${verdictHeadline(verdict)}`, "");

  if (diff.warnings.length > 0) {
    lines.push("> [!WARNING]");
    for (const w of diff.warnings) lines.push(`> - ${w.critical ? "**⚠️** " : ""}${w.message}`);
    lines.push("");
  }

  lines.push(...policySection(verdict, exemptions));
  lines.push(...alarmSection(diff.alarms));

  if (diff.changed.length > 0) {
    lines.push(`#### Changed (${diff.changed.length})`, "");
    for (const group of groupChanges(diff.changed)) {
      const [first] = group.resources;
      const replace = first.replace ? "**replace** " : "";
      if (group.resources.length === 1) {
        lines.push(`- ${replace}${resourceLabel(first)}`);
      } else {
        const names = group.resources.map((r) => `\`${r.name}\``);
        const list = names.length > FOLD_AFTER ? `<details><summary>names</summary>${names.join(", ")}</details>` : names.join(", ");
        lines.push(`- ${replace}${group.resources.length} × ${first.type}, the same change: ${list}`);
      }
      lines.push(...group.lines.map((line) => `  - ${line}`));
    }
    lines.push("");
  }
  for (const [title, refs] of [
    ["Added", diff.added],
    ["Removed", diff.removed],
  ] as const) {
    if (refs.length === 0) continue;
    lines.push(`#### ${title} (${refs.length})`, "");
    lines.push(
      ...fold(
        refs.map((r) => `- ${resourceLabel(r)}`),
        refs.length,
        `${title.toLowerCase()} resources`,
      ),
      "",
    );
  }
  if (diff.moved.length > 0) {
    lines.push(
      `#### Kept under a new URN (${diff.moved.length})`,
      "",
      "Their `aliases` carry them over: Pulumi neither deletes nor re-creates them.",
      "",
    );
    lines.push(
      ...fold(
        diff.moved.map((m) => `- \`${m.name}\` (${m.type})`),
        diff.moved.length,
        "resources kept under a new URN",
      ),
      "",
    );
  }
  lines.push("<sub>Credential-free plan (`npm run plan`), not a `pulumi preview`: it compares inputs, not live state.</sub>");
  return `${lines.join("\n")}\n`;
}

export function summaryLine(diff: PlanDiff): string {
  const s = diff.summary;
  if (s.add + s.remove + s.change + s.replace === 0) return "No changes";
  return `${s.add} to add, ${s.remove} to remove, ${s.change} to change, ${s.replace} ${s.replace === 1 ? "replacement" : "replacements"}`;
}

function verdictHeadline(verdict: PolicyVerdict): string {
  const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? "" : "s"}`;
  const mandatory = verdict.violations.filter((v) => v.enforcementLevel !== "advisory").length;
  switch (verdict.status) {
    case "passed":
      return "✅ passed";
    case "advisory":
      return `⚠️ passed with ${count(verdict.violations.length, "advisory violation")}`;
    case "failed":
      return `❌ failed, ${count(mandatory, "mandatory violation")}`;
    case "not-run":
      return "not run";
  }
}

function policySection(verdict: PolicyVerdict, exemptions: StackExemptions): string[] {
  const lines = ["#### Policy pack on the head plan", ""];
  if (verdict.status === "not-run") return [...lines, `Not run: ${verdict.reason ?? "no reason given"}.`, ""];
  const trails = [...new Set(Object.values(exemptions).flatMap((e) => e.exemptTrails))];
  if (trails.length > 0) {
    lines.push(
      `Residency trails ${trails.map((t) => `\`${t}\``).join(", ")} exempt from ${Object.keys(exemptions)
        .map((p) => `\`${p}\``)
        .join(", ")}, as \`plan\` exempts them.`,
      "",
    );
  }
  if (verdict.violations.length === 0) return [...lines, "No violations.", ""];
  lines.push("| Policy | Level | Resource | Message |", "| --- | --- | --- | --- |");
  for (const v of verdict.violations) {
    lines.push(`| \`${v.policy}\` | ${v.enforcementLevel} | ${v.urn ? `\`${urnName(v.urn)}\`` : "stack"} | ${cell(v.message)} |`);
  }
  return [...lines, ""];
}

function alarmSection(alarms: PlanDiff["alarms"]): string[] {
  if (alarms.added.length + alarms.removed.length === 0) return [];
  const line = (sign: string, a: AlarmRef): string =>
    `- ${sign} \`${a.id}\` ${a.catalogued ? `(catalogue: ${a.title ?? a.id})` : "(custom)"}${a.regions.length ? ` in ${a.regions.join(", ")}` : ""}`;
  return ["#### Alarms", "", ...alarms.added.map((a) => line("➕ added", a)), ...alarms.removed.map((a) => line("➖ removed", a)), ""];
}

interface ChangeGroup {
  readonly resources: ResourceChange[];
  readonly lines: readonly string[];
}

/**
 * Resources of one type with the very same changes read as one entry ("48 × EventRule, the
 * same change: ..."), so a change to one log group is not lost among 48 identical rule edits.
 * Replacements first, then in URN order of each group's first resource.
 */
function groupChanges(changed: readonly ResourceChange[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const c of changed) {
    const lines = changeLines(c.changes);
    const key = JSON.stringify([c.type, c.replace, lines]);
    const group = groups.get(key) ?? { resources: [], lines };
    group.resources.push(c);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => Number(b.resources[0].replace) - Number(a.resources[0].replace));
}

function resourceLabel(r: ResourceRef): string {
  return `\`${r.name}\` ${r.type}${r.region ? ` [${r.region}]` : ""}`;
}

/** The path of a change with its last list index left out: the list a run of like changes is in. */
function listTemplate(path: string): string | undefined {
  const last = path.lastIndexOf("[");
  if (last < 0 || !/^\[\d+\]/.test(path.slice(last))) return undefined;
  return `${path.slice(0, last)}[]${path.slice(path.indexOf("]", last) + 1)}`;
}

function changeKind(change: InputChange): "removed" | "inserted" | "changed" {
  const element = change.path.endsWith("]");
  if (element && !("after" in change)) return "removed";
  if (element && !("before" in change)) return "inserted";
  return "changed";
}

/**
 * A resource's changes, one line each, except that more than COLLAPSE_OVER changes of one kind at
 * one list (ids renumbered after an element left it) read as one line with the first of them.
 */
function changeLines(changes: readonly InputChange[]): string[] {
  const keyOf = (change: InputChange): string => {
    const template = listTemplate(change.path);
    return template === undefined ? `path:${change.path}` : `${changeKind(change)}:${template}`;
  };
  const runs = new Map<string, InputChange[]>();
  for (const change of changes) runs.set(keyOf(change), [...(runs.get(keyOf(change)) ?? []), change]);
  // In reading order; a collapsed run stands where its first change would.
  return changes.flatMap((change) => {
    const run = runs.get(keyOf(change))!;
    if (run.length <= COLLAPSE_OVER) return [changeLine(change)];
    if (run[0] !== change) return [];
    return [`${code(listTemplate(change.path), false)}: ${run.length} elements ${changeKind(change)}, the first: ${changeLine(change)}`];
  });
}

function changeLine(change: InputChange): string {
  const path = code(change.path, false);
  if (change.masked) {
    const show = (present: boolean): string => (present ? code(MASK, false) : "_(absent)_");
    return `${path}: ${show("before" in change)} → ${show("after" in change)} _(secret, value not shown)_`;
  }
  const kind = changeKind(change);
  if (kind === "removed") return `${path}: removed ${code(change.before)}`;
  if (kind === "inserted") return `${path}: inserted ${code(change.after)}`;
  const { before, after } = change;
  if (typeof before === "string" && typeof after === "string" && Math.max(before.length, after.length) > MAX_VALUE_CHARS) {
    const edits = describeTextChange(before, after);
    if (edits) return `${path}: ${edits.map((edit) => code(edit, false, MAX_EDIT_CHARS)).join(" · ")}`;
  }
  const show = (present: boolean, value: unknown): string => (present ? code(value) : "_(absent)_");
  return `${path}: ${show("before" in change, before)} → ${show("after" in change, after)}`;
}

/** Inline code that survives backticks in the value, cut to MAX_VALUE_CHARS. */
function code(value: unknown, asJson = true, max = MAX_VALUE_CHARS): string {
  let text = asJson ? (JSON.stringify(value) ?? "undefined") : String(value);
  if (text.length > max) text = `${text.slice(0, max - 1)}…`;
  const fence = text.includes("`") ? "``" : "`";
  const pad = fence.length > 1 || text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
}

function urnName(urn: string): string {
  return urn.split("::").pop() ?? urn;
}

function fold(body: string[], count: number, what: string): string[] {
  if (count <= FOLD_AFTER) return body;
  return [`<details><summary>${count} ${what}</summary>`, "", ...body, "", "</details>"];
}
