/**
 * Loaded by mocha after ts-node (.mocharc.json), in the test processes only; the tools the
 * tests spawn run as users run them.
 *
 * Pulumi's runtime captures `new Error().stack` for every promise and resource it creates
 * (`debuggablePromise`, source positions), and ts-node's source-map support rewrites each of
 * those traces through the source maps: measured here, about two thirds of the CPU of a mocked
 * plan (a 165-resource plan: 2.0 s -> 0.6 s without it). Those captures are plain `Error`s with
 * no message, so they get V8's own unmapped format; every other error (assertion failures,
 * errors a test or the program throws) keeps its source-mapped trace.
 */
"use strict";
const sourceMapped = Error.prepareStackTrace;
if (typeof sourceMapped === "function") {
  Error.prepareStackTrace = function prepareStackTrace(error, callSites) {
    if (error !== null && typeof error === "object" && error.constructor === Error && error.message === "") {
      return `${error.name}${callSites.map((site) => `\n    at ${site}`).join("")}`;
    }
    return sourceMapped(error, callSites);
  };
}
