/**
 * What a refused configuration says: one line a problem, naming the key and what is allowed,
 * never a wall of text (a long value is cut; the known keys are listed once), and unknown keys
 * refused at every depth of a custom alarm, its event pattern included.
 */
import { strict as assert } from "assert";
import { problemsOf, settingsOf } from "../helpers/configHarness";

const alarm = (extra: Record<string, unknown>) => ({ id: "break-glass", filterPattern: '{ $.eventName = "AssumeRole" }', ...extra });

describe("config messages: short, and about what the user wrote", () => {
  it("cuts a long value to 160 characters and says how long it was", () => {
    const [problem] = problemsOf({ trailName: "x".repeat(5000) });
    assert.ok(problem.length < 600, `${problem.length} characters`);
    assert.match(problem, /^trailName: "x{159}… \(5002 characters\) is not valid; /);
  });

  it("cuts a long unknown key too", () => {
    const [problem] = problemsOf({}, ["k".repeat(5000)]);
    assert.match(problem, /^k{160}… \(5000 characters\): unknown configuration key\./);
  });

  it("lists the known keys once, after the last unknown key, not on every line", () => {
    const problems = problemsOf({}, ["colour", "size", "regoins"]);
    assert.equal(problems.length, 3);
    assert.equal(problems.filter((p) => p.includes("Known keys:")).length, 1);
    assert.match(problems[2], /^regoins: unknown configuration key; did you mean regions\? Known keys: regions, /);
  });

  it("names an entry of a list written with no value as empty, not the list as [null]", () => {
    assert.deepEqual(problemsOf({ alertEmails: ["secops@example.com", null] }), ["alertEmails[1]: empty; expected a string."]);
  });

  it("refuses two case variants of one mailbox in alertEmails, naming both", () => {
    assert.deepEqual(problemsOf({ alertEmails: ["SecOps@Example.com", "secops@example.com"] }), [
      'alertEmails: "secops@example.com" is not valid; list each address once ("SecOps@Example.com" is the same mailbox).',
    ]);
  });
});

describe("config: unknown keys in a custom alarm, at every depth", () => {
  it("refuses an unknown field of the entry with a did-you-mean", () => {
    assert.deepEqual(problemsOf({ customAlarms: [alarm({ tittle: "Break-glass" })] }), [
      "customAlarms[0].tittle: unknown field of a custom alarm; did you mean title? Known keys: id, filterPattern, title, why, eventPattern.",
    ]);
  });

  it("refuses an event pattern field no event has, at the top", () => {
    assert.deepEqual(
      problemsOf({ customAlarms: [alarm({ eventPattern: { sorce: ["aws.sts"], detail: { eventName: ["AssumeRole"] } } })] }),
      [
        "customAlarms[0] (break-glass).eventPattern.sorce: unknown event field; did you mean source? Known keys: version, id, detail-type, source, account, time, region, resources, detail.",
      ],
    );
  });

  it("refuses an unknown comparison operator however deep, inside anything-but and $or too", () => {
    const eventPattern = {
      source: ["aws.sts"],
      detail: {
        requestParameters: { roleArn: [{ wildcrad: "*:role/break-glass" }] },
        userIdentity: { type: [{ "anything-but": { prefx: "AWSService" } }] },
        $or: [{ eventName: ["AssumeRole"] }, { eventName: [{ sufix: "Role" }] }],
      },
    };
    assert.deepEqual(problemsOf({ customAlarms: [alarm({ eventPattern })] }), [
      "customAlarms[0] (break-glass).eventPattern.detail.requestParameters.roleArn[0].wildcrad: unknown comparison operator; did you mean wildcard? Operators: prefix, suffix, anything-but, numeric, exists, cidr, equals-ignore-case, wildcard.",
      "customAlarms[0] (break-glass).eventPattern.detail.userIdentity.type[0].anything-but.prefx: unknown comparison operator; did you mean prefix? Operators: prefix, suffix, equals-ignore-case, wildcard.",
      "customAlarms[0] (break-glass).eventPattern.detail.$or[1].eventName[0].sufix: unknown comparison operator; did you mean suffix? Operators: prefix, suffix, anything-but, numeric, exists, cidr, equals-ignore-case, wildcard.",
    ]);
  });

  it("refuses a field whose value is not a list (EventBridge matches lists)", () => {
    assert.deepEqual(problemsOf({ customAlarms: [alarm({ eventPattern: { source: "aws.sts" } })] }), [
      'customAlarms[0] (break-glass).eventPattern.source: "aws.sts" is not valid; expected a non-empty list of values to match, such as ["DeleteBucket"], or an object of the fields inside it.',
    ]);
  });

  it("accepts the patterns the README and the dev stack use", () => {
    const eventPattern = {
      source: ["aws.sts"],
      "detail-type": ["AWS API Call via CloudTrail"],
      detail: {
        eventName: ["AssumeRole"],
        requestParameters: { roleArn: [{ wildcard: "*:role/break-glass" }] },
        userIdentity: { type: [{ "anything-but": ["AWSService"] }], invokedBy: [{ exists: false }] },
      },
    };
    assert.deepEqual(settingsOf({ customAlarms: [alarm({ eventPattern })] }).customAlarms[0].eventPattern, eventPattern);
  });
});
