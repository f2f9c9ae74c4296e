"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STACK_POLICY_TYPES = exports.RESOURCE_POLICY_TYPES = exports.POLICIES = void 0;
const alarmTopicEncryption_1 = require("./alarmTopicEncryption");
const cloudtrailAlarmActions_1 = require("./cloudtrailAlarmActions");
const cloudtrailCloudWatchLogs_1 = require("./cloudtrailCloudWatchLogs");
const cloudtrailGlobalServiceEvents_1 = require("./cloudtrailGlobalServiceEvents");
const cloudtrailKmsEncryption_1 = require("./cloudtrailKmsEncryption");
const cloudtrailLogFileValidation_1 = require("./cloudtrailLogFileValidation");
const cloudtrailLoggingEnabled_1 = require("./cloudtrailLoggingEnabled");
const cloudtrailMonitoringAlarms_1 = require("./cloudtrailMonitoringAlarms");
const cloudtrailMultiRegion_1 = require("./cloudtrailMultiRegion");
const detectiveServicesEnabled_1 = require("./detectiveServicesEnabled");
const kmsKeyRotation_1 = require("./kmsKeyRotation");
const trailBucketEncryption_1 = require("./trailBucketEncryption");
const trailBucketPublicAccess_1 = require("./trailBucketPublicAccess");
const trailBucketTlsOnly_1 = require("./trailBucketTlsOnly");
const trailBucketVersioning_1 = require("./trailBucketVersioning");
const trailLogGroupEncryption_1 = require("./trailLogGroupEncryption");
const trailLogGroupRetention_1 = require("./trailLogGroupRetention");
const vpcFlowLogs_1 = require("./vpcFlowLogs");
exports.POLICIES = [
    cloudtrailMultiRegion_1.cloudtrailMultiRegion,
    cloudtrailLogFileValidation_1.cloudtrailLogFileValidation,
    cloudtrailKmsEncryption_1.cloudtrailKmsEncryption,
    cloudtrailGlobalServiceEvents_1.cloudtrailGlobalServiceEvents,
    cloudtrailCloudWatchLogs_1.cloudtrailCloudWatchLogs,
    cloudtrailLoggingEnabled_1.cloudtrailLoggingEnabled,
    cloudtrailMonitoringAlarms_1.cloudtrailMonitoringAlarms,
    cloudtrailAlarmActions_1.cloudtrailAlarmActions,
    alarmTopicEncryption_1.alarmTopicEncryption,
    trailBucketPublicAccess_1.trailBucketPublicAccess,
    trailBucketEncryption_1.trailBucketEncryption,
    trailBucketVersioning_1.trailBucketVersioning,
    trailBucketTlsOnly_1.trailBucketTlsOnly,
    trailLogGroupEncryption_1.trailLogGroupEncryption,
    trailLogGroupRetention_1.trailLogGroupRetention,
    kmsKeyRotation_1.kmsKeyRotation,
    vpcFlowLogs_1.vpcFlowLogs,
    detectiveServicesEnabled_1.detectiveServicesEnabled,
];
var resourceTypes_1 = require("../lib/resourceTypes");
Object.defineProperty(exports, "RESOURCE_POLICY_TYPES", { enumerable: true, get: function () { return resourceTypes_1.RESOURCE_POLICY_TYPES; } });
Object.defineProperty(exports, "STACK_POLICY_TYPES", { enumerable: true, get: function () { return resourceTypes_1.STACK_POLICY_TYPES; } });
