/**
 * An endpoint that never answers: each live tool stops at the latest 60 s after the first call
 * AWS did not answer was sent (here 1 s), aborts its calls in flight, and exits 2 with one line
 * naming the endpoint, the region and the timeout that expired; the drill lists what it could
 * not delete. The tools run as the processes users run, through tests/tools/shortWaitTool.ts
 * (the same command, with 0.5 s network timeouts and a 1 s budget), against a TCP socket that
 * accepts connections and never writes a byte, or a local endpoint that answers the first calls
 * and then nothing. The defaults themselves (5 s, 30 s, 60 s, 6 attempts) are asserted apart:
 * no test waits a minute.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as net from "net";
import { AddressInfo } from "net";
import { SetAlarmStateCommand } from "@aws-sdk/client-cloudwatch";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { alarmTestCommand } from "../../tools/alarm-test/alarmTestCommand";
import {
  AnswerWatch,
  describeError,
  endpointOf,
  NoAnswer,
  NoAnswerError,
  networkTimeoutOf,
  StoppedError,
  UNANSWERED_BUDGET_MS,
  watchAttempt,
} from "../../tools/lib/live/answers";
import {
  AwsClientOptions,
  awsClients,
  CONNECTION_TIMEOUT_MS,
  MAX_ATTEMPTS,
  RegionClients,
  REQUEST_TIMEOUT_MS,
} from "../../tools/lib/live/clients";
import { RunControl } from "../../tools/lib/live/runControl";
import { DEFAULT_NETWORK_LIMITS } from "../../tools/lib/live/session";
import { callerIdentityXml, ec2Xml, FakeAws, startTool, ToolRun } from "./fakeAws";
import { mocks, OUTPUTS, OUTPUTS_FILE, plannedStack } from "./verifyHarness";
import { processAlive } from "../helpers/processes";

/** A TCP endpoint that accepts every connection and never writes a byte. */
class SilentSocket {
  /** When each connection arrived (ms since the epoch). */
  readonly connections: number[] = [];
  private readonly open = new Set<net.Socket>();
  private readonly server = net.createServer((socket) => {
    this.connections.push(Date.now());
    this.open.add(socket);
    socket.on("error", () => undefined);
    socket.on("close", () => this.open.delete(socket));
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${this.port}`;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  stop(): void {
    for (const socket of this.open) socket.destroy();
    this.server.close();
  }
}

const NETWORK = { connectionTimeoutMs: 500, requestTimeoutMs: 500, unansweredMs: 1000 };
/**
 * From the unanswered call to the process gone (milliseconds): the 1 s budget, then the abort,
 * the message and the exit; a loaded machine gets slack. Without the budget, or without the
 * abort, the SDK's 6 attempts of 0.5 s (and their backoff) run to their end: over 3 s.
 */
const PROMPTLY_MS = NETWORK.unansweredMs + 1500;
const HINT = "check the network path to AWS (proxy, VPC endpoint, firewall) and retry.";

/** Never answers at all. */
const silentForVerify = new SilentSocket();
const silentForAlarmTest = new SilentSocket();
/** Knows who the caller is, then answers nothing: verify's checks all wait at once. */
const whoAmIOnly = new FakeAws((r) => (r.action === "GetCallerIdentity" ? callerIdentityXml() : undefined));
/** The drill's first two changes are answered, then nothing is: neither the next change nor the deletes. */
const drillAccount = new FakeAws((r) => {
  switch (r.action) {
    case "GetCallerIdentity":
      return callerIdentityXml();
    case "CreateVpc":
      return ec2Xml("CreateVpc", "<vpc><vpcId>vpc-0drill</vpcId></vpc>");
    case "CreateSecurityGroup":
      return ec2Xml("CreateSecurityGroup", "<groupId>sg-0drill</groupId>");
    default:
      return undefined;
  }
});

let verifySilent: ToolRun;
let verifyFanOut: ToolRun;
let alarmTestSilent: ToolRun;
let drillStuck: ToolRun;
let whoAmIPort: string;
let drillPort: string;

before(async function () {
  this.timeout(60000);
  await plannedStack();
  const [silentUrl, alarmUrl, whoAmIUrl, drillUrl] = await Promise.all([
    silentForVerify.start(),
    silentForAlarmTest.start(),
    whoAmIOnly.start(),
    drillAccount.start(),
  ]);
  whoAmIPort = new URL(whoAmIUrl).port;
  drillPort = new URL(drillUrl).port;
  const stack = ["--stack", "dev", "--outputs", OUTPUTS_FILE];
  // Started together: each loads its modules and the SDK; each test then reads its result.
  verifySilent = startTool("verify", [...stack, "--json"], silentUrl, { network: NETWORK });
  verifyFanOut = startTool("verify", stack, whoAmIUrl, { network: NETWORK });
  alarmTestSilent = startTool("alarm-test", [...stack, "--alarm", "root-account-usage"], alarmUrl, { network: NETWORK });
  drillStuck = startTool("drill", [...stack, "--yes"], drillUrl, { network: NETWORK });
});

after(() => {
  for (const server of [silentForVerify, silentForAlarmTest, whoAmIOnly, drillAccount]) server.stop();
  // Each tool is a single process, gone once it has ended: nothing is left behind.
  for (const run of [verifySilent, verifyFanOut, alarmTestSilent, drillStuck])
    assert.ok(!processAlive(run.child.pid!), `process ${run.child.pid} is still there`);
});

describe("live tools: a call AWS does not answer", () => {
  it("verify stops 1 s after it, aborts, exits 2 with one line naming endpoint, region and timeout; --json prints nothing", async function () {
    this.timeout(60000);
    const result = await verifySilent.done;
    assert.strictEqual(result.err, `verify: no answer from 127.0.0.1:${silentForVerify.port} (us-east-1) within 0.5 s; ${HINT}\n`);
    assert.strictEqual(result.out, "");
    assert.strictEqual(result.code, 2);
    // The credentials check is the first call; it is the one that went unanswered.
    const elapsed = result.endedAt - silentForVerify.connections[0];
    assert.ok(elapsed < PROMPTLY_MS, `${elapsed} ms after the first call`);
  });

  it("verify: with its checks' calls all waiting at once, still one line and exit 2 within the budget", async function () {
    this.timeout(60000);
    const result = await verifyFanOut.done;
    // The checks run side by side: each one's first call went out before the budget ran out.
    const checks = new Set(whoAmIOnly.requests.filter((r) => r.action !== "GetCallerIdentity").map((r) => r.action));
    assert.ok(checks.size >= 5, `calls after the credentials check: ${[...checks].join(", ")}`);
    const match = /^verify: no answer from 127\.0\.0\.1:(\d+) \(([a-z]+-[a-z]+-\d)\) within 0\.5 s; (.*)\n$/.exec(result.err);
    assert.ok(match, result.err);
    assert.strictEqual(match[1], whoAmIPort);
    assert.ok(Object.keys(OUTPUTS.topicArns).includes(match[2]), `${match[2]} is one of the stack's regions`);
    assert.strictEqual(match[3], HINT);
    assert.strictEqual(result.out, "");
    assert.strictEqual(result.code, 2);
    const elapsed = result.endedAt - whoAmIOnly.arrivedAt((r) => r.action !== "GetCallerIdentity")!;
    assert.ok(elapsed < PROMPTLY_MS, `${elapsed} ms after the first check's call`);
  });

