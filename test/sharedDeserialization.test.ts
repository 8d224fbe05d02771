// model/sharedDeserialization.ts: the pack's one deserialization per request, shared by its policies.
// It must change nothing but the time: the same responses with it on and off, over the analyzer
// protocol, and no policy may write to the props it shares.
import * as path from "path";
import { AnalyzeResult, AnalyzerClient, AnalyzerResource, startPackProcess, PackProcess } from "../cli/engine/analyzer";
import { resolvePolicyConfig } from "../cli/engine/policyConfig";
import { denseStack, previewStack } from "../bench/stack";
import { ExampleCase, PolicyExamples } from "../model/examples";
import { allExamples } from "./examples";

// Recorder under the shared deserializer (installed before the pack loads): every object the SDK's
// own deserializer made, with what it held when made.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sdkDeserialize = require(path.join(path.dirname(require.resolve("@pulumi/policy")), "deserialize.js")) as {
    deserializeProperties: (s: object, proxySecrets: boolean) => Record<string, unknown>;
};
const made: { props: Record<string, unknown>; json: string }[] = [];
let structsSeen = 0;
const sdkOriginal = sdkDeserialize.deserializeProperties;
sdkDeserialize.deserializeProperties = (s, proxySecrets) => {
    structsSeen++;
    const props = sdkOriginal(s, proxySecrets);
    if (!proxySecrets) made.push({ props, json: JSON.stringify(props) });
    return props;
};

// The harness loads the pack entry (index.ts), which installs the shared deserializer over the recorder.
import { clean, Harness, stackResources, urnOf } from "./harness";
import { installSharedDeserialization, sharingOff } from "../model/sharedDeserialization";

const ROOT = path.join(__dirname, "..", "..");
let h: Harness;
beforeAll(async () => {
    h = await Harness.start();
});

const sorted = (r: AnalyzeResult) => ({
    diagnostics: [...r.diagnostics].sort((a, b) => `${a.policyName}|${a.urn}|${a.message}`.localeCompare(`${b.policyName}|${b.urn}|${b.message}`)),
    notApplicable: [...r.notApplicable].sort((a, b) => `${a.policyName}|${a.reason}`.localeCompare(`${b.policyName}|${b.reason}`)),
});

const casesOf = (ex: PolicyExamples): ExampleCase[] => [...ex.compliant, ...ex.violating, ...ex.omitted, ...ex.unknown, ...(ex.more ?? [])];

/** Every example case judged under the default configuration, as the resources it sends. */
function defaultCases(): { stack: AnalyzerResource[]; isStack: boolean }[] {
    return allExamples.flatMap((ex) =>
        casesOf(ex)
            .filter((c) => !c.config && !c.stackTags)
            .map((c) => {
                if (c.resources) return { stack: stackResources(c.resources), isStack: true };
                const type = c.type ?? ex.resourceType;
                const name = c.name ?? "example";
                return { stack: [{ type, name, urn: urnOf(type, name), props: clean(c.props ?? {}) }], isStack: false };
            }),
    );
}

describe("shared deserialization", () => {
    it("is on in the pack for the checked SDK version, and installing it again changes nothing", () => {
        expect(sharingOff).toBeUndefined();
        const installed = sdkDeserialize.deserializeProperties;
        expect(installed).not.toBe(sdkOriginal);
        expect(installSharedDeserialization()).toBeUndefined();
        expect(sdkDeserialize.deserializeProperties).toBe(installed);
    });

    it("deserializes each request once for all policies", async () => {
        const before = structsSeen;
        await h.analyze({ type: "alicloud:cs/managedKubernetes:ManagedKubernetes", name: "once", props: { clusterSpec: "ack.pro.small", vswitchIds: ["vsw-a"] } });
        // The request's props once (the SDK asks for every multi-type policy); no provider was sent.
        expect(structsSeen - before).toBe(1);
    });

    it("no policy writes to the props it is handed: every example, through Analyze and AnalyzeStack", async () => {
        made.length = 0;
        await h.configure({});
        await h.configureStack({});
        // Cases with their own configuration run the same checks; the default configuration suffices here.
        const cases = defaultCases();
        for (let i = 0; i < cases.length; i += 32) {
            await Promise.all(cases.slice(i, i + 32).map(async ({ stack, isStack }) => {
                await Promise.all(stack.map((r) => h.client.analyze(r)));
                if (isStack) await h.client.analyzeStack(stack);
            }));
        }
        expect(cases.length).toBeGreaterThan(500);
        expect(made.length).toBeGreaterThan(cases.length);
        const written = made.filter((m) => JSON.stringify(m.props) !== m.json).map((m) => m.json.slice(0, 200));
        expect(written).toEqual([]);
    });
});

describe("the same responses with sharing on and off (two pack processes over gRPC)", () => {
    let on: PackProcess;
    let off: PackProcess;
    let a: AnalyzerClient;
    let b: AnalyzerClient;
    beforeAll(async () => {
        [on, off] = await Promise.all([startPackProcess(ROOT), startPackProcess(ROOT, { env: { ACKGUARD_SHARED_DESERIALIZATION: "0" } })]);
        a = new AnalyzerClient(on.address);
        b = new AnalyzerClient(off.address);
        for (const c of [a, b]) {
            await c.configureStack({ stack: "dev", project: "p", organization: "o", dryRun: true, tags: {} });
            await c.configure(resolvePolicyConfig(await c.getAnalyzerInfo(), {}));
        }
    });
    afterAll(() => {
        a?.close();
        b?.close();
        on?.stop();
        off?.stop();
    });

    it("a generated 600-resource preview stack and a dense 60-resource one", async () => {
        for (const stack of [previewStack(600), denseStack(60)]) {
            const [x, y] = await Promise.all([Promise.all(stack.map((r) => a.analyze(r))), Promise.all(stack.map((r) => b.analyze(r)))]);
            expect(x.map(sorted)).toEqual(y.map(sorted));
            expect(x.some((r) => r.diagnostics.length > 0)).toBe(true);
            const [sx, sy] = await Promise.all([a.analyzeStack(stack), b.analyzeStack(stack)]);
            expect(sorted(sx)).toEqual(sorted(sy));
            expect(sx.diagnostics.length).toBeGreaterThan(0);
        }
    });

    it("every example's resources", async () => {
        const cases = defaultCases();
        let compared = 0;
        for (let i = 0; i < cases.length; i += 32) {
            await Promise.all(cases.slice(i, i + 32).map(async ({ stack, isStack }) => {
                for (const r of stack) {
                    const [x, y] = await Promise.all([a.analyze(r), b.analyze(r)]);
                    expect(sorted(x)).toEqual(sorted(y));
                    compared++;
                }
                if (isStack) {
                    const [x, y] = await Promise.all([a.analyzeStack(stack), b.analyzeStack(stack)]);
                    expect(sorted(x)).toEqual(sorted(y));
                }
            }));
        }
        expect(compared).toBeGreaterThan(500);
    });
});
