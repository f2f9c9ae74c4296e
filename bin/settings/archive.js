"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readArchive = readArchive;
exports.lifecycleWarnings = lifecycleWarnings;
/**
 * The log archive's lifecycle: when trail logs move to a colder storage class, when they expire,
 * and Object Lock. S3's own rules are checked here; what S3 accepts but bills for is a warning.
 */
const awsLimits_1 = require("../lib/awsLimits");
const declarations_generated_1 = require("./declarations.generated");
const types_1 = require("./types");
/** The longest lifecycle S3 takes here: a hundred years. */
const DAYS_MAX = 36500;
function readArchive(r, context) {
    const archiveAfterDays = r.integer("archiveAfterDays", declarations_generated_1.DEFAULTS.archiveAfterDays, 1, DAYS_MAX);
    const archiveStorageClass = r.oneOf("archiveStorageClass", types_1.ARCHIVE_STORAGE_CLASSES, declarations_generated_1.DEFAULTS.archiveStorageClass);
    const expireAfterDays = r.integer("expireAfterDays", declarations_generated_1.DEFAULTS.expireAfterDays, 1, DAYS_MAX);
    if (expireAfterDays <= archiveAfterDays) {
        // S3: "'Days' in the Expiration action ... must be greater than 'Days' in the Transition action".
        r.fail("expireAfterDays", expireAfterDays, `S3 requires expiry later than the transition, archiveAfterDays (${archiveAfterDays}) (https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html)`);
    }
    const transitionMinimum = awsLimits_1.S3_TRANSITION_MIN_DAYS[archiveStorageClass];
    if (transitionMinimum && archiveAfterDays < transitionMinimum.value) {
        r.fail("archiveAfterDays", archiveAfterDays, `S3 transitions objects to ${archiveStorageClass} after ${transitionMinimum.value} days at the earliest (${transitionMinimum.source})`);
    }
    // "" is Pulumi.yaml's default for objectLockMode: off.
    const lockMode = r.text("objectLockMode") || undefined;
    let objectLock;
    if (lockMode !== undefined) {
        const mode = r.oneOf("objectLockMode", types_1.OBJECT_LOCK_MODES, "GOVERNANCE");
        const days = r.integer("objectLockRetentionDays", 1, 1, DAYS_MAX);
        if (r.raw.objectLockRetentionDays === undefined) {
            r.fail("objectLockRetentionDays", undefined, "set the default retention in days when objectLockMode is set");
        }
        else if (days > expireAfterDays) {
            r.fail("objectLockRetentionDays", days, `it must not exceed expireAfterDays (${expireAfterDays}), or expiry can never delete a log`);
        }
        objectLock = { mode, days };
        if (context.existingLogGroupName !== undefined) {
            r.fail("objectLockMode", lockMode, "it applies only to a bucket the baseline creates; unset it or existingLogGroupName");
        }
    }
    else if (r.raw.objectLockRetentionDays !== undefined) {
        r.fail("objectLockRetentionDays", r.raw.objectLockRetentionDays, "set objectLockMode (GOVERNANCE or COMPLIANCE) too, or remove it");
    }
    return { archiveAfterDays, archiveStorageClass, expireAfterDays, objectLock };
}
/**
 * Lifecycle settings S3 accepts but that cost money, with the figures: an object deleted
 * before its storage class's minimum storage duration is billed for the rest of it.
 */
function lifecycleWarnings(settings) {
    // The home archive's lifecycle, and each residency bucket's, which shares the transition and sets its own expiry.
    const archives = [
        ...(settings.existingLogGroupName === undefined && settings.centralLogArchive === undefined
            ? [{ key: "expireAfterDays", expireAfterDays: settings.expireAfterDays }]
            : []),
        ...(settings.residencyTrails ?? []).map((trail, i) => ({
            key: `residencyTrails[${i}].expireAfterDays`,
            expireAfterDays: trail.expireAfterDays,
        })),
    ];
    const minimum = awsLimits_1.S3_MINIMUM_STORAGE_DAYS[settings.archiveStorageClass];
    if (!minimum)
        return [];
    return archives
        .filter(({ expireAfterDays }) => expireAfterDays - settings.archiveAfterDays < minimum.value)
        .map(({ key, expireAfterDays }) => {
        const archivedDays = expireAfterDays - settings.archiveAfterDays;
        return `${key}: log objects spend ${archivedDays} days in ${settings.archiveStorageClass} (archiveAfterDays ${settings.archiveAfterDays} to ${key} ${expireAfterDays}), but ${settings.archiveStorageClass} bills at least ${minimum.value} days per object (pro-rated early deletion charge, ${minimum.source}); each transition is also billed per object. Archive earlier or expire later so objects stay at least ${minimum.value} days, or pick a class with a shorter minimum (STANDARD_IA: 30 days; INTELLIGENT_TIERING: none).`;
    });
}
