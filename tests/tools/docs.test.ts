/**
 * `npm run docs` rewrites the README's generated tables. Its command line (--help changes no
 * file, usage errors exit 2) is checked with every tool's in tests/tools/convention.test.ts; each
 * table's freshness by tests/readme.test.ts, tests/policy/readme.test.ts and tests/package/schema.test.ts.
 */
import { strict as assert } from "assert";
import { policiesTable, POLICIES_END, POLICIES_START, withPoliciesTable } from "../../tools/docs/packTable";

describe("npm run docs", () => {
  it("puts the pack's current policies table between its markers, replacing a stale one", () => {
    const stale = `intro\n${POLICIES_START}\n| old | table |\n${POLICIES_END}\nafter\n`;
    assert.equal(withPoliciesTable(stale), `intro\n${POLICIES_START}\n${policiesTable()}\n${POLICIES_END}\nafter\n`);
    assert.throws(() => withPoliciesTable("no markers"), /lacks the policies table markers/);
  });
});
