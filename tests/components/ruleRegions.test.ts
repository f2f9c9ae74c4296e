/**
 * Real-time rules exist where their events arrive, and nowhere else.
 *
 * The events a Region's EventBridge receives are modelled from the CloudTrail corpus: a record
 * of a us-east-1-only service (IAM, Organizations, CloudFront, Route 53, Account Management)
 * arrives in us-east-1 only; any other record (STS and sign-in through
 * Regional endpoints included) can arrive in any Region (lib/regions.ts cites the pages). A rule
 * is dead when no record its Region receives matches its pattern.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { EventBridgePattern } from "../../policy/catalogue";
import { GLOBAL_SERVICE_EVENT_SOURCES, US_EAST_1_ONLY_EVENT_SOURCES } from "../../lib/regions";
import { parseSettings } from "../../config";
import { BaselineSettings } from "../../settings/types";
import { resolveAlarms } from "../../settings/alarmSet";
import { BuiltStack, TestConfig, buildStack, sharedStack } from "../helpers/baselineHarness";
import { ROLE_ASSUMED, WITHOUT_US_EAST_1, WITH_US_EAST_1 } from "../helpers/sharedConfigs";
import { loadCorpus } from "../helpers/corpus";
import { eventPatternMatches, reachesEnabledRule, toEventBridgeEnvelope } from "../helpers/eventPattern";

const corpus = loadCorpus().map((e) => e.event);

/**
 * Records the corpus lacks but AWS sends: IoT's CreatePolicy and AttachPolicy (AWS IoT API
 * reference) share names with the CIS IAM filter pattern, which is not scoped to IAM (the
 * EventBridge pattern is, so no rule outside us-east-1 waits for them); and an
 * AssumeRole of the dev stack's break-glass role (its custom alarm's target).
 */
const PROBES = (() => {
  const iam = corpus.find((e) => e.eventSource === "iam.amazonaws.com" && e.eventName === "CreatePolicy");
  const assumeRole = corpus.find((e) => e.eventSource === "sts.amazonaws.com" && e.eventName === "AssumeRole" && !e.errorCode);
  assert.ok(iam && assumeRole, "corpus has an IAM CreatePolicy and a successful STS AssumeRole record");
  return [
    ...["CreatePolicy", "AttachPolicy"].map((eventName) => ({
      ...iam,
      eventSource: "iot.amazonaws.com",
      eventName,
      awsRegion: "eu-west-1",
    })),
    {
      ...assumeRole,
      requestParameters: { ...(assumeRole.requestParameters as object), roleArn: "arn:aws:iam::111122223333:role/break-glass" },
    },
    // A Route 53 record change (Route 53 API reference, ChangeResourceRecordSets), for DNS_CHANGED.
    { ...iam, eventSource: "route53.amazonaws.com", eventName: "ChangeResourceRecordSets", awsRegion: "us-east-1" },
  ];
})();

const usEast1Only = (record: Record<string, unknown>): boolean =>
  (US_EAST_1_ONLY_EVENT_SOURCES as readonly string[]).includes(String(record.eventSource));

const received = new Map<string, ReturnType<typeof toEventBridgeEnvelope>[]>();

/** The records EventBridge in `region` can receive, as envelopes of that Region. */
function receivedIn(region: string): ReturnType<typeof toEventBridgeEnvelope>[] {
  if (!received.has(region)) received.set(region, envelopesIn(region));
  return received.get(region)!;
}

function envelopesIn(region: string): ReturnType<typeof toEventBridgeEnvelope>[] {
  return [...corpus, ...PROBES]
    .filter((record) => region === "us-east-1" || !usEast1Only(record))
    .map((record) => ({ ...toEventBridgeEnvelope({ ...record, awsRegion: region }), region }));
}

interface PlannedRule {
  readonly name: string;
  readonly region: string;
  readonly pattern: EventBridgePattern;
  readonly allManagementEvents: boolean;
}

