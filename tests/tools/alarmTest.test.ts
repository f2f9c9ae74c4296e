import * as assert from "assert";
import { SetAlarmStateCommand } from "@aws-sdk/client-cloudwatch";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { usageText } from "../../tools/lib/cli";
import { ALARM_TEST_SPEC, alarmTestCommand } from "../../tools/alarm-test/alarmTestCommand";
import { mocks, OUTPUTS, OUTPUTS_FILE, plannedStack } from "./verifyHarness";

// The outputs of the planned default stack: the alarm names are what the component deploys.
const { cloudwatch, sts } = mocks;

async function alarmTest(args: string[]): Promise<{ code: number; out: string; err: string; sleeps: number[] }> {
  await plannedStack();
  const result = { code: -1, out: "", err: "", sleeps: [] as number[] };
  result.code = await alarmTestCommand(["--stack", "dev", "--outputs", OUTPUTS_FILE, ...args], {
    io: { out: (t) => (result.out += t), err: (t) => (result.err += t) },
    sleep: async (ms) => void result.sleeps.push(ms),
  });
  return result;
}

describe("alarm-test", () => {
  beforeEach(() => {
    cloudwatch.reset();
    sts.reset();
    sts.on(GetCallerIdentityCommand).resolves({ Account: "111122223333" });
  });

  it("sets the alarm to ALARM with a reason that says it is a test, and says what happens next", async () => {
    cloudwatch.on(SetAlarmStateCommand).resolves({});
    const run = await alarmTest(["--alarm", "root-account-usage"]);
    assert.deepStrictEqual(
      cloudwatch.commandCalls(SetAlarmStateCommand).map((c) => c.args[0].input),
      [
        {
          AlarmName: "security-baseline-root-account-usage",
          StateValue: "ALARM",
          StateReason:
            "TEST ONLY: set by `npm run alarm-test` to check that notifications reach the alert addresses. No security event happened.",
        },
      ],
    );
    assert.strictEqual(
      run.out,
      "security-baseline-root-account-usage is now in ALARM (test): each confirmed address of arn:aws:sns:us-east-1:111122223333:security-baseline-alerts-us-east-1 should get an email within a minute or two.\n" +
        "No email? Run `npm run -s verify -- --stack dev`: it shows which link is broken (subscription pending, topic or key policy).\n" +
        "The alarm returns to OK by itself at its next evaluation (within a few minutes); nothing needs undoing.\n",
    );
    assert.strictEqual(run.code, 0);
  });

  it("accepts the heartbeat alarm too", async () => {
    cloudwatch.on(SetAlarmStateCommand).resolves({});
    const run = await alarmTest(["--alarm", "trail-delivery-heartbeat"]);
    assert.strictEqual(
      cloudwatch.commandCalls(SetAlarmStateCommand)[0].args[0].input.AlarmName,
      "security-baseline-trail-delivery-heartbeat",
    );
    assert.strictEqual(run.code, 0);
  });

  it("an unknown id lists the valid ones and exits 2", async () => {
    const run = await alarmTest(["--alarm", "root-usage"]);
    const ids = [...OUTPUTS.alarms.map((a) => a.id), "trail-delivery-heartbeat"];
    assert.ok(ids.includes("root-account-usage") && ids.length > 10);
    assert.strictEqual(run.err, `alarm-test: Stack dev has no alarm "root-usage". Valid ids:\n${ids.map((id) => `  ${id}\n`).join("")}`);
    assert.strictEqual(run.code, 2);
    assert.strictEqual(cloudwatch.calls().length, 0);
  });

  it("retries when throttled", async () => {
    cloudwatch
      .on(SetAlarmStateCommand)
      .rejectsOnce(Object.assign(new Error("Rate exceeded"), { name: "Throttling" }))
      .resolves({});
    const run = await alarmTest(["--alarm", "nacl-changes"]);
    assert.deepStrictEqual(run.sleeps, [1000]);
    assert.strictEqual(run.code, 0);
  });

  it("a refused call could not finish: one line naming the error, exit 2, no stack trace", async () => {
    cloudwatch
      .on(SetAlarmStateCommand)
      .rejects(Object.assign(new Error("not authorized to perform: cloudwatch:SetAlarmState"), { name: "AccessDenied" }));
    const run = await alarmTest(["--alarm", "nacl-changes"]);
    assert.strictEqual(run.err, "alarm-test: AccessDenied: not authorized to perform: cloudwatch:SetAlarmState\n");
    assert.strictEqual(run.code, 2);
  });
});