  it("alarm-test stops 1 s after it, exits 2 with one line", async function () {
    this.timeout(60000);
    const result = await alarmTestSilent.done;
    assert.strictEqual(result.err, `alarm-test: no answer from 127.0.0.1:${silentForAlarmTest.port} (us-east-1) within 0.5 s; ${HINT}\n`);
    assert.strictEqual(result.out, "");
    assert.strictEqual(result.code, 2);
    const elapsed = result.endedAt - silentForAlarmTest.connections[0];
    assert.ok(elapsed < PROMPTLY_MS, `${elapsed} ms after the first call`);
  });

  it("drill stops 1 s after it, tries its deletes for 1 s more, lists what it could not delete, exits 2 with one line", async function () {
    this.timeout(60000);
    const result = await drillStuck.done;
    const endpoint = `127.0.0.1:${drillPort} (us-east-1) within 0.5 s`;
    assert.deepStrictEqual(result.err.split("\n"), [
      "drill: CreateVpc",
      "drill: CreateSecurityGroup",
      "drill: AuthorizeSecurityGroupIngress",
      "drill: cleaning up vpc vpc-0drill, security-group sg-0drill",
      `drill: no answer from ${endpoint}; ${HINT}`,
      "",
    ]);
    assert.match(result.out, /^event +alarm +seconds to alarm/);
    assert.match(result.out, /\nCreateVpc, DeleteVpc \(at the end\) +vpc-changes +interrupted +/);
    // Newest first: the group's tag check got no answer; the cleanup's own budget then stopped it.
    assert.ok(
      result.out.endsWith(
        `Left behind: security-group sg-0drill (no answer from ${endpoint}). Delete it by hand if it is the drill's.\n` +
          `Left behind: vpc vpc-0drill (stopped: no answer from ${endpoint}). Delete it by hand if it is the drill's.\n`,
      ),
      result.out,
    );
    assert.strictEqual(result.code, 2);
    assert.deepStrictEqual(
      [...new Set(drillAccount.requests.map((r) => r.action))],
      ["GetCallerIdentity", "CreateVpc", "CreateSecurityGroup", "AuthorizeSecurityGroupIngress", "DescribeTags"],
    );
    // Only the group's tag was asked about (by each attempt); the VPC's was not tried.
    assert.ok(
      drillAccount.requests.filter((r) => r.action === "DescribeTags").every((r) => r.params.get("Filter.1.Value.1") === "sg-0drill"),
    );
    const elapsed = result.endedAt - drillAccount.arrivedAt((r) => r.action === "AuthorizeSecurityGroupIngress")!;
    assert.ok(elapsed < 2 * NETWORK.unansweredMs + 1500, `${elapsed} ms after the unanswered change`);
  });
});

