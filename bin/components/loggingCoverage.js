"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createLoggingCoverage = createLoggingCoverage;
const flowLogs_1 = require("./flowLogs");
const residencyTrail_1 = require("./residencyTrail");
function createLoggingCoverage(args, parent) {
    const { name, region, settings, account, tags } = args;
    const flowLogSettings = settings.vpcFlowLogs;
    const regionHasFlowLogs = flowLogSettings !== undefined && (flowLogSettings.allVpcs || (flowLogSettings.vpcIds[region] ?? []).length > 0);
    const flowLogs = regionHasFlowLogs
        ? (0, flowLogs_1.createVpcFlowLogs)({
            name,
            region,
            flowLogs: flowLogSettings,
            account,
            trailName: settings.trailName,
            logRetentionDays: settings.logRetentionDays,
            archive: args.archive,
            tags,
        }, parent)
        : undefined;
    const residency = (settings.residencyTrails ?? []).find((r) => r.region === region);
    const residencyTrail = residency ? (0, residencyTrail_1.createResidencyTrail)({ name, region, residency, settings, account, tags }, parent) : undefined;
    return { flowLogs, residencyTrail };
}
