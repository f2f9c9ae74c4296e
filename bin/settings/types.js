"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FLOW_LOG_TRAFFIC_TYPES = exports.FLOW_LOG_DESTINATIONS = exports.SIGN_IN_WITHOUT_MFA_VARIANTS = exports.ALARM_PROFILES = exports.OBJECT_LOCK_MODES = exports.S3_DATA_EVENT_MODES = exports.ARCHIVE_STORAGE_CLASSES = exports.LOG_RETENTION_DAYS = void 0;
const args_1 = require("./args");
/** Retention values CloudWatch Logs accepts (PutRetentionPolicy), in days. */
exports.LOG_RETENTION_DAYS = [
    1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];
/** Each enum's values, as the validators list what is allowed (settings/args.ts declares and documents them). */
exports.ARCHIVE_STORAGE_CLASSES = Object.values(args_1.ArchiveStorageClass);
exports.S3_DATA_EVENT_MODES = Object.values(args_1.S3DataEvents);
exports.OBJECT_LOCK_MODES = Object.values(args_1.ObjectLockMode);
exports.ALARM_PROFILES = Object.values(args_1.AlarmProfile);
exports.SIGN_IN_WITHOUT_MFA_VARIANTS = Object.values(args_1.SignInWithoutMfaVariant);
exports.FLOW_LOG_DESTINATIONS = Object.values(args_1.FlowLogDestination);
exports.FLOW_LOG_TRAFFIC_TYPES = Object.values(args_1.FlowLogTrafficType);
const variantsMatch = true;
void variantsMatch;
