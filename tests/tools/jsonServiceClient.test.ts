/**
 * The GuardDuty, Security Hub and AWS Config calls as they leave the machine: each operation's
 * method, path, target and body in its service's wire format (botocore's models), signed with
 * Signature Version 4, sent to `AWS_ENDPOINT_URL` or the Region's endpoint, answers read back into
 * the SDK's shapes, errors named by their code, and server errors tried again. A local HTTP server
 * answers; nothing leaves the machine.
 */
import { strict as assert } from "assert";
import * as http from "http";
import { AddressInfo } from "net";
import { DescribeConfigurationRecorderStatusCommand, ConfigServiceClient } from "../../tools/lib/live/configService";
import {
  ArchiveFindingsCommand,
  CreateSampleFindingsCommand,
  GetFindingsCommand,
  GuardDutyClient,
  ListDetectorsCommand,
  ListFindingsCommand,
} from "../../tools/lib/live/guardduty";
import { endpointOf } from "../../tools/lib/live/jsonServiceClient";
import { BatchUpdateFindingsCommand, DescribeHubCommand, SecurityHubClient } from "../../tools/lib/live/securityhub";

interface Received {
  method: string;
  url: string;
  target?: string;
  contentType?: string;
  authorization?: string;
  body: string;
}

/** Answers each request with the next scripted answer. */
class LocalAws {
  readonly received: Received[] = [];
  answers: { status: number; body: unknown; headers?: Record<string, string> }[] = [];
  private readonly server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      this.received.push({
        method: req.method ?? "",
        url: req.url ?? "",
        target: req.headers["x-amz-target"] as string | undefined,
        contentType: req.headers["content-type"],
        authorization: req.headers.authorization,
        body,
      });
      const answer = this.answers.shift() ?? { status: 200, body: {} };
      res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers }).end(JSON.stringify(answer.body));
    });
  });
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  stop(): void {
    this.server.close();
  }
}

