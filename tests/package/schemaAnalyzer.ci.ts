/**
 * CI only (.ci/run runs it after `npm test`): Pulumi's analyzer run again on the sources, held to
 * the committed schema.json and to the record of what it read (tools/schema/sources.generated.json).
 * `npm test` checks the record's fingerprint instead (tests/generated.test.ts), which catches any
 * change to those files; this catches what a fingerprint cannot: a generator that wrote something
 * else than the analyzer gives.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { analyzePackage, schemaFileText } from "../../tools/schema/main";
import { SCHEMA_SOURCES_FILE, schemaSources, schemaSourcesText } from "../../tools/schema/sources";

const ROOT = path.join(__dirname, "..", "..");
const committed = (file: string): string => fs.readFileSync(path.join(ROOT, file), "utf8");

describe("schema.json, derived again by Pulumi's analyzer", function () {
  this.timeout(120_000);
  let analyzed: Awaited<ReturnType<typeof analyzePackage>>;
  before(async () => {
    analyzed = await analyzePackage();
  });

  it("is the committed schema.json", () => {
    assert.equal(committed("schema.json"), schemaFileText(analyzed.schema), "schema.json is stale: run `npm run -s generate`");
  });

  it("was derived from the files the record names, as they are now", () => {
    const text = schemaFileText(analyzed.schema);
    assert.equal(committed(SCHEMA_SOURCES_FILE), schemaSourcesText(schemaSources(analyzed.programFiles, text)));
  });
});
