/**
 * The pack serves itself (`policy/lib/engine/analyzerServer.ts`) instead of through
 * `@pulumi/policy`'s `PolicyPack`, to be cheap as the engine drives it. These tests hold it to
 * `@pulumi/policy` 1.21.0's own server, driven in-process through its request handlers: for the
 * same requests, the same answers, message for message (diagnostics with their levels, "not
 * applicable" entries with their reasons, remediated properties, the pack's metadata). If a
 * release of `@pulumi/policy` changes what its server answers, these fail and say where.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import Module from "module";
import * as path from "path";
import { Policies, Policy, ResourceValidationPolicy, StackValidationPolicy, validateResourceOfType } from "@pulumi/policy";
import {
  AnalyzeRequest,
  AnalyzeResponse,
  AnalyzerInfo,
  AnalyzerProviderResource,
  AnalyzerPropertyDependencies,
  AnalyzerResource,
  AnalyzerResourceOptions,
  AnalyzeStackRequest,
  ConfigureAnalyzerRequest,
  EnforcementLevel,
  PolicyConfig,
  RemediateResponse,
} from "@pulumi/pulumi/proto/analyzer_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { generateStack } from "../../tools/bench/main";
import { analyzeCall, PackAnalyzer } from "../../policy/lib/engine/analyzerServer";
import { indexStack } from "../../policy/lib/stackIndex";
import { POLICIES } from "../../policy/policies";
import { readAuditFile } from "../../tools/audit/auditInput";
import { PackResource } from "../../tools/lib/packClient";
import { DetectiveSpec, detectiveStack, FSBP, Provider } from "../fixtures/policy/detectivePrograms";
import { flowLogStack, stackView } from "../fixtures/policy/flowLogPrograms";
import { bucketV2InlineProgram, legacyBucketProgram, nativeProgram, PHASES, v7SeparateResourcesProgram } from "../fixtures/policy/programs";
import { compliantStack, T, UNKNOWN, withChange } from "./stacks";

type Callback<T> = (error: Error | null | undefined, response?: T) => void;
type Handler<Req, Res> = (call: { request: Req }, callback: Callback<Res>) => void;
type HandlerFactory<Req, Res> = (packName: string, version: string, level: string, policies: Policies) => Handler<Req, Res>;

// @pulumi/policy's server internals (exported, marked @internal): the reference answers.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const reference = require("@pulumi/policy/server") as {
  makeAnalyzeRpcFun: HandlerFactory<AnalyzeRequest, AnalyzeResponse>;
  makeAnalyzeStackRpcFun: HandlerFactory<AnalyzeStackRequest, AnalyzeResponse>;
  makeRemediateRpcFun: HandlerFactory<AnalyzeRequest, RemediateResponse>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeAnalyzerInfo } = require("@pulumi/policy/protoutil") as {
  makeAnalyzerInfo(name: string, version: string, level: string, args: { policies: Policies }, initialConfig: undefined): AnalyzerInfo;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version: POLICY_SDK_VERSION } = require("@pulumi/policy/version") as { version: string };

const PACK = "aws-security-baseline";
const VERSION = "0.1.0";
const SECRET = (value: unknown) => ({ "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value });
const isSecret = (v: unknown): v is { value: unknown } =>
  typeof v === "object" &&
  v !== null &&
  (v as Record<string, unknown>)["4dabf18193072939515e22adb298388d"] === "1b47061264138c4ac30d75fd1eb44270";

function call<Req, Res>(handler: Handler<Req, Res>, request: Req): Promise<Res> {
  return new Promise((resolve, reject) => handler({ request }, (error, response) => (error ? reject(error) : resolve(response!))));
}

function struct(value: Readonly<Record<string, unknown>>): Struct {
  return Struct.fromJavaScript(JSON.parse(JSON.stringify(value)) as Parameters<typeof Struct.fromJavaScript>[0]);
}

function analyzeRequest(r: PackResource, provider?: boolean): AnalyzeRequest {
  const request = new AnalyzeRequest().setUrn(r.urn).setType(r.type).setName(r.name).setProperties(struct(r.inputs));
  const options = new AnalyzerResourceOptions().setProtect(false);
  if (r.parent) options.setParent(r.parent);
  request.setOptions(options);
  if (provider) {
    request.setProvider(
      new AnalyzerProviderResource()
        .setType("pulumi:providers:aws")
        .setUrn("urn:pulumi:prod::team-app::pulumi:providers:aws::default")
        .setName("default")
        .setProperties(struct({ region: "eu-west-1" })),
    );
  }
  return request;
}

function stackRequest(resources: readonly PackResource[]): AnalyzeStackRequest {
  return new AnalyzeStackRequest().setResourcesList(
    resources.map((r) => {
      const message = new AnalyzerResource()
        .setUrn(r.urn)
        .setType(r.type)
        .setName(r.name)
        .setProperties(struct(r.outputs ?? r.inputs));
      message.setOptions(new AnalyzerResourceOptions());
      if (r.parent) message.setParent(r.parent);
      message.setDependenciesList([...(r.dependencies ?? [])]);
      for (const [input, urns] of Object.entries(r.propertyDependencies ?? {})) {
        message.getPropertydependenciesMap().set(input, new AnalyzerPropertyDependencies().setUrnsList([...urns]));
      }
      return message;
    }),
  );
}

/**
 * @pulumi/policy 1.21.0 hands a remediation that copies `args.props` its secrets unwrapped, and
 * sends them back in plain text; the pack's server sends them back secret. Otherwise the same.
 */
