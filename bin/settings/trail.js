"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REGIONS_BOUND = void 0;
exports.readTrail = readTrail;
/**
 * Where the trail lives and what it records: the Regions and the home Region, the trail's name,
 * the log group's retention, organization scope and data events, or an existing trail's log group.
 */
const regions_1 = require("../lib/regions");
const awsLimits_1 = require("../lib/awsLimits");
const declarations_generated_1 = require("./declarations.generated");
const types_1 = require("./types");
exports.REGIONS_BOUND = { max: regions_1.AWS_REGIONS.length, why: "each AWS Region once" };
function readTrail(r) {
    const regions = r.stringList("regions", declarations_generated_1.DEFAULTS.regions, exports.REGIONS_BOUND);
    if (regions.length === 0)
        r.fail("regions", regions, "list at least one AWS Region");
    for (const region of regions) {
        if (!regions_1.AWS_REGIONS.includes(region))
            r.fail("regions", region, "expected an AWS Region such as us-east-1 or eu-west-1");
    }
    const duplicates = regions.filter((region, i) => regions.indexOf(region) !== i);
    if (duplicates.length > 0)
        r.fail("regions", duplicates, "list each Region once");
    // One stack is one account, and an account lives in one partition (aws, aws-us-gov, aws-cn):
    // its ARNs and service principals are the partition's, and one set of credentials reaches one.
    const known = regions.filter((region) => regions_1.AWS_REGIONS.includes(region));
    const partitions = [...new Set(known.map(regions_1.partitionOf))];
    if (partitions.length > 1) {
        r.fail("regions", regions, `list Regions of one partition only (these span ${partitions.join(", ")}): an account, and so a stack, lives in one`);
    }
    const homeRegion = r.nonEmptyText("homeRegion") ?? regions[0] ?? declarations_generated_1.DEFAULTS.regions[0];
    if (!regions.includes(homeRegion))
        r.fail("homeRegion", homeRegion, `it must be one of the stack's Regions (${known.join(", ")})`);
    const trailName = r.nonEmptyText("trailName") ?? declarations_generated_1.DEFAULTS.trailName;
    const trailNameProblem = (0, awsLimits_1.nameProblem)(trailName, awsLimits_1.PROJECT_TRAIL_NAME);
    if (trailNameProblem)
        r.fail("trailName", trailName, `${trailNameProblem} (${awsLimits_1.PROJECT_TRAIL_NAME.source})`);
    const logRetentionDays = r.integer("logRetentionDays", declarations_generated_1.DEFAULTS.logRetentionDays, 1, 3653);
    if (!types_1.LOG_RETENTION_DAYS.includes(logRetentionDays)) {
        r.fail("logRetentionDays", logRetentionDays, `CloudWatch Logs accepts only ${types_1.LOG_RETENTION_DAYS.join(", ")}`);
    }
    const organizationTrail = r.boolean("organizationTrail", declarations_generated_1.DEFAULTS.organizationTrail);
    const organizationId = r.text("organizationId");
    if (organizationId !== undefined && !awsLimits_1.ORGANIZATION_ID.pattern.test(organizationId)) {
        r.fail("organizationId", organizationId, `expected ${awsLimits_1.ORGANIZATION_ID.allowed} (${awsLimits_1.ORGANIZATION_ID.source})`);
    }
    if (organizationTrail && organizationId === undefined) {
        r.fail("organizationId", undefined, "an organization trail needs the organization's id (o-...): its log streams are named after it");
    }
    const managementAccountId = r.text("managementAccountId");
    if (managementAccountId !== undefined) {
        if (!awsLimits_1.ACCOUNT_ID.pattern.test(managementAccountId)) {
            r.fail("managementAccountId", managementAccountId, `expected ${awsLimits_1.ACCOUNT_ID.allowed} (${awsLimits_1.ACCOUNT_ID.source})`);
        }
        else if (!organizationTrail) {
            r.fail("managementAccountId", managementAccountId, "it applies only to an organization trail: set organizationTrail to true, or remove managementAccountId");
        }
    }
    const s3DataEvents = r.oneOf("s3DataEvents", types_1.S3_DATA_EVENT_MODES, declarations_generated_1.DEFAULTS.s3DataEvents);
    // "" is Pulumi.yaml's way of leaving a string key unset.
    const existingLogGroupName = r.text("existingLogGroupName") || undefined;
    if (existingLogGroupName !== undefined) {
        const logGroupProblem = (0, awsLimits_1.nameProblem)(existingLogGroupName, awsLimits_1.LOG_GROUP_NAME);
        if (logGroupProblem)
            r.fail("existingLogGroupName", existingLogGroupName, `${logGroupProblem} (${awsLimits_1.LOG_GROUP_NAME.source})`);
        if (organizationTrail)
            r.fail("organizationTrail", true, "it applies only to a trail the baseline creates; unset it or existingLogGroupName");
    }
    return {
        regions,
        homeRegion,
        trailName,
        logRetentionDays,
        organizationTrail,
        organizationId,
        managementAccountId,
        s3DataEvents,
        existingLogGroupName,
    };
}
