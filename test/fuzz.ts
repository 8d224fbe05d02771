// Property-based fuzzing of the whole pack through the real analyzer (the in-process harness: the
// SDK's gRPC server, deserializer and preview proxy). Props of every resource type the pack inspects
// are derived from the policies' own examples and mutated into odd shapes; stacks get odd graphs.
// Three properties, checked on every case:
//   1. no policy throws (the SDK turns a throw into a gRPC error, and the engine stops the preview);
//   2. an unknown value never yields a mandatory violation: a policy with no mandatory violation on
//      some props has none once any of their values is replaced by an unknown;
//   3. a secret, or a value under a key that names a credential (password, token, accessKey...), is
//      never echoed in a message or a not-applicable reason.
// Used by test/fuzz.test.ts (fixed seed, bounded) and scripts/fuzz.ts (`npm run fuzz`, longer).
import fc from "fast-check";
import { AnalyzeResult, AnalyzerResource } from "../cli/engine/analyzer";
import { redactMessage } from "../cli/report/redact";
import { collectSecretStrings } from "../cli/frontends/pulumi/state";
import { isSecret, secret, UNKNOWN_SENTINELS } from "../model/wire";
import { ExampleResource } from "../model/examples";
import { T } from "../model/resources";
import { WORKLOAD_KINDS, WORKLOAD_TOKENS } from "../policies/workloads/kinds";
import { allExamples } from "./examples";
import { clean, Harness, urnOf } from "./harness";

type Json = unknown;
type Bag = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Base props: the examples' own props, by type

function caseList() {
    return allExamples.flatMap((ex) => [...ex.compliant, ...ex.violating, ...ex.omitted, ...ex.unknown, ...(ex.more ?? [])].map((c) => ({ ex, c })));
}

function podSpecs(): Bag[] {
    const out: Bag[] = [];
    for (const { ex, c } of caseList()) {
        if ((c.type ?? ex.resourceType) !== "kubernetes:apps/v1:Deployment" || !c.props) continue;
        const spec = (((c.props as Bag).spec as Bag | undefined)?.template as Bag | undefined)?.spec;
        if (spec !== null && typeof spec === "object" && !Array.isArray(spec)) out.push(spec as Bag);
    }
    return out;
}

function workloadProps(token: string, spec: Bag): Bag {
    const info = WORKLOAD_KINDS[token];
    const one = info.shape === "pod" ? { spec }
        : info.shape === "template" ? { spec: { template: { spec } } }
            : { spec: { jobTemplate: { spec: { template: { spec } } } } };
    return info.list ? { items: [one, one] } : one;
}

/** Every type the pack inspects, with example props to mutate (`{}` when a type has none). */
export function baseProps(): Map<string, Bag[]> {
    const out = new Map<string, Bag[]>();
    const add = (type: string, props: unknown) => {
        if (props === null || typeof props !== "object") return;
        const list = out.get(type) ?? [];
        list.push(props as Bag);
        out.set(type, list);
    };
    for (const { ex, c } of caseList()) {
        if (c.props) add(c.type ?? ex.resourceType, c.props);
        for (const r of c.resources ?? []) add(r.type, r.props);
    }
    const specs = podSpecs();
    for (const token of WORKLOAD_TOKENS) {
        for (const s of specs.slice(0, 6)) add(token, workloadProps(token, s));
    }
    for (const token of Object.values(T)) {
        if (!out.has(token)) out.set(token, [{}]);
    }
    return out;
}

/** The stack examples: resource lists with property dependencies by name. */
export function baseStacks(): ExampleResource[][] {
    return caseList().filter(({ c }) => c.resources).map(({ c }) => c.resources!);
}

// ---------------------------------------------------------------------------------------------
// Odd values and where to put them

/**
 * A value that must never be printed: random, never a word of ACK, and shaped like a name (letters
 * and digits only), so that `quote` would print it: a secret shaped like a name, version or image
 * is exactly what a policy cannot tell from an ordinary value.
 */
export const markerArb = fc.stringMatching(/^[A-Za-z0-9]{6}$/).map((s) => `Zq${s}Xv`);
/** The markers in a text (for grouping failures). */
const MARKER = /Zq[A-Za-z0-9]{6}Xv/g;

const CREDENTIAL_KEYS = ["password", "secret", "token", "accessKey", "accessKeySecret", "secretKey", "privateKey", "apiKey", "kubeconfig", "clientSecret", "oldPassword"];

