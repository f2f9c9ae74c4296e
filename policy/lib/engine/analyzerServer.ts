/**
 * The pack's Analyzer gRPC server: what `pulumi preview --policy-pack` starts (through
 * `run-policy-pack`, which loads the package's `main`) and talks to. It serves the same policies,
 * metadata, configuration and answers as `@pulumi/policy` 1.21.0's `PolicyPack`, at a cost that
 * does not grow with the number of policies (pulumi/pulumi `proto/pulumi/analyzer.proto`):
 * - `Analyze` calls a resource policy only for the types its validator is scoped to
 *   (`typeScope.ts`) and answers "not applicable" for the rest without decoding more of the
 *   request than its type (`analyzeCall`), with one shared answer serialised once;
 * - `AnalyzeStack` hands every stack policy the same resource list, each resource's properties
 *   deserialised on first read and then shared, so the stack index (`stackIndex.ts`) is built once
 *   per request, not once per stack policy (`@pulumi/policy` deserialises the whole stack again
 *   for each one);
 * - starting needs `@grpc/grpc-js` and the analyzer protos only: `@pulumi/policy`'s runtime loads
 *   the whole `@pulumi/pulumi` SDK (automation API included), most of a pack's start-up.
 * Policies are still written against `@pulumi/policy`'s types and run under it unchanged.
 */
