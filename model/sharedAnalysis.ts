// Two shortcuts through @pulumi/policy's analyzer, each answering exactly as the SDK's own loop does.
//
// * Type dispatch (Analyze). The SDK skips a policy for another type without calling it only when
//   the policy's function is tagged with one type (`__pulumiType`). For every other policy it
//   deserializes, builds the arguments (options, provider, proxies, closures), calls it and catches
//   the not-applicable error it throws: ACKGuard's 31 multi-type policies pay that on every resource.
//   Their functions carry the types they cover and the reason they give for any other type
//   (`OTHER_TYPES`, model/policy.ts), so for each resource type the pack serves the request with
//   the SDK's own handler over a policy list in which the policies that do not cover the type are
//   tagged: the SDK answers them "not applicable" without a call, and the reason in the response is
//   set back to the policy's own.
// * One stack view (AnalyzeStack). The SDK builds the whole stack (a PolicyResource per resource,
//   with proxies, options, provider and dependency links) again for every stack policy. The pack lets
//   the SDK build it once, with its own code, and hands that one array to each stack policy, which
//   the SDK then runs as usual (enforcement levels, config, unknowns, not applicable, errors) over an
//   empty request. Stack policies never write to the resources they are handed (a test freezes them).
//
// Both are enabled only for the checked SDK version (model/sharedDeserialization's list), each can be
// turned off (ACKGUARD_TYPE_DISPATCH=0, ACKGUARD_SHARED_STACK=0), and a request the shortcut cannot
// answer exactly as the SDK would (an error while building the arguments) goes to the SDK's own
// handler. test/sharedAnalysis compares every response with and without them over gRPC.
import * as fs from "fs";
import * as path from "path";
import { CHECKED_SDK_VERSIONS } from "./sharedDeserialization";
import { OTHER_TYPES, OtherTypes } from "./policy";

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports */

type Callback = (err: unknown, resp?: any) => void;
type Handler = (call: { request: any }, callback: Callback) => unknown;
type MakeHandler = (packName: string, packVersion: string, packLevel: string, policies: readonly any[]) => Handler;

interface ServerModule {
    serve: ((name: string, version: string, level: string, args: { policies?: any[] }, initialConfig?: unknown) => void) & { ackguardShared?: true };
    makeAnalyzeRpcFun: MakeHandler;
    makeAnalyzeStackRpcFun: MakeHandler;
}

/** A type no resource has: the tag that makes the SDK answer "not applicable" without a call. */
const ELSEWHERE = "ackguard:internal:OtherTypes";
/** The reason the SDK gives for that tag (server.js), replaced by the policy's own in the response. */
const ELSEWHERE_REASON = `Policy only applies to resources of type '${ELSEWHERE}'`;

/** Why each shortcut is off, or undefined when it is on. */
export const shortcutsOff: { typeDispatch: string | undefined; sharedStack: string | undefined; leanProxy: string | undefined } = {
    typeDispatch: "not installed",
    sharedStack: "not installed",
    leanProxy: "not installed",
};

/** Test hook: sees each stack view before the stack policies do (test/sharedAnalysis freezes it). */
export let observeStackView: ((resources: readonly unknown[]) => void) | undefined;
export function setStackViewObserver(f: ((resources: readonly unknown[]) => void) | undefined): void {
    observeStackView = f;
}

function sdkDir(): string {
    return path.dirname(require.resolve("@pulumi/policy"));
}

/**
 * Installs both shortcuts into the @pulumi/policy this process loads, for the pack served after
 * this call. Idempotent. Returns why each is off (undefined when on).
 */