/** Kinds of mutation, for the statistics. */
export type Mutation =
    | "null" | "bool" | "number" | "string" | "long-string" | "unicode" | "empty-array" | "huge-array" | "wrap-in-array"
    | "unwrap-array" | "object-for-primitive" | "deep-nesting" | "empty-object" | "drop" | "secret-existing" | "secret-marker"
    | "credential-key" | "unknown";

type Path = (string | number)[];

/**
 * Every path of a JSON value (the root excluded), objects' keys and arrays' indices. A secret's
 * signature is not a path (the engine never sends a malformed secret); its value is.
 */
function pathsOf(v: Json, prefix: Path = [], out: Path[] = [], depth = 0): Path[] {
    if (depth > 12) return out;
    if (isSecret(v)) {
        out.push([...prefix, "value"]);
        pathsOf(v.value, [...prefix, "value"], out, depth + 1);
    } else if (Array.isArray(v)) {
        v.slice(0, 8).forEach((x, i) => {
            out.push([...prefix, i]);
            pathsOf(x, [...prefix, i], out, depth + 1);
        });
    } else if (v !== null && typeof v === "object") {
        for (const [k, x] of Object.entries(v as Bag)) {
            out.push([...prefix, k]);
            pathsOf(x, [...prefix, k], out, depth + 1);
        }
    }
    return out;
}

function getAt(v: Json, p: Path): Json {
    let cur: Json = v;
    for (const k of p) {
        if (cur === null || typeof cur !== "object") return undefined;
        cur = (cur as Record<string | number, unknown>)[k];
    }
    return cur;
}

/** A copy of `v` with the value at `p` replaced (undefined: removed). */
function setAt(v: Json, p: Path, x: Json): Json {
    if (p.length === 0) return x;
    const [k, ...rest] = p;
    if (Array.isArray(v)) {
        const copy = [...v];
        if (typeof k === "number" && k < copy.length) {
            if (x === undefined && rest.length === 0) copy.splice(k, 1);
            else copy[k] = setAt(copy[k], rest, x);
        }
        return copy;
    }
    if (v !== null && typeof v === "object") {
        const copy: Bag = { ...(v as Bag) };
        copy[String(k)] = setAt(copy[String(k)], rest, x);
        if (copy[String(k)] === undefined) delete copy[String(k)];
        return copy;
    }
    return v;
}

/** The engine sends a secret's value without nested secrets. */
function containsSecret(v: Json): boolean {
    if (isSecret(v)) return true;
    if (Array.isArray(v)) return v.some(containsSecret);
    return v !== null && typeof v === "object" && Object.values(v as Bag).some(containsSecret);
}

function deep(depth: number, leaf: Json): Json {
    let v = leaf;
    for (let i = 0; i < depth; i++) v = i % 3 === 2 ? [v] : { [`k${i % 5}`]: v, spec: v === leaf ? leaf : undefined };
    return clean(v);
}

const UNICODE = ["", " ", "\u0000", "é", "ACK\u202Eevil", "🛡️🔑", "名前", "\uD800", "true", "false", "1e309", "-0", "null", "Custom", "DEFAULT", " edge "];

/** A replacement for an existing value: the odd shapes the brief lists. */
function replacementArb(): fc.Arbitrary<{ kind: Mutation; make: (old: Json, m: string) => Json }> {
    const k = (kind: Mutation, make: (old: Json, m: string) => Json) => fc.constant({ kind, make });
    return fc.oneof(
        k("null", () => null),
        fc.boolean().map((b) => ({ kind: "bool" as Mutation, make: () => b })),
        fc.oneof(fc.integer(), fc.double({ noNaN: false }), fc.constantFrom(0, -1, 2 ** 53, 1e308, -0)).map((n) => ({ kind: "number" as Mutation, make: () => n })),
        fc.constantFrom(...UNICODE).map((s) => ({ kind: "unicode" as Mutation, make: () => s })),
        fc.string({ maxLength: 20 }).map((s) => ({ kind: "string" as Mutation, make: () => s })),
        k("long-string", (_o, m) => `${"x".repeat(100_000)}${m}`),
        k("empty-array", () => []),
        // Long lists of scalars; of objects, long enough to walk but not megabytes per case.
        k("huge-array", (old) => (old !== null && typeof old === "object" ? Array.from({ length: 100 }, () => old) : Array.from({ length: 2000 }, () => old ?? "a"))),
        k("wrap-in-array", (old) => [old ?? null]),
        k("unwrap-array", (old) => (Array.isArray(old) ? (old[0] ?? null) : { value: old ?? null })),
        k("object-for-primitive", (old) => ({ value: old ?? null, enable: true, name: "x" })),
        fc.integer({ min: 20, max: 60 }).map((d) => ({ kind: "deep-nesting" as Mutation, make: (old: Json) => deep(d, old ?? "x") })),
        k("empty-object", () => ({})),
        k("drop", () => undefined),
        k("secret-existing", (old) => (old === undefined || isSecret(old) || containsSecret(old) ? old : secret(old))),
        k("secret-marker", (_o, m) => secret(m)),
        // Placed by `mutate` with the step's sentinel.
        k("unknown", () => undefined),
    );
}

