/** Configurations several test files plan, so the run builds each once (baselineHarness.sharedStack). */
import { TestConfig } from "./baselineHarness";

/** A custom rule the corpus can exercise: any AssumeRole (STS records it in the endpoint's Region). */
export const ROLE_ASSUMED = {
  id: "role-assumed",
  title: "Role assumed",
  why: "Test rule on STS.",
  filterPattern: '{ $.eventName = "AssumeRole" }',
  eventPattern: { source: ["aws.sts"], detail: { eventName: ["AssumeRole"] } },
};

/** us-east-1 and another Region listed. */
export const WITH_US_EAST_1: TestConfig = {
  regions: ["us-east-1", "eu-west-1"],
  watchedSecrets: ["prod/payments/db"],
  customAlarms: [ROLE_ASSUMED],
};

/** us-east-1 not listed: the extra global-events instance exists. */
export const WITHOUT_US_EAST_1: TestConfig = {
  regions: ["eu-west-1", "eu-central-1"],
  watchedSecrets: ["prod/payments/db"],
  customAlarms: [ROLE_ASSUMED],
};

/** The delegated administrator of the organization stacks: the account the offline plan deploys to (tools/lib/mockRuntime.ts). */
export const ADMINISTRATOR_ACCOUNT = "111122223333";

/** The management account's stack of an organization (organizationDetectors): it registers the administrator. */
export const ORGANIZATION_MANAGEMENT: TestConfig = {
  regions: ["eu-west-1", "eu-central-1"],
  organizationDetectors: { account: "management", administratorAccountId: "444455556666" },
};

/** The administrator's stack: GuardDuty on already (designation turns it on), Security Hub and AWS Config created. */
export const ORGANIZATION_ADMINISTRATOR: TestConfig = {
  regions: ["eu-west-1", "eu-central-1"],
  securityHub: "create",
  awsConfig: "create",
  organizationDetectors: { account: "administrator", administratorAccountId: ADMINISTRATOR_ACCOUNT, autoEnableMembers: "ALL" },
};
