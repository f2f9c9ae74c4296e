"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RESIDENCY_EXEMPT_POLICIES = exports.VPC_IDS_PER_REGION_MAX = void 0;
exports.parseLoggingCoverage = parseLoggingCoverage;
exports.residencyPolicyConfig = residencyPolicyConfig;
exports.residencyExemptions = residencyExemptions;
exports.memberAccountProblem = memberAccountProblem;
/**
 * Logging coverage beyond the account trail: VPC flow logs, member accounts that
 * deliver into this stack's archive without AWS Organizations, a member stack that writes to a
 * central archive, and single-region data-residency trails. Values arrive as parsed JSON (stack
 * config or component args); every problem is one line naming the key, in config.ts's style.
 */
const regions_1 = require("../lib/regions");
const awsLimits_1 = require("../lib/awsLimits");
const declarations_generated_1 = require("./declarations.generated");
const problems_1 = require("./problems");
const names_1 = require("./names");
const types_1 = require("./types");
const trafficTypesMatch = true;
void trafficTypesMatch;
const FLOW_LOG_KEYS = ["vpcIds", "allVpcs", "destination", "trafficType"];
/** Listed VPCs a Region takes (each its own flow log); more is what allVpcs is for. */
exports.VPC_IDS_PER_REGION_MAX = 50;
const CENTRAL_ARCHIVE_KEYS = ["bucketName", "kmsKeyArn"];
const RESIDENCY_KEYS = ["region", "expireAfterDays"];
/** Validates the four coverage values; `problems` is empty when `coverage` can be used. */
function parseLoggingCoverage(values, context) {
    const problems = [];
    const fail = (key, value, allowed) => {
        problems.push((0, problems_1.invalid)(key, value, allowed));
    };
    const unknownKeys = (key, record, known) => {
        problems.push(...(0, problems_1.unknownKeyProblems)(Object.keys(record), known, `field of ${key}`, `${key}.`));
    };
    const regionList = context.regions.join(", ");
    const centralLogArchive = parseCentralArchive(values.centralLogArchive, context, fail, unknownKeys);
    const vpcFlowLogs = parseFlowLogs(values.vpcFlowLogs, context, fail, unknownKeys, regionList);
    const memberAccounts = parseMemberAccounts(values.memberAccounts, context, fail);
    const residencyTrails = parseResidencyTrails(values.residencyTrails, context, fail, unknownKeys, regionList);
    // Options that need a local archive, against the options that remove it.
    const localArchiveGone = centralLogArchive
        ? "centralLogArchive replaces the local bucket and key"
        : context.existingLogGroupName !== undefined
            ? "existingLogGroupName means no trail, bucket or key is created here"
            : undefined;
    if (localArchiveGone) {
        if (memberAccounts.length > 0) {
            fail("memberAccounts", memberAccounts, `members deliver into this stack's log archive, but ${localArchiveGone}; remove memberAccounts or that option`);
        }
        if (vpcFlowLogs?.destination === "s3") {
            fail("vpcFlowLogs.destination", "s3", `s3 delivers to this stack's log archive, but ${localArchiveGone}; set destination to cloudwatch`);
        }
    }
    if (centralLogArchive) {
        if (context.existingLogGroupName !== undefined) {
            fail("centralLogArchive", values.centralLogArchive, "it sets where the baseline's own trail writes, but existingLogGroupName means the baseline creates no trail; unset one");
        }
        if (context.objectLock !== undefined) {
            const lock = context.objectLock;
            fail("objectLockMode", lock.mode ?? context.objectLock, "Object Lock applies to the local log bucket, which centralLogArchive replaces; lock the central bucket instead, or unset centralLogArchive");
        }
    }
    return { coverage: { vpcFlowLogs, memberAccounts, centralLogArchive, residencyTrails }, problems };
}
function parseFlowLogs(value, context, fail, unknownKeys, regionList) {
    const key = "vpcFlowLogs";
    if (value === undefined)
        return undefined;
    if (!(0, problems_1.isRecord)(value)) {
        fail(key, value, 'expected { "vpcIds": { "<region>": ["vpc-..."] } } or { "allVpcs": true }, with optional destination (s3 or cloudwatch) and trafficType');
        return undefined;
    }
    unknownKeys(key, value, FLOW_LOG_KEYS);
    let allVpcs = declarations_generated_1.VPC_FLOW_LOGS_DEFAULTS.allVpcs;
    if (value.allVpcs !== undefined) {
        if (typeof value.allVpcs !== "boolean")
            fail(`${key}.allVpcs`, value.allVpcs, "expected true or false");
        else
            allVpcs = value.allVpcs;
    }
    const vpcIds = {};
    if (value.vpcIds !== undefined) {
        if (!(0, problems_1.isRecord)(value.vpcIds)) {
            fail(`${key}.vpcIds`, value.vpcIds, 'expected an object of region → list of VPC ids, such as { "eu-west-1": ["vpc-0a1b2c3d4e5f67890"] }');
        }
        else {
            for (const [region, ids] of Object.entries(value.vpcIds)) {
                const at = `${key}.vpcIds.${region}`;
                if (!context.regions.includes(region)) {
                    fail(at, region, `flow logs are created by the stack's regional components, so the region must be one of the stack's regions (${regionList})`);
                }
                if (!Array.isArray(ids) || ids.length === 0) {
                    fail(at, ids, `expected a non-empty list of VPC ids (${awsLimits_1.VPC_ID.allowed})`);
                    continue;
                }
                if (ids.length > exports.VPC_IDS_PER_REGION_MAX) {
                    fail(at, `${ids.length} VPC ids`, `at most ${exports.VPC_IDS_PER_REGION_MAX} a Region: each gets its own flow log; beyond that, use allVpcs`);
                }
                const valid = [];
                ids.forEach((id, index) => {
                    if (typeof id !== "string" || !awsLimits_1.VPC_ID.pattern.test(id))
                        fail(`${at}[${index}]`, id, `expected ${awsLimits_1.VPC_ID.allowed} (${awsLimits_1.VPC_ID.source})`);
                    else if (valid.includes(id))
                        fail(`${at}[${index}]`, id, "list each VPC once");
                    else
                        valid.push(id);
                });
                vpcIds[region] = valid;
            }
        }
    }
    const listed = value.vpcIds !== undefined;
    if (allVpcs && listed)
        fail(key, value, "set either vpcIds (listed VPCs) or allVpcs: true (every VPC of every region), not both");
    if (!allVpcs && !listed)
        fail(key, value, 'set vpcIds ({ "<region>": ["vpc-..."] }) or allVpcs: true');
    let destination = declarations_generated_1.VPC_FLOW_LOGS_DEFAULTS.destination;
    if (value.destination !== undefined) {
        if (!types_1.FLOW_LOG_DESTINATIONS.includes(value.destination)) {
            fail(`${key}.destination`, value.destination, `allowed: ${types_1.FLOW_LOG_DESTINATIONS.join(", ")}`);
        }
        else {
            destination = value.destination;
        }
    }
    let trafficType = declarations_generated_1.VPC_FLOW_LOGS_DEFAULTS.trafficType;
    if (value.trafficType !== undefined) {
        if (!types_1.FLOW_LOG_TRAFFIC_TYPES.includes(value.trafficType)) {
            fail(`${key}.trafficType`, value.trafficType, `allowed: ${types_1.FLOW_LOG_TRAFFIC_TYPES.join(", ")} (${awsLimits_1.FLOW_LOG_TRAFFIC_TYPES_SOURCE})`);
        }
        else {
            trafficType = value.trafficType;
        }
    }
    return { vpcIds: allVpcs ? {} : vpcIds, allVpcs, destination, trafficType };
}
function parseMemberAccounts(value, context, fail) {
    const key = "memberAccounts";
    if (value === undefined)
        return [];
    if (!Array.isArray(value)) {
        fail(key, value, 'expected a list of 12-digit account ids, such as ["444455556666"]');
        return [];
    }
    const accounts = [];
    value.forEach((id, index) => {
        const at = `${key}[${index}]`;
        if (typeof id !== "string" || !awsLimits_1.ACCOUNT_ID.pattern.test(id))
            fail(at, id, `expected ${awsLimits_1.ACCOUNT_ID.allowed}, as a string so leading zeros stay (${awsLimits_1.ACCOUNT_ID.source})`);
        else if (accounts.includes(id))
            fail(at, id, "list each account once");
        else if (id === context.accountId)
            fail(at, id, "it is this stack's own account, whose trail already writes here; list other accounts only");
        else if (id === context.managementAccountId)
            fail(at, id, "it is managementAccountId, whose organization trail already writes here; list other accounts only");
        else
            accounts.push(id);
    });
    return accounts;
}
function parseCentralArchive(value, context, fail, unknownKeys) {
    const key = "centralLogArchive";
    if (value === undefined)
        return undefined;
    if (!(0, problems_1.isRecord)(value)) {
        fail(key, value, 'expected { "bucketName": "<central bucket>", "kmsKeyArn": "arn:aws:kms:<region>:<account>:key/<id>" }');
        return undefined;
    }
    unknownKeys(key, value, CENTRAL_ARCHIVE_KEYS);
    const { bucketName, kmsKeyArn } = value;
    let ok = true;
    if (typeof bucketName !== "string") {
        fail(`${key}.bucketName`, bucketName, `expected the central bucket's name (${awsLimits_1.S3_BUCKET_NAME.allowed})`);
        ok = false;
    }
    else {
        const problem = (0, awsLimits_1.bucketNameProblem)(bucketName);
        if (problem) {
            fail(`${key}.bucketName`, bucketName, `${problem} (${awsLimits_1.S3_BUCKET_NAME.source})`);
            ok = false;
        }
    }
    const arn = typeof kmsKeyArn === "string" ? awsLimits_1.KMS_KEY_ARN.pattern.exec(kmsKeyArn) : null;
    if (!arn) {
        fail(`${key}.kmsKeyArn`, kmsKeyArn, `expected ${awsLimits_1.KMS_KEY_ARN.allowed} (${awsLimits_1.KMS_KEY_ARN.source})`);
        ok = false;
    }
    else {
        const [, partition, keyRegion, keyAccount] = arn;
        const stackPartition = (0, regions_1.partitionOf)(context.homeRegion);
        if (!regions_1.AWS_REGIONS.includes(keyRegion) || (0, regions_1.partitionOf)(keyRegion) !== partition) {
            fail(`${key}.kmsKeyArn`, kmsKeyArn, `${keyRegion} is not a Region of the ${partition} partition (${regions_1.AWS_REGIONS.filter((r) => (0, regions_1.partitionOf)(r) === partition).join(", ")}); copy the key's ARN from the archive stack's kmsKeyArn output`);
            ok = false;
        }
        else if (partition !== stackPartition) {
            fail(`${key}.kmsKeyArn`, kmsKeyArn, `the key is in the ${partition} partition but the stack's regions are in ${stackPartition}; CloudTrail cannot use a key across partitions`);
            ok = false;
        }
        else if (keyAccount === context.accountId) {
            fail(`${key}.kmsKeyArn`, kmsKeyArn, "the key is in this stack's own account; a central archive lives in another account (unset centralLogArchive for a local archive)");
            ok = false;
        }
    }
    return ok ? { bucketName: bucketName, kmsKeyArn: kmsKeyArn } : undefined;
}
function parseResidencyTrails(value, context, fail, unknownKeys, regionList) {
    const key = "residencyTrails";
    if (value === undefined)
        return [];
    if (!Array.isArray(value)) {
        fail(key, value, 'expected a list of { "region": "<region>", "expireAfterDays": <days> } objects');
        return [];
    }
    const trails = [];
    value.forEach((entry, index) => {
        const at = `${key}[${index}]`;
        if (!(0, problems_1.isRecord)(entry)) {
            fail(at, entry, 'expected an object such as { "region": "us-east-1", "expireAfterDays": 3653 }');
            return;
        }
        unknownKeys(at, entry, RESIDENCY_KEYS);
        const region = entry.region;
        let ok = true;
        if (typeof region !== "string" || !context.regions.includes(region)) {
            fail(`${at}.region`, region, `expected one of the stack's regions (${regionList}): the residency trail is created by that region's component`);
            ok = false;
        }
        else if (trails.some((t) => t.region === region)) {
            fail(`${at}.region`, region, "list each region once: one residency trail per region");
            ok = false;
        }
        let expireAfterDays = context.expireAfterDays;
        if (entry.expireAfterDays !== undefined) {
            const days = entry.expireAfterDays;
            if (typeof days !== "number" || !Number.isInteger(days) || days < 1 || days > 36500) {
                fail(`${at}.expireAfterDays`, days, "expected a whole number from 1 to 36500");
                ok = false;
            }
            else if (days <= context.archiveAfterDays) {
                // Same S3 rule config.ts applies to expireAfterDays.
                fail(`${at}.expireAfterDays`, days, `S3 requires expiry later than the transition, archiveAfterDays (${context.archiveAfterDays}) (https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html)`);
                ok = false;
            }
            else {
                expireAfterDays = days;
            }
        }
        if (ok)
            trails.push({ region: region, expireAfterDays });
    });
    return trails;
}
/**
 * Policies of the pack (policy/) a residency trail is exempt from, on purpose: it records one
 * region (cloudtrail-multi-region), leaves global service events to the account trail
 * (cloudtrail-global-service-events) and carries no alarms of its own, the account trail's alarms
 * seeing the same events (cloudtrail-cis-monitoring-alarms).
 */
