/**
 * Investigation: what a responder uses after an alert, in the home region. Athena over the log
 * archive (workgroup, database, CloudTrail table with partition projection, saved queries), Logs
 * Insights query definitions on the trail's log group, a CloudWatch dashboard, the self-healing
 * trail, and an optional Slack channel. Each part can be turned off; each is built from the
 * tested builders next to this file.
 *
 * Every AWS child lands in `homeRegion` by the component's region transformation
 * (regionTransform.ts). The Chatbot configuration is global (chat.ts says why that is safe).
 */
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import {
  ATHENA_BYTES_SCANNED_CUTOFF_MIN,
  ATHENA_WORKGROUP_NAME,
  CHATBOT_CONFIGURATION_NAME,
  EVENTBRIDGE_RULE_NAME,
  IAM_ROLE_NAME,
  LAMBDA_FUNCTION_NAME,
  LengthRule,
  LOG_GROUP_NAME,
  nameProblem,
  ORGANIZATION_ID,
} from "../../lib/awsLimits";
import { AWS_REGIONS, partitionOf } from "../../lib/regions";
import { ARCHIVE_DAY } from "../../settings/investigation";
import { INVESTIGATION_DEFAULTS } from "../../settings/declarations.generated";
import { regionTransformation } from "../regionTransform";
import { hardenPrivateBucket } from "../bucketHardening";
import { DEFAULT_TAGS } from "../../settings/alerts";
import { denyInsecureTransport, policyDocument } from "../../lib/policyDocuments";
import { cloudTrailTableArgsFor, namedQueryArgs, workgroupArgs } from "./athena";
import { createSlackChannel, SlackChannel } from "./chat";
import { DASHBOARD_NAME, dashboardBody } from "./dashboard";
import { alarmQueries, investigationQueries, queryDefinitionArgs } from "./insights";
import { HANDLER_ENTRY, RUNTIME, handlerArchive, handlerEnvironment } from "./selfHealingTrail/code";
import {
  invokePermissionArgs,
  lambdaAssumeRolePolicy,
  selfHealingRolePolicy,
  stopLoggingEventPattern,
} from "./selfHealingTrail/permissions";
import { unrecoverableChangeChatMessage, unrecoverableChangeMessage, unrecoverableChangePatterns } from "../../lib/unrecoverableChanges";
import { DEFAULT_NAME_PREFIX, functionLogGroupName, investigationNames } from "../../settings/names";
import { consoleHostOf } from "../../lib/findingAlerts";

export type { SlackChannel } from "./chat";

/** An alarm as the alarms module creates it (components/alarms.ts AlarmOutput, plus its title). */
export interface InvestigationAlarm {
  /** Catalogue or custom alarm id: "root-account-usage". */
  readonly id: string;
  /** CloudWatch alarm name. */
  readonly alarmName: string;
  /** The pattern the deployed metric filter uses; its Insights query lists the events behind the alarm. */
  readonly filterPattern: string;
  /** Shown in the Insights query's name. Default: the id. */
  readonly title?: string;
}

