// model/sharedAnalysis.ts (the type dispatch for Analyze, the one stack view for AnalyzeStack, the
// lean unknown-checking proxy) and
// model/responseEncoding.ts (responses written by Node's UTF-8 encoder).
// They must change nothing but the time: the same responses, in the same order, with each of them
// (and the shared deserialization) on and off, over the analyzer protocol; and no stack policy may
// write to the stack view all of them share.
import { AnalyzeResult, AnalyzerClient, AnalyzerInfo, AnalyzerResource, PackProcess, startPackProcess } from "../cli/engine/analyzer";
import { PolicyPackConfigFile, resolvePolicyConfig } from "../cli/engine/policyConfig";
import { denseStack, hardenedStack, previewStack } from "../bench/stack";
import { ExampleCase, PolicyExamples } from "../model/examples";
import { setStackViewObserver, shortcutsOff } from "../model/sharedAnalysis";
import { encodingOff } from "../model/responseEncoding";
import { allExamples } from "./examples";
import { clean, Harness, stackResources, urnOf } from "./harness";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");

const casesOf = (ex: PolicyExamples): ExampleCase[] => [...ex.compliant, ...ex.violating, ...ex.omitted, ...ex.unknown, ...(ex.more ?? [])];

interface Sent {
    stack: AnalyzerResource[];
    isStack: boolean;
    config: PolicyPackConfigFile;
    tags: Record<string, string>;
}

/** Every example case as the resources it sends, with its configuration and stack tags. */
function exampleCases(): Sent[] {
    return allExamples.flatMap((ex) =>
        casesOf(ex).map((c) => {
            const config = c.config ? { [ex.policy]: c.config } : {};
            const tags = c.stackTags ?? {};
            if (c.resources) return { stack: stackResources(c.resources), isStack: true, config, tags };
            const type = c.type ?? ex.resourceType;
            const name = c.name ?? "example";
            return { stack: [{ type, name, urn: urnOf(type, name), props: clean(c.props ?? {}) }], isStack: false, config, tags };
        }),
    );
}

/** A response as data, in the order the pack gave it; an error as its first line (its stack trace names the caller). */
async function answer(p: Promise<AnalyzeResult>): Promise<unknown> {
    try {
        const r = await p;
        return { diagnostics: r.diagnostics, notApplicable: r.notApplicable };
    } catch (e) {
        return { error: (e instanceof Error ? e.message : String(e)).split("\n")[0] };
    }
}

