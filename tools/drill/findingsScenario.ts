/**
 * The drill's findings scenario: a GuardDuty sample finding and a Security Hub sample finding in
 * the drill's Region, then a watch for the alert, then the samples archived or resolved (findings
 * cannot be deleted).
 *
 * - GuardDuty: `CreateSampleFindings` of one finding type on the stack's detector ("useful for
 *   the testing of CloudWatch Events rules or automation based on findings", GuardDuty user guide,
 *   Generating sample findings). New findings reach EventBridge within 5 minutes, so the stack's
 *   `guardduty-findings` rule fires and the alert goes out: the path is proven end to end, as the
 *   CloudTrail scenarios prove theirs. Afterwards `ArchiveFindings` archives the samples of that
 *   type this run touched (updated since it started, `"sample": true`).
 * - Security Hub: `BatchImportFindings` of one finding from the account's default product
 *   (`product/<account>/default`, Security Hub user guide, Using custom product integrations).
 *   The stack's `securityhub-findings` rule takes Security Hub's own failed control findings only
 *   (`ProductFields.aws/securityhub/ProductName` "Security Hub", a namespace a custom product must
 *   not submit), so no imported finding can fire it, and the drill does not weaken it to make one.
 *   What the drill proves instead: Security Hub accepts findings in the Region, and EventBridge's
 *   own matcher (`TestEventPattern`) says the deployed rule matches a failed HIGH control finding
 *   in the form AWS documents and not the drill's sample. Delivery of a control finding is proven
 *   by a real one. Afterwards `BatchUpdateFindings` sets the sample's workflow to RESOLVED.
 */
import { GetMetricStatisticsCommand } from "@aws-sdk/client-cloudwatch";
import { DescribeRuleCommand, TestEventPatternCommand } from "@aws-sdk/client-eventbridge";
import { partitionOf } from "../../lib/regions";
import { describeError } from "../lib/live/answers";
import { ClientsForRegion } from "../lib/live/clients";
import {
  ArchiveFindingsCommand,
  CreateSampleFindingsCommand,
  Finding,
  GetFindingsCommand as GetGuardDutyFindingsCommand,
  ListDetectorsCommand,
  ListFindingsCommand,
} from "@aws-sdk/client-guardduty";
import { Sleep, withThrottleRetry } from "../lib/live/retry";
import {
  AwsSecurityFinding,
  BatchImportFindingsCommand,
  BatchUpdateFindingsCommand,
  GetFindingsCommand as GetSecurityHubFindingsCommand,
} from "@aws-sdk/client-securityhub";
import { RealtimeRuleOutput, StackOutputs } from "../lib/stackOutputs";

/**
 * The GuardDuty finding type sampled: the type the user guide's own CreateSampleFindings example
 * uses, rated High ("Backdoor:EC2/DenialOfService.Tcp ... High", GuardDuty user guide, Finding
 * types), so it reaches a rule at the default guardDutyAlertSeverity of 7.
 */
export const GUARD_DUTY_SAMPLE_TYPE = "Backdoor:EC2/DenialOfService.Tcp";

/** ASFF's version, which every imported finding carries (Security Hub user guide, ASFF required attributes). */
const ASFF_SCHEMA_VERSION = "2018-10-08";

export interface FindingsDrillOptions {
  readonly outputs: StackOutputs;
  readonly region: string;
  /** The caller's account, which is the stack's: the owner of the imported finding. */
  readonly account: string;
  readonly clients: ClientsForRegion;
  readonly runId: string;
  readonly now: () => Date;
  readonly sleep: Sleep;
  readonly signal: AbortSignal;
  readonly progress: (line: string) => void;
}

export type FindingsService = "GuardDuty" | "Security Hub";

export interface FindingsRow {
  readonly service: FindingsService;
  /** The calls, as the table prints them. */
  readonly events: string;
  /** The stack's rule the row watches (GuardDuty) or tests (Security Hub). */
  readonly rule?: RealtimeRuleOutput;
  startedAt?: Date;
  /** Why the sample could not be made. */
  error?: string;
  /** GuardDuty: seconds from the sample to the rule's first TriggeredRules datapoint. */
  ruleSeconds?: number;
  /** Security Hub: EventBridge's verdicts on the deployed pattern, and whether they are the expected ones. */
  patternCheck?: { readonly text: string; readonly asExpected: boolean };
  /** What the drill did with what it created, or why it could not. */
  afterwards?: string;
  /** Something the drill made is left as it was (not archived or resolved). */
  leftAsIs?: boolean;
  /** What the reader should know about the result. */
  note?: string;
}

