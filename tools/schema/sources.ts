/**
 * What schema.json is derived from, fingerprinted: `npm run -s generate` runs Pulumi's analyzer
 * (about 10 s of CPU, most of it parsing @pulumi/aws's declarations) and records, beside the
 * schema, the repository files its program read and a SHA-256 over their contents and the
 * files that decide the rest (package.json, package-lock.json for node_modules, this generator).
 * tests/generated.test.ts recomputes the fingerprint, which takes milliseconds: any change to
 * those files since the schema was generated (or a hand edit of schema.json) makes the recorded
 * file stale, and the test fails naming it. The analyzer itself is held to schema.json in CI
 * (tests/package/schemaAnalyzer.ci.ts, run by .ci/run).
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const ROOT = path.join(__dirname, "..", "..");

/** Where the record is kept (a generated file). */
export const SCHEMA_SOURCES_FILE = "tools/schema/sources.generated.json";

/** Besides the program's files: what else decides the analyzer's output. */
const ALWAYS = ["package.json", "package-lock.json", "tools/schema/main.ts", "tools/schema/sources.ts"];

export interface SchemaSources {
  /** SHA-256 over every input's path and content, sorted by path. */
  readonly fingerprint: string;
  /** SHA-256 of schema.json as the generator wrote it. */
  readonly schema: string;
  /** The repository files the analyzer's program read (node_modules aside), sorted. */
  readonly programFiles: readonly string[];
}

const sha256 = (data: string | Buffer): string => createHash("sha256").update(data).digest("hex");

/** The root tsconfig's files now: a file added there joins the program without any other file changing. */
function rootFiles(): string[] {
  const configPath = path.join(ROOT, "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  return ts
    .parseJsonConfigFileContent(config.config, ts.sys, ROOT)
    .fileNames.map((file) => path.relative(ROOT, file).split(path.sep).join("/"));
}

/** The record for a program that read `programFiles` and gave `schemaText`, from the files as they are now. */
export function schemaSources(programFiles: readonly string[], schemaText: string): SchemaSources {
  const inputs = [...new Set([...programFiles, ...rootFiles(), ...ALWAYS])].sort();
  const hash = createHash("sha256");
  for (const file of inputs) {
    const full = path.join(ROOT, file);
    hash.update(`${file}\0${fs.existsSync(full) ? sha256(fs.readFileSync(full)) : "(missing)"}\n`);
  }
  return { fingerprint: hash.digest("hex"), schema: sha256(schemaText), programFiles: [...programFiles] };
}

export function schemaSourcesText(sources: SchemaSources): string {
  return `${JSON.stringify(sources, null, 2)}\n`;
}

/** The committed record, or a clear error naming the file. */
export function committedSchemaSources(): SchemaSources {
  const file = path.join(ROOT, SCHEMA_SOURCES_FILE);
  if (!fs.existsSync(file)) throw new Error(`${SCHEMA_SOURCES_FILE} is missing: run \`npm run -s generate\``);
  return JSON.parse(fs.readFileSync(file, "utf8")) as SchemaSources;
}
