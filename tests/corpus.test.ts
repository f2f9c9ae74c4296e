import * as assert from "assert";
import {
  ALARMS,
  EventBridgePattern,
  SECRET_READ_ALARM,
  SIGNIN_WITHOUT_MFA_ALL_PRINCIPALS_EVENT_PATTERN,
  SIGNIN_WITHOUT_MFA_VARIANTS,
  secretReadEventPattern,
  secretReadFilterPattern,
} from "../policy/catalogue";
import { FilterNode, matchesEvent, parseFilterPattern } from "../policy/lib/filterPattern";
import { corpusRecordFiles, CorpusEvent, loadCorpus } from "./helpers/corpus";
import { eventPatternMatches, reachesEnabledRule, toEventBridgeEnvelope } from "./helpers/eventPattern";

/** The watched secret the corpus's Secrets Manager events are written for. */
const WATCHED_SECRETS = ["prod/payments/db"];

type Profile = "cis" | "tuned";
const PROFILES: readonly Profile[] = ["cis", "tuned"];

interface ProfileEntry {
  readonly id: string;
  readonly filter: FilterNode;
  readonly eventPattern?: EventBridgePattern;
}

/** Every catalogue entry as one profile deploys it (the secret-read entry for the watched secret). */
function entriesOf(profile: Profile): ProfileEntry[] {
  const entries = ALARMS.map((alarm) => ({
    id: alarm.id,
    filter: parseFilterPattern(profile === "tuned" ? (alarm.tunedFilterPattern ?? alarm.filterPattern) : alarm.filterPattern),
    eventPattern: profile === "tuned" ? (alarm.tunedEventPattern ?? alarm.eventPattern) : alarm.eventPattern,
  }));
  entries.push({
    id: SECRET_READ_ALARM.id,
    filter: parseFilterPattern(secretReadFilterPattern(WATCHED_SECRETS)),
    eventPattern: secretReadEventPattern(WATCHED_SECRETS),
  });
  return entries;
}

const corpus = loadCorpus();
const expectedFires = (event: CorpusEvent, profile: Profile) => (profile === "tuned" ? event.firesTuned : event.fires);

describe("the CloudTrail corpus", () => {
  it("lists every record file in the manifest exactly once", () => {
    const listed = corpus.map((event) => event.file).sort();
    assert.deepStrictEqual(listed, [...new Set(listed)], "a file is listed twice");
    assert.deepStrictEqual(listed, corpusRecordFiles());
  });

  it("names only catalogue alarm ids", () => {
    const ids = new Set(entriesOf("cis").map((entry) => entry.id));
    for (const event of corpus) {
      for (const id of [...event.fires, ...event.firesTuned]) assert.ok(ids.has(id), `${event.file}: unknown alarm id ${id}`);
    }
  });

  it("holds single CloudTrail records, not log files (Panther's trimmed records keep at least eventSource and eventName)", () => {
    for (const { file, event } of corpus) {
      assert.ok(!("Records" in event), `${file}: a log file; store each record of Records on its own`);
      for (const field of ["eventSource", "eventName"]) assert.strictEqual(typeof event[field], "string", `${file}: ${field}`);
    }
  });

  it("keeps hand-written records complete: every field CloudTrail delivers for their event type", () => {
    const required = [
      "eventVersion",
      "userIdentity",
      "eventTime",
      "eventSource",
      "eventName",
      "awsRegion",
      "sourceIPAddress",
      "userAgent",
      "requestParameters",
      "responseElements",
      "eventID",
      "readOnly",
      "eventType",
      "managementEvent",
      "recipientAccountId",
      "eventCategory",
    ];
    for (const { file, event } of corpus.filter((e) => e.file.startsWith("handwritten/"))) {
      const missing = required.filter((field) => !(field in event));
      if (event.eventType === "AwsApiCall" && !("requestID" in event)) missing.push("requestID");
      assert.deepStrictEqual(missing, [], file);
    }
  });
});

/**
 * Records a filter pattern counts and its rule deliberately does not (see the describe block on
 * iam-policy-changes below): the CIS IAM filter names no eventSource, so it also counts other
 * services' same-named calls (Organizations' CreatePolicy and DeletePolicy, IoT's); the rule is
 * scoped to IAM's eventSource.
 */