class FindingsInterrupted extends Error {}

/** The rows the stack's outputs call for in `region`: a service the stack routes there. */
export function findingsPlan(outputs: StackOutputs, region: string): FindingsRow[] {
  const detectors = outputs.detectors;
  if (detectors === undefined || !detectors.regions.includes(region)) return [];
  const rules = detectors.findingRules[region] ?? [];
  const rows: FindingsRow[] = [];
  if (detectors.guardDuty !== "off") {
    rows.push({
      service: "GuardDuty",
      events: `CreateSampleFindings ${GUARD_DUTY_SAMPLE_TYPE}`,
      rule: rules.find((r) => r.id === "guardduty-findings"),
    });
  }
  if (detectors.securityHub !== "off") {
    // An administrator's Region without the rule sends its findings to the aggregation Region's.
    const home = detectors.findingRules[outputs.homeRegion] ?? [];
    rows.push({
      service: "Security Hub",
      events: "BatchImportFindings (default product)",
      rule: rules.find((r) => r.id === "securityhub-findings") ?? home.find((r) => r.id === "securityhub-findings"),
    });
  }
  return rows;
}

/** What the findings scenario made, for its watch and its clean-up. */
interface Created {
  guardDutyDetectorId?: string;
  securityHubFinding?: { readonly Id: string; readonly ProductArn: string };
}

export class FindingsDrill {
  readonly rows: FindingsRow[];
  private readonly created: Created = {};

  constructor(private readonly options: FindingsDrillOptions) {
    this.rows = findingsPlan(options.outputs, options.region);
  }

  private call<T>(label: string, fn: () => Promise<T>): Promise<T> {
    if (this.options.signal.aborted) throw new FindingsInterrupted();
    this.options.progress(`drill: ${label}`);
    return withThrottleRetry(fn, { sleep: this.options.sleep });
  }

  /** Makes the samples; a refused call is that row's error, an interrupt stops here. */
  async trigger(): Promise<void> {
    for (const row of this.rows) {
      row.startedAt = this.options.now();
      try {
        if (row.service === "GuardDuty") await this.sampleGuardDuty(row);
        else await this.sampleSecurityHub(row);
      } catch (err) {
        if (err instanceof FindingsInterrupted || this.options.signal.aborted) throw new FindingsInterrupted();
        row.error = describeError(err);
      }
    }
  }

  private async sampleGuardDuty(row: FindingsRow): Promise<void> {
    const { outputs, region, clients } = this.options;
    const guardduty = clients(region).guardduty;
    // The detector the stack created, or the Region's one (one per account and Region).
    let detectorId = outputs.detectors?.guardDutyDetectorIds?.[region];
    if (detectorId === undefined) {
      const { DetectorIds } = await this.call("ListDetectors", () => guardduty.send(new ListDetectorsCommand({})));
      detectorId = DetectorIds?.[0];
      if (detectorId === undefined) throw new Error(`no GuardDuty detector in ${region}: turn GuardDuty on there, or set guardDuty to off`);
    }
    if (row.rule === undefined) row.note = `the stack has no guardduty-findings rule in ${region}`;
    await this.call("CreateSampleFindings", () =>
      guardduty.send(new CreateSampleFindingsCommand({ DetectorId: detectorId, FindingTypes: [GUARD_DUTY_SAMPLE_TYPE] })),
    );
    this.created.guardDutyDetectorId = detectorId;
  }

