/**
 * Drives the policy pack exactly as the Pulumi engine does: start it as a Node process in its
 * own folder, read the gRPC port it prints, then call the Analyzer service (GetAnalyzerInfo,
 * Configure, Analyze per resource, AnalyzeStack). The audit command, the plan tools, the
 * integration test and the benchmark all go through this one module.
 */
import { ChildProcess } from "child_process";
import * as grpc from "@grpc/grpc-js";
import { AnalyzerClient } from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import {
  AnalyzeDiagnostic,
  AnalyzeRequest,
  AnalyzeResponse,
  AnalyzerInfo,
  AnalyzerPropertyDependencies,
  AnalyzerResource,
  AnalyzerResourceOptions,
  AnalyzeStackRequest,
  ConfigureAnalyzerRequest,
  EnforcementLevel,
  PolicyConfig,
} from "@pulumi/pulumi/proto/analyzer_pb";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { launchPack, PackError, PackLaunch, StartOptions } from "./packLaunch";

export { PackError, POLICY_DIR, ROOT_DIR } from "./packLaunch";
export type { StartOptions } from "./packLaunch";

/** One resource to analyse: what a plan, a stack export or a preview gives. */
export interface PackResource {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  readonly parent?: string | null;
  /** What `Analyze` sees: the resource's inputs (the engine sends its goal state). */
  readonly inputs: Readonly<Record<string, unknown>>;
  /**
   * What `AnalyzeStack` sees: the resource's outputs, as the engine sends them (after an update,
   * what the provider read back from AWS; at preview, the planned outputs with provider-computed
   * values unknown). Absent (a plan of inputs only): the inputs.
   */
  readonly outputs?: Readonly<Record<string, unknown>>;
  /** Input name -> URNs that input's value came from (the stack checks join on these). */
  readonly propertyDependencies?: Readonly<Record<string, readonly string[]>>;
  readonly dependencies?: readonly string[];
}

export type EnforcementLevelName = "advisory" | "mandatory" | "remediate" | "disabled";

export interface Violation {
  readonly policy: string;
  readonly urn: string;
  readonly enforcementLevel: EnforcementLevelName;
  readonly message: string;
}

/** `--policy-pack-config` contents: policy name -> level, or `{ enforcementLevel?, ...props }`. */
export type PolicyPackConfig = Readonly<Record<string, EnforcementLevelName | Readonly<Record<string, unknown>>>>;

const LEVEL_NAMES: Record<EnforcementLevel, EnforcementLevelName> = {
  [EnforcementLevel.ADVISORY]: "advisory",
  [EnforcementLevel.MANDATORY]: "mandatory",
  [EnforcementLevel.DISABLED]: "disabled",
  [EnforcementLevel.REMEDIATE]: "remediate",
};
const LEVEL_VALUES: Record<EnforcementLevelName, EnforcementLevel> = {
  advisory: EnforcementLevel.ADVISORY,
  mandatory: EnforcementLevel.MANDATORY,
  disabled: EnforcementLevel.DISABLED,
  remediate: EnforcementLevel.REMEDIATE,
};

export interface ReconciledPolicyConfig {
  readonly enforcementLevel: EnforcementLevelName;
  readonly properties: Readonly<Record<string, unknown>>;
}

/**
 * What the engine makes of a `--policy-pack-config` file before it calls Configure
 * (pulumi/pulumi pkg/resource/analyzer/config.go, ReconcilePolicyPackConfig and applyConfig):
 * every policy starts at its own level with its schema's defaults; `all` then sets every
 * policy's level; each entry then sets its policy's level only if it names one (an entry with
 * settings alone keeps the level) and its settings over the defaults.
 */
