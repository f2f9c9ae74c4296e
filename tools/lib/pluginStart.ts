/**
 * Starts the component plugin as the Pulumi CLI does, `node @pulumi/pulumi/cmd/run-plugin <plugin
 * folder> <engine address>` (the nodejs language host's RunPlugin, pulumi/pulumi v3.248.0
 * sdk/nodejs/cmd/pulumi-language-nodejs/main.go: run-plugin, then the program directory, then
 * the arguments), then asks it what `pulumi package add` and `pulumi up` ask: GetSchema, and
 * Construct of one MonitoringBaseline against a local engine and monitor (pluginHost.ts).
 * Reports how long each answer took from the spawn. The child is stopped however this ends.
 */
import { ChildProcess, spawn } from "child_process";
import * as grpc from "@grpc/grpc-js";
import { ResourceProviderClient } from "@pulumi/pulumi/proto/provider_grpc_pb";
import { ConstructRequest, ConstructResponse, GetSchemaRequest, GetSchemaResponse } from "@pulumi/pulumi/proto/provider_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { onCleanup } from "./cli";
import { startPluginHost } from "./pluginHost";

export const MONITORING_BASELINE_TOKEN = "baseline:index:MonitoringBaseline";

export interface PluginStartOptions {
  /** The `@pulumi/pulumi/cmd/run-plugin` folder to start it with (the plugin's own @pulumi/pulumi). */
  readonly runPlugin: string;
  /** The folder run-plugin loads (its package.json `main`). */
  readonly pluginDir: string;
  /** Where the CLI starts it: the program's folder, whose tsconfig.json run-plugin's ts-node reads. */
  readonly cwd: string;
  /** MonitoringBaseline's arguments for the Construct call. */
  readonly args: Readonly<Record<string, unknown>>;
  readonly env?: NodeJS.ProcessEnv;
  /** Give up after this long (default 120 s). */
  readonly timeoutMs?: number;
}

export interface PluginStart {
  /** Spawn to the GetSchema answer. */
  readonly schemaMs: number;
  /** Spawn to the first Construct answer. */
  readonly constructMs: number;
  readonly schema: string;
  /** What the Construct answered: the component's URN and its outputs' names. */
  readonly urn: string;
  readonly outputs: readonly string[];
  /** How many resources the component registered. */
  readonly resources: number;
}

function firstLine(child: ChildProcess, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^(\d+)\s*$/m.exec(stdout);
      if (match) resolve(match[1]);
    });
    child.stderr?.on("data", (chunk: Buffer) => void (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      reject(
        new Error(
          `${what} exited (${signal ?? code}) before printing its port: ${(stderr || stdout).trim().split("\n").slice(-5).join(" / ")}`,
        ),
      ),
    );
  });
}

function unary<Req, Res>(call: (req: Req, callback: (err: grpc.ServiceError | null, res: Res) => void) => unknown, req: Req): Promise<Res> {
  return new Promise((resolve, reject) => call(req, (err, res) => (err ? reject(err) : resolve(res))));
}

export async function timePluginStart(options: PluginStartOptions): Promise<PluginStart> {
  const host = await startPluginHost("plugin-start", "dev");
  const started = performance.now();
  const child = spawn(process.execPath, [options.runPlugin, options.pluginDir, host.address], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const forget = onCleanup(() => child.kill());
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the plugin did not answer within ${(options.timeoutMs ?? 120_000) / 1000} s`)),
      options.timeoutMs ?? 120_000,
    );
  });
  let client: ResourceProviderClient | undefined;
  try {
    return await Promise.race([
      timeout,
      (async (): Promise<PluginStart> => {
        const port = await firstLine(child, "the plugin");
        client = new ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
        const schema = await unary<GetSchemaRequest, GetSchemaResponse>(client.getSchema.bind(client), new GetSchemaRequest());
        const schemaMs = performance.now() - started;
        const request = new ConstructRequest()
          .setProject("plugin-start")
          .setStack("dev")
          .setDryrun(true)
          .setParallel(16)
          .setMonitorendpoint(host.address)
          .setType(MONITORING_BASELINE_TOKEN)
          .setName("baseline")
          .setInputs(Struct.fromJavaScript(options.args as Record<string, never>));
        const constructed = await unary<ConstructRequest, ConstructResponse>(client.construct.bind(client), request);
        return {
          schemaMs: Math.round(schemaMs),
          constructMs: Math.round(performance.now() - started),
          schema: schema.getSchema(),
          urn: constructed.getUrn(),
          outputs: Object.keys(constructed.getState()?.toJavaScript() ?? {}).sort(),
          resources: host.registered.length,
        };
      })(),
    ]);
  } finally {
    clearTimeout(timer);
    client?.close();
    child.kill();
    forget();
    await host.close();
  }
}
