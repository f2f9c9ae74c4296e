// `npm run audit` (or plan, plan-diff, test) typed inside policy/: the pack is an npm workspace of
// the repository, whose tools and tests run from the repository's root. Say so, instead of npm's
// "Missing script", which `-s` silences to a bare exit 1. Exit 2: a usage error (tools/lib/cli.ts).
const script = process.argv[2];
const run = script === "test" ? "npm test" : `npm run -s ${script} -- ...`;
console.error(`\`npm run ${script}\` runs from the repository's root, not from policy/ (the pack's folder): cd .. && ${run}`);
process.exitCode = 2;
