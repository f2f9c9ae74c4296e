import * as assert from "node:assert/strict";
import { unrecoverableChangeMessage, unrecoverableChangePatterns } from "../../lib/unrecoverableChanges";
import { loadCorpus } from "../helpers/corpus";
import { eventPatternMatches, toEventBridgeEnvelope } from "../helpers/eventPattern";
import { EventBridgePattern } from "../../policy/catalogue";

const corpus = loadCorpus();
const record = (file: string) => corpus.find((e) => e.file === file)!.event;
const UPDATE_TRAIL = "elastic/test-update-trail__1__UpdateTrail.json";
const PUT_SELECTORS = "panther/aws_cloudtrail_event_selectors_disabled__00__Event_Selector_Disabled.json";

function matching(trailName: string, trailArn: string, event: Record<string, unknown>): string[] {
  return unrecoverableChangePatterns(trailName, trailArn)
    .filter(({ pattern }) => eventPatternMatches(pattern as EventBridgePattern, toEventBridgeEnvelope(event)))
    .map(({ id }) => id);
}

describe("changes the self-healing function cannot undo", () => {
  it("match UpdateTrail on this trail when the request names it by ARN", () => {
    assert.deepEqual(matching("TEST-trail", "arn:aws:cloudtrail:us-west-2:0123456789012:trail/TEST-trail", record(UPDATE_TRAIL)), [
      "trail-deleted-or-updated",
    ]);
  });

  it("match PutEventSelectors on this trail when the request names it by name", () => {
    assert.deepEqual(
      matching("sample-cloudtrail-name", "arn:aws:cloudtrail:us-west-2:111122223333:trail/sample-cloudtrail-name", record(PUT_SELECTORS)),
      ["trail-event-selectors-changed"],
    );
  });

  it("ignore other trails and failed calls", () => {
    assert.deepEqual(
      matching("security-baseline", "arn:aws:cloudtrail:eu-west-1:111122223333:trail/security-baseline", record(UPDATE_TRAIL)),
      [],
    );
    assert.deepEqual(
      matching("security-baseline", "arn:aws:cloudtrail:eu-west-1:111122223333:trail/security-baseline", record(PUT_SELECTORS)),
      [],
    );
    const failed = { ...record(PUT_SELECTORS), errorCode: "AccessDenied" };
    assert.deepEqual(
      matching("sample-cloudtrail-name", "arn:aws:cloudtrail:us-west-2:111122223333:trail/sample-cloudtrail-name", failed),
      [],
    );
  });

  it("tell the reader to run pulumi up, quoting who did what", () => {
    const transformer = unrecoverableChangeMessage("arn:aws:cloudtrail:eu-west-1:111122223333:trail/security-baseline");
    const template = JSON.parse(String(transformer.inputTemplate));
    assert.match(template, /cannot safely undo this change\. Restore the trail now with `pulumi up`/);
    for (const variable of Object.keys(transformer.inputPaths as Record<string, string>))
      assert.ok(template.includes(`<${variable}>`), variable);
  });
});