  private async sampleSecurityHub(row: FindingsRow): Promise<void> {
    const { region, account, runId, clients, now } = this.options;
    const partition = partitionOf(region);
    const securityhub = clients(region).securityhub;
    // "arn:aws:securityhub:<region>:<account-id>:product/<account-id>/default" (Security Hub user guide, Using custom product integrations).
    const productArn = `arn:${partition}:securityhub:${region}:${account}:product/${account}/default`;
    const at = now().toISOString();
    const sample: AwsSecurityFinding = {
      SchemaVersion: ASFF_SCHEMA_VERSION,
      Id: `baseline-drill-${runId}`,
      ProductArn: productArn,
      GeneratorId: "baseline-drill",
      AwsAccountId: account,
      Types: ["Software and Configuration Checks"],
      CreatedAt: at,
      UpdatedAt: at,
      // Informational: it must not page anyone else's automation; it is resolved at the end.
      Severity: { Label: "INFORMATIONAL" },
      Title: `Security baseline drill ${runId}: sample finding, resolved by the drill`,
      Description: "Imported by the security baseline's drill to check Security Hub and the finding rule's pattern; not a problem.",
      Resources: [{ Type: "Other", Id: `baseline-drill-${runId}`, Partition: partition, Region: region }],
    };
    const imported = await this.call("BatchImportFindings", () => securityhub.send(new BatchImportFindingsCommand({ Findings: [sample] })));
    const failed = imported.FailedFindings?.[0];
    if ((imported.FailedCount ?? 0) > 0 || failed !== undefined) {
      throw new Error(`Security Hub refused the sample: ${failed?.ErrorCode ?? "failed"}: ${failed?.ErrorMessage ?? ""}`.trim());
    }
    this.created.securityHubFinding = { Id: sample.Id!, ProductArn: productArn };
    if (row.rule === undefined) {
      row.note = "the stack has no securityhub-findings rule to test";
      return;
    }
    // The sample as Security Hub stored it: what its "Security Hub Findings - Imported" event carries.
    const { Findings } = await this.call("GetFindings", () =>
      securityhub.send(
        new GetSecurityHubFindingsCommand({
          Filters: { Id: [{ Value: sample.Id!, Comparison: "EQUALS" }], ProductArn: [{ Value: productArn, Comparison: "EQUALS" }] },
          MaxResults: 1,
        }),
      ),
    );
    const stored = Findings?.[0] ?? sample;
    row.patternCheck = await this.testPattern(row.rule, stored);
  }

  /** EventBridge's verdicts: the deployed pattern on a documented control finding, and on the sample. */
  private async testPattern(rule: RealtimeRuleOutput, sample: AwsSecurityFinding): Promise<{ text: string; asExpected: boolean }> {
    const { outputs, region, account, clients, now } = this.options;
    // The rule lives in this Region, or in the aggregation Region for an administrator's other Regions.
    const ruleRegion = (outputs.detectors?.findingRules[region] ?? []).some((r) => r.ruleName === rule.ruleName)
      ? region
      : outputs.homeRegion;
    const events = clients(ruleRegion).events;
    const { EventPattern } = await this.call("DescribeRule", () => events.send(new DescribeRuleCommand({ Name: rule.ruleName })));
    if (EventPattern === undefined) return { text: `${rule.ruleName} has no event pattern`, asExpected: false };
    const verdict = async (finding: AwsSecurityFinding): Promise<boolean> => {
      const { Result } = await this.call("TestEventPattern", () =>
        events.send(new TestEventPatternCommand({ EventPattern, Event: JSON.stringify(importedEvent(finding, account, region, now())) })),
      );
      return Result === true;
    };
    const control = await verdict(documentedControlFinding(account, region, now()));
    const drillSample = await verdict(sample);
    const asExpected = control && !drillSample;
    return {
      text: `EventBridge TestEventPattern on ${rule.ruleName}: a failed HIGH Security Hub control finding ${control ? "matches" : "does NOT match"}, the drill's sample ${drillSample ? "matches" : "does not"}`,
      asExpected,
    };
  }

  /** The GuardDuty rows whose rule has not fired yet. */
  private waiting(): FindingsRow[] {
    return this.rows.filter(
      (r) =>
        r.service === "GuardDuty" &&
        r.error === undefined &&
        r.rule !== undefined &&
        r.startedAt !== undefined &&
        r.ruleSeconds === undefined,
    );
  }

  /** A rule the drill still waits for. */
  pending(): boolean {
    return this.waiting().length > 0;
  }

  /** One look at whether each awaited rule fired yet. */
  async poll(): Promise<void> {
    for (const row of this.waiting()) await this.pollRow(row);
  }

  /** `, 1/1 finding rules` for the watch's progress line; nothing without a watched finding rule. */
  progress(): string {
    const watched = this.rows.filter((r) => r.service === "GuardDuty" && r.error === undefined && r.rule !== undefined && r.startedAt);
    if (watched.length === 0) return "";
    return `, ${watched.filter((r) => r.ruleSeconds !== undefined).length}/${watched.length} finding rules`;
  }

  private async pollRow(row: FindingsRow): Promise<void> {
    const { clients, region, now } = this.options;
    const since = row.startedAt!;
    const { Datapoints } = await withThrottleRetry(
      () =>
        clients(region).cloudwatch.send(
          new GetMetricStatisticsCommand({
            Namespace: "AWS/Events",
            MetricName: "TriggeredRules",
            Dimensions: [{ Name: "RuleName", Value: row.rule!.ruleName }],
            StartTime: new Date(since.getTime() - 60000),
            EndTime: now(),
            Period: 60,
            Statistics: ["Sum"],
          }),
        ),
      { sleep: this.options.sleep },
    );
    const first = (Datapoints ?? [])
      .filter((d) => (d.Sum ?? 0) > 0 && d.Timestamp)
      .sort((a, b) => a.Timestamp!.getTime() - b.Timestamp!.getTime())[0];
    if (first) row.ruleSeconds = Math.max(0, Math.round((first.Timestamp!.getTime() - since.getTime()) / 1000));
  }