/** One planned change to a resource's props. */
interface Step {
    pathIndex: number;
    change: { kind: Mutation; make: (old: Json, m: string) => Json };
    marker: string;
    sentinel: number;
    credKey: number;
}

const stepArb: fc.Arbitrary<Step> = fc.record({
    pathIndex: fc.nat(),
    change: fc.oneof({ weight: 6, arbitrary: replacementArb() }, { weight: 1, arbitrary: fc.constant({ kind: "credential-key" as Mutation, make: () => undefined }) }),
    marker: markerArb,
    sentinel: fc.nat({ max: UNKNOWN_SENTINELS.size - 1 }),
    credKey: fc.nat({ max: CREDENTIAL_KEYS.length - 1 }),
});

export interface Mutated {
    props: Bag;
    kinds: Mutation[];
    /** Strings no message may contain: values under credential keys (never read) and inside 100,000-character texts. */
    markers: string[];
    /**
     * Strings planted as secrets. @pulumi/policy hands policies secrets as plain values, so a
     * policy may quote one that is shaped like a name; what a report prints must not contain it.
     */
    secretMarkers: string[];
}

/** Applies the steps to `base`; every credential-key value and every secret planted is a marker. */
export function mutate(base: Bag, steps: Step[]): Mutated {
    let props: Json = clean(base);
    const kinds: Mutation[] = [];
    const markers: string[] = [];
    const secretMarkers: string[] = [];
    for (const s of steps) {
        const paths: Path[] = [[], ...pathsOf(props)];
        const p = paths[s.pathIndex % paths.length];
        const old = getAt(props, p);
        if (s.change.kind === "credential-key") {
            // A key naming a credential, beside whatever is at the path (an object) or at the root.
            const holder = old !== null && typeof old === "object" && !Array.isArray(old) && !isSecret(old) && !p.some((_, i) => isSecret(getAt(props, p.slice(0, i)))) ? p : [];
            const key = CREDENTIAL_KEYS[s.credKey];
            props = setAt(props, [...holder, key], s.marker);
            markers.push(s.marker);
        } else if (s.change.kind === "unknown") {
            props = setAt(props, p, [...UNKNOWN_SENTINELS][s.sentinel]);
        } else {
            if (p.length === 0 && s.change.kind !== "secret-marker") continue;
            const insideSecret = p.some((_, i) => isSecret(getAt(props, p.slice(0, i))));
            let value = s.change.make(old, s.marker);
            // A secret always carries a value on the wire: dropping it leaves a secret of null.
            if (value === undefined && p.length > 0 && isSecret(getAt(props, p.slice(0, -1)))) value = null;
            props = setAt(props, p.length === 0 ? ["name"] : p, insideSecret && containsSecret(value) ? s.marker : value);
            if (s.change.kind === "long-string") markers.push(s.marker);
            if (s.change.kind === "secret-marker") secretMarkers.push(s.marker);
        }
        kinds.push(s.change.kind);
    }
    const root = props !== null && typeof props === "object" && !Array.isArray(props) ? (props as Bag) : { value: props };
    return { props: clean(root), kinds, markers, secretMarkers };
}

/** Replaces the value at one path (chosen by `pathIndex`) with an unknown sentinel. */
export function withUnknown(props: Bag, pathIndex: number, sentinel: number): { props: Bag; path: string } | undefined {
    const paths = pathsOf(props);
    if (paths.length === 0) return undefined;
    const p = paths[pathIndex % paths.length];
    return { props: setAt(props, p, [...UNKNOWN_SENTINELS][sentinel % UNKNOWN_SENTINELS.size]) as Bag, path: p.join(".") };
}

