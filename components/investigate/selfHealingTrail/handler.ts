/**
 * Self-healing trail: an EventBridge rule on CloudTrail `StopLogging` invokes this function,
 * which restarts logging on the baseline's trail and publishes what it did to the alert topic.
 *
 * Why the function publishes, not the rule's own SNS target: a rule target fires on the
 * `StopLogging` event itself, before anything has been done, so it can only say "logging was
 * stopped". The reader needs the outcome ("restarted", "already logging", "failed: ..."), which
 * only the function knows.
 *
 * With a Slack channel it also publishes the report to the home Region's chat topic as an AWS
 * Chatbot custom notification (lib/chatNotification.ts describes the format; this file imports
 * nothing of the baseline's, so it builds the same shape itself and the tests hold it to the schema).
 *
 * Runs on the Lambda Node.js runtime, which ships AWS SDK v3; it imports nothing else, so the
 * transpiled file alone is the deployment package (see code.ts).
 */
import { CloudTrailClient, GetTrailStatusCommand, StartLoggingCommand } from "@aws-sdk/client-cloudtrail";
import { PublishCommand, SNSClient } from "@aws-sdk/client-sns";

/** The parts of an "AWS API Call via CloudTrail" EventBridge event the function reads. */
export interface StopLoggingEvent {
  readonly account?: string;
  readonly region?: string;
  readonly "detail-type"?: string;
  readonly detail?: {
    readonly eventName?: string;
    readonly eventID?: string;
    readonly eventTime?: string;
    readonly errorCode?: string;
    readonly userIdentity?: { readonly arn?: string; readonly type?: string };
    readonly sourceIPAddress?: string;
    readonly requestParameters?: { readonly name?: string } | null;
  };
}

export type Outcome = "restarted" | "already logging" | "other trail" | "failed";

/** What the function returns and logs; the alert quotes `summary`. */
export interface HealingResult {
  readonly outcome: Outcome;
  readonly trailArn: string;
  /** The trail named in the event's request (name or ARN), as sent. */
  readonly requestedTrail?: string;
  readonly stoppedBy?: string;
  readonly eventTime?: string;
  readonly attempts: number;
  readonly error?: string;
  readonly summary: string;
}

export interface HealerDependencies {
  readonly cloudTrail: CloudTrailClient;
  readonly sns: SNSClient;
  readonly trailArn: string;
  /** Topic the outcome is published to; without one the result is only logged. */
  readonly topicArn?: string;
  /** Chat topic (AWS Chatbot) the outcome is also published to, as a custom notification. */
  readonly chatTopicArn?: string;
  readonly retry?: RetryPolicy;
  readonly log?: (line: string) => void;
}

/** Bounded exponential backoff with full jitter for CloudTrail throttling. */
export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
}

/**
 * Five attempts a call with delays capped at 2 s: at most 3 s of waiting a call (two calls),
 * well inside the function's timeout, and enough to ride out a burst of throttling on the control plane.
 */
export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 200,
  maxDelayMs: 2000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** `arn:<partition>:cloudtrail:<region>:<account>:trail/<name>` */
const TRAIL_ARN = /^arn:[a-z-]+:cloudtrail:([a-z0-9-]+):(\d{12}):trail\/(.+)$/;

export interface TrailIdentity {
  readonly region: string;
  readonly account: string;
  readonly name: string;
}

export function parseTrailArn(arn: string): TrailIdentity {
  const match = TRAIL_ARN.exec(arn);
  if (!match)
    throw new Error(`TRAIL_ARN must be a CloudTrail trail ARN (arn:aws:cloudtrail:<region>:<account>:trail/<name>), got "${arn}"`);
  return { region: match[1], account: match[2], name: match[3] };
}

/**
 * Whether the event may have stopped this trail. `requestParameters.name` is the trail's name or
 * ARN (CloudTrail StopLogging API). A bare name that is this trail's is taken as this trail
 * wherever the call was made: a multi-Region trail's name is taken in every Region, so no other
 * trail the rule can see has it, and checking the trail's status costs one read. Never ignoring
 * it means a stop is never missed.
 */
