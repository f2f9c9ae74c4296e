/**
 * docs/ci.md's sample pull-request comments: exactly what `plan-diff` prints for its own fixtures
 * (tests/fixtures/plans: real plans of this project and the real pack's verdict on each), so the
 * document cannot drift from the tool. `npm run -s generate` rewrites them after the renderer or
 * the fixtures change (tests/fixtures/plans/regenerate.sh).
 */
import * as fs from "fs";
import * as path from "path";
import type { GeneratedSection } from "./sections";
import { readPlanFile } from "../plan-diff/planDiffInput";
import { renderDiff } from "../plan-diff/planDiffMarkdown";
import { PolicyVerdict } from "../plan-diff/planDiffVerdict";

const FIXTURES = path.join(__dirname, "..", "..", "tests", "fixtures", "plans");

/** The comment for base.json → `<head>.json`, with the pack's recorded verdict on the head plan. */
export function sampleComment(head: string): string {
  const verdict = JSON.parse(fs.readFileSync(path.join(FIXTURES, `${head}.verdict.json`), "utf8")) as PolicyVerdict;
  return renderDiff(readPlanFile(path.join(FIXTURES, "base.json")), readPlanFile(path.join(FIXTURES, `${head}.json`)), verdict);
}

export const PLAN_DIFF_SAMPLE_SECTION: GeneratedSection = {
  name: "plan-diff-sample",
  source: "tests/fixtures/plans/base.json → alarm-disabled.json, rendered by tools/plan-diff",
  body: () => ["````markdown", sampleComment("alarm-disabled").trimEnd(), "````"].join("\n"),
};

/** The warning block a comment opens with when a change would replace the protected log bucket. */
export const PLAN_DIFF_WARNING_SECTION: GeneratedSection = {
  name: "plan-diff-warning-sample",
  source: "tests/fixtures/plans/base.json → bucket-replaced.json, rendered by tools/plan-diff",
  body: () => {
    const lines = sampleComment("bucket-replaced").split("\n");
    const start = lines.indexOf("> [!WARNING]");
    const end = lines.indexOf("", start);
    return ["```markdown", ...lines.slice(start, end), "```"].join("\n");
  },
};
