/** A deployed policy against the documented form the component builds for this stack, as one check. */
import { Check, fail, ok } from "./report";
import { RESTORE_WITH_PULUMI } from "./context";
import { policyDifferences } from "./policyForms";

export function formCheck(id: string, what: string, deployed: string | undefined, documented: string): Check {
  if (deployed === undefined) return fail(id, `The ${what} is empty.`, RESTORE_WITH_PULUMI);
  const problems = policyDifferences(deployed, documented);
  return problems.length === 0
    ? ok(id, `The ${what} is the documented form, statement for statement.`)
    : fail(id, `The ${what} is not the documented form: ${problems.join("; ")}.`, RESTORE_WITH_PULUMI);
}