export function isThisTrail(event: StopLoggingEvent, trailArn: string): boolean {
  const requested = event.detail?.requestParameters?.name;
  if (!requested) return false;
  if (requested.startsWith("arn:")) return requested === trailArn;
  return requested === parseTrailArn(trailArn).name;
}

function isThrottling(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return name === "ThrottlingException" || $metadata?.httpStatusCode === 429;
}

/** The most characters of an error a report quotes: a report must stay far within SNS's 262,144-byte message. */
export const ERROR_TEXT_MAX = 4000;

function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > ERROR_TEXT_MAX ? `${text.slice(0, ERROR_TEXT_MAX)}… (${text.length} characters)` : text;
}

/** Runs `call`, retrying throttling only, up to `maxAttempts` a call; adds every attempt to `attempts`. */
async function withBackoff<T>(call: () => Promise<T>, policy: RetryPolicy, attempts: { count: number }): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    attempts.count += 1;
    try {
      return await call();
    } catch (error) {
      if (!isThrottling(error) || attempt >= policy.maxAttempts) throw error;
      const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      await policy.sleep(Math.floor(policy.random() * ceiling));
    }
  }
}

function summarise(result: Omit<HealingResult, "summary">): string {
  const who = result.stoppedBy ? ` by ${result.stoppedBy}` : "";
  const when = result.eventTime ? ` at ${result.eventTime}` : "";
  switch (result.outcome) {
    case "restarted":
      return `Self-healing trail: ${result.trailArn} was stopped${who}${when}; logging restarted. Find out why it was stopped: the caller's credentials may be compromised.`;
    case "already logging":
      return `Self-healing trail: StopLogging on ${result.trailArn}${who}${when}, but the trail is logging; nothing to do.`;
    case "other trail":
      return `Self-healing trail: StopLogging on ${result.requestedTrail ?? "(no name)"} is not ${result.trailArn}; ignored.`;
    case "failed":
      return `Self-healing trail: ${result.trailArn} was stopped${who}${when} and could NOT be restarted (failed: ${result.error}). Restart it now: aws cloudtrail start-logging --name ${result.trailArn}`;
  }
}

/** What Chatbot shows: a custom notification ("version" 1.0, "source" custom, content.description required). */
export interface ChatReport {
  readonly version: "1.0";
  readonly source: "custom";
  readonly id?: string;
  readonly content: {
    readonly textType: "client-markdown";
    readonly title: string;
    readonly description: string;
    readonly nextSteps: string[];
  };
  readonly metadata: { readonly summary: string; readonly eventType: string; readonly additionalContext: Record<string, string> };
}

const CHAT_TITLES: Record<Exclude<Outcome, "other trail">, string> = {
  restarted: ":warning: Self-healing trail: logging restarted",
  "already logging": ":information_source: Self-healing trail: StopLogging, trail still logging",
  failed: ":rotating_light: Self-healing trail: logging NOT restarted",
};

/** The most characters of an error a chat report quotes: enough to act on, never a wall. */
const CHAT_ERROR_MAX = 1000;

/** The report as a Chatbot custom notification. */
export function chatReport(result: HealingResult, eventId?: string): ChatReport {
  const context: Record<string, string> = { outcome: result.outcome, trailArn: result.trailArn, attempts: String(result.attempts) };
  if (result.stoppedBy) context.stoppedBy = result.stoppedBy;
  if (result.eventTime) context.eventTime = result.eventTime;
  if (result.error) context.error = result.error.slice(0, CHAT_ERROR_MAX);
  const nextSteps =
    result.outcome === "failed"
      ? [`Restart it now: \`aws cloudtrail start-logging --name ${result.trailArn}\``, "Find out who stopped it and why."]
      : ["Find out who stopped it and why: the caller's credentials may be compromised."];
  return {
    version: "1.0",
    source: "custom",
    ...(eventId ? { id: eventId } : {}),
    content: {
      textType: "client-markdown",
      title: result.outcome === "other trail" ? "Self-healing trail" : CHAT_TITLES[result.outcome],
      description: result.summary.length > 4 * CHAT_ERROR_MAX ? `${result.summary.slice(0, 4 * CHAT_ERROR_MAX)}…` : result.summary,
      nextSteps,
    },
    metadata: { summary: `Self-healing trail: ${result.outcome}`, eventType: "self-healing-trail", additionalContext: context },
  };
}

