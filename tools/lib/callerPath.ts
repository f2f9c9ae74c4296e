/** Paths on the command line of an `npm run` script. */
import * as path from "path";

/**
 * `npm run` starts a script in the package root, so a relative path the user typed from another
 * folder is resolved from where they ran npm (`INIT_CWD`), not from the root.
 */
export function fromCaller(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}
