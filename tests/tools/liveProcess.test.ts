/**
 * The live tools as the processes users run, against a local endpoint: bounded by --timeout
 * when AWS never answers, stopped by SIGTERM with cleanup, quiet on a closed pipe. The
 * processes start together (each loads its modules and the SDK), then each test reads its result.
 */
import * as assert from "assert";
import { callerIdentityXml, ec2Xml, FakeAws, startTool, ToolRun } from "./fakeAws";
import { OUTPUTS_FILE, plannedStack } from "./verifyHarness";
import { processAlive } from "../helpers/processes";

/** Answers nothing at all: connections are accepted and left hanging. */
const silent = new FakeAws(() => undefined);
/** Knows who the caller is, then never answers. */
const whoAmIOnly = new FakeAws((r) => (r.action === "GetCallerIdentity" ? callerIdentityXml() : undefined));
/** The drill's first change succeeds; the second hangs until the test sends SIGTERM. */
const drillAccount: FakeAws = new FakeAws((r): string | undefined => {
  switch (r.action) {
    case "GetCallerIdentity":
      return callerIdentityXml();
    case "CreateVpc":
      return ec2Xml("CreateVpc", "<vpc><vpcId>vpc-0drill</vpcId></vpc>");
    case "DescribeTags": {
      const runId = drillAccount.requests.find((q) => q.action === "CreateVpc")?.params.get("TagSpecification.1.Tag.1.Value") ?? "";
      return ec2Xml(
        "DescribeTags",
        `<tagSet><item><resourceId>vpc-0drill</resourceId><resourceType>vpc</resourceType><key>baseline-drill</key><value>${runId}</value></item></tagSet>`,
      );
    }
    case "DeleteVpc":
      return ec2Xml("DeleteVpc", "<return>true</return>");
    default:
      return undefined;
  }
});

/** verify's --timeout against an endpoint that never answers. */
const BOUND_SECONDS = 5;
let verifyBounded: ToolRun;
let silentUrl: string;
let alarmTestSignalled: ToolRun;
let drillSignalled: ToolRun;
let helpIntoClosedPipe: ToolRun;
let verifyWithoutCredentials: ToolRun;
/** Counts every request; answers none. */
const nobody = new FakeAws(() => undefined);

before(async function () {
  this.timeout(60000);
  // The planned default stack's outputs, saved as `pulumi stack output --json` would print them.
  await plannedStack();
  let whoAmIUrl: string, drillUrl: string, nobodyUrl: string;
  [silentUrl, whoAmIUrl, drillUrl, nobodyUrl] = await Promise.all([
    silent.start(),
    whoAmIOnly.start(),
    drillAccount.start(),
    nobody.start(),
  ]);
  // 5 s: the run's clock starts before the SDK has built, signed and sent the credentials check,
  // which took over a second on a loaded machine; 5 s leaves it room, and is still far below the
  // 30 s request timeout and the 60 s unanswered budget the message must not come from.
  verifyBounded = startTool("verify", ["--stack", "dev", "--outputs", OUTPUTS_FILE, "--timeout", String(BOUND_SECONDS)], silentUrl);
  alarmTestSignalled = startTool("alarm-test", ["--stack", "dev", "--outputs", OUTPUTS_FILE, "--alarm", "nacl-changes"], whoAmIUrl);
  drillSignalled = startTool("drill", ["--stack", "dev", "--outputs", OUTPUTS_FILE, "--yes"], drillUrl);
  helpIntoClosedPipe = startTool("verify", ["--help"], silentUrl, { stdout: "closed" });
  // No keys, no profile file, no instance metadata: the SDK's own credential chain finds nothing.
  verifyWithoutCredentials = startTool("verify", ["--stack", "dev", "--outputs", OUTPUTS_FILE, "--profile", "secops"], nobodyUrl, {
    credentials: false,
  });
  // Each signal goes when its tool is stuck waiting for AWS.
  // CloudWatch speaks another protocol than Query: any call after the credentials check is SetAlarmState.
  void whoAmIOnly.arrived((r) => r.action !== "GetCallerIdentity").then(() => alarmTestSignalled.child.kill("SIGTERM"));
  void drillAccount.arrived((r) => r.action === "CreateSecurityGroup").then(() => drillSignalled.child.kill("SIGTERM"));
});

