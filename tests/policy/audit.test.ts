/**
 * `npm run audit`. Reports, config and preview semantics run in-process on one pack process
 * (`auditStacks`, what the command runs); a few spawned runs prove what only a process shows:
 * exit codes, complete output through a pipe, one-line errors, --help.
 */
import * as assert from "assert";
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { auditStacks } from "../../tools/audit/auditRun";
import { PolicyConfigError, readPolicyConfig } from "../../tools/lib/policyConfig";
import { AuditInputError, parseAuditFile, readAuditFile } from "../../tools/audit/auditInput";
import { jsonReport, textReport } from "../../tools/audit/auditReport";
import { sarifReport } from "../../tools/audit/auditSarif";
import { sarifValidator } from "../helpers/sarifSchema";
import { PolicyPackProcess } from "../../tools/lib/packClient";
import { processesIn, untilExit, waitUntil } from "../helpers/processes";
import { toolArgs } from "../helpers/toolProcess";

const ROOT = path.join(__dirname, "../..");
const FIXTURES = path.join(ROOT, "tests/fixtures/audit");
const fixture = (name: string) => path.join(FIXTURES, name);
const AUDIT = toolArgs("audit");

function audit(...args: string[]) {
  return auditWithEnv({}, ...args);
}

function auditWithEnv(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, [...AUDIT, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run audit", function () {
  this.timeout(60000);
  let pack: PolicyPackProcess;
  before(async () => {
    pack = await PolicyPackProcess.start();
  });
  after(() => pack?.close());
  const run = async (files: string[], configFile?: string) => {
    try {
      return await auditStacks(
        pack,
        files.map(readAuditFile),
        configFile ? { file: configFile, raw: readPolicyConfig(configFile) } : undefined,
      );
    } finally {
      await pack.configure({});
    }
  };

  it("exits 0 with an empty violation list for a compliant stack export and preview", () => {
    const r = audit(fixture("compliant.stack.json"), fixture("compliant.preview.json"), "--json");
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(JSON.parse(r.stdout), { violations: [] });
  });

  it("delivers a large report whole through a pipe and exits 1 (output over 64 KiB)", async () => {
    const big = path.join(os.tmpdir(), `audit-big-${process.pid}.json`);
    const exported = JSON.parse(fs.readFileSync(fixture("noncompliant.stack.json"), "utf8")) as {
      deployment: { resources: { urn: string; propertyDependencies?: Record<string, string[]> }[] };
    };
    const copies = Array.from(
      { length: 40 },
      (_, i) =>
        JSON.parse(
          JSON.stringify(exported.deployment.resources)
            .replace(/::([^":\\]+)"/g, `::$1-${i}"`)
            .replace(/team-app-trail-logs/g, `team-app-trail-logs-${i}`),
        ) as unknown[],
    );
    fs.writeFileSync(big, JSON.stringify({ ...exported, deployment: { ...exported.deployment, resources: copies.flat() } }));
    try {
      const child = spawn(process.execPath, [...AUDIT, big, "--json"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
      const code = await untilExit(child);
      assert.strictEqual(code, 1);
      assert.ok(stdout.length > 64 * 1024, `only ${stdout.length} bytes: the test needs more than a pipe buffer`);
      const { violations } = JSON.parse(stdout) as { violations: { urn: string }[] };
      assert.ok(violations.length >= 40 * 6, `${violations.length} violations`);
    } finally {
      fs.rmSync(big, { force: true });
    }
  });

  it("exits 2 with one line naming the file and no stack trace; the pack it started meanwhile ends with it", async () => {
    // The pack boots while audit reads the files; the marker finds it among other tests' packs.
    const marker = `AUDIT_BAD_FILE_RUN=${process.pid}-${Date.now()}`;
    const r = auditWithEnv({ [marker.split("=")[0]]: marker.split("=")[1] }, fixture("truncated.stack.json"));
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^audit: .*truncated.stack.json: not valid JSON .*may be truncated\n$/);
    assert.strictEqual(r.stdout, "");
    await waitUntil(() => processesIn(path.join(ROOT, "policy"), marker).length === 0, "a policy-pack server outlived audit");
  });

  it("--help prints usage with the exit codes and exits 0 without auditing", () => {
    const r = audit("--help", fixture("missing.json"));
    assert.strictEqual(r.code, 0);
    assert.match(r.stdout, /^Usage: npm run -s audit -- FILE\.\.\. /);
    assert.match(r.stdout, /1 {2}at least one mandatory violation/);
  });

  it("reports exactly the JSON contract for a non-compliant export, sorted", async () => {
    const { violations } = JSON.parse(jsonReport(await run([fixture("noncompliant.stack.json")]))) as {
      violations: Record<string, string>[];
    };
    for (const v of violations) assert.deepStrictEqual(Object.keys(v), ["policy", "urn", "enforcementLevel", "message"]);
    assert.deepStrictEqual([...new Set(violations.map((v) => v.policy))].sort(), [
      "cloudtrail-bucket-public-access-blocked",
      "cloudtrail-cis-monitoring-alarms",
      "cloudtrail-kms-encryption",
      "cloudtrail-log-file-validation",
      "cloudtrail-log-group-retention",
      "cloudtrail-multi-region",
    ]);
    const keys = violations.map((v) => `${v.urn} ${v.policy} ${v.message}`);
    assert.deepStrictEqual(keys, [...keys].sort(), "sorted by urn, policy, message");
  });

  it("reads a preview: unknown values are not violations, known wrong ones are", async () => {
    const results = await run([fixture("noncompliant.preview.json")]);
    assert.deepStrictEqual(
      results[0].violations.map((v) => v.policy),
      ["cloudtrail-multi-region"],
    );
  });

  it("prints a readable report grouped by stack and policy", async () => {
    const text = textReport(await run(["tests/fixtures/audit/noncompliant.stack.json"]));
    assert.match(text, /^Stack team-app\/prod \(tests\/fixtures\/audit\/noncompliant.stack.json\): \d+ violation\(s\), \d+ mandatory/);
    assert.match(
      text,
      /\n {2}cloudtrail-multi-region \[mandatory\]\n {4}- urn:pulumi:prod::team-app::aws:cloudtrail\/trail:Trail::trail\n {6}Trail 'team-app' records one region only/,
    );
  });

  it("applies --config, checked against the policies' schemas; settings alone keep the level", async () => {
    const downgraded = await run([fixture("noncompliant.preview.json")], fixture("advisory-config.json"));
    assert.deepStrictEqual(
      downgraded[0].violations.map((v) => v.enforcementLevel),
      ["advisory"],
    );
    const example = await run([fixture("noncompliant.preview.json")], path.join(ROOT, "policy/policy-config.example.json"));
    // Its retention entry sets minimumRetentionDays 400 alone: the 365-day group fails, still mandatory.
    assert.deepStrictEqual(example[0].violations.map((v) => [v.policy, v.enforcementLevel]).sort(), [
      ["cloudtrail-log-group-retention", "mandatory"],
      ["cloudtrail-multi-region", "mandatory"],
    ]);
    await assert.rejects(
      run([fixture("compliant.stack.json")], fixture("bad-config.json")),
      (e: Error) => e instanceof PolicyConfigError && /minimumRetentionDays' must be integer >= 1/.test(e.message),
    );
  });

  it("writes SARIF 2.1.0 the OASIS schema accepts: a rule per policy with its remediation, a result per violation in the audited file and at its URN", async () => {
    const file = "tests/fixtures/audit/noncompliant.stack.json";
    const results = await run([file], fixture("advisory-config.json"));
    const info = await pack.getAnalyzerInfo();
    const text = sarifReport(results, info);
    const validate = sarifValidator();
    const log: unknown = JSON.parse(text);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const sarif = log as {
      runs: {
        tool: {
          driver: { name: string; rules: { id: string; help: { text: string }; helpUri?: string; properties: Record<string, unknown> }[] };
        };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
            logicalLocations: { fullyQualifiedName: string }[];
          }[];
          partialFingerprints: Record<string, string>;
        }[];
      }[];
    };
    const [sarifRun] = sarif.runs;
    assert.equal(sarifRun.tool.driver.name, "aws-security-baseline");
    const policies = info.getPoliciesList();
    assert.deepStrictEqual(
      sarifRun.tool.driver.rules.map((r) => r.id),
      policies.map((p) => p.getName()),
    );
    for (const [i, rule] of sarifRun.tool.driver.rules.entries()) {
      assert.equal(rule.help.text, policies[i].getRemediationSteps(), rule.id);
      assert.equal(rule.helpUri, policies[i].getUrl(), rule.id);
      assert.match(String(rule.properties["security-severity"]), /^\d\.\d$/, rule.id);
    }
    const violations = results.flatMap((r) => r.violations);
    assert.equal(sarifRun.results.length, violations.length);
    for (const [i, result] of sarifRun.results.entries()) {
      const v = violations[i];
      assert.equal(result.ruleId, v.policy);
      assert.equal(sarifRun.tool.driver.rules[result.ruleIndex].id, v.policy);
      assert.equal(result.level, v.enforcementLevel === "advisory" ? "warning" : "error");
      assert.equal(result.message.text, v.message);
      assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, file);
      assert.deepStrictEqual(result.locations[0].physicalLocation.region, { startLine: 1 }, "GitHub shows a result only with a region");
      assert.equal(result.locations[0].logicalLocations[0].fullyQualifiedName, v.urn);
    }
    assert.ok(
      sarifRun.results.some((r) => r.level === "warning") && sarifRun.results.some((r) => r.level === "error"),
      "both levels compared",
    );
    const fingerprints = sarifRun.results.map((r) => r.partialFingerprints["auditPolicyUrn/v1"]);
    assert.equal(
      new Set(fingerprints).size,
      new Set(violations.map((v) => `${v.policy} ${v.urn}`)).size,
      "one fingerprint per policy and resource",
    );
    assert.equal(sarifReport(results, info), text, "stable");
    // A preview written outside the repository points at the stack's Pulumi.yaml instead (--sarif-location).
    const located = JSON.parse(sarifReport(results, info, "./infra/Pulumi.yaml")) as typeof sarif;
    assert.ok(validate(located), JSON.stringify(validate.errors));
    assert.deepStrictEqual(
      [...new Set(located.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri))],
      ["infra/Pulumi.yaml"],
    );
  });

  describe("refuses input it cannot audit, naming the file (exit 2)", () => {
    const exportOf = (body: object) => JSON.stringify(body);
    const cases: [string, string, RegExp][] = [
      ["an empty file", "", /f.json: file is empty/],
      ["a cut-off file", '{"version": 3, "deployment": {"resources": [{"urn": "u"', /not valid JSON .*; the file may be truncated$/],
      ["a file that is not JSON, without blaming truncation", '{"version": 3, "deployment": x}', /not valid JSON \([^)]*\)$/],
      ["a deployment with no resources", exportOf({ version: 3, deployment: { resources: [] } }), /the deployment has no resources/],
      ["a deployment without resources at all", exportOf({ version: 3, deployment: {} }), /the deployment has no resources/],
      [
        "an unknown deployment version",
        exportOf({ version: 9, deployment: { resources: [{ urn: "urn:pulumi:s::p::t::n", type: "t" }] } }),
        /deployment version 9 is not one audit reads \(3, 4\)/,
      ],
      [
        "a deployment without a version",
        exportOf({ deployment: { resources: [{ urn: "urn:pulumi:s::p::t::n", type: "t" }] } }),
        /deployment version null/,
      ],
      ["a preview without steps", exportOf({ steps: [] }), /the preview has no steps/],
      [
        "a preview whose steps carry no newState (a shape another CLI might write)",
        exportOf({ steps: [{ op: "create", urn: "urn:pulumi:s::p::t::n", new: { urn: "urn:pulumi:s::p::t::n", type: "t" } }] }),
        /f\.json: steps\[0\] \(op "create"\) has no newState; expected `pulumi preview --json` steps that carry each resource's new state/,
      ],
      [
        "a preview that only deletes",
        exportOf({ steps: [{ op: "delete", urn: "urn:pulumi:s::p::t::n", oldState: { urn: "urn:pulumi:s::p::t::n", type: "t" } }] }),
        /f\.json: no step of the preview leaves a resource but the stack and its providers, so there is nothing to audit/,
      ],
      [
        "a deployment of the stack and its provider alone",
        exportOf({
          version: 3,
          deployment: {
            resources: [
              { urn: "urn:pulumi:s::p::pulumi:pulumi:Stack::p-s", type: "pulumi:pulumi:Stack" },
              { urn: "urn:pulumi:s::p::pulumi:providers:aws::default", type: "pulumi:providers:aws" },
            ],
          },
        }),
        /f\.json: the deployment holds no resource but the stack and its providers/,
      ],
      ["neither an export nor a preview", exportOf({ name: "x", runtime: "nodejs" }), /neither a stack export/],
    ];
    for (const [what, text, says] of cases) {
      it(what, () =>
        assert.throws(
          () => parseAuditFile("f.json", text),
          (e: Error) => e instanceof AuditInputError && says.test(e.message),
        ),
      );
    }
    it("a missing file", () => assert.throws(() => readAuditFile(fixture("missing.json")), /missing.json: cannot read it \(ENOENT\)/));
  });

  it("skips states awaiting deletion in an export, as `pulumi policy analyze` does", () => {
    const state = (name: string, extra: object = {}) => ({
      urn: `urn:pulumi:s::p::t::${name}`,
      type: "t",
      inputs: {},
      outputs: {},
      ...extra,
    });
    const parsed = parseAuditFile(
      "e.json",
      JSON.stringify({ version: 3, deployment: { resources: [state("old", { delete: true }), state("new")] } }),
    );
    assert.deepStrictEqual(
      parsed.resources.map((r) => r.name),
      ["new"],
    );
  });

  it("reads a file that starts with a byte-order mark", () => {
    const text = fs.readFileSync(fixture("compliant.stack.json"), "utf8");
    assert.strictEqual(parseAuditFile("bom.json", `\ufeff${text}`).resources.length, parseAuditFile("plain.json", text).resources.length);
  });

  it("takes only the new state of preview steps, skipping deletes; inputs for Analyze, outputs for AnalyzeStack", () => {
    const parsed = parseAuditFile(
      "p.json",
      JSON.stringify({
        steps: [
          { op: "delete", urn: "u1", oldState: { urn: "u1", type: "t" } },
          {
            op: "same",
            urn: "urn:pulumi:s::p::t::n",
            newState: { urn: "urn:pulumi:s::p::t::n", type: "t", inputs: { a: 1 }, outputs: { a: 2 } },
          },
        ],
      }),
    );
    assert.deepStrictEqual(
      parsed.resources.map((r) => [r.name, r.inputs, r.outputs]),
      [["n", { a: 1 }, { a: 2 }]],
    );
    assert.strictEqual(parsed.stack, "p/s");
  });
});