describe("GuardDuty, Security Hub and AWS Config calls on the wire", () => {
  const local = new LocalAws();
  const saved = { ...process.env };
  before(async () => {
    process.env.AWS_ENDPOINT_URL = await local.start();
    process.env.AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    process.env.AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    delete process.env.AWS_PROFILE;
  });
  after(() => {
    local.stop();
    for (const key of ["AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_PROFILE"]) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });
  beforeEach(() => {
    local.received.length = 0;
    local.answers = [];
  });

  it("sends GuardDuty's rest-json calls with their lower-camel wire names, signed for guardduty in the Region", async () => {
    const guardduty = new GuardDutyClient({ region: "eu-west-1" });
    local.answers = [
      { status: 200, body: { detectorIds: ["12abc34d567e8fa901bc2d34e56789f0"] } },
      { status: 200, body: {} },
      { status: 200, body: { findingIds: ["f1"] } },
      {
        status: 200,
        body: {
          findings: [
            {
              id: "f1",
              type: "Backdoor:EC2/DenialOfService.Tcp",
              severity: 8,
              service: { archived: false, count: 2, additionalInfo: { value: '{"sample":true}', type: "default" } },
            },
          ],
        },
      },
      { status: 200, body: {} },
    ];
    const detector = await guardduty.send(new ListDetectorsCommand({}));
    assert.deepEqual(detector.DetectorIds, ["12abc34d567e8fa901bc2d34e56789f0"]);
    await guardduty.send(new CreateSampleFindingsCommand({ DetectorId: "d1", FindingTypes: ["Backdoor:EC2/DenialOfService.Tcp"] }));
    const listed = await guardduty.send(
      new ListFindingsCommand({
        DetectorId: "d1",
        FindingCriteria: { Criterion: { type: { Equals: ["X"] }, updatedAt: { GreaterThanOrEqual: 5 } } },
      }),
    );
    assert.deepEqual(listed.FindingIds, ["f1"]);
    const found = await guardduty.send(new GetFindingsCommand({ DetectorId: "d1", FindingIds: ["f1"] }));
    assert.deepEqual(found.Findings?.[0].Service, {
      Archived: false,
      Count: 2,
      AdditionalInfo: { Value: '{"sample":true}', Type: "default" },
    });
    assert.equal(found.Findings?.[0].Severity, 8);
    await guardduty.send(new ArchiveFindingsCommand({ DetectorId: "d1", FindingIds: ["f1"] }));
    assert.deepEqual(
      local.received.map((r) => [r.method, r.url, r.body]),
      [
        ["GET", "/detector", ""],
        ["POST", "/detector/d1/findings/create", '{"findingTypes":["Backdoor:EC2/DenialOfService.Tcp"]}'],
        [
          "POST",
          "/detector/d1/findings",
          '{"findingCriteria":{"criterion":{"type":{"equals":["X"]},"updatedAt":{"greaterThanOrEqual":5}}}}',
        ],
        ["POST", "/detector/d1/findings/get", '{"findingIds":["f1"]}'],
        ["POST", "/detector/d1/findings/archive", '{"findingIds":["f1"]}'],
      ],
    );
    assert.match(
      local.received[0].authorization ?? "",
      /^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\/\d{8}\/eu-west-1\/guardduty\/aws4_request, /,
    );
  });

  it("sends Security Hub's calls with their member names as they are, and AWS Config's as JSON 1.1 with its target", async () => {
    local.answers = [
      { status: 200, body: { HubArn: "arn:aws:securityhub:eu-west-1:111122223333:hub/default", SubscribedAt: "2026-01-01T00:00:00Z" } },
      { status: 200, body: { ProcessedFindings: [{ Id: "i", ProductArn: "p" }], UnprocessedFindings: [] } },
      {
        status: 200,
        body: { ConfigurationRecordersStatus: [{ name: "baseline", recording: true, lastStatus: "SUCCESS", lastStartTime: 1767225600 }] },
      },
    ];
    const hub = await new SecurityHubClient({ region: "eu-west-1" }).send(new DescribeHubCommand({}));
    assert.equal(hub.HubArn, "arn:aws:securityhub:eu-west-1:111122223333:hub/default");
    const updated = await new SecurityHubClient({ region: "eu-west-1" }).send(
      new BatchUpdateFindingsCommand({ FindingIdentifiers: [{ Id: "i", ProductArn: "p" }], Workflow: { Status: "RESOLVED" } }),
    );
    assert.deepEqual(updated.ProcessedFindings, [{ Id: "i", ProductArn: "p" }]);
    const status = await new ConfigServiceClient({ region: "eu-west-1" }).send(new DescribeConfigurationRecorderStatusCommand({}));
    assert.deepEqual(status.ConfigurationRecordersStatus?.[0], {
      name: "baseline",
      recording: true,
      lastStatus: "SUCCESS",
      lastErrorCode: undefined,
      lastErrorMessage: undefined,
      lastStartTime: new Date("2026-01-01T00:00:00Z"),
      lastStatusChangeTime: undefined,
    });
    assert.deepEqual(
      local.received.map((r) => [r.method, r.url, r.target, r.contentType, r.body]),
      [
        ["GET", "/accounts", undefined, undefined, ""],
        [
          "PATCH",
          "/findings/batchupdate",
          undefined,
          "application/json",
          '{"FindingIdentifiers":[{"Id":"i","ProductArn":"p"}],"Workflow":{"Status":"RESOLVED"}}',
        ],
        ["POST", "/", "StarlingDoveService.DescribeConfigurationRecorderStatus", "application/x-amz-json-1.1", "{}"],
      ],
    );
  });

  it("names an error by its code, tries a server error again, and gives up on a client error at once", async () => {
    const guardduty = new GuardDutyClient({ region: "eu-west-1", maxAttempts: 3 });
    local.answers = [
      {
        status: 400,
        headers: { "x-amzn-errortype": "BadRequestException:http://internal.amazon.com/coral/" },
        body: { message: "The request is rejected because the input detectorId is not owned by the current account." },
      },
    ];
    await assert.rejects(guardduty.send(new ListDetectorsCommand({})), {
      name: "BadRequestException",
      message: /not owned by the current account/,
    });
    assert.equal(local.received.length, 1);
    local.answers = [
      { status: 500, body: { Code: "InternalException", Message: "try again" } },
      { status: 200, body: { detectorIds: [] } },
    ];
    assert.deepEqual((await guardduty.send(new ListDetectorsCommand({}))).DetectorIds, []);
    assert.equal(local.received.length, 3);
    local.received.length = 0;
    local.answers = [
      { status: 400, body: { Code: "InvalidAccessException", Message: "Account 111122223333 is not subscribed to AWS Security Hub" } },
    ];
    await assert.rejects(new SecurityHubClient({ region: "eu-west-1" }).send(new DescribeHubCommand({})), {
      name: "InvalidAccessException",
    });
  });

  it("goes to the Region's endpoint unless the environment names one, in the China Regions' DNS suffix there", () => {
    const guardduty = {
      endpointPrefix: "guardduty",
      signingName: "guardduty",
      serviceId: "GuardDuty",
      protocol: { kind: "rest-json" },
    } as const;
    const config = {
      endpointPrefix: "config",
      signingName: "config",
      serviceId: "Config Service",
      protocol: { kind: "json", targetPrefix: "StarlingDoveService" },
    } as const;
    assert.equal(endpointOf(guardduty, "eu-west-1", {}), "https://guardduty.eu-west-1.amazonaws.com");
    assert.equal(endpointOf(guardduty, "cn-north-1", {}), "https://guardduty.cn-north-1.amazonaws.com.cn");
    assert.equal(endpointOf(config, "us-gov-west-1", {}), "https://config.us-gov-west-1.amazonaws.com");
    assert.equal(
      endpointOf(config, "eu-west-1", {
        AWS_ENDPOINT_URL: "http://localhost:4566/",
        AWS_ENDPOINT_URL_CONFIG_SERVICE: "http://config.local",
      }),
      "http://config.local",
    );
    assert.equal(endpointOf(guardduty, "eu-west-1", { AWS_ENDPOINT_URL: "http://localhost:4566/" }), "http://localhost:4566");
  });
});