const FILTER_ONLY: Record<string, (record: Record<string, unknown>) => boolean> = {
  "iam-policy-changes": (record) => record.eventSource !== "iam.amazonaws.com",
};

/**
 * Records a rule matches and its filter pattern deliberately does not: an event pattern cannot
 * both match `<name>-*` and exclude `<name>-*-*` on one field, so the secret-read rule also fires
 * on the full ARN of another secret named `<name>-...` (policy/catalogue.ts, secretReadEventPattern).
 */
const RULE_ONLY: Record<string, readonly string[]> = {
  "secrets-manager-secret-read": ["handwritten/secretsmanager-get-secret-value-lookalike-arn.json"],
};

for (const profile of PROFILES) {
  describe(`the ${profile} profile's filter patterns on the corpus`, () => {
    const entries = entriesOf(profile);

    it("fire exactly the alarms the manifest lists for every event", () => {
      const mismatches = corpus.flatMap((event) => {
        const actual = entries
          .filter((entry) => matchesEvent(entry.filter, event.event))
          .map((entry) => entry.id)
          .sort();
        const expected = expectedFires(event, profile);
        return JSON.stringify(actual) === JSON.stringify(expected) ? [] : [`${event.file}: expected [${expected}] but fired [${actual}]`];
      });
      assert.deepStrictEqual(mismatches, []);
    });

    for (const entry of entries) {
      it(`${entry.id}: catches at least two events and misses at least two of the same service or name`, () => {
        const caught = corpus.filter((event) => expectedFires(event, profile).includes(entry.id));
        assert.ok(caught.length >= 2, `${entry.id} catches ${caught.length} corpus events`);
        // A near-miss looks like a catch (same service or same event name) but must not fire.
        const sources = new Set(caught.map((event) => event.event.eventSource));
        const names = new Set(caught.map((event) => event.event.eventName));
        const nearMisses = corpus.filter(
          (event) =>
            !expectedFires(event, profile).includes(entry.id) && (sources.has(event.event.eventSource) || names.has(event.event.eventName)),
        );
        assert.ok(nearMisses.length >= 2, `${entry.id} has ${nearMisses.length} near-misses`);
      });
    }
  });

  describe(`the ${profile} profile's EventBridge patterns agree with its filter patterns`, () => {
    for (const entry of entriesOf(profile)) {
      if (!entry.eventPattern) continue;
      const pattern = entry.eventPattern;
      it(`${entry.id} fires on exactly the same corpus events`, () => {
        const filterOnly = FILTER_ONLY[entry.id] ?? (() => false);
        const ruleOnly = RULE_ONLY[entry.id] ?? [];
        const byFilter = corpus
          .filter((event) => (matchesEvent(entry.filter, event.event) && !filterOnly(event.event)) || ruleOnly.includes(event.file))
          .map((event) => event.file);
        const byRule = corpus
          .filter((event) => eventPatternMatches(pattern, toEventBridgeEnvelope(event.event)))
          .map((event) => event.file);
        assert.ok(byRule.length >= 2, `${entry.id}'s rule matches ${byRule.length} events`);
        assert.deepStrictEqual(byRule, byFilter);
      });
    }
  });
}