export function installSharedAnalysis(env: NodeJS.ProcessEnv = process.env): typeof shortcutsOff {
    let server: ServerModule;
    let version: string;
    try {
        version = (JSON.parse(fs.readFileSync(path.join(sdkDir(), "package.json"), "utf8")) as { version: string }).version;
        server = require(path.join(sdkDir(), "server.js")) as ServerModule;
    } catch (e) {
        const why = `@pulumi/policy's server module was not found (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`;
        return Object.assign(shortcutsOff, { typeDispatch: why, sharedStack: why });
    }
    const unchecked = CHECKED_SDK_VERSIONS.includes(version) ? undefined : `@pulumi/policy ${version} is not one of the checked versions (${CHECKED_SDK_VERSIONS.join(", ")})`;
    const shapes = ["serve", "makeAnalyzeRpcFun", "makeAnalyzeStackRpcFun"].every((k) => typeof (server as any)[k] === "function") ? undefined : "@pulumi/policy's server module does not have the expected functions";
    shortcutsOff.typeDispatch = unchecked ?? shapes ?? (env.ACKGUARD_TYPE_DISPATCH === "0" ? "turned off by ACKGUARD_TYPE_DISPATCH=0" : undefined);
    shortcutsOff.sharedStack = unchecked ?? shapes ?? (env.ACKGUARD_SHARED_STACK === "0" ? "turned off by ACKGUARD_SHARED_STACK=0" : undefined);
    shortcutsOff.leanProxy = unchecked ?? (env.ACKGUARD_LEAN_PROXY === "0" ? "turned off by ACKGUARD_LEAN_PROXY=0" : installLeanProxy());
    if ((shortcutsOff.typeDispatch && shortcutsOff.sharedStack) || server.serve.ackguardShared) {
        return shortcutsOff;
    }
    const original = server.serve;
    const serve = ((name, packVersion, level, args, initialConfig) => {
        const policies = args.policies ?? [];
        const grpc = require(require.resolve("@grpc/grpc-js", { paths: [sdkDir()] })) as { Server: { prototype: { addService: (service: unknown, impl: Record<string, Handler>) => void } } };
        const proto = grpc.Server.prototype;
        const addService = proto.addService;
        // Only for the one addService call the SDK's serve makes, and put back right after.
        proto.addService = function (this: unknown, service: unknown, impl: Record<string, Handler>) {
            if (typeof impl?.analyze === "function" && typeof impl?.analyzeStack === "function") {
                impl = { ...impl };
                if (!shortcutsOff.typeDispatch) impl.analyze = typeDispatch(server, [name, packVersion, level], policies, impl.analyze);
                if (!shortcutsOff.sharedStack) {
                    const tagged = policies.find((p) => typeof p.validateStack === "function" && p.validateStack.__pulumiType);
                    if (tagged) shortcutsOff.sharedStack = `stack policy ${tagged.name} is tagged with a type (the SDK's fast path reads the request's resources)`;
                    else impl.analyzeStack = sharedStack(server, [name, packVersion, level], policies, impl.analyzeStack);
                }
            }
            return addService.call(this, service, impl);
        };
        try {
            original(name, packVersion, level, args, initialConfig);
        } finally {
            proto.addService = addService;
        }
    }) as ServerModule["serve"];
    serve.ackguardShared = true;
    server.serve = serve;
    return shortcutsOff;
}

type Pack = [name: string, version: string, level: string];

function otherTypesOf(p: any): OtherTypes | undefined {
    const v = p?.validateResource;
    if (typeof v !== "function" || v.__pulumiType) return undefined;
    const o = v[OTHER_TYPES] as OtherTypes | undefined;
    return o && o.types instanceof Set && typeof o.reason === "string" ? o : undefined;
}

interface Dispatch {
    handler: Handler;
    /** Policy name -> its own reason, for the policies the SDK answers through the tag. */
    reasons: Map<string, string>;
}

function typeDispatch(server: ServerModule, pack: Pack, policies: readonly any[], sdkAnalyze: Handler): Handler {
    const marked = policies.map(otherTypesOf);
    const known = new Set(marked.flatMap((m) => (m ? [...m.types] : [])));
    const byType = new Map<string, Dispatch>();
    const dispatchFor = (type: string): Dispatch => {
        // Every type no policy covers shares one dispatch, so the cache stays as small as the pack.
        const key = known.has(type) ? type : ELSEWHERE;
        let d = byType.get(key);
        if (d === undefined) {
            const reasons = new Map<string, string>();
            const view = policies.map((p, i) => {
                const m = marked[i];
                if (m === undefined || m.types.has(key)) return p;
                reasons.set(p.name, m.reason);
                // Called only for a resource of type ELSEWHERE, which then gets the policy's own answer.
                const validateResource = Object.assign((args: unknown, report: unknown) => p.validateResource(args, report), { __pulumiType: ELSEWHERE });
                return { ...p, validateResource };
            });
            d = { handler: server.makeAnalyzeRpcFun(...pack, view), reasons };
            byType.set(key, d);
        }
        return d;
    };
    const deserialize = require(path.join(sdkDir(), "deserialize.js")) as { deserializeProperties: (s: unknown, proxySecrets: boolean) => unknown };
    /** Whether the SDK would build a policy's arguments for this request without an error (else it answers with one). */
    const buildable = (req: any): boolean => {
        try {
            if (!req.getOptions()) return false;
            deserialize.deserializeProperties(req.getProperties(), false);
            const provider = req.getProvider();
            if (provider) deserialize.deserializeProperties(provider.getProperties(), false);
            return true;
        } catch {
            return false;
        }
    };
    return function (this: unknown, call, callback) {
        const d = dispatchFor(call.request.getType());
        if (d.reasons.size === 0 || !buildable(call.request)) return sdkAnalyze.call(this, call, callback);
        return d.handler.call(this, call, (err, resp) => {
            if (!err && resp) {
                for (const na of resp.getNotApplicableList()) {
                    const reason = d.reasons.get(na.getPolicyName());
                    if (reason !== undefined && na.getReason() === ELSEWHERE_REASON) na.setReason(reason);
                }
            }
            callback(err, resp);
        });
    };
}

