/**
 * What EventBridge makes of an input transformer for one event, as its user guide describes it
 * ("Transforming target input"): each input path is a JSON path into the event; a path the
 * event lacks creates no variable, and its placeholder leaves nothing in the output ("that
 * variable isn't created and won't appear in the output"); a value is put in as it is, unescaped
 * ("EventBridge doesn't escape values extracted by Input Path"); a value that is not a string
 * goes in as its JSON.
 */
export interface InputTransformer {
  readonly inputPaths?: Readonly<Record<string, string>>;
  readonly inputTemplate: string;
}

/** `$.a.b.c` and `$.a[0].b` (dot notation with array indexes, the forms the baseline uses) → the value, or undefined. */
export function valueAt(event: unknown, jsonPath: string): unknown {
  if (!jsonPath.startsWith("$.")) throw new Error(`not a dot-notation JSON path: ${jsonPath}`);
  let value: unknown = event;
  for (const step of jsonPath.slice(2).split(".")) {
    const [, key, indexes] = /^([^[\]]+)((?:\[\d+\])*)$/.exec(step) ?? [];
    if (key === undefined) throw new Error(`not a dot-notation JSON path: ${jsonPath}`);
    if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
    for (const [, index] of indexes.matchAll(/\[(\d+)\]/g)) {
      if (!Array.isArray(value)) return undefined;
      value = value[Number(index)];
    }
  }
  return value === null ? undefined : value;
}

/** The text EventBridge would hand the target. */
export function transformInput(transformer: InputTransformer, event: unknown): string {
  const values = new Map<string, unknown>();
  for (const [name, jsonPath] of Object.entries(transformer.inputPaths ?? {})) {
    const value = valueAt(event, jsonPath);
    if (value !== undefined) values.set(name, value);
  }
  return transformer.inputTemplate.replace(/<([^<>]+)>/g, (_placeholder, name: string) => {
    if (!values.has(name)) return "";
    const value = values.get(name);
    return typeof value === "string" ? value : JSON.stringify(value);
  });
}