export interface InvestigationArgs {
  /** Region of the trail's log group, the alarms and the archive; every part is created here. */
  readonly homeRegion: string;
  /** The deploying account (the caller identity's account id). */
  readonly accountId: pulumi.Input<string>;
  /** Prefix of every AWS name this component creates (workgroup, queries, dashboard, function, rules, chat). Default: "security-baseline". */
  readonly namePrefix?: string;
  /** The trail's CloudWatch Logs log group: Insights queries and the dashboard's delivery widgets read it. */
  readonly logGroupName: pulumi.Input<string>;
  /** The baseline's trail's name. Required by `selfHealingTrail`. Default: none. */
  readonly trailName?: string;
  /** The baseline's trail's ARN. Required by `selfHealingTrail`. Default: none. */
  readonly trailArn?: pulumi.Input<string>;
  /** Bucket the trail delivers to. Required by `athena`. Default: none. */
  readonly archiveBucketName?: pulumi.Input<string>;
  /** The baseline's KMS key (archive, log group, home topic). Required by `athena` (results) and `selfHealingTrail` (publishing to the topic). Default: none. */
  readonly kmsKeyArn?: pulumi.Input<string>;
  /** Set for an organization trail: the table projects `AWSLogs/<organizationId>/`. Default: none (this account's prefix). */
  readonly organizationId?: string;
  /** Every account whose trail writes into the archive, which the table projects (MonitoringBaseline passes the organization's accounts, or this account and memberAccounts). Default: `[accountId]`. */
  readonly archiveAccountIds?: pulumi.Input<pulumi.Input<string>[]>;
  /** Regions whose logs the table projects. Default: every region of the home region's partition (the trail records all). */
  readonly archiveRegions?: string[];
  /** First day the table projects, yyyy/MM/dd. Default: "2020/01/01". */
  readonly archiveSince?: string;
  /** Athena's per-query scan limit in bytes, at least 10 MiB (10,485,760). Default: 10 GB. */
  readonly athenaBytesScannedCutoff?: number;
  /** The metric-filter alarms (alarms.ts). The dashboard shows them; each gets an Insights query. Default: none. */
  readonly alarms?: InvestigationAlarm[];
  /** The delivery heartbeat alarm's name, when the baseline has one. Default: none. */
  readonly heartbeatAlarmName?: string;
  /** Region → its real-time rules' FailedInvocations alarm names (deliveryFailureAlarms.ts). The dashboard shows the home region's. Default: none. */
  readonly deliveryFailureAlarmNames?: Record<string, string[]>;
  /** Region → that region's alert topic ARN. The home region's receives self-healing reports. */
  readonly topicArns: Record<string, pulumi.Input<string>>;
  /** Region → that region's chat topic ARN (alerts as Chatbot custom notifications). Required with `slackChannel`, whose configuration subscribes to all. Default: none. */
  readonly chatTopicArns?: Record<string, pulumi.Input<string>>;
  /** Region → its real-time EventBridge rule names; the dashboard graphs their invocations. Default: none. */
  readonly realtimeRuleNames?: Record<string, string[]>;
  /** Services whose findings alert, and each Region's finding rules (the dashboard shows both). */
  readonly findingServices?: string[];
  readonly findingRuleNames?: Record<string, string[]>;
  /** Chatbot's log group (chat.ts ChatLogs), created before the Slack configuration. */
  readonly chatLogGroup?: pulumi.Resource;
  /** Retention of the self-healing function's log group, in days (a value CloudWatch Logs accepts). Default: 365. */
  readonly logRetentionDays?: number;
  /** Tags on every taggable resource. Default: `{ "baseline:managed-by": "security-baseline" }`. */
  readonly tags?: Record<string, string>;
  /** Athena workgroup, database, table and saved queries. Default: true. */
  readonly athena?: boolean;
  /** Logs Insights query definitions. Default: true. */
  readonly insightsQueries?: boolean;
  /** CloudWatch dashboard. Default: true. */
  readonly dashboard?: boolean;
  /** Restart the trail after StopLogging; alert on changes it cannot undo. Default: true. */
  readonly selfHealingTrail?: boolean;
  /** Slack channel for the alerts (AWS Chatbot). Default: none (no chat; the workspace must first be authorised in the console). */
  readonly slackChannel?: SlackChannel;
}

const DASHBOARD_NAME_RULE: LengthRule = {
  pattern: DASHBOARD_NAME,
  allowed: "up to 255 of A-Z a-z 0-9 - _",
  maxBytes: 255,
  source: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutDashboard.html (DashboardName)",
};

/** An alarm whose filter pattern has no faithful Insights translation (insights.ts). */
export interface UntranslatedAlarm {
  readonly id: string;
  readonly reason: string;
}

