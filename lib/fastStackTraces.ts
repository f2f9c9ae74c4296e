/**
 * Pulumi's runtime captures `new Error().stack` for every promise and resource it creates
 * (`debuggablePromise`, resource source positions), and source-map-support (which ts-node and
 * tools/lib/tsRegister.js install) rewrites
 * each of those traces through the source maps: measured here, about two thirds of the CPU of a
 * mocked plan (a 165-resource plan: 2.0 s -> 0.6 s without it). Those captures are plain `Error`s
 * with no message, so they get V8's own unmapped format; every other error (the program's, the
 * tool's, a test's assertion) keeps its source-mapped trace. The tools install it when they start
 * (tools/lib/cli.ts runMain), the component plugin when it starts (provider.ts); the test
 * processes through tests/setup/fastStackTraces.js.
 */
type PrepareStackTrace = (error: Error, callSites: NodeJS.CallSite[]) => unknown;

let installed = false;

/** Frames kept in Pulumi's own captures: its source positions skip 4 and read the next one or two. */
const CAPTURED_FRAMES = 16;

export function installFastStackTraces(): void {
  const sourceMapped = Error.prepareStackTrace as PrepareStackTrace | undefined;
  if (installed || typeof sourceMapped !== "function") return;
  installed = true;
  Error.prepareStackTrace = (error: Error, callSites: NodeJS.CallSite[]): unknown => {
    if (error !== null && typeof error === "object" && error.constructor === Error && error.message === "") {
      // Pulumi lifts the frame limit for its resource captures and keeps only the top frames
      // (the registration's source position): formatting a few dozen is enough, every frame is not.
      return `${error.name}${callSites
        .slice(0, CAPTURED_FRAMES)
        .map((site) => `\n    at ${String(site)}`)
        .join("")}`;
    }
    return sourceMapped(error, callSites);
  };
}
