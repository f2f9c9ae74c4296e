/**
 * Does a resource policy (SNS topic policy, KMS key policy) let an AWS service principal perform
 * an action? Enough of IAM's evaluation for the question verify asks: Allow statements naming the
 * service (or `*`) with a matching action, less unconditional Deny statements. Conditions on
 * Allow statements (aws:SourceAccount, aws:SourceArn) are the baseline's confused-deputy guards
 * and are taken as met.
 */
interface Statement {
  Effect?: string;
  Principal?: unknown;
  Action?: string | string[];
  Condition?: unknown;
}

export function parsePolicy(text: string): Statement[] {
  const document = JSON.parse(text) as { Statement?: Statement | Statement[] };
  const statements = document.Statement ?? [];
  return Array.isArray(statements) ? statements : [statements];
}

export function allowsService(statements: readonly Statement[], service: string, action: string): boolean {
  const applies = (s: Statement): boolean => namesService(s.Principal, service) && actionMatches(s.Action, action);
  const denied = statements.some((s) => s.Effect === "Deny" && s.Condition === undefined && applies(s));
  return !denied && statements.some((s) => s.Effect === "Allow" && applies(s));
}

function namesService(principal: unknown, service: string): boolean {
  if (principal === "*") return true;
  if (typeof principal !== "object" || principal === null) return false;
  const { Service, AWS } = principal as { Service?: string | string[]; AWS?: string | string[] };
  return asList(Service).includes(service) || asList(AWS).includes("*");
}

function actionMatches(actions: string | string[] | undefined, action: string): boolean {
  return asList(actions).some((pattern) => wildcard(pattern).test(action));
}

/** IAM action patterns: case-insensitive, `*` any run, `?` one character. */
function wildcard(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${body}$`, "i");
}

function asList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