import * as grpc from "@grpc/grpc-js";
import {
  EnforcementLevel,
  Policies,
  Policy,
  PolicyResource,
  PolicyResourceOptions,
  ReportViolation,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";
import * as rpc from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import * as proto from "@pulumi/pulumi/proto/analyzer_pb";
import { PluginInfo } from "@pulumi/pulumi/proto/plugin_pb";
import { BinaryReader } from "google-protobuf";
import { Empty as EmptyMessage } from "google-protobuf/google/protobuf/empty_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { markPlain, Props } from "../props";
import { scopeOf } from "./typeScope";
import { cannotRunDuringPreview, guardUnknowns, isUnknownRead } from "./unknowns";
import { wireProps, wirePropsWithSecrets, withSecrets } from "./wireProps";

/** `@pulumi/policy`'s version, reported by `GetPluginInfo` as that library's server does. */
const POLICY_SDK_VERSION = "1.21.0";
/** As `@pulumi/policy`: the engine sends whole stacks in one message. */
const MAX_MESSAGE_BYTES = 400 * 1024 * 1024;
const DEFAULT_LEVEL: EnforcementLevel = "advisory";

type Level = EnforcementLevel;
type Validator = Extract<ResourceValidationPolicy["validateResource"], (...args: never[]) => unknown>;

const LEVELS: Record<Level, proto.EnforcementLevel> = {
  advisory: proto.EnforcementLevel.ADVISORY,
  mandatory: proto.EnforcementLevel.MANDATORY,
  remediate: proto.EnforcementLevel.REMEDIATE,
  disabled: proto.EnforcementLevel.DISABLED,
};
const SEVERITIES: Record<string, proto.PolicySeverity> = {
  low: proto.PolicySeverity.POLICY_SEVERITY_LOW,
  medium: proto.PolicySeverity.POLICY_SEVERITY_MEDIUM,
  high: proto.PolicySeverity.POLICY_SEVERITY_HIGH,
  critical: proto.PolicySeverity.POLICY_SEVERITY_CRITICAL,
};

function levelOf(value: proto.EnforcementLevel): Level {
  const level = (Object.keys(LEVELS) as Level[]).find((l) => LEVELS[l] === value);
  if (!level) throw new Error(`Unknown enforcement level ${value}.`);
  return level;
}

/** As `@pulumi/policy` tells them apart: validators (all functions), or else a remediation. */
function isResourcePolicy(p: Policy): p is ResourceValidationPolicy {
  const { validateResource: v, remediateResource: r } = p as ResourceValidationPolicy;
  if (typeof v === "function") return true;
  if (Array.isArray(v)) return v.every((f) => typeof f === "function");
  return typeof r === "function";
}

function isStackPolicy(p: Policy): p is StackValidationPolicy {
  return typeof (p as StackValidationPolicy).validateStack === "function";
}

class NotApplicable extends Error {
  constructor(readonly reason: string | undefined) {
    super(reason ?? "Policy does not apply");
  }
}

function throwNotApplicable(reason?: string): never {
  throw new NotApplicable(reason);
}

interface Diagnostic {
  readonly policy: Policy;
  readonly level: Level;
  readonly message: string;
  readonly urn?: string;
}

interface PackState {
  /** Per policy: its configured level (if any) and settings, as `Configure` last sent them. */
  config: Record<string, { enforcementLevel?: Level } & Record<string, unknown>>;
  stackTags: ReadonlyMap<string, string>;
}

function grpcError(e: unknown, context: string): Error {
  return new Error(`${context}:\n${e instanceof Error ? e.stack : String(e)}`);
}

/** Options the engine sends with a resource (absent only from a Pulumi CLI too old for policies). */
function resourceOptions(options: proto.AnalyzerResourceOptions | undefined): PolicyResourceOptions {
  if (!options)
    throw new Error(
      "A more recent version of the Pulumi CLI is required. To upgrade, see https://www.pulumi.com/docs/get-started/install/",
    );
  const timeouts = options.getCustomtimeouts();
  const result: PolicyResourceOptions = {
    protect: options.getProtect(),
    ignoreChanges: options.getIgnorechangesList(),
    aliases: options.getAliasesList(),
    customTimeouts: {
      createSeconds: timeouts?.getCreate() ?? 0,
      updateSeconds: timeouts?.getUpdate() ?? 0,
      deleteSeconds: timeouts?.getDelete() ?? 0,
    },
    additionalSecretOutputs: options.getAdditionalsecretoutputsList(),
  };
  if (options.getDeletebeforereplacedefined()) result.deleteBeforeReplace = options.getDeletebeforereplace();
  if (options.getParent()) result.parent = options.getParent();
  return result;
}

/** `args.isType(aws.s3.Bucket)`: by the class's Pulumi type, or its `isInstance`. */
function isTypeOf(type: string, resourceClass: object): boolean {
  const { __pulumiType: pulumiType, isInstance } = resourceClass as { __pulumiType?: unknown; isInstance?: unknown };
  if (typeof pulumiType === "string" && pulumiType !== "") return type === pulumiType;
  return typeof isInstance === "function" && (isInstance as (o: unknown) => unknown)({ __pulumiType: type }) === true;
}

/** `isType` and `asType` of a resource of `type` whose properties `props` reads. */
function typeChecks(type: string, props: () => Record<string, unknown>): Pick<PolicyResource, "isType" | "asType"> {
  return {
    isType: (resourceClass: object) => isTypeOf(type, resourceClass),
    asType: ((resourceClass: object) => (isTypeOf(type, resourceClass) ? props() : undefined)) as unknown as PolicyResource["asType"],
  };
}

/**
 * What `@pulumi/policy` hands a resource policy; properties and options are read on first use.
 * `props` reads through `guardUnknowns` unless it is a remediation's result, which
 * `@pulumi/policy` hands the next remediation as it was returned.
 */
function resourceArgs(
  request: proto.AnalyzeRequest,
  state: PackState,
  policyName: string,
  cache: { props?: Props; guarded?: Props },
  guard = true,
): ResourceValidationArgs {
  const type = request.getType();
  const plain = (): Props => (cache.props ??= wireProps(request.getProperties()));
  const props = (): Props => (guard ? (cache.guarded ??= guardUnknowns(plain())) : plain());
  const args = {
    type,
    urn: request.getUrn(),
    name: request.getName(),
    get props(): Record<string, unknown> {
      return props();
    },
    get opts(): PolicyResourceOptions {
      return resourceOptions(request.getOptions());
    },
    stackTags: state.stackTags,
    ...typeChecks(type, props),
    getConfig: () => configOf(state, policyName),
    notApplicable: throwNotApplicable,
  };
  const provider = request.getProvider();
  if (provider) {
    Object.defineProperty(args, "provider", {
      enumerable: true,
      get: () => providerResource(provider),
    });
  }
  return args as unknown as ResourceValidationArgs;
}

/** The resource's provider, its properties guarded as `@pulumi/policy` guards them. */
function providerResource(provider: proto.AnalyzerProviderResource): NonNullable<PolicyResource["provider"]> {
  return {
    type: provider.getType(),
    urn: provider.getUrn(),
    name: provider.getName(),
    props: guardUnknowns(wireProps(provider.getProperties())),
  };
}

function configOf(state: PackState, policyName: string): Record<string, unknown> {
  const entry = state.config[policyName];
  if (!entry) return {};
  const { enforcementLevel: _level, ...settings } = entry;
  return settings;
}

/** One resource of an `AnalyzeStack` request; its properties are deserialised once, on first read. */
class WireResource implements PolicyResource {
  readonly type: string;
  readonly urn: string;
  readonly name: string;
  private propsCache?: Props;
  private dependenciesCache?: PolicyResource[];
  private propertyDependenciesCache?: Record<string, PolicyResource[]>;

  constructor(
    private readonly message: proto.AnalyzerResource,
    private readonly byUrn: ReadonlyMap<string, WireResource>,
  ) {
    this.type = message.getType();
    this.urn = message.getUrn();
    this.name = message.getName();
    ({ isType: this.isType, asType: this.asType } = typeChecks(this.type, () => this.props));
  }

  /** Guarded as `@pulumi/policy` guards them; `settleProps` reads the plain target. */
  get props(): Record<string, unknown> {
    return (this.propsCache ??= guardUnknowns(wireProps(this.message.getProperties())));
  }

  get opts(): PolicyResourceOptions {
    return resourceOptions(this.message.getOptions());
  }

  get provider(): PolicyResource["provider"] {
    const p = this.message.getProvider();
    return p ? providerResource(p) : undefined;
  }

  get parent(): PolicyResource | undefined {
    const parent = this.message.getParent();
    return parent ? this.byUrn.get(parent) : undefined;
  }

  /** Only dependencies in the stack, as `@pulumi/policy` links them. */
  get dependencies(): PolicyResource[] {
    return (this.dependenciesCache ??= this.inStack(this.message.getDependenciesList()));
  }

  get propertyDependencies(): Record<string, PolicyResource[]> {
    if (!this.propertyDependenciesCache) {
      const out: Record<string, PolicyResource[]> = {};
      this.message.getPropertydependenciesMap().forEach((deps, input) => (out[input] = this.inStack(deps.getUrnsList())));
      this.propertyDependenciesCache = out;
    }
    return this.propertyDependenciesCache;
  }

  readonly isType: PolicyResource["isType"];
  readonly asType: PolicyResource["asType"];

  private inStack(urns: readonly string[]): PolicyResource[] {
    const out: PolicyResource[] = [];
    for (const urn of urns) {
      const r = this.byUrn.get(urn);
      if (r) out.push(r);
    }
    return out;
  }
}

export interface PackDefinition {
  readonly name: string;
  readonly policies: Policies;
  /** Level of a policy that declares none (`@pulumi/policy`'s default: advisory). */
  readonly enforcementLevel?: EnforcementLevel;
  readonly description?: string;
  readonly displayName?: string;
}

/** The analyzer for one pack, independent of the transport (tests drive it in-process too). */
export class PackAnalyzer {
  private readonly state: PackState = { config: {}, stackTags: new Map() };
  private readonly packLevel: Level;
  /** One reused "not applicable" entry per resource policy, for types outside its scope. */
  private readonly outOfScope = new Map<Policy, proto.PolicyNotApplicable>();
  /**
   * The answer for a type no enabled resource policy is scoped to (most of a stack), one per set
   * of policies that said so: the same message every time, serialised once (`servePack`).
   */
  private readonly unscopedAnswers = new Map<string, proto.AnalyzeResponse>();
  private readonly shared = new WeakSet<proto.AnalyzeResponse>();

  constructor(
    private readonly pack: PackDefinition,
    private readonly version: string,
  ) {
    if (!/^[a-zA-Z0-9-_.]{1,100}$/.test(pack.name)) throw new Error(`Invalid policy pack name "${pack.name}".`);
    const names = new Set<string>();
    for (const p of pack.policies) {
      if (p.name === "all") throw new Error('Invalid policy name "all". "all" is a reserved name.');
      if (names.has(p.name)) throw new Error(`Policy name "${p.name}" is used twice.`);
      names.add(p.name);
      if (p.configSchema?.properties?.enforcementLevel || p.configSchema?.required?.includes("enforcementLevel")) {
        throw new Error(`Policy "${p.name}": enforcementLevel cannot be part of its configSchema.`);
      }
    }
    this.packLevel = pack.enforcementLevel ?? DEFAULT_LEVEL;
  }

  private level(p: Policy): Level {
    return this.state.config[p.name]?.enforcementLevel || p.enforcementLevel || this.packLevel;
  }

  info(): proto.AnalyzerInfo {
    const info = new proto.AnalyzerInfo();
    info.setName(this.pack.name);
    info.setVersion(this.version);
    info.setSupportsconfig(true);
    if (this.pack.displayName) info.setDisplayname(this.pack.displayName);
    if (this.pack.description) info.setDescription(this.pack.description);
    info.setPoliciesList(
      this.pack.policies.map((p) => {
        const policy = new proto.PolicyInfo();
        if (isResourcePolicy(p)) policy.setPolicyType(proto.PolicyType.POLICY_TYPE_RESOURCE);
        else if (isStackPolicy(p)) policy.setPolicyType(proto.PolicyType.POLICY_TYPE_STACK);
        policy.setName(p.name);
        policy.setDescription(p.description);
        policy.setEnforcementlevel(LEVELS[p.enforcementLevel || this.packLevel]);
        if (p.configSchema) {
          const schema = new proto.PolicyConfigSchema();
          schema.setProperties(Struct.fromJavaScript(p.configSchema.properties as Parameters<typeof Struct.fromJavaScript>[0]));
          if (p.configSchema.required) schema.setRequiredList(p.configSchema.required);
          policy.setConfigschema(schema);
        }
        if (p.displayName) policy.setDisplayname(p.displayName);
        if (p.severity) policy.setSeverity(SEVERITIES[p.severity] ?? proto.PolicySeverity.POLICY_SEVERITY_UNSPECIFIED);
        if (p.framework) {
          const framework = new proto.PolicyComplianceFramework();
          if (p.framework.name) framework.setName(p.framework.name);
          if (p.framework.version) framework.setVersion(p.framework.version);
          if (p.framework.reference) framework.setReference(p.framework.reference);
          if (p.framework.specification) framework.setSpecification(p.framework.specification);
          policy.setFramework(framework);
        }
        if (p.tags) policy.setTagsList(p.tags);
        if (p.remediationSteps) policy.setRemediationSteps(p.remediationSteps);
        if (p.url) policy.setUrl(p.url);
        return policy;
      }),
    );
    return info;
  }

  configure(request: proto.ConfigureAnalyzerRequest): void {
    const config: PackState["config"] = {};
    request.getPolicyconfigMap().forEach((entry, name) => {
      const settings = (entry.getProperties()?.toJavaScript() ?? {}) as Record<string, unknown>;
      config[name] = { ...settings, enforcementLevel: levelOf(entry.getEnforcementlevel()) };
    });
    this.state.config = config;
  }

  configureStack(request: proto.AnalyzerStackConfigureRequest): void {
    const tags = new Map<string, string>();
    request.getTagsMap().forEach((value, key) => tags.set(key, value));
    this.state.stackTags = tags;
  }

  async analyze(call: proto.AnalyzeRequest | AnalyzeCall): Promise<proto.AnalyzeResponse> {
    const type = call instanceof proto.AnalyzeRequest ? call.getType() : call.type;
    const decoded = (): proto.AnalyzeRequest => (call instanceof proto.AnalyzeRequest ? call : call.request());
    const diagnostics: Diagnostic[] = [];
    const notApplicable: proto.PolicyNotApplicable[] = [];
    const cache: { props?: Props; guarded?: Props } = {};
    let called = false;
    for (const p of this.pack.policies) {
      let level = this.level(p);
      if (level === "disabled" || !isResourcePolicy(p)) continue;
      if (!p.validateResource) {
        notApplicable.push(notApplicableEntry(p.name, "Policy does not implement validateResource"));
        continue;
      }
      if (level === "remediate") level = "mandatory"; // still violating after remediation
      const validators: Validator[] = Array.isArray(p.validateResource) ? p.validateResource : [p.validateResource];
      const scope = validators.length === 1 ? scopeOf(validators[0]) : undefined;
      if (scope && !scope.types.has(type)) {
        notApplicable.push(this.outOfScopeEntry(p, scope.reason));
        continue;
      }
      const report = this.reporter(p, level, diagnostics);
      called = true;
      for (const validate of validators) {
        try {
          await validate(resourceArgs(decoded(), this.state, p.name, cache), report);
        } catch (e) {
          if (isUnknownRead(e)) diagnostics.push(this.cannotRun(p, e));
          else if (e instanceof NotApplicable) notApplicable.push(notApplicableEntry(p.name, e.reason));
          else throw grpcError(e, `Error validating resource with ${this.policyFrom(p)}`);
        }
      }
    }
    if (called) return this.response(diagnostics, notApplicable);
    const key = notApplicable.map((entry) => entry.getPolicyName()).join("\n");
    let answer = this.unscopedAnswers.get(key);
    if (!answer) {
      answer = this.response([], notApplicable);
      this.unscopedAnswers.set(key, answer);
      this.shared.add(answer);
    }
    return answer;
  }

  /** Whether `analyze` hands this same response to many requests (it is never changed). */
  isShared(response: proto.AnalyzeResponse): boolean {
    return this.shared.has(response);
  }

  async analyzeStack(request: proto.AnalyzeStackRequest): Promise<proto.AnalyzeResponse> {
    const byUrn = new Map<string, WireResource>();
    const resources: PolicyResource[] = request.getResourcesList().map((message) => {
      const r = new WireResource(message, byUrn);
      byUrn.set(r.urn, r);
      return r;
    });
    const diagnostics: Diagnostic[] = [];
    const notApplicable: proto.PolicyNotApplicable[] = [];
    for (const p of this.pack.policies) {
      let level = this.level(p);
      if (level === "disabled" || !isStackPolicy(p)) continue;
      if (level === "remediate") level = "mandatory"; // stack policies cannot remediate
      const scope = scopeOf(p.validateStack);
      if (scope && !resources.some((r) => scope.types.has(r.type))) {
        notApplicable.push(notApplicableEntry(p.name, scope.reason));
        continue;
      }
      // Every stack policy gets the same list: what it derives from it (the stack index) is shared.
      const args: StackValidationArgs = {
        resources,
        getConfig: <T extends object>() => configOf(this.state, p.name) as T,
        stackTags: this.state.stackTags,
        notApplicable: throwNotApplicable,
      };
      try {
        await p.validateStack(args, this.reporter(p, level, diagnostics));
      } catch (e) {
        if (isUnknownRead(e)) diagnostics.push(this.cannotRun(p, e));
        else if (e instanceof NotApplicable) notApplicable.push(notApplicableEntry(p.name, e.reason));
        else throw grpcError(e, `Error validating resource with ${this.policyFrom(p)}`);
      }
    }
    return this.response(diagnostics, notApplicable);
  }

  async remediate(request: proto.AnalyzeRequest): Promise<proto.RemediateResponse> {
    const remediations: proto.Remediation[] = [];
    const notApplicable: proto.PolicyNotApplicable[] = [];
    // Read only when some policy remediates: the engine asks every resource.
    let wire: ReturnType<typeof wirePropsWithSecrets> | undefined;
    const read = () => (wire ??= wirePropsWithSecrets(request.getProperties()));
    let current: Props | undefined;
    for (const p of this.pack.policies) {
      if (this.level(p) !== "remediate" || !isResourcePolicy(p)) continue;
      if (!p.remediateResource) {
        notApplicable.push(notApplicableEntry(p.name, "Policy does not implement remediateResource"));
        continue;
      }
      const scope = scopeOf(p.remediateResource);
      if (scope && !scope.types.has(request.getType())) {
        notApplicable.push(notApplicableEntry(p.name, scope.reason));
        continue;
      }
      const remediation = new proto.Remediation();
      remediation.setPolicyname(p.name);
      remediation.setPolicypackname(this.pack.name);
      remediation.setPolicypackversion(this.version);
      remediation.setDescription(p.description);
      try {
        // The first remediation reads the request's properties guarded; a later one reads the
        // previous one's result as it was returned, as `@pulumi/policy` chains them.
        const args = resourceArgs(request, this.state, p.name, { props: current ?? read().props }, current === undefined);
        const result = await p.remediateResource(args);
        if (!result) continue;
        current = markPlain(JSON.parse(JSON.stringify(result)) as Props);
        // Unlike `@pulumi/policy` 1.21.0, whose proxy unwraps secrets into the returned copy, a
        // property that was secret stays secret (or the engine would store it in plain text).
        remediation.setProperties(
          Struct.fromJavaScript(withSecrets(current, read().secretKeys) as Parameters<typeof Struct.fromJavaScript>[0]),
        );
        remediations.push(remediation);
      } catch (e) {
        const what = `remediation '${p.name}' from policy pack '${this.pack.name}@v${this.version}'`;
        if (isUnknownRead(e)) remediations.push(remediation.setDiagnostic(cannotRunDuringPreview(what, e)));
        else if (e instanceof NotApplicable) notApplicable.push(notApplicableEntry(p.name, e.reason));
        else throw grpcError(e, `Error remediating resource with ${what}`);
      }
    }
    const response = new proto.RemediateResponse();
    response.setRemediationsList(remediations);
    if (notApplicable.length > 0) response.setNotApplicableList(notApplicable);
    return response;
  }

  /** What `@pulumi/policy` reports for a policy that read an unknown: advisory, whatever the policy's level. */
  private cannotRun(p: Policy, e: Error): Diagnostic {
    return { policy: p, level: "advisory", message: cannotRunDuringPreview(this.policyFrom(p), e) };
  }

  private policyFrom(p: Policy): string {
    return `policy '${p.name}' from policy pack '${this.pack.name}@v${this.version}'`;
  }

  private outOfScopeEntry(p: Policy, reason: string): proto.PolicyNotApplicable {
    let entry = this.outOfScope.get(p);
    if (!entry) {
      entry = notApplicableEntry(p.name, reason);
      this.outOfScope.set(p, entry);
    }
    return entry;
  }

  /** `reportViolation` as `@pulumi/policy` defines it: the description, then the message on its own line. */
  private reporter(p: Policy, level: Level, out: Diagnostic[]): ReportViolation {
    return (message: string, urn?: string) => {
      out.push({ policy: p, level, message: message ? `${p.description}\n${message}` : p.description, urn });
    };
  }

  private response(diagnostics: readonly Diagnostic[], notApplicable: proto.PolicyNotApplicable[]): proto.AnalyzeResponse {
    const response = new proto.AnalyzeResponse();
    response.setDiagnosticsList(
      diagnostics.map((d) => {
        const diagnostic = new proto.AnalyzeDiagnostic();
        diagnostic.setPolicyname(d.policy.name);
        diagnostic.setPolicypackname(this.pack.name);
        diagnostic.setPolicypackversion(this.version);
        diagnostic.setDescription(d.policy.description);
        diagnostic.setMessage(d.message);
        diagnostic.setEnforcementlevel(LEVELS[d.level]);
        if (d.urn) diagnostic.setUrn(d.urn);
        if (d.policy.severity) diagnostic.setSeverity(SEVERITIES[d.policy.severity] ?? proto.PolicySeverity.POLICY_SEVERITY_UNSPECIFIED);
        return diagnostic;
      }),
    );
    if (notApplicable.length > 0) response.setNotApplicableList(notApplicable);
    return response;
  }
}

function notApplicableEntry(policyName: string, reason: string | undefined): proto.PolicyNotApplicable {
  const entry = new proto.PolicyNotApplicable();
  entry.setPolicyName(policyName);
  if (reason) entry.setReason(reason);
  return entry;
}

/**
 * An `Analyze` request as it comes off the wire: its type read first (field 1 of
 * `pulumirpc.AnalyzeRequest`), the rest, properties included, decoded only if a policy is
 * scoped to that type. Most of a stack's resources are answered without being decoded.
 */
export interface AnalyzeCall {
  readonly type: string;
  request(): proto.AnalyzeRequest;
}

const TYPE_FIELD = 1;

export function analyzeCall(bytes: Buffer): AnalyzeCall {
  let type = "";
  const reader = new BinaryReader(bytes);
  while (reader.nextField() && !reader.isEndGroup()) {
    if (reader.getFieldNumber() === TYPE_FIELD) type = reader.readString();
    else reader.skipField();
  }
  let request: proto.AnalyzeRequest | undefined;
  return { type, request: () => (request ??= proto.AnalyzeRequest.deserializeBinary(bytes)) };
}

function unary<Req, Res>(handle: (request: Req) => Res | Promise<Res>): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    Promise.resolve()
      .then(() => handle(call.request))
      .then(
        (response) => callback(null, response),
        (e: unknown) => callback(e instanceof Error ? e : new Error(String(e))),
      );
  };
}

