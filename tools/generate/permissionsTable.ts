/**
 * The "Permissions for `pulumi up`" table and ready-to-use policy of docs/permissions.md, generated
 * from lib/deployPermissions.ts (`npm run -s generate` rewrites them; tests/generated.test.ts fails
 * when the page and the module disagree).
 */
import type { GeneratedSection } from "./sections";
import {
  ALL_OPTIONS,
  DeployOptions,
  DEPLOY_CONDITION_TEXT,
  IMPLIED_PERMISSIONS,
  INVOKE_PERMISSIONS,
  RESOURCE_PERMISSIONS,
  deployPolicyDocument,
} from "../../lib/deployPermissions";

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const actions = (list: readonly string[]): string => (list.length === 0 ? "–" : list.map((a) => `\`${a}\``).join(", "));
const fileOf = (url: string): string => url.replace(/^.*\/internal\/service\//, "");

/** Each option's own statements: the Sids the policy loses when only that option is off. */
function statementsOnlyFor(): string[] {
  const sids = (options: DeployOptions): Set<string> => new Set(deployPolicyDocument(options).Statement.map((st) => st.Sid));
  const all = sids(ALL_OPTIONS);
  const toggles: [string, DeployOptions][] = [
    ["`organizationTrail`", { ...ALL_OPTIONS, organizationTrail: false }],
    ["`investigation.athena`", { ...ALL_OPTIONS, athena: false }],
    ["`selfHealingTrail`", { ...ALL_OPTIONS, selfHealingTrail: false }],
    ["`slackChannel`", { ...ALL_OPTIONS, slackChannel: false }],
    ["`vpcFlowLogs`", { ...ALL_OPTIONS, vpcFlowLogs: "none" }],
  ];
  return toggles.flatMap(([option, options]) => {
    const without = sids(options);
    const own = [...all].filter((sid) => !without.has(sid));
    return own.length === 0 ? [] : [`${own.map((sid) => `\`${sid}\``).join(", ")} (${option})`];
  });
}

export function permissionsTable(): string {
  const resourceRows = RESOURCE_PERMISSIONS.map((r) => {
    const remove = r.retainedOnDelete ? `${actions(r.delete)} (never called: retainOnDelete)` : actions(r.delete);
    return `| \`${r.type}\` | ${r.createdWhen.map((c) => DEPLOY_CONDITION_TEXT[c]).join(" or ")} | ${actions(r.create)} | ${actions(r.read)} | ${actions(r.update)} | ${remove} | ${actions(r.tag)} | [${fileOf(r.providerSource)}](${r.providerSource}) |`;
  });
  // One line per distinct note, naming every type it applies to.
  const notes = new Map<string, string[]>();
  for (const r of RESOURCE_PERMISSIONS) if (r.notes) notes.set(r.notes, [...(notes.get(r.notes) ?? []), r.type]);
  const noteLines = [...notes].map(([note, types]) => `- ${types.map((t) => `\`${t}\``).join(", ")}: ${note}`);
  const impliedRows = IMPLIED_PERMISSIONS.map((p) => {
    const condition = p.iamCondition ? ` with \`${JSON.stringify(p.iamCondition)}\`` : "";
    return `| ${actions(p.actions)}${cell(condition)} | ${DEPLOY_CONDITION_TEXT[p.condition]} | ${cell(p.why)} | ${p.source} |`;
  });
  const invokeRows = INVOKE_PERMISSIONS.map(
    (i) => `| \`${i.token}\` (invoke): ${actions(i.actions)} | ${DEPLOY_CONDITION_TEXT[i.condition]} | ${cell(i.why)} | ${i.source} |`,
  );
  return [
    "| resource type | created when | create | read (refresh, preview) | update | delete | tags | provider source |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...resourceRows,
    "",
    ...noteLines,
    "",
    "| implied permission | needed when | why | source |",
    "| --- | --- | --- | --- |",
    ...impliedRows,
    ...invokeRows,
    "",
    `The policy for every option. Statements only one option needs: ${statementsOnlyFor().join("; ")}. \`deployPolicyDocument(deployOptionsOf(settings))\` in \`lib/deployPermissions.ts\` gives the policy of one configuration, action by action.`,
    "",
    "```json",
    JSON.stringify(deployPolicyDocument(), null, 2),
    "```",
  ].join("\n");
}

export const PERMISSIONS_SECTION: GeneratedSection = {
  name: "permissions-table",
  source: "lib/deployPermissions.ts",
  body: permissionsTable,
};