describe("live tools: how long they wait for AWS, by default", () => {
  it("5 s to connect, 30 s per request, 6 attempts a call, and the run stops 60 s after an unanswered call", () => {
    assert.strictEqual(CONNECTION_TIMEOUT_MS, 5_000);
    assert.strictEqual(REQUEST_TIMEOUT_MS, 30_000);
    assert.strictEqual(MAX_ATTEMPTS, 6);
    assert.strictEqual(UNANSWERED_BUDGET_MS, 60_000);
    assert.deepStrictEqual(DEFAULT_NETWORK_LIMITS, { connectionTimeoutMs: 5_000, requestTimeoutMs: 30_000, unansweredMs: 60_000 });
    assert.strictEqual(new RunControl(1).unansweredMs, 60_000);
  });

  it("a tool's run gets them: its clients' timeouts and attempts, and its run's budget", async () => {
    await plannedStack();
    mocks.sts.reset();
    mocks.cloudwatch.reset();
    mocks.sts.on(GetCallerIdentityCommand).resolves({ Account: "111122223333" });
    mocks.cloudwatch.on(SetAlarmStateCommand).resolves({});
    const seen: AwsClientOptions[] = [];
    const built: RegionClients[] = [];
    const code = await alarmTestCommand(["--stack", "dev", "--outputs", OUTPUTS_FILE, "--alarm", "root-account-usage"], {
      io: { out: () => undefined, err: () => undefined },
      // The real factory, watched: what the tool asks for, and the clients it gets.
      clients: (options) => {
        seen.push(options);
        const real = awsClients(options);
        return { forRegion: (region) => built[built.push(real.forRegion(region)) - 1], destroy: real.destroy };
      },
    });
    assert.strictEqual(code, 0);
    assert.strictEqual(seen.length, 1);
    assert.deepStrictEqual(seen[0].timeouts, { connectionMs: 5_000, requestMs: 30_000 });
    assert.strictEqual(seen[0].bound().watch.budgetMs, 60_000);
    const { config } = built[0].cloudwatch;
    const settings = { maxAttempts: await config.maxAttempts(), retryMode: config.retryMode };
    assert.deepStrictEqual(settings, { maxAttempts: 6, retryMode: "adaptive" });
  });
});