export function createHealer(deps: HealerDependencies): (event: StopLoggingEvent) => Promise<HealingResult> {
  const policy = deps.retry ?? DEFAULT_RETRY;
  const log = deps.log ?? ((line: string) => console.log(line));
  parseTrailArn(deps.trailArn);

  const report = async (partial: Omit<HealingResult, "summary">, eventId?: string): Promise<HealingResult> => {
    const result: HealingResult = { ...partial, summary: summarise(partial) };
    log(JSON.stringify(result));
    // Other trails are not this baseline's concern: no alert.
    if (result.outcome === "other trail") return result;
    const publishes: Promise<unknown>[] = [];
    if (deps.topicArn) {
      publishes.push(
        deps.sns.send(
          new PublishCommand({
            TopicArn: deps.topicArn,
            // SNS email subjects: ASCII, under 100 characters (SNS Publish API).
            Subject: `Self-healing trail: ${result.outcome}`,
            Message: `${result.summary}\n\n${JSON.stringify(result, null, 2)}`,
          }),
        ),
      );
    }
    if (deps.chatTopicArn) {
      publishes.push(
        deps.sns.send(new PublishCommand({ TopicArn: deps.chatTopicArn, Message: JSON.stringify(chatReport(result, eventId)) })),
      );
    }
    // Both are attempted; the first failure is raised once both have settled.
    const failed = (await Promise.allSettled(publishes)).find((p): p is PromiseRejectedResult => p.status === "rejected");
    if (failed) throw failed.reason;
    return result;
  };

  return async (event) => {
    const base = {
      trailArn: deps.trailArn,
      requestedTrail: event.detail?.requestParameters?.name,
      stoppedBy: event.detail?.userIdentity?.arn,
      eventTime: event.detail?.eventTime,
    };
    const eventId = event.detail?.eventID;
    if (!isThisTrail(event, deps.trailArn)) return report({ ...base, outcome: "other trail", attempts: 0 });

    const attempts = { count: 0 };
    let outcome: "already logging" | "restarted";
    try {
      const status = await withBackoff(() => deps.cloudTrail.send(new GetTrailStatusCommand({ Name: deps.trailArn })), policy, attempts);
      if (status.IsLogging === true) outcome = "already logging";
      else {
        await withBackoff(() => deps.cloudTrail.send(new StartLoggingCommand({ Name: deps.trailArn })), policy, attempts);
        outcome = "restarted";
      }
    } catch (error) {
      const failure = { ...base, outcome: "failed" as const, attempts: attempts.count, error: errorText(error) };
      try {
        await report(failure, eventId);
      } catch (publishError) {
        log(JSON.stringify({ outcome: "failed", publishError: errorText(publishError) }));
      }
      // Fail the invocation so the Lambda Errors metric and async retries see it.
      throw new Error(summarise(failure), { cause: error });
    }
    // Outside the try: a report that cannot be published fails the invocation as itself, never
    // as a failed restart of a trail that is logging.
    return report({ ...base, outcome, attempts: attempts.count }, eventId);
  };
}

/** Lambda entry point, configured from the environment the component sets. */
export const handler = async (event: StopLoggingEvent): Promise<HealingResult> => {
  const trailArn = process.env.TRAIL_ARN;
  if (!trailArn) throw new Error("TRAIL_ARN is not set: the function needs the ARN of the trail it keeps logging");
  const region = parseTrailArn(trailArn).region;
  // One retry policy, ours: the SDK's own retries would multiply it.
  const healer = createHealer({
    cloudTrail: new CloudTrailClient({ region, maxAttempts: 1 }),
    sns: new SNSClient({ region: process.env.AWS_REGION ?? region }),
    trailArn,
    topicArn: process.env.ALERT_TOPIC_ARN || undefined,
    chatTopicArn: process.env.CHAT_TOPIC_ARN || undefined,
  });
  return healer(event);
};
