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