/** Every way the args can be wrong, one line each naming the arg; empty when they are usable. */
export function investigationArgsProblems(args: InvestigationArgs): string[] {
  const problems: string[] = [];
  const prefix = args.namePrefix ?? DEFAULT_NAME_PREFIX;
  const names = investigationNames(prefix);
  const check = (label: string, value: string, rule: LengthRule) => {
    const problem = nameProblem(value, rule);
    if (problem) problems.push(`namePrefix: "${prefix}" makes the ${label} "${value}", which is not valid: ${problem}.`);
  };
  check("workgroup name", names.workgroup, ATHENA_WORKGROUP_NAME);
  check("dashboard name", names.dashboard, DASHBOARD_NAME_RULE);
  check("function name", names.selfHealingFunction, LAMBDA_FUNCTION_NAME);
  check("function's log group", functionLogGroupName(names.selfHealingFunction), LOG_GROUP_NAME);
  check("role name", names.selfHealingRole, IAM_ROLE_NAME);
  check("chat role name", names.chatRole, IAM_ROLE_NAME);
  check("chat configuration name", names.chatConfiguration, CHATBOT_CONFIGURATION_NAME);
  for (const rule of [names.restartRule, names.unrecoverableRule("trail-event-selectors-changed")])
    check("rule name", rule, EVENTBRIDGE_RULE_NAME);

  if (args.archiveSince !== undefined && !ARCHIVE_DAY.test(args.archiveSince)) {
    problems.push(`archiveSince: "${args.archiveSince}" is not a day as yyyy/MM/dd, such as 2024/01/01.`);
  }
  const cutoff = args.athenaBytesScannedCutoff;
  if (cutoff !== undefined && !(Number.isInteger(cutoff) && cutoff >= ATHENA_BYTES_SCANNED_CUTOFF_MIN.value)) {
    problems.push(
      `athenaBytesScannedCutoff: ${cutoff} is not a whole number of bytes of at least ${ATHENA_BYTES_SCANNED_CUTOFF_MIN.value} (${ATHENA_BYTES_SCANNED_CUTOFF_MIN.source}).`,
    );
  }
  if (args.organizationId !== undefined && !ORGANIZATION_ID.pattern.test(args.organizationId)) {
    problems.push(`organizationId: "${args.organizationId}" is not ${ORGANIZATION_ID.allowed}.`);
  }
  for (const r of args.archiveRegions ?? [])
    if (!AWS_REGIONS.includes(r)) problems.push(`archiveRegions: "${r}" is not a region this project knows (lib/regions.ts).`);
  if (!(args.homeRegion in args.topicArns)) problems.push(`topicArns: has no topic for the home region ${args.homeRegion}.`);
  if (args.slackChannel && !(args.chatTopicArns && args.homeRegion in args.chatTopicArns)) {
    problems.push(
      `chatTopicArns: required with slackChannel, with the home region ${args.homeRegion}'s (Chatbot shows custom notifications, not the email text).`,
    );
  }
  if (args.athena !== false) {
    if (args.archiveBucketName === undefined)
      problems.push("archiveBucketName: required when athena is on (the table reads the trail's bucket).");
    if (args.kmsKeyArn === undefined) problems.push("kmsKeyArn: required when athena is on (query results are encrypted with it).");
  }
  if (args.selfHealingTrail !== false) {
    if (args.trailName === undefined || args.trailArn === undefined)
      problems.push("trailName, trailArn: required when selfHealingTrail is on.");
    if (args.kmsKeyArn === undefined)
      problems.push("kmsKeyArn: required when selfHealingTrail is on (the function publishes to the encrypted home topic).");
  }
  if (args.dashboard !== false && (args.alarms ?? []).length === 0 && args.heartbeatAlarmName === undefined) {
    problems.push("alarms: the dashboard needs at least one alarm (or heartbeatAlarmName); turn dashboard off otherwise.");
  }
  return problems;
}

/** The console host a dashboard link uses: the Region's own host in the aws partition. */
function consoleHost(partition: string, region: string): string {
  return partition === "aws" ? `${region}.${consoleHostOf(partition)}` : consoleHostOf(partition);
}

/** Query results are derived data: kept 30 days, long enough to finish an investigation. */
export const ATHENA_RESULTS_EXPIRE_DAYS = 30;

export class Investigation extends pulumi.ComponentResource {
  /** Athena workgroup (when athena is on). */
  public readonly workgroupName?: pulumi.Output<string>;
  /** Glue database holding the CloudTrail table (when athena is on). */
  public readonly databaseName?: pulumi.Output<string>;
  /** The CloudTrail table (when athena is on). */
  public readonly tableName?: pulumi.Output<string>;
  /** Bucket of the query results (when athena is on). */
  public readonly resultsBucketName?: pulumi.Output<string>;
  /** Names of the saved Athena queries (empty when athena is off). */
  public readonly savedQueryNames: string[] = [];
  /** Names of the Logs Insights query definitions, `<namePrefix>/<title>` (empty when off). */
  public readonly insightsQueryNames: string[] = [];
  /** Alarms without an Insights query, and why (their filter has no faithful translation). */
  public readonly untranslatedAlarms: UntranslatedAlarm[] = [];
  /** The CloudWatch dashboard (when dashboard is on). */
  public readonly dashboardName?: pulumi.Output<string>;
  /** The dashboard in the console (when dashboard is on). */
  public readonly dashboardUrl?: string;
  /** The function that restarts the trail (when selfHealingTrail is on). */
  public readonly selfHealingFunctionName?: pulumi.Output<string>;
  /** The Chatbot Slack channel configuration (when slackChannel is given). */
  public readonly chatConfigurationArn?: pulumi.Output<string>;

