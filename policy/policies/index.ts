/** Every policy of the pack, in the order the policies table of docs/policy-pack.md lists them. */
import { Policies } from "@pulumi/policy";
import { alarmTopicEncryption } from "./alarmTopicEncryption";
import { cloudtrailAlarmActions } from "./cloudtrailAlarmActions";
import { cloudtrailCloudWatchLogs } from "./cloudtrailCloudWatchLogs";
import { cloudtrailGlobalServiceEvents } from "./cloudtrailGlobalServiceEvents";
import { cloudtrailKmsEncryption } from "./cloudtrailKmsEncryption";
import { cloudtrailLogFileValidation } from "./cloudtrailLogFileValidation";
import { cloudtrailLoggingEnabled } from "./cloudtrailLoggingEnabled";
import { cloudtrailMonitoringAlarms } from "./cloudtrailMonitoringAlarms";
import { cloudtrailMultiRegion } from "./cloudtrailMultiRegion";
import { detectiveServicesEnabled } from "./detectiveServicesEnabled";
import { kmsKeyRotation } from "./kmsKeyRotation";
import { trailBucketEncryption } from "./trailBucketEncryption";
import { trailBucketPublicAccess } from "./trailBucketPublicAccess";
import { trailBucketTlsOnly } from "./trailBucketTlsOnly";
import { trailBucketVersioning } from "./trailBucketVersioning";
import { trailLogGroupEncryption } from "./trailLogGroupEncryption";
import { trailLogGroupRetention } from "./trailLogGroupRetention";
import { vpcFlowLogs } from "./vpcFlowLogs";

export const POLICIES: Policies = [
  cloudtrailMultiRegion,
  cloudtrailLogFileValidation,
  cloudtrailKmsEncryption,
  cloudtrailGlobalServiceEvents,
  cloudtrailCloudWatchLogs,
  cloudtrailLoggingEnabled,
  cloudtrailMonitoringAlarms,
  cloudtrailAlarmActions,
  alarmTopicEncryption,
  trailBucketPublicAccess,
  trailBucketEncryption,
  trailBucketVersioning,
  trailBucketTlsOnly,
  trailLogGroupEncryption,
  trailLogGroupRetention,
  kmsKeyRotation,
  vpcFlowLogs,
  detectiveServicesEnabled,
];

export { RESOURCE_POLICY_TYPES, STACK_POLICY_TYPES } from "../lib/resourceTypes";
