// The one analyzer client. `ackguard preview`, `ackguard plan` and the tests all judge resources
// by talking to a policy pack over the Analyzer gRPC protocol, exactly as the Pulumi engine does;
// none of them calls a policy function directly.
import { ChildProcess } from "child_process";
import * as path from "path";
import * as grpc from "@grpc/grpc-js";
import { spawnWatched } from "./parentWatch";

// The generated protobuf modules of the @pulumi/pulumi the pack uses (instanceof checks need one copy).
// eslint-disable-next-line @typescript-eslint/no-var-requires
const analyzerpb = require("@pulumi/pulumi/proto/analyzer_pb");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const analyzerrpc = require("@pulumi/pulumi/proto/analyzer_grpc_pb");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const structpb = require("google-protobuf/google/protobuf/struct_pb");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const emptypb = require("google-protobuf/google/protobuf/empty_pb");

export type Level = "advisory" | "mandatory" | "remediate" | "disabled";
// Enum values from the generated proto (ADVISORY=0, MANDATORY=1, DISABLED=2, REMEDIATE=3).
const LEVEL_TO_PROTO: Record<Level, number> = {
    advisory: analyzerpb.EnforcementLevel.ADVISORY,
    mandatory: analyzerpb.EnforcementLevel.MANDATORY,
    disabled: analyzerpb.EnforcementLevel.DISABLED,
    remediate: analyzerpb.EnforcementLevel.REMEDIATE,
};
const PROTO_TO_LEVEL = new Map<number, Level>(Object.entries(LEVEL_TO_PROTO).map(([k, v]) => [v, k as Level]));
const SEVERITIES = new Map<number, string>([
    [analyzerpb.PolicySeverity.POLICY_SEVERITY_UNSPECIFIED, ""],
    [analyzerpb.PolicySeverity.POLICY_SEVERITY_LOW, "low"],
    [analyzerpb.PolicySeverity.POLICY_SEVERITY_MEDIUM, "medium"],
    [analyzerpb.PolicySeverity.POLICY_SEVERITY_HIGH, "high"],
    [analyzerpb.PolicySeverity.POLICY_SEVERITY_CRITICAL, "critical"],
]);

export interface ResourceOptions {
    protect?: boolean;
    ignoreChanges?: string[];
    deleteBeforeReplace?: boolean;
    aliases?: string[];
    additionalSecretOutputs?: string[];
    /** Seconds, as on the wire. */
    customTimeouts?: { create?: number; update?: number; delete?: number };
    parent?: string;
}

export interface ProviderRef {
    type: string;
    name: string;
    urn: string;
    props: Record<string, unknown>;
}

/** A resource as the engine hands it to an analyzer; props in wire form (see wire.ts). */
export interface AnalyzerResource {
    type: string;
    name: string;
    urn: string;
    props: Record<string, unknown>;
    options?: ResourceOptions;
    provider?: ProviderRef;
    parent?: string;
    dependencies?: string[];
    propertyDependencies?: Record<string, string[]>;
}

export interface Diagnostic {
    policyName: string;
    policyPackName: string;
    policyPackVersion: string;
    description: string;
    message: string;
    enforcementLevel: Level;
    severity: string;
    urn: string;
}

export interface AnalyzeResult {
    diagnostics: Diagnostic[];
    notApplicable: { policyName: string; reason: string }[];
}

export interface Remediation {
    policyName: string;
    policyPackName: string;
    policyPackVersion: string;
    description: string;
    /** The whole new props (wire form) when the policy rewrote them. */
    properties?: Record<string, unknown>;
    /** Set instead when the remediation could not run (e.g. an unknown value at preview). */
    diagnostic: string;
}

export interface RemediateResult {
    remediations: Remediation[];
    notApplicable: { policyName: string; reason: string }[];
}

