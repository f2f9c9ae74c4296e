import { strict as assert } from "assert";
import { chatGuardrailPolicyArn } from "../../components/investigate/chat";
import { CHATBOT_CONFIGURATION_NAME, IAM_ROLE_NAME, PROJECT_TRAIL_NAME, nameProblem } from "../../lib/awsLimits";
import { chatConfigurationName, chatRoleName } from "../../settings/names";

describe("chat building blocks", () => {
  it("names the guardrail in the home region's partition", () => {
    assert.equal(chatGuardrailPolicyArn("aws"), "arn:aws:iam::aws:policy/CloudWatchReadOnlyAccess");
    assert.equal(chatGuardrailPolicyArn("aws-us-gov"), "arn:aws-us-gov:iam::aws:policy/CloudWatchReadOnlyAccess");
  });

  it("derives configuration and role names AWS accepts from the longest trail name", () => {
    const longest = "a".repeat(PROJECT_TRAIL_NAME.maxBytes);
    assert.equal(nameProblem(chatConfigurationName(longest), CHATBOT_CONFIGURATION_NAME), undefined);
    assert.equal(nameProblem(chatRoleName(longest), IAM_ROLE_NAME), undefined);
  });
});
