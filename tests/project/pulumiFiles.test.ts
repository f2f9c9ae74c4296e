/**
 * The Pulumi CLI loads the project, the policy pack and the stack files before the program
 * runs; a file it refuses stops `pulumi preview` and `pulumi up` outright. These tests apply
 * the CLI's own checks (tests/project/pulumiCli.ts, from pulumi/pulumi's source) to every
 * committed file, and prove each check refuses a broken one.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { loadProject, policyPackProblems, projectProblems, projectSchemaValidator, readYaml, stackProblems } from "./pulumiCli";

const ROOT = path.join(__dirname, "..", "..");
const BROKEN = path.join(ROOT, "tests", "fixtures", "pulumi-schemas", "broken");
const currentSchema = projectSchemaValidator("project.json");
const oldestTypedSchema = projectSchemaValidator("project-v3.44.3.json");

/** Committed stack files: Pulumi.<stack>.yaml at the root and in the config fixtures, and the plan configs. */
function stackFiles(): string[] {
  const inDir = (dir: string, match: RegExp) =>
    fs
      .readdirSync(path.join(ROOT, dir))
      .filter((f) => match.test(f))
      .map((f) => path.join(dir, f));
  return [
    ...inDir(".", /^Pulumi\.[^.]+\.yaml$/),
    ...inDir("tests/fixtures/config", /^Pulumi\.[^.]+\.yaml$/),
    ...inDir("tests/fixtures/plans/configs", /\.yaml$/),
  ];
}

describe("Pulumi.yaml as the Pulumi CLI loads it", () => {
  const raw = readYaml(path.join(ROOT, "Pulumi.yaml"));
  it("validates against the current project schema and Project.Validate()", () =>
    assert.deepEqual(projectProblems(raw, currentSchema), []));
  it("validates against the v3.44.3 schema too, which required a type on every declaration", () =>
    assert.deepEqual(projectProblems(raw, oldestTypedSchema), []));

  for (const [file, schema, expected] of [
    ["untyped-declaration.Pulumi.yaml", oldestTypedSchema, /required property 'type'/],
    ["unknown-type.Pulumi.yaml", currentSchema, /could not validate 'Pulumi.yaml'/],
    ["unknown-type.Pulumi.yaml", oldestTypedSchema, /could not validate 'Pulumi.yaml'/],
    ["misspelt-attribute.Pulumi.yaml", currentSchema, /must NOT have additional properties/],
    ["array-without-items.Pulumi.yaml", currentSchema, /declares an array but does not specify the underlying type/],
    [
      "default-of-wrong-type.Pulumi.yaml",
      currentSchema,
      /default value specified for configuration key 'logRetentionDays' is not of the expected type 'integer'/,
    ],
  ] as const) {
    it(`refuses ${file}${schema === oldestTypedSchema ? " (v3.44.3 schema)" : ""}`, () => {
      const problems = projectProblems(readYaml(path.join(BROKEN, file)), schema);
      assert.ok(
        problems.some((p) => expected.test(p)),
        JSON.stringify(problems),
      );
    });
  }
  it("accepts an untyped declaration with the current schema (typing is optional since v3.45.0)", () =>
    assert.deepEqual(projectProblems(readYaml(path.join(BROKEN, "untyped-declaration.Pulumi.yaml")), currentSchema), []));
});

describe("policy/PulumiPolicy.yaml as the Pulumi CLI loads it", () => {
  it("has a runtime and string fields", () =>
    assert.deepEqual(policyPackProblems(readYaml(path.join(ROOT, "policy", "PulumiPolicy.yaml"))), []));
  it("refuses a pack without a runtime", () =>
    assert.deepEqual(policyPackProblems(readYaml(path.join(BROKEN, "missing-runtime.PulumiPolicy.yaml"))), [
      "project is missing a 'runtime' attribute",
    ]));
});

describe("stack files against the declared config types", () => {
  const project = loadProject(path.join(ROOT, "Pulumi.yaml"));
  const files = stackFiles();
  it("finds the committed stack files", () => assert.ok(files.length >= 9, JSON.stringify(files)));
  for (const file of files) {
    it(`${file} sets every required key with values of the declared types`, () =>
      assert.deepEqual(stackProblems(path.basename(file), readYaml(path.join(ROOT, file)), project), []));
  }

  it("refuses a value of the wrong type", () =>
    assert.deepEqual(stackProblems("wrong-type", readYaml(path.join(BROKEN, "Pulumi.wrong-type.yaml")), project), [
      "Stack 'wrong-type' with configuration key 'regions' must be of type 'array<string>'",
      "Stack 'wrong-type' with configuration key 'logRetentionDays' must be of type 'integer'",
      "Stack 'wrong-type' with configuration key 'realtimeAlerts' must be of type 'boolean'",
    ]));
  it("refuses a stack that lacks a key declared without a default", () => {
    const strict = { ...project, config: { ...project.config, homeRegion: { type: "string", description: "no default" } } };
    assert.deepEqual(stackProblems("dev", readYaml(path.join(ROOT, "Pulumi.dev.yaml")), strict), []);
    assert.deepEqual(stackProblems("bad", readYaml(path.join(ROOT, "tests/fixtures/config/Pulumi.bad-pattern.yaml")), strict), [
      "Stack 'bad' is missing configuration value(s) 'homeRegion'",
    ]);
  });
});
