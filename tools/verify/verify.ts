/** The whole chain, link by link, in the order a missing email is debugged. */
import { alarmChecks } from "./alarmChecks";
import { alertChecks, ruleChecks } from "./alertChecks";
import { coverageChecks } from "./coverageChecks";
import { detectorChecks } from "./detectorChecks";
import { VerifyContext } from "./context";
import { filterChecks } from "./filterChecks";
import { realtimeHealthChecks } from "./realtimeHealth";
import { VerifyReport } from "./report";
import { logGroupChecks, trailChecks } from "./trailChecks";

export async function runVerify(stack: string, ctx: VerifyContext): Promise<VerifyReport> {
  const [health, detectors, ...groups] = await Promise.all([
    realtimeHealthChecks(ctx),
    detectorChecks(ctx),
    trailChecks(ctx),
    logGroupChecks(ctx),
    filterChecks(ctx),
    alarmChecks(ctx),
    alertChecks(ctx),
    ruleChecks(ctx),
    coverageChecks(ctx),
  ]);
  // The real-time path's health reads after its rules; the detectors (with their rules' health) last.
  return {
    stack,
    checks: [...groups.flat(), ...health.checks, ...detectors.checks],
    realtimeHealth: health.health,
    findingRulesHealth: detectors.health,
  };
}