function secretsUnwrapped(response: RemediateResponse): RemediateResponse.AsObject {
  const out = response.toObject();
  for (const [i, m] of response.getRemediationsList().entries()) {
    if (!m.hasProperties()) continue; // a diagnostic: the remediation could not run at preview
    const plain = JSON.parse(JSON.stringify(m.getProperties()!.toJavaScript(), (_k, v: unknown) => (isSecret(v) ? v.value : v))) as Record<
      string,
      unknown
    >;
    out.remediationsList[i].properties = struct(plain).toObject();
  }
  return out;
}

function servers(policies: Policies) {
  const ours = new PackAnalyzer({ name: PACK, policies }, VERSION);
  return {
    ours,
    analyze: reference.makeAnalyzeRpcFun(PACK, VERSION, "advisory", policies),
    analyzeStack: reference.makeAnalyzeStackRpcFun(PACK, VERSION, "advisory", policies),
    remediate: reference.makeRemediateRpcFun(PACK, VERSION, "advisory", policies),
  };
}

const FIXTURES = path.join(__dirname, "..", "fixtures", "audit");

/** Every form of detection turned off that `provider` has, beside a detector that is on. */
function detectionOff(provider: Provider): DetectiveSpec[] {
  const specs: DetectiveSpec[] = [
    { kind: "detector", name: "on", enable: true },
    { kind: "detector", name: "suspended", enable: false },
    { kind: "configurationPolicy", name: "off", serviceEnabled: false, standards: [] },
    { kind: "configurationPolicy", name: "allow-list", serviceEnabled: true, standards: [FSBP], enabledControls: ["IAM.7"] },
  ];
  if (provider === "aws-native") {
    specs.push({
      kind: "standard",
      name: "fsbp",
      standardsArn: FSBP,
      disabled: [{ standardsControlArn: `${FSBP.replace("::standards/", ":111122223333:control/")}/IAM.1`, reason: "r" }],
    });
  } else {
    specs.push(
      { kind: "recorderStatus", name: "config", recorderName: "acme", isEnabled: false },
      { kind: "controlAssociation", name: "iam-1", securityControlId: "IAM.1", standardsArn: FSBP, status: "DISABLED", reason: "r" },
    );
  }
  return specs;
}

const trail = (stack: readonly PackResource[]) => stack.find((r) => r.type === T.trail)!;

