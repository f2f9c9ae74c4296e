import { PolicyPack } from "@pulumi/policy";
import { POLICIES } from "./policies";

new PolicyPack("aws-security-baseline", {
  policies: [...POLICIES],
});
