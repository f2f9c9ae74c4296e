"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const policy_1 = require("@pulumi/policy");
const policies_1 = require("./policies");
new policy_1.PolicyPack("aws-security-baseline", {
    policies: [...policies_1.POLICIES],
});
