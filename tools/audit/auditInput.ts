/**
 * Reads the files `audit` accepts: `pulumi stack export` (deployment resources) and
 * `pulumi preview --json` (each step's new state). Anything else is an AuditInputError that
 * names the file and says what was expected.
 */
import { InputError } from "../lib/cli";
import type { PackResource } from "../lib/packClient";
import { fromCaller } from "../lib/callerPath";
import { readTextFile } from "../lib/textFile";

/** A file audit cannot read as a stack: one line naming it, exit 2. */
export class AuditInputError extends InputError {}

export interface AuditStack {
  readonly file: string;
  /** `project/stack`, from the resources' URNs. */
  readonly stack: string;
  readonly resources: PackResource[];
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function objectOrEmpty(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}

function stringArrayRecord(value: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!isObject(value)) return out;
  for (const [key, urns] of Object.entries(value)) {
    if (Array.isArray(urns)) out[key] = urns.filter((u): u is string => typeof u === "string");
  }
  return out;
}

function toResource(file: string, where: string, state: unknown): PackResource {
  if (!isObject(state) || typeof state.urn !== "string" || typeof state.type !== "string") {
    throw new AuditInputError(`${file}: ${where} is not a resource state (needs string "urn" and "type")`);
  }
  const name = state.urn.split("::").pop() ?? state.urn;
  return {
    urn: state.urn,
    type: state.type,
    name,
    parent: typeof state.parent === "string" ? state.parent : null,
    // As the engine: `Analyze` judges the inputs, `AnalyzeStack` the outputs (what the provider
    // read back after an update; planned, with computed values unknown, in a preview).
    inputs: objectOrEmpty(state.inputs),
    outputs: isObject(state.outputs) ? state.outputs : undefined,
    propertyDependencies: stringArrayRecord(state.propertyDependencies),
    dependencies: Array.isArray(state.dependencies) ? state.dependencies.filter((d): d is string => typeof d === "string") : [],
  };
}

function stackName(resources: readonly PackResource[], file: string): string {
  const match = resources.length > 0 ? /^urn:pulumi:([^:]+)::([^:]+)::/.exec(resources[0].urn) : null;
  return match ? `${match[2]}/${match[1]}` : file;
}

/**
 * Deployment schema versions `pulumi stack export` writes: 3, or 4 when the stack uses features
 * that need it (pulumi/pulumi sdk/go/common/apitype/core.go, DeploymentSchemaVersionCurrent/Latest).
 */
export const DEPLOYMENT_VERSIONS: readonly number[] = [3, 4];

/**
 * Step ops that leave no new state (pulumi/pulumi `pkg/resource/deploy/step.go`, StepOp): the
 * resource, or an old copy of it, goes away. Every other op carries the state the update leaves.
 */
const REMOVING_OPS: ReadonlySet<string> = new Set(["delete", "delete-replaced", "discard", "discard-replaced", "remove-pending-replace"]);

/** A resource a program manages, not the stack itself or a provider. */
function isManaged(r: PackResource): boolean {
  return r.type !== "pulumi:pulumi:Stack" && !r.type.startsWith("pulumi:providers:");
}

/** A parse error at the very end of the text: what a cut-off file gives. */
function endsEarly(error: Error, text: string): boolean {
  const at = /position (\d+)/.exec(error.message);
  return /Unexpected end of JSON input/.test(error.message) || (at !== null && Number(at[1]) >= text.trimEnd().length);
}

export function parseAuditFile(file: string, raw: string): AuditStack {
  // A text decoded by readTextFile has no byte-order mark; a string from elsewhere may still start with one.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === "")
    throw new AuditInputError(`${file}: file is empty; expected the output of \`pulumi stack export\` or \`pulumi preview --json\``);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (e) {
    const error = e as Error;
    throw new AuditInputError(`${file}: not valid JSON (${error.message})${endsEarly(error, text) ? "; the file may be truncated" : ""}`);
  }
  if (!isObject(document))
    throw new AuditInputError(`${file}: expected a JSON object from \`pulumi stack export\` or \`pulumi preview --json\``);
  let resources: PackResource[];
  if (isObject(document.deployment)) {
    if (typeof document.version !== "number" || !DEPLOYMENT_VERSIONS.includes(document.version)) {
      throw new AuditInputError(
        `${file}: deployment version ${JSON.stringify(document.version ?? null)} is not one audit reads (${DEPLOYMENT_VERSIONS.join(", ")}); export the stack again with \`pulumi stack export --file F\``,
      );
    }
    const list = document.deployment.resources ?? [];
    if (!Array.isArray(list)) throw new AuditInputError(`${file}: deployment.resources must be an array`);
    if (list.length === 0) {
      throw new AuditInputError(
        `${file}: the deployment has no resources, so there is nothing to audit (a stack that was never updated, or the wrong stack?)`,
      );
    }
    // A state marked `delete` is an old copy awaiting deletion (after a replace); `pulumi policy
    // analyze` skips it too (pulumi/pulumi pkg/resource/deploy/analyze_snapshot.go).
    resources = list.flatMap((r, i) => (isObject(r) && r.delete === true ? [] : [toResource(file, `deployment.resources[${i}]`, r)]));
    if (!resources.some(isManaged)) {
      throw new AuditInputError(
        `${file}: the deployment holds no resource but the stack and its providers, so there is nothing to audit; expected the export of a stack that was updated`,
      );
    }
  } else if (Array.isArray(document.steps)) {
    if (document.steps.length === 0) throw new AuditInputError(`${file}: the preview has no steps, so there is nothing to audit`);
    resources = [];
    document.steps.forEach((step, i) => {
      if (!isObject(step)) throw new AuditInputError(`${file}: steps[${i}] is not an object`);
      // A deleted resource has no new state: it will not exist after the update.
      if (typeof step.op === "string" && REMOVING_OPS.has(step.op)) return;
      if (step.newState === undefined) {
        throw new AuditInputError(
          `${file}: steps[${i}] (op ${JSON.stringify(step.op ?? null)}) has no newState; expected \`pulumi preview --json\` steps that carry each resource's new state (a preview in another shape is not one audit reads)`,
        );
      }
      resources.push(toResource(file, `steps[${i}].newState`, step.newState));
    });
    if (!resources.some(isManaged)) {
      throw new AuditInputError(
        `${file}: no step of the preview leaves a resource but the stack and its providers, so there is nothing to audit; expected \`pulumi preview --json\` of a stack with resources`,
      );
    }
  } else {
    throw new AuditInputError(
      `${file}: neither a stack export (no "deployment") nor a preview (no "steps"); run \`pulumi stack export --file F\` or \`pulumi preview --json > F\``,
    );
  }
  return { file, stack: stackName(resources, file), resources };
}

export function readAuditFile(file: string): AuditStack {
  // Windows tools (PowerShell's Out-File, Notepad) write UTF-8 with a byte-order mark, or UTF-16.
  return parseAuditFile(
    file,
    readTextFile(fromCaller(file), (problem) => new AuditInputError(`${file}: ${problem}`)),
  );
}
