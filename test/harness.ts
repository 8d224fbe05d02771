// The test harness: the real ACKGuard PolicyPack, served by the real @pulumi/policy gRPC server
// inside the test process, judged through the same AnalyzerClient the CLI uses. So every test
// goes through what the engine's calls go through: protobuf Structs, the SDK deserializer (secrets
// unwrapped, unknown sentinels kept), `unknownCheckingProxy`, notApplicable, Configure with schema
// defaults, ConfigureStack's stack tags.
import { AnalyzeResult, AnalyzerClient, AnalyzerInfo, AnalyzerResource, Diagnostic, ResourceOptions } from "../cli/engine/analyzer";
import { PolicyPackConfigFile, resolvePolicyConfig } from "../cli/engine/policyConfig";
import { ExampleCase, EXAMPLES_AS_OF, ExampleResource, PolicyExamples } from "../model/examples";
import { AS_OF_ENV } from "../model/kubernetesVersions";

export const STACK = "dev";
export const PROJECT = "ackguard-test";

export function urnOf(type: string, name: string, parentType?: string): string {
    const t = parentType ? `${parentType}$${type}` : type;
    return `urn:pulumi:${STACK}::${PROJECT}::${t}::${name}`;
}

/** Removes undefined values (the engine never sends them; protobuf Structs cannot hold them). */
export function clean<T>(v: T): T {
    if (Array.isArray(v)) {
        return v.map(clean) as unknown as T;
    }
    if (v !== null && typeof v === "object") {
        const out: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v)) {
            if (x !== undefined) {
                out[k] = clean(x);
            }
        }
        return out as T;
    }
    return v;
}

/** Example resources as the engine sends a stack: URNs, parents, providers, (property) dependencies by URN. */
export function stackResources(resources: ExampleResource[]): AnalyzerResource[] {
    const urns = new Map(resources.map((r) => [r.name, urnOf(r.type, r.name)]));
    const urnFor = (n: string) => {
        const u = urns.get(n);
        if (!u) throw new Error(`example names unknown resource ${n}`);
        return u;
    };
    const providerOf = (n: string) => {
        const p = resources.find((x) => x.name === n);
        if (!p) throw new Error(`example names unknown provider ${n}`);
        return { type: p.type, name: p.name, urn: urnFor(p.name), props: clean(p.props) };
    };
    return resources.map((r) => ({
        type: r.type,
        name: r.name,
        urn: urnFor(r.name),
        props: clean(r.props),
        options: { protect: r.protect },
        parent: r.parent ? urnFor(r.parent) : undefined,
        provider: r.provider ? providerOf(r.provider) : undefined,
        dependencies: [...new Set(Object.values(r.propertyDependencies ?? {}).flat().map(urnFor))],
        propertyDependencies: Object.fromEntries(Object.entries(r.propertyDependencies ?? {}).map(([k, v]) => [k, v.map(urnFor)])),
    }));
}

let served: Promise<AnalyzerClient> | undefined;

/** Starts the pack once per test file (the SDK allows one pack per process) and connects to it. */
function servePack(): Promise<AnalyzerClient> {
    if (!served) {
        served = new Promise((resolve, reject) => {
            const log = console.log;
            const timer = setTimeout(() => reject(new Error("pack did not print its port")), 20000);
            console.log = (...args: unknown[]) => {
                const line = String(args[0]);
                if (/^\d+$/.test(line)) {
                    console.log = log;
                    clearTimeout(timer);
                    resolve(new AnalyzerClient(`127.0.0.1:${line}`));
                } else {
                    log(...args);
                }
            };
            // The pack entry exactly as the CLI loads it (it reads ./package.json from the cwd).
            require("../index");
        });
    }
    return served;
}

export interface TestResource {
    type: string;
    name?: string;
    props: Record<string, unknown>;
    options?: ResourceOptions;
    provider?: AnalyzerResource["provider"];
    parentType?: string;
}

export class Harness {
    private constructor(readonly client: AnalyzerClient, readonly info: AnalyzerInfo) {}

    static async start(): Promise<Harness> {
        const client = await servePack();
        const h = new Harness(client, await client.getAnalyzerInfo());
        await h.configure({});
        await h.configureStack({});
        return h;
    }

    /** Configures the pack as `--policy-pack-config` would (levels, properties, schema defaults). */
    async configure(file: PolicyPackConfigFile): Promise<void> {
        await this.client.configure(resolvePolicyConfig(this.info, file));
    }

    async configureStack(tags: Record<string, string>, dryRun = true): Promise<void> {
        await this.client.configureStack({ stack: STACK, project: PROJECT, organization: "acme", dryRun, tags });
    }

    resource(r: TestResource): AnalyzerResource {
        const name = r.name ?? "example";
        return { type: r.type, name, urn: urnOf(r.type, name, r.parentType), props: clean(r.props), options: r.options, provider: r.provider };
    }

    async analyze(r: TestResource): Promise<AnalyzeResult> {
        return this.client.analyze(this.resource(r));
    }

    /** Runs AnalyzeStack over example resources; property dependencies name other resources. */
    async analyzeStack(resources: ExampleResource[]): Promise<AnalyzeResult> {
        return this.client.analyzeStack(stackResources(resources));
    }

    /** Runs one example case; returns what its policy said about its target resource. */
    async runCase(ex: PolicyExamples, c: ExampleCase): Promise<{ diagnostics: Diagnostic[]; notApplicable: string[]; targetUrn: string }> {
        await this.configure(c.config ? { [ex.policy]: c.config } : {});
        await this.configureStack(c.stackTags ?? {});
        // The pack runs in this process and reads the date at each call.
        process.env[AS_OF_ENV] = c.asOf ?? EXAMPLES_AS_OF;
        let result: AnalyzeResult;
        let targetUrn: string;
        if (c.resources) {
            const target = c.resources.find((r) => r.name === c.target);
            if (!target) throw new Error(`case "${c.title}" has no target resource`);
            targetUrn = urnOf(target.type, target.name);
            result = await this.analyzeStack(c.resources);
        } else {
            const name = c.name ?? "example";
            const type = c.type ?? ex.resourceType;
            targetUrn = urnOf(type, name);
            result = await this.analyze({ type, name, props: c.props ?? {} });
        }
        return {
            diagnostics: result.diagnostics.filter((d) => d.policyName === ex.policy),
            notApplicable: result.notApplicable.filter((n) => n.policyName === ex.policy).map((n) => n.reason),
            targetUrn,
        };
    }
}
