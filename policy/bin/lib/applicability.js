"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.notApplicable = notApplicable;
function notApplicable(args, reason) {
    const errors = Error;
    const limit = errors.stackTraceLimit;
    errors.stackTraceLimit = 0;
    try {
        return args.notApplicable(reason);
    }
    finally {
        errors.stackTraceLimit = limit;
    }
}
