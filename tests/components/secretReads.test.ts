/**
 * Watched secrets: past about seven names one filter pattern would pass CloudWatch Logs' 1,024
 * bytes, so the names are split over several filters, alarms and rules of one id family, each
 * within its limit and each catching exactly its own names.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { EventBridgePattern } from "../../policy/catalogue";
import { filterPatternMatches } from "../../policy/lib/filterPattern";
import { EVENTBRIDGE_EVENT_PATTERN_MAX, METRIC_FILTER_PATTERN_MAX, utf8Bytes } from "../../lib/awsLimits";
import { BuiltStack, buildStack } from "../helpers/baselineHarness";
import { CORPUS_DIR } from "../helpers/corpus";
import { eventPatternMatches, toEventBridgeEnvelope } from "../helpers/eventPattern";

const NAMES = Array.from({ length: 20 }, (_, i) => `prod/service-${String(i + 1).padStart(2, "0")}/database-credentials`);
const READ = JSON.parse(
  fs.readFileSync(path.join(CORPUS_DIR, "handwritten", "secretsmanager-get-secret-value-watched-name.json"), "utf8"),
) as Record<string, unknown>;
const readOf = (secretId: string): Record<string, unknown> => ({ ...READ, requestParameters: { secretId } });
const arnOf = (name: string): string => `arn:aws:secretsmanager:eu-west-1:111122223333:secret:${name}-AbCdEf`;
const govCloudArnOf = (name: string): string => `arn:aws-us-gov:secretsmanager:us-gov-west-1:111122223333:secret:${name}-Gh7Jk2`;
const partialArnOf = (name: string): string => `arn:aws:secretsmanager:eu-west-1:111122223333:secret:${name}`;

describe("twenty watched secrets", () => {
  let stack: BuiltStack;
  let filters: { id: string; pattern: string; metric: string }[];
  before(async () => {
    stack = await buildStack({ watchedSecrets: NAMES });
    filters = stack
      .ofType("aws:cloudwatch/logMetricFilter:LogMetricFilter")
      .filter((f) => f.name.includes("-filter-secrets-manager-secret-read"))
      .map((f) => ({
        id: f.name.replace("baseline-us-east-1-filter-", ""),
        pattern: String(f.inputs.pattern),
        metric: (f.inputs.metricTransformation as { name: string }).name,
      }))
      // In family order (-2, -3, ... -10), not the plan's URN order.
      .sort((a, b) => Number(a.id.match(/-(\d+)$/)?.[1] ?? 1) - Number(b.id.match(/-(\d+)$/)?.[1] ?? 1));
  });

  it("are split over several filters of one id family, each pattern within 1,024 bytes", () => {
    assert.ok(utf8Bytes(filters[0].pattern) > 0);
    assert.ok(filters.length >= 3, `${filters.length} filters`);
    assert.deepEqual(
      filters.map((f) => f.id),
      ["secrets-manager-secret-read", ...filters.slice(1).map((_, i) => `secrets-manager-secret-read-${i + 2}`)],
    );
    for (const f of filters) assert.ok(utf8Bytes(f.pattern) <= METRIC_FILTER_PATTERN_MAX.value, `${f.id}: ${utf8Bytes(f.pattern)} bytes`);
    assert.equal(new Set(filters.map((f) => f.metric)).size, filters.length, "each filter its own metric");
  });

  it("give each filter its alarm and its real-time rule, the rule's pattern within 2,048 characters", () => {
    for (const f of filters) {
      assert.equal(stack.named(`baseline-us-east-1-alarm-${f.id}`).inputs.metricName, f.metric);
      const rule = stack.named(`baseline-us-east-1-rule-${f.id}`).inputs;
      assert.ok(String(rule.eventPattern).length <= EVENTBRIDGE_EVENT_PATTERN_MAX.value);
      assert.equal(rule.state, "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS");
    }
  });

  it("catch each name (by name, full ARN in any partition and partial ARN) in exactly one filter and one rule, and nothing else", () => {
    const rules = filters.map(
      (f) => JSON.parse(String(stack.named(`baseline-us-east-1-rule-${f.id}`).inputs.eventPattern)) as EventBridgePattern,
    );
    for (const name of NAMES) {
      for (const secretId of [name, arnOf(name), govCloudArnOf(name), partialArnOf(name)]) {
        const record = readOf(secretId);
        assert.equal(filters.filter((f) => filterPatternMatches(f.pattern, record)).length, 1, `${secretId}: filters`);
        assert.equal(rules.filter((p) => eventPatternMatches(p, toEventBridgeEnvelope(record))).length, 1, `${secretId}: rules`);
      }
    }
    const other = readOf("prod/service-99/database-credentials");
    assert.ok(!filters.some((f) => filterPatternMatches(f.pattern, other)));
    assert.ok(!rules.some((p) => eventPatternMatches(p, toEventBridgeEnvelope(other))));
  });

  it("are all left out by disabling the family's id", async () => {
    const off = await buildStack({ watchedSecrets: NAMES, disabledAlarms: ["secrets-manager-secret-read"] });
    assert.ok(!off.resources.some((r) => r.name.includes("secrets-manager-secret-read")));
  });
});
