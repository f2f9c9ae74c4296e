/**
 * A validator for the OASIS SARIF 2.1.0 schema (tests/fixtures/sarif, copied unchanged). The
 * schema is draft-04; Ajv 8 reads draft-06 and later, so its `$schema` is left out and its `id`
 * read as `$id` (no keyword it uses changed meaning since draft-04), and the three formats it
 * names are checked here, as `ajv-formats` would.
 */
import * as fs from "fs";
import * as path from "path";
import Ajv, { ValidateFunction } from "ajv";

const SCHEMA = path.join(__dirname, "..", "fixtures", "sarif", "sarif-schema-2.1.0.json");

export function sarifValidator(): ValidateFunction {
  const { $schema: _draft04, id, ...schema } = JSON.parse(fs.readFileSync(SCHEMA, "utf8")) as Record<string, unknown>;
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat("uri", (value: string) => URL.canParse(value));
  ajv.addFormat("uri-reference", (value: string) => URL.canParse(value, "https://example.invalid/"));
  ajv.addFormat("date-time", (value: string) => /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)));
  return ajv.compile({ ...schema, $id: String(id) });
}
