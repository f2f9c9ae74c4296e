"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.BaselineProvider = void 0;
class BaselineProvider {
    schemaText;
    version;
    served;
    /** `schemaText`: schema.json as committed; answered to GetSchema as it is. */
    constructor(schemaText) {
        this.schemaText = schemaText;
        this.served = JSON.parse(schemaText);
        this.version = this.served.version;
    }
    async getSchema() {
        return this.schemaText;
    }
    async construct(name, type, inputs, options) {
        const { MONITORING_BASELINE_TYPE, MonitoringBaseline } = await Promise.resolve().then(() => __importStar(require("./components/monitoringBaseline")));
        const outputNames = Object.keys(this.served.resources[type]?.properties ?? {});
        if (type !== MONITORING_BASELINE_TYPE || outputNames.length === 0) {
            throw new Error(`unknown resource type ${type}; this package has ${MONITORING_BASELINE_TYPE}`);
        }
        // The component validates its arguments itself (the same one-line-per-problem error as a stack's config).
        const baseline = new MonitoringBaseline(name, inputs, options);
        const outputs = baseline;
        return { urn: baseline.urn, state: Object.fromEntries(outputNames.map((key) => [key, outputs[key]])) };
    }
}
exports.BaselineProvider = BaselineProvider;