  /** Archives the GuardDuty samples and resolves the Security Hub sample the run made; says what it did. */
  async cleanup(): Promise<void> {
    for (const row of this.rows) {
      try {
        if (row.service === "GuardDuty" && this.created.guardDutyDetectorId !== undefined) await this.archiveGuardDuty(row);
        if (row.service === "Security Hub" && this.created.securityHubFinding !== undefined) await this.resolveSecurityHub(row);
      } catch (err) {
        row.leftAsIs = true;
        row.afterwards = `left as it is (${describeError(err)})`;
      }
    }
  }

  private async archiveGuardDuty(row: FindingsRow): Promise<void> {
    const { region, clients, sleep } = this.options;
    const guardduty = clients(region).guardduty;
    const DetectorId = this.created.guardDutyDetectorId!;
    const since = row.startedAt!.getTime();
    const call = <T>(fn: () => Promise<T>): Promise<T> => withThrottleRetry(fn, { sleep });
    // Samples of the drill's type updated since it started: this run's (a repeated sample is the
    // same finding, updated).
    const { FindingIds } = await call(() =>
      guardduty.send(
        new ListFindingsCommand({
          DetectorId,
          FindingCriteria: { Criterion: { type: { Equals: [GUARD_DUTY_SAMPLE_TYPE] }, updatedAt: { GreaterThanOrEqual: since } } },
          MaxResults: 50,
        }),
      ),
    );
    const ids = FindingIds ?? [];
    const { Findings } =
      ids.length === 0
        ? { Findings: [] }
        : await call(() => guardduty.send(new GetGuardDutyFindingsCommand({ DetectorId, FindingIds: ids })));
    const samples = (Findings ?? []).filter((f) => isSample(f) && f.Service?.Archived !== true && f.Id !== undefined);
    if (samples.length === 0) {
      row.afterwards = "nothing to archive: GuardDuty lists no sample of this run yet";
      return;
    }
    const severity = samples[0].Severity;
    if (samples.some((f) => f.CreatedAt !== undefined && Date.parse(f.CreatedAt) < since) && row.ruleSeconds === undefined) {
      row.note =
        "GuardDuty updated a sample an earlier run made: it sends an update at the detector's finding publishing frequency (6 hours by default), not within 5 minutes";
    } else if (row.ruleSeconds === undefined && severity !== undefined) {
      row.note = `the sample's severity is ${severity}: the rule alerts from guardDutyAlertSeverity up`;
    }
    await call(() => guardduty.send(new ArchiveFindingsCommand({ DetectorId, FindingIds: samples.map((f) => f.Id!) })));
    row.afterwards = `archived ${samples.map((f) => f.Id).join(", ")} (ArchiveFindings)`;
  }

  private async resolveSecurityHub(row: FindingsRow): Promise<void> {
    const { region, clients, runId, sleep } = this.options;
    const finding = this.created.securityHubFinding!;
    const { UnprocessedFindings } = await withThrottleRetry(
      () =>
        clients(region).securityhub.send(
          new BatchUpdateFindingsCommand({
            FindingIdentifiers: [finding],
            Workflow: { Status: "RESOLVED" },
            Note: { Text: `Security baseline drill ${runId}: a sample, resolved by the drill.`, UpdatedBy: "baseline-drill" },
          }),
        ),
      { sleep },
    );
    const unprocessed = UnprocessedFindings?.[0];
    if (unprocessed !== undefined) throw new Error(`${unprocessed.ErrorCode ?? "unprocessed"}: ${unprocessed.ErrorMessage ?? ""}`.trim());
    row.afterwards = `resolved ${finding.Id} (BatchUpdateFindings, workflow RESOLVED)`;
  }

  /** Every row did what it should: GuardDuty's rule fired, Security Hub's verdicts were the expected ones, nothing left as it was. */
  get allPassed(): boolean {
    return this.rows.every(
      (r) =>
        r.error === undefined &&
        !r.leftAsIs &&
        r.rule !== undefined &&
        (r.service === "GuardDuty" ? r.ruleSeconds !== undefined : r.patternCheck?.asExpected === true),
    );
  }
}

export { FindingsInterrupted };

