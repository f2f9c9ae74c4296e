"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ALERT_EMAILS_BOUND = exports.RESIDENCY_TAG = exports.DEFAULT_TAGS = void 0;
exports.readAlerts = readAlerts;
/**
 * Who hears about an alert, and how the baseline's resources are labelled: the email addresses
 * subscribed to every Region's topic, and the tags on every taggable resource.
 */
const awsLimits_1 = require("../lib/awsLimits");
const providerRules_1 = require("../lib/providerRules");
const declarations_generated_1 = require("./declarations.generated");
const problems_1 = require("./problems");
exports.DEFAULT_TAGS = declarations_generated_1.DEFAULTS.tags;
/** The tag the baseline puts on a residency trail's resources (components/residencyTrail.ts). */
exports.RESIDENCY_TAG = "baseline:residency-region";
exports.ALERT_EMAILS_BOUND = {
    max: 50,
    why: "each address subscribes to every Region's topic and must confirm each; use a mailing list beyond that",
};
function readAlerts(r) {
    const alertEmails = r.stringList("alertEmails", declarations_generated_1.DEFAULTS.alertEmails, exports.ALERT_EMAILS_BOUND);
    for (const email of alertEmails)
        if (!awsLimits_1.EMAIL_ADDRESS.pattern.test(email))
            r.fail("alertEmails", email, `expected ${awsLimits_1.EMAIL_ADDRESS.allowed}`);
    // Mail domains are case-insensitive and mailboxes almost always are: two spellings of one
    // address would be two subscriptions, two confirmations and every alert twice.
    const seen = new Map();
    for (const email of alertEmails) {
        const first = seen.get(email.toLowerCase());
        if (first !== undefined)
            r.fail("alertEmails", email, `list each address once (${JSON.stringify(first)} is the same mailbox)`);
        else
            seen.set(email.toLowerCase(), email);
    }
    const tags = r.raw.tags === undefined ? exports.DEFAULT_TAGS : r.raw.tags;
    if (!(0, problems_1.isRecord)(tags) || !Object.values(tags).every((v) => typeof v === "string")) {
        r.fail("tags", tags, "expected a map of tag keys to string values");
        return { alertEmails, tags: exports.DEFAULT_TAGS };
    }
    // Held to AWS's tag rules with the tag the baseline adds (a residency trail's Region).
    for (const problem of (0, providerRules_1.valueProblems)("aws:s3/bucket:Bucket", "tags", { ...tags, [exports.RESIDENCY_TAG]: "us-east-1" })) {
        r.problems.push(`tags: ${problem.replace(/^AWS: /, "")}; the baseline adds ${exports.RESIDENCY_TAG} to residency trails' resources.`);
    }
    return { alertEmails, tags: tags };
}