export interface PolicyInfo {
    name: string;
    displayName: string;
    description: string;
    enforcementLevel: Level;
    policyType: "resource" | "stack" | "unknown";
    severity: string;
    url: string;
    remediationSteps: string;
    tags: string[];
    configSchema?: { properties: Record<string, unknown>; required: string[] };
}

export interface AnalyzerInfo {
    name: string;
    version: string;
    displayName: string;
    description: string;
    supportsConfig: boolean;
    policies: PolicyInfo[];
    initialConfig: Record<string, { enforcementLevel?: Level; properties: Record<string, unknown> }>;
}

/** Config as sent by Configure: an enforcement level and properties per policy. */
export type PolicyConfigMap = Record<string, { enforcementLevel: Level; properties: Record<string, unknown> }>;

export interface StackInfo {
    stack: string;
    project: string;
    organization: string;
    dryRun: boolean;
    tags: Record<string, string>;
    config?: Record<string, string>;
}

function levelToProto(l: Level): number {
    return LEVEL_TO_PROTO[l];
}

function levelFromProto(n: number): Level {
    return PROTO_TO_LEVEL.get(n) ?? "advisory";
}

function struct(v: Record<string, unknown>): unknown {
    return structpb.Struct.fromJavaScript(v ?? {});
}

/** The fields AnalyzeRequest and AnalyzerResource share (the engine fills both the same way). */
function withResourceFields<M>(msg: M, r: AnalyzerResource): M {
    const m = msg as any;
    m.setType(r.type);
    m.setName(r.name);
    m.setUrn(r.urn);
    m.setProperties(struct(r.props));
    m.setOptions(toOptions(r.options, r.parent));
    if (r.provider) {
        m.setProvider(toProvider(r.provider));
    }
    return msg;
}

function toAnalyzeRequest(r: AnalyzerResource): unknown {
    return withResourceFields(new analyzerpb.AnalyzeRequest(), r);
}

function toOptions(o: ResourceOptions = {}, parent?: string): unknown {
    const opts = new analyzerpb.AnalyzerResourceOptions();
    opts.setProtect(!!o.protect);
    opts.setIgnorechangesList(o.ignoreChanges ?? []);
    if (o.deleteBeforeReplace !== undefined) {
        opts.setDeletebeforereplace(o.deleteBeforeReplace);
        opts.setDeletebeforereplacedefined(true);
    }
    opts.setAliasesList(o.aliases ?? []);
    opts.setAdditionalsecretoutputsList(o.additionalSecretOutputs ?? []);
    if (o.customTimeouts) {
        const t = new analyzerpb.AnalyzerResourceOptions.CustomTimeouts();
        t.setCreate(o.customTimeouts.create ?? 0);
        t.setUpdate(o.customTimeouts.update ?? 0);
        t.setDelete(o.customTimeouts.delete ?? 0);
        opts.setCustomtimeouts(t);
    }
    const p = o.parent ?? parent;
    if (p) {
        opts.setParent(p);
    }
    return opts;
}

function toProvider(p: ProviderRef): unknown {
    const prov = new analyzerpb.AnalyzerProviderResource();
    prov.setType(p.type);
    prov.setName(p.name);
    prov.setUrn(p.urn);
    prov.setProperties(struct(p.props));
    return prov;
}

function toStackResource(r: AnalyzerResource): unknown {
    const res = withResourceFields(new analyzerpb.AnalyzerResource(), r);
    if (r.parent ?? r.options?.parent) {
        res.setParent(r.parent ?? r.options?.parent);
    }
    res.setDependenciesList(r.dependencies ?? []);
    const deps = res.getPropertydependenciesMap();
    for (const [k, urns] of Object.entries(r.propertyDependencies ?? {})) {
        const d = new analyzerpb.AnalyzerPropertyDependencies();
        d.setUrnsList(urns);
        deps.set(k, d);
    }
    return res;
}