describe("the deliberate difference between iam-policy-changes' filter and its rule", () => {
  // The CIS filter names IAM's event names only, so it also counts other services' namesakes: AWS
  // IoT's CreatePolicy, DeletePolicy, CreatePolicyVersion and DeletePolicyVersion (AWS IoT API
  // reference). The EventBridge pattern names iam.amazonaws.com (policy/catalogue.ts): its rule then
  // lives where IAM's events arrive (us-east-1) instead of waiting in every Region for IoT calls.
  // The corpus holds no IoT record; these probes, and the corpus's Organizations CreatePolicy
  // (FILTER_ONLY above), are the records where the two deliberately differ.
  const entry = entriesOf("cis").find((e) => e.id === "iam-policy-changes")!;
  const iamRecord = corpus.find((e) => e.event.eventSource === "iam.amazonaws.com" && e.event.eventName === "CreatePolicy")!.event;
  it("the corpus's Organizations CreatePolicy: the filter counts it, the rule does not (it has its own rule)", () => {
    const organizations = corpus.filter(
      (e) => e.event.eventSource === "organizations.amazonaws.com" && matchesEvent(entry.filter, e.event),
    );
    assert.deepStrictEqual(
      organizations.map((e) => e.file),
      ["handwritten/organizations-create-policy.json"],
    );
    for (const { event } of organizations)
      assert.strictEqual(eventPatternMatches(entry.eventPattern!, toEventBridgeEnvelope(event)), false);
  });
  for (const eventName of ["CreatePolicy", "DeletePolicy", "CreatePolicyVersion", "DeletePolicyVersion"]) {
    it(`an IoT ${eventName}: the filter counts it, the rule does not`, () => {
      const iot = { ...iamRecord, eventSource: "iot.amazonaws.com", eventName };
      assert.strictEqual(matchesEvent(entry.filter, iot), true);
      assert.strictEqual(eventPatternMatches(entry.eventPattern!, toEventBridgeEnvelope(iot)), false);
      assert.strictEqual(
        eventPatternMatches(entry.eventPattern!, toEventBridgeEnvelope({ ...iot, eventSource: "iam.amazonaws.com" })),
        true,
      );
    });
  }
});

describe("the tuned profile's exclusions", () => {
  for (const alarm of ALARMS.filter((a) => a.tunedFilterPattern !== undefined)) {
    it(`${alarm.id}: drops at least one noise event and still fires on at least two`, () => {
      const dropped = corpus.filter((event) => event.fires.includes(alarm.id) && !event.firesTuned.includes(alarm.id));
      const kept = corpus.filter((event) => event.firesTuned.includes(alarm.id));
      assert.ok(dropped.length >= 1, `${alarm.id}: the tuned pattern removes no corpus event`);
      assert.ok(kept.length >= 2);
      assert.ok(alarm.tuning && alarm.tuning.length > 0, `${alarm.id}: tunedFilterPattern without tuning`);
    });
  }

  it("never fires where the cis profile does not (tuning only excludes)", () => {
    for (const event of corpus) {
      for (const id of event.firesTuned) assert.ok(event.fires.includes(id), `${event.file}: tuned fires ${id}, cis does not`);
    }
  });
});

describe("real-time rules and read-only events", () => {
  it("need ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS exactly for the entries that catch read-only Get/Describe/List calls", () => {
    // A rule in the plain ENABLED state never sees these events, so it would miss what the alarm catches.
    const needsAllManagementEvents = entriesOf("cis")
      .filter((entry) => corpus.some((event) => matchesEvent(entry.filter, event.event) && !reachesEnabledRule(event.event)))
      .map((entry) => entry.id)
      .sort();
    assert.deepStrictEqual(needsAllManagementEvents, ["root-account-usage", "secrets-manager-secret-read", "unauthorized-api-calls"]);
    const flagged = [...ALARMS, SECRET_READ_ALARM]
      .filter((a) => a.realtimeNeedsReadOnlyEvents)
      .map((a) => a.id)
      .sort();
    assert.deepStrictEqual(flagged, needsAllManagementEvents, "catalogue's realtimeNeedsReadOnlyEvents must match what the corpus shows");
  });
});

describe("the all-principals sign-in variant", () => {
  it("has an EventBridge pattern that fires on exactly the events its filter pattern catches, a superset of the default", () => {
    const filter = parseFilterPattern(SIGNIN_WITHOUT_MFA_VARIANTS["all-principals"]);
    const byFilter = corpus.filter((e) => matchesEvent(filter, e.event)).map((e) => e.file);
    const byRule = corpus
      .filter((e) => eventPatternMatches(SIGNIN_WITHOUT_MFA_ALL_PRINCIPALS_EVENT_PATTERN, toEventBridgeEnvelope(e.event)))
      .map((e) => e.file);
    assert.deepStrictEqual(byRule, byFilter);
    const byDefault = corpus.filter((e) => e.fires.includes("console-signin-without-mfa")).map((e) => e.file);
    assert.ok(byDefault.length >= 2 && byDefault.every((f) => byFilter.includes(f)));
    assert.ok(byFilter.length > byDefault.length, "the unscoped variant should also catch root and federated sign-ins");
  });
});
