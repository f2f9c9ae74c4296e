/**
 * The fire drill: make each change, undo it, clean up whatever is left (always: error, Ctrl-C,
 * SIGTERM), then watch until each alarm and real-time rule has fired or the time limit passes.
 * Clock and sleep are injected, so tests run a 15-minute watch instantly.
 */
import { DescribeAlarmHistoryCommand, GetMetricStatisticsCommand } from "@aws-sdk/client-cloudwatch";
import { StackOutputs } from "../lib/stackOutputs";
import { ClientsForRegion } from "../lib/live/clients";
import { Sleep, withThrottleRetry } from "../lib/live/retry";
import { describeError } from "../lib/live/answers";
import { deleteDrillVpc, DrillContext, SCENARIOS } from "./scenarios";
import { CleanupResult, DrillTracker } from "./tracker";
import { FindingsDrill, FindingsInterrupted, FindingsRow, findingsPlan, formatFindingsLines } from "./findingsScenario";

export class DrillInterrupted extends Error {
  constructor() {
    super("The drill was interrupted.");
    this.name = "DrillInterrupted";
  }
}

export interface DrillOptions {
  readonly outputs: StackOutputs;
  /** Region the changes are made in; the home region by default. */
  readonly region: string;
  /** The caller's account, which is the stack's (the findings scenario imports a finding as it). */
  readonly account: string;
  readonly clients: ClientsForRegion;
  /** Lower-case, S3-safe; the value of the `baseline-drill` tag. */
  readonly runId: string;
  readonly now: () => Date;
  readonly sleep: Sleep;
  /** Aborted by a signal or when the run's time is up (reason "deadline"); calls in flight abort with it. */
  readonly signal: AbortSignal;
  /** Bounds the whole run: the changes and the watch. */
  readonly timeoutSeconds: number;
  /** Runs the cleanup, so its deletes carry a bound of their own, not the (maybe stopped) run's. */
  readonly cleanupScope?: <T>(work: () => Promise<T>) => Promise<T>;
  readonly pollSeconds?: number;
  /** One progress line (stderr in the CLI). */
  readonly progress: (line: string) => void;
}

export interface DrillRow {
  readonly alarmId: string;
  readonly alarmName: string;
  readonly events: string;
  startedAt?: Date;
  /** Why the changes could not be made. */
  error?: string;
  alarmSeconds?: number;
  readonly ruleName?: string;
  ruleSeconds?: number;
}

export interface DrillOutcome {
  readonly rows: readonly DrillRow[];
  /** Alarms of the stack the drill has no safe trigger for. */
  readonly notDrilled: readonly string[];
  readonly cleanup: CleanupResult;
  /** The findings scenario's rows (tools/drill/findingsScenario.ts); none when the stack routes no findings in the Region. */
  readonly findings: readonly FindingsRow[];
  readonly interrupted: boolean;
  /** Every drilled alarm and rule fired in time. */
  readonly allFired: boolean;
}

/** What the drill will do, for the confirmation prompt. */
export function drillPlan(outputs: StackOutputs, region = outputs.homeRegion): { alarmId: string; events: string }[] {
  const ids = new Set(outputs.alarms.map((a) => a.id));
  return [
    ...SCENARIOS.filter((s) => ids.has(s.alarmId)).map(({ alarmId, events }) => ({ alarmId, events })),
    ...findingsPlan(outputs, region).map((f) => ({ alarmId: f.rule?.id ?? f.service, events: `${f.service} ${f.events}` })),
  ];
}

