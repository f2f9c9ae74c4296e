/** Drives config.ts's validation from a plain object, as stack config would set it. */
import { strict as assert } from "assert";
import { parseSettings } from "../../config";
import { ConfigError } from "../../settings/problems";
import { BaselineSettings } from "../../settings/types";

/** Raw stack config: strings as `pulumi config set` stores them; lists and objects as JSON. */
export type Raw = Record<string, unknown>;

const asConfig = (raw: Raw) => (key: string) =>
  raw[key] === undefined ? undefined : typeof raw[key] === "string" ? (raw[key] as string) : JSON.stringify(raw[key]);

/** The validated settings; `keys` are the keys present, for the unknown-key check. */
export function settingsOf(raw: Raw, keys?: string[]): BaselineSettings {
  return parseSettings(asConfig(raw), keys);
}

/** Every problem config.ts reports for `raw`; fails the test when it is accepted. */
export function problemsOf(raw: Raw, keys?: string[]): readonly string[] {
  try {
    settingsOf(raw, keys);
  } catch (err) {
    assert.ok(err instanceof ConfigError, `expected a ConfigError, got ${String(err)}`);
    return err.problems;
  }
  assert.fail(`config ${JSON.stringify(raw)} was accepted`);
}
