"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.PackAnalyzer = void 0;
exports.analyzeCall = analyzeCall;
exports.servePack = servePack;
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
const grpc = __importStar(require("@grpc/grpc-js"));
const rpc = __importStar(require("@pulumi/pulumi/proto/analyzer_grpc_pb"));
const proto = __importStar(require("@pulumi/pulumi/proto/analyzer_pb"));
const plugin_pb_1 = require("@pulumi/pulumi/proto/plugin_pb");
const google_protobuf_1 = require("google-protobuf");
const empty_pb_1 = require("google-protobuf/google/protobuf/empty_pb");
const struct_pb_1 = require("google-protobuf/google/protobuf/struct_pb");
const props_1 = require("../props");
const typeScope_1 = require("./typeScope");
const unknowns_1 = require("./unknowns");
const wireProps_1 = require("./wireProps");
/** `@pulumi/policy`'s version, reported by `GetPluginInfo` as that library's server does. */
const POLICY_SDK_VERSION = "1.21.0";
/** As `@pulumi/policy`: the engine sends whole stacks in one message. */
const MAX_MESSAGE_BYTES = 400 * 1024 * 1024;
const DEFAULT_LEVEL = "advisory";
const LEVELS = {
    advisory: proto.EnforcementLevel.ADVISORY,
    mandatory: proto.EnforcementLevel.MANDATORY,
    remediate: proto.EnforcementLevel.REMEDIATE,
    disabled: proto.EnforcementLevel.DISABLED,
};
const SEVERITIES = {
    low: proto.PolicySeverity.POLICY_SEVERITY_LOW,
    medium: proto.PolicySeverity.POLICY_SEVERITY_MEDIUM,
    high: proto.PolicySeverity.POLICY_SEVERITY_HIGH,
    critical: proto.PolicySeverity.POLICY_SEVERITY_CRITICAL,
};
function levelOf(value) {
    const level = Object.keys(LEVELS).find((l) => LEVELS[l] === value);
    if (!level)
        throw new Error(`Unknown enforcement level ${value}.`);
    return level;
}
/** As `@pulumi/policy` tells them apart: validators (all functions), or else a remediation. */
function isResourcePolicy(p) {
    const { validateResource: v, remediateResource: r } = p;
    if (typeof v === "function")
        return true;
    if (Array.isArray(v))
        return v.every((f) => typeof f === "function");
    return typeof r === "function";
}
function isStackPolicy(p) {
    return typeof p.validateStack === "function";
}
class NotApplicable extends Error {
    constructor(reason) {
        super(reason ?? "Policy does not apply");
        this.reason = reason;
    }
}
function throwNotApplicable(reason) {
    throw new NotApplicable(reason);
}
function grpcError(e, context) {
    return new Error(`${context}:\n${e instanceof Error ? e.stack : String(e)}`);
}
/** Options the engine sends with a resource (absent only from a Pulumi CLI too old for policies). */
function resourceOptions(options) {
    if (!options)
        throw new Error("A more recent version of the Pulumi CLI is required. To upgrade, see https://www.pulumi.com/docs/get-started/install/");
    const timeouts = options.getCustomtimeouts();
    const result = {
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
    if (options.getDeletebeforereplacedefined())
        result.deleteBeforeReplace = options.getDeletebeforereplace();
    if (options.getParent())
        result.parent = options.getParent();
    return result;
}
/** `args.isType(aws.s3.Bucket)`: by the class's Pulumi type, or its `isInstance`. */
function isTypeOf(type, resourceClass) {
    const { __pulumiType: pulumiType, isInstance } = resourceClass;
    if (typeof pulumiType === "string" && pulumiType !== "")
        return type === pulumiType;
    return typeof isInstance === "function" && isInstance({ __pulumiType: type }) === true;
}
/** `isType` and `asType` of a resource of `type` whose properties `props` reads. */
function typeChecks(type, props) {
    return {
        isType: (resourceClass) => isTypeOf(type, resourceClass),
        asType: ((resourceClass) => (isTypeOf(type, resourceClass) ? props() : undefined)),
    };
}
/**
 * What `@pulumi/policy` hands a resource policy; properties and options are read on first use.
 * `props` reads through `guardUnknowns` unless it is a remediation's result, which
 * `@pulumi/policy` hands the next remediation as it was returned.
 */
function resourceArgs(request, state, policyName, cache, guard = true) {
    const type = request.getType();
    const plain = () => (cache.props ?? (cache.props = (0, wireProps_1.wireProps)(request.getProperties())));
    const props = () => (guard ? (cache.guarded ?? (cache.guarded = (0, unknowns_1.guardUnknowns)(plain()))) : plain());
    const args = {
        type,
        urn: request.getUrn(),
        name: request.getName(),
        get props() {
            return props();
        },
        get opts() {
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
    return args;
}
/** The resource's provider, its properties guarded as `@pulumi/policy` guards them. */
function providerResource(provider) {
    return {
        type: provider.getType(),
        urn: provider.getUrn(),
        name: provider.getName(),
        props: (0, unknowns_1.guardUnknowns)((0, wireProps_1.wireProps)(provider.getProperties())),
    };
}
function configOf(state, policyName) {
    const entry = state.config[policyName];
    if (!entry)
        return {};
    const { enforcementLevel: _level, ...settings } = entry;
    return settings;
}
/** One resource of an `AnalyzeStack` request; its properties are deserialised once, on first read. */
class WireResource {
    constructor(message, byUrn) {
        this.message = message;
        this.byUrn = byUrn;
        this.type = message.getType();
        this.urn = message.getUrn();
        this.name = message.getName();
        ({ isType: this.isType, asType: this.asType } = typeChecks(this.type, () => this.props));
    }
    /** Guarded as `@pulumi/policy` guards them; `settleProps` reads the plain target. */
    get props() {
        return (this.propsCache ?? (this.propsCache = (0, unknowns_1.guardUnknowns)((0, wireProps_1.wireProps)(this.message.getProperties()))));
    }
    get opts() {
        return resourceOptions(this.message.getOptions());
    }
    get provider() {
        const p = this.message.getProvider();
        return p ? providerResource(p) : undefined;
    }
    get parent() {
        const parent = this.message.getParent();
        return parent ? this.byUrn.get(parent) : undefined;
    }
    /** Only dependencies in the stack, as `@pulumi/policy` links them. */
    get dependencies() {
        return (this.dependenciesCache ?? (this.dependenciesCache = this.inStack(this.message.getDependenciesList())));
    }
    get propertyDependencies() {
        if (!this.propertyDependenciesCache) {
            const out = {};
            this.message.getPropertydependenciesMap().forEach((deps, input) => (out[input] = this.inStack(deps.getUrnsList())));
            this.propertyDependenciesCache = out;
        }
        return this.propertyDependenciesCache;
    }
    inStack(urns) {
        const out = [];
        for (const urn of urns) {
            const r = this.byUrn.get(urn);
            if (r)
                out.push(r);
        }
        return out;
    }
}
/** The analyzer for one pack, independent of the transport (tests drive it in-process too). */
class PackAnalyzer {
    constructor(pack, version) {
        this.pack = pack;
        this.version = version;
        this.state = { config: {}, stackTags: new Map() };
        /** One reused "not applicable" entry per resource policy, for types outside its scope. */
        this.outOfScope = new Map();
        /**
         * The answer for a type no enabled resource policy is scoped to (most of a stack), one per set
         * of policies that said so: the same message every time, serialised once (`servePack`).
         */
        this.unscopedAnswers = new Map();
        this.shared = new WeakSet();
        if (!/^[a-zA-Z0-9-_.]{1,100}$/.test(pack.name))
            throw new Error(`Invalid policy pack name "${pack.name}".`);
        const names = new Set();
        for (const p of pack.policies) {
            if (p.name === "all")
                throw new Error('Invalid policy name "all". "all" is a reserved name.');
            if (names.has(p.name))
                throw new Error(`Policy name "${p.name}" is used twice.`);
            names.add(p.name);
            if (p.configSchema?.properties?.enforcementLevel || p.configSchema?.required?.includes("enforcementLevel")) {
                throw new Error(`Policy "${p.name}": enforcementLevel cannot be part of its configSchema.`);
            }
        }
        this.packLevel = pack.enforcementLevel ?? DEFAULT_LEVEL;
    }
    level(p) {
        return this.state.config[p.name]?.enforcementLevel || p.enforcementLevel || this.packLevel;
    }
    info() {
        const info = new proto.AnalyzerInfo();
        info.setName(this.pack.name);
        info.setVersion(this.version);
        info.setSupportsconfig(true);
        if (this.pack.displayName)
            info.setDisplayname(this.pack.displayName);
        if (this.pack.description)
            info.setDescription(this.pack.description);
        info.setPoliciesList(this.pack.policies.map((p) => {
            const policy = new proto.PolicyInfo();
            if (isResourcePolicy(p))
                policy.setPolicyType(proto.PolicyType.POLICY_TYPE_RESOURCE);
            else if (isStackPolicy(p))
                policy.setPolicyType(proto.PolicyType.POLICY_TYPE_STACK);
            policy.setName(p.name);
            policy.setDescription(p.description);
            policy.setEnforcementlevel(LEVELS[p.enforcementLevel || this.packLevel]);
            if (p.configSchema) {
                const schema = new proto.PolicyConfigSchema();
                schema.setProperties(struct_pb_1.Struct.fromJavaScript(p.configSchema.properties));
                if (p.configSchema.required)
                    schema.setRequiredList(p.configSchema.required);
                policy.setConfigschema(schema);
            }
            if (p.displayName)
                policy.setDisplayname(p.displayName);
            if (p.severity)
                policy.setSeverity(SEVERITIES[p.severity] ?? proto.PolicySeverity.POLICY_SEVERITY_UNSPECIFIED);
            if (p.framework) {
                const framework = new proto.PolicyComplianceFramework();
                if (p.framework.name)
                    framework.setName(p.framework.name);
                if (p.framework.version)
                    framework.setVersion(p.framework.version);
                if (p.framework.reference)
                    framework.setReference(p.framework.reference);
                if (p.framework.specification)
                    framework.setSpecification(p.framework.specification);
                policy.setFramework(framework);
            }
            if (p.tags)
                policy.setTagsList(p.tags);
            if (p.remediationSteps)
                policy.setRemediationSteps(p.remediationSteps);
            if (p.url)
                policy.setUrl(p.url);
            return policy;
        }));
        return info;
    }
    configure(request) {
        const config = {};
        request.getPolicyconfigMap().forEach((entry, name) => {
            const settings = (entry.getProperties()?.toJavaScript() ?? {});
            config[name] = { ...settings, enforcementLevel: levelOf(entry.getEnforcementlevel()) };
        });
        this.state.config = config;
    }
    configureStack(request) {
        const tags = new Map();
        request.getTagsMap().forEach((value, key) => tags.set(key, value));
        this.state.stackTags = tags;
    }
    async analyze(call) {
        const type = call instanceof proto.AnalyzeRequest ? call.getType() : call.type;
        const decoded = () => (call instanceof proto.AnalyzeRequest ? call : call.request());
        const diagnostics = [];
        const notApplicable = [];
        const cache = {};
        let called = false;
        for (const p of this.pack.policies) {
            let level = this.level(p);
            if (level === "disabled" || !isResourcePolicy(p))
                continue;
            if (!p.validateResource) {
                notApplicable.push(notApplicableEntry(p.name, "Policy does not implement validateResource"));
                continue;
            }
            if (level === "remediate")
                level = "mandatory"; // still violating after remediation
            const validators = Array.isArray(p.validateResource) ? p.validateResource : [p.validateResource];
            const scope = validators.length === 1 ? (0, typeScope_1.scopeOf)(validators[0]) : undefined;
            if (scope && !scope.types.has(type)) {
                notApplicable.push(this.outOfScopeEntry(p, scope.reason));
                continue;
            }
            const report = this.reporter(p, level, diagnostics);
            called = true;
            for (const validate of validators) {
                try {
                    await validate(resourceArgs(decoded(), this.state, p.name, cache), report);
                }
                catch (e) {
                    if ((0, unknowns_1.isUnknownRead)(e))
                        diagnostics.push(this.cannotRun(p, e));
                    else if (e instanceof NotApplicable)
                        notApplicable.push(notApplicableEntry(p.name, e.reason));
                    else
                        throw grpcError(e, `Error validating resource with ${this.policyFrom(p)}`);
                }
            }
        }
        if (called)
            return this.response(diagnostics, notApplicable);
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
    isShared(response) {
        return this.shared.has(response);
    }
    async analyzeStack(request) {
        const byUrn = new Map();
        const resources = request.getResourcesList().map((message) => {
            const r = new WireResource(message, byUrn);
            byUrn.set(r.urn, r);
            return r;
        });
        const diagnostics = [];
        const notApplicable = [];
        for (const p of this.pack.policies) {
            let level = this.level(p);
            if (level === "disabled" || !isStackPolicy(p))
                continue;
            if (level === "remediate")
                level = "mandatory"; // stack policies cannot remediate
            const scope = (0, typeScope_1.scopeOf)(p.validateStack);
            if (scope && !resources.some((r) => scope.types.has(r.type))) {
                notApplicable.push(notApplicableEntry(p.name, scope.reason));
                continue;
            }
            // Every stack policy gets the same list: what it derives from it (the stack index) is shared.
            const args = {
                resources,
                getConfig: () => configOf(this.state, p.name),
                stackTags: this.state.stackTags,
                notApplicable: throwNotApplicable,
            };
            try {
                await p.validateStack(args, this.reporter(p, level, diagnostics));
            }
            catch (e) {
                if ((0, unknowns_1.isUnknownRead)(e))
                    diagnostics.push(this.cannotRun(p, e));
                else if (e instanceof NotApplicable)
                    notApplicable.push(notApplicableEntry(p.name, e.reason));
                else
                    throw grpcError(e, `Error validating resource with ${this.policyFrom(p)}`);
            }
        }
        return this.response(diagnostics, notApplicable);
    }
    async remediate(request) {
        const remediations = [];
        const notApplicable = [];
        // Read only when some policy remediates: the engine asks every resource.
        let wire;
        const read = () => (wire ?? (wire = (0, wireProps_1.wirePropsWithSecrets)(request.getProperties())));
        let current;
        for (const p of this.pack.policies) {
            if (this.level(p) !== "remediate" || !isResourcePolicy(p))
                continue;
            if (!p.remediateResource) {
                notApplicable.push(notApplicableEntry(p.name, "Policy does not implement remediateResource"));
                continue;
            }
            const scope = (0, typeScope_1.scopeOf)(p.remediateResource);
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
                if (!result)
                    continue;
                current = (0, props_1.markPlain)(JSON.parse(JSON.stringify(result)));
                // Unlike `@pulumi/policy` 1.21.0, whose proxy unwraps secrets into the returned copy, a
                // property that was secret stays secret (or the engine would store it in plain text).
                remediation.setProperties(struct_pb_1.Struct.fromJavaScript((0, wireProps_1.withSecrets)(current, read().secretKeys)));
                remediations.push(remediation);
            }
            catch (e) {
                const what = `remediation '${p.name}' from policy pack '${this.pack.name}@v${this.version}'`;
                if ((0, unknowns_1.isUnknownRead)(e))
                    remediations.push(remediation.setDiagnostic((0, unknowns_1.cannotRunDuringPreview)(what, e)));
                else if (e instanceof NotApplicable)
                    notApplicable.push(notApplicableEntry(p.name, e.reason));
                else
                    throw grpcError(e, `Error remediating resource with ${what}`);
            }
        }
        const response = new proto.RemediateResponse();
        response.setRemediationsList(remediations);
        if (notApplicable.length > 0)
            response.setNotApplicableList(notApplicable);
        return response;
    }
    /** What `@pulumi/policy` reports for a policy that read an unknown: advisory, whatever the policy's level. */
    cannotRun(p, e) {
        return { policy: p, level: "advisory", message: (0, unknowns_1.cannotRunDuringPreview)(this.policyFrom(p), e) };
    }
    policyFrom(p) {
        return `policy '${p.name}' from policy pack '${this.pack.name}@v${this.version}'`;
    }
    outOfScopeEntry(p, reason) {
        let entry = this.outOfScope.get(p);
        if (!entry) {
            entry = notApplicableEntry(p.name, reason);
            this.outOfScope.set(p, entry);
        }
        return entry;
    }
    /** `reportViolation` as `@pulumi/policy` defines it: the description, then the message on its own line. */
    reporter(p, level, out) {
        return (message, urn) => {
            out.push({ policy: p, level, message: message ? `${p.description}\n${message}` : p.description, urn });
        };
    }
    response(diagnostics, notApplicable) {
        const response = new proto.AnalyzeResponse();
        response.setDiagnosticsList(diagnostics.map((d) => {
            const diagnostic = new proto.AnalyzeDiagnostic();
            diagnostic.setPolicyname(d.policy.name);
            diagnostic.setPolicypackname(this.pack.name);
            diagnostic.setPolicypackversion(this.version);
            diagnostic.setDescription(d.policy.description);
            diagnostic.setMessage(d.message);
            diagnostic.setEnforcementlevel(LEVELS[d.level]);
            if (d.urn)
                diagnostic.setUrn(d.urn);
            if (d.policy.severity)
                diagnostic.setSeverity(SEVERITIES[d.policy.severity] ?? proto.PolicySeverity.POLICY_SEVERITY_UNSPECIFIED);
            return diagnostic;
        }));
        if (notApplicable.length > 0)
            response.setNotApplicableList(notApplicable);
        return response;
    }
}
exports.PackAnalyzer = PackAnalyzer;
function notApplicableEntry(policyName, reason) {
    const entry = new proto.PolicyNotApplicable();
    entry.setPolicyName(policyName);
    if (reason)
        entry.setReason(reason);
    return entry;
}
const TYPE_FIELD = 1;
function analyzeCall(bytes) {
    let type = "";
    const reader = new google_protobuf_1.BinaryReader(bytes);
    while (reader.nextField() && !reader.isEndGroup()) {
        if (reader.getFieldNumber() === TYPE_FIELD)
            type = reader.readString();
        else
            reader.skipField();
    }
    let request;
    return { type, request: () => (request ?? (request = proto.AnalyzeRequest.deserializeBinary(bytes))) };
}
function unary(handle) {
    return (call, callback) => {
        Promise.resolve()
            .then(() => handle(call.request))
            .then((response) => callback(null, response), (e) => callback(e instanceof Error ? e : new Error(String(e))));
    };
}
/**
 * Serves the pack on 127.0.0.1 and prints the port on stdout, which is how the engine finds it.
 * The version is the `version` of `package.json` in the working directory (the pack's folder).
 */
function servePack(pack) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const version = require(`${process.cwd()}/package.json`).version;
    if (typeof version !== "string" || version === "")
        throw new Error("Version must be defined in the package.json file.");
    const analyzer = new PackAnalyzer(pack, version);
    const server = new grpc.Server({ "grpc.max_receive_message_length": MAX_MESSAGE_BYTES });
    // The engine checks for `Empty` from the google-protobuf copy the service definition uses.
    const Empty = rpc.AnalyzerService.configure.responseType ?? empty_pb_1.Empty;
    // A shared answer is serialised once; grpc-js copies the bytes into each reply's frame.
    const analyzeMethod = rpc.AnalyzerService.analyze;
    const serialised = new WeakMap();
    const serialize = (response) => {
        if (!analyzer.isShared(response))
            return analyzeMethod.responseSerialize(response);
        let bytes = serialised.get(response);
        if (!bytes) {
            bytes = analyzeMethod.responseSerialize(response);
            serialised.set(response, bytes);
        }
        return bytes;
    };
    server.addService({ ...rpc.AnalyzerService, analyze: { ...analyzeMethod, requestDeserialize: analyzeCall, responseSerialize: serialize } }, {
        analyze: unary((r) => analyzer.analyze(r)),
        analyzeStack: unary((r) => analyzer.analyzeStack(r)),
        remediate: unary((r) => analyzer.remediate(r)),
        getAnalyzerInfo: unary(() => analyzer.info()),
        getPluginInfo: unary(() => new plugin_pb_1.PluginInfo().setVersion(POLICY_SDK_VERSION)),
        configure: unary((r) => {
            analyzer.configure(r);
            return new Empty();
        }),
        configureStack: unary((r) => {
            analyzer.configureStack(r);
            return new proto.AnalyzerStackConfigureResponse();
        }),
    });
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, port) => {
        if (err) {
            console.error(err);
            process.exitCode = 1;
            return;
        }
        console.log(port.toString());
    });
}