/** Stacks in every shape the pack reads: v6, v7, aws-native, previews with unknowns, secrets, exports. */
const STACKS: Record<string, PackResource[]> = {
  compliant: compliantStack(),
  "single-region trail, no validation, secret kmsKeyId": withChange(compliantStack(), T.trail, "trail", {
    isMultiRegionTrail: false,
    enableLogFileValidation: undefined,
    kmsKeyId: SECRET("arn:aws:kms:eu-west-1:111122223333:key/1"),
  }),
  "secret flags": withChange(compliantStack(), T.trail, "trail", {
    isMultiRegionTrail: SECRET(false),
    includeGlobalServiceEvents: SECRET(true),
  }),
  "unknowns at preview": withChange(compliantStack(), T.trail, "trail", { kmsKeyId: UNKNOWN, isMultiRegionTrail: UNKNOWN }),
  "short log retention": withChange(compliantStack(), T.logGroup, "trail", { retentionInDays: 30 }),
  ...Object.fromEntries(
    PHASES.flatMap((phase) => [
      [`legacy bucket (${phase})`, legacyBucketProgram(phase)],
      [`v6 BucketV2 inline (${phase})`, bucketV2InlineProgram(phase)],
      [`v7 separate resources, no public access block (${phase})`, v7SeparateResourcesProgram(phase, {})],
      [`aws-native (${phase})`, nativeProgram(phase)],
      ...(["v6", "v7", "aws-native"] as const).map((provider) => [
        `${provider} detection turned off (${phase})`,
        detectiveStack(provider, phase, detectionOff(provider)),
      ]),
      ...(["v6", "v7"] as const).map((major) => [
        `${major} VPC with a flow log beside an adopted default VPC without one (${phase})`,
        stackView(
          flowLogStack(
            major,
            phase,
            [{ name: "app" }, { name: "default", defaultVpc: { forceDestroy: false } }],
            [{ name: "app", on: { vpc: "app" }, trafficType: "ALL" }],
          ),
        ),
      ]),
    ]),
  ),
  "noncompliant stack export": [...readAuditFile(path.join(FIXTURES, "noncompliant.stack.json")).resources],
  "noncompliant preview": [...readAuditFile(path.join(FIXTURES, "noncompliant.preview.json")).resources],
  "unrelated resources": generateStack(200).slice(-60),
};

