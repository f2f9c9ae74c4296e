/**
 * Runs the real program under Pulumi's own mocks and records what `pulumi up` would
 * register: type, name, parent, resolved inputs, protect, retainOnDelete, dependsOn. Used by
 * `npm run plan` and by the tests, so both see the same resources.
 *
 * The mock's `newResource` hook does not see parent or options, so the recorder also wraps
 * the mock monitor's `registerResource`, which receives the full RegisterResourceRequest.
 */
import { createHash } from "crypto";
import * as pulumi from "@pulumi/pulumi";
import * as debuggable from "@pulumi/pulumi/runtime/debuggable";
import { PlanResource } from "./planTypes";
import { partitionOf } from "../../lib/regions";

/** Account id the mocks answer `getCallerIdentity` with (AWS's documentation account). */
export const MOCK_ACCOUNT_ID = "111122223333";

export interface MockRuntimeOptions {
  readonly project: string;
  readonly stack: string;
  /** Config as the engine passes it: `<namespace>:<key>` → string (structured values as JSON). */
  readonly config: Record<string, string>;
}

interface RegisterRequest {
  getType(): string;
  getName(): string;
  getParent(): string;
  getCustom(): boolean;
  getProtect(): boolean | undefined;
  getRetainondelete(): boolean | undefined;
  getDependenciesList(): string[];
  getPropertydependenciesMap(): { forEach(cb: (value: { getUrnsList(): string[] }, key: string) => void): void };
  /** Aliases given as URNs (`hasUrn`) or as specs the engine resolves. */
  getAliasesList(): { hasUrn(): boolean; getUrn(): string }[];
}

interface RecordedOptions {
  readonly parent: string | null;
  readonly protect: boolean;
  readonly retainOnDelete: boolean;
  readonly dependsOn: string[];
  readonly aliases: string[];
}

/** A planned resource with the input → URN links the engine hands a policy pack. */
export interface RecordedResource extends PlanResource {
  readonly propertyDependencies: Record<string, string[]>;
}

export class ResourceRecorder {
  private readonly options = new Map<string, RecordedOptions>();
  private readonly propertyDependencies = new Map<string, Record<string, string[]>>();
  private readonly inputs = new Map<string, { type: string; name: string; inputs: Record<string, unknown> }>();

  constructor(
    private readonly project: string,
    private readonly stack: string,
  ) {}

  /**
   * Pulumi's mock monitor qualifies a URN's type with the parent's last type only; the engine
   * with the parent's whole chain (`A$B$aws:...` below two components). Requests carry the mock
   * URNs; the recorder keeps the engine's, as `pulumi up` and a policy pack see them.
   */
  private readonly engineUrns = new Map<string, string>();

  private toEngineUrn(mockUrn: string): string {
    return this.engineUrns.get(mockUrn) ?? mockUrn;
  }

  /** The URN the engine gives a resource of `type` and `name` under the parent of engine URN `parent`. */
  urnOf(type: string, name: string, parent: string): string {
    return this.urnUnder(parent ? parent.split("::")[2] : "", type, name);
  }

  /** The URN Pulumi's mock monitor gives it: qualified by the parent's own type only. */
  private mockUrnOf(type: string, name: string, mockParent: string): string {
    return this.urnUnder(mockParent ? (mockParent.split("::")[2].split("$").pop() ?? "") : "", type, name);
  }

  private urnUnder(parentType: string, type: string, name: string): string {
    const qualifiedType = parentType ? `${parentType}$${type}` : type;
    return `urn:pulumi:${this.stack}::${this.project}::${qualifiedType}::${name}`;
  }

  recordRequest(req: RegisterRequest): void {
    const parent = req.getParent() ? this.toEngineUrn(req.getParent()) : null;
    const implicit = new Set<string>();
    const byProperty: Record<string, string[]> = {};
    req.getPropertydependenciesMap().forEach((deps, property) => {
      const urns = deps.getUrnsList().map((d) => this.toEngineUrn(d));
      byProperty[property] = urns.slice().sort();
      urns.forEach((urn) => implicit.add(urn));
    });
    const urn = this.urnOf(req.getType(), req.getName(), parent ?? "");
    this.engineUrns.set(this.mockUrnOf(req.getType(), req.getName(), req.getParent()), urn);
    this.propertyDependencies.set(urn, byProperty);
    this.options.set(urn, {
      parent,
      protect: req.getProtect() ?? false,
      retainOnDelete: req.getRetainondelete() ?? false,
      // Explicit dependsOn: the request's dependencies less those its inputs already imply.
      dependsOn: req
        .getDependenciesList()
        .map((d) => this.toEngineUrn(d))
        .filter((d) => !implicit.has(d) && d !== parent)
        .sort(),
      // URN aliases only: the program declares no alias specs.
      aliases: req
        .getAliasesList()
        .flatMap((alias) => (alias.hasUrn() ? [alias.getUrn()] : []))
        .sort(),
    });
  }

