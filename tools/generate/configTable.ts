/**
 * The configuration reference: one table for MonitoringBaseline's arguments (the stack config
 * keys of the same names) and one for each structured argument's fields, all from settings/args.ts,
 * the one declaration of every setting.
 */
import { isDeclarable } from "../../config";
import { ArgDeclaration, ArgDeclarations, readArgDeclarations } from "./argDeclarations";
import type { GeneratedSection } from "./sections";

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The structured arguments, in the order the reference lists them. */
const STRUCTURES = [
  ["CustomAlarmArgs", "customAlarms[]"],
  ["SlackChannelArgs", "slackChannel"],
  ["InvestigationArgs", "investigation"],
  ["VpcFlowLogsArgs", "vpcFlowLogs"],
  ["CentralLogArchiveArgs", "centralLogArchive"],
  ["ResidencyTrailArgs", "residencyTrails[]"],
  ["OrganizationDetectorsArgs", "organizationDetectors"],
] as const;

/** A declared type as a reader says it: an enum's values, a structure's fields, or the type in words. */
export function typeText(declaration: ArgDeclaration): string {
  if (declaration.values) return `one of ${declaration.values.map((v) => `\`${v}\``).join(", ")}`;
  if (declaration.itemValues) return `list of ${declaration.itemValues.map((v) => `\`${v}\``).join(", ")}`;
  const type = declaration.type;
  const structure = STRUCTURES.find(([name]) => type.startsWith(name));
  if (structure) return `${type.endsWith("[]") ? "list of objects" : "object"} (${structure[1].replace("[]", "")} fields below)`;
  const simple: Record<string, string> = {
    string: "string",
    number: "integer",
    boolean: "boolean",
    "string[]": "list of strings",
    "{ [key: string]: string }": "map of strings",
    "{ [region: string]: string[] }": "map of Region → list of strings",
    "{ [key: string]: any }": "object",
  };
  const text = simple[type];
  if (text === undefined)
    throw new Error(`settings/args.ts: no reader's name for the type ${type}; add it to tools/generate/configTable.ts`);
  return text;
}

function defaultCell(declaration: ArgDeclaration): string {
  if (declaration.defaultText !== undefined) return cell(declaration.defaultText);
  return declaration.optional ? "—" : "required";
}

function argumentRow(key: string, declaration: ArgDeclaration): string {
  const notes = key === "tags" ? ", *argument only*" : isDeclarable(declaration) ? "" : ", *not declared*";
  return `| \`${key}\` | ${typeText(declaration)}${notes} | ${defaultCell(declaration)} | ${cell(declaration.description)} |`;
}

export function configTable(declarations: ArgDeclarations = readArgDeclarations()): string {
  const lines = [
    "| key | type | default | what it does |",
    "| --- | --- | --- | --- |",
    ...Object.entries(declarations.MonitoringBaselineArgs).map(([key, d]) => argumentRow(key, d)),
  ];
  for (const [name, key] of STRUCTURES) {
    lines.push(
      "",
      `\`${key}\` fields:`,
      "",
      "| field | type | default | what it does |",
      "| --- | --- | --- | --- |",
      ...Object.entries(declarations[name]).map(
        ([field, d]) => `| \`${field}\` | ${typeText(d)} | ${defaultCell(d)} | ${cell(d.description)} |`,
      ),
    );
  }
  return lines.join("\n");
}

export const CONFIG_SECTION: GeneratedSection = { name: "config-table", source: "settings/args.ts", body: () => configTable() };