function fromAnalyzeResponse(resp: any): AnalyzeResult {
    return {
        diagnostics: resp.getDiagnosticsList().map((d: any) => ({
            policyName: d.getPolicyname(),
            policyPackName: d.getPolicypackname(),
            policyPackVersion: d.getPolicypackversion(),
            description: d.getDescription(),
            message: d.getMessage(),
            enforcementLevel: levelFromProto(d.getEnforcementlevel()),
            severity: SEVERITIES.get(d.getSeverity()) ?? "",
            urn: d.getUrn(),
        })),
        notApplicable: resp.getNotApplicableList().map((n: any) => ({ policyName: n.getPolicyName(), reason: n.getReason() })),
    };
}

function fromAnalyzerInfo(ai: any): AnalyzerInfo {
    const initialConfig: AnalyzerInfo["initialConfig"] = {};
    ai.getInitialconfigMap().forEach((v: any, k: string) => {
        initialConfig[k] = {
            enforcementLevel: levelFromProto(v.getEnforcementlevel()),
            properties: v.getProperties()?.toJavaScript() ?? {},
        };
    });
    return {
        name: ai.getName(),
        version: ai.getVersion(),
        displayName: ai.getDisplayname(),
        description: ai.getDescription(),
        supportsConfig: ai.getSupportsconfig(),
        initialConfig,
        policies: ai.getPoliciesList().map((p: any) => {
            const schema = p.getConfigschema();
            return {
                name: p.getName(),
                displayName: p.getDisplayname(),
                description: p.getDescription(),
                enforcementLevel: levelFromProto(p.getEnforcementlevel()),
                policyType: p.getPolicyType() === analyzerpb.PolicyType.POLICY_TYPE_RESOURCE ? "resource"
                    : p.getPolicyType() === analyzerpb.PolicyType.POLICY_TYPE_STACK ? "stack" : "unknown",
                severity: SEVERITIES.get(p.getSeverity()) ?? "",
                url: p.getUrl(),
                remediationSteps: p.getRemediationSteps(),
                tags: p.getTagsList(),
                configSchema: schema
                    ? { properties: schema.getProperties()?.toJavaScript() ?? {}, required: schema.getRequiredList() }
                    : undefined,
            };
        }),
    };
}

// Every process ACKGuard starts (the pack, the program run) is stopped when ACKGuard ends, however it
// ends: normally, on an error, on SIGINT / SIGTERM (main.ts) or when its output pipe closes.
const running = new Set<() => void>();

/** Registers a stop function; returns the function that unregisters it. */
export function trackProcess(stop: () => void): () => void {
    running.add(stop);
    return () => running.delete(stop);
}

/** Stops every process still running (synchronous, so it can run in an `exit` handler). */
export function stopAllProcesses(): void {
    for (const stop of [...running]) {
        try {
            stop();
        } catch {
            /* already gone */
        }
    }
    running.clear();
}
process.on("exit", stopAllProcesses);

/** A pack that did not answer in time: the cause is printed in one line (exit 2). */
export class PackTimeoutError extends Error {}

/** How many `Analyze` calls `analyzeEach` keeps in flight (the CLI's and the stack benchmark's). */
export const ANALYZE_WINDOW = 64;

/** A gRPC client for one running policy pack. */
export class AnalyzerClient {
    private readonly client: any;
    /** Deadline of each call, milliseconds. */
    timeoutMs = 600000;

    constructor(readonly address: string) {
        this.client = new analyzerrpc.AnalyzerClient(address, grpc.credentials.createInsecure(), {
            "grpc.max_receive_message_length": 400 * 1024 * 1024,
            "grpc.max_send_message_length": 400 * 1024 * 1024,
        });
    }

    private call<T>(method: string, req: unknown): Promise<T> {
        const deadline = new Date(Date.now() + this.timeoutMs);
        return new Promise((resolve, reject) => {
            this.client[method](req, { deadline }, (err: (Error & { code?: number }) | null, resp: T) => {
                if (err && err.code === grpc.status.DEADLINE_EXCEEDED) {
                    reject(new PackTimeoutError(`the policy pack did not answer ${method} within ${Math.round(this.timeoutMs / 1000)} s (a policy that never returns?)`));
                } else if (err) {
                    reject(err);
                } else {
                    resolve(resp);
                }
            });
        });
    }

