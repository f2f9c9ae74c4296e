/**
 * The "Limits and naming rules" table of docs/limits.md, generated from every rule and limit exported
 * by lib/awsLimits.ts (`npm run -s generate` rewrites it; tests/generated.test.ts fails when the page
 * and the module disagree).
 */
import type { GeneratedSection } from "./sections";
import * as awsLimits from "../../lib/awsLimits";
import { AwsLimit, NameRule } from "../../lib/awsLimits";

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

const isLimit = (v: unknown): v is AwsLimit =>
  typeof v === "object" && v !== null && typeof (v as AwsLimit).value === "number" && typeof (v as AwsLimit).source === "string";
const isRule = (v: unknown): v is NameRule & { maxBytes?: number } =>
  typeof v === "object" && v !== null && (v as NameRule).pattern instanceof RegExp && typeof (v as NameRule).source === "string";

interface Row {
  readonly name: string;
  readonly limit: string;
  readonly adjustable: string;
  readonly source: string;
}

function rowsOf(name: string, value: unknown): Row[] {
  if (isRule(value)) {
    const length = value.maxBytes !== undefined ? ` (at most ${value.maxBytes} bytes)` : "";
    return [{ name, limit: `${value.allowed}${length}`, adjustable: "no", source: value.source }];
  }
  if (isLimit(value)) {
    const adjustable = value.adjustable === undefined ? "no" : value.adjustable ? "yes (Service Quotas)" : "no";
    return [{ name, limit: `${value.value.toLocaleString("en-US")} ${value.unit}`, adjustable, source: value.source }];
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every(isLimit)) {
    return Object.entries(value as Record<string, AwsLimit>).flatMap(([key, limit]) => rowsOf(`${name}.${key}`, limit));
  }
  return [];
}

export function limitsTable(): string {
  const rows = Object.entries(awsLimits).flatMap(([name, value]) => rowsOf(name, value));
  return [
    "| rule (`lib/awsLimits.ts`) | what AWS or the provider allows | adjustable | source |",
    "| --- | --- | --- | --- |",
    ...rows.map((r) => `| \`${r.name}\` | ${cell(r.limit)} | ${r.adjustable} | ${cell(r.source)} |`),
  ].join("\n");
}

export const LIMITS_SECTION: GeneratedSection = { name: "limits-table", source: "lib/awsLimits.ts", body: limitsTable };
