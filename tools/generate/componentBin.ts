/**
 * bin/: the component package's compiled JavaScript, what the plugin runs (plugin/index.js loads
 * bin/provider.js) and package.json's `main` (bin/component.js), so neither a plugin start nor a
 * consumer needs TypeScript or ts-node. It holds the sources the two entries import, each
 * transpiled alone with the root tsconfig's options (TypeScript's transpileModule, as the tools'
 * ts-node runs the same files; `npm test` type-checks them), keeping the source tree's layout so
 * every relative import still resolves.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

export const ROOT = path.join(__dirname, "..", "..");
export const COMPONENT_BIN = path.join(ROOT, "bin");
/** The entries: the plugin's provider and the library other programs import. */
export const COMPONENT_ENTRIES: readonly string[] = ["provider.ts", "component.ts"];

function rootCompilerOptions(): ts.CompilerOptions {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (!config) throw new Error("tsconfig.json could not be read");
  return { ...config.options, noEmit: false, newLine: ts.NewLineKind.LineFeed };
}

/** The relative TypeScript imports of `file`, resolved to absolute paths. */
function localImports(file: string, text: string): string[] {
  return ts
    .preProcessFile(text, true, false)
    .importedFiles.map((imported) => imported.fileName)
    .filter((name) => name.startsWith("."))
    .map((name) => {
      const base = path.resolve(path.dirname(file), name);
      const candidates = [`${base}.ts`, path.join(base, "index.ts")];
      const found = candidates.find((candidate) => fs.existsSync(candidate));
      if (!found) throw new Error(`${path.relative(ROOT, file)} imports ${name}, which is no TypeScript file of the repository`);
      return found;
    });
}

/** Every source the entries load, absolute paths, in a stable order. */
export function componentSources(): string[] {
  const seen = new Set<string>();
  const todo = COMPONENT_ENTRIES.map((entry) => path.join(ROOT, entry));
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...localImports(file, fs.readFileSync(file, "utf8")));
  }
  return [...seen].sort();
}

/** Absolute path of each compiled file → its JavaScript. */
export function componentBinFiles(): Map<string, string> {
  const compilerOptions = rootCompilerOptions();
  const files = new Map<string, string>();
  for (const source of componentSources()) {
    const out = path.join(COMPONENT_BIN, path.relative(ROOT, source)).replace(/\.ts$/, ".js");
    files.set(out, ts.transpileModule(fs.readFileSync(source, "utf8"), { compilerOptions, fileName: source }).outputText);
  }
  return files;
}