after(() => {
  for (const server of [silent, whoAmIOnly, drillAccount, nobody]) server.stop();
  // Each tool is a single process, gone once it has ended: nothing is left behind.
  for (const run of [verifyBounded, alarmTestSignalled, drillSignalled, helpIntoClosedPipe, verifyWithoutCredentials])
    assert.ok(!processAlive(run.child.pid!), `process ${run.child.pid} is still there`);
});

describe("live tools: an endpoint that never answers", () => {
  it("verify ends within --timeout with one clear message and exit 2 (could not finish)", async function () {
    this.timeout(60000);
    const result = await verifyBounded.done;
    assert.strictEqual(result.code, 2);
    assert.strictEqual(result.out, "");
    // The deadline came before any per-call timeout (5 s, 30 s): it names the endpoint it was waiting for.
    assert.strictEqual(
      result.err,
      `verify stopped: its time limit of ${BOUND_SECONDS} s (--timeout) passed while waiting for ${new URL(silentUrl).host} (us-east-1) to answer; check the network path to AWS (proxy, VPC endpoint, firewall), or allow more with --timeout.\n`,
    );
    assert.ok(
      silent.requests.some((r) => r.action === "GetCallerIdentity"),
      "the first call is the credentials check",
    );
    // Exactly that line on stderr: no SDK Node.js-version warning on the supported Node.js 20 either.
    // Bounded by --timeout, not by the 30 s request timeout (a loaded machine gets slack).
    assert.ok(result.endedAt - silent.firstRequestAt! < 15000, `${result.endedAt - silent.firstRequestAt!} ms after the first call`);
  });
});

describe("live tools: SIGTERM", () => {
  it("alarm-test stops while AWS does not answer, says so, exits 143", async function () {
    this.timeout(60000);
    const result = await alarmTestSignalled.done;
    assert.strictEqual(result.code, 143);
    assert.strictEqual(result.err, "\nSIGTERM: stopping; send it again to quit at once.\nalarm-test stopped by SIGTERM.\n");
  });

  it("drill deletes what it created, tag-verified, prints its whole table through the pipe, exits 143", async function () {
    this.timeout(60000);
    const result = await drillSignalled.done;
    assert.deepStrictEqual(
      drillAccount.requests.map((r) => r.action),
      ["GetCallerIdentity", "CreateVpc", "CreateSecurityGroup", "DescribeTags", "DeleteVpc"],
    );
    assert.strictEqual(drillAccount.requests[4].params.get("VpcId"), "vpc-0drill");
    assert.match(result.err, /SIGTERM: stopping.*\ndrill: cleaning up vpc vpc-0drill\ndrill stopped by SIGTERM\.\n$/s);
    assert.match(result.out, /^event +alarm +seconds to alarm +rule +seconds to rule\n/);
    assert.match(
      result.out,
      /\nNot drilled \(no safe automatic trigger\): [a-z0-9-, ]+\. Check their notification path with npm run -s alarm-test -- --alarm ID\.\n$/,
    );
    assert.match(
      result.out,
      /\nCreateVpc, DeleteVpc \(at the end\) +vpc-changes +interrupted +security-baseline-vpc-changes +interrupted\n/,
    );
    assert.doesNotMatch(result.out, /Left behind/);
    assert.strictEqual(result.code, 143);
  });
});

describe("live tools: a closed pipe", () => {
  it("ends quietly: no stack trace, exit 141 as other Unix tools", async function () {
    this.timeout(60000);
    const result = await helpIntoClosedPipe.done;
    assert.strictEqual(result.err, "");
    assert.strictEqual(result.code, 141);
    assert.strictEqual(silent.requests.filter((r) => r.action !== "GetCallerIdentity").length, 0);
  });
});

describe("live tools: no credentials at all", () => {
  it("one message naming the profile and region, exit 2, and no request leaves the machine", async function () {
    this.timeout(60000);
    const result = await verifyWithoutCredentials.done;
    assert.strictEqual(
      result.err,
      'verify: No usable AWS credentials for profile "secops" in us-east-1: CredentialsProviderError: Could not load credentials from any providers\n' +
        "Fix: sign in again (`aws sso login --profile secops`, or refresh the keys), or pass --profile NAME; `aws sts get-caller-identity --profile secops` must work first.\n",
    );
    assert.strictEqual(result.out, "");
    assert.strictEqual(result.code, 2);
    assert.strictEqual(nobody.requests.length, 0);
  });
});