describe("the pack's analyzer server answers as @pulumi/policy's would", function () {
  this.timeout(60000);
  const { ours, analyze, analyzeStack } = servers(POLICIES);

  it("GetAnalyzerInfo: the same pack and policy metadata, and the same plugin version", () => {
    assert.deepStrictEqual(
      ours.info().toObject(),
      makeAnalyzerInfo(PACK, VERSION, "advisory", { policies: POLICIES }, undefined).toObject(),
    );
    assert.equal(
      POLICY_SDK_VERSION,
      "1.21.0",
      "analyzerServer.ts reports @pulumi/policy's version from GetPluginInfo: update POLICY_SDK_VERSION",
    );
  });

  for (const [name, stack] of Object.entries(STACKS)) {
    it(`Analyze of every resource and AnalyzeStack: ${name}`, async () => {
      for (const [i, r] of stack.entries()) {
        const request = analyzeRequest(r, i % 2 === 0);
        const expected = (await call(analyze, request)).toObject();
        assert.deepStrictEqual((await ours.analyze(request)).toObject(), expected, `Analyze ${r.urn}`);
        // As the server receives it: the type read off the wire, the rest decoded only if needed.
        assert.deepStrictEqual(
          (await ours.analyze(analyzeCall(Buffer.from(request.serializeBinary())))).toObject(),
          expected,
          `Analyze ${r.urn} off the wire`,
        );
      }
      const request = stackRequest(stack);
      assert.deepStrictEqual((await ours.analyzeStack(request)).toObject(), (await call(analyzeStack, request)).toObject(), "AnalyzeStack");
    });
  }

  it("finds what the pack exists to find (the comparison above is not vacuous)", async () => {
    const stack = STACKS["single-region trail, no validation, secret kmsKeyId"];
    const messages = (await ours.analyze(analyzeRequest(trail(stack)))).getDiagnosticsList().map((d) => d.getPolicyname());
    assert.deepStrictEqual(messages, ["cloudtrail-multi-region", "cloudtrail-log-file-validation"]);
    const secretFlag = (await ours.analyze(analyzeRequest(trail(STACKS["secret flags"]))))
      .getDiagnosticsList()
      .map((d) => d.getPolicyname());
    assert.deepStrictEqual(secretFlag, ["cloudtrail-multi-region"]);
    const stackFindings = (await ours.analyzeStack(stackRequest(STACKS["short log retention"])))
      .getDiagnosticsList()
      .map((d) => d.getPolicyname());
    assert.deepStrictEqual(stackFindings, ["cloudtrail-log-group-retention"]);
    for (const phase of PHASES) {
      const unlogged = (
        await ours.analyzeStack(stackRequest(STACKS[`v7 VPC with a flow log beside an adopted default VPC without one (${phase})`]))
      ).getDiagnosticsList();
      assert.deepStrictEqual(
        unlogged.map((d) => [d.getPolicyname(), d.getUrn().split("::").pop()]),
        [["vpc-flow-logs", "default"]],
        phase,
      );
      for (const provider of ["v6", "v7", "aws-native"] as const) {
        const off: string[] = [];
        for (const r of STACKS[`${provider} detection turned off (${phase})`]) {
          for (const d of (await ours.analyze(analyzeRequest(r))).getDiagnosticsList()) off.push(`${d.getPolicyname()} ${r.name}`);
        }
        const expected =
          provider === "aws-native" ? ["suspended", "off", "allow-list", "fsbp"] : ["suspended", "off", "allow-list", "config", "iam-1"];
        assert.deepStrictEqual(
          off,
          expected.map((name) => `detective-services-enabled ${name}`),
          `${provider} ${phase}`,
        );
      }
    }
  });

  it("Remediate, with every policy at level remediate: the same fixed properties, but secrets stay secret", async () => {
    const remediating: Policies = POLICIES.map((p): Policy => ({ ...p, enforcementLevel: "remediate" }));
    const both = servers(remediating);
    let fixed = 0;
    for (const stack of [
      STACKS["single-region trail, no validation, secret kmsKeyId"],
      STACKS["secret flags"],
      STACKS["aws-native (preview)"],
      STACKS["v7 detection turned off (preview)"],
      STACKS["aws-native detection turned off (deployed)"],
      STACKS["unrelated resources"],
    ]) {
      for (const r of stack) {
        const request = analyzeRequest(r);
        const mine = await both.ours.remediate(request);
        assert.deepStrictEqual(secretsUnwrapped(mine), (await call(both.remediate, request)).toObject(), `Remediate ${r.urn}`);
        fixed += mine.getRemediationsList().length;
      }
    }
    assert.ok(fixed >= 3, `only ${fixed} remediations compared`);
  });

  it("Remediate sends a property that was secret back as a secret", async () => {
    const { ours: remediator } = servers(POLICIES.map((p): Policy => ({ ...p, enforcementLevel: "remediate" })));
    const response = await remediator.remediate(analyzeRequest(trail(STACKS["single-region trail, no validation, secret kmsKeyId"])));
    const fixedProps = response.getRemediationsList().map((m) => m.getProperties()!.toJavaScript() as Record<string, unknown>);
    assert.deepStrictEqual(
      fixedProps.map((p) => [p.isMultiRegionTrail, p.enableLogFileValidation, p.kmsKeyId]),
      [
        [true, undefined, SECRET("arn:aws:kms:eu-west-1:111122223333:key/1")],
        [true, true, SECRET("arn:aws:kms:eu-west-1:111122223333:key/1")],
      ],
    );
  });
});

