/**
 * What the Pulumi engine is to a component plugin while it constructs, in one local gRPC server:
 * the Engine service (logging, the root resource) and a ResourceMonitor that answers every
 * registration with the inputs it was sent, as Pulumi's own mocks do
 * (@pulumi/pulumi runtime/mocks.js, MockMonitor), and `getCallerIdentity` with AWS's
 * documentation account. Used to start the plugin as `pulumi up` does and time it (bench), and to
 * check a packed install answers (tests).
 *
 * The plugin connects to both: its first argument is the engine's address, and the Construct
 * request names the monitor's (@pulumi/pulumi provider/server.js, `configureRuntime`).
 */
import * as grpc from "@grpc/grpc-js";
import { EngineService } from "@pulumi/pulumi/proto/engine_grpc_pb";
import { GetRootResourceResponse, SetRootResourceResponse } from "@pulumi/pulumi/proto/engine_pb";
import { InvokeResponse } from "@pulumi/pulumi/proto/provider_pb";
import { ResourceMonitorService } from "@pulumi/pulumi/proto/resource_grpc_pb";
import {
  RegisterPackageResponse,
  RegisterResourceRequest,
  RegisterResourceResponse,
  SupportsFeatureRequest,
  SupportsFeatureResponse,
} from "@pulumi/pulumi/proto/resource_pb";
import { ResourceInvokeRequest } from "@pulumi/pulumi/proto/resource_pb";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";

export const HOST_ACCOUNT_ID = "111122223333";

export interface PluginHost {
  /** `127.0.0.1:<port>`: the engine's and the monitor's address. */
  readonly address: string;
  /** The (type, name) of every resource registered so far. */
  readonly registered: readonly { readonly type: string; readonly name: string }[];
  close(): Promise<void>;
}

type Handler<Req, Res> = (call: grpc.ServerUnaryCall<Req, Res>, callback: grpc.sendUnaryData<Res>) => void;

export async function startPluginHost(project: string, stack: string): Promise<PluginHost> {
  const registered: { type: string; name: string }[] = [];
  const server = new grpc.Server();

  const registerResource: Handler<RegisterResourceRequest, RegisterResourceResponse> = (call, callback) => {
    const req = call.request;
    registered.push({ type: req.getType(), name: req.getName() });
    const parentType = req.getParent() ? req.getParent().split("::")[2] : "";
    const type = parentType ? `${parentType}$${req.getType()}` : req.getType();
    const response = new RegisterResourceResponse();
    response.setUrn(`urn:pulumi:${stack}::${project}::${type}::${req.getName()}`);
    if (req.getCustom()) {
      response.setId(`${req.getName()}-id`);
      const state = req.getObject()?.toJavaScript() ?? {};
      response.setObject(Struct.fromJavaScript({ ...state, arn: `arn:aws:mock:us-east-1:${HOST_ACCOUNT_ID}:${req.getName()}` }));
    }
    callback(null, response);
  };
  const invoke: Handler<ResourceInvokeRequest, InvokeResponse> = (call, callback) => {
    const response = new InvokeResponse();
    if (call.request.getTok() === "aws:index/getCallerIdentity:getCallerIdentity") {
      const arn = `arn:aws:iam::${HOST_ACCOUNT_ID}:user/plugin-host`;
      response.setReturn(Struct.fromJavaScript({ accountId: HOST_ACCOUNT_ID, arn, userId: "AIDAHOST", id: HOST_ACCOUNT_ID }));
    } else response.setReturn(Struct.fromJavaScript({}));
    callback(null, response);
  };
  const supportsFeature: Handler<SupportsFeatureRequest, SupportsFeatureResponse> = (call, callback) => {
    // As Pulumi's mocks: every feature but output values, so inputs arrive as plain values.
    callback(null, new SupportsFeatureResponse().setHassupport(call.request.getId() !== "outputValues"));
  };
  const empty: Handler<unknown, Empty> = (_call, callback) => callback(null, new Empty());

  server.addService(ResourceMonitorService, {
    registerResource,
    invoke,
    supportsFeature,
    registerResourceOutputs: empty,
    registerPackage: (_call: unknown, callback: grpc.sendUnaryData<RegisterPackageResponse>) =>
      callback(null, new RegisterPackageResponse().setRef("plugin-host")),
  });
  server.addService(EngineService, {
    log: empty,
    getRootResource: (_call: unknown, callback: grpc.sendUnaryData<GetRootResourceResponse>) =>
      callback(null, new GetRootResourceResponse()),
    setRootResource: (_call: unknown, callback: grpc.sendUnaryData<SetRootResourceResponse>) =>
      callback(null, new SetRootResourceResponse()),
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, bound) => (err ? reject(err) : resolve(bound))),
  );
  return {
    address: `127.0.0.1:${port}`,
    registered,
    close: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())),
  };
}