  /**
   * Provider calls the offline plan could not answer. Pulumi's mock monitor turns a call's error
   * into a rejected output, which nothing the program awaits may observe: the plan checks these
   * after `settle()` instead, so a plan missing what the call would have created is refused.
   */
  readonly unansweredCalls: string[] = [];

  /** `mockParent`: the parent URN as the request carried it. */
  recordInputs(type: string, name: string, mockParent: string, inputs: Record<string, unknown>): void {
    this.inputs.set(this.urnOf(type, name, mockParent ? this.toEngineUrn(mockParent) : ""), { type, name, inputs });
  }

  /** What the plan JSON prints, sorted by URN. */
  resources(): PlanResource[] {
    return this.recorded().map(({ propertyDependencies: _links, ...resource }) => resource);
  }

  /** The same, with each input's dependencies, as the engine sends them to a policy pack. */
  recorded(): RecordedResource[] {
    const result: RecordedResource[] = [];
    for (const [urn, recorded] of this.inputs) {
      const options = this.options.get(urn);
      if (!options) throw new Error(`internal: no options recorded for ${urn}`);
      result.push({
        urn,
        type: recorded.type,
        name: recorded.name,
        ...options,
        inputs: recorded.inputs,
        propertyDependencies: this.propertyDependencies.get(urn) ?? {},
      });
    }
    return result.sort((a, b) => (a.urn < b.urn ? -1 : a.urn > b.urn ? 1 : 0));
  }
}

/**
 * Installs the mocks and config. Call before the program is imported; then
 * `await settle()` once the program has been evaluated.
 */
export function startMockRuntime(options: MockRuntimeOptions): ResourceRecorder {
  withoutPromiseStackCaptures();
  const recorder = new ResourceRecorder(options.project, options.stack);
  // Parents are not known to `newResource`; register calls carry them and come first.
  const pendingParents = new Map<string, string[]>();

  pulumi.runtime.setMocks(
    {
      newResource(args: pulumi.runtime.MockResourceArgs): { id: string | undefined; state: Record<string, unknown> } {
        const queue = pendingParents.get(`${args.type}::${args.name}`) ?? [];
        const parent = queue.shift() ?? "";
        recorder.recordInputs(args.type, args.name, parent, args.inputs as Record<string, unknown>);
        return mockState(args.type, args.name, args.inputs as Record<string, unknown>, args.custom !== false, {
          managementAccountId: options.config[`${options.project}:managementAccountId`],
        });
      },
      call(args: pulumi.runtime.MockCallArgs): Record<string, unknown> {
        if (args.token === "aws:index/getCallerIdentity:getCallerIdentity") {
          return { accountId: MOCK_ACCOUNT_ID, arn: `arn:aws:iam::${MOCK_ACCOUNT_ID}:user/plan`, userId: "AIDAPLAN", id: MOCK_ACCOUNT_ID };
        }
        if (args.token === "aws:organizations/getOrganization:getOrganization") {
          // The accounts the stack's config names: the management account and this one. AWS
          // returns every account of the organization (README, The plan JSON, lists this).
          const managementAccountId = options.config[`${options.project}:managementAccountId`] ?? MOCK_ACCOUNT_ID;
          const ids = [...new Set([managementAccountId, MOCK_ACCOUNT_ID])];
          return {
            id: options.config[`${options.project}:organizationId`] ?? "o-exampleorgid",
            masterAccountId: managementAccountId,
            accounts: ids.map((id) => ({ id, arn: `arn:aws:organizations::${managementAccountId}:account/${id}`, status: "ACTIVE" })),
          };
        }
        if (args.token === "aws:guardduty/getDetector:getDetector") {
          // The Region's detector an organizationDetectors administrator stack configures when
          // GuardDuty was on already (README, The plan JSON, lists this).
          const region = String(args.inputs.region ?? "");
          return { id: fakeId(`guardduty-detector:${region}`, 32), region, status: "ENABLED", findingPublishingFrequency: "SIX_HOURS" };
        }
        if (args.token === "aws:ec2/getVpcs:getVpcs") {
          // No VPCs, so the program completes without an unhandled rejection; the plan is then refused.
          recorder.unansweredCalls.push(
            "vpcFlowLogs.allVpcs: the VPCs are looked up in AWS at deployment, which the offline plan cannot do; plan with vpcFlowLogs.vpcIds listing them, or run `pulumi preview`.",
          );
          return { ids: [], id: String(args.inputs.region ?? "") };
        }
        const message = `The offline plan cannot answer ${args.token}: build the value from config instead of a provider call.`;
        recorder.unansweredCalls.push(message);
        throw new Error(message);
      },
    },
    options.project,
    options.stack,
    false,
  );
  pulumi.runtime.setAllConfig(options.config);

  const monitor = pulumi.runtime.getMonitor() as unknown as {
    registerResource(req: RegisterRequest, callback: (err: Error | null, res: unknown) => void): void;
  };
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, callback) => {
    recorder.recordRequest(req);
    const key = `${req.getType()}::${req.getName()}`;
    pendingParents.set(key, [...(pendingParents.get(key) ?? []), req.getParent()]);
    register(req, callback);
  };
  return recorder;
}

