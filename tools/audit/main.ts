/**
 * `npm run -s audit -- FILE... [--json] [--config policy-config.json]`: the policy pack over
 * stack exports and previews, as the engine drives it. Exit codes: 0 no mandatory violation,
 * 1 a mandatory violation, 2 bad input or could not finish (tools/lib/cli.ts).
 *
 * Only the command line and the pack launcher load before the pack starts: the pack boots on
 * its own core while this process loads the audit, the gRPC client and the files. Bad files
 * still end the run with exit 2, and the pack with it.
 */
import { runMain } from "../lib/cli";
import { launchPack, PackError } from "../lib/packLaunch";
import { AUDIT } from "./auditCommand";

void runMain(
  AUDIT,
  async (args, io) => {
    const launch = launchPack();
    try {
      const { auditMain } = await import("./auditRun");
      return await auditMain(args, io, launch);
    } finally {
      launch.stop();
    }
  },
  { inputErrors: [PackError] },
);