/**
 * The findings scenario's part of the drill's report: a table (finding, rule, seconds to rule,
 * afterwards), then one line per note. `notYet` is what a rule that did not fire shows.
 */
export function formatFindingsLines(rows: readonly FindingsRow[], notYet: string): string[] {
  if (rows.length === 0) return [];
  const header = ["finding", "rule", "seconds to rule", "afterwards"];
  const body = rows.map((r) => {
    const rule = r.rule?.ruleName ?? "-";
    const events = `${r.service}: ${r.events}`;
    if (r.error !== undefined) return [events, rule, `not drilled: ${r.error}`, r.afterwards ?? "-"];
    if (r.service === "Security Hub") {
      const verdict = r.patternCheck === undefined ? "not tested" : r.patternCheck.asExpected ? "pattern tested" : "PATTERN WRONG";
      return [events, rule, verdict, r.afterwards ?? "-"];
    }
    return [events, rule, r.ruleSeconds === undefined ? notYet : `${r.ruleSeconds} s`, r.afterwards ?? "-"];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const render = (row: string[]): string => row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i]))).join("  ");
  const lines = ["", render(header), ...body.map(render)];
  for (const row of rows) {
    if (row.service === "Security Hub" && row.patternCheck !== undefined) {
      lines.push(
        `Security Hub: ${row.patternCheck.text}. The rule takes Security Hub's own failed HIGH and CRITICAL control findings only, so an imported sample cannot fire it; a real control finding proves its delivery.`,
      );
    }
    if (row.note !== undefined) lines.push(`${row.service}: ${row.note}.`);
  }
  return lines;
}

/** GuardDuty marks samples `"sample": true` in additionalInfo (a JSON text in the API's answer). */
function isSample(finding: Finding): boolean {
  try {
    const info = JSON.parse(finding.Service?.AdditionalInfo?.Value ?? "{}") as { sample?: unknown };
    return info.sample === true;
  } catch {
    return false;
  }
}

/**
 * A failed HIGH control finding as Security Hub writes its own: the FSBP CloudTrail.2 sample of the
 * Security Hub user guide (Sample control findings,
 * https://docs.aws.amazon.com/securityhub/latest/userguide/sample-control-findings.html), in this
 * account and Region, with Severity HIGH where the sample has MEDIUM (the rule leaves MEDIUM out).
 */
export function documentedControlFinding(account: string, region: string, at: Date): AwsSecurityFinding {
  const partition = partitionOf(region);
  const id = `arn:${partition}:securityhub:${region}:${account}:security-control/CloudTrail.2/finding/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111`;
  return {
    SchemaVersion: ASFF_SCHEMA_VERSION,
    Id: id,
    ProductArn: `arn:${partition}:securityhub:${region}::product/aws/securityhub`,
    ProductName: "Security Hub",
    GeneratorId: "security-control/CloudTrail.2",
    AwsAccountId: account,
    Region: region,
    Types: ["Software and Configuration Checks/Industry and Regulatory Standards"],
    CreatedAt: at.toISOString(),
    UpdatedAt: at.toISOString(),
    Severity: { Label: "HIGH" },
    Title: "CloudTrail should have encryption at-rest enabled",
    Description:
      "This AWS control checks whether AWS CloudTrail is configured to use the server side encryption (SSE) AWS KMS key encryption.",
    Resources: [
      {
        Type: "AwsCloudTrailTrail",
        Id: `arn:${partition}:cloudtrail:${region}:${account}:trail/example`,
        Partition: partition,
        Region: region,
      },
    ],
    Compliance: { Status: "FAILED", SecurityControlId: "CloudTrail.2" },
    Workflow: { Status: "NEW" },
    RecordState: "ACTIVE",
    ProductFields: { "aws/securityhub/ProductName": "Security Hub", "aws/securityhub/CompanyName": "AWS" },
  };
}

/**
 * The "Security Hub Findings - Imported" event of one finding: "Each event sends a single finding"
 * (Security Hub user guide, EventBridge event formats); TestEventPattern needs id, account, source,
 * time, region, resources and detail-type.
 */
export function importedEvent(finding: AwsSecurityFinding, account: string, region: string, at: Date): Record<string, unknown> {
  return {
    version: "0",
    id: "00000000-0000-4000-8000-000000000000",
    "detail-type": "Security Hub Findings - Imported",
    source: "aws.securityhub",
    account,
    time: at.toISOString().replace(/\.\d{3}Z$/, "Z"),
    region,
    resources: [`${finding.ProductArn}/${finding.Id}`],
    detail: { findings: [finding] },
  };
}
