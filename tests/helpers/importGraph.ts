/**
 * The product's module graph from its import statements (TypeScript's own pre-processor, so
 * comments and strings never count): which file imports which, resolved to files in the repo.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

export const ROOT = path.join(__dirname, "..", "..");

/** Product sources: the program, the component, its parts, lib, settings, the pack and the tools (not tests, not generated JS). */
export function productFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!["node_modules", "bin", ".peers"].includes(entry.name)) walk(rel);
      } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) files.push(rel);
    }
  };
  for (const file of fs.readdirSync(ROOT)) if (file.endsWith(".ts")) files.push(file);
  for (const dir of ["components", "lib", "settings", "policy", "tools"]) if (fs.existsSync(path.join(ROOT, dir))) walk(dir);
  return files.sort();
}

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = path.normalize(path.join(path.dirname(from), specifier));
  for (const candidate of [`${base}.ts`, path.join(base, "index.ts"), base]) {
    if (fs.existsSync(path.join(ROOT, candidate)) && fs.statSync(path.join(ROOT, candidate)).isFile()) return candidate;
  }
  return undefined;
}

/** file → the repo files it imports (type-only imports included: they still couple the layers). */
export function importGraph(files: readonly string[] = productFiles()): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(fs.readFileSync(path.join(ROOT, file), "utf8"), true, true);
    const targets = info.importedFiles.map((f) => resolveImport(file, f.fileName)).filter((f): f is string => f !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components of more than one file (or a file importing itself): the import cycles. */
export function importCycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const lowlink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (v: string): void => {
    indices.set(v, index);
    lowlink.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        connect(w);
        lowlink.set(v, Math.min(lowlink.get(v)!, lowlink.get(w)!));
      } else if (onStack.has(w)) lowlink.set(v, Math.min(lowlink.get(v)!, indices.get(w)!));
    }
    if (lowlink.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) connect(v);
  return cycles;
}
