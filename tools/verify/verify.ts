/** The whole chain, link by link, in the order a missing email is debugged. */
import { alarmChecks } from "./alarmChecks";
import { alertChecks, ruleChecks } from "./alertChecks";
import { coverageChecks } from "./coverageChecks";
import { VerifyContext } from "./context";
import { filterChecks } from "./filterChecks";
import { realtimeHealthChecks } from "./realtimeHealth";
import { VerifyReport } from "./report";
import { logGroupChecks, trailChecks } from "./trailChecks";

export async function runVerify(stack: string, ctx: VerifyContext): Promise<VerifyReport> {
  const [health, ...groups] = await Promise.all([
    realtimeHealthChecks(ctx),
    trailChecks(ctx),
    logGroupChecks(ctx),
    filterChecks(ctx),
    alarmChecks(ctx),
    alertChecks(ctx),
    ruleChecks(ctx),
    coverageChecks(ctx),
  ]);
  // The real-time path's health reads after its rules.
  return { stack, checks: [...groups.flat(), ...health.checks], realtimeHealth: health.health };
}