describe("live tools: credentials are checked once, before anything else", () => {
  beforeEach(() => {
    cloudwatch.reset();
    sts.reset();
  });

  it("missing credentials: one message naming the profile and region, exit 2, no other call", async () => {
    sts
      .on(GetCallerIdentityCommand)
      .rejects(Object.assign(new Error("Could not load credentials from any providers"), { name: "CredentialsProviderError" }));
    const run = await alarmTest(["--alarm", "nacl-changes", "--profile", "secops"]);
    assert.strictEqual(
      run.err,
      'alarm-test: No usable AWS credentials for profile "secops" in us-east-1: CredentialsProviderError: Could not load credentials from any providers\n' +
        "Fix: sign in again (`aws sso login --profile secops`, or refresh the keys), or pass --profile NAME; `aws sts get-caller-identity --profile secops` must work first.\n",
    );
    assert.strictEqual(run.code, 2);
    assert.strictEqual(cloudwatch.calls().length, 0);
  });

  for (const name of ["ExpiredToken", "InvalidClientTokenId", "SignatureDoesNotMatch"]) {
    it(`${name} from AWS is a credentials problem too (exit 2)`, async () => {
      sts.on(GetCallerIdentityCommand).rejects(Object.assign(new Error("The security token included in the request is invalid"), { name }));
      const run = await alarmTest(["--alarm", "nacl-changes", "--profile", "secops"]);
      assert.match(run.err, new RegExp(`^alarm-test: No usable AWS credentials for profile "secops" in us-east-1: ${name}: `));
      assert.strictEqual(run.code, 2);
    });
  }

  it("credentials of another account are refused before any call (exit 2)", async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: "444455556666" });
    const run = await alarmTest(["--alarm", "nacl-changes", "--profile", "sandbox"]);
    assert.strictEqual(
      run.err,
      'alarm-test: The credentials of profile "sandbox" are for account 444455556666, but stack dev is deployed in account 111122223333. Pass --profile for account 111122223333.\n',
    );
    assert.strictEqual(run.code, 2);
    assert.strictEqual(cloudwatch.calls().length, 0);
  });

  it("--help prints the usage to stdout and exits 0 without touching AWS", async () => {
    const run = await alarmTest(["--help"]);
    assert.strictEqual(run.out, usageText(ALARM_TEST_SPEC));
    assert.match(run.out, /^Usage: npm run -s alarm-test -- --stack <name> --alarm <id> \[options\]\n/);
    assert.match(run.out, /\n {6}--timeout <seconds> +Bound on the run; every AWS call is aborted when it passes\. \(default: 60\)\n/);
    assert.strictEqual(run.code, 0);
    assert.strictEqual(sts.calls().length + cloudwatch.calls().length, 0);
  });
});

describe("alarm-test: its exit codes and --timeout", () => {
  beforeEach(() => {
    cloudwatch.reset();
    sts.reset();
    sts.on(GetCallerIdentityCommand).resolves({ Account: "111122223333" });
  });

  it("--help documents only the exit codes it returns: 1 is never one of them", async () => {
    const run = await alarmTest(["--help"]);
    const codes = run.out.split("\nExit codes:\n")[1];
    assert.match(codes, /^ {2}0 {2}the alarm is in ALARM/);
    assert.match(codes, /\n {2}1 {2}never returned by alarm-test/);
    assert.doesNotMatch(codes, /mandatory violations|failed checks/);
    // What it does return instead of 1: 2 when the alarm could not be set (the tests above).
    cloudwatch.on(SetAlarmStateCommand).rejects(Object.assign(new Error("denied"), { name: "AccessDeniedException" }));
    assert.strictEqual((await alarmTest(["--alarm", "root-account-usage"])).code, 2);
  });

  it("refuses a --timeout beyond Node's longest timer, which would stop the run at once, before any call", async () => {
    const run = await alarmTest(["--alarm", "root-account-usage", "--timeout", "3000000"]);
    assert.strictEqual(run.code, 2);
    assert.strictEqual(
      run.err,
      "alarm-test: --timeout must be at most 2147483 seconds (about 24.8 days, the longest timer Node.js keeps), not 3000000 (see npm run -s alarm-test -- --help)\n",
    );
    assert.strictEqual(sts.calls().length + cloudwatch.calls().length, 0);
    // The longest it takes still runs.
    cloudwatch.on(SetAlarmStateCommand).resolves({});
    assert.strictEqual((await alarmTest(["--alarm", "root-account-usage", "--timeout", "2147483"])).code, 0);
  });
});
