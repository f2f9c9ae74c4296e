import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { ALARMS, CIS_MONITORING_ALARMS, secretReadFilterPattern } from "../policy/catalogue";
import { checkFilterPatternSyntax, MAX_FILTER_PATTERN_LENGTH } from "../policy/lib/filterPattern";

const SCANNERS = path.join(__dirname, "fixtures", "scanners");
interface ProwlerReference {
  checks: Record<string, { regex: string }>;
}
interface TrivyReference {
  checks: Record<string, { avd: string; patterns: string[] }>;
}
const prowler = JSON.parse(fs.readFileSync(path.join(SCANNERS, "prowler_metric_filter_regexes.json"), "utf8")) as ProwlerReference;
const trivy = JSON.parse(fs.readFileSync(path.join(SCANNERS, "trivy_cloudwatch_alarm_patterns.json"), "utf8")) as TrivyReference;

/** Prowler: `re.search(regex, filterPattern, flags=re.DOTALL)`; its regexes need no Python-only syntax. */
function prowlerPasses(checkName: string, filterPattern: string): boolean {
  const check = prowler.checks[checkName];
  assert.ok(check, `no Prowler check ${checkName} in the reference`);
  return new RegExp(check.regex, "s").test(filterPattern);
}

/** Trivy: any of the check's patterns is a substring of the filter pattern, whitespace stripped on both sides. */
function trivyPasses(avd: string, filterPattern: string): boolean {
  const check = Object.values(trivy.checks).find((c) => c.avd === avd);
  assert.ok(check, `no Trivy check ${avd} in the reference`);
  const strip = (text: string) => text.replace(/\s+/g, "");
  return check.patterns.some((pattern) => strip(filterPattern).includes(strip(pattern)));
}

const referenceTo = (alarm: (typeof ALARMS)[number], prefix: string) => alarm.references.find((r) => r.startsWith(prefix))?.split(" ")[1];

describe("catalogue filter patterns are valid CloudWatch Logs syntax", () => {
  const patterns: [string, string][] = [
    ...ALARMS.map((a): [string, string] => [a.id, a.filterPattern]),
    ...ALARMS.filter((a) => a.tunedFilterPattern).map((a): [string, string] => [`${a.id} (tuned)`, a.tunedFilterPattern!]),
    ["secrets-manager-secret-read", secretReadFilterPattern(["prod/payments/db"])],
  ];
  for (const [label, pattern] of patterns) {
    it(`${label} parses and fits in ${MAX_FILTER_PATTERN_LENGTH} characters`, () => {
      assert.strictEqual(checkFilterPatternSyntax(pattern), undefined);
      assert.ok(pattern.length <= MAX_FILTER_PATTERN_LENGTH, `${pattern.length} characters`);
    });
  }

  it("documents every tuned pattern and tunes only what has a tuned filter pattern", () => {
    for (const alarm of ALARMS) {
      assert.strictEqual(alarm.tuning !== undefined, alarm.tunedFilterPattern !== undefined, alarm.id);
      if (alarm.tunedEventPattern)
        assert.ok(
          alarm.eventPattern && alarm.tunedFilterPattern,
          `${alarm.id}: tunedEventPattern without eventPattern and tunedFilterPattern`,
        );
    }
  });
});

describe("CIS entries stay recognisable to Prowler", () => {
  for (const alarm of CIS_MONITORING_ALARMS) {
    it(`${alarm.id} passes Prowler's ${referenceTo(alarm, "Prowler")}`, () => {
      assert.strictEqual(prowlerPasses(referenceTo(alarm, "Prowler")!, alarm.filterPattern), true);
    });
  }

  it("the regexes are not vacuous: a pattern missing one event name fails", () => {
    const vpc = ALARMS.find((a) => a.id === "vpc-changes")!;
    assert.strictEqual(
      prowlerPasses("cloudwatch_changes_to_vpcs_alarm_configured", vpc.filterPattern.replace("($.eventName=DeleteVpc) || ", "")),
      false,
    );
  });

  it("also recognises the tuned unauthorized-call and sign-in patterns (its regexes look for clauses, not the whole text)", () => {
    // Security Hub compares the whole pattern, so the tuned profile still fails CloudWatch.2 and .3 there.
    for (const id of ["unauthorized-api-calls", "console-signin-without-mfa"]) {
      const alarm = ALARMS.find((a) => a.id === id)!;
      assert.strictEqual(prowlerPasses(referenceTo(alarm, "Prowler")!, alarm.tunedFilterPattern!), true, id);
    }
  });
});

describe("CIS entries and Trivy's substring checks", () => {
  // Trivy cannot pass these three whatever the filter says (see the reference's bugs_noticed and
  // route-table-changes' deviation):
  // - AVD-AWS-0148 looks for `$.userIdentity.type=="IAMUser"`: `==` is not filter pattern syntax,
  //   CloudWatch Logs rejects such a pattern, so no deployable filter contains it;
  // - AVD-AWS-0149 looks for `&.eventType` (a typo for `$.eventType`), which no valid pattern contains;
  // - AVD-AWS-0159 looks for the route-table list without the eventSource clause that CIS 4.13
  //   and Prowler require; the catalogue follows CIS and Prowler.
  const TRIVY_CANNOT_PASS = ["console-signin-without-mfa", "root-account-usage", "route-table-changes"];

  it("pass every Trivy check except the three it cannot pass", () => {
    const failing = CIS_MONITORING_ALARMS.filter((alarm) => !trivyPasses(referenceTo(alarm, "Trivy")!, alarm.filterPattern)).map(
      (a) => a.id,
    );
    assert.deepStrictEqual(failing.sort(), TRIVY_CANNOT_PASS);
  });

  it("Trivy's own sign-in and root patterns are rejected by the filter pattern parser", () => {
    const pattern = (avd: string) => Object.values(trivy.checks).find((c) => c.avd === avd)!.patterns[0];
    assert.match(checkFilterPatternSyntax(`{ ${pattern("AVD-AWS-0148")} }`) ?? "", /"==" is not a filter pattern operator/);
    assert.match(checkFilterPatternSyntax(`{ ${pattern("AVD-AWS-0149")} }`) ?? "", /expected a property selector/);
  });

  it("still finds the tuned unauthorized-call pattern (the CIS clauses survive inside it)", () => {
    const alarm = ALARMS.find((a) => a.id === "unauthorized-api-calls")!;
    assert.strictEqual(trivyPasses(referenceTo(alarm, "Trivy")!, alarm.tunedFilterPattern!), true);
  });

  it("the route-table entry says why it deviates", () => {
    assert.match(ALARMS.find((a) => a.id === "route-table-changes")!.deviation ?? "", /Trivy/);
  });
});
