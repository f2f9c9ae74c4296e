/**
 * `npm run docs` rewrites the README's generated tables. Its command line (--help changes no
 * file, usage errors exit 2) is checked with every tool's in tests/tools/convention.test.ts; each
 * table's freshness by tests/readme.test.ts and tests/policy/readme.test.ts.
 */
import { strict as assert } from "assert";
import { policiesTable, withPoliciesTable } from "../../tools/docs/packTable";

describe("npm run docs", () => {
  it("puts the pack's current policies table between its markers, replacing a stale one", () => {
    const stale = "intro\n<!-- policies-table: generated -->\n| old | table |\n<!-- /policies-table -->\nafter\n";
    assert.equal(withPoliciesTable(stale), `intro\n<!-- policies-table: generated -->\n${policiesTable()}\n<!-- /policies-table -->\nafter\n`);
    assert.throws(() => withPoliciesTable("no markers"), /lacks the policies table markers/);
  });
});