describe("shared analysis in the pack", () => {
    let h: Harness;
    beforeAll(async () => {
        h = await Harness.start();
    });
    afterAll(() => setStackViewObserver(undefined));

    it("is on for the checked SDK version", () => {
        expect(shortcutsOff).toEqual({ typeDispatch: undefined, sharedStack: undefined, leanProxy: undefined });
        expect(encodingOff).toBeUndefined();
    });

    it("writes every response byte for byte as google-protobuf does", async () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const pb = require(require.resolve("@pulumi/pulumi/proto/analyzer_pb", { paths: [path.dirname(require.resolve("@pulumi/policy"))] }));
        const proto = pb.AnalyzeResponse.prototype;
        const fast = proto.serializeBinary;
        expect(fast.ackguardFast).toBe(true);
        let compared = 0;
        const differ: string[] = [];
        proto.serializeBinary = function (this: unknown) {
            const mine = Buffer.from(fast.call(this));
            const theirs = Buffer.from(fast.original.call(this));
            compared++;
            if (!mine.equals(theirs)) differ.push(JSON.stringify((this as { toObject(): unknown }).toObject()).slice(0, 300));
            return mine;
        };
        try {
            await h.configure({});
            await h.configureStack({});
            const stack = previewStack(300);
            await Promise.all(stack.map((r) => h.client.analyze(r)));
            await h.client.analyzeStack(stack);
            for (const c of exampleCases().filter((x) => Object.keys(x.config).length === 0 && Object.keys(x.tags).length === 0)) {
                await Promise.all(c.stack.map((r) => h.client.analyze(r)));
                if (c.isStack) await h.client.analyzeStack(c.stack);
            }
            // Strings google-protobuf and Node encode alike and differently (a lone surrogate), enums, empty fields.
            const odd = new pb.AnalyzeResponse();
            const texts = ["", "é", "€ 😀 ✓", "\uD800", "a\uDC00b", "x".repeat(70000)].map((t) => JSON.parse(`"${t}"`) as string);
            odd.setDiagnosticsList(texts.map((t, i) => {
                const d = new pb.AnalyzeDiagnostic();
                d.setPolicyname(t);
                d.setMessage(t);
                d.setUrn(t);
                d.setEnforcementlevel(i % 3);
                d.setSeverity(i % 5);
                return d;
            }));
            odd.setNotApplicableList(texts.map((t) => {
                const n = new pb.PolicyNotApplicable();
                n.setPolicyName(t);
                n.setReason(t);
                return n;
            }));
            odd.serializeBinary();
            new pb.AnalyzeResponse().serializeBinary();
        } finally {
            proto.serializeBinary = fast;
        }
        expect(differ).toEqual([]);
        expect(compared).toBeGreaterThan(1000);
    });

    it("no stack policy writes to the stack view it shares: every stack example with the view frozen", async () => {
        let views = 0;
        setStackViewObserver((resources) => {
            views++;
            for (const r of resources as Record<string, unknown>[]) {
                for (const k of ["dependencies", "propertyDependencies", "provider", "opts"]) {
                    const v = r[k];
                    if (v !== null && typeof v === "object") Object.freeze(v);
                }
                Object.freeze(r);
            }
            Object.freeze(resources);
        });
        const cases = exampleCases().filter((c) => c.isStack);
        let configured = "";
        for (const c of cases) {
            const setting = JSON.stringify([c.config, c.tags]);
            if (setting !== configured) {
                await h.configure(c.config);
                await h.configureStack(c.tags);
                configured = setting;
            }
            // A write to a frozen object throws in the policies' strict-mode code: a gRPC error here.
            await h.client.analyzeStack(c.stack);
        }
        await h.configure({});
        await h.configureStack({});
        await h.client.analyzeStack(previewStack(300));
        expect(views).toBe(cases.length + 1);
        expect(cases.length).toBeGreaterThan(150);
    }, 600_000);
});

