"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.installFastStackTraces = installFastStackTraces;
let installed = false;
/** Frames kept in Pulumi's own captures: its source positions skip 4 and read the next one or two. */
const CAPTURED_FRAMES = 16;
function installFastStackTraces() {
    const sourceMapped = Error.prepareStackTrace;
    if (installed || typeof sourceMapped !== "function")
        return;
    installed = true;
    Error.prepareStackTrace = (error, callSites) => {
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
