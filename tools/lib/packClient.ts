/**
 * Drives the policy pack exactly as the Pulumi engine does: start it as a Node process in its
 * own folder, read the gRPC port it prints, then call the Analyzer service (GetAnalyzerInfo,
 * Configure, Analyze per resource, AnalyzeStack). The audit command, the plan tools, the
 * integration test and the benchmark all go through this one module.
 */
import { ChildProcess, spawn } from "child_process";
import * as path from "path";
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
import { onCleanup } from "./cli";

export const ROOT_DIR = path.resolve(__dirname, "..", "..");
export const POLICY_DIR = path.join(ROOT_DIR, "policy");

/** One resource to analyse: what a plan, a stack export or a preview gives. */
export interface PackResource {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  readonly parent?: string | null;
  readonly inputs: Readonly<Record<string, unknown>>;
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

export interface StartOptions {
  readonly policyDir?: string;
  /**
   * "engine": `run-policy-pack` with ts-node type-checking, what `pulumi preview` runs.
   * "transpile-only": the same `new PolicyPack(...)` program under ts-node transpile-only,
   * about 3x faster to start (the pack is type-checked by `npm test` instead).
   */
  readonly launcher?: "engine" | "transpile-only";
  /** Entry file for the transpile-only launcher (default `index.ts`). */
  readonly program?: string;
  /** Milliseconds to wait for the port. */
  readonly startTimeoutMs?: number;
}

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

export class PackError extends Error {}

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
    private readonly forgetCleanup: () => void,
  ) {}

  static async start(options: StartOptions = {}): Promise<PolicyPackProcess> {
    const policyDir = options.policyDir ?? POLICY_DIR;
    const args =
      options.launcher === "engine"
        ? // The engine passes its own address first; the pack does not dial it back.
          [path.join(ROOT_DIR, "node_modules/@pulumi/pulumi/cmd/run-policy-pack"), "127.0.0.1:0", "."]
        : ["-r", require.resolve("ts-node/register/transpile-only"), options.program ?? "index.ts"];
    const child = spawn(process.execPath, args, { cwd: policyDir, stdio: ["ignore", "pipe", "pipe"] });
    // However this process ends (closed pipe, signal, error, process.exit), the pack ends with it.
    const forgetCleanup = onCleanup(() => child.kill());
    const port = await new Promise<number>((resolve, reject) => {
      let stdout = "";
      let stderr = "";
      const timer = setTimeout(() => fail(`no port within ${options.startTimeoutMs ?? 60000} ms`), options.startTimeoutMs ?? 60000);
      const fail = (why: string): void => {
        clearTimeout(timer);
        child.kill();
        forgetCleanup();
        reject(new PackError(`policy pack in ${policyDir} did not start: ${why}${stderr ? `\n${stderr.trim()}` : ""}`));
      };
      child.stdout!.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /^(\d+)\s*$/m.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      child.on("exit", (code) => fail(`exited with code ${code}`));
      child.on("error", (e) => fail(e.message));
    });
    child.removeAllListeners("exit");
    const client = new AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
      "grpc.max_receive_message_length": 400 * 1024 * 1024,
      "grpc.max_send_message_length": 400 * 1024 * 1024,
    });
    return new PolicyPackProcess(child, client, port, forgetCleanup);
  }

  /** The pack process's id (for memory measurements). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  getAnalyzerInfo(): Promise<AnalyzerInfo> {
    return unary((r, cb) => this.client.getAnalyzerInfo(r, cb), new Empty());
  }

  async configure(config: PolicyPackConfig): Promise<void> {
    const request = new ConfigureAnalyzerRequest();
    for (const [policy, value] of Object.entries(config)) {
      const entry = new PolicyConfig();
      const { enforcementLevel, ...properties } = typeof value === "string" ? { enforcementLevel: value } : (value as Record<string, unknown>);
      if (typeof enforcementLevel === "string") entry.setEnforcementlevel(LEVEL_VALUES[enforcementLevel as EnforcementLevelName]);
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
        message.setProperties(toStruct(resource.inputs));
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
   * Every resource through Analyze and the stack through AnalyzeStack, concurrently (they are
   * independent). Analyze calls are kept to a bounded number in flight: thousands of
   * simultaneous calls measured slower than 64 (HTTP/2 stream and memory pressure).
   */
  /**
   * Every resource through `Analyze`, the whole list through `AnalyzeStack`. With
   * `analyzeTypes`, `Analyze` goes only to resources of those types: the engine sends every
   * resource, but a resource policy's answer for any other type is "not applicable", so an
   * audit of thousands of unrelated resources need not pay their round trips.
   */
  async analyzeAll(resources: readonly PackResource[], analyzeTypes?: ReadonlySet<string>): Promise<Violation[]> {
    const analyzed = analyzeTypes ? resources.filter((r) => analyzeTypes.has(r.type)) : resources;
    const perResource: Violation[][] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < analyzed.length) {
        const i = next++;
        perResource[i] = await this.analyze(analyzed[i]);
      }
    };
    const [, stack] = await Promise.all([Promise.all(Array.from({ length: ANALYZE_CONCURRENCY }, worker)), this.analyzeStack(resources)]);
    return sortViolations([...perResource.flat(), ...stack]);
  }

  close(): void {
    this.client.close();
    this.child.kill();
    this.forgetCleanup();
  }
}

export function sortViolations(violations: readonly Violation[]): Violation[] {
  const key = (v: Violation): string => `${v.urn}\u0000${v.policy}\u0000${v.message}`;
  return [...violations].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export interface AnalyzeOptions extends StartOptions {
  readonly config?: PolicyPackConfig;
  /** Send `Analyze` only for these types (see `analyzeAll`). Default: every resource, as the engine does. */
  readonly analyzeTypes?: ReadonlySet<string>;
}

/**
 * Runs the pack over resources (planned, exported or previewed) and returns its violations,
 * sorted by URN, policy and message. Starts and stops one pack process per call.
 */
export async function analyzeResources(resources: readonly PackResource[], options: AnalyzeOptions = {}): Promise<Violation[]> {
  const pack = await PolicyPackProcess.start(options);
  try {
    if (options.config) await pack.configure(options.config);
    return await pack.analyzeAll(resources, options.analyzeTypes);
  } finally {
    pack.close();
  }
}