export async function runDrill(options: DrillOptions): Promise<DrillOutcome> {
  const { outputs, region, signal, progress } = options;
  const started = options.now().getTime();
  const clients = options.clients(region);
  const tracker = new DrillTracker(options.runId, clients.ec2, clients.s3);
  const scenarios = SCENARIOS.filter((s) => outputs.alarms.some((a) => a.id === s.alarmId));
  const rules = outputs.realtimeRules[region] ?? [];
  const rows: DrillRow[] = scenarios.map((s) => ({
    alarmId: s.alarmId,
    alarmName: outputs.alarms.find((a) => a.id === s.alarmId)!.alarmName,
    events: s.events,
    ruleName: rules.find((r) => r.id === s.alarmId)?.ruleName,
  }));
  const notDrilled = outputs.alarms.map((a) => a.id).filter((id) => !scenarios.some((s) => s.alarmId === id));

  const ctx: DrillContext = {
    runId: options.runId,
    region,
    ec2: clients.ec2,
    s3: clients.s3,
    tracker,
    step: (label, call) => {
      if (signal.aborted) throw new DrillInterrupted();
      progress(`drill: ${label}`);
      return withThrottleRetry(call, { sleep: options.sleep });
    },
  };

  const findings = new FindingsDrill({ ...options, progress });
  let interrupted = false;
  let cleanup: CleanupResult;
  try {
    for (const [index, scenario] of scenarios.entries()) {
      rows[index].startedAt = options.now();
      try {
        await scenario.run(ctx);
      } catch (err) {
        // A call aborted by the stop is the stop, not this scenario's failure.
        if (err instanceof DrillInterrupted || signal.aborted) throw new DrillInterrupted();
        rows[index].error = describeError(err);
      }
    }
    await deleteDrillVpc(ctx);
    await findings.trigger();
  } catch (err) {
    if (!(err instanceof DrillInterrupted || err instanceof FindingsInterrupted)) throw err;
    interrupted = true;
  } finally {
    if (tracker.tracked.length > 0) progress(`drill: cleaning up ${tracker.tracked.map((r) => `${r.kind} ${r.id}`).join(", ")}`);
    cleanup = await (options.cleanupScope ?? ((work) => work()))(() => tracker.cleanup());
  }

  if (!interrupted) interrupted = !(await watch(options, rows, started, findings));
  // Findings cannot be deleted: after the watch (or the stop), archive or resolve what was made.
  await (options.cleanupScope ?? ((work) => work()))(() => findings.cleanup());
  const drilled = rows.filter((r) => r.error === undefined);
  const allFired =
    !interrupted &&
    rows.every((r) => r.error === undefined) &&
    drilled.every((r) => r.alarmSeconds !== undefined && (r.ruleName === undefined || r.ruleSeconds !== undefined)) &&
    findings.allPassed;
  return { rows, notDrilled, cleanup, findings: findings.rows, interrupted, allFired };
}

/** Polls until everything fired or the run's time is up; false when interrupted by a signal. */
async function watch(options: DrillOptions, rows: DrillRow[], started: number, findings: FindingsDrill): Promise<boolean> {
  const { now, signal } = options;
  const watched = rows.filter((r) => r.startedAt !== undefined && r.error === undefined);
  const pending = (): DrillRow[] =>
    watched.filter((r) => r.alarmSeconds === undefined || (r.ruleName !== undefined && r.ruleSeconds === undefined));
  const deadline = started + options.timeoutSeconds * 1000;

  try {
    while ((pending().length > 0 || findings.pending()) && !signal.aborted) {
      for (const row of pending()) await poll(options, row);
      await findings.poll();
      const elapsed = Math.round((now().getTime() - started) / 1000);
      const alarmsFired = watched.filter((r) => r.alarmSeconds !== undefined).length;
      const withRules = watched.filter((r) => r.ruleName !== undefined);
      const rulesFired = withRules.filter((r) => r.ruleSeconds !== undefined).length;
      options.progress(
        `watching: ${alarmsFired}/${watched.length} alarms, ${rulesFired}/${withRules.length} rules${findings.progress()} fired, ${elapsed} s of ${options.timeoutSeconds} s`,
      );
      if ((pending().length === 0 && !findings.pending()) || now().getTime() >= deadline) break;
      await options.sleep(Math.min((options.pollSeconds ?? 15) * 1000, deadline - now().getTime()));
    }
  } catch (err) {
    // A poll aborted by the stop ends the watch; any other error is real.
    if (!signal.aborted) throw err;
  }
  // At the deadline the watch simply ended; only a signal interrupts it.
  return !(signal.aborted && signal.reason !== "deadline");
}

