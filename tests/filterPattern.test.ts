import * as assert from "assert";
import {
  checkFilterPatternSyntax,
  filterPatternMatches,
  FilterPatternSyntaxError,
  MAX_FILTER_PATTERN_LENGTH,
  parseFilterPattern,
} from "../policy/lib/filterPattern";

/** The JSON log event of AWS's "Filter and pattern syntax" page (matching terms in JSON). */
const DOC_EVENT = {
  eventType: "UpdateTrail",
  sourceIPAddress: "111.111.111.111",
  arrayKey: ["value", "another value"],
  objectList: [
    { name: "a", id: 1 },
    { name: "b", id: 2 },
  ],
  SomeObject: null,
};

/** The event of the page's compound-expression examples. */
const DOC_COMPOUND_EVENT = {
  user: { id: 1, email: "John.Stiles@example.com" },
  users: [
    { id: 2, email: "John.Doe@example.com" },
    { id: 3, email: "Jane.Doe@example.com" },
  ],
  actions: ["GET", "PUT", "DELETE"],
  coordinates: [
    [0, 1, 2],
    [4, 5, 6],
    [7, 8, 9],
  ],
};

function syntaxError(pattern: string): FilterPatternSyntaxError {
  try {
    parseFilterPattern(pattern);
  } catch (error) {
    if (error instanceof FilterPatternSyntaxError) return error;
    throw error;
  }
  assert.fail(`expected ${pattern} to be rejected`);
}

describe("filter pattern syntax errors name the position and the reason", () => {
  const cases: [string, number, RegExp][] = [
    ['{ $.eventName "ConsoleLogin" }', 15, /expected "=" or "!=" after \$\.eventName/],
    ["{ $.a == 1 }", 7, /"==" is not a filter pattern operator/],
    ['{ ($.a = "x" }', 14, /expected "\)"/],
    ['{ $.a = "x" && }', 16, /expected a property selector/],
    ['{ $.a = "x" } trailing', 15, /after the closing "}"/],
    ['{ $.a = "x }', 9, /unterminated string/],
    ["{ $.a = }", 9, /expected a value after \$\.a =/],
    ['{ $.a > "x" }', 9, /> needs a number/],
    ["{ $. = 1 }", 5, /expected a property name/],
    ["{ $.a[x] = 1 }", 7, /expected an array index/],
    ["{ $.a = %ab(c)% }", 12, /"\(" is not supported in a CloudWatch Logs regex/],
    ["{ $.a = %x% || $.b = %y% || $.c = %z% }", 35, /more than 2 regex terms/],
    ["{ $.a IS NOT NULL }", 7, /IS NOT is not supported/],
    ["{ $.a EXISTS }", 7, /EXISTS is not supported/],
    ["{ $.a IS MAYBE }", 7, /expected NULL, TRUE or FALSE after IS/],
    ["ERROR", 1, /expected "\{": only JSON-event filter patterns/],
    ["", 1, /empty filter pattern/],
    ['{ $.a = "x" || }', 16, /expected a property selector/],
  ];
  for (const [pattern, position, reason] of cases) {
    it(`rejects ${pattern || "an empty pattern"} at position ${position}`, () => {
      const error = syntaxError(pattern);
      assert.strictEqual(error.position, position, error.message);
      assert.match(error.reason, reason);
      assert.strictEqual(checkFilterPatternSyntax(pattern), `position ${position}: ${error.reason}`);
    });
  }

  it("rejects a pattern longer than CloudWatch Logs' 1024 characters", () => {
    const clause = "($.eventName = CreateVpc)";
    const long = `{ ${Array(50).fill(clause).join(" || ")} }`;
    assert.ok(long.length > MAX_FILTER_PATTERN_LENGTH);
    assert.match(checkFilterPatternSyntax(long) ?? "", /at most 1024/);
    const short = `{ ${Array(10).fill(clause).join(" || ")} }`;
    assert.strictEqual(checkFilterPatternSyntax(short), undefined);
  });

  it("accepts whitespace and newlines anywhere between tokens", () => {
    assert.strictEqual(checkFilterPatternSyntax('{\n  ($.a = "x")\n  ||\t($.b != 1)\n}'), undefined);
  });
});

