import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { policiesTable } from "../../tools/lib/packTable";

describe("README policy pack section", () => {
  it("lists exactly the policies the pack serves, with their current metadata", () => {
    const readme = fs.readFileSync(path.join(__dirname, "../../README.md"), "utf8");
    const match = /<!-- policies-table:[^>]*-->\n([\s\S]*?)\n<!-- \/policies-table -->/.exec(readme);
    assert.ok(match, "README has the generated policies table");
    assert.strictEqual(match[1], policiesTable(), "regenerate with: npm run -s docs");
  });
});
