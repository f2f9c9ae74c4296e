/**
 * Reads settings/args.ts, the one declaration of every setting, with TypeScript's compiler API:
 * for each property of each argument interface, its name, whether it is optional, its type as
 * written, its description and its default. The default is the `Default: ` clause that ends the
 * description: a code span holds it as JSON (or a bare string); words mean it depends on other
 * settings and has no single value.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

export const ARGS_FILE = path.join(__dirname, "..", "..", "settings", "args.ts");

export interface ArgDeclaration {
  readonly type: string;
  readonly optional: boolean;
  readonly description: string;
  /** The words after `Default: `, as written. */
  readonly defaultText?: string;
  /** The default as a value, when the clause opens with a code span. */
  readonly default?: unknown;
  /** For a property typed by one of the file's enums (`const X = {...} as const`), the values it takes. */
  readonly values?: readonly string[];
  /** For a list of one of the file's enums (`X[]`), the values each element takes. */
  readonly itemValues?: readonly string[];
}

export interface EnumMember {
  readonly name: string;
  readonly value: string;
  readonly description: string;
}

/** Interface name → property → declaration. */
export type ArgDeclarations = Record<string, Record<string, ArgDeclaration>>;

export interface ArgsFile {
  readonly interfaces: ArgDeclarations;
  readonly enums: Readonly<Record<string, readonly EnumMember[]>>;
}

const DEFAULT_CLAUSE = /\s*Default: (.*?)\.?$/s;

/** The value a `Default:` clause's opening code span holds: JSON, or the text itself. */
export function defaultValue(clause: string): { value?: unknown; hasValue: boolean } {
  const code = /^`([^`]*)`/.exec(clause);
  if (!code) return { hasValue: false };
  try {
    return { value: JSON.parse(code[1]), hasValue: true };
  } catch {
    return { value: code[1], hasValue: true };
  }
}

const docOf = (node: ts.Node): string =>
  ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((d) => ts.getTextOfJSDocComment(d.comment) ?? "")
    .join("\n")
    .replace(/\s+/g, " ")
    .trim();

/** The file's enums: `export const Name = { Member: "value", ... } as const`, each member documented. */
function readEnums(source: ts.SourceFile): Record<string, EnumMember[]> {
  const enums: Record<string, EnumMember[]> = {};
  source.forEachChild((node) => {
    if (!ts.isVariableStatement(node)) return;
    for (const declaration of node.declarationList.declarations) {
      const init = declaration.initializer;
      if (!init || !ts.isAsExpression(init) || !ts.isObjectLiteralExpression(init.expression)) continue;
      enums[declaration.name.getText(source)] = init.expression.properties.filter(ts.isPropertyAssignment).map((member) => {
        if (!ts.isStringLiteral(member.initializer))
          throw new Error(`${source.fileName}: enum member ${member.name.getText(source)} is not a string`);
        return { name: member.name.getText(source), value: member.initializer.text, description: docOf(member) };
      });
    }
  });
  return enums;
}

export function readArgsFile(file = ARGS_FILE): ArgsFile {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const enums = readEnums(source);
  const declarations: ArgDeclarations = {};
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node)) return;
    const properties: Record<string, ArgDeclaration> = {};
    for (const member of node.members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      const name = member.name.getText(source);
      const doc = docOf(member);
      const type = member.type.getText(source).replace(/\s+/g, " ");
      const clause = DEFAULT_CLAUSE.exec(doc);
      const parsed = clause ? defaultValue(clause[1]) : { hasValue: false };
      properties[name] = {
        type,
        optional: member.questionToken !== undefined,
        description: clause ? doc.slice(0, clause.index).trim() : doc,
        ...(clause ? { defaultText: clause[1] } : {}),
        ...(parsed.hasValue ? { default: parsed.value } : {}),
        ...(enums[type] ? { values: enums[type].map((m) => m.value) } : {}),
        ...(type.endsWith("[]") && enums[type.slice(0, -2)] ? { itemValues: enums[type.slice(0, -2)].map((m) => m.value) } : {}),
      };
    }
    declarations[node.name.text] = properties;
  });
  return { interfaces: declarations, enums };
}

export function readArgDeclarations(file = ARGS_FILE): ArgDeclarations {
  return readArgsFile(file).interfaces;
}

/** settings/declarations.generated.ts: the declarations, and each interface's defaults, as data. */
export function declarationsModule(declarations: ArgDeclarations = readArgDeclarations()): string {
  const defaults = (name: string) =>
    Object.fromEntries(Object.entries(declarations[name]).flatMap(([key, d]) => ("default" in d ? [[key, d.default]] : [])));
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  return [
    "// Generated by `npm run -s generate` from settings/args.ts (tools/generate/argDeclarations.ts); do not edit.",
    "",
    "/** Every argument of every interface in settings/args.ts: type, optional, description and default. */",
    `export const ARG_DECLARATIONS = ${json(declarations)} as const;`,
    "",
    "/** MonitoringBaselineArgs' defaults that are single values (the others depend on other settings). */",
    `export const DEFAULTS = ${json(defaults("MonitoringBaselineArgs"))} as const;`,
    "",
    "/** InvestigationArgs' defaults that are single values. */",
    `export const INVESTIGATION_DEFAULTS = ${json(defaults("InvestigationArgs"))} as const;`,
    "",
    "/** VpcFlowLogsArgs' defaults. */",
    `export const VPC_FLOW_LOGS_DEFAULTS = ${json(defaults("VpcFlowLogsArgs"))} as const;`,
    "",
    "/** CustomAlarmArgs' defaults. */",
    `export const CUSTOM_ALARM_DEFAULTS = ${json(defaults("CustomAlarmArgs"))} as const;`,
    "",
    "/** OrganizationDetectorsArgs' defaults. */",
    `export const ORGANIZATION_DETECTORS_DEFAULTS = ${json(defaults("OrganizationDetectorsArgs"))} as const;`,
    "",
  ].join("\n");
}
