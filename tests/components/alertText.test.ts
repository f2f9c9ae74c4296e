/**
 * Configured text (custom alarms' title and why) reaches AWS as the provider and EventBridge
 * accept it: no undefined placeholder, valid quoted lines, and every length within its limit
 * counted in UTF-8 bytes.
 */
import { strict as assert } from "assert";
import { ruleDescription } from "../../components/alerts";
import { alertMessage, literalText } from "../../lib/alertTemplates";
import { alarmDescription } from "../../components/alarms";
import {
  METRIC_ALARM_DESCRIPTION_MAX,
  EVENTBRIDGE_INPUT_TEMPLATE_MAX,
  EVENTBRIDGE_RULE_DESCRIPTION_MAX,
  utf8Bytes,
} from "../../lib/awsLimits";
import { BuiltStack, buildStack } from "../helpers/baselineHarness";

const HOSTILE_TITLE = '<script>alert("x")</script> \\ "Notfall" — 緊急 <aws.events.rule-name>';
const HOSTILE_WHY = 'Line one\nline two\r\n\ttabbed, a "quote", a back\\slash, <eventName> and emoji 🚨 über alles';

/** The placeholders a template uses: every `<name>` EventBridge would try to fill. */
const placeholders = (template: string): string[] => [...template.matchAll(/<([^<>]*)>/g)].map((m) => m[1]);

function checkTemplate(transformer: { inputPaths?: Record<string, string>; inputTemplate: string }): string[] {
  const defined = Object.keys(transformer.inputPaths ?? {});
  assert.deepEqual(
    placeholders(transformer.inputTemplate).filter((p) => !defined.includes(p)),
    [],
    "undefined placeholder: PutTargets would fail",
  );
  const lines = transformer.inputTemplate.split("\n");
  assert.equal(lines.length, 7, "one quoted string per line");
  return lines.map((line) => JSON.parse(line) as string);
}

describe("alert text from configuration", () => {
  it("turns angle brackets into look-alikes, so no configured text becomes a placeholder", () => {
    const lines = checkTemplate(alertMessage({ id: "break-glass", title: HOSTILE_TITLE, why: HOSTILE_WHY }));
    assert.equal(lines[0], '[Security baseline] ‹script›alert("x")‹/script› \\ "Notfall" — 緊急 ‹aws.events.rule-name›');
    assert.equal(
      lines[5],
      'Why it matters: Line one line two  \ttabbed, a "quote", a back\\slash, ‹eventName› and emoji 🚨 über alles'.replace("\t", " "),
    );
    // The event fields stay real placeholders.
    assert.match(lines[1], /^What: {2}<eventName> on <eventSource>/);
  });

  it("keeps quotes, backslashes and non-ASCII text intact and escapes them as JSON", () => {
    assert.equal(literalText('a "b" \\ c é'), 'a "b" \\ c é');
    const template = alertMessage({ id: "x", title: 'say "hi" \\o/', why: "ok" }).inputTemplate;
    assert.ok(template.includes('\\"hi\\" \\\\o/'), template);
  });

  it("fits the input template within 8,192 UTF-8 bytes, shortening the why", () => {
    const why = "é".repeat(5000) + '"<>'.repeat(500);
    const transformer = alertMessage({ id: "long", title: "Long one", why });
    assert.ok(
      utf8Bytes(transformer.inputTemplate) <= EVENTBRIDGE_INPUT_TEMPLATE_MAX.value,
      `${utf8Bytes(transformer.inputTemplate)} bytes`,
    );
    assert.ok(
      transformer.inputTemplate.length < EVENTBRIDGE_INPUT_TEMPLATE_MAX.value,
      "counted in characters it would already fit: the test must be about bytes",
    );
    const lines = checkTemplate(transformer);
    assert.match(lines[5], /^Why it matters: é+…$/);
    assert.equal(lines[0], "[Security baseline] Long one");
  });

  it("keeps rule descriptions within 512 and alarm descriptions within 1,024 UTF-8 bytes, never splitting a character", () => {
    const rule = ruleDescription({ title: "ü".repeat(400) });
    assert.ok(utf8Bytes(rule) <= EVENTBRIDGE_RULE_DESCRIPTION_MAX.value && rule.length < 512);
    assert.ok(rule.endsWith("ü…"));
    const alarm = alarmDescription("🚨".repeat(400));
    assert.ok(utf8Bytes(alarm) <= METRIC_ALARM_DESCRIPTION_MAX.value && alarm.length < 1024);
    assert.ok(alarm.endsWith("🚨…") && !alarm.includes("\ufffd"));
    assert.equal(ruleDescription({ title: "short" }), "Real-time alert: short");
  });
});

describe("a custom alarm with hostile text, as planned", () => {
  let stack: BuiltStack;
  before(async () => {
    stack = await buildStack({
      customAlarms: [
        {
          id: "break-glass",
          title: HOSTILE_TITLE,
          why: HOSTILE_WHY,
          filterPattern: '{ $.eventName = "AssumeRole" }',
          eventPattern: { source: ["aws.sts"], detail: { eventName: ["AssumeRole"] } },
        },
      ],
    });
  });

  it("plans a target whose template PutTargets accepts and an alarm and rule within their byte limits", () => {
    const transformer = stack.named("baseline-us-east-1-rule-break-glass-target").inputs.inputTransformer as {
      inputPaths: Record<string, string>;
      inputTemplate: string;
    };
    checkTemplate(transformer);
    assert.ok(
      utf8Bytes(String(stack.named("baseline-us-east-1-rule-break-glass").inputs.description)) <= EVENTBRIDGE_RULE_DESCRIPTION_MAX.value,
    );
    assert.ok(
      utf8Bytes(String(stack.named("baseline-us-east-1-alarm-break-glass").inputs.alarmDescription)) <= METRIC_ALARM_DESCRIPTION_MAX.value,
    );
  });
});
