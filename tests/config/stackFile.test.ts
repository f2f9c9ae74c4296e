/**
 * The stack file as `plan` (and `--policy-config-only`) read it, in the encodings and shapes
 * users' tools write (tests/fixtures/config/encodings/README.md): decoded as Pulumi decodes it, or
 * refused in one line naming the file, never planned as the default stack.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCommand } from "../../tools/lib/cli";
import { PlanInputError, projectAndConfig, readProject, stackConfig } from "../../tools/lib/plan";
import { PLAN_COMMAND } from "../../tools/plan/planCommand";
import { PLAN_INPUT_ERRORS, planMain } from "../../tools/plan/planRun";

const ROOT = path.join(__dirname, "..", "..");
const FIXTURES = path.join(ROOT, "tests", "fixtures", "config", "encodings");
const fixture = (name: string): string => path.join(FIXTURES, name);
const project = readProject(ROOT);

/** `plan` in this process (the program under mocks, no pack): status and what it printed. */
async function plan(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io = { out: (text: string) => void (stdout += text), err: (text: string) => void (stderr += text) };
  const status = await runCommand(PLAN_COMMAND, args, planMain, io, { inputErrors: PLAN_INPUT_ERRORS });
  return { status, stdout, stderr };
}

/** The one line `stackConfig` refuses the file with. */
function refusal(file: string): string {
  try {
    stackConfig(project, fixture(file));
  } catch (err) {
    assert.ok(err instanceof PlanInputError, String(err));
    assert.doesNotMatch(err.message, /\n/);
    return err.message;
  }
  return assert.fail(`${file} was read as a stack file`);
}

describe("plan: the stack file's encoding", () => {
  const dev = projectAndConfig({ projectDir: ROOT, stack: "dev" }).config;

  it("reads UTF-8 with a byte-order mark and UTF-16 with one (big- or little-endian) as the same config as the UTF-8 file", () => {
    assert.deepEqual(stackConfig(project, fixture("Pulumi.utf8-bom.yaml")), dev);
    assert.deepEqual(stackConfig(project, fixture("Pulumi.utf16be.yaml")), dev);
    const powershell = stackConfig(project, fixture("Pulumi.utf16le-typo.yaml"));
    assert.equal(powershell["aws-security-baseline:trailNmae"], "dev-security-baseline");
    assert.deepEqual(powershell["aws-security-baseline:regions"], dev["aws-security-baseline:regions"]);
  });

  it("refuses a misspelt key in a UTF-16 file PowerShell wrote, naming it: exit 2, nothing planned", async () => {
    const result = await plan("--stack", "dev", "--config-file", fixture("Pulumi.utf16le-typo.yaml"), "--no-policy");
    assert.deepEqual([result.status, result.stdout], [2, ""]);
    assert.match(result.stderr, /- trailNmae: unknown configuration key; did you mean trailName\?/);
  });

  it("refuses UTF-16 without a byte-order mark in one line, saying how to save it", () => {
    assert.equal(
      refusal("Pulumi.utf16le-no-bom.yaml"),
      `${fixture("Pulumi.utf16le-no-bom.yaml")}: looks like UTF-16 without a byte-order mark, which cannot be read reliably; save it as UTF-8 (in PowerShell: \`| Out-File -Encoding utf8\`)`,
    );
  });
});

describe("plan: a file that is not a stack file", () => {
  it("refuses a YAML list, naming the file and what a stack file is", () =>
    assert.match(
      refusal("Pulumi.list.yaml"),
      /Pulumi\.list\.yaml: a list is not a stack file; expected a stack file: a map with `config:`/,
    ));
  it("refuses a file without config:, which would plan the defaults", () =>
    assert.match(
      refusal("Pulumi.no-config.yaml"),
      /Pulumi\.no-config\.yaml: aws-security-baseline:regions: unknown top-level key; a stack's keys go under `config:`\. A stack file has config, /,
    ));
  it("refuses a file with no config: at all, and an empty one", () => {
    assert.match(
      refusal("Pulumi.no-config-at-all.yaml"),
      /Pulumi\.no-config-at-all\.yaml: no `config:`, so the plan would be of the defaults; expected a stack file/,
    );
    assert.match(refusal("Pulumi.empty.yaml"), /Pulumi\.empty\.yaml: the file is empty; expected a stack file/);
  });
  it("refuses a misspelt top-level key with a did-you-mean", () =>
    assert.match(
      refusal("Pulumi.top-level-typo.yaml"),
      /Pulumi\.top-level-typo\.yaml: confg: unknown top-level key; did you mean config\?/,
    ));

  it("plans none of them: exit 2 with that one line", async () => {
    for (const file of ["Pulumi.list.yaml", "Pulumi.no-config.yaml", "Pulumi.top-level-typo.yaml"]) {
      const result = await plan("--stack", "dev", "--config-file", fixture(file), "--no-policy");
      assert.deepEqual(result, { status: 2, stdout: "", stderr: `plan: ${refusal(file)}\n` }, file);
    }
  });
});

describe("plan: keys nothing would read, and values the user left empty", () => {
  it("refuses keys under a misspelt project name, with the key it meant: exit 2, nothing planned", async () => {
    const result = await plan("--stack", "dev", "--config-file", fixture("Pulumi.namespace-typo.yaml"), "--no-policy");
    assert.deepEqual([result.status, result.stdout], [2, ""]);
    assert.match(
      result.stderr,
      /- aws-securty-baseline:alertEmails: unknown configuration namespace; did you mean aws-security-baseline:alertEmails\? This program reads aws-security-baseline: keys; aws: and pulumi: keys go to the AWS provider and the Pulumi CLI\.\n/,
    );
    assert.match(result.stderr, /- baseline:trailName: unknown configuration namespace\. This program reads aws-security-baseline: keys/);
  });

  it("--policy-config-only checks them too, before writing anything", async () => {
    const NEVER_WRITTEN = path.join(os.tmpdir(), `never-written-${process.pid}.json`);
    const result = await plan(
      "--stack",
      "dev",
      "--config-file",
      fixture("Pulumi.namespace-typo.yaml"),
      "--write-policy-config",
      NEVER_WRITTEN,
      "--policy-config-only",
    );
    assert.deepEqual([result.status, result.stdout], [2, ""]);
    assert.match(result.stderr, /- aws-securty-baseline:alertEmails: unknown configuration namespace/);
    const typo = await plan(
      "--stack",
      "dev",
      "--config-file",
      fixture("Pulumi.utf16le-typo.yaml"),
      "--write-policy-config",
      NEVER_WRITTEN,
      "--policy-config-only",
    );
    assert.equal(typo.status, 2);
    assert.match(typo.stderr, /- trailNmae: unknown configuration key; did you mean trailName\?/);
    assert.ok(!fs.existsSync(NEVER_WRITTEN), "a refused config writes no policy config");
  });

  it("says a key written without a value is empty, never null", async () => {
    const result = await plan("--stack", "dev", "--config-file", fixture("Pulumi.empty-values.yaml"), "--no-policy");
    assert.equal(result.status, 2);
    assert.match(result.stderr, /- homeRegion: empty; give it a value, or leave the key out for its default\.\n/);
    assert.match(result.stderr, /- slackChannel\.workspaceId: empty; expected the workspace id/);
    assert.doesNotMatch(result.stderr, /null|undefined/);
  });
});
