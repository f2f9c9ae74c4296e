import * as assert from "node:assert/strict";
import { ALARMS, SECRET_READ_ALARM, secretReadFilterPattern } from "../../policy/catalogue";
import { matchesEvent, parseFilterPattern } from "../../policy/lib/filterPattern";
import {
  alarmQueries,
  AlarmFilter,
  investigationQueries,
  queryDefinitionArgs,
  translateFilter,
} from "../../components/investigate/insights";
import { loadCorpus } from "../helpers/corpus";
import { checkInsightsQuery, evaluateFilter, InsightsSyntaxError } from "./insightsGrammar";

/** Every pattern the baseline can deploy: each alarm's CIS and tuned pattern, and the secret-read alarm. */
const DEPLOYABLE: AlarmFilter[] = [
  ...ALARMS.map((a) => ({ id: a.id, title: a.title, filterPattern: a.filterPattern })),
  ...ALARMS.filter((a) => a.tunedFilterPattern).map((a) => ({ id: `${a.id}/tuned`, title: a.title, filterPattern: a.tunedFilterPattern! })),
  { id: SECRET_READ_ALARM.id, title: SECRET_READ_ALARM.title, filterPattern: secretReadFilterPattern(["prod/payments/db"]) },
];

describe("Logs Insights queries", () => {
  const { queries, untranslated } = alarmQueries(DEPLOYABLE);
  const all = [...investigationQueries(), ...queries];

  it("translate every catalogue alarm's filter (CIS and tuned profiles, secret reads)", () => {
    assert.deepEqual(untranslated, []);
    assert.equal(queries.length, DEPLOYABLE.length);
  });

  it("cover the investigation questions", () => {
    assert.deepEqual(
      investigationQueries().map((q) => q.id),
      [
        "principal-activity",
        "root-activity",
        "failed-console-sign-ins",
        "access-denied-by-principal",
        "resource-changes",
        "source-ip-activity",
      ],
    );
  });

  for (const query of all) {
    it(`${query.id} is valid Insights syntax`, () => {
      assert.ok(checkInsightsQuery(query.queryString).length >= 1, "has a filter");
    });
  }

  it("the syntax checker refuses what Insights refuses", () => {
    for (const bad of [
      `filter eventName = "ConsoleLogin" and`,
      `filter (eventName = "x"`,
      `filter eventName = "x | sort @timestamp desc`,
      `filter eventName like /[/`,
      `filter eventName == "x"`,
      `fields @timestamp | limit 0`,
      `fields @timestamp | where x = 1`,
      `filter eventName = "x" sort @timestamp`,
      `stats count(*) as n by`,
    ]) {
      assert.throws(() => checkInsightsQuery(bad), InsightsSyntaxError, bad);
    }
  });

  it("each alarm's query selects exactly the corpus events its filter pattern matches", () => {
    const corpus = loadCorpus();
    const disagreements: string[] = [];
    for (const alarm of DEPLOYABLE) {
      const pattern = parseFilterPattern(alarm.filterPattern);
      const [filter] = checkInsightsQuery(`filter ${translateFilter(pattern)}`);
      let matched = 0;
      for (const { file, event } of corpus) {
        const expected = matchesEvent(pattern, event);
        if (expected) matched += 1;
        if (evaluateFilter(filter, event) !== expected)
          disagreements.push(`${alarm.id} on ${file}: pattern ${expected}, query ${!expected}`);
      }
      assert.ok(matched > 0, `${alarm.id} matches no corpus event, so agreement proves nothing`);
    }
    assert.deepEqual(disagreements, []);
  });

  it("translates each filter-pattern construct as the evaluator reads it", () => {
    const cases: [string, string][] = [
      ['{ $.eventName = "ConsoleLogin" }', 'eventName = "ConsoleLogin"'],
      ['{ $.errorCode = "*UnauthorizedOperation" }', "errorCode like /^.*UnauthorizedOperation$/"],
      ["{ $.requestParameters.instanceType = *.8xlarge }", "requestParameters.instanceType like /^.*\\.8xlarge$/"],
      ['{ $.eventType != "AwsServiceEvent" }', '(ispresent(eventType) and eventType != "AwsServiceEvent")'],
      [
        '{ $.userIdentity.sessionContext.sessionIssuer.userName != "AWSServiceRoleFor*" }',
        "(ispresent(userIdentity.sessionContext.sessionIssuer.userName) and userIdentity.sessionContext.sessionIssuer.userName not like /^AWSServiceRoleFor.*$/)",
      ],
      ["{ $.userIdentity.invokedBy NOT EXISTS }", "not ispresent(userIdentity.invokedBy)"],
      ['{ $.resources[0].ARN = "arn:aws:s3:::b" }', 'resources.0.ARN = "arn:aws:s3:::b"'],
      ["{ ($.a = 1) || ($.b > 2 && $.c = x) }", '(a = 1 or (b > 2 and c = "x"))'],
    ];
    for (const [pattern, expected] of cases) assert.equal(translateFilter(parseFilterPattern(pattern)), expected, pattern);
  });

  it("names JSON null and boolean tests it cannot translate, instead of guessing", () => {
    const result = alarmQueries([
      { id: "null-test", title: "t", filterPattern: "{ $.errorCode IS NULL }" },
      { id: "bool-test", title: "t", filterPattern: "{ $.readOnly IS FALSE }" },
    ]);
    assert.deepEqual(result.queries, []);
    assert.deepEqual(
      result.untranslated.map((u) => u.id),
      ["null-test", "bool-test"],
    );
    assert.match(result.untranslated[0].reason, /\$\.errorCode IS NULL: Insights does not document JSON null/);
  });

  it("become QueryDefinition args on the trail's log group, within PutQueryDefinition's limits", () => {
    const args = queryDefinitionArgs("security-baseline", "/security-baseline/cloudtrail", all);
    for (const { args: a } of args) {
      assert.deepEqual(a.logGroupNames, ["/security-baseline/cloudtrail"]);
      assert.ok(String(a.name).startsWith("security-baseline/") && String(a.name).length <= 255);
      assert.ok(String(a.queryString).length <= 10000);
    }
    const oneProfile = [...investigationQueries(), ...alarmQueries(DEPLOYABLE.filter((d) => !d.id.endsWith("/tuned"))).queries];
    const names = queryDefinitionArgs("security-baseline", "/security-baseline/cloudtrail", oneProfile).map((a) => a.args.name);
    assert.equal(new Set(names).size, names.length, "names are unique within one deployment");
  });
});