  constructor(name: string, args: InvestigationArgs, opts?: pulumi.ComponentResourceOptions) {
    super(
      "baseline:investigate:Investigation",
      name,
      {},
      { ...opts, transformations: [regionTransformation(args.homeRegion), ...(opts?.transformations ?? [])] },
    );
    const problems = investigationArgsProblems(args);
    if (problems.length > 0) throw new Error(`Investigation "${name}":\n${problems.map((p) => `  - ${p}`).join("\n")}`);

    const region = args.homeRegion;
    const partition = partitionOf(region);
    const prefix = args.namePrefix ?? DEFAULT_NAME_PREFIX;
    const names = investigationNames(prefix);
    const tags = args.tags ?? { ...DEFAULT_TAGS };
    const child = { parent: this };
    const homeTopicArn = args.topicArns[region];
    const alarms = args.alarms ?? [];

    if (args.athena !== false) {
      const results = this.createResultsBucket(name, prefix, args.kmsKeyArn!, tags);
      const workgroup = new aws.athena.Workgroup(
        `${name}-workgroup`,
        {
          ...workgroupArgs({
            name: names.workgroup,
            outputLocation: pulumi.interpolate`s3://${results.bucket}/results/`,
            kmsKeyArn: args.kmsKeyArn!,
            accountId: args.accountId,
            bytesScannedCutoffPerQuery: args.athenaBytesScannedCutoff,
          }),
          // Deleting the workgroup must not be blocked by the queries it ran.
          forceDestroy: true,
          tags,
        } satisfies aws.athena.WorkgroupArgs,
        child,
      );
      const database = new aws.glue.CatalogDatabase(
        `${name}-database`,
        {
          name: names.database,
          description: "The security baseline's CloudTrail archive, for Athena",
        } satisfies aws.glue.CatalogDatabaseArgs,
        child,
      );
      const table = new aws.glue.CatalogTable(
        `${name}-cloudtrail-table`,
        cloudTrailTableArgsFor(database.name, names.table, {
          bucketName: args.archiveBucketName!,
          organizationId: args.organizationId,
          accountIds: args.archiveAccountIds ?? [args.accountId],
          regions: args.archiveRegions ?? AWS_REGIONS.filter((r) => partitionOf(r) === partition),
          since: args.archiveSince ?? INVESTIGATION_DEFAULTS.archiveSince,
        }),
        child,
      );
      for (const query of namedQueryArgs(database.name, workgroup.name, names.table)) {
        new aws.athena.NamedQuery(`${name}-athena-${query.id}`, query.args, { ...child, dependsOn: [table] });
        this.savedQueryNames.push(String(query.args.name));
      }
      this.workgroupName = workgroup.name;
      this.databaseName = database.name;
      this.tableName = table.name;
      this.resultsBucketName = results.bucket;
    }

    if (args.insightsQueries !== false) {
      const perAlarm = alarmQueries(alarms.map((a) => ({ id: a.id, title: a.title ?? a.id, filterPattern: a.filterPattern })));
      this.untranslatedAlarms.push(...perAlarm.untranslated);
      for (const query of queryDefinitionArgs(names.queryFolder, args.logGroupName, [...investigationQueries(), ...perAlarm.queries])) {
        new aws.cloudwatch.QueryDefinition(`${name}-insights-${query.id}`, query.args, child);
        this.insightsQueryNames.push(String(query.args.name));
      }
    }

    if (args.selfHealingTrail !== false) {
      this.selfHealingFunctionName = this.createSelfHealing(
        name,
        names,
        partition,
        args,
        homeTopicArn,
        // Chat reports only where a channel reads them.
        args.slackChannel ? args.chatTopicArns?.[region] : undefined,
        tags,
      );
    }

    if (args.dashboard !== false) {
      const alarmNames = [
        ...alarms.map((a) => a.alarmName),
        ...(args.heartbeatAlarmName ? [args.heartbeatAlarmName] : []),
        ...(args.deliveryFailureAlarmNames?.[region] ?? []),
      ];
      const realtimeRules = Object.entries(args.realtimeRuleNames ?? {}).map(([ruleRegion, ruleNames]) => ({
        region: ruleRegion,
        ruleNames,
      }));
      const body = pulumi
        .all([args.accountId, args.logGroupName, this.selfHealingFunctionName])
        .apply(([accountId, logGroupName, selfHealingFunctionName]) =>
          JSON.stringify(
            dashboardBody({
              partition,
              accountId,
              homeRegion: region,
              alarmNames,
              logGroupName,
              realtimeRules,
              selfHealingFunctionName,
              findings: {
                services: args.findingServices ?? [],
                rules: Object.entries(args.findingRuleNames ?? {}).map(([ruleRegion, ruleNames]) => ({ region: ruleRegion, ruleNames })),
              },
              investigationHint: `Saved queries: Athena workgroup ${names.workgroup}; Logs Insights folder ${names.queryFolder}.`,
            }),
          ),
        );
      const dashboard = new aws.cloudwatch.Dashboard(
        `${name}-dashboard`,
        { dashboardName: names.dashboard, dashboardBody: body } satisfies aws.cloudwatch.DashboardArgs,
        child,
      );
      this.dashboardName = dashboard.dashboardName;
      this.dashboardUrl = `https://${consoleHost(partition, region)}/cloudwatch/home?region=${region}#dashboards/dashboard/${names.dashboard}`;
    }

    if (args.slackChannel) {
      // Region order, home first, so the list (and the plan) is stable.
      const regions = [
        region,
        ...Object.keys(args.chatTopicArns!)
          .filter((r) => r !== region)
          .sort(),
      ];
      const chat = createSlackChannel(
        name,
        {
          namePrefix: prefix,
          partition,
          channel: args.slackChannel,
          topicArns: regions.map((r) => args.chatTopicArns![r]),
          logGroup: args.chatLogGroup,
          tags,
        },
        this,
      );
      this.chatConfigurationArn = chat.configuration.chatConfigurationArn;
    }

    this.registerOutputs({
      workgroupName: this.workgroupName,
      databaseName: this.databaseName,
      tableName: this.tableName,
      savedQueryNames: this.savedQueryNames,
      insightsQueryNames: this.insightsQueryNames,
      dashboardName: this.dashboardName,
      dashboardUrl: this.dashboardUrl,
      selfHealingFunctionName: this.selfHealingFunctionName,
      chatConfigurationArn: this.chatConfigurationArn,
    });
  }

