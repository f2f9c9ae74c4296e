/**
 * `@pulumi/policy`'s unknown semantics, enforced for every policy the pack's server runs: a
 * policy reads its properties through `@pulumi/policy`'s own unknown-checking proxy (`proxy.js`,
 * 1.21.0), so reading a value not known at preview throws that library's `UnknownValueError`, and
 * the server answers with the advisory "can't run ... during preview" its server gives. A policy
 * that reads `args.props` directly is then judged as `@pulumi/policy` judges it, whether or not it
 * goes through `settleProps` (which reads the proxy's plain target, without a trap per field).
 */
interface ProxyModule {
  unknownCheckingProxy<T extends object>(target: T): T;
  UnknownValueError: abstract new (...args: never[]) => Error;
}

// The module is internal to @pulumi/policy (no type declarations); it loads nothing else.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const proxy = require("@pulumi/policy/proxy") as ProxyModule;

/** Properties as `@pulumi/policy` hands them to a policy: unknowns throw when read. */
export function guardUnknowns<T extends object>(props: T): T {
  return proxy.unknownCheckingProxy(props);
}

/** A policy read a value unknown at preview. */
export function isUnknownRead(e: unknown): e is Error {
  return e instanceof proxy.UnknownValueError;
}

/** The message `@pulumi/policy`'s server gives for it, `what` naming the policy or remediation. */
export function cannotRunDuringPreview(what: string, e: Error): string {
  return `can't run ${what} during preview: ${e.message}`;
}
