import * as assert from "assert";
import { spawnSync } from "child_process";
import * as path from "path";
import { parseAuditFile } from "../../tools/lib/auditInput";

const ROOT = path.join(__dirname, "../..");
const FIXTURES = "tests/fixtures/audit";

function audit(...args: string[]) {
  const r = spawnSync(process.execPath, [require.resolve("ts-node/dist/bin"), "--transpile-only", "tools/audit.ts", ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run audit", function () {
  this.timeout(60000);

  it("exits 0 with an empty violation list for a compliant stack export and preview", () => {
    const r = audit(`${FIXTURES}/compliant.stack.json`, `${FIXTURES}/compliant.preview.json`, "--json");
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(JSON.parse(r.stdout), { violations: [] });
  });

  it("exits 1 and prints exactly the JSON contract for a non-compliant stack export", () => {
    const r = audit(`${FIXTURES}/noncompliant.stack.json`, "--json");
    assert.strictEqual(r.code, 1, r.stderr);
    const { violations } = JSON.parse(r.stdout) as { violations: Record<string, string>[] };
    for (const v of violations) assert.deepStrictEqual(Object.keys(v), ["policy", "urn", "enforcementLevel", "message"]);
    assert.deepStrictEqual(
      [...new Set(violations.map((v) => v.policy))].sort(),
      [
        "cloudtrail-bucket-public-access-blocked",
        "cloudtrail-cis-monitoring-alarms",
        "cloudtrail-kms-encryption",
        "cloudtrail-log-file-validation",
        "cloudtrail-log-group-retention",
        "cloudtrail-multi-region",
      ],
    );
    const keys = violations.map((v) => `${v.urn} ${v.policy} ${v.message}`);
    assert.deepStrictEqual(keys, [...keys].sort(), "sorted by urn, policy, message");
  });

  it("reads a preview: unknown values are not violations, known wrong ones are", () => {
    const r = audit(`${FIXTURES}/noncompliant.preview.json`, "--json");
    assert.strictEqual(r.code, 1);
    assert.deepStrictEqual((JSON.parse(r.stdout) as { violations: { policy: string }[] }).violations.map((v) => v.policy), ["cloudtrail-multi-region"]);
  });

  it("prints a readable report grouped by stack and policy", () => {
    const r = audit(`${FIXTURES}/noncompliant.stack.json`);
    assert.match(r.stdout, /^Stack team-app\/prod \(tests\/fixtures\/audit\/noncompliant.stack.json\): \d+ violation\(s\), \d+ mandatory/);
    assert.match(r.stdout, /\n {2}cloudtrail-multi-region \[mandatory\]\n {4}- urn:pulumi:prod::team-app::aws:cloudtrail\/trail:Trail::trail\n {6}Trail 'team-app' records one region only/);
  });

  it("downgrades with --config, which it checks against the policies' schemas", () => {
    const ok = audit(`${FIXTURES}/noncompliant.preview.json`, "--json", "--config", `${FIXTURES}/advisory-config.json`);
    assert.strictEqual(ok.code, 0, ok.stderr);
    assert.deepStrictEqual((JSON.parse(ok.stdout) as { violations: { enforcementLevel: string }[] }).violations.map((v) => v.enforcementLevel), ["advisory"]);
    const example = audit(`${FIXTURES}/compliant.stack.json`, "--config", "policy/policy-config.example.json");
    assert.strictEqual(example.code, 0, example.stderr);
    const bad = audit(`${FIXTURES}/compliant.stack.json`, "--config", `${FIXTURES}/bad-config.json`);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.stderr, /minimumRetentionDays' must be integer >= 1/);
  });

  for (const [file, says] of [
    ["empty.json", /empty.json: file is empty/],
    ["truncated.stack.json", /truncated.stack.json: not valid JSON .*truncated/],
    ["not-a-stack.json", /not-a-stack.json: neither a stack export/],
    ["missing.json", /missing.json: cannot read \(ENOENT\)/],
  ] as const) {
    it(`exits 2 naming the file, without a stack trace, for ${file}`, () => {
      const r = audit(`${FIXTURES}/${file}`);
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, says);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
      assert.strictEqual(r.stdout, "");
    });
  }

  it("takes only the new state of preview steps, skipping deletes; inputs for Analyze, outputs for AnalyzeStack", () => {
    const parsed = parseAuditFile("p.json", JSON.stringify({ steps: [{ op: "delete", urn: "u1", oldState: { urn: "u1", type: "t" } }, { op: "same", urn: "urn:pulumi:s::p::t::n", newState: { urn: "urn:pulumi:s::p::t::n", type: "t", inputs: { a: 1 }, outputs: { a: 2 } } }] }));
    assert.deepStrictEqual(parsed.resources.map((r) => [r.name, r.inputs, r.outputs]), [["n", { a: 1 }, { a: 2 }]]);
    assert.strictEqual(parsed.stack, "p/s");
  });
});