    async getAnalyzerInfo(): Promise<AnalyzerInfo> {
        return fromAnalyzerInfo(await this.call("getAnalyzerInfo", new emptypb.Empty()));
    }

    async getPluginVersion(): Promise<string> {
        return ((await this.call("getPluginInfo", new emptypb.Empty())) as any).getVersion();
    }

    async configureStack(s: StackInfo): Promise<void> {
        const req = new analyzerpb.AnalyzerStackConfigureRequest();
        req.setStack(s.stack);
        req.setProject(s.project);
        req.setOrganization(s.organization);
        req.setDryRun(s.dryRun);
        const tags = req.getTagsMap();
        for (const [k, v] of Object.entries(s.tags)) {
            tags.set(k, v);
        }
        const config = req.getConfigMap();
        for (const [k, v] of Object.entries(s.config ?? {})) {
            config.set(k, v);
        }
        await this.call("configureStack", req);
    }

    async configure(config: PolicyConfigMap): Promise<void> {
        const req = new analyzerpb.ConfigureAnalyzerRequest();
        const map = req.getPolicyconfigMap();
        for (const [name, c] of Object.entries(config)) {
            const pc = new analyzerpb.PolicyConfig();
            pc.setEnforcementlevel(levelToProto(c.enforcementLevel));
            pc.setProperties(struct(c.properties));
            map.set(name, pc);
        }
        await this.call("configure", req);
    }

    async analyze(r: AnalyzerResource): Promise<AnalyzeResult> {
        return fromAnalyzeResponse(await this.call("analyze", toAnalyzeRequest(r)));
    }

    /**
     * Analyzes every resource, at most ANALYZE_WINDOW calls in flight (the engine analyzes resources
     * concurrently; a bounded window keeps a 20,000-resource stack from holding 20,000 requests at
     * once), and hands each result to `onResult` with the resource's index as it arrives.
     */
    async analyzeEach(resources: readonly AnalyzerResource[], onResult: (i: number, result: AnalyzeResult) => void): Promise<void> {
        let next = 0;
        const worker = async () => {
            while (next < resources.length) {
                const i = next++;
                onResult(i, await this.analyze(resources[i]));
            }
        };
        await Promise.all(Array.from({ length: Math.min(ANALYZE_WINDOW, resources.length) }, worker));
    }

    /** The engine's first pass (level `remediate`): props in wire form, as the engine would apply them. */
    async remediate(r: AnalyzerResource): Promise<RemediateResult> {
        const resp: any = await this.call("remediate", toAnalyzeRequest(r));
        return {
            remediations: resp.getRemediationsList().map((x: any) => ({
                policyName: x.getPolicyname(),
                policyPackName: x.getPolicypackname(),
                policyPackVersion: x.getPolicypackversion(),
                description: x.getDescription(),
                properties: x.hasProperties() ? x.getProperties().toJavaScript() : undefined,
                diagnostic: x.getDiagnostic(),
            })),
            notApplicable: resp.getNotApplicableList().map((n: any) => ({ policyName: n.getPolicyName(), reason: n.getReason() })),
        };
    }

    async analyzeStack(resources: AnalyzerResource[]): Promise<AnalyzeResult> {
        const req = new analyzerpb.AnalyzeStackRequest();
        req.setResourcesList(resources.map(toStackResource));
        return fromAnalyzeResponse(await this.call("analyzeStack", req));
    }

    close(): void {
        this.client.close();
    }
}

/**
 * The error a pack printed when it failed to load: colour codes stripped, stack frames dropped,
 * the error line itself kept (run-policy-pack prints the error first, then frames).
 */
