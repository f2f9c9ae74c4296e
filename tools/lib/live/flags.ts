/** Flags the three live tools share, in the shared convention's form (tools/lib/cli.ts). */
import { FlagSpec, UsageError } from "../cli";

export const STACK_FLAG = {
  type: "string",
  required: true,
  valueName: "<name>",
  description: "The Pulumi stack whose outputs name what to check.",
} as const satisfies FlagSpec;
export const OUTPUTS_FLAG = {
  type: "string",
  valueName: "<file>",
  description: "A file holding `pulumi stack output --json` for the stack (default: ask the pulumi CLI).",
} as const satisfies FlagSpec;
export const PROFILE_FLAG = {
  type: "string",
  valueName: "<profile>",
  description: "AWS shared-config profile (default: the SDK's chain: AWS_PROFILE, environment keys, SSO, instance role).",
} as const satisfies FlagSpec;

export function timeoutFlag(seconds: number, what: string) {
  return {
    type: "number",
    default: seconds,
    valueName: "<seconds>",
    description: `Bound on ${what}; every AWS call is aborted when it passes.`,
  } as const satisfies FlagSpec;
}

/**
 * The longest --timeout, in whole seconds: Node.js keeps a timer of at most 2,147,483,647 ms and
 * fires a longer one after 1 ms instead (Node.js docs, timers, setTimeout: "When delay is larger
 * than 2147483647 or less than 1, the delay will be set to 1"), which would stop the run at once.
 */
export const TIMEOUT_SECONDS_MAX = Math.floor(2_147_483_647 / 1000);

/** The shared parser reads numbers; a time bound must also be positive and fit Node's timer. */
export function positiveSeconds(tool: string, value: number): number {
  if (!(value > 0)) throw new UsageError(`--timeout must be a positive number of seconds, not ${value} (see npm run -s ${tool} -- --help)`);
  if (value > TIMEOUT_SECONDS_MAX) {
    throw new UsageError(
      `--timeout must be at most ${TIMEOUT_SECONDS_MAX} seconds (about 24.8 days, the longest timer Node.js keeps), not ${value} (see npm run -s ${tool} -- --help)`,
    );
  }
  return value;
}

/** Exit codes of the live tools, beyond the shared 0/1/2. */
export const LIVE_EXIT_CODES = {
  2: "usage or input error, unusable credentials (one message naming the profile and region), or the run could not finish (--timeout passed; a call got no answer, one line naming its endpoint and region; an AWS error); 130/143: stopped by SIGINT/SIGTERM; 141: the output pipe was closed",
} as const;
