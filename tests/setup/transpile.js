/**
 * Loaded first by mocha (.mocharc.json) and by the test helpers' own processes: the loader the
 * tools' npm scripts use (tools/lib/tsRegister.js: transpile-only, with the transpiled files kept
 * on disk), so each worker reads the project's transpiled files from the cache instead of
 * transpiling them again, and loads TypeScript only for a file the cache does not hold.
 */
"use strict";
require("../../tools/lib/tsRegister");