  /**
   * Athena's results location: encrypted with the baseline's key (the workgroup enforces SSE_KMS
   * too), private, TLS only, expiring after ATHENA_RESULTS_EXPIRE_DAYS.
   * https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html
   */
  private createResultsBucket(name: string, prefix: string, kmsKeyArn: pulumi.Input<string>, tags: Record<string, string>): aws.s3.Bucket {
    const child = { parent: this };
    const bucket = new aws.s3.Bucket(
      `${name}-athena-results`,
      // Room for the provider's 26-character suffix: a prefix of at most 24 + "-athena-" stays within 37.
      { bucketPrefix: `${prefix.toLowerCase().replace(/[._]/g, "-")}-athena-`, forceDestroy: true, tags } satisfies aws.s3.BucketArgs,
      child,
    );
    const { publicAccessBlock } = hardenPrivateBucket(`${name}-athena-results`, bucket, child, {
      encryption: { sseAlgorithm: "aws:kms", kmsMasterKeyId: kmsKeyArn },
      // Derived data that expires: versions would only keep deleted results longer.
      versioned: false,
      lifecycle: {
        rules: [
          {
            id: "expire-query-results",
            status: "Enabled",
            filter: {},
            expiration: { days: ATHENA_RESULTS_EXPIRE_DAYS },
            abortIncompleteMultipartUpload: { daysAfterInitiation: 1 },
          },
        ],
      },
    });
    new aws.s3.BucketPolicy(
      `${name}-athena-results-policy`,
      {
        bucket: bucket.id,
        policy: policyDocument([denyInsecureTransport("s3:*", [bucket.arn, pulumi.interpolate`${bucket.arn}/*`])]),
      } satisfies aws.s3.BucketPolicyArgs,
      { ...child, dependsOn: [publicAccessBlock] },
    );
    return bucket;
  }