export function reconcilePolicyConfig(config: PolicyPackConfig, info: AnalyzerInfo): Record<string, ReconciledPolicyConfig> {
  const result: Record<string, ReconciledPolicyConfig> = {};
  for (const policy of info.getPoliciesList()) {
    const schema = (policy.getConfigschema()?.getProperties()?.toJavaScript() ?? {}) as Record<string, { default?: unknown } | undefined>;
    const defaults = Object.fromEntries(
      Object.entries(schema)
        .filter(([, s]) => s?.default !== undefined)
        .map(([k, s]) => [k, s!.default]),
    );
    result[policy.getName()] = { enforcementLevel: LEVEL_NAMES[policy.getEnforcementlevel()] ?? "advisory", properties: defaults };
  }
  const entries = Object.entries(config).map(
    ([name, value]): [string, { enforcementLevel?: EnforcementLevelName; properties: Record<string, unknown> }] => {
      if (typeof value === "string") return [name, { enforcementLevel: value, properties: {} }];
      const { enforcementLevel, ...properties } = value as Record<string, unknown>;
      return [name, { enforcementLevel: enforcementLevel as EnforcementLevelName | undefined, properties }];
    },
  );
  const all = entries.find(([name]) => name === "all")?.[1].enforcementLevel;
  if (all) for (const name of Object.keys(result)) result[name] = { ...result[name], enforcementLevel: all };
  for (const [name, given] of entries) {
    if (name === "all" || !result[name]) continue;
    result[name] = {
      enforcementLevel: given.enforcementLevel ?? result[name].enforcementLevel,
      properties: { ...result[name].properties, ...given.properties },
    };
  }
  return result;
}

const ANALYZE_CONCURRENCY = 64;

function unary<Req, Res>(call: (req: Req, cb: (err: grpc.ServiceError | null, res: Res) => void) => unknown, req: Req): Promise<Res> {
  return new Promise((resolve, reject) => {
    call(req, (err, res) => (err ? reject(new PackError(`policy pack call failed: ${err.details || err.message}`)) : resolve(res)));
  });
}

/** Struct.fromJavaScript rejects `undefined`; the engine drops absent properties the same way. */
function toStruct(value: Readonly<Record<string, unknown>>): Struct {
  return Struct.fromJavaScript(JSON.parse(JSON.stringify(value)) as Record<string, never>);
}

/** `@pulumi/policy` prefixes each message with the policy's description line; the report shows it once per policy. */
function violationMessage(d: AnalyzeDiagnostic): string {
  const prefix = `${d.getDescription()}\n`;
  return d.getMessage().startsWith(prefix) ? d.getMessage().slice(prefix.length) : d.getMessage();
}

function diagnostics(response: AnalyzeResponse, fallbackUrn: string): Violation[] {
  return response.getDiagnosticsList().map((d: AnalyzeDiagnostic) => ({
    policy: d.getPolicyname(),
    urn: d.getUrn() || fallbackUrn,
    enforcementLevel: LEVEL_NAMES[d.getEnforcementlevel()] ?? "advisory",
    message: violationMessage(d),
  }));
}

