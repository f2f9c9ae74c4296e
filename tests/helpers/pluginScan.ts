/**
 * The packages a Pulumi program's node_modules offer as resource plugins, found as the nodejs
 * language host finds them before every `pulumi up` and `pulumi package add`, which then installs
 * each (pulumi/pulumi v3.248.0 sdk/nodejs/cmd/pulumi-language-nodejs/main.go, getPackagesFromDir):
 * every folder under the program's, deeply, links followed once, policy packs (a folder with
 * PulumiPolicy.yaml) skipped; in a node_modules tree, each package.json whose `pulumi.resource`
 * is true, by its `pulumi.name` (or its name less `@pulumi/`) and version.
 */
import * as fs from "fs";
import * as path from "path";

export interface ResourcePluginPackage {
  readonly name: string;
  readonly version: string;
  /** The package.json that declares it. */
  readonly file: string;
}

interface PackageJson {
  readonly name?: string;
  readonly version?: string;
  readonly pulumi?: { readonly resource?: boolean; readonly name?: string; readonly version?: string };
}

export function resourcePluginPackages(dir: string): ResourcePluginPackage[] {
  const found: ResourcePluginPackage[] = [];
  const visited = new Set<string>();
  const walk = (folder: string, inNodeModules: boolean): void => {
    const real = fs.realpathSync(folder);
    if (visited.has(real)) return;
    visited.add(real);
    for (const entry of fs.readdirSync(real, { withFileTypes: true })) {
      const full = path.join(real, entry.name);
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && fs.existsSync(full) && fs.statSync(full).isDirectory());
      if (isDir) {
        if (fs.existsSync(path.join(full, "PulumiPolicy.yaml"))) continue;
        walk(full, inNodeModules || path.basename(real) === "node_modules");
      } else if (inNodeModules && entry.name === "package.json") {
        const info = JSON.parse(fs.readFileSync(full, "utf8")) as PackageJson;
        if (info.pulumi?.resource === true) {
          found.push({
            name: info.pulumi.name ?? (info.name ?? "").replace(/^@pulumi\//, ""),
            version: info.pulumi.version ?? info.version ?? "",
            file: full,
          });
        }
      }
    }
  };
  walk(dir, false);
  return found;
}
