/**
 * The detective services the stack manages (create) or expects (existing), in every Region its
 * `detectors` output lists: GuardDuty's detector is ENABLED, Security Hub is on with the stack's
 * standards READY, AWS Config records; and the finding rules are in the state the component
 * deploys, target the Region's topic, and none failed to deliver in the last 24 hours. Findings
 * come when something happens: a rule with no invocation is a quiet account, not a failure.
 * Stacks whose outputs predate the `detectors` output get no line here.
 *
 * GuardDuty GetDetector `Status` ENABLED | DISABLED
 * (https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetDetector.html); Security Hub
 * DescribeHub answers InvalidAccessException where it is off, GetEnabledStandards'
 * `StandardsStatus` PENDING | READY | FAILED | DELETING | INCOMPLETE
 * (https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_StandardsSubscription.html); AWS
 * Config DescribeConfigurationRecorderStatus `recording` and `lastStatus` Pending | Success |
 * Failure (https://docs.aws.amazon.com/config/latest/APIReference/API_ConfigurationRecorderStatus.html).
 */
import { DescribeConfigurationRecorderStatusCommand } from "@aws-sdk/client-config-service";
import { DescribeRuleCommand, ListTargetsByRuleCommand } from "@aws-sdk/client-eventbridge";
import { GetDetectorCommand, ListDetectorsCommand } from "@aws-sdk/client-guardduty";
import { DescribeHubCommand, GetEnabledStandardsCommand, StandardsSubscription } from "@aws-sdk/client-securityhub";
import { partitionOf } from "../../lib/regions";
import { StackDetectors } from "../lib/stackOutputs";
import { callAws, couldNotRead, errorName, RESTORE_WITH_PULUMI, VerifyContext } from "./context";
import { HEALTH_WINDOW_HOURS, regionHealth, ruleCounts } from "./realtimeHealth";
import { Check, fail, ok, RealtimeHealth, warn } from "./report";

/** What the stack's mode asks of a service that is not on. */
function turnOn(mode: "create" | "existing", service: string, key: string): string {
  return mode === "create"
    ? RESTORE_WITH_PULUMI
    : `Turn ${service} on in this Region, or set ${key} to off in the stack so it is not expected.`;
}

export async function detectorChecks(ctx: VerifyContext): Promise<{ checks: Check[]; health: RealtimeHealth }> {
  const detectors = ctx.outputs.detectors;
  if (detectors === undefined) return { checks: [], health: {} };
  const perRegion = await Promise.all(
    detectors.regions.map(async (region) => [
      ...(detectors.guardDuty === "off" ? [] : [await guardDutyCheck(ctx, detectors, region)]),
      ...(detectors.securityHub === "off" ? [] : await securityHubChecks(ctx, detectors, region)),
      ...(detectors.awsConfig === "off" ? [] : [await configCheck(ctx, detectors, region)]),
      ...(await findingRuleChecks(ctx, detectors, region)),
    ]),
  );
  const health = await findingRulesHealth(ctx, detectors);
  return { checks: [...perRegion.flat(), ...health.checks], health: health.health };
}

async function guardDutyCheck(ctx: VerifyContext, detectors: StackDetectors, region: string): Promise<Check> {
  const id = `guardduty.${region}`;
  const mode = detectors.guardDuty as "create" | "existing";
  const guardduty = ctx.clients(region).guardduty;
  try {
    let detectorId = detectors.guardDutyDetectorIds?.[region];
    if (detectorId === undefined) {
      // One detector per account and Region: the Region's, whoever turned it on.
      const { DetectorIds } = await callAws(ctx, () => guardduty.send(new ListDetectorsCommand({})));
      detectorId = DetectorIds?.[0];
      if (detectorId === undefined)
        return fail(id, `GuardDuty has no detector in ${region}: nothing is watched there.`, turnOn(mode, "GuardDuty", "guardDuty"));
    }
    const { Status } = await callAws(ctx, () => guardduty.send(new GetDetectorCommand({ DetectorId: detectorId })));
    return Status === "ENABLED"
      ? ok(id, `Detector ${detectorId} is ENABLED.`)
      : fail(
          id,
          `Detector ${detectorId} is ${Status ?? "in no state"}: GuardDuty finds nothing while it is suspended.`,
          turnOn(mode, "GuardDuty", "guardDuty"),
        );
  } catch (err) {
    if (errorName(err) === "BadRequestException" && mode === "create")
      return fail(id, `The stack's detector in ${region} is gone (${(err as Error).message}).`, RESTORE_WITH_PULUMI);
    return couldNotRead(id, err, "guardduty:ListDetectors, guardduty:GetDetector");
  }
}

