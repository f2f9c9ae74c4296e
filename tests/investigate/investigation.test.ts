import { strict as assert } from "assert";
import { ALARMS } from "../../policy/catalogue";
import { Investigation, InvestigationArgs, investigationArgsProblems } from "../../components/investigate";
import { takesRegion } from "../../components/regionTransform";
import { MOCK_ACCOUNT_ID, settle, startMockRuntime } from "../../tools/lib/mockRuntime";
import { PlanResource } from "../../tools/lib/planTypes";

const HOME = "eu-west-1";
const TRAIL_ARN = `arn:aws:cloudtrail:${HOME}:${MOCK_ACCOUNT_ID}:trail/security-baseline`;
const KEY_ARN = `arn:aws:kms:${HOME}:${MOCK_ACCOUNT_ID}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const topic = (region: string) => `arn:aws:sns:${region}:${MOCK_ACCOUNT_ID}:security-baseline-alerts-${region}`;
const chatTopic = (region: string) => `arn:aws:sns:${region}:${MOCK_ACCOUNT_ID}:security-baseline-chat-${region}`;
const COMPONENT = "baseline:investigate:Investigation";

/** Args as the baseline produces them: the catalogue's alarms, two regions' topics and rules. */
const FULL: InvestigationArgs = {
  homeRegion: HOME,
  accountId: MOCK_ACCOUNT_ID,
  logGroupName: "/aws/cloudtrail/security-baseline",
  trailName: "security-baseline",
  trailArn: TRAIL_ARN,
  archiveBucketName: "security-baseline-logs-20261130",
  kmsKeyArn: KEY_ARN,
  alarms: ALARMS.map((a) => ({ id: a.id, title: a.title, alarmName: `security-baseline-${a.id}`, filterPattern: a.filterPattern })),
  heartbeatAlarmName: "security-baseline-delivery-heartbeat",
  deliveryFailureAlarmNames: {
    [HOME]: ["security-baseline-realtime-delivery-failed-1"],
    "us-east-1": ["security-baseline-realtime-delivery-failed-1"],
  },
  topicArns: { "us-east-1": topic("us-east-1"), [HOME]: topic(HOME), "ap-south-1": topic("ap-south-1") },
  chatTopicArns: { "us-east-1": chatTopic("us-east-1"), [HOME]: chatTopic(HOME), "ap-south-1": chatTopic("ap-south-1") },
  realtimeRuleNames: { [HOME]: ["security-baseline-root-account-usage"], "us-east-1": ["security-baseline-iam-policy-changes"] },
  slackChannel: { workspaceId: "T07EA123LEP", channelId: "C07EZ1ABC23" },
};

interface Built {
  readonly resources: PlanResource[];
  readonly component: Investigation;
  ofType(type: string): PlanResource[];
  named(name: string): PlanResource;
}

async function build(args: InvestigationArgs, name = "investigate"): Promise<Built> {
  const recorder = startMockRuntime({ project: "aws-security-baseline", stack: "test", config: {} });
  const component = new Investigation(name, args);
  await settle();
  const resources = recorder.resources();
  return {
    resources,
    component,
    ofType: (type) => resources.filter((r) => r.type === type),
    named: (resourceName) => {
      const found = resources.find((r) => r.name === resourceName);
      if (!found) throw new Error(`no resource named ${resourceName}; have: ${resources.map((r) => r.name).join(", ")}`);
      return found;
    },
  };
}

const parsed = (json: unknown): unknown => JSON.parse(String(json));

/** One build of the full args, shared by the describes that only read it (a build takes about a second). */
let full: Promise<Built> | undefined;
const fullStack = (): Promise<Built> => (full ??= build(FULL));

describe("Investigation with every part on", () => {
  let stack: Built;
  before(async () => {
    stack = await fullStack();
  });

  it("parents every child to the component, with unique names", () => {
    const [component] = stack.ofType(COMPONENT);
    assert.ok(component, "the component is registered");
    const children = stack.resources.filter((r) => r.type !== COMPONENT);
    assert.ok(children.length > 20);
    for (const child of children) assert.equal(child.parent, component.urn, `${child.type} ${child.name}`);
    const keys = stack.resources.map((r) => `${r.type}::${r.name}`);
    assert.equal(new Set(keys).size, keys.length);
  });

  it("creates every regional child in the home region", () => {
    for (const resource of stack.resources.filter((r) => takesRegion(r.type)))
      assert.equal(resource.inputs.region, HOME, `${resource.type} ${resource.name}`);
  });

  it("names the parts after the prefix and exposes them as outputs", async () => {
    assert.equal(stack.ofType("aws:athena/workgroup:Workgroup")[0].inputs.name, "security-baseline-investigations");
    assert.equal(stack.ofType("aws:glue/catalogDatabase:CatalogDatabase")[0].inputs.name, "security_baseline");
    assert.equal(stack.ofType("aws:glue/catalogTable:CatalogTable")[0].inputs.name, "cloudtrail");
    assert.equal(stack.ofType("aws:cloudwatch/dashboard:Dashboard")[0].inputs.dashboardName, "security-baseline-security");
    assert.equal(stack.ofType("aws:lambda/function:Function")[0].inputs.name, "security-baseline-restart-trail");
    assert.equal(
      stack.ofType("aws:chatbot/slackChannelConfiguration:SlackChannelConfiguration")[0].inputs.configurationName,
      "security-baseline-alerts",
    );
    const outputs = stack.component;
    assert.equal(await new Promise((resolve) => outputs.workgroupName!.apply(resolve)), "security-baseline-investigations");
    assert.equal(await new Promise((resolve) => outputs.selfHealingFunctionName!.apply(resolve)), "security-baseline-restart-trail");
    assert.equal(
      outputs.dashboardUrl,
      "https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#dashboards/dashboard/security-baseline-security",
    );
    assert.deepEqual(
      [...outputs.savedQueryNames].sort(),
      stack
        .ofType("aws:athena/namedQuery:NamedQuery")
        .map((q) => String(q.inputs.name))
        .sort(),
    );
    assert.equal(outputs.savedQueryNames.length, 6);
  });

  it("saves the Athena queries in the workgroup and database, over the table", () => {
    for (const query of stack.ofType("aws:athena/namedQuery:NamedQuery")) {
      assert.equal(query.inputs.workgroup, "security-baseline-investigations");
      assert.equal(query.inputs.database, "security_baseline");
      assert.match(String(query.inputs.query), /FROM cloudtrail\n/);
    }
  });

  it("projects the table over this account and every region of the partition in the trail's bucket", () => {
    const parameters = stack.ofType("aws:glue/catalogTable:CatalogTable")[0].inputs.parameters as Record<string, string>;
    assert.equal(parameters["projection.account.values"], MOCK_ACCOUNT_ID);
    assert.ok(parameters["projection.region.values"].split(",").includes("ap-southeast-7"));
    assert.ok(!parameters["projection.region.values"].includes("us-gov-"));
    assert.equal(parameters["projection.timestamp.range"], "2020/01/01,NOW");
    assert.equal(
      parameters["storage.location.template"],
      "s3://security-baseline-logs-20261130/AWSLogs/${account}/CloudTrail/${region}/${timestamp}",
    );
  });

  it("writes query results to a private, KMS-encrypted, TLS-only bucket that expires them", () => {
    const workgroup = stack.ofType("aws:athena/workgroup:Workgroup")[0].inputs as {
      configuration: { resultConfiguration: { outputLocation: string; encryptionConfiguration: unknown } };
    };
    const bucket = stack.named("investigate-athena-results").inputs.bucket ?? "";
    assert.match(workgroup.configuration.resultConfiguration.outputLocation, /^s3:\/\/security-baseline-athena-.*\/results\/$/);
    assert.deepEqual(workgroup.configuration.resultConfiguration.encryptionConfiguration, {
      encryptionOption: "SSE_KMS",
      kmsKeyArn: KEY_ARN,
    });
    assert.deepEqual(stack.named("investigate-athena-results-encryption").inputs.rules, [
      { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: KEY_ARN }, bucketKeyEnabled: true },
    ]);
    const block = stack.named("investigate-athena-results-public-access-block").inputs;
    for (const flag of ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"])
      assert.equal(block[flag], true);
    const policy = parsed(stack.named("investigate-athena-results-policy").inputs.policy) as {
      Statement: { Sid: string; Effect: string }[];
    };
    assert.deepEqual(
      policy.Statement.map((s) => [s.Sid, s.Effect]),
      [["DenyInsecureTransport", "Deny"]],
    );
    const lifecycle = stack.named("investigate-athena-results-lifecycle").inputs.rules as { expiration: { days: number } }[];
    assert.equal(lifecycle[0].expiration.days, 30);
    void bucket;
  });

  it("defines the six investigation queries and one per translatable alarm on the trail's log group", () => {
    const queries = stack.ofType("aws:cloudwatch/queryDefinition:QueryDefinition");
    assert.equal(queries.length, 6 + ALARMS.length - stack.component.untranslatedAlarms.length);
    for (const query of queries) assert.deepEqual(query.inputs.logGroupNames, ["/aws/cloudtrail/security-baseline"]);
    const names = queries.map((q) => q.inputs.name);
    assert.ok(names.includes("security-baseline/Events behind the alarm – Root account used"));
    assert.ok(names.includes("security-baseline/Everything one principal did"));
    assert.deepEqual([...stack.component.insightsQueryNames].sort(), queries.map((q) => String(q.inputs.name)).sort());
  });

  it("shows every home-region alarm, the heartbeat, every region's rules and the function on the dashboard", () => {
    const body = parsed(stack.ofType("aws:cloudwatch/dashboard:Dashboard")[0].inputs.dashboardBody) as {
      widgets: { type: string; properties: { alarms?: string[]; region?: string; metrics?: unknown[][] } }[];
    };
    const alarmArns = body.widgets.flatMap((w) => w.properties.alarms ?? []);
    for (const name of [
      ...FULL.alarms!.map((a) => a.alarmName),
      FULL.heartbeatAlarmName!,
      "security-baseline-realtime-delivery-failed-1",
    ]) {
      assert.ok(alarmArns.includes(`arn:aws:cloudwatch:${HOME}:${MOCK_ACCOUNT_ID}:alarm:${name}`), name);
    }
    const metricRegions = body.widgets.filter((w) => w.type === "metric").map((w) => w.properties.region);
    assert.ok(metricRegions.includes("us-east-1"));
    const metrics = JSON.stringify(body.widgets.map((w) => w.properties.metrics ?? []));
    assert.match(metrics, /"AWS\/Lambda","Errors","FunctionName","security-baseline-restart-trail"/);
  });
});

describe("Self-healing trail as deployed", () => {
  let stack: Built;
  before(async () => {
    stack = await fullStack();
  });

  it("gives the function a role Lambda alone assumes, that may restart this trail only", () => {
    assert.deepEqual(parsed(stack.named("investigate-restart-trail-role").inputs.assumeRolePolicy), {
      Version: "2012-10-17",
      Statement: [{ Sid: "LambdaAssumesRole", Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
    });
    assert.deepEqual(parsed(stack.named("investigate-restart-trail-policy").inputs.policy), {
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "RestartThisTrailOnly",
          Effect: "Allow",
          Action: ["cloudtrail:GetTrailStatus", "cloudtrail:StartLogging"],
          Resource: TRAIL_ARN,
        },
        {
          Sid: "WriteOwnLogGroupOnly",
          Effect: "Allow",
          Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
          Resource: `arn:aws:logs:${HOME}:${MOCK_ACCOUNT_ID}:log-group:/aws/lambda/security-baseline-restart-trail:*`,
        },
        { Sid: "PublishOutcomeToAlertTopic", Effect: "Allow", Action: "sns:Publish", Resource: [topic(HOME), chatTopic(HOME)] },
        { Sid: "EncryptForAlertTopic", Effect: "Allow", Action: ["kms:GenerateDataKey*", "kms:Decrypt"], Resource: KEY_ARN },
      ],
    });
  });

  it("lets only the StopLogging rule invoke the function, which reports to the home topic", () => {
    const permission = stack.named("investigate-restart-trail-invoke").inputs;
    assert.equal(permission.principal, "events.amazonaws.com");
    assert.equal(permission.sourceArn, `arn:aws:events:${HOME}:${MOCK_ACCOUNT_ID}:rule/security-baseline-restart-trail`);
    assert.equal(permission.action, "lambda:InvokeFunction");
    assert.deepEqual(parsed(stack.named("investigate-restart-trail-rule").inputs.eventPattern), {
      source: ["aws.cloudtrail"],
      "detail-type": ["AWS API Call via CloudTrail"],
      detail: {
        eventSource: ["cloudtrail.amazonaws.com"],
        eventName: ["StopLogging"],
        requestParameters: { name: ["security-baseline", TRAIL_ARN] },
      },
    });
    const fn = stack.named("investigate-restart-trail").inputs;
    assert.deepEqual(fn.environment, { variables: { TRAIL_ARN, ALERT_TOPIC_ARN: topic(HOME), CHAT_TOPIC_ARN: chatTopic(HOME) } });
    assert.equal(fn.runtime, "nodejs24.x");
  });

  it("alerts with the pulumi up advice on the changes it cannot undo, on this trail", () => {
    for (const id of ["trail-deleted-or-updated", "trail-event-selectors-changed"]) {
      const pattern = parsed(stack.named(`investigate-${id}`).inputs.eventPattern) as {
        detail: { requestParameters: Record<string, string[]> };
      };
      assert.deepEqual(Object.values(pattern.detail.requestParameters)[0], ["security-baseline", TRAIL_ARN]);
      const target = stack.named(`investigate-${id}-target`).inputs as { arn: string; inputTransformer: { inputTemplate: string } };
      assert.equal(target.arn, topic(HOME));
      assert.match(target.inputTransformer.inputTemplate, /pulumi up/);
      assert.match(target.inputTransformer.inputTemplate, new RegExp(TRAIL_ARN));
    }
  });
});

describe("Chat channel as deployed", () => {
  let stack: Built;
  before(async () => {
    stack = await fullStack();
  });

  it("subscribes every region's chat topic, home first, to the Slack channel with a read-only guardrail", () => {
    const chat = stack.ofType("aws:chatbot/slackChannelConfiguration:SlackChannelConfiguration")[0].inputs;
    assert.equal(chat.slackTeamId, "T07EA123LEP");
    assert.equal(chat.slackChannelId, "C07EZ1ABC23");
    assert.deepEqual(chat.snsTopicArns, [chatTopic(HOME), chatTopic("ap-south-1"), chatTopic("us-east-1")]);
    assert.deepEqual(chat.guardrailPolicyArns, ["arn:aws:iam::aws:policy/CloudWatchReadOnlyAccess"]);
    assert.equal(chat.iamRoleArn, `arn:aws:iam::${MOCK_ACCOUNT_ID}:role/security-baseline-chatbot-notifications`);
    assert.equal(chat.userAuthorizationRequired, false);
  });

  it("gives the channel a role Chatbot alone assumes, allowed only the notifications template", () => {
    assert.deepEqual(parsed(stack.named("investigate-chat-role").inputs.assumeRolePolicy), {
      Version: "2012-10-17",
      Statement: [
        { Sid: "ChatbotAssumesChannelRole", Effect: "Allow", Principal: { Service: "chatbot.amazonaws.com" }, Action: "sts:AssumeRole" },
      ],
    });
    assert.deepEqual(parsed(stack.named("investigate-chat-role-policy").inputs.policy), {
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "RenderAlarmNotifications",
          Effect: "Allow",
          Action: ["cloudwatch:Describe*", "cloudwatch:Get*", "cloudwatch:List*"],
          Resource: "*",
        },
      ],
    });
    assert.equal(stack.ofType("aws:iam/rolePolicyAttachment:RolePolicyAttachment").length, 0, "no managed policy on any role");
  });
});

describe("Investigation parts turned off", () => {
  const families: Record<string, string[]> = {
    athena: ["aws:athena/", "aws:glue/", "aws:s3/"],
    insightsQueries: ["aws:cloudwatch/queryDefinition:"],
    dashboard: ["aws:cloudwatch/dashboard:"],
    selfHealingTrail: ["aws:lambda/", "aws:cloudwatch/eventRule:", "aws:cloudwatch/eventTarget:", "aws:cloudwatch/logGroup:"],
  };

  for (const [part, prefixes] of Object.entries(families)) {
    it(`leaves out ${part} and only it`, async () => {
      const stack = await build({ ...FULL, [part]: false, slackChannel: undefined });
      const types = stack.resources.map((r) => r.type);
      for (const prefix of prefixes) assert.ok(!types.some((t) => t.startsWith(prefix)), `${part} off still creates ${prefix}`);
      for (const [other, otherPrefixes] of Object.entries(families)) {
        if (other !== part)
          assert.ok(
            types.some((t) => t.startsWith(otherPrefixes[0])),
            `${part} off also removed ${other}`,
          );
      }
      assert.equal(stack.ofType("aws:chatbot/slackChannelConfiguration:SlackChannelConfiguration").length, 0);
    });
  }

  it("creates no chat configuration or chat role without slackChannel", async () => {
    const stack = await build({ ...FULL, slackChannel: undefined });
    assert.equal(stack.ofType("aws:chatbot/slackChannelConfiguration:SlackChannelConfiguration").length, 0);
    assert.ok(!stack.resources.some((r) => r.name.includes("chat")));
    assert.equal(stack.component.chatConfigurationArn, undefined);
  });

  it("drops the function from the dashboard when self-healing is off", async () => {
    const stack = await build({ ...FULL, selfHealingTrail: false, slackChannel: undefined });
    assert.doesNotMatch(String(stack.ofType("aws:cloudwatch/dashboard:Dashboard")[0].inputs.dashboardBody), /AWS\/Lambda/);
  });
});

describe("Investigation over an organization trail", () => {
  it("projects the organization's prefix for the listed member accounts", async () => {
    const stack = await build({
      ...FULL,
      organizationId: "o-a1b2c3d4e5",
      archiveAccountIds: [MOCK_ACCOUNT_ID, "444455556666"],
      slackChannel: undefined,
    });
    const table = stack.ofType("aws:glue/catalogTable:CatalogTable")[0].inputs as {
      parameters: Record<string, string>;
      storageDescriptor: { location: string };
    };
    assert.equal(
      table.parameters["storage.location.template"],
      "s3://security-baseline-logs-20261130/AWSLogs/o-a1b2c3d4e5/${account}/CloudTrail/${region}/${timestamp}",
    );
    assert.equal(table.parameters["projection.account.values"], `${MOCK_ACCOUNT_ID},444455556666`);
    assert.equal(table.storageDescriptor.location, "s3://security-baseline-logs-20261130/AWSLogs/o-a1b2c3d4e5/");
  });
});

describe("Investigation args", () => {
  const cases: [string, Partial<InvestigationArgs>, RegExp][] = [
    ["athena without the archive bucket", { archiveBucketName: undefined }, /^archiveBucketName: required when athena is on/],
    ["a part that needs the key without it", { kmsKeyArn: undefined }, /^kmsKeyArn: required when athena is on/],
    ["self-healing without the trail", { trailArn: undefined }, /^trailName, trailArn: required when selfHealingTrail is on/],
    [
      "no topic in the home region",
      { topicArns: { "us-east-1": topic("us-east-1") } },
      /^topicArns: has no topic for the home region eu-west-1/,
    ],
    ["a dashboard with no alarm", { alarms: [], heartbeatAlarmName: undefined }, /^alarms: the dashboard needs at least one alarm/],
    [
      "a prefix that makes names AWS refuses",
      { namePrefix: "security-baseline-with-a-much-too-long-name" },
      /^namePrefix: "security-baseline-with-a-much-too-long-name" makes the rule name "security-baseline-with-a-much-too-long-name-trail-event-selectors-changed", which is not valid: 73 bytes is over the 64 allowed/,
    ],
    ["a start day in another format", { archiveSince: "2024-01-01" }, /^archiveSince: "2024-01-01" is not a day as yyyy\/MM\/dd/],
    [
      "a scan limit under Athena's minimum",
      { athenaBytesScannedCutoff: 1000 },
      /^athenaBytesScannedCutoff: 1000 is not a whole number of bytes of at least 10485760/,
    ],
    ["a malformed organization id", { organizationId: "org-1" }, /^organizationId: "org-1" is not an AWS Organizations id/],
    ["an unknown archive region", { archiveRegions: ["eu-west-9"] }, /^archiveRegions: "eu-west-9" is not a region/],
    [
      "a prefix with characters AWS refuses",
      { namePrefix: "security baseline" },
      /^namePrefix: "security baseline" makes the workgroup name "security baseline-investigations", which is not valid/,
    ],
  ];
  for (const [label, change, message] of cases) {
    it(`refuses ${label}`, () => {
      const problems = investigationArgsProblems({ ...FULL, ...change });
      assert.ok(
        problems.some((p) => message.test(p)),
        problems.join("\n"),
      );
      assert.throws(
        () => new Investigation(`bad-${label.replace(/\W/g, "-")}`, { ...FULL, ...change }),
        (e: Error) =>
          e.message
            .split("\n  - ")
            .slice(1)
            .some((line) => message.test(line)),
      );
    });
  }

  it("accepts the full args and needs no archive, key or trail when those parts are off", () => {
    assert.deepEqual(investigationArgsProblems(FULL), []);
    const minimal: InvestigationArgs = {
      homeRegion: HOME,
      accountId: MOCK_ACCOUNT_ID,
      logGroupName: "/aws/cloudtrail/existing",
      topicArns: { [HOME]: topic(HOME) },
      alarms: FULL.alarms,
      athena: false,
      selfHealingTrail: false,
    };
    assert.deepEqual(investigationArgsProblems(minimal), []);
  });
});