exports.RESIDENCY_EXEMPT_POLICIES = [
    "cloudtrail-multi-region",
    "cloudtrail-global-service-events",
    "cloudtrail-cis-monitoring-alarms",
];
/**
 * The pack config entries (`pulumi preview --policy-pack-config`) the baseline's own residency
 * trails need: each exempting policy lists exactly the trail names it creates. Empty without
 * residency trails, so the pack checks every trail.
 */
function residencyPolicyConfig(trailName, coverage) {
    return residencyExemptions(coverage.residencyTrails.map((t) => (0, names_1.residencyTrailNameFor)(trailName, t.region)));
}
/** The pack config entries that exempt these residency trails by name; none for none. */
function residencyExemptions(trailNames) {
    if (trailNames.length === 0)
        return {};
    return Object.fromEntries(exports.RESIDENCY_EXEMPT_POLICIES.map((policy) => [policy, { exemptTrails: [...trailNames] }]));
}
/** Refuses, at deploy time, a member account that is the deploying account (unknown before). */
function memberAccountProblem(deployingAccountId, memberAccounts) {
    return memberAccounts.includes(deployingAccountId)
        ? `memberAccounts: "${deployingAccountId}" is the account this stack deploys to, whose trail already writes here; list other accounts only.`
        : undefined;
}