export function packError(stderr: string): string {
    // eslint-disable-next-line no-control-regex
    const all = stderr.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "").split("\n").map((l) => l.trim()).filter((l) => l !== "");
    const lines = all.filter((l) => !/^at\s/.test(l));
    const err = lines.find((l) => /^([A-Z]\w*)?(Error|Exception)\b/.test(l)) ?? lines.find((l) => /error/i.test(l));
    // The innermost frame outside dependencies and Node itself: where the pack threw.
    const frame = all.filter((l) => /^at\s/.test(l)).map((l) => /\(?(\/[^():]+):(\d+):\d+\)?$/.exec(l)).find((m) => m && !m[1].includes("/node_modules/"));
    let text = err ?? lines.slice(-2).join(" ");
    if (frame) text += ` (${frame[1]}:${frame[2]})`;
    return text.length > 500 ? `${text.slice(0, 500)}…` : text || "(no output)";
}

/** A policy pack process started as the Pulumi CLI starts it. */
export interface PackProcess {
    address: string;
    child: ChildProcess;
    /** Milliseconds from spawn until the pack printed its port. */
    startupMs: number;
    stderr(): string;
    stop(): void;
}

/**
 * Starts a Node.js policy pack the way `pulumi preview --policy-pack <dir>` does: `node
 * @pulumi/pulumi/cmd/run-policy-pack <engine-address> .` with the pack directory as cwd (the CLI's
 * `pulumi-analyzer-policy` shim resolves run-policy-pack from there), then reads the port from the
 * first line of stdout.
 */
export function startPackProcess(packDir: string, opts: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<PackProcess> {
    const dir = path.resolve(packDir);
    let runner: string;
    try {
        runner = require.resolve("@pulumi/pulumi/cmd/run-policy-pack", { paths: [dir] });
    } catch {
        return Promise.reject(new Error(`cannot find @pulumi/pulumi/cmd/run-policy-pack from ${dir}: run 'npm install' in the policy pack`));
    }
    const started = process.hrtime.bigint();
    // Detached (its own process group, stopped as one), and watching this process: it exits when ackguard is gone.
    const child = spawnWatched(process.execPath, [runner, "127.0.0.1:0", "."], {
        cwd: dir,
        env: { ...process.env, ...opts.env },
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
    });
    let out = "";
    let err = "";
    let untrack = () => {};
    const stop = () => {
        untrack();
        try {
            process.kill(-child.pid!, "SIGKILL");
        } catch {
            /* already gone */
        }
    };
    untrack = trackProcess(stop);
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            stop();
            reject(new Error(`policy pack in ${dir} did not print its port within ${opts.timeoutMs ?? 60000} ms. stderr: ${err.trim()}`));
        }, opts.timeoutMs ?? 60000);
        child.stderr!.on("data", (d) => (err += d.toString()));
        child.stdout!.on("data", (d) => {
            out += d.toString();
            const nl = out.indexOf("\n");
            if (nl < 0) {
                return;
            }
            clearTimeout(timer);
            const first = out.slice(0, nl).trim();
            if (!/^\d+$/.test(first)) {
                stop();
                reject(new Error(`policy pack in ${dir} wrote a non-numeric port to stdout: ${JSON.stringify(first)}`));
                return;
            }
            child.stdout!.removeAllListeners("data");
            child.stdout!.resume();
            resolve({
                address: `127.0.0.1:${first}`,
                child,
                startupMs: Number(process.hrtime.bigint() - started) / 1e6,
                stderr: () => err,
                stop,
            });
        });
        child.on("error", (e) => {
            clearTimeout(timer);
            untrack();
            reject(new Error(`cannot start the policy pack in ${dir}: ${e.message}`));
        });
        child.on("exit", (code) => {
            clearTimeout(timer);
            untrack();
            reject(new Error(`the policy pack in ${dir} exited with code ${code} while loading: ${packError(err)}`));
        });
    });
}
