/**
 * The `audit` command's flags and usage. Loads nothing else, so `--help` and usage errors
 * answer at once; the body is tools/audit/auditRun.ts.
 */
import { defineCommand } from "../lib/cli";

export const AUDIT = defineCommand({
  name: "audit",
  summary:
    "Runs the policy pack over stack exports (`pulumi stack export`) and previews (`pulumi preview --json`) as the engine drives it: each resource's inputs through Analyze, its outputs through AnalyzeStack.",
  usage: "FILE... [--json | --format text|json|sarif [--sarif-location <file>]] [--config <file>]",
  flags: {
    json: {
      type: "boolean",
      description: 'Print {"violations": [{policy, urn, enforcementLevel, message}]} instead of the report (--format json).',
    },
    format: {
      type: "string",
      valueName: "<format>",
      choices: ["text", "json", "sarif"],
      description: "text (the report, the default), json (as --json) or sarif (SARIF 2.1.0 for GitHub code scanning).",
    },
    "sarif-location": {
      type: "string",
      valueName: "<file>",
      description:
        "With --format sarif: the repository file each result points at, as code scanning shows it (default: the audited file), e.g. the stack's Pulumi.yaml.",
    },
    config: {
      type: "string",
      valueName: "<file>",
      description: "A --policy-pack-config file: levels and settings, checked against the policies' schemas.",
    },
  },
  positionals: { name: "FILE...", description: "Stack exports or preview JSON files.", min: 1, max: Number.MAX_SAFE_INTEGER },
  exitCodes: {
    0: "no mandatory violation",
    1: "at least one mandatory violation",
    2: "bad input (file, config, flag) or the pack could not run",
  },
});
