/**
 * policy/bin: the pack's compiled JavaScript, which the engine and `pulumi policy publish` run
 * (the package's `main`). Each source compiles alone (policy/tsconfig.json sets isolatedModules),
 * so TypeScript's transpileModule makes exactly what `tsc -p policy` emits; `npm test` type-checks
 * the sources.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { COMPONENT_BIN } from "./componentBin";

export const POLICY_DIR = path.join(__dirname, "..", "..", "policy");
export const POLICY_BIN = path.join(POLICY_DIR, "bin");

export function policyCompilerConfig(): ts.ParsedCommandLine {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(POLICY_DIR, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (!config) throw new Error("policy/tsconfig.json could not be read");
  return config;
}

/** Absolute path of each compiled file → its JavaScript. */
export function policyBinFiles(config: ts.ParsedCommandLine = policyCompilerConfig()): Map<string, string> {
  const files = new Map<string, string>();
  for (const source of config.fileNames.map((f) => path.resolve(f))) {
    const out = path.join(POLICY_BIN, path.relative(POLICY_DIR, source)).replace(/\.ts$/, ".js");
    files.set(out, ts.transpileModule(fs.readFileSync(source, "utf8"), { compilerOptions: config.options, fileName: source }).outputText);
  }
  return files;
}

/** JavaScript files under `dir` that no source compiles to (a source was deleted or moved). */
export function compiledOrphans(dir: string, expected: ReadonlyMap<string, string>): string[] {
  const walk = (folder: string): string[] =>
    fs.existsSync(folder)
      ? fs.readdirSync(folder, { withFileTypes: true }).flatMap((e) => {
          const full = path.join(folder, e.name);
          return e.isDirectory() ? walk(full) : e.name.endsWith(".js") ? [full] : [];
        })
      : [];
  return walk(dir).filter((file) => !expected.has(file));
}

/** JavaScript files in policy/bin (the pack's) and bin/ (the component's) that no source compiles to. */
export function binOrphans(expected: ReadonlyMap<string, string>): string[] {
  return [...compiledOrphans(POLICY_BIN, expected), ...compiledOrphans(COMPONENT_BIN, expected)];
}
