/**
 * Every generated file is what `npm run -s generate` writes from its sources now: each is
 * generated in memory and compared with the committed file, so a change to a source without
 * regenerating fails here, naming the file. schema.json is the one exception to generating in
 * memory: Pulumi's analyzer costs about 10 s of CPU, so its sources are fingerprinted instead
 * (tools/schema/sources.ts): tools/schema/sources.generated.json goes stale when any file the
 * schema derives from changes, or schema.json is edited. CI also runs the analyzer and holds
 * schema.json to it (tests/package/schemaAnalyzer.ci.ts).
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { PARTLY_GENERATED, ROOT, generatedFiles } from "../tools/generate/files";
import { binOrphans } from "../tools/generate/policyBin";
import { GeneratedSection, endMarker, startMarker, withSection } from "../tools/generate/sections";

describe("generated files (npm run -s generate)", function () {
  this.timeout(60_000);
  let files: Map<string, string>;
  before(async () => {
    files = await generatedFiles("committed");
  });

  it("are each what the generator writes from the current sources", () => {
    const stale = [...files].filter(([file, content]) => {
      const full = path.join(ROOT, file);
      return !fs.existsSync(full) || fs.readFileSync(full, "utf8") !== content;
    });
    assert.deepEqual(
      stale.map(([file]) => file),
      [],
      "stale generated files: run `npm run -s generate` and commit the result",
    );
  });

  it("leave no compiled file (policy/bin, bin/) whose source is gone", () => {
    const expected = new Map([...files].map(([file, content]) => [path.join(ROOT, file), content]));
    assert.deepEqual(
      binOrphans(expected).map((f) => path.relative(ROOT, f)),
      [],
    );
  });

  it("are marked linguist-generated in .gitattributes when wholly generated", () => {
    const patterns = fs
      .readFileSync(path.join(ROOT, ".gitattributes"), "utf8")
      .split("\n")
      .filter((line) => /\slinguist-generated=true$/.test(line))
      .map((line) => line.split(/\s+/)[0]);
    const marked = (file: string): boolean => patterns.some((p) => (p.endsWith("/**") ? file.startsWith(p.slice(0, -2)) : file === p));
    const unmarked = [...files.keys()].filter((file) => !PARTLY_GENERATED.includes(file) && !marked(file));
    assert.deepEqual(unmarked, []);
    assert.ok(
      PARTLY_GENERATED.every((file) => !marked(file)),
      "a file written partly by hand must not be folded away",
    );
  });

  it("replace a stale section between its markers and name a document that lacks them", () => {
    const section: GeneratedSection = { name: "demo-table", source: "a source", body: () => "| new |" };
    const schema = { resources: {}, types: {} };
    const stale = `intro\n<!-- demo-table:start (old wording) -->\n| old |\n${endMarker(section)}\nafter\n`;
    assert.equal(withSection(stale, section, schema, "DOC.md"), `intro\n${startMarker(section)}\n| new |\n${endMarker(section)}\nafter\n`);
    assert.throws(() => withSection("no markers", section, schema, "DOC.md"), /^Error: DOC\.md lacks the demo-table markers/);
  });
});