  /** The StopLogging rule → function → topic path, and the rules for changes it cannot undo. */
  private createSelfHealing(
    name: string,
    names: ReturnType<typeof investigationNames>,
    partition: string,
    args: InvestigationArgs,
    topicArn: pulumi.Input<string>,
    chatTopicArn: pulumi.Input<string> | undefined,
    tags: Record<string, string>,
  ): pulumi.Output<string> {
    const child = { parent: this };
    const trailName = args.trailName!;
    const trailArn = args.trailArn!;
    const logGroup = new aws.cloudwatch.LogGroup(
      `${name}-restart-trail-logs`,
      {
        name: functionLogGroupName(names.selfHealingFunction),
        retentionInDays: args.logRetentionDays ?? 365,
        tags,
      } satisfies aws.cloudwatch.LogGroupArgs,
      child,
    );
    const role = new aws.iam.Role(
      `${name}-restart-trail-role`,
      {
        name: names.selfHealingRole,
        description: `Restarts CloudTrail trail ${trailName} after StopLogging; nothing else`,
        assumeRolePolicy: pulumi.jsonStringify(lambdaAssumeRolePolicy()),
        tags,
      } satisfies aws.iam.RoleArgs,
      child,
    );
    const rolePolicy = new aws.iam.RolePolicy(
      `${name}-restart-trail-policy`,
      {
        role: role.id,
        name: "restart-this-trail-only",
        policy: pulumi
          .all([args.accountId, trailArn, topicArn, chatTopicArn, args.kmsKeyArn!])
          .apply(([accountId, arn, topic, chatTopic, key]) =>
            JSON.stringify(
              selfHealingRolePolicy({
                partition,
                region: args.homeRegion,
                accountId,
                trailArn: arn,
                functionName: names.selfHealingFunction,
                topicArn: topic,
                chatTopicArn: chatTopic,
                topicKeyArn: key,
              }),
            ),
          ),
      } satisfies aws.iam.RolePolicyArgs,
      child,
    );
    const fn = new aws.lambda.Function(
      `${name}-restart-trail`,
      {
        name: names.selfHealingFunction,
        description: `Restarts CloudTrail trail ${trailName} after StopLogging and reports to the alert topic`,
        runtime: RUNTIME,
        handler: HANDLER_ENTRY,
        code: handlerArchive(),
        role: role.arn,
        // Two CloudTrail calls with at most ~3 s of backoff each (handler.ts DEFAULT_RETRY) and one publish.
        timeout: 30,
        memorySize: 128,
        environment: handlerEnvironment(trailArn, topicArn, chatTopicArn),
        tags,
      } satisfies aws.lambda.FunctionArgs,
      // The function's first log lines need the group (with its retention) and the role's permissions.
      { ...child, dependsOn: [logGroup, rolePolicy] },
    );
    const rule = new aws.cloudwatch.EventRule(
      `${name}-restart-trail-rule`,
      {
        name: names.restartRule,
        description: `Self-healing trail: StopLogging on ${trailName} restarts it`,
        eventPattern: pulumi.output(trailArn).apply((arn) => JSON.stringify(stopLoggingEventPattern(trailName, arn))),
        state: "ENABLED",
        tags,
      } satisfies aws.cloudwatch.EventRuleArgs,
      child,
    );
    const permission = new aws.lambda.Permission(
      `${name}-restart-trail-invoke`,
      invokePermissionArgs({ functionName: fn.name, ruleArn: rule.arn }),
      child,
    );
    new aws.cloudwatch.EventTarget(
      `${name}-restart-trail-target`,
      { rule: rule.name, arn: fn.arn } satisfies aws.cloudwatch.EventTargetArgs,
      { ...child, dependsOn: [permission] },
    );

    for (const change of unrecoverableChangePatterns(trailName, "")) {
      const changeRule = new aws.cloudwatch.EventRule(
        `${name}-${change.id}`,
        {
          name: names.unrecoverableRule(change.id),
          description: `Self-healing trail: ${change.id.replace(/-/g, " ")} on ${trailName}; restore it with pulumi up`,
          eventPattern: pulumi
            .output(trailArn)
            .apply((arn) => JSON.stringify(unrecoverableChangePatterns(trailName, arn).find((p) => p.id === change.id)!.pattern)),
          state: "ENABLED",
          tags,
        } satisfies aws.cloudwatch.EventRuleArgs,
        child,
      );
      new aws.cloudwatch.EventTarget(
        `${name}-${change.id}-target`,
        {
          rule: changeRule.name,
          arn: topicArn,
          inputTransformer: pulumi.output(trailArn).apply(unrecoverableChangeMessage),
        } satisfies aws.cloudwatch.EventTargetArgs,
        child,
      );
      if (chatTopicArn) {
        new aws.cloudwatch.EventTarget(
          `${name}-${change.id}-chat-target`,
          {
            rule: changeRule.name,
            arn: chatTopicArn,
            inputTransformer: pulumi.output(trailArn).apply((arn) => unrecoverableChangeChatMessage(arn, change.id)),
          } satisfies aws.cloudwatch.EventTargetArgs,
          child,
        );
      }
    }
    return fn.name;
  }
}
