/**
 * Who hears about an alert, and how the baseline's resources are labelled: the email addresses
 * subscribed to every Region's topic, and the tags on every taggable resource.
 */
import { EMAIL_ADDRESS } from "../lib/awsLimits";
import { valueProblems } from "../lib/providerRules";
import { DEFAULTS } from "./declarations.generated";
import { SettingsReader, isRecord } from "./problems";

export const DEFAULT_TAGS: Readonly<Record<string, string>> = DEFAULTS.tags;

/** The tag the baseline puts on a residency trail's resources (components/residencyTrail.ts). */
export const RESIDENCY_TAG = "baseline:residency-region";

export const ALERT_EMAILS_BOUND = {
  max: 50,
  why: "each address subscribes to every Region's topic and must confirm each; use a mailing list beyond that",
} as const;

export interface AlertChoices {
  readonly alertEmails: readonly string[];
  readonly tags: Readonly<Record<string, string>>;
}

export function readAlerts(r: SettingsReader): AlertChoices {
  const alertEmails = r.stringList("alertEmails", DEFAULTS.alertEmails, ALERT_EMAILS_BOUND);
  for (const email of alertEmails)
    if (!EMAIL_ADDRESS.pattern.test(email)) r.fail("alertEmails", email, `expected ${EMAIL_ADDRESS.allowed}`);
  // Mail domains are case-insensitive and mailboxes almost always are: two spellings of one
  // address would be two subscriptions, two confirmations and every alert twice.
  const seen = new Map<string, string>();
  for (const email of alertEmails) {
    const first = seen.get(email.toLowerCase());
    if (first !== undefined) r.fail("alertEmails", email, `list each address once (${JSON.stringify(first)} is the same mailbox)`);
    else seen.set(email.toLowerCase(), email);
  }

  const tags = r.raw.tags === undefined ? DEFAULT_TAGS : r.raw.tags;
  if (!isRecord(tags) || !Object.values(tags).every((v) => typeof v === "string")) {
    r.fail("tags", tags, "expected a map of tag keys to string values");
    return { alertEmails, tags: DEFAULT_TAGS };
  }
  // Held to AWS's tag rules with the tag the baseline adds (a residency trail's Region).
  for (const problem of valueProblems("aws:s3/bucket:Bucket", "tags", { ...tags, [RESIDENCY_TAG]: "us-east-1" })) {
    r.problems.push(`tags: ${problem.replace(/^AWS: /, "")}; the baseline adds ${RESIDENCY_TAG} to residency trails' resources.`);
  }
  return { alertEmails, tags: tags as Readonly<Record<string, string>> };
}
