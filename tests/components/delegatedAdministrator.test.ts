/**
 * A delegated administrator's organization trail, as the offline plan shows it: AWS returns the
 * trail's ARN under the management account ("The organization's management account remains the
 * owner of any CloudTrail organization resources the delegated administrator creates", CloudTrail
 * user guide, Organization delegated administrator), so the plan's mocks do too, and the
 * self-healing function, whose rule could never see a StopLogging called in the management
 * account, is not planned.
 */
import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import { loadBaselineArgs } from "../../config";
import { MonitoringBaseline } from "../../components/monitoringBaseline";
import { MOCK_ACCOUNT_ID, settle, startMockRuntime } from "../../tools/lib/mockRuntime";

const PROJECT = "aws-security-baseline";
const MANAGEMENT = "444455556666";

async function resolved<T>(output: pulumi.Output<T> | undefined): Promise<T | undefined> {
  return output === undefined ? undefined : new Promise((resolve) => output.apply((v) => resolve(v)));
}

describe("a delegated administrator's organization trail, planned offline", function () {
  this.timeout(60_000);

  it("carries the management account in the trail's ARN, and plans no self-healing function", async () => {
    const config = { regions: '["eu-west-1"]', organizationTrail: "true", organizationId: "o-a1b2c3d4e5", managementAccountId: MANAGEMENT };
    const recorder = startMockRuntime({
      project: PROJECT,
      stack: "delegated",
      config: Object.fromEntries(Object.entries(config).map(([k, v]) => [`${PROJECT}:${k}`, v])),
    });
    const baseline = new MonitoringBaseline("baseline", loadBaselineArgs());
    await settle();
    assert.equal(await resolved(baseline.trailArn), `arn:aws:cloudtrail:eu-west-1:${MANAGEMENT}:trail/security-baseline`);
    assert.notEqual(MANAGEMENT, MOCK_ACCOUNT_ID);
    const types = recorder.resources().map((r) => r.type);
    assert.ok(!types.includes("aws:lambda/function:Function"));
  });
});
