"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolveSettings = resolveSettings;
/**
 * MonitoringBaseline's arguments → its settings: every argument validated and defaulted, every
 * bad value reported at once, one line per problem naming the argument (and the stack config key
 * of the same name), before any resource is registered. The component calls it, so consumers in
 * other languages, who never see the program's config.ts, get the same errors.
 *
 * Each concern has its own module (trail, archive, alarms, alerts, detectors, organization, investigation, coverage);
 * this one reads them in order and checks what crosses them, then the AWS limits of the whole.
 */
const regions_1 = require("../lib/regions");
const alarms_1 = require("./alarms");
const alerts_1 = require("./alerts");
const args_1 = require("./args");
const archive_1 = require("./archive");
const coverage_1 = require("./coverage");
const detectors_1 = require("./detectors");
const investigation_1 = require("./investigation");
const organization_1 = require("./organization");
const limits_1 = require("./limits");
const problems_1 = require("./problems");
const trail_1 = require("./trail");
/**
 * Validates the arguments and applies the defaults; throws one ConfigError listing every
 * problem, `priorProblems` (the caller's, such as unknown config keys) first. `today` bounds
 * `investigation.archiveSince` (the program passes the real date; tests pin one).
 */
function resolveSettings(args, priorProblems = [], context = {}) {
    // Values arrive from other languages and from stack config as plain data: check types at run time.
    const raw = args;
    const r = new problems_1.SettingsReader(raw);
    r.problems.push(...priorProblems, ...(0, problems_1.unknownKeyProblems)(Object.keys(raw).filter((k) => raw[k] !== undefined), args_1.BASELINE_ARG_KEYS, "argument"));
    const trail = (0, trail_1.readTrail)(r);
    const archive = (0, archive_1.readArchive)(r, trail);
    const alerts = (0, alerts_1.readAlerts)(r);
    const alarms = (0, alarms_1.readAlarms)(r);
    const detectors = (0, detectors_1.readDetectors)(r, trail.regions);
    const organizationDetectors = (0, organization_1.readOrganizationDetectors)(r, {
        detectors,
        homeRegion: trail.homeRegion,
        managementAccountId: trail.managementAccountId,
    });
    const investigationConfig = (0, investigation_1.parseInvestigationConfig)({ selfHealingTrail: raw.selfHealingTrail, slackChannel: raw.slackChannel, investigation: raw.investigation }, context.today ?? new Date());
    r.problems.push(...investigationConfig.problems);
    let investigation = investigationConfig.settings;
    // Athena defaults to on: only an explicit `athena: true` is refused where it cannot work.
    const athenaAsked = (0, problems_1.isRecord)(raw.investigation) && raw.investigation.athena === true;
    const selfHealingAsked = raw.selfHealingTrail === true;
    if (trail.existingLogGroupName !== undefined) {
        // Athena reads the baseline's archive and the self-healing function restarts the baseline's
        // trail: with an existing trail's log group there is neither.
        if (athenaAsked)
            r.fail("investigation.athena", true, "it reads the archive the baseline creates; unset it or existingLogGroupName");
        if (selfHealingAsked) {
            r.fail("selfHealingTrail", true, "it restarts the trail the baseline creates, and with existingLogGroupName there is none; unset it");
        }
        investigation = { ...investigation, selfHealingTrail: false, athena: false };
    }
    else if (trail.managementAccountId !== undefined) {
        // An organization trail belongs to the management account, and a StopLogging called there
        // reaches the caller's and the owner's event bus, the management account's, never this
        // one's (EventBridge user guide, "AWS service events delivered via AWS CloudTrail").
        if (selfHealingAsked) {
            r.fail("selfHealingTrail", true, "a StopLogging called in the management account reaches only the management account's event bus, so a function in this delegated administrator account would miss it; unset selfHealingTrail (the cloudtrail-config-changes alarm still fires on StopLogging)");
        }
        investigation = { ...investigation, selfHealingTrail: false };
    }
    if (investigation.slackChannel !== undefined && (0, regions_1.partitionOf)(trail.homeRegion) !== "aws") {
        r.fail("slackChannel", investigation.slackChannel, `AWS Chatbot has no endpoint in ${(0, regions_1.partitionOf)(trail.homeRegion)}, only in the aws partition (https://docs.aws.amazon.com/general/latest/gr/chatbot.html); remove slackChannel, alerts still go to alertEmails`);
    }
    const { coverage, problems: coverageProblems } = (0, coverage_1.parseLoggingCoverage)({
        vpcFlowLogs: raw.vpcFlowLogs,
        memberAccounts: raw.memberAccounts,
        centralLogArchive: raw.centralLogArchive,
        residencyTrails: raw.residencyTrails,
    }, { ...trail, ...archive });
    r.problems.push(...coverageProblems);
    if (coverage.centralLogArchive !== undefined) {
        // The archive is another account's: this account cannot read it, so Athena has nothing to query.
        if (athenaAsked) {
            r.fail("investigation.athena", true, "the archive is the central one (centralLogArchive), which this account cannot read: run Athena in the archive account's stack");
        }
        investigation = { ...investigation, athena: false };
    }
    if (r.problems.length > 0)
        throw new problems_1.ConfigError(r.problems);
    const settings = {
        ...trail,
        ...archive,
        ...alerts,
        ...alarms,
        investigation,
        detectors,
        // Absent unless set: a stack without them deploys exactly what it did before they existed.
        ...(coverage.vpcFlowLogs ? { vpcFlowLogs: coverage.vpcFlowLogs } : {}),
        ...(coverage.memberAccounts.length > 0 ? { memberAccounts: coverage.memberAccounts } : {}),
        ...(coverage.centralLogArchive ? { centralLogArchive: coverage.centralLogArchive } : {}),
        ...(coverage.residencyTrails.length > 0 ? { residencyTrails: coverage.residencyTrails } : {}),
        ...(organizationDetectors ? { organizationDetectors } : {}),
    };
    // Names and quotas depend on the whole resolved configuration, so they are checked last.
    const limitProblems = (0, limits_1.awsLimitProblems)(settings);
    if (limitProblems.length > 0)
        throw new problems_1.ConfigError(limitProblems);
    return settings;
}