/** Pulumi's runtime module that wraps its promises (internal: its typings export nothing). */
interface Debuggable {
  readonly debugPromiseLeaks: boolean;
  debuggablePromise<T>(promise: Promise<T>, context: unknown): Promise<T>;
}

let capturesSkipped = false;

/**
 * Pulumi's runtime passes every promise it makes (several per input and output of every
 * resource) through `debuggablePromise`, which captures and formats a stack trace for each. That
 * trace is only ever printed for PULUMI_DEBUG_PROMISE_LEAKS, yet under the mocks it was over half of
 * a plan's CPU (a 147-resource stack: about 480 ms, 200 ms without it; measured after
 * fastStackTraces). Unless that variable asks for them, these captures are taken with no frames;
 * every other stack trace, Pulumi's resource source positions included, is as before.
 */
function withoutPromiseStackCaptures(): void {
  const runtime = debuggable as unknown as Debuggable;
  if (capturesSkipped || runtime.debugPromiseLeaks || typeof runtime.debuggablePromise !== "function") return;
  capturesSkipped = true;
  const wrap = runtime.debuggablePromise.bind(runtime);
  runtime.debuggablePromise = <T>(promise: Promise<T>, context: unknown): Promise<T> => {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      return wrap(promise, context);
    } finally {
      Error.stackTraceLimit = limit;
    }
  };
}

/** Waits until every resource the program started has been registered. */
export async function settle(): Promise<void> {
  const runtime = pulumi.runtime as unknown as { waitForRPCs?: () => Promise<void> };
  if (typeof runtime.waitForRPCs !== "function") {
    throw new Error("This @pulumi/pulumi version no longer exports runtime.waitForRPCs; update tools/lib/mockRuntime.ts.");
  }
  await runtime.waitForRPCs();
}

/** Deterministic fake ids, so the same program gives byte-identical plans. */
function fakeId(seed: string, length = 12): string {
  return createHash("sha256").update(seed).digest("hex").slice(0, length);
}

/** Outputs a provider would add: ids, ARNs, generated names. */
/** What the stack's config says that AWS's answers depend on. */
interface MockContext {
  /** An organization trail's ARN carries the management account, even when a delegated administrator creates it. */
  readonly managementAccountId?: string;
}

/** Service-linked role names AWS gives the services the baseline turns on. */
const SERVICE_LINKED_ROLE_NAMES: Readonly<Record<string, string>> = {
  "config.amazonaws.com": "AWSServiceRoleForConfig",
};