export class PolicyPackProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly client: AnalyzerClient,
    readonly port: number,
    /** Stops the process (however the tool ends, the cleanup hook does too). */
    private readonly stop: () => void,
  ) {}

  static start(options: StartOptions = {}): Promise<PolicyPackProcess> {
    return PolicyPackProcess.connect(launchPack(options));
  }

  /** Connects to a pack started with `launchPack` once it prints its port. */
  static async connect(launch: PackLaunch): Promise<PolicyPackProcess> {
    const port = await launch.port;
    const client = new AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
      "grpc.max_receive_message_length": 400 * 1024 * 1024,
      "grpc.max_send_message_length": 400 * 1024 * 1024,
    });
    return new PolicyPackProcess(launch.child, client, port, launch.stop);
  }

  /** The pack process's id (for memory measurements). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  getAnalyzerInfo(): Promise<AnalyzerInfo> {
    return unary((r, cb) => this.client.getAnalyzerInfo(r, cb), new Empty());
  }

  /**
   * Configure as the engine does: the config file is first reconciled with the pack's own
   * metadata (`reconcilePolicyConfig`), so every policy is sent with a level.
   */
  async configure(config: PolicyPackConfig): Promise<void> {
    const request = new ConfigureAnalyzerRequest();
    for (const [policy, { enforcementLevel, properties }] of Object.entries(reconcilePolicyConfig(config, await this.getAnalyzerInfo()))) {
      const entry = new PolicyConfig();
      entry.setEnforcementlevel(LEVEL_VALUES[enforcementLevel]);
      entry.setProperties(toStruct(properties));
      request.getPolicyconfigMap().set(policy, entry);
    }
    await unary((r, cb) => this.client.configure(r, cb), request);
  }

  /** Analyze one resource's inputs, as the engine does before it creates or updates it. */
  async analyze(resource: PackResource): Promise<Violation[]> {
    const request = new AnalyzeRequest();
    request.setUrn(resource.urn);
    request.setType(resource.type);
    request.setName(resource.name);
    request.setProperties(toStruct(resource.inputs));
    // Without options the pack answers that a newer Pulumi CLI is required.
    const options = new AnalyzerResourceOptions();
    if (resource.parent) options.setParent(resource.parent);
    request.setOptions(options);
    return diagnostics(await unary((r, cb) => this.client.analyze(r, cb), request), resource.urn);
  }

  /** Analyze the whole stack, as the engine does at the end of a preview or update. */
  async analyzeStack(resources: readonly PackResource[]): Promise<Violation[]> {
    const request = new AnalyzeStackRequest();
    request.setResourcesList(
      resources.map((resource) => {
        const message = new AnalyzerResource();
        message.setUrn(resource.urn);
        message.setType(resource.type);
        message.setName(resource.name);
        message.setProperties(toStruct(resource.outputs ?? resource.inputs));
        const options = new AnalyzerResourceOptions();
        if (resource.parent) {
          options.setParent(resource.parent);
          message.setParent(resource.parent);
        }
        message.setOptions(options);
        message.setDependenciesList([...(resource.dependencies ?? [])]);
        for (const [input, urns] of Object.entries(resource.propertyDependencies ?? {})) {
          const deps = new AnalyzerPropertyDependencies();
          deps.setUrnsList([...urns]);
          message.getPropertydependenciesMap().set(input, deps);
        }
        return message;
      }),
    );
    return diagnostics(await unary((r, cb) => this.client.analyzeStack(r, cb), request), "");
  }

  /**
   * Every resource through `Analyze`, the whole list through `AnalyzeStack`. With
   * `analyzeTypes`, `Analyze` goes only to resources of those types: the engine sends every
   * resource, but a resource policy's answer for any other type is "not applicable", so an
   * audit of thousands of unrelated resources need not pay their round trips. With `stackTypes`,
   * `AnalyzeStack` gets only resources of those types (the stack policies read no others). Analyze and
   * AnalyzeStack run concurrently (they are independent); Analyze calls are kept to a bounded
   * number in flight: thousands of simultaneous calls measured slower than 64.
   */
  async analyzeAll(
    resources: readonly PackResource[],
    analyzeTypes?: ReadonlySet<string>,
    stackTypes?: ReadonlySet<string>,
  ): Promise<Violation[]> {
    const analyzed = analyzeTypes ? resources.filter((r) => analyzeTypes.has(r.type)) : resources;
    const stacked = stackTypes ? resources.filter((r) => stackTypes.has(r.type)) : resources;
    const perResource: Violation[][] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < analyzed.length) {
        const i = next++;
        perResource[i] = await this.analyze(analyzed[i]);
      }
    };
    const [, stack] = await Promise.all([Promise.all(Array.from({ length: ANALYZE_CONCURRENCY }, worker)), this.analyzeStack(stacked)]);
    return sortViolations([...perResource.flat(), ...stack]);
  }

  close(): void {
    this.client.close();
    this.stop();
  }
}

export function sortViolations(violations: readonly Violation[]): Violation[] {
  const key = (v: Violation): string => `${v.urn}\u0000${v.policy}\u0000${v.message}`;
  return [...violations].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