// ---------------------------------------------------------------------------------------------
// Checks

export interface Failure {
    property: "throws" | "unknown-mandatory" | "echoes-secret";
    type: string;
    detail: string;
    props: unknown;
}

export class FuzzStats {
    readonly byType = new Map<string, number>();
    readonly byMutation = new Map<string, number>();
    analyses = 0;
    stacks = 0;

    count(type: string, kinds: Mutation[]): void {
        this.byType.set(type, (this.byType.get(type) ?? 0) + 1);
        for (const k of kinds) this.byMutation.set(k, (this.byMutation.get(k) ?? 0) + 1);
    }
}

function mandatoryKeys(r: AnalyzeResult, fallbackUrn: string): Set<string> {
    return new Set(r.diagnostics.filter((d) => d.enforcementLevel === "mandatory").map((d) => `${d.policyName} ${d.urn || fallbackUrn}`));
}

/** The plaintexts of every secret in the inputs: what a report redacts. */
function secretPlaintexts(propsList: unknown[]): Set<string> {
    const out = new Set<string>();
    const walk = (v: unknown, depth: number): void => {
        if (depth > 200 || v === null || typeof v !== "object") return;
        if (isSecret(v)) {
            collectSecretStrings(v.value, out);
            return;
        }
        for (const x of Object.values(v)) walk(x, depth + 1);
    };
    propsList.forEach((p) => walk(p, 0));
    return out;
}

/**
 * A marker in what the pack answered: `markers` in its raw messages and reasons, `secretMarkers` in
 * them as a report prints them, redacted of the inputs' secret plaintexts.
 * The redaction is the one every report applies (cli/report/redact.ts).
 */
function echoes(r: AnalyzeResult, markers: string[], secretMarkers: string[], propsList: unknown[]): string | undefined {
    const texts = [...r.diagnostics.map((d) => `${d.policyName}: ${d.message}`), ...r.notApplicable.map((n) => `${n.policyName} (not applicable): ${n.reason}`)];
    const find = (list: string[], within: string[], how: string) => {
        for (const m of list) {
            const hit = within.find((t) => t.toLowerCase().includes(m.toLowerCase()));
            if (hit) return `${m} ${how} ${hit.slice(0, 400)}`;
        }
        return undefined;
    };
    const raw = find(markers, texts, "in");
    if (raw !== undefined || secretMarkers.length === 0) return raw;
    const secrets = secretPlaintexts(propsList);
    return find(secretMarkers, texts.map((t) => redactMessage(t, secrets)), "(a secret) left by the report's redaction in");
}

async function guarded(f: () => Promise<AnalyzeResult>): Promise<AnalyzeResult | Error> {
    try {
        return await f();
    } catch (e) {
        return e as Error;
    }
}