function mockState(
  type: string,
  name: string,
  inputs: Record<string, unknown>,
  custom: boolean,
  context: MockContext = {},
): { id: string | undefined; state: Record<string, unknown> } {
  if (!custom) return { id: undefined, state: {} };
  const region = typeof inputs.region === "string" ? inputs.region : "us-east-1";
  const account = MOCK_ACCOUNT_ID;
  // ARNs carry the Region's partition (aws, aws-us-gov, aws-cn), as AWS returns them.
  const p = partitionOf(region);
  const id = fakeId(`${type}::${name}`);
  const str = (key: string): string | undefined => (typeof inputs[key] === "string" ? (inputs[key] as string) : undefined);
  const state: Record<string, unknown> = { ...inputs };
  switch (type) {
    case "aws:s3/bucket:Bucket": {
      const bucket = str("bucket") ?? `${str("bucketPrefix") ?? `${name}-`}${id}`;
      Object.assign(state, { bucket, arn: `arn:${p}:s3:::${bucket}`, id: bucket });
      return { id: bucket, state };
    }
    case "aws:kms/key:Key":
      Object.assign(state, { keyId: `${id}-key`, arn: `arn:${p}:kms:${region}:${account}:key/${id}-key` });
      return { id: `${id}-key`, state };
    case "aws:cloudwatch/logGroup:LogGroup": {
      const logGroupName = str("name") ?? `${name}-${id}`;
      Object.assign(state, { name: logGroupName, arn: `arn:${p}:logs:${region}:${account}:log-group:${logGroupName}` });
      return { id: logGroupName, state };
    }
    case "aws:iam/role:Role": {
      const roleName = str("name") ?? `${name}-${id.slice(0, 7)}`;
      Object.assign(state, { name: roleName, arn: `arn:${p}:iam::${account}:role/${roleName}` });
      return { id: roleName, state };
    }
    case "aws:sns/topic:Topic": {
      const topicName = str("name") ?? `${name}-${id.slice(0, 7)}`;
      const arn = `arn:${p}:sns:${region}:${account}:${topicName}`;
      Object.assign(state, { name: topicName, arn });
      return { id: arn, state };
    }
    case "aws:cloudtrail/trail:Trail": {
      const trailName = str("name") ?? name;
      const owner = inputs.isOrganizationTrail === true && context.managementAccountId ? context.managementAccountId : account;
      Object.assign(state, { arn: `arn:${p}:cloudtrail:${region}:${owner}:trail/${trailName}` });
      return { id: trailName, state };
    }
    case "aws:cloudwatch/eventRule:EventRule": {
      const ruleName = str("name") ?? `${name}-${id.slice(0, 7)}`;
      Object.assign(state, { name: ruleName, arn: `arn:${p}:events:${region}:${account}:rule/${ruleName}` });
      return { id: ruleName, state };
    }
    case "aws:cloudwatch/metricAlarm:MetricAlarm": {
      const alarmName = str("name") ?? name;
      Object.assign(state, { arn: `arn:${p}:cloudwatch:${region}:${account}:alarm:${alarmName}` });
      return { id: alarmName, state };
    }
    case "aws:lambda/function:Function": {
      const functionName = str("name") ?? name;
      Object.assign(state, { arn: `arn:${p}:lambda:${region}:${account}:function:${functionName}` });
      return { id: functionName, state };
    }
    case "aws:chatbot/slackChannelConfiguration:SlackChannelConfiguration": {
      const arn = `arn:${p}:chatbot::${account}:chat-configuration/slack-channel/${str("configurationName") ?? name}`;
      Object.assign(state, { chatConfigurationArn: arn });
      return { id: arn, state };
    }
    case "aws:athena/workgroup:Workgroup":
      Object.assign(state, { arn: `arn:${p}:athena:${region}:${account}:workgroup/${str("name") ?? name}` });
      return { id: str("name") ?? name, state };
    case "aws:cloudwatch/dashboard:Dashboard":
      Object.assign(state, { dashboardArn: `arn:${p}:cloudwatch::${account}:dashboard/${str("dashboardName") ?? name}` });
      return { id: str("dashboardName") ?? name, state };
    case "aws:iam/serviceLinkedRole:ServiceLinkedRole": {
      // The role each service names (AWSServiceRoleForConfig for config.amazonaws.com), under its path.
      const service = str("awsServiceName") ?? "service.amazonaws.com";
      const roleName = SERVICE_LINKED_ROLE_NAMES[service] ?? `AWSServiceRoleFor${service.split(".")[0]}`;
      const arn = `arn:${p}:iam::${account}:role/aws-service-role/${service}/${roleName}`;
      Object.assign(state, { name: roleName, arn, path: `/aws-service-role/${service}/` });
      return { id: arn, state };
    }
    case "aws:guardduty/detector:Detector": {
      // A detector id is 32 lowercase hex characters (GuardDuty API, CreateDetector).
      const detectorId = fakeId(`${type}::${name}`, 32);
      Object.assign(state, { accountId: account, arn: `arn:${p}:guardduty:${region}:${account}:detector/${detectorId}` });
      return { id: detectorId, state };
    }
    case "aws:securityhub/account:Account":
      Object.assign(state, { arn: `arn:${p}:securityhub:${region}:${account}:hub/default` });
      return { id: account, state };
    default:
      Object.assign(state, { arn: `arn:${p}:mock:${region}:${account}:${name}` });
      return { id, state };
  }
}
