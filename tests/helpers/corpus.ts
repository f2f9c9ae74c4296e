/**
 * The CloudTrail event corpus: real and hand-written records under tests/fixtures/cloudtrail,
 * each listed in manifest.json with the exact catalogue alarms it fires.
 */
import * as fs from "fs";
import * as path from "path";

export const CORPUS_DIR = path.join(__dirname, "..", "fixtures", "cloudtrail");
export const MANIFEST_PATH = path.join(CORPUS_DIR, "manifest.json");

export interface CorpusEvent {
  /** Path relative to tests/fixtures/cloudtrail, e.g. `panther/....json`. */
  readonly file: string;
  /** The CloudTrail record. */
  readonly event: Record<string, unknown>;
  /** Catalogue alarm ids the `cis` profile fires on this event, sorted. */
  readonly fires: readonly string[];
  /** Catalogue alarm ids the `tuned` profile fires, sorted (equal to `fires` unless the manifest says otherwise). */
  readonly firesTuned: readonly string[];
  readonly note: string;
}

interface ManifestEntry {
  file: string;
  fires: string[];
  firesTuned?: string[];
  note: string;
}

function fail(message: string): never {
  throw new Error(`${path.relative(process.cwd(), MANIFEST_PATH)}: ${message}`);
}

/** Reads the manifest and every record it lists; throws naming the entry that is malformed. */
export function loadCorpus(): CorpusEvent[] {
  const manifest = JSON.parse(fs.readFileSync(MANIFEST_PATH, "utf8")) as { events?: unknown };
  if (!Array.isArray(manifest.events)) fail('expected { "events": [ ... ] }');
  return (manifest.events as ManifestEntry[]).map((entry, i) => {
    const at = `events[${i}]`;
    if (typeof entry.file !== "string" || !Array.isArray(entry.fires) || typeof entry.note !== "string") {
      fail(`${at} needs file (string), fires (list of alarm ids) and note (string)`);
    }
    const absolute = path.join(CORPUS_DIR, entry.file);
    if (!fs.existsSync(absolute)) fail(`${at}: ${entry.file} does not exist`);
    const event = JSON.parse(fs.readFileSync(absolute, "utf8")) as Record<string, unknown>;
    const fires = [...entry.fires].sort();
    return { file: entry.file, event, fires, firesTuned: entry.firesTuned ? [...entry.firesTuned].sort() : fires, note: entry.note };
  });
}

/** Every record file in the corpus folders (the index files beside them are not records). */
export function corpusRecordFiles(): string[] {
  return fs
    .readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      fs
        .readdirSync(path.join(CORPUS_DIR, dir.name))
        .filter((name) => name.endsWith(".json"))
        .map((name) => `${dir.name}/${name}`),
    )
    .sort();
}
