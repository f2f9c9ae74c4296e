/**
 * Resource properties as the engine sends them (a protobuf `Struct`), turned into the plain JSON
 * a policy reads. Unknown values stay the engine's sentinel strings (`props.ts` reads them);
 * secrets are unwrapped to their value, as `@pulumi/policy` unwraps them, and `secretKeys` names
 * the top-level properties that held one, so a remediation sends them back secret. Assets,
 * archives and any other signed value stay as sent: no policy here reads them.
 * (Signature key and secret signature: @pulumi/pulumi `runtime/rpc.ts`, `specialSigKey`,
 * `specialSecretSig`.)
 */
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { Json, markPlain, Props } from "../props";

const SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

function unwrap(value: Json): Json {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = unwrap(value[i]);
    return value;
  }
  if (value[SIG_KEY] === SECRET_SIG) return unwrap(value.value ?? null);
  for (const key of Object.keys(value)) value[key] = unwrap(value[key]);
  return value;
}

function holdsSecret(value: Json): boolean {
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some(holdsSecret);
  return value[SIG_KEY] === SECRET_SIG || Object.values(value).some(holdsSecret);
}

/** The properties of one resource, read once. */
export function wireProps(struct: Struct | undefined): Props {
  return wirePropsWithSecrets(struct).props;
}

export function wirePropsWithSecrets(struct: Struct | undefined): { props: Props; secretKeys: ReadonlySet<string> } {
  const js = (struct?.toJavaScript() ?? {}) as { [key: string]: Json };
  const secretKeys = new Set<string>();
  for (const key of Object.keys(js)) if (holdsSecret(js[key])) secretKeys.add(key);
  return { props: markPlain(secretKeys.size > 0 ? (unwrap(js) as { [key: string]: Json }) : js), secretKeys };
}

/** A remediation's properties for the wire: each property that held a secret is sent as one. */
export function withSecrets(props: Props, secretKeys: ReadonlySet<string>): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(props))
    out[key] = secretKeys.has(key) && !holdsSecret(value) ? { [SIG_KEY]: SECRET_SIG, value } : value;
  return out;
}
