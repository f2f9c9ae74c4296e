/**
 * What a responder gets (components/investigate): the self-healing trail, the Slack channel and
 * the investigation parts (settings/args.ts describes each key and its default). Plain parsed
 * values in, typed settings and one line per problem out; nothing is thrown, so the caller's
 * ConfigError lists these problems with every other key's.
 */
import { ATHENA_BYTES_SCANNED_CUTOFF_MIN, SLACK_CHANNEL_ID, SLACK_WORKSPACE_ID, nameProblem } from "../lib/awsLimits";
import { valueProblems } from "../lib/providerRules";
import { INVESTIGATION_DEFAULTS } from "./declarations.generated";
import { invalid, isRecord, unknownKeyProblems } from "./problems";

export interface SlackChannelSettings {
  readonly workspaceId: string;
  readonly channelId: string;
}

export interface InvestigationSettings {
  readonly selfHealingTrail: boolean;
  /** Absent: no chat configuration. */
  readonly slackChannel?: SlackChannelSettings;
  readonly athena: boolean;
  readonly insightsQueries: boolean;
  readonly dashboard: boolean;
  readonly athenaBytesScannedCutoff: number;
  /** First day the Athena table's date projection covers, yyyy/MM/dd. */
  readonly archiveSince: string;
}

export const INVESTIGATION_FIELDS = ["athena", "insightsQueries", "dashboard", "athenaBytesScannedCutoff", "archiveSince"] as const;
const SLACK_CHANNEL_FIELDS = ["workspaceId", "channelId"] as const;
/** A day as yyyy/MM/dd, the format of CloudTrail's object keys and the table's date projection. */
export const ARCHIVE_DAY = /^\d{4}\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])$/;

export interface RawInvestigationConfig {
  readonly selfHealingTrail?: unknown;
  readonly slackChannel?: unknown;
  readonly investigation?: unknown;
}

export interface ParsedInvestigationConfig {
  readonly settings: InvestigationSettings;
  readonly problems: readonly string[];
}

function booleanOf(key: string, value: unknown, fallback: boolean, problems: string[]): boolean {
  if (value === undefined) return fallback;
  if (typeof value === "boolean") return value;
  problems.push(invalid(key, value, "expected true or false"));
  return fallback;
}

function parseSlackChannel(value: unknown, problems: string[]): SlackChannelSettings | undefined {
  if (value === undefined || value === null) return undefined;
  const example = 'expected { "workspaceId": "T07EA123LEP", "channelId": "C07EZ1ABC23" }';
  if (!isRecord(value)) {
    problems.push(invalid("slackChannel", value, example));
    return undefined;
  }
  const before = problems.length;
  problems.push(...unknownKeyProblems(Object.keys(value), SLACK_CHANNEL_FIELDS, "field of slackChannel", "slackChannel."));
  const field = (key: "workspaceId" | "channelId", rule: typeof SLACK_WORKSPACE_ID): string => {
    const text = value[key];
    if (typeof text !== "string") {
      problems.push(invalid(`slackChannel.${key}`, text, `expected ${rule.allowed}`));
      return "";
    }
    const problem = nameProblem(text, rule);
    if (problem) problems.push(invalid(`slackChannel.${key}`, text, `${problem}; ${rule.allowed} (${rule.source})`));
    return text;
  };
  const workspaceId = field("workspaceId", SLACK_WORKSPACE_ID);
  const channelId = field("channelId", SLACK_CHANNEL_ID);
  return problems.length === before ? { workspaceId, channelId } : undefined;
}

/**
 * Why `value` is not a first day the table can project from, or undefined: a real calendar day
 * as yyyy/MM/dd, not after `today` (the projection runs from it to NOW; a later start leaves the
 * range empty and every query fails). `today` is injected so plans and tests do not depend on the clock.
 */
export function archiveDayProblem(value: unknown, today: Date): string | undefined {
  const format = "expected the archive's first day as yyyy/MM/dd, such as 2024/01/01";
  if (typeof value !== "string" || !ARCHIVE_DAY.test(value)) return format;
  const [year, month, day] = value.split("/").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return `${format}: ${value} is not a day of the calendar`;
  }
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  if (date.getTime() > todayUtc) return `${format}, not after today (${new Date(todayUtc).toISOString().slice(0, 10).replace(/-/g, "/")})`;
  return undefined;
}

/** `today` decides the latest first day archiveSince may name (the program passes the real date). */
export function parseInvestigationConfig(raw: RawInvestigationConfig, today: Date = new Date()): ParsedInvestigationConfig {
  const problems: string[] = [];
  // On unless set (settings/args.ts); settings/index.ts turns it off where it cannot work.
  const selfHealingTrail = booleanOf("selfHealingTrail", raw.selfHealingTrail, true, problems);
  const slackChannel = parseSlackChannel(raw.slackChannel, problems);

  let parts: Record<string, unknown> = {};
  if (raw.investigation !== undefined && !isRecord(raw.investigation)) {
    problems.push(invalid("investigation", raw.investigation, `expected an object with any of ${INVESTIGATION_FIELDS.join(", ")}`));
  } else if (raw.investigation !== undefined) {
    parts = raw.investigation;
    problems.push(...unknownKeyProblems(Object.keys(parts), INVESTIGATION_FIELDS, "field of investigation", "investigation."));
  }
  const athena = booleanOf("investigation.athena", parts.athena, INVESTIGATION_DEFAULTS.athena, problems);
  const insightsQueries = booleanOf(
    "investigation.insightsQueries",
    parts.insightsQueries,
    INVESTIGATION_DEFAULTS.insightsQueries,
    problems,
  );
  const dashboard = booleanOf("investigation.dashboard", parts.dashboard, INVESTIGATION_DEFAULTS.dashboard, problems);

  let athenaBytesScannedCutoff: number = INVESTIGATION_DEFAULTS.athenaBytesScannedCutoff;
  const cutoff = parts.athenaBytesScannedCutoff;
  if (cutoff !== undefined) {
    // The workgroup's bytes_scanned_cutoff_per_query, held to the provider's own rule (0 there means "none").
    const refused =
      typeof cutoff !== "number" ||
      !Number.isSafeInteger(cutoff) ||
      cutoff < ATHENA_BYTES_SCANNED_CUTOFF_MIN.value ||
      valueProblems("aws:athena/workgroup:Workgroup", "configuration.bytesScannedCutoffPerQuery", cutoff).length > 0;
    if (!refused) athenaBytesScannedCutoff = cutoff;
    else
      problems.push(
        invalid(
          "investigation.athenaBytesScannedCutoff",
          cutoff,
          `expected a whole number of bytes of at least ${ATHENA_BYTES_SCANNED_CUTOFF_MIN.value.toLocaleString("en-US")} (10 MiB; ${ATHENA_BYTES_SCANNED_CUTOFF_MIN.source})`,
        ),
      );
  }

  let archiveSince: string = INVESTIGATION_DEFAULTS.archiveSince;
  const since = parts.archiveSince;
  if (since !== undefined) {
    const problem = archiveDayProblem(since, today);
    if (problem === undefined) archiveSince = since as string;
    else problems.push(invalid("investigation.archiveSince", since, problem));
  }

  return {
    settings: { selfHealingTrail, slackChannel, athena, insightsQueries, dashboard, athenaBytesScannedCutoff, archiveSince },
    problems,
  };
}