/** Sources of the finding rules, which match findings, not CloudTrail records: tests/components/findingAlerts.test.ts runs them on documented samples. */
const FINDING_SOURCES = ["aws.guardduty", "aws.securityhub", "aws.config"];

/** The real-time alert rules; the self-healing trail's rules match its own trail's events, which tests/investigate covers. */
function rulesOf(stack: Pick<BuiltStack, "resources">): PlannedRule[] {
  return stack.resources
    .filter((r) => r.type === "aws:cloudwatch/eventRule:EventRule" && !r.urn.includes("baseline:investigate:Investigation"))
    .filter((r) => {
      const source = (JSON.parse(String(r.inputs.eventPattern)) as { source?: string[] }).source ?? [];
      return !FINDING_SOURCES.some((finding) => source.includes(finding));
    })
    .map((r) => ({
      name: r.name,
      region: String(r.inputs.region),
      pattern: JSON.parse(String(r.inputs.eventPattern)) as EventBridgePattern,
      allManagementEvents: r.inputs.state === "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS",
    }));
}

function canFire(rule: PlannedRule): boolean {
  return receivedIn(rule.region).some(
    (event) => (rule.allManagementEvents || reachesEnabledRule(event.detail)) && eventPatternMatches(rule.pattern, event),
  );
}

function settingsOf(config: TestConfig): BaselineSettings {
  return parseSettings((key) =>
    key in config ? (typeof config[key] === "string" ? (config[key] as string) : JSON.stringify(config[key])) : undefined,
  );
}

/** A custom rule on Route 53, whose events reach EventBridge in us-east-1 only (lib/regions.ts). */
const DNS_CHANGED = {
  id: "dns-changed",
  title: "DNS record changed",
  why: "Test rule on a us-east-1-only service.",
  filterPattern: '{ ($.eventSource = "route53.amazonaws.com") && ($.eventName = "ChangeResourceRecordSets") }',
  eventPattern: { source: ["aws.route53"], detail: { eventName: ["ChangeResourceRecordSets"] } },
};

const CONFIGS: Record<string, TestConfig> = {
  "us-east-1 listed": WITH_US_EAST_1,
  "us-east-1 not listed": WITHOUT_US_EAST_1,
  "tuned, all-principals sign-in": {
    regions: ["ap-southeast-2"],
    alarmProfile: "tuned",
    signInWithoutMfaVariant: "all-principals",
    customAlarms: [ROLE_ASSUMED, DNS_CHANGED],
  },
};