describe("filter pattern evaluation follows AWS's documented examples", () => {
  const matching = [
    '{ $.eventType = "UpdateTrail" }',
    "{ $.sourceIPAddress != 123.123.* }",
    '{ $.arrayKey[0] = "value" }',
    "{ $.objectList[1].id = 2 }",
    "{ $.SomeObject IS NULL }",
    "{ $.SomeOtherObject NOT EXISTS }",
    '{ $.eventType = "*" && $.sourceIPAddress != 123.123.* }',
  ];
  for (const pattern of matching) {
    it(`matches ${pattern}`, () => assert.strictEqual(filterPatternMatches(pattern, DOC_EVENT), true));
  }

  it("matches the compound examples the page says match, and not those it says do not", () => {
    assert.strictEqual(
      filterPatternMatches('{ ($.user.id = 1) && ($.users[0].email = "John.Doe@example.com") }', DOC_COMPOUND_EVENT),
      true,
    );
    // && binds tighter than ||: the first clause alone decides.
    assert.strictEqual(
      filterPatternMatches(
        '{ $.user.email = "John.Stiles@example.com" || $.coordinates[0][1] = "nonmatch" && $.actions[2] = "nonmatch" }',
        DOC_COMPOUND_EVENT,
      ),
      true,
    );
    assert.strictEqual(
      filterPatternMatches(
        '{ ($.user.email = "John.Stiles@example.com" || $.coordinates[0][1] = "nonmatch") && $.actions[2] = "nonmatch" }',
        DOC_COMPOUND_EVENT,
      ),
      false,
    );
    assert.strictEqual(
      filterPatternMatches('{ ($.user.id = 2 && $.users[0].email = "nonmatch") || $.actions[2] = "GET" }', DOC_COMPOUND_EVENT),
      false,
    );
    assert.strictEqual(filterPatternMatches("{ $.coordinates[1][2] = 6 }", DOC_COMPOUND_EVENT), true);
  });

  it("accepts the page's numeric examples", () => {
    for (const pattern of [
      "{ $.bandwidth > 75 }",
      "{ $.latency < 50 }",
      "{ $.refreshRate >= 60 }",
      "{ $.responseTime <= 5 }",
      "{ $.errorCode = 400}",
      "{ $.errorCode != 500 }",
      "{ $.number[0] = 1e-3 }",
      "{ $.number[0] != 1e+3 }",
    ]) {
      assert.strictEqual(checkFilterPatternSyntax(pattern), undefined, pattern);
    }
  });
});

describe("filter pattern operators", () => {
  const event = {
    name: "ConsoleLogin",
    count: 42,
    ratio: 0.001,
    text: "42",
    flag: true,
    off: false,
    nothing: null,
    nested: { inner: "value" },
    list: ["a", "b"],
  };
  const truth: [string, boolean][] = [
    ['{ $.name = "ConsoleLogin" }', true],
    ["{ $.name = ConsoleLogin }", true],
    ['{ $.name = "consolelogin" }', false], // case sensitive
    ['{ $.name = "Console*" }', true],
    ['{ $.name = "*Login" }', true],
    ['{ $.name = "C*e*n" }', true],
    ['{ $.name = "*" }', true],
    ["{ $.missing = * }", false],
    ['{ $.name != "ConsoleLogin" }', false],
    ['{ $.name != "Other" }', true],
    ['{ $.missing != "Other" }', false], // != needs the field
    ['{ $.nested != "x" }', false], // an object is not a value
    ['{ $.list != "x" }', false], // nor is an array
    ['{ $.nested = "*" }', false],
    ['{ $.nested.inner = "value" }', true],
    ['{ $.list[1] = "b" }', true],
    ['{ $.list[2] = "b" }', false],
    ["{ $.count = 42 }", true],
    ["{ $.count = 4.2e1 }", true],
    ["{ $.count = +42 }", true],
    ["{ $.count != 42 }", false],
    ["{ $.count > 41 }", true],
    ["{ $.count > 42 }", false],
    ["{ $.count >= 42 }", true],
    ["{ $.count < 43 }", true],
    ["{ $.count <= 41 }", false],
    ["{ $.ratio = 1e-3 }", true],
    ["{ $.ratio > -1 }", true],
    ["{ $.text = 42 }", true],
    ["{ $.text > 41 }", true],
    ["{ $.name > 1 }", false],
    ["{ $.missing < 1 }", false],
    ["{ $.flag IS TRUE }", true],
    ["{ $.off IS TRUE }", false],
    ["{ $.off IS FALSE }", true],
    ["{ $.flag IS FALSE }", false],
    ['{ $.flag = "true" }', false],
    ["{ $.nothing IS NULL }", true],
    ["{ $.missing IS NULL }", false],
    ["{ $.nothing NOT EXISTS }", false],
    ["{ $.missing NOT EXISTS }", true],
    ["{ $.nested.missing NOT EXISTS }", true],
    ["{ $.name.deeper NOT EXISTS }", true],
    ["{ $.name = %Console% }", true],
    ["{ $.name = %^Login% }", false],
    ["{ $.name = %Log[a-z]+$% }", true],
    ["{ $.name != %^Console% }", false],
    ["{ $.missing != %x% }", false],
    ['{ $.name = "ConsoleLogin" && $.count = 1 || $.flag IS TRUE }', true],
    ['{ $.name = "ConsoleLogin" && ($.count = 1 || $.flag IS FALSE) }', false],
    ['{ ($.name = "x" || $.count = 42) && ($.off IS FALSE) }', true],
  ];
  for (const [pattern, expected] of truth) {
    it(`${pattern} is ${expected}`, () => assert.strictEqual(filterPatternMatches(pattern, event), expected));
  }

  it("treats * in a quoted string as a wildcard and other characters literally", () => {
    assert.strictEqual(filterPatternMatches('{ $.a = "x.y*" }', { a: "x.yz" }), true);
    assert.strictEqual(filterPatternMatches('{ $.a = "x.y*" }', { a: "xzyz" }), false);
    assert.strictEqual(filterPatternMatches('{ $.a = "a\\"b" }', { a: 'a"b' }), true);
  });

  it("never matches an event that is not a JSON object", () => {
    assert.strictEqual(filterPatternMatches('{ $.a = "x" }', "a = x"), false);
    assert.strictEqual(filterPatternMatches("{ $.a NOT EXISTS }", null), true);
  });
});
