/**
 * The resource types a resource policy's validator applies to, attached to the validator, so the
 * analyzer server answers "not applicable" for every other type without building the resource's
 * arguments or calling the policy (what `@pulumi/policy`'s `__pulumiType` does for one type; these
 * policies cover `@pulumi/aws` and `@pulumi/aws-native` types at once). Called directly, the
 * validator still checks the type itself and says "not applicable" with the same reason.
 */
export interface TypeScope {
  readonly types: ReadonlySet<string>;
  /** The reason the validator itself gives for any other type. */
  readonly reason: string;
}

const SCOPES = new WeakMap<object, TypeScope>();

export function scopedTo<F extends (...args: never[]) => unknown>(types: readonly string[], reason: string, validator: F): F {
  SCOPES.set(validator, { types: new Set(types), reason });
  return validator;
}

/**
 * The scope of a validator: declared with `scopedTo`, or the single type `@pulumi/policy`'s
 * `validateResourceOfType` tags a validator with (its `__pulumiType`, with that library's reason).
 */
export function scopeOf(validator: object): TypeScope | undefined {
  const declared = SCOPES.get(validator);
  if (declared) return declared;
  const pulumiType: unknown = (validator as { __pulumiType?: unknown }).__pulumiType;
  return typeof pulumiType === "string" && pulumiType !== ""
    ? { types: new Set([pulumiType]), reason: `Policy only applies to resources of type '${pulumiType}'` }
    : undefined;
}
