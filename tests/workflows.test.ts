import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { validateWorkflow } from "@action-validator/core";
import { parse as parseYaml } from "yaml";

const ROOT = path.resolve(__dirname, "..");
const WORKFLOW_DIR = path.join(ROOT, ".github", "workflows");
const workflowFiles = fs
  .readdirSync(WORKFLOW_DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  "runs-on"?: unknown;
  uses?: string;
  permissions?: Record<string, string> | string;
  strategy?: { matrix?: { stack?: unknown; include?: unknown } };
  steps?: Step[];
}
interface Workflow {
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

const read = (file: string): string => fs.readFileSync(path.join(WORKFLOW_DIR, file), "utf8");
const parsed = (file: string): Workflow => parseYaml(read(file)) as Workflow;
const steps = (wf: Workflow): Step[] => Object.values(wf.jobs).flatMap((job) => job.steps ?? []);

/** Inputs of the actions whose misspelt input is silently ignored (from each action's action.yml). */
const KNOWN_INPUTS: Record<string, readonly string[]> = {
  "pulumi/actions": [
    "command",
    "stack-name",
    "pulumi-version",
    "pulumi-version-file",
    "work-dir",
    "comment-on-pr",
    "comment-on-pr-number",
    "comment-on-summary",
    "github-token",
    "cloud-url",
    "secrets-provider",
    "parallel",
    "message",
    "config-map",
    "expect-no-changes",
    "diff",
    "replace",
    "target",
    "target-dependents",
    "policyPacks",
    "policyPackConfigs",
    "refresh",
    "upsert",
    "remove",
    "edit-pr-comment",
    "color",
    "exclude-protected",
    "plan",
    "suppress-outputs",
    "suppress-progress",
    "always-include-summary",
  ],
  "aws-actions/configure-aws-credentials": [
    "aws-region",
    "role-to-assume",
    "role-session-name",
    "role-duration-seconds",
    "audience",
    "role-chaining",
    "output-credentials",
    "mask-aws-account-id",
    "web-identity-token-file",
    "role-skip-session-tagging",
    "inline-session-policy",
    "managed-session-policies",
    "unset-current-credentials",
    "disable-retry",
    "retry-max-attempts",
    "special-characters-workaround",
    "aws-access-key-id",
    "aws-secret-access-key",
    "aws-session-token",
  ],
};

describe("workflows: GitHub's workflow schema (action-validator)", () => {
  it("finds the pull request, deploy and other-teams workflows", () => {
    for (const f of ["pull-request.yml", "deploy.yml", "policy-for-other-teams.yml", "plan-diff-comment.yml"])
      assert.ok(workflowFiles.includes(f), `${f} is missing`);
  });

  for (const file of workflowFiles) {
    it(`${file} passes the validator`, () => {
      assert.deepEqual(validateWorkflow(read(file)).errors, []);
    });
  }

  it("rejects a deliberately broken workflow", () => {
    const errors = JSON.stringify(
      validateWorkflow(fs.readFileSync(path.join(__dirname, "fixtures", "workflows", "broken.yml"), "utf8")).errors,
    );
    assert.match(errors, /runs_on/);
    assert.match(errors, /with-inputs/);
    assert.match(errors, /\/jobs\/preview\/permissions\/id-token/);
  });
});

describe("workflows: what the schema cannot see", () => {
  for (const file of workflowFiles) {
    const wf = parsed(file);

    it(`${file}: every job says where it runs`, () => {
      for (const [name, job] of Object.entries(wf.jobs))
        assert.ok(job["runs-on"] !== undefined || job.uses !== undefined, `${file}: job ${name} has no runs-on`);
    });

    it(`${file}: every action is pinned to a release tag or a commit`, () => {
      for (const step of steps(wf).filter((s) => s.uses !== undefined)) {
        assert.match(step.uses!, /^[\w.-]+\/[\w./-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/, `${file}: ${step.uses} is not pinned`);
      }
    });

    it(`${file}: every npm script it runs exists in package.json`, () => {
      for (const step of steps(wf).filter((s) => s.run !== undefined)) {
        for (const [, script] of step.run!.matchAll(/npm run (?:-s )?([\w:-]+)/g))
          assert.ok(scripts[script], `${file}: npm run ${script} is not a package.json script`);
      }
    });

    it(`${file}: actions get only inputs they declare, and OIDC jobs may mint a token`, () => {
      for (const [name, job] of Object.entries(wf.jobs)) {
        for (const step of job.steps ?? []) {
          const action = step.uses?.split("@")[0];
          const known = action && KNOWN_INPUTS[action];
          if (!known) continue;
          for (const input of Object.keys(step.with ?? {})) assert.ok(known.includes(input), `${file}: ${action} has no input ${input}`);
          if (action === "aws-actions/configure-aws-credentials") {
            assert.ok(step.with?.["role-to-assume"], `${file}: ${name} assumes no role`);
            assert.equal(
              typeof job.permissions === "object" && job.permissions["id-token"],
              "write",
              `${file}: ${name} needs id-token: write for OIDC`,
            );
          }
        }
      }
    });

    it(`${file}: every stack it names has a Pulumi.<stack>.yaml`, () => {
      const stacks: string[] = [];
      for (const job of Object.values(wf.jobs)) {
        const matrix = job.strategy?.matrix;
        if (Array.isArray(matrix?.stack)) stacks.push(...(matrix!.stack as string[]));
        if (Array.isArray(matrix?.include))
          stacks.push(...(matrix!.include as { stack?: string }[]).flatMap((i) => (i.stack ? [i.stack] : [])));
      }
      if (wf.env?.STACKS) stacks.push(...(JSON.parse(wf.env.STACKS) as { stack: string }[]).map((s) => s.stack));
      for (const stack of stacks)
        assert.ok(fs.existsSync(path.join(ROOT, `Pulumi.${stack}.yaml`)), `${file}: stack ${stack} has no Pulumi.${stack}.yaml`);
    });
  }

  it("previews every stack with the policy pack, and comments on the PR", () => {
    const preview = steps(parsed("pull-request.yml")).find((s) => s.uses?.startsWith("pulumi/actions@"));
    assert.equal(preview?.with?.command, "preview");
    assert.equal(preview?.with?.policyPacks, "policy");
    assert.equal(preview?.with?.["comment-on-pr"], true);
  });

  it("gives pulumi preview, pulumi up and plan-diff the pack config the stack's own residency trails need, written by plan", () => {
    for (const file of ["pull-request.yml", "deploy.yml"]) {
      const all = steps(parsed(file));
      const pulumi = all.find((s) => s.uses?.startsWith("pulumi/actions@"));
      const written = all.findIndex((s) =>
        /npm run -s plan -- --stack "\$\{\{ matrix\.stack \}\}" --write-policy-config policy-config\.json --policy-config-only/.test(
          s.run ?? "",
        ),
      );
      assert.ok(written >= 0 && written < all.indexOf(pulumi!), `${file}: the config is written before pulumi runs`);
      assert.equal(pulumi?.with?.policyPackConfigs, "policy-config.json", file);
    }
    const runs = steps(parsed("pull-request.yml"))
      .map((s) => s.run ?? "")
      .join("\n");
    assert.match(runs, /--write-policy-config \.\.\/policy-config\.json\) > head\.json/);
    assert.match(runs, /plan-diff -- \.\.\/base\.json \.\.\/head\.json --policy-config \.\.\/policy-config\.json/);
    assert.ok(fs.existsSync(path.join(ROOT, "policy", "PulumiPolicy.yaml")), "policyPacks points at the pack's folder");
  });
});

describe("workflows: the other teams' workflow checks with a pack, or says why not", () => {
  const file = "policy-for-other-teams.yml";
  const text = read(file);
  const wf = parseYaml(text) as Workflow & {
    on: { workflow_call: { inputs: Record<string, { required?: boolean; default?: unknown; type?: string }> } };
  };
  const job = wf.jobs.preview;
  const all = job.steps ?? [];
  /** The caller example of the file's header, as a caller copies it. */
  const caller = parseYaml(
    text
      .split("\n")
      .filter((l) => l.startsWith("#   "))
      .map((l) => l.slice(4))
      .join("\n"),
  ) as { jobs: Record<string, { uses: string; permissions: Record<string, string>; with: Record<string, unknown> }> };

  it("requires policy-pack-repository: no default, and the caller example sets it", () => {
    const input = wf.on.workflow_call.inputs["policy-pack-repository"];
    assert.equal(input.required, true);
    assert.equal(input.default, undefined);
    const [example] = Object.values(caller.jobs);
    for (const [name, spec] of Object.entries(wf.on.workflow_call.inputs))
      if (spec.required) assert.ok(name in example.with, `the caller example leaves out the required input ${name}`);
  });

  it("fails an empty policy-pack-repository before anything else, and runs the pack unless it is 'published'", () => {
    const check = all[0];
    assert.match(check.run ?? "", /if \[ -z "\$PACK_REPOSITORY" \]; then[\s\S]*exit 1/);
    assert.equal((check as Step & { env?: Record<string, string> }).env?.PACK_REPOSITORY, "${{ inputs.policy-pack-repository }}");
    assert.doesNotMatch(text, /policy-pack-repository != ''/, "the empty value is no mode any more");
    const preview = all.find((s) => s.uses?.startsWith("pulumi/actions@"));
    assert.match(
      String(preview?.with?.policyPacks),
      /inputs\.policy-pack-repository != 'published' && format\('\{0\}\/\.security-baseline\/policy'/,
    );
  });

  it("uploads the pack's verdict as SARIF to code scanning, with the permission it needs", () => {
    const audit = all.find((s) => /npm --prefix .* run -s audit -- .* --format sarif --sarif-location/.test(s.run ?? ""));
    const upload = all.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"));
    assert.ok(audit && upload && all.indexOf(audit) < all.indexOf(upload));
    assert.equal(upload.with?.sarif_file, "${{ runner.temp }}/security-baseline.sarif");
    assert.match(audit.run!, /> "\$RUNNER_TEMP\/security-baseline\.sarif"/);
    assert.equal(typeof job.permissions === "object" && job.permissions["security-events"], "write");
    assert.equal(Object.values(caller.jobs)[0].permissions["security-events"], "write", "the caller grants it");
  });
});