describe("live tools: which errors are a call AWS did not answer", () => {
  // The request handler's own messages (@smithy/node-http-handler), as the installed version words them.
  const handlerSource = fs.readFileSync(require.resolve("@smithy/node-http-handler"), "utf8");
  const timeoutError = (message: string, code?: string): Error => Object.assign(new Error(message), { name: "TimeoutError", code });

  it("the connection, request and socket timeouts, with the milliseconds that expired", () => {
    for (const wording of [
      "the request socket did not establish a connection with the server within the configured timeout of ${timeoutInMs} ms.",
      "a request has exceeded the configured ${timeoutInMs} ms requestTimeout.",
      "the request socket timed out after ${timeoutInMs} ms of inactivity",
    ]) {
      assert.ok(handlerSource.includes(wording), `the installed handler still says "${wording}"`);
      const message = `@smithy/node-http-handler - ${wording.replace("${timeoutInMs}", "5000")}`;
      assert.strictEqual(networkTimeoutOf(timeoutError(message)), 5000, message);
    }
  });

  it("not a reset or refused connection, an abort, or an AWS error", () => {
    assert.strictEqual(networkTimeoutOf(timeoutError("read ECONNRESET", "ECONNRESET")), undefined);
    assert.strictEqual(networkTimeoutOf(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" })), undefined);
    assert.strictEqual(networkTimeoutOf(Object.assign(new Error("Request aborted"), { name: "AbortError" })), undefined);
    assert.strictEqual(networkTimeoutOf(Object.assign(new Error("Rate exceeded"), { name: "Throttling" })), undefined);
  });

  it("the endpoint is the host, with the port only when it is not the scheme's default", () => {
    assert.strictEqual(endpointOf({ protocol: "https:", hostname: "logs.eu-west-1.amazonaws.com" }), "logs.eu-west-1.amazonaws.com");
    assert.strictEqual(
      endpointOf({ protocol: "https:", hostname: "logs.eu-west-1.amazonaws.com", port: 443 }),
      "logs.eu-west-1.amazonaws.com",
    );
    assert.strictEqual(endpointOf({ protocol: "http:", hostname: "127.0.0.1", port: 4566 }), "127.0.0.1:4566");
  });

  it("reads as one line in a report", () => {
    const from: NoAnswer = { endpoint: "logs.eu-west-1.amazonaws.com", region: "eu-west-1", timeoutMs: 30_000 };
    assert.strictEqual(describeError(new NoAnswerError(from)), "no answer from logs.eu-west-1.amazonaws.com (eu-west-1) within 30 s");
    assert.strictEqual(describeError(new StoppedError("by SIGINT")), "stopped: by SIGINT");
    assert.strictEqual(describeError(Object.assign(new Error("Access Denied"), { name: "AccessDenied" })), "AccessDenied: Access Denied");
  });
});

describe("live tools: the unanswered budget", () => {
  const request = { protocol: "https:", hostname: "logs.eu-west-1.amazonaws.com" };
  const timedOut = (): Error =>
    Object.assign(new Error("@smithy/node-http-handler - [ERROR] a request has exceeded the configured 30 ms requestTimeout."), {
      name: "TimeoutError",
      code: "ETIMEDOUT",
    });
  const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
  /** One call whose attempts time out `timeouts` times, then are answered (or not, after `attempts`). */
  const call = (watch: AnswerWatch, timeouts: number, attempts = 6): Promise<string> =>
    watch.call(
      "eu-west-1",
      async () => {
        for (let attempt = 1; ; attempt++) {
          try {
            return await watchAttempt(request, async () => {
              await sleep(30);
              if (attempt <= timeouts) throw timedOut();
              return "answered";
            });
          } catch (err) {
            if (attempt >= attempts) throw err;
          }
        }
      },
      () => undefined,
    );

  it("a call answered after a timed-out attempt does not stop the run", async () => {
    const expired: NoAnswer[] = [];
    const watch = new AnswerWatch(100, (from) => expired.push(from));
    assert.strictEqual(await call(watch, 1), "answered");
    await sleep(150);
    assert.deepStrictEqual(expired, []);
    assert.strictEqual(watch.unanswered, undefined);
    watch.close();
  });

  it("a call whose every attempt timed out is unanswered, and stops the run when its budget, counted from when it was sent, runs out", async () => {
    const expired: { from: NoAnswer; at: number }[] = [];
    const watch = new AnswerWatch(150, (from) => expired.push({ from, at: Date.now() }));
    const sent = Date.now();
    const from = { endpoint: "logs.eu-west-1.amazonaws.com", region: "eu-west-1", timeoutMs: 30 };
    await assert.rejects(call(watch, 2, 2), (err) => {
      assert.ok(err instanceof NoAnswerError);
      assert.deepStrictEqual(err.from, from);
      return true;
    });
    assert.deepStrictEqual(watch.unanswered, from);
    assert.strictEqual(expired.length, 0, "not before the budget");
    await sleep(200);
    assert.strictEqual(expired.length, 1);
    // Timers run on Node's monotonic clock, Date.now on the wall clock: the two can differ by a
    // millisecond or two, so the lower bound allows that much.
    assert.ok(expired[0].at - sent >= 145 && expired[0].at - sent < 250, `${expired[0].at - sent} ms after the call was sent`);
    watch.close();
  });

  it("a call still retrying when its budget runs out stops the run then", async () => {
    const expired: NoAnswer[] = [];
    const watch = new AnswerWatch(100, (from) => expired.push(from));
    const pending = call(watch, 10, 10);
    await sleep(150);
    assert.deepStrictEqual(expired, [{ endpoint: "logs.eu-west-1.amazonaws.com", region: "eu-west-1", timeoutMs: 30 }]);
    watch.close();
    await pending.catch(() => undefined);
  });

  it("a closed watch (the run ended) starts no budget", async () => {
    const expired: NoAnswer[] = [];
    const watch = new AnswerWatch(50, (from) => expired.push(from));
    watch.close();
    await call(watch, 2, 2).catch(() => undefined);
    await sleep(100);
    assert.deepStrictEqual(expired, []);
  });
});
