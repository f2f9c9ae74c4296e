"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cis = cis;
exports.securityHub = securityHub;
/** CIS AWS Foundations Benchmark v1.4.0 numbering (README maps each to v3.0.0). */
function cis(reference, specification) {
    return { name: "CIS AWS Foundations Benchmark", version: "1.4.0", reference, specification };
}
function securityHub(reference, specification) {
    return { name: "AWS Security Hub (Foundational Security Best Practices)", version: "1.0.0", reference, specification };
}