/** One look at whether a row's alarm and rule fired yet. */
async function poll(options: DrillOptions, row: DrillRow): Promise<void> {
  const { outputs, now } = options;
  const call = <T>(fn: () => Promise<T>): Promise<T> => withThrottleRetry(fn, { sleep: options.sleep });
  const since = row.startedAt!;
  if (row.alarmSeconds === undefined) {
    const { AlarmHistoryItems } = await call(() =>
      options.clients(outputs.homeRegion).cloudwatch.send(
        new DescribeAlarmHistoryCommand({
          AlarmName: row.alarmName,
          HistoryItemType: "StateUpdate",
          StartDate: since,
          ScanBy: "TimestampAscending",
        }),
      ),
    );
    const fired = (AlarmHistoryItems ?? []).find((item) => /to ALARM$/.test(item.HistorySummary ?? "") && item.Timestamp !== undefined);
    if (fired) row.alarmSeconds = secondsBetween(since, fired.Timestamp!);
  }
  if (row.ruleName !== undefined && row.ruleSeconds === undefined) {
    const { Datapoints } = await call(() =>
      options.clients(options.region).cloudwatch.send(
        new GetMetricStatisticsCommand({
          Namespace: "AWS/Events",
          MetricName: "TriggeredRules",
          Dimensions: [{ Name: "RuleName", Value: row.ruleName }],
          StartTime: new Date(since.getTime() - 60000),
          EndTime: now(),
          Period: 60,
          Statistics: ["Sum"],
        }),
      ),
    );
    const first = (Datapoints ?? [])
      .filter((d) => (d.Sum ?? 0) > 0 && d.Timestamp)
      .sort((a, b) => a.Timestamp!.getTime() - b.Timestamp!.getTime())[0];
    if (first) row.ruleSeconds = secondsBetween(since, first.Timestamp!);
  }
}

/** Metric timestamps are minute buckets: a rule can look as if it fired before the change. */
function secondsBetween(from: Date, to: Date): number {
  return Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));
}

export function formatDrillTable(outcome: DrillOutcome, timeoutSeconds: number): string {
  const cell = (seconds: number | undefined, missing: string): string => (seconds === undefined ? missing : `${seconds} s`);
  const header = ["event", "alarm", "seconds to alarm", "rule", "seconds to rule"];
  const body = outcome.rows.map((r) => {
    const notYet = outcome.interrupted ? "interrupted" : `not within ${timeoutSeconds} s`;
    if (r.error !== undefined) return [r.events, r.alarmId, `not drilled: ${r.error}`, r.ruleName ?? "-", "-"];
    return [
      r.events,
      r.alarmId,
      cell(r.alarmSeconds, notYet),
      r.ruleName ?? "-",
      r.ruleName === undefined ? "-" : cell(r.ruleSeconds, notYet),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const render = (row: string[]): string => row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i]))).join("  ");
  const lines = [render(header), ...body.map(render)];
  lines.push(...formatFindingsLines(outcome.findings, outcome.interrupted ? "interrupted" : `not within ${timeoutSeconds} s`));
  if (outcome.notDrilled.length > 0) {
    lines.push(
      "",
      `Not drilled (no safe automatic trigger): ${outcome.notDrilled.join(", ")}. Check their notification path with npm run -s alarm-test -- --alarm ID.`,
    );
  }
  for (const { resource, reason } of outcome.cleanup.leftBehind) {
    lines.push(`Left behind: ${resource.kind} ${resource.id} (${reason}). Delete it by hand if it is the drill's.`);
  }
  return `${lines.join("\n")}\n`;
}
