/**
 * Retry on throttling, on top of the SDK's own retry strategy: verify and the drill fan out
 * dozens of Describe calls at once, and CloudWatch Logs' TestMetricFilter and DescribeMetricFilters
 * allow only a few calls a second per account.
 */
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RetryOptions {
  readonly sleep: Sleep;
  /** Tries in all, the first included. */
  readonly attempts?: number;
  /** First wait; doubled after each throttled try. */
  readonly baseDelayMs?: number;
}

const THROTTLING_ERRORS = new Set([
  "ThrottlingException",
  "Throttling",
  "ThrottledException",
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "RequestThrottled",
  "RequestThrottledException",
  "SlowDown",
  "LimitExceededException",
]);

export function isThrottling(err: unknown): boolean {
  if (typeof err !== "object" || err === null) return false;
  const error = err as { name?: string; $retryable?: { throttling?: boolean } };
  return (error.name !== undefined && THROTTLING_ERRORS.has(error.name)) || error.$retryable?.throttling === true;
}

export async function withThrottleRetry<T>(call: () => Promise<T>, options: RetryOptions): Promise<T> {
  const attempts = options.attempts ?? 5;
  let delay = options.baseDelayMs ?? 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      if (!isThrottling(err) || attempt >= attempts) throw err;
      await options.sleep(delay);
      delay *= 2;
    }
  }
}
