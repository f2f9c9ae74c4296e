/**
 * Saying "not applicable" cheaply when a validator is called for a type it does not check. The
 * pack's own server skips those calls (`engine/typeScope.ts`), but `@pulumi/policy`'s server (and
 * the tests' harness) calls a resource policy whose validator is not tagged with a single type for
 * every resource of every type; `args.notApplicable()` answers by throwing an Error, and capturing
 * its stack trace was the largest single cost there (profiled: about 15 µs each, 7 policies per
 * resource). The error is control flow the server catches by class and never shows, so it is
 * built without a trace.
 */
import { ResourceValidationArgs } from "@pulumi/policy";

interface V8ErrorConstructor {
  stackTraceLimit: number;
}

export function notApplicable(args: ResourceValidationArgs, reason: string): never {
  const errors = Error as unknown as V8ErrorConstructor;
  const limit = errors.stackTraceLimit;
  errors.stackTraceLimit = 0;
  try {
    return args.notApplicable(reason);
  } finally {
    errors.stackTraceLimit = limit;
  }
}