/**
 * Serves the pack on 127.0.0.1 and prints the port on stdout, which is how the engine finds it.
 * The version is the `version` of `package.json` in the working directory (the pack's folder).
 */
export function servePack(pack: PackDefinition): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const version: unknown = (require(`${process.cwd()}/package.json`) as { version?: unknown }).version;
  if (typeof version !== "string" || version === "") throw new Error("Version must be defined in the package.json file.");
  const analyzer = new PackAnalyzer(pack, version);
  const server = new grpc.Server({ "grpc.max_receive_message_length": MAX_MESSAGE_BYTES });
  // The engine checks for `Empty` from the google-protobuf copy the service definition uses.
  const Empty = (rpc.AnalyzerService.configure as { responseType?: typeof EmptyMessage }).responseType ?? EmptyMessage;
  // A shared answer is serialised once; grpc-js copies the bytes into each reply's frame.
  const analyzeMethod = rpc.AnalyzerService.analyze;
  const serialised = new WeakMap<proto.AnalyzeResponse, Buffer>();
  const serialize = (response: proto.AnalyzeResponse): Buffer => {
    if (!analyzer.isShared(response)) return analyzeMethod.responseSerialize(response);
    let bytes = serialised.get(response);
    if (!bytes) {
      bytes = analyzeMethod.responseSerialize(response);
      serialised.set(response, bytes);
    }
    return bytes;
  };
  server.addService(
    { ...rpc.AnalyzerService, analyze: { ...analyzeMethod, requestDeserialize: analyzeCall, responseSerialize: serialize } },
    {
      analyze: unary((r: AnalyzeCall) => analyzer.analyze(r)),
      analyzeStack: unary((r: proto.AnalyzeStackRequest) => analyzer.analyzeStack(r)),
      remediate: unary((r: proto.AnalyzeRequest) => analyzer.remediate(r)),
      getAnalyzerInfo: unary(() => analyzer.info()),
      getPluginInfo: unary(() => new PluginInfo().setVersion(POLICY_SDK_VERSION)),
      configure: unary((r: proto.ConfigureAnalyzerRequest) => {
        analyzer.configure(r);
        return new Empty();
      }),
      configureStack: unary((r: proto.AnalyzerStackConfigureRequest) => {
        analyzer.configureStack(r);
        return new proto.AnalyzerStackConfigureResponse();
      }),
    },
  );
  server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, port) => {
    if (err) {
      console.error(err);
      process.exitCode = 1;
      return;
    }
    console.log(port.toString());
  });
}