/** Analyze one resource's mutated props, then the same props with one value unknown. */
export async function checkResource(h: Harness, type: string, m: Mutated, unknownAt: { pathIndex: number; sentinel: number }, stats: FuzzStats): Promise<Failure | undefined> {
    stats.count(type, m.kinds);
    stats.analyses++;
    const r = await guarded(() => h.analyze({ type, name: "fuzzed", props: m.props }));
    if (r instanceof Error) return { property: "throws", type, detail: r.message.split("\n")[0], props: m.props };
    const leak = echoes(r, m.markers, m.secretMarkers, [m.props]);
    if (leak) return { property: "echoes-secret", type, detail: leak, props: m.props };
    const u = withUnknown(m.props, unknownAt.pathIndex, unknownAt.sentinel);
    if (u === undefined) return undefined;
    stats.analyses++;
    const ru = await guarded(() => h.analyze({ type, name: "fuzzed", props: u.props }));
    if (ru instanceof Error) return { property: "throws", type, detail: `${ru.message.split("\n")[0]} (unknown at ${u.path})`, props: u.props };
    const before = mandatoryKeys(r, "");
    const added = [...mandatoryKeys(ru, "")].filter((k) => !before.has(k));
    if (added.length > 0) {
        const d = ru.diagnostics.find((x) => x.enforcementLevel === "mandatory" && added.includes(`${x.policyName} ${x.urn || ""}`))!;
        return { property: "unknown-mandatory", type, detail: `unknown at ${u.path}: ${d.policyName}: ${d.message.slice(0, 300)}`, props: u.props };
    }
    const leakU = echoes(ru, m.markers, m.secretMarkers, [u.props]);
    return leakU ? { property: "echoes-secret", type, detail: leakU, props: u.props } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Stacks: odd graphs

export type GraphOddity = "as-is" | "dangling" | "cycle" | "self" | "duplicate-name" | "empty" | "all-to-all";

export interface StackCase {
    resources: AnalyzerResource[];
    oddity: GraphOddity;
    markers: string[];
    secretMarkers: string[];
}

/** Turns example resources (dependencies by name) into analyzer resources, with a graph oddity. */
export function stackOf(example: ExampleResource[], mutations: Map<number, Mutated>, oddity: GraphOddity, pick: number): StackCase {
    const rs = oddity === "empty" ? [] : example;
    const urn = (name: string) => {
        const r = rs.find((x) => x.name === name);
        return r ? urnOf(r.type, r.name) : urnOf("fuzz:dangling:Resource", name);
    };
    const out: AnalyzerResource[] = rs.map((r, i) => {
        const props = mutations.get(i)?.props ?? clean(r.props);
        const pd: Record<string, string[]> = Object.fromEntries(Object.entries(r.propertyDependencies ?? {}).map(([k, v]) => [k, v.map(urn)]));
        return { type: r.type, name: r.name, urn: urn(r.name), props, options: { protect: r.protect }, propertyDependencies: pd, dependencies: [...new Set(Object.values(pd).flat())] };
    });
    const markers = [...mutations.values()].flatMap((m) => m.markers);
    const secretMarkers = [...mutations.values()].flatMap((m) => m.secretMarkers);
    if (out.length > 0) {
        const a = out[pick % out.length];
        const b = out[(pick + 1) % out.length];
        const prop = Object.keys(a.propertyDependencies ?? {})[0] ?? Object.keys(a.props)[0] ?? "clusterId";
        const link = (from: AnalyzerResource, to: string) => {
            from.propertyDependencies = { ...from.propertyDependencies, [prop]: [...(from.propertyDependencies?.[prop] ?? []), to] };
            from.dependencies = [...new Set([...(from.dependencies ?? []), to])];
        };
        if (oddity === "dangling") link(a, urnOf("alicloud:cs/managedKubernetes:ManagedKubernetes", "not-in-this-stack"));
        if (oddity === "self") link(a, a.urn);
        if (oddity === "cycle") {
            link(a, b.urn);
            link(b, a.urn);
        }
        if (oddity === "duplicate-name") out.push({ ...a, props: clean(a.props) });
        if (oddity === "all-to-all") for (const x of out) for (const y of out) if (x !== y) link(x, y.urn);
    }
    return { resources: out, oddity, markers, secretMarkers };
}

export async function checkStack(h: Harness, c: StackCase, unknownAt: { resource: number; pathIndex: number; sentinel: number }, stats: FuzzStats): Promise<Failure | undefined> {
    stats.stacks++;
    for (const r of c.resources) stats.count(`stack ${r.type}`, []);
    stats.byMutation.set(`graph ${c.oddity}`, (stats.byMutation.get(`graph ${c.oddity}`) ?? 0) + 1);
    const label = `stack (${c.oddity}, ${c.resources.length} resources)`;
    const r = await guarded(() => h.client.analyzeStack(c.resources));
    if (r instanceof Error) return { property: "throws", type: label, detail: r.message.split("\n")[0], props: c.resources };
    const leak = echoes(r, c.markers, c.secretMarkers, c.resources.map((x) => x.props));
    if (leak) return { property: "echoes-secret", type: label, detail: leak, props: c.resources };
    if (c.resources.length === 0) return undefined;
    const i = unknownAt.resource % c.resources.length;
    const u = withUnknown(c.resources[i].props, unknownAt.pathIndex, unknownAt.sentinel);
    if (u === undefined) return undefined;
    const changed = c.resources.map((x, j) => (j === i ? { ...x, props: u.props } : x));
    const ru = await guarded(() => h.client.analyzeStack(changed));
    if (ru instanceof Error) return { property: "throws", type: label, detail: `${ru.message.split("\n")[0]} (unknown at ${c.resources[i].name}.${u.path})`, props: changed };
    const before = mandatoryKeys(r, "");
    const added = [...mandatoryKeys(ru, "")].filter((k) => !before.has(k));
    if (added.length > 0) {
        return { property: "unknown-mandatory", type: label, detail: `unknown at ${c.resources[i].name}.${u.path}: ${added.join("; ")}: ${ru.diagnostics.find((d) => added.includes(`${d.policyName} ${d.urn}`))?.message.slice(0, 300)}`, props: changed };
    }
    return undefined;
}

// ---------------------------------------------------------------------------------------------
// The properties, as fast-check arbitraries over the bases

export function resourceCaseArb(bases: Map<string, Bag[]>) {
    const entries = [...bases].flatMap(([type, list]) => list.map((props) => ({ type, props })));
    return fc.record({
        base: fc.constantFrom(...entries),
        steps: fc.array(stepArb, { minLength: 0, maxLength: 4 }),
        unknownAt: fc.record({ pathIndex: fc.nat(), sentinel: fc.nat() }),
    });
}

export interface StackPlan {
    stack: number;
    oddity: GraphOddity;
    pick: number;
    mutations: { resource: number; steps: Step[] }[];
    unknownAt: { resource: number; pathIndex: number; sentinel: number };
}

export function stackCaseArb(stacks: ExampleResource[][]): fc.Arbitrary<StackPlan> {
    return fc.record({
        stack: fc.nat({ max: stacks.length - 1 }),
        oddity: fc.constantFrom<GraphOddity>("as-is", "dangling", "cycle", "self", "duplicate-name", "empty", "all-to-all"),
        pick: fc.nat(),
        mutations: fc.array(fc.record({ resource: fc.nat(), steps: fc.array(stepArb, { minLength: 1, maxLength: 3 }) }), { maxLength: 3 }),
        unknownAt: fc.record({ resource: fc.nat(), pathIndex: fc.nat(), sentinel: fc.nat() }),
    });
}

export function stackCaseOf(stacks: ExampleResource[][], plan: StackPlan): StackCase {
    const example = stacks[plan.stack];
    const muts = new Map<number, Mutated>();
    for (const m of plan.mutations) {
        if (example.length === 0) break;
        const i = m.resource % example.length;
        const prev = muts.get(i);
        const next = mutate(prev?.props ?? example[i].props, m.steps);
        muts.set(i, { props: next.props, kinds: [...(prev?.kinds ?? []), ...next.kinds], markers: [...(prev?.markers ?? []), ...next.markers], secretMarkers: [...(prev?.secretMarkers ?? []), ...next.secretMarkers] });
    }
    return stackOf(example, muts, plan.oddity, plan.pick);
}

// ---------------------------------------------------------------------------------------------
// Runner

export interface FuzzRun {
    seed: number;
    resourceRuns: number;
    stackRuns: number;
    /** Keep going after a failure and collect every distinct one (the script); else fail fast and shrink (the test). */
    collect: boolean;
    progress?: (cases: number, failures: number) => void;
}

export async function runFuzz(h: Harness, opts: FuzzRun): Promise<{ stats: FuzzStats; failures: Failure[] }> {
    const stats = new FuzzStats();
    const failures: Failure[] = [];
    const seen = new Set<string>();
    let cases = 0;
    const record = (f: Failure | undefined): boolean => {
        if (opts.progress && ++cases % 100 === 0) opts.progress(cases, failures.length);
        if (f === undefined) return true;
        const key = `${f.property} ${f.type} ${f.detail.replace(MARKER, "<marker>").slice(0, 120)}`;
        if (!seen.has(key)) {
            seen.add(key);
            failures.push(f);
        }
        return opts.collect;
    };
    const bases = baseProps();
    const stacks = baseStacks();
    await h.configure({});
    await h.configureStack({});
    await fc.assert(
        fc.asyncProperty(resourceCaseArb(bases), async (c) => record(await checkResource(h, c.base.type, mutate(c.base.props, c.steps), c.unknownAt, stats))),
        { seed: opts.seed, numRuns: opts.resourceRuns, endOnFailure: true },
    ).catch((e) => {
        if (!opts.collect) throw e;
    });
    await fc.assert(
        fc.asyncProperty(stackCaseArb(stacks), async (plan) => record(await checkStack(h, stackCaseOf(stacks, plan), plan.unknownAt, stats))),
        { seed: opts.seed + 1, numRuns: opts.stackRuns, endOnFailure: true },
    ).catch((e) => {
        if (!opts.collect) throw e;
    });
    return { stats, failures };
}
