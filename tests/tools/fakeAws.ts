/**
 * A local AWS endpoint for the live tools run as real processes (`AWS_ENDPOINT_URL`, which the
 * SDK honours for every client): it answers the Query-protocol calls a test scripts (STS, EC2),
 * and accepts but never answers the others, like an endpoint behind a broken proxy.
 */
import { ChildProcess, spawn } from "child_process";
import * as http from "http";
import { AddressInfo } from "net";
import * as path from "path";
import { toolArgs } from "../helpers/toolProcess";
import { NetworkLimits } from "../../tools/lib/live/session";

export interface FakeRequest {
  readonly action: string;
  readonly params: URLSearchParams;
  /** When it arrived (ms since the epoch). */
  readonly at: number;
}

/** The XML body to answer with, or undefined to leave the request hanging. */
export type Answer = (request: FakeRequest) => string | undefined;

export class FakeAws {
  readonly requests: FakeRequest[] = [];
  /** When the first request arrived (ms since the epoch). */
  firstRequestAt: number | undefined;
  private readonly server: http.Server;
  private readonly waiting: { matches: (request: FakeRequest) => boolean; resolve: () => void }[] = [];

  constructor(private readonly answer: Answer) {
    this.server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        const params = new URLSearchParams(body);
        // Query protocol (STS, EC2, SNS): the Action parameter; JSON protocol: the target header.
        const target = req.headers["x-amz-target"];
        const action = params.get("Action") ?? (typeof target === "string" ? target : `${req.method} ${req.url}`);
        const request = { action, params, at: Date.now() };
        this.firstRequestAt ??= Date.now();
        this.requests.push(request);
        const xml = this.answer(request);
        if (xml !== undefined) res.writeHead(200, { "content-type": "text/xml" }).end(xml);
        for (const waiter of this.waiting.filter((w) => w.matches(request))) waiter.resolve();
      });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** When the first matching request arrived (ms since the epoch), if one has. */
  arrivedAt(matches: (request: FakeRequest) => boolean): number | undefined {
    return this.requests.find(matches)?.at;
  }

  /** Resolves when a matching request has arrived. */
  arrived(matches: (request: FakeRequest) => boolean): Promise<void> {
    if (this.requests.some(matches)) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ matches, resolve }));
  }

  stop(): void {
    this.server.closeAllConnections();
    this.server.close();
  }
}

export const ACCOUNT = "111122223333";

export function callerIdentityXml(): string {
  return `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::${ACCOUNT}:user/test</Arn><UserId>AIDATEST</UserId><Account>${ACCOUNT}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></GetCallerIdentityResponse>`;
}

export function ec2Xml(action: string, body: string): string {
  return `<${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>1</requestId>${body}</${action}Response>`;
}

export interface ToolRun {
  readonly child: ChildProcess;
  readonly done: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string; endedAt: number }>;
}

const ROOT = path.join(__dirname, "..", "..");

/**
 * Starts a tool as `npm run` would (tests/helpers/toolProcess.ts), pointed at the fake endpoint
 * with throwaway keys (or none); with `network`, through tests/tools/shortWaitTool.ts, which
 * runs the same command with those network limits.
 */
export function startTool(
  command: "verify" | "alarm-test" | "drill",
  args: readonly string[],
  endpoint: string,
  options: { stdout?: "pipe" | "closed"; credentials?: boolean; network?: Partial<NetworkLimits> } = {},
): ToolRun {
  const keys =
    options.credentials === false
      ? {}
      : { AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE", AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" };
  const entry = options.network === undefined ? command : path.join(__dirname, "shortWaitTool.ts");
  const limits = options.network === undefined ? {} : { LIVE_TOOL: command, LIVE_NETWORK_LIMITS: JSON.stringify(options.network) };
  const child = spawn(process.execPath, [...toolArgs(entry), ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      AWS_ENDPOINT_URL: endpoint,
      ...keys,
      AWS_CONFIG_FILE: "/dev/null",
      AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
      AWS_EC2_METADATA_DISABLED: "true",
      ...limits,
    },
  });
  // A reader that has gone away: the tool's first write meets a closed pipe.
  if (options.stdout === "closed") child.stdout!.destroy();
  let out = "";
  let err = "";
  if (options.stdout !== "closed") child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string; endedAt: number }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, out, err, endedAt: Date.now() })),
  );
  return { child, done };
}
