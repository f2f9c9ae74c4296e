/**
 * The CloudTrail corpus (tests/fixtures/cloudtrail/manifest.json) as AWS test cases: per alarm,
 * up to 5 real records that must fire it and 2 that must not, sent to CloudWatch Logs'
 * TestMetricFilter so AWS itself confirms the deployed pattern.
 *
 * The manifest's labels hold for the catalogue's patterns only (`fires` for the cis profile,
 * `firesTuned` for tuned, the secret-read entry for the secret prod/payments/db): a pattern the
 * corpus was not labelled for gets no test cases.
 */
import * as fs from "fs";
import * as path from "path";
import { ALARMS, secretReadFilterPattern, SECRET_READ_ALARM } from "../../policy/catalogue";
import { InputError } from "../lib/stackOutputs";

export const DEFAULT_CORPUS_DIR = path.join(__dirname, "..", "..", "tests", "fixtures", "cloudtrail");
/** The secret the manifest's secret-read labels were decided for. */
export const CORPUS_WATCHED_SECRET = "prod/payments/db";

const MUST_FIRE = 5;
const MUST_NOT_FIRE = 2;

export interface CorpusEvent {
  readonly file: string;
  /** The record as CloudTrail writes it to CloudWatch Logs: one line of JSON. */
  readonly message: string;
  readonly eventSource?: string;
}

interface LabelledEvent extends CorpusEvent {
  readonly fires: readonly string[];
  readonly firesTuned?: readonly string[];
}

export interface CorpusCases {
  readonly mustFire: readonly CorpusEvent[];
  readonly mustNotFire: readonly CorpusEvent[];
}

/** Test cases for an alarm id and the pattern the stack deploys for it; undefined: none apply. */
export type CorpusSelector = (alarmId: string, filterPattern: string) => CorpusCases | undefined;

export function loadCorpus(dir: string = DEFAULT_CORPUS_DIR): CorpusSelector {
  const manifestPath = path.join(dir, "manifest.json");
  let manifest: { events?: unknown };
  try {
    manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as { events?: unknown };
  } catch (err) {
    throw new InputError(`Cannot read the corpus manifest ${manifestPath}: ${(err as Error).message}`);
  }
  if (!Array.isArray(manifest.events)) throw new InputError(`${manifestPath}: "events" must be an array of {file, fires}.`);
  const events: LabelledEvent[] = manifest.events.map((entry: { file?: unknown; fires?: unknown; firesTuned?: unknown }, index: number) => {
    if (typeof entry.file !== "string" || !Array.isArray(entry.fires)) {
      throw new InputError(`${manifestPath}: events[${index}] needs "file" (a path) and "fires" (alarm ids).`);
    }
    const record = JSON.parse(fs.readFileSync(path.join(dir, entry.file), "utf8")) as { eventSource?: string };
    return {
      file: entry.file,
      message: JSON.stringify(record),
      eventSource: record.eventSource,
      fires: entry.fires as string[],
      firesTuned: Array.isArray(entry.firesTuned) ? (entry.firesTuned as string[]) : undefined,
    };
  });
  return (alarmId, filterPattern) => {
    const profile = labelsFor(alarmId, filterPattern);
    return profile === undefined ? undefined : selectCases(events, alarmId, profile);
  };
}

/** Which of the manifest's labels describe this pattern. */
function labelsFor(alarmId: string, filterPattern: string): "cis" | "tuned" | undefined {
  if (alarmId === SECRET_READ_ALARM.id) return filterPattern === secretReadFilterPattern([CORPUS_WATCHED_SECRET]) ? "cis" : undefined;
  const entry = ALARMS.find((a) => a.id === alarmId);
  if (entry === undefined) return undefined;
  if (filterPattern === entry.filterPattern) return "cis";
  if (filterPattern === entry.tunedFilterPattern) return "tuned";
  return undefined;
}

function selectCases(events: readonly LabelledEvent[], alarmId: string, profile: "cis" | "tuned"): CorpusCases {
  const fires = (e: LabelledEvent): boolean => (profile === "tuned" ? (e.firesTuned ?? e.fires) : e.fires).includes(alarmId);
  const mustFire = events.filter(fires).slice(0, MUST_FIRE);
  // Near misses teach more than unrelated records: prefer events of the same service.
  const sources = new Set(mustFire.map((e) => e.eventSource));
  const others = events.filter((e) => !fires(e));
  const nearMisses = others.filter((e) => sources.has(e.eventSource));
  const mustNotFire = [...nearMisses, ...others.filter((e) => !sources.has(e.eventSource))].slice(0, MUST_NOT_FIRE);
  const strip = ({ file, message, eventSource }: CorpusEvent): CorpusEvent => ({ file, message, eventSource });
  return { mustFire: mustFire.map(strip), mustNotFire: mustNotFire.map(strip) };
}