describe("real-time rules and the Regions their events arrive in", () => {
  const stacks = new Map<string, BuiltStack>();
  before(async () => {
    for (const [name, config] of Object.entries(CONFIGS)) stacks.set(name, await sharedStack(config));
  });

  for (const name of Object.keys(CONFIGS)) {
    it(`${name}: every rule can match an event its Region receives (no dead rule)`, () => {
      const rules = rulesOf(stacks.get(name)!);
      assert.ok(rules.length > 10);
      assert.deepEqual(
        rules.filter((r) => !canFire(r)).map((r) => `${r.name} [${r.region}]`),
        [],
      );
    });
  }

  it("the committed plan fixtures hold no dead rule either", () => {
    const dir = path.join(__dirname, "..", "fixtures", "plans");
    const plans = fs.readdirSync(dir).filter((f) => f.endsWith(".json") && !f.endsWith(".verdict.json"));
    assert.ok(plans.length >= 5);
    for (const file of plans) {
      const plan = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Pick<BuiltStack, "resources">;
      assert.deepEqual(
        rulesOf(plan)
          .filter((r) => !canFire(r))
          .map((r) => `${file}: ${r.name} [${r.region}]`),
        [],
      );
    }
  });

  it("us-east-1 not listed: the extra us-east-1 instance has exactly the rules that can match an IAM, STS, sign-in or Organizations event", () => {
    const stack = stacks.get("us-east-1 not listed")!;
    const globalRules = rulesOf(stack).filter((r) => r.name.startsWith("baseline-us-east-1-global-events-rule-"));
    const ids = globalRules.map((r) => r.name.replace("baseline-us-east-1-global-events-rule-", "")).sort();
    // Which entries can match a global service's record, from the resolved (unrestricted) patterns.
    const globalRecords = corpus.filter((e) => (GLOBAL_SERVICE_EVENT_SOURCES as readonly string[]).includes(String(e.eventSource)));
    const expected = resolveAlarms(settingsOf(CONFIGS["us-east-1 not listed"]))
      .filter(
        (a) =>
          a.eventPattern &&
          globalRecords.some((record) => eventPatternMatches(a.eventPattern!, { ...toEventBridgeEnvelope(record), region: "us-east-1" })),
      )
      .map((a) => a.id);
    assert.deepEqual(ids, expected.sort());
    assert.ok(ids.includes("role-assumed") && ids.includes("root-account-usage") && ids.includes("console-auth-failures"), ids.join(", "));
    for (const dead of [
      "cloudtrail-config-changes",
      "security-group-changes",
      "nacl-changes",
      "network-gateway-changes",
      "vpc-changes",
      "ec2-instance-changes",
      "ec2-large-instance-launch",
    ]) {
      assert.ok(!ids.includes(dead), `${dead} can never match a global service's event`);
    }
  });

  it("us-east-1 not listed: Organizations (us-east-1 only) gets no rule in eu Regions, but in us-east-1", () => {
    const names = rulesOf(stacks.get("us-east-1 not listed")!).map((r) => r.name);
    assert.ok(!names.includes("baseline-eu-west-1-rule-organizations-changes"));
    assert.ok(!names.includes("baseline-eu-central-1-rule-organizations-changes"));
    assert.ok(names.includes("baseline-us-east-1-global-events-rule-organizations-changes"));
    // The IAM policy rule names iam.amazonaws.com (its CIS filter does not: IoT shares its names), so it
    // exists only where IAM's events arrive.
    assert.ok(!names.includes("baseline-eu-west-1-rule-iam-policy-changes"));
    assert.ok(!names.includes("baseline-eu-central-1-rule-iam-policy-changes"));
    assert.ok(names.includes("baseline-us-east-1-global-events-rule-iam-policy-changes"));
  });

  it("a custom Route 53 rule exists only in the extra us-east-1 instance, never in the listed Region", () => {
    const rules = rulesOf(stacks.get("tuned, all-principals sign-in")!).filter((r) => r.name.endsWith("-rule-dns-changed"));
    assert.deepEqual(
      rules.map((r) => `${r.name} [${r.region}]`),
      ["baseline-us-east-1-global-events-rule-dns-changed [us-east-1]"],
    );
    assert.deepEqual(rules[0].pattern, DNS_CHANGED.eventPattern);
  });

  it("us-east-1 listed: no extra instance; us-east-1 itself has the Organizations rule", () => {
    const names = rulesOf(stacks.get("us-east-1 listed")!).map((r) => r.name);
    assert.ok(!names.some((n) => n.includes("global-events")));
    assert.ok(names.includes("baseline-us-east-1-rule-organizations-changes"));
    assert.ok(!names.includes("baseline-eu-west-1-rule-organizations-changes"));
  });
});

describe("the dev stack's break-glass AssumeRole rule", () => {
  it("exists in every listed Region and in us-east-1 (Regional STS endpoints log in their own Region)", async () => {
    const file = parse(fs.readFileSync(path.join(__dirname, "..", "..", "Pulumi.dev.yaml"), "utf8")) as { config: Record<string, unknown> };
    const config: TestConfig = {};
    for (const [key, value] of Object.entries(file.config)) {
      if (key.startsWith("aws-security-baseline:")) config[key.slice("aws-security-baseline:".length)] = value as TestConfig[string];
    }
    const stack = await buildStack(config, "dev");
    const regions = rulesOf(stack)
      .filter((r) => r.name.endsWith("-rule-break-glass-role-assumed"))
      .map((r) => r.region)
      .sort();
    assert.deepEqual(regions, ["eu-central-1", "eu-west-1", "us-east-1"]);
  });
});
