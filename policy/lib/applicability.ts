/**
 * Saying "not applicable" cheaply. `@pulumi/policy` calls a resource policy whose validator is
 * not tagged with a single type for every resource of every type; `args.notApplicable()` answers
 * by throwing an Error, and capturing its stack trace was the largest single cost of a preview's
 * `Analyze` calls (profiled here: about 15 µs each, 7 policies per resource). The error is
 * control flow the server catches by class and never shows, so it is built without a trace.
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
