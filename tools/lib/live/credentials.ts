/**
 * One question before any other call: who are we? STS GetCallerIdentity needs no permission
 * ("No permissions are required to perform this operation",
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html), so
 * it fails only when there are no usable credentials. Missing, expired or rejected credentials
 * then give one message naming the profile and region (exit 2), instead of the same error from
 * every check.
 */
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { InputError } from "../stackOutputs";

/** Errors that mean "these credentials cannot be used", whatever the call. */
const CREDENTIAL_ERRORS = new Set([
  // Raised by the SDK's credential chain before any request (@smithy/property-provider).
  "CredentialsProviderError",
  "TokenProviderError",
  // AWS's answers to a request signed with unusable credentials (STS and common errors).
  "ExpiredToken",
  "ExpiredTokenException",
  "InvalidClientTokenId",
  "SignatureDoesNotMatch",
  "IncompleteSignature",
  "MissingAuthenticationToken",
  "UnrecognizedClientException",
  "InvalidAccessKeyId",
  "AuthFailure",
  "AccessDenied",
  "AccessDeniedException",
]);

export function isCredentialError(err: unknown): boolean {
  const name = (err as { name?: string } | null)?.name;
  return name !== undefined && CREDENTIAL_ERRORS.has(name);
}

export interface CallerWhere {
  /** `--profile`, else AWS_PROFILE, else the SDK's default. */
  readonly profile?: string;
  readonly region: string;
}

/** How the user names the credentials the SDK picks. */
export function describeProfile(profile: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (profile !== undefined) return `profile "${profile}"`;
  if (env.AWS_PROFILE) return `profile "${env.AWS_PROFILE}" (AWS_PROFILE)`;
  if (env.AWS_ACCESS_KEY_ID) return "the AWS_ACCESS_KEY_ID environment credentials";
  return `profile "default"`;
}

/** The caller's account id; an InputError when the credentials cannot be used. */
export async function callerAccount(sts: STSClient, where: CallerWhere): Promise<string> {
  try {
    const { Account } = await sts.send(new GetCallerIdentityCommand({}));
    if (Account === undefined) throw new Error("GetCallerIdentity returned no account");
    return Account;
  } catch (err) {
    if (!isCredentialError(err)) throw err;
    const error = err as Error;
    const login = where.profile ?? process.env.AWS_PROFILE;
    throw new InputError(
      [
        `No usable AWS credentials for ${describeProfile(where.profile)} in ${where.region}: ${error.name}: ${error.message.split("\n")[0]}`,
        `Fix: sign in again (\`aws sso login${login ? ` --profile ${login}` : ""}\`, or refresh the keys), or pass --profile NAME; \`aws sts get-caller-identity${login ? ` --profile ${login}` : ""}\` must work first.`,
      ].join("\n"),
    );
  }
}

/** The account a stack lives in, from its home-region topic ARN (arn:partition:sns:region:account:name). */
export function stackAccount(topicArn: string): string | undefined {
  return topicArn.split(":")[4] || undefined;
}

/** Refuses credentials of another account: every read would fail or look at the wrong account. */
export function requireStackAccount(caller: string, expected: string | undefined, stack: string, where: CallerWhere): void {
  if (expected !== undefined && caller !== expected) {
    throw new InputError(
      `The credentials of ${describeProfile(where.profile)} are for account ${caller}, but stack ${stack} is deployed in account ${expected}. Pass --profile for account ${expected}.`,
    );
  }
}
