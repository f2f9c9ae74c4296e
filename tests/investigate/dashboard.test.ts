import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { dashboardArgs, dashboardBody, DashboardInputs, Widget } from "../../components/investigate/dashboard";

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, "../fixtures/investigate/dashboardBody.schema.json"), "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

const inputs: DashboardInputs = {
  partition: "aws",
  accountId: "111122223333",
  homeRegion: "eu-west-1",
  alarmNames: [
    "security-baseline-root-account-usage",
    "security-baseline-unauthorized-api-calls",
    "security-baseline-trail-delivery-heartbeat",
  ],
  logGroupName: "/security-baseline/cloudtrail",
  realtimeRules: [
    { region: "eu-west-1", ruleNames: ["security-baseline-root-account-usage", "security-baseline-cloudtrail-config-changes"] },
    { region: "us-east-1", ruleNames: ["security-baseline-root-account-usage"] },
  ],
  selfHealingFunctionName: "security-baseline-self-healing",
};

function overlaps(a: Widget, b: Widget): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function checkStructure(body: unknown): void {
  assert.ok(validate(body), JSON.stringify(validate.errors));
  const widgets = (body as { widgets: Widget[] }).widgets;
  for (const w of widgets) assert.ok(w.x + w.width <= 24, `widget at x=${w.x} width=${w.width} leaves the 24-column grid`);
  for (let i = 0; i < widgets.length; i += 1)
    for (let j = i + 1; j < widgets.length; j += 1) assert.ok(!overlaps(widgets[i], widgets[j]), `widgets ${i} and ${j} overlap`);
}

const alarmArnsIn = (body: { widgets: readonly Widget[] }) => body.widgets.flatMap((w) => (w.type === "alarm" ? w.properties.alarms : []));

describe("CloudWatch dashboard body", () => {
  const body = JSON.parse(dashboardArgs("security-baseline", dashboardBody(inputs)).dashboardBody as string);

  it("follows the documented structure, inside the grid, without overlaps", () => checkStructure(body));

  it("shows every alarm's state, by ARN in the home region", () => {
    assert.deepEqual(
      [...alarmArnsIn(body)].sort(),
      inputs.alarmNames.map((name) => `arn:aws:cloudwatch:eu-west-1:111122223333:alarm:${name}`).sort(),
    );
  });

  it("splits more than 100 alarms over several alarm widgets, naming each once", () => {
    const many = Array.from({ length: 230 }, (_, i) => `alarm-${String(i).padStart(3, "0")}`);
    const big = dashboardBody({ ...inputs, alarmNames: many });
    checkStructure(JSON.parse(JSON.stringify(big)));
    const arns = alarmArnsIn(big);
    assert.equal(arns.length, 230);
    assert.deepEqual(arns.map((arn) => arn.split(":alarm:")[1]).sort(), many);
    assert.deepEqual(
      big.widgets.filter((w) => w.type === "alarm").map((w) => (w.type === "alarm" ? w.properties.alarms.length : 0)),
      [100, 100, 30],
    );
  });

  it("graphs the heartbeat metric and the trail's delivery on the trail's log group", () => {
    const metrics = body.widgets
      .filter((w: Widget) => w.type === "metric")
      .flatMap((w: Widget) => (w.type === "metric" ? w.properties.metrics : []));
    assert.ok(
      metrics.some(
        (m: unknown[]) =>
          m[0] === "AWS/Logs" && m[1] === "IncomingLogEvents" && m[2] === "LogGroupName" && m[3] === "/security-baseline/cloudtrail",
      ),
    );
    assert.ok(metrics.some((m: unknown[]) => m[0] === "AWS/Logs" && m[1] === "IncomingBytes" && m[3] === "/security-baseline/cloudtrail"));
    assert.ok(metrics.some((m: unknown[]) => m[0] === "AWS/Lambda" && m[1] === "Errors" && m[3] === "security-baseline-self-healing"));
  });

  it("graphs each region's real-time rules' invocations and failed invocations in that region", () => {
    for (const { region, ruleNames } of inputs.realtimeRules) {
      const widget = body.widgets.find((w: Widget) => w.type === "metric" && w.properties.title.startsWith(`Real-time rules in ${region}`));
      assert.ok(widget, region);
      assert.equal(widget.properties.region, region);
      for (const rule of ruleNames) {
        for (const metricName of ["Invocations", "FailedInvocations"]) {
          assert.ok(
            widget.properties.metrics.some(
              (m: unknown[]) => m[0] === "AWS/Events" && m[1] === metricName && m[2] === "RuleName" && m[3] === rule,
            ),
            `${region} ${rule} ${metricName}`,
          );
        }
      }
    }
  });

  it("the structure check rejects what CloudWatch rejects", () => {
    const broken = [
      { widgets: [] },
      {
        widgets: [
          {
            type: "alarm",
            x: 0,
            y: 0,
            width: 25,
            height: 6,
            properties: { alarms: ["arn:aws:cloudwatch:eu-west-1:111122223333:alarm:a"] },
          },
        ],
      },
      { widgets: [{ type: "alarm", x: 0, y: 0, width: 6, height: 6, properties: { alarms: [] } }] },
      { widgets: [{ type: "metric", x: 0, y: 0, width: 6, height: 6, properties: { metrics: [["AWS/Events", "Invocations"]] } }] },
      { widgets: [{ type: "chart", x: 0, y: 0, width: 6, height: 6, properties: {} }] },
    ];
    for (const b of broken) assert.equal(validate(b), false, JSON.stringify(b));
  });

  it("refuses a dashboard without alarms and a name CloudWatch refuses", () => {
    assert.throws(() => dashboardBody({ ...inputs, alarmNames: [] }), /alarmNames must list at least one alarm/);
    assert.throws(
      () => dashboardArgs("security baseline", dashboardBody(inputs)),
      /dashboard name "security baseline": up to 255 of A-Z a-z 0-9 - _/,
    );
  });
});