async function securityHubChecks(ctx: VerifyContext, detectors: StackDetectors, region: string): Promise<Check[]> {
  const id = `securityhub.${region}`;
  const mode = detectors.securityHub as "create" | "existing";
  const securityhub = ctx.clients(region).securityhub;
  try {
    const { HubArn } = await callAws(ctx, () => securityhub.send(new DescribeHubCommand({})));
    const checks: Check[] = [ok(id, `Security Hub is on (${HubArn ?? "hub"}).`)];
    const subscriptions: StandardsSubscription[] = [];
    let NextToken: string | undefined;
    do {
      const page = await callAws(ctx, () => securityhub.send(new GetEnabledStandardsCommand({ NextToken })));
      subscriptions.push(...(page.StandardsSubscriptions ?? []));
      NextToken = page.NextToken;
    } while (NextToken);
    checks.push(standardsCheck(`${id}.standards`, detectors, region, subscriptions));
    return checks;
  } catch (err) {
    if (errorName(err) === "InvalidAccessException" || errorName(err) === "ResourceNotFoundException")
      return [fail(id, `Security Hub is not on in ${region}: ${(err as Error).message}`, turnOn(mode, "Security Hub", "securityHub"))];
    return [couldNotRead(id, err, "securityhub:DescribeHub, securityhub:GetEnabledStandards")];
  }
}

/** The stack's standards READY (create); at least one READY where Security Hub was on already (existing). */
function standardsCheck(id: string, detectors: StackDetectors, region: string, subscriptions: readonly StandardsSubscription[]): Check {
  const status = (arn: string): string | undefined => subscriptions.find((s) => s.StandardsArn === arn)?.StandardsStatus;
  const expected = detectors.securityHubStandards ?? [];
  if (detectors.securityHub === "existing" || expected.length === 0) {
    const ready = subscriptions.filter((s) => s.StandardsStatus === "READY").map((s) => s.StandardsArn?.split("standards/").pop());
    return ready.length > 0
      ? ok(id, `${ready.join(", ")} READY.`)
      : warn(
          id,
          "No standard is enabled: Security Hub runs no control and its rule has nothing to route.",
          "Enable a standard in Security Hub (Security standards), or let the stack manage Security Hub (securityHub create).",
        );
  }
  // The ARN as the stack subscribes to it (components/detectors.ts, standardsArnFor).
  const arnOf = (standard: string): string => `arn:${partitionOf(region)}:securityhub:${region}::standards/${standard}`;
  const notReady = expected.filter((s) => status(arnOf(s)) !== "READY");
  if (notReady.length === 0) return ok(id, `${expected.join(", ")} READY.`);
  const pending = notReady.filter((s) => status(arnOf(s)) === "PENDING");
  const described = notReady.map((s) => `${s} ${status(arnOf(s)) ?? "not enabled"}`).join(", ");
  return pending.length === notReady.length
    ? warn(id, `${described}: Security Hub is still enabling it.`, "Run verify again in a few minutes.")
    : fail(id, `${described}: its controls do not run.`, RESTORE_WITH_PULUMI);
}