describe("the pack's analyzer server on policy shapes the pack does not use yet, as @pulumi/policy's", () => {
  // A resource class as @pulumi/aws generates them: its Pulumi type on the class.
  class Bucket {
    static readonly __pulumiType = "aws:s3/bucket:Bucket";
    constructor(_name: string, _args: { bucket?: string }) {}
  }
  const shapes: Policies = [
    {
      name: "typed",
      description: "validateResourceOfType on one type",
      enforcementLevel: "mandatory",
      validateResource: validateResourceOfType(Bucket as never, (props: Record<string, unknown>, _args, report) => {
        if (props.bucket !== "ok") report(`bucket is ${String(props.bucket)}`);
      }),
    },
    {
      name: "several-validators",
      description: "an array of validators, the pack's default level",
      validateResource: [(args, report) => report(`first on ${args.name}`), (args) => args.notApplicable("second says no")],
    },
    {
      name: "remediation-only",
      description: "no validator",
      enforcementLevel: "remediate",
      remediateResource: (args) => ({ ...args.props, fixed: true }),
    },
    { name: "off", description: "disabled", enforcementLevel: "disabled", validateResource: (_a, report) => report("never") },
    {
      name: "stack-not-applicable",
      description: "says not applicable without buckets",
      enforcementLevel: "advisory",
      validateStack: (args, report) => {
        const buckets = args.resources.filter((r) => r.isType(Bucket as never));
        if (buckets.length === 0) args.notApplicable("no buckets");
        for (const b of buckets)
          report(`bucket ${b.name} depends on ${b.dependencies.map((d) => d.name).join(",")}; parent ${b.parent?.name ?? "none"}`, b.urn);
      },
    },
    {
      name: "stack-remediate",
      description: "a stack policy at level remediate reports as mandatory",
      enforcementLevel: "remediate",
      validateStack: (args, report) => report(`${args.resources.length} resources`),
    },
  ];
  const { ours, analyze, analyzeStack, remediate } = servers(shapes);
  const bucket = (name: string, props: Record<string, unknown>, extra: Partial<PackResource> = {}): PackResource => ({
    urn: `urn:pulumi:prod::team-app::aws:s3/bucket:Bucket::${name}`,
    type: "aws:s3/bucket:Bucket",
    name,
    inputs: props,
    ...extra,
  });
  const topic: PackResource = {
    urn: "urn:pulumi:prod::team-app::aws:sns/topic:Topic::t",
    type: "aws:sns/topic:Topic",
    name: "t",
    inputs: { name: "t" },
  };
  const stack = [
    topic,
    bucket("good", { bucket: "ok" }, { dependencies: [topic.urn], parent: topic.urn }),
    bucket("bad", { bucket: SECRET("no") }),
  ];

  it("Analyze, AnalyzeStack and Remediate give the same answers", async () => {
    for (const r of stack) {
      const request = analyzeRequest(r);
      assert.deepStrictEqual((await ours.analyze(request)).toObject(), (await call(analyze, request)).toObject(), `Analyze ${r.name}`);
      assert.deepStrictEqual(
        secretsUnwrapped(await ours.remediate(request)),
        (await call(remediate, request)).toObject(),
        `Remediate ${r.name}`,
      );
    }
    for (const resources of [stack, [topic]]) {
      const request = stackRequest(resources);
      assert.deepStrictEqual((await ours.analyzeStack(request)).toObject(), (await call(analyzeStack, request)).toObject(), "AnalyzeStack");
    }
    const diagnostics = (await ours.analyze(analyzeRequest(stack[2]))).getDiagnosticsList().map((d) => [d.getPolicyname(), d.getMessage()]);
    assert.deepStrictEqual(diagnostics, [
      ["typed", "validateResourceOfType on one type\nbucket is no"],
      ["several-validators", "an array of validators, the pack's default level\nfirst on bad"],
    ]);
  });

  it("a policy that throws fails the request with the policy named, as @pulumi/policy's does", async () => {
    const failing: Policies = [
      {
        name: "broken",
        description: "throws",
        validateResource: () => {
          throw new Error("boom");
        },
      },
    ];
    const both = servers(failing);
    const request = analyzeRequest(topic);
    const errors = await Promise.all([
      both.ours.analyze(request).catch((e: Error) => e.message),
      call(both.analyze, request).catch((e: Error) => e.message),
    ]);
    for (const message of errors)
      assert.match(
        String(message),
        /^Error validating resource with policy 'broken' from policy pack 'aws-security-baseline@v0\.1\.0':\nError: boom/,
      );
  });
});

describe("one stack index per AnalyzeStack request", () => {
  it("every stack policy gets the same resource list, so indexStack builds the index once", async () => {
    const seen: unknown[] = [];
    const spy = (name: string): StackValidationPolicy => ({
      name,
      description: name,
      enforcementLevel: "mandatory",
      validateStack: (args) => {
        seen.push(args.resources, indexStack(args.resources));
      },
    });
    const analyzer = new PackAnalyzer({ name: PACK, policies: [spy("a"), spy("b")] }, VERSION);
    await analyzer.analyzeStack(stackRequest(compliantStack()));
    assert.equal(seen.length, 4);
    assert.equal(seen[0], seen[2], "the two policies got different resource lists");
    assert.equal(seen[1], seen[3], "the stack index was built twice");
  });
});

