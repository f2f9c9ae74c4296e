/**
 * What plan-diff never prints: values under secret-looking keys, values the plan already
 * masked, and Pulumi secret envelopes. A PR comment is readable by everyone who can see the PR.
 */
import { SECRET_PLACEHOLDER } from "../lib/planTypes";

/** What a masked value is shown as. */
export const MASK = "[secret]";

/** Pulumi's secret sigil: `{"4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", "value": ...}`. */
const SECRET_SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG_VALUE = "1b47061264138c4ac30d75fd1eb44270";

/**
 * Key names whose values are credentials or key material. Names that only *refer* to a secret
 * or a key (`kmsKeyId`, `secretArn`, `keyName`) are not secrets and stay readable.
 */
const SECRET_KEY = /password|passphrase|secret|token|credential|private.?key|key.?material|api.?key|access.?key|signing.?key/i;
const REFERENCE_KEY = /(arn|arns|id|ids|name|names|prefix|type|usage|spec|rotation)$/i;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key) && !REFERENCE_KEY.test(key);
}

export function isSecretSigil(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    (value as Record<string, unknown>)[SECRET_SIG_KEY] === SECRET_SIG_VALUE
  );
}

/** A value that is a secret whatever key holds it. */
export function isSecretValue(value: unknown): boolean {
  if (value === SECRET_PLACEHOLDER || isSecretSigil(value)) return true;
  return typeof value === "string" && /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(value);
}

/** A copy of `value` with every secret replaced by MASK, for printing whole resources. */
export function maskDeep(value: unknown, key = ""): unknown {
  if (isSecretValue(value) || (key !== "" && isSecretKey(key) && value !== undefined && value !== null)) return MASK;
  if (Array.isArray(value)) return value.map((item) => maskDeep(item));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, maskDeep(v, k)]));
  }
  return value;
}
