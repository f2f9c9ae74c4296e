/**
 * Work a stack policy derives from the whole stack, done once per stack. The pack's analyzer
 * server (`engine/analyzerServer.ts`) hands every stack policy of one `AnalyzeStack` request the
 * same resource list, so a derivation memoised on that list is computed by the first stack policy
 * that asks and is a lookup for the others. Under `@pulumi/policy`'s server (a fresh list per
 * policy) or in a test, it is computed for each list given. Derivations must not be changed by
 * the policies that read them.
 */
import { PolicyResource } from "@pulumi/policy";

export function perStack<T>(derive: (resources: readonly PolicyResource[]) => T): (resources: readonly PolicyResource[]) => T {
  const done = new WeakMap<readonly PolicyResource[], T>();
  return (resources) => {
    if (done.has(resources)) return done.get(resources) as T;
    const value = derive(resources);
    done.set(resources, value);
    return value;
  };
}