/**
 * A fresh copy of `@pulumi/policy`'s server module with its `configure` handler exposed: the
 * library keeps the pack's config in a module variable only `configure` sets, and does not export
 * it. The copy shares `@pulumi/policy`'s other modules (its proxy among them) through the require cache.
 */
function configurableReference(): typeof reference & { configure: Handler<ConfigureAnalyzerRequest, unknown> } {
  const file = require.resolve("@pulumi/policy/server");
  const internals = Module as unknown as { _nodeModulePaths(dir: string): string[] };
  const copy = new Module(file, module) as Module & { _compile(source: string, filename: string): void };
  copy.filename = file;
  copy.paths = internals._nodeModulePaths(path.dirname(file));
  copy._compile(`${fs.readFileSync(file, "utf8")}\nexports.configure = configure;\n`, file);
  return copy.exports as typeof reference & { configure: Handler<ConfigureAnalyzerRequest, unknown> };
}

describe("values unknown at preview: every policy gets @pulumi/policy's advisory, whatever it reads", () => {
  const LEVELS = ["advisory", "mandatory", "remediate", "disabled"] as const;
  class Trail {
    static readonly __pulumiType = "aws:cloudtrail/trail:Trail";
  }
  /** Policies written as a team might write the next one: reading `args.props` directly, no `settleProps`. */
  const shapes: Policies = LEVELS.flatMap((level): (ResourceValidationPolicy | StackValidationPolicy)[] => [
    {
      name: `reads-props-${level}`,
      description: `reads args.props directly, ${level}`,
      enforcementLevel: level,
      severity: "high",
      validateResource: (args, report) => {
        if (args.type !== T.trail) return;
        report("reported before the unknown read");
        if (typeof args.props.kmsKeyId !== "string" || !args.props.kmsKeyId.startsWith("arn:")) report("kmsKeyId is not a key ARN");
      },
      remediateResource: (args) =>
        args.type === T.trail && (args.props.isMultiRegionTrail !== true || !String(args.props.kmsKeyId).startsWith("arn:"))
          ? { ...args.props, isMultiRegionTrail: true }
          : undefined,
    },
    {
      name: `reads-nested-and-provider-${level}`,
      description: `reads a nested value and the provider's props, ${level}`,
      enforcementLevel: level,
      validateResource: [
        validateResourceOfType(Trail as never, (props: Record<string, unknown>, _args, report) => {
          const selectors = props.eventSelectors as { readWriteType: string }[];
          if (selectors[0].readWriteType !== "All") report("not All");
        }),
        (args, report) => {
          if (args.provider && args.provider.props.region !== "eu-west-1") report("another region");
        },
      ],
    },
    {
      name: `stack-reads-props-${level}`,
      description: `a stack policy reading r.props directly, ${level}`,
      enforcementLevel: level,
      validateStack: (args, report) => {
        for (const r of args.resources) if (r.type === T.topic && !r.props.kmsMasterKeyId) report("topic not encrypted", r.urn);
      },
    },
  ]);
  const configured: ResourceValidationPolicy = {
    name: "configured",
    description: "takes its level and a setting from Configure",
    enforcementLevel: "advisory",
    configSchema: { properties: { expectedName: { type: "string" } } },
    validateResource: (args, report) => {
      const { expectedName } = args.getConfig<{ expectedName?: string }>();
      if (args.type === T.trail && args.props.name !== expectedName) report(`name is not ${expectedName}`);
    },
  };
  const policies: Policies = [...shapes, configured];
  const configure = new ConfigureAnalyzerRequest();
  configure
    .getPolicyconfigMap()
    .set(
      "configured",
      new PolicyConfig().setEnforcementlevel(EnforcementLevel.MANDATORY).setProperties(struct({ expectedName: "team-app" })),
    );

  /** A first preview: the trail's key, name and selectors, the topic's key and the provider's region unknown. */
  const preview = withChange(
    withChange(compliantStack(), T.trail, "trail", { kmsKeyId: UNKNOWN, name: UNKNOWN, eventSelectors: [{ readWriteType: UNKNOWN }] }),
    T.topic,
    "alerts",
    { kmsMasterKeyId: UNKNOWN },
  );
  const known = withChange(compliantStack(), T.trail, "trail", {
    eventSelectors: [{ readWriteType: "WriteOnly" }],
    isMultiRegionTrail: false,
  });

  const withUnknownProvider = (request: AnalyzeRequest): AnalyzeRequest => {
    request.getProvider()?.setProperties(struct({ region: UNKNOWN }));
    return request;
  };

  const ours = new PackAnalyzer({ name: PACK, policies }, VERSION);
  const copy = configurableReference();
  before(async () => {
    ours.configure(configure);
    await call(copy.configure, configure);
  });
  const referenceOf = {
    analyze: copy.makeAnalyzeRpcFun(PACK, VERSION, "advisory", policies),
    analyzeStack: copy.makeAnalyzeStackRpcFun(PACK, VERSION, "advisory", policies),
    remediate: copy.makeRemediateRpcFun(PACK, VERSION, "advisory", policies),
  };

  for (const [name, stack] of [
    ["a first preview with unknowns", preview],
    ["the same stack with every value known", known],
  ] as const) {
    it(`Analyze, AnalyzeStack and Remediate answer as @pulumi/policy's, at every level and with config: ${name}`, async () => {
      for (const r of stack) {
        const request = withUnknownProvider(analyzeRequest(r, true));
        assert.deepStrictEqual(
          (await ours.analyze(request)).toObject(),
          (await call(referenceOf.analyze, request)).toObject(),
          `Analyze ${r.urn}`,
        );
        assert.deepStrictEqual(
          (await ours.analyze(analyzeCall(Buffer.from(request.serializeBinary())))).toObject(),
          (await call(referenceOf.analyze, request)).toObject(),
          `Analyze ${r.urn} off the wire`,
        );
        assert.deepStrictEqual(
          secretsUnwrapped(await ours.remediate(request)),
          (await call(referenceOf.remediate, request)).toObject(),
          `Remediate ${r.urn}`,
        );
      }
      const request = stackRequest(stack);
      assert.deepStrictEqual(
        (await ours.analyzeStack(request)).toObject(),
        (await call(referenceOf.analyzeStack, request)).toObject(),
        "AnalyzeStack",
      );
    });
  }

  it("a policy that reads an unknown gets the advisory, not its own level (the comparison above is not vacuous)", async () => {
    const trailRequest = withUnknownProvider(analyzeRequest(trail(preview), true));
    const diagnostics = (await ours.analyze(trailRequest))
      .getDiagnosticsList()
      .map((d) => [d.getPolicyname(), d.getEnforcementlevel(), d.getMessage()]);
    assert.deepStrictEqual(
      diagnostics.find(([name, , message]) => name === "reads-props-mandatory" && String(message).startsWith("can't")),
      [
        "reads-props-mandatory",
        EnforcementLevel.ADVISORY,
        "can't run policy 'reads-props-mandatory' from policy pack 'aws-security-baseline@v0.1.0' during preview: string value at .kmsKeyId can't be known during preview",
      ],
    );
    assert.ok(
      diagnostics.some(
        ([name, level, message]) =>
          name === "reads-props-mandatory" &&
          level === EnforcementLevel.MANDATORY &&
          String(message).endsWith("reported before the unknown read"),
      ),
      "what a policy reported before reading the unknown stays",
    );
    assert.ok(
      !diagnostics.some(([, , message]) => String(message).endsWith("kmsKeyId is not a key ARN")),
      "no violation from a placeholder string",
    );
    assert.ok(
      diagnostics.some(([name, level]) => name === "configured" && level === EnforcementLevel.ADVISORY),
      "the configured policy's unknown name is advisory too",
    );
    const stackFindings = (await ours.analyzeStack(stackRequest(preview))).getDiagnosticsList().map((d) => d.getMessage());
    assert.ok(
      stackFindings.some((m) => m.includes("policy 'stack-reads-props-mandatory'") && m.includes(".kmsMasterKeyId can't be known")),
      stackFindings.join("\n"),
    );
    const remediation = (await ours.remediate(trailRequest))
      .getRemediationsList()
      .find((m) => m.getPolicyname() === "reads-props-remediate");
    assert.match(
      remediation?.getDiagnostic() ?? "",
      /^can't run remediation 'reads-props-remediate' from policy pack 'aws-security-baseline@v0\.1\.0' during preview: /,
    );
  });
});