async function configCheck(ctx: VerifyContext, detectors: StackDetectors, region: string): Promise<Check> {
  const id = `config.${region}`;
  const mode = detectors.awsConfig as "create" | "existing";
  const name = mode === "create" ? detectors.configRecorderName : undefined;
  try {
    const { ConfigurationRecordersStatus } = await callAws(ctx, () =>
      ctx
        .clients(region)
        .config.send(new DescribeConfigurationRecorderStatusCommand(name === undefined ? {} : { ConfigurationRecorderNames: [name] })),
    );
    const recorders = ConfigurationRecordersStatus ?? [];
    const recorder = recorders.find((r) => r.recording === true) ?? recorders[0];
    if (recorder === undefined)
      return fail(id, `AWS Config has no recorder in ${region}: nothing is recorded there.`, turnOn(mode, "AWS Config", "awsConfig"));
    if (recorder.recording !== true)
      return fail(id, `Recorder ${recorder.name} is stopped: no change is recorded.`, turnOn(mode, "AWS Config recording", "awsConfig"));
    if (String(recorder.lastStatus).toUpperCase() === "FAILURE")
      return fail(
        id,
        `Recorder ${recorder.name} records but its last delivery failed (${recorder.lastErrorCode ?? "no code"}: ${recorder.lastErrorMessage ?? ""}).`,
        mode === "create"
          ? `${RESTORE_WITH_PULUMI} The Config bucket's policy must let AWS Config write.`
          : "Check the delivery channel's bucket and its policy.",
      );
    return ok(id, `Recorder ${recorder.name} is recording.`);
  } catch (err) {
    if (errorName(err) === "NoSuchConfigurationRecorderException")
      return fail(id, `The stack's recorder ${name ?? ""} is gone from ${region}.`, RESTORE_WITH_PULUMI);
    return couldNotRead(id, err, "config:DescribeConfigurationRecorderStatus");
  }
}

/** Each finding rule ENABLED and targeting its Region's topic, as the component deploys it (components/alerts.ts). */
async function findingRuleChecks(ctx: VerifyContext, detectors: StackDetectors, region: string): Promise<Check[]> {
  const events = ctx.clients(region).events;
  const topicArn = ctx.outputs.topicArns[region];
  return Promise.all(
    (detectors.findingRules[region] ?? []).map(async (rule): Promise<Check> => {
      const id = `finding-rule.${region}.${rule.id}`;
      try {
        const described = await callAws(ctx, () => events.send(new DescribeRuleCommand({ Name: rule.ruleName })));
        const { Targets } = await callAws(ctx, () => events.send(new ListTargetsByRuleCommand({ Rule: rule.ruleName })));
        const problems = [
          ...(described.State === "ENABLED" ? [] : [`state ${described.State}, must be ENABLED`]),
          ...((Targets ?? []).some((t) => t.Arn === topicArn) ? [] : [`does not target ${topicArn}`]),
        ];
        return problems.length === 0
          ? ok(id, `${rule.ruleName} is ENABLED and targets the topic.`)
          : fail(id, `${rule.ruleName}: ${problems.join("; ")}: its findings do not alert.`, RESTORE_WITH_PULUMI);
      } catch (err) {
        return errorName(err) === "ResourceNotFoundException"
          ? fail(id, `No rule ${rule.ruleName} in ${region}: its findings do not alert.`, RESTORE_WITH_PULUMI)
          : couldNotRead(id, err, "events:DescribeRule, events:ListTargetsByRule");
      }
    }),
  );
}

/** The finding rules' FailedInvocations in the last 24 hours, per Region (AWS/Events metrics, as realtimeHealth.ts reads them). */
async function findingRulesHealth(ctx: VerifyContext, detectors: StackDetectors): Promise<{ checks: Check[]; health: RealtimeHealth }> {
  const checks: Check[] = [];
  const health: RealtimeHealth = {};
  for (const region of detectors.regions) {
    const rules = detectors.findingRules[region] ?? [];
    if (rules.length === 0) continue;
    const id = `finding-rules-health.${region}`;
    let counts;
    try {
      counts = await ruleCounts(ctx, region, rules);
    } catch (err) {
      checks.push(couldNotRead(id, err, "cloudwatch:GetMetricData"));
      continue;
    }
    const { failing, ...summed } = regionHealth(counts);
    const { invocations, failedInvocations } = (health[region] = summed);
    checks.push(
      failing.length > 0
        ? fail(
            id,
            `${failedInvocations} of ${invocations} finding alerts failed to reach the topic in the last ${HEALTH_WINDOW_HOURS} h (${failing.map(([name, c]) => `${name}: ${c.failedInvocations}`).join(", ")}).`,
            `Check topic-policy.${region} and key-policy.${region} above and run \`pulumi up\`; the CloudWatch metric AWS/Events FailedInvocations by RuleName shows when it started.`,
          )
        : ok(
            id,
            invocations === 0
              ? `${rules.length} finding rules had no finding to deliver in the last ${HEALTH_WINDOW_HOURS} h (a quiet account), and none failed.`
              : `${rules.length} finding rules invoked the topic ${invocations} times in the last ${HEALTH_WINDOW_HOURS} h, none failed.`,
          ),
    );
  }
  return { checks, health };
}