describe("the same responses with each shortcut on and off (pack processes over gRPC)", () => {
    const variants: { label: string; env: NodeJS.ProcessEnv }[] = [
        { label: "type dispatch off", env: { ACKGUARD_TYPE_DISPATCH: "0" } },
        { label: "shared stack off", env: { ACKGUARD_SHARED_STACK: "0" } },
        { label: "fast encoding off", env: { ACKGUARD_FAST_ENCODING: "0" } },
        { label: "lean proxy off", env: { ACKGUARD_LEAN_PROXY: "0" } },
        { label: "all off", env: { ACKGUARD_TYPE_DISPATCH: "0", ACKGUARD_SHARED_STACK: "0", ACKGUARD_SHARED_DESERIALIZATION: "0", ACKGUARD_FAST_ENCODING: "0", ACKGUARD_LEAN_PROXY: "0" } },
    ];
    let packs: PackProcess[] = [];
    let clients: AnalyzerClient[] = [];
    let infos: AnalyzerInfo[] = [];
    beforeAll(async () => {
        packs = await Promise.all([startPackProcess(ROOT), ...variants.map((v) => startPackProcess(ROOT, { env: v.env }))]);
        clients = packs.map((p) => new AnalyzerClient(p.address));
        infos = await Promise.all(clients.map((c) => c.getAnalyzerInfo()));
    });
    afterAll(() => {
        for (const c of clients) c.close();
        for (const p of packs) p.stop();
    });

    const setUp = async (config: PolicyPackConfigFile, tags: Record<string, string> = {}) => {
        await Promise.all(clients.map(async (c, i) => {
            await c.configureStack({ stack: "dev", project: "p", organization: "o", dryRun: true, tags });
            await c.configure(resolvePolicyConfig(infos[i], config));
        }));
    };
    /** Sends the same stack to every pack (Analyze per resource, then AnalyzeStack); expects every answer equal to the first pack's. */
    const compare = async (stack: AnalyzerResource[], isStack = true): Promise<unknown[]> => {
        const [on, ...others] = await Promise.all(clients.map(async (c) => {
            const each = await Promise.all(stack.map((r) => answer(c.analyze(r))));
            return isStack ? [...each, await answer(c.analyzeStack(stack))] : each;
        }));
        others.forEach((o, i) => expect({ [variants[i].label]: o }).toEqual({ [variants[i].label]: on }));
        return on;
    };

    it("a generated 600-resource preview stack, a hardened one and a dense 60-resource one", async () => {
        await setUp({});
        for (const stack of [previewStack(600), hardenedStack(600), denseStack(60)]) {
            const on = (await compare(stack)) as { diagnostics: unknown[] }[];
            expect(on.some((r) => r.diagnostics.length > 0)).toBe(true);
        }
    });

    it("the preview stack under a configuration with disabled, remediate-level and exempted policies", async () => {
        const stack = previewStack(300);
        await setUp({
            "ack-cluster-private-endpoint": "disabled",
            "ack-nodepool-containerd": "disabled",
            "ack-kms-key-rotation": "disabled",
            "ack-cluster-deletion-protection": "remediate",
            "ack-cluster-secret-encryption": { enforcementLevel: "mandatory", exemptions: [{ resource: "ack-1", reason: "a test cluster, torn down nightly" }] },
            "ack-cluster-audit-log": { exemptions: [{ resource: "ack-2", reason: "a test cluster, torn down nightly" }] },
        });
        await compare(stack);
        await setUp({ all: "disabled" });
        await compare(stack);
        await setUp({}, { env: "sandbox" });
        await compare(stack);
    });

    it("every example case, with its own configuration and stack tags", async () => {
        const cases = exampleCases();
        let compared = 0;
        for (const withConfig of [false, true]) {
            const batch = cases.filter((c) => (Object.keys(c.config).length > 0 || Object.keys(c.tags).length > 0) === withConfig);
            if (!withConfig) {
                await setUp({});
                for (let i = 0; i < batch.length; i += 32) {
                    await Promise.all(batch.slice(i, i + 32).map((c) => compare(c.stack, c.isStack)));
                }
            } else {
                for (const c of batch) {
                    await setUp(c.config, c.tags);
                    await compare(c.stack, c.isStack);
                }
            }
            compared += batch.length;
        }
        expect(compared).toBe(cases.length);
        expect(compared).toBeGreaterThan(900);
    }, 900_000);

    it("types no policy covers, a provider and requests the SDK cannot deserialize", async () => {
        await setUp({});
        const secret = (v: unknown) => ({ "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", ...(v === undefined ? {} : { value: v }) });
        const provider = { type: "pulumi:providers:alicloud", name: "p", urn: urnOf("pulumi:providers:alicloud", "p"), props: { region: "cn-hangzhou" } };
        const stack: AnalyzerResource[] = [
            { type: "random:index/randomPet:RandomPet", name: "pet", urn: urnOf("random:index/randomPet:RandomPet", "pet"), props: { length: 2 } },
            { type: "alicloud:ecs/instance:Instance", name: "vm", urn: urnOf("alicloud:ecs/instance:Instance", "vm"), props: { password: secret("x") }, provider },
            { type: "alicloud:cs/nodePool:NodePool", name: "np", urn: urnOf("alicloud:cs/nodePool:NodePool", "np"), props: { password: secret("x"), runtimeName: "docker" }, provider },
        ];
        await compare(stack);
        // A secret without its value: the SDK's deserializer throws, so the request fails the same way everywhere.
        const broken: AnalyzerResource[] = [
            { type: "random:index/randomPet:RandomPet", name: "pet", urn: urnOf("random:index/randomPet:RandomPet", "pet"), props: { length: secret(undefined) } },
            { type: "alicloud:cs/nodePool:NodePool", name: "np", urn: urnOf("alicloud:cs/nodePool:NodePool", "np"), props: { password: secret(undefined) } },
            { ...stack[0], name: "pet2", urn: urnOf("random:index/randomPet:RandomPet", "pet2"), provider: { ...provider, props: { region: secret(undefined) } } },
        ];
        const on = (await compare(broken)) as { error?: string }[];
        expect(on.filter((r) => r.error !== undefined).length).toBeGreaterThan(1);
    });
});
