/** Reads a plan JSON file and checks it against the contract, naming the file and key that is wrong. */
import { Plan } from "../lib/planTypes";
import { readTextFile } from "../lib/textFile";

export class PlanFileError extends Error {}

export function readPlanFile(file: string): Plan {
  // UTF-8 with or without a byte-order mark, or UTF-16 with one (what PowerShell's `>` writes), as audit reads.
  const text = readTextFile(file, (problem) => new PlanFileError(`${file}: ${problem}`));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new PlanFileError(
      `${file}: not JSON (${(err as Error).message}). Create it with \`npm run -s plan -- --stack <name> --json > ${file}\`.`,
    );
  }
  return checkPlan(value, file);
}

export function checkPlan(value: unknown, file: string): Plan {
  const fail = (what: string): never => {
    throw new PlanFileError(`${file}: ${what} (expected the output of \`npm run -s plan -- --stack <name> --json\`)`);
  };
  if (!isRecord(value)) return fail("not a JSON object");
  for (const key of ["project", "stack"]) if (typeof value[key] !== "string") fail(`"${key}" must be a string`);
  if (!Array.isArray(value.resources)) return fail(`"resources" must be an array`);
  const seen = new Set<string>();
  value.resources.forEach((resource: unknown, i: number) => {
    const at = `resources[${i}]`;
    if (!isRecord(resource)) return fail(`${at} must be an object`);
    for (const key of ["urn", "type", "name"]) if (typeof resource[key] !== "string") fail(`${at}.${key} must be a string`);
    if (!isRecord(resource.inputs)) fail(`${at}.inputs must be an object`);
    if (resource.parent !== null && typeof resource.parent !== "string") fail(`${at}.parent must be a URN or null`);
    if (typeof resource.protect !== "boolean" || typeof resource.retainOnDelete !== "boolean")
      fail(`${at}.protect and .retainOnDelete must be booleans`);
    if (!Array.isArray(resource.dependsOn)) fail(`${at}.dependsOn must be an array of URNs`);
    if (resource.aliases !== undefined && (!Array.isArray(resource.aliases) || !resource.aliases.every((a) => typeof a === "string"))) {
      fail(`${at}.aliases must be an array of URNs`);
    }
    if (seen.has(resource.urn as string)) fail(`${at}.urn ${String(resource.urn)} appears twice`);
    seen.add(resource.urn as string);
  });
  return value as unknown as Plan;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
