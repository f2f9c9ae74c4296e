/** The whole chain, link by link, in the order a missing email is debugged (seed 003). */
import { alarmChecks } from "./alarmChecks";
import { alertChecks, ruleChecks } from "./alertChecks";
import { VerifyContext } from "./context";
import { filterChecks } from "./filterChecks";
import { VerifyReport } from "./report";
import { logGroupChecks, trailChecks } from "./trailChecks";

export async function runVerify(stack: string, ctx: VerifyContext): Promise<VerifyReport> {
  const groups = await Promise.all([trailChecks(ctx), logGroupChecks(ctx), filterChecks(ctx), alarmChecks(ctx), alertChecks(ctx), ruleChecks(ctx)]);
  return { stack, checks: groups.flat() };
}