function sharedStack(server: ServerModule, pack: Pack, policies: readonly any[], sdkAnalyzeStack: Handler): Handler {
    const noResources = { getResourcesList: () => [] };
    return function (this: unknown, call, callback) {
        let view: readonly unknown[] | undefined;
        // The SDK's own handler with one stack policy that keeps what the SDK built for it.
        const collector = {
            name: "ackguard-stack-view",
            description: "Keeps the stack the SDK builds for a stack policy (not a policy of the pack).",
            enforcementLevel: "advisory",
            validateStack: (args: { resources: readonly unknown[] }) => {
                view = args.resources;
            },
        };
        const collect = server.makeAnalyzeStackRpcFun(...pack, [collector]);
        return collect({ request: call.request }, (err) => {
            if (err || view === undefined) {
                // The SDK could not build the stack: its own handler gives its own answer.
                sdkAnalyzeStack.call(this, call, callback);
                return;
            }
            const resources = view;
            observeStackView?.(resources);
            const onView = policies.map((p) =>
                typeof p.validateStack === "function"
                    ? { ...p, validateStack: (args: object, report: unknown) => p.validateStack({ ...args, resources }, report) }
                    : p,
            );
            server.makeAnalyzeStackRpcFun(...pack, onView)({ request: noResources }, callback);
        });
    };
}

interface ProxyModule {
    unknownCheckingProxy: ((o: unknown) => unknown) & { ackguardLean?: true };
    UnknownValueError: new (sentinel: unknown, props: PropertyKey[]) => Error;
    isSpecialProxy: string;
    getSpecialProxyTarget: string;
    [sentinel: string]: unknown;
}

const SENTINELS = ["unknownBooleanValue", "unknownNumberValue", "unknownStringValue", "unknownArrayValue", "unknownAssetValue", "unknownArchiveValue", "unknownObjectValue"];

/**
 * The SDK's unknown-checking proxy (proxy.js), answering every read exactly as it does, without its
 * allocations on every read: it copies the property path into a new array and asks for the
 * property's descriptor on each read, primitives included. Here the path is a chain of handlers,
 * turned into an array only for the UnknownValueError (same class, same path), and the descriptor
 * is read only where the SDK would wrap the value. Returns why it is off, or undefined when on.
 */
function installLeanProxy(): string | undefined {
    let mod: ProxyModule;
    try {
        mod = require(path.join(sdkDir(), "proxy.js")) as ProxyModule;
    } catch (e) {
        return `@pulumi/policy's proxy module was not found (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`;
    }
    const unknowns = SENTINELS.map((k) => mod[k]);
    if (typeof mod.unknownCheckingProxy !== "function" || typeof mod.UnknownValueError !== "function" || unknowns.some((u) => typeof u !== "string")) {
        return "@pulumi/policy's proxy module does not have the expected exports";
    }
    if (mod.unknownCheckingProxy.ackguardLean) return undefined;
    const isUnknown = new Set(unknowns);
    const { isSpecialProxy, getSpecialProxyTarget, UnknownValueError } = mod;
    class Handler {
        constructor(readonly parent: Handler | undefined, readonly key: PropertyKey | undefined) {}
        path(last: PropertyKey): PropertyKey[] {
            const out = [last];
            for (let h: Handler | undefined = this; h?.parent !== undefined; h = h.parent) out.push(h.key!);
            return out.reverse();
        }
        get(obj: Record<PropertyKey, unknown>, prop: PropertyKey): unknown {
            if (prop === isSpecialProxy) return true;
            if (prop === getSpecialProxyTarget) return obj;
            const field = obj[prop];
            if (isUnknown.has(field)) throw new UnknownValueError(field, this.path(prop));
            // The SDK wraps only objects (and functions); a primitive comes back as it is either way.
            if (!(field instanceof Object)) return field;
            // Its proxy invariant: a non-configurable, non-writable own data property is returned as is.
            const desc = Object.getOwnPropertyDescriptor(obj, prop);
            if (desc && "value" in desc && desc.configurable === false && desc.writable === false) return field;
            return new Proxy(field, new Handler(this, prop));
        }
    }
    const lean = ((o: unknown) => (o instanceof Object ? new Proxy(o, new Handler(undefined, undefined)) : o)) as ProxyModule["unknownCheckingProxy"];
    lean.ackguardLean = true;
    mod.unknownCheckingProxy = lean;
    return undefined;
}
