// Stack benchmark: a generated preview-like stack (clusters, node pools, add-ons, KMS keys, RAM users
// and cs.KubernetesPermission grants, with property dependencies and ids unknown at preview, in the
// engine's wire form) goes over the analyzer protocol exactly as `ackguard preview` drives a pack
// (ConfigureStack, GetAnalyzerInfo, Configure, Analyze per resource, AnalyzeStack), once through
// ACKGuard and once through an empty pack on the same SDK, side by side in one run. Prints both
// times, the ratio, the growth from step to step and the peak RSS (VmHWM) of each pack process.
// Usage: npm run bench:stack [-- --sizes 1000,5000,10000] [--runs 1] [--no-dense] [--no-hardened] [--no-floor] [--unshared] [--skeleton] [--profile DIR]
//   Each size runs twice: the generated violating stack and a hardened one (few findings).
//   floor (unless --no-floor): ACKGuard's policies tagged with a type no resource has, so the SDK
//     answers "not applicable" without calling them: what any pack of this many policies costs.
//   --unshared: also ACKGuard with all its sharing off (model/sharedDeserialization.ts, model/sharedAnalysis.ts).
//   --skeleton: also a pack with ACKGuard's policy shapes and empty checks.
//   --profile DIR: record a CPU profile of ACKGuard's pack process (as `node --cpu-prof` does) into DIR.
import * as fs from "fs";
import * as path from "path";
import { AnalyzeResult, AnalyzerClient, AnalyzerResource, startPackProcess } from "../cli/engine/analyzer";
import { resolvePolicyConfig } from "../cli/engine/policyConfig";
import { UNKNOWN } from "../model/wire";
import { T } from "../model/resources";
import { makeEmptyPack, makeFloorPack, makeSkeletonPack, ROOT } from "./packs";
import { cpuMs, vmHWM } from "./proc";

const STACK = "bench";
const PROJECT = "bench";
const STACK_URN = `urn:pulumi:${STACK}::${PROJECT}::pulumi:pulumi:Stack::${PROJECT}-${STACK}`;
const PROVIDER = {
    type: "pulumi:providers:alicloud",
    name: "default_3_108_0",
    urn: `urn:pulumi:${STACK}::${PROJECT}::pulumi:providers:alicloud::default_3_108_0`,
    props: { version: "3.108.0", region: "cn-hangzhou" },
};

function urnOf(type: string, name: string): string {
    return `urn:pulumi:${STACK}::${PROJECT}::${type}::${name}`;
}

interface Spec {
    type: string;
    name: string;
    props: Record<string, unknown>;
    /** Property -> names of resources it depends on. */
    deps?: Record<string, string[]>;
    protect?: boolean;
}

/**
 * One group of 7 resources, as a program that builds a cluster with its pools, add-on, key and one
 * grant registers them. `hardened`: the same group written to pass nearly every policy (few findings:
 * the grant to a RAM user and the governance add-ons are left as most programs have them).
 */
function group(i: number, hardened = false): Spec[] {
    return hardened ? hardenedGroup(i) : violatingGroup(i);
}

function hardenedGroup(i: number): Spec[] {
    const [key, cluster, poolA, poolB, addon, user, perm] = violatingGroup(i);
    const pool = (s: Spec): Spec => {
        const { management: _m, ...rest } = s.props;
        return {
            ...s,
            props: {
                ...rest,
                systemDiskEncrypted: true,
                installCloudMonitor: true,
                loginAsNonRoot: true,
                securityHardeningOs: true,
                instanceMetadataOptions: { httpTokens: "required" },
                tags: { "kernel-patch-owner": "platform-team" },
                management: { autoRepair: true, autoRepairPolicy: { restartNode: true }, autoVulFix: true, autoVulFixPolicy: { vulLevel: "asap,later" }, maxUnavailable: 1 },
            },
        };
    };
    return [
        { ...key, props: { ...key.props, deletionProtection: "Enabled", automaticRotation: "Enabled", rotationInterval: "8760h" }, protect: true },
        {
            ...cluster,
            props: {
                ...cluster.props,
                version: "1.35.1-aliyun.1",
                slbInternetEnabled: false,
                enableRrsa: true,
                controlPlaneLogTtl: "30",
                addons: [{ name: "terway-eniip", config: JSON.stringify({ NetworkPolicy: "true" }) }, { name: "csi-plugin" }, { name: "security-inspector" }, { name: "kritis-validation-hook" }],
            },
        },
        pool(poolA),
        pool(poolB),
        addon,
        { ...user, protect: true },
        perm,
    ];
}

function violatingGroup(i: number): Spec[] {
    const cluster = `ack-${i}`;
    const key = `key-${i}`;
    const user = `user-${i}`;
    const pool = (suffix: string, managed: boolean): Spec => ({
        type: T.NodePool,
        name: `np-${i}-${suffix}`,
        props: {
            clusterId: UNKNOWN,
            nodePoolName: `workers-${suffix}`,
            vswitchIds: ["vsw-a", "vsw-b"],
            instanceTypes: ["ecs.g7.xlarge", "ecs.g7.2xlarge"],
            desiredSize: "3",
            imageType: "AliyunLinux3",
            systemDiskCategory: "cloud_essd",
            dataDisks: [{ category: "cloud_essd", size: 120, encrypted: "true" }],
            runtimeName: "containerd",
            runtimeVersion: "1.6.28",
            keyName: "ops",
            labels: [{ key: "team", value: `t${i % 17}` }],
            ...(managed
                ? { management: { enable: true, autoRepair: true, autoRepairPolicy: { restartNode: true }, autoVulFix: true, autoVulFixPolicy: { vulLevel: "asap,later" }, maxUnavailable: 1 } }
                : {}),
        },
        deps: { clusterId: [cluster] },
    });
    return [
        { type: T.KmsKey, name: key, props: { description: `cluster ${i} secrets`, pendingWindowInDays: 7, deletionProtection: i % 4 ? "Enabled" : "Disabled" } },
        {
            type: T.ManagedKubernetes,
            name: cluster,
            props: {
                name: `prod-${i}`,
                clusterSpec: "ack.pro.small",
                version: "1.33.1-aliyun.1",
                vswitchIds: ["vsw-a", "vsw-b"],
                podVswitchIds: ["vsw-pa", "vsw-pb"],
                slbInternetEnabled: i % 2 === 0,
                deletionProtection: true,
                encryptionProviderKey: UNKNOWN,
                isEnterpriseSecurityGroup: true,
                enableRrsa: i % 3 !== 0,
                auditLogConfig: { enabled: true },
                controlPlaneLogComponents: ["apiserver", "kcm", "scheduler", "ccm"],
                maintenanceWindow: { enable: true, maintenanceTime: "2026-01-03T03:00:00.000+08:00", duration: "3h", weeklyPeriod: "Saturday" },
                operationPolicy: { clusterAutoUpgrade: { enabled: true, channel: "patch" } },
                addons: [{ name: "terway-eniip" }, { name: "csi-plugin" }, { name: "ack-node-problem-detector", config: JSON.stringify({ sls_project_name: "" }) }],
            },
            deps: { encryptionProviderKey: [key] },
        },
        pool("a", true),
        pool("b", i % 3 === 0),
        { type: T.KubernetesAddon, name: `logs-${i}`, props: { clusterId: UNKNOWN, name: "loongcollector", version: "v3.0.12" }, deps: { clusterId: [cluster] } },
        { type: T.RamUser, name: user, props: { name: `dev${i}`, displayName: `Developer ${i}`, email: `dev${i}@example.com` } },
        {
            type: T.KubernetesPermission,
            name: `perm-${i}`,
            props: { uid: UNKNOWN, permissions: [{ cluster: UNKNOWN, roleType: "namespace", roleName: "dev", namespace: `team-${i}`, isCustom: false, isRamRole: false }] },
            deps: { uid: [user], permissions: [cluster] },
        },
    ];
}

/** The stack resource, the default provider and `n - 2` resources in groups of 7. */
function specs(n: number, hardened = false): Spec[] {
    const out: Spec[] = [];
    for (let i = 0; out.length < n - 2; i++) {
        out.push(...group(i, hardened));
    }
    return out.slice(0, n - 2);
}

function toResource(s: Spec, deps: Record<string, string[]>): AnalyzerResource {
    return {
        type: s.type,
        name: s.name,
        urn: urnOf(s.type, s.name),
        props: s.props,
        options: { parent: STACK_URN, ...(s.protect ? { protect: true } : {}) },
        parent: STACK_URN,
        provider: PROVIDER,
        dependencies: [...new Set(Object.values(deps).flat())],
        propertyDependencies: deps,
    };
}

function frame(resources: AnalyzerResource[]): AnalyzerResource[] {
    return [
        { type: "pulumi:pulumi:Stack", name: `${PROJECT}-${STACK}`, urn: STACK_URN, props: {} },
        { type: PROVIDER.type, name: PROVIDER.name, urn: PROVIDER.urn, props: PROVIDER.props, options: { parent: STACK_URN }, parent: STACK_URN },
        ...resources,
    ];
}

/** A preview-like stack of `n` resources (including the Stack and the default provider). */
export function previewStack(n: number, hardened = false): AnalyzerResource[] {
    const all = specs(n, hardened);
    const present = new Set(all.map((s) => s.name));
    const byName = new Map(all.map((s) => [s.name, urnOf(s.type, s.name)]));
    return frame(all.map((s) => {
        const deps: Record<string, string[]> = {};
        for (const [k, names] of Object.entries(s.deps ?? {})) {
            // A reference cut off by the size limit stays as an unknown id with no dependency.
            const urns = names.filter((x) => present.has(x)).map((x) => byName.get(x)!);
            if (urns.length > 0) deps[k] = urns;
        }
        return toResource(s, deps);
    }));
}

/** The same stack written to pass nearly every policy (few findings). */
export function hardenedStack(n: number): AnalyzerResource[] {
    return previewStack(n, true);
}

/** `n` resources of the same mix where every resource depends on every other (n·(n-1) edges). */
export function denseStack(n: number): AnalyzerResource[] {
    const all = specs(n);
    const urns = all.map((s) => urnOf(s.type, s.name));
    return frame(all.map((s, i) => {
        const others = urns.filter((_, j) => j !== i);
        const props = Object.keys(s.deps ?? { description: [] });
        return toResource(s, Object.fromEntries(props.map((p) => [p, others])));
    }));
}

interface Run {
    totalMs: number;
    analyzeMs: number;
    stackMs: number;
    peakRssMb: number;
    /** Peak RSS when the last Analyze call returned (before AnalyzeStack). */
    analyzePeakRssMb: number;
    /** CPU time of the pack process during the calls (user + system), less sensitive to a busy machine than wall time. */
    packCpuMs: number;
    /** CPU time of this process (the engine's side: requests written, responses read) during the calls. */
    clientCpuMs: number;
    diagnostics: number;
}

export async function drive(packDir: string, resources: AnalyzerResource[], profile?: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<Run> {
    const profileDir = profile === undefined ? undefined : path.dirname(profile);
    const env: NodeJS.ProcessEnv = profile
        ? { ...extraEnv, NODE_OPTIONS: `--require ${path.join(__dirname, "cpuProfile.js")}`, ACKGUARD_CPU_PROFILE: profile }
        : extraEnv;
    const pack = await startPackProcess(packDir, { env });
    const client = new AnalyzerClient(pack.address);
    try {
        const cpu0 = cpuMs(pack.child.pid!);
        const client0 = process.cpuUsage();
        const t0 = process.hrtime.bigint();
        await client.configureStack({ stack: STACK, project: PROJECT, organization: "organization", dryRun: true, tags: { "pulumi:project": PROJECT, "pulumi:runtime": "nodejs" } });
        const info = await client.getAnalyzerInfo();
        await client.configure(resolvePolicyConfig(info, {}));
        // As `ackguard preview` drives the pack: a window of concurrent Analyze calls.
        const results: AnalyzeResult[] = new Array(resources.length);
        await client.analyzeEach(resources, (i, r) => (results[i] = r));
        const t1 = process.hrtime.bigint();
        const analyzePeakRssMb = vmHWM(pack.child.pid!);
        const stack = await client.analyzeStack(resources);
        const t2 = process.hrtime.bigint();
        const ms = (a: bigint, b: bigint) => Number(b - a) / 1e6;
        return {
            totalMs: ms(t0, t2),
            analyzeMs: ms(t0, t1),
            stackMs: ms(t1, t2),
            peakRssMb: vmHWM(pack.child.pid!),
            analyzePeakRssMb,
            packCpuMs: cpuMs(pack.child.pid!) - cpu0,
            clientCpuMs: (() => {
                const c = process.cpuUsage(client0);
                return (c.user + c.system) / 1000;
            })(),
            diagnostics: results.reduce((n, r) => n + r.diagnostics.length, 0) + stack.diagnostics.length,
        };
    } finally {
        client.close();
        if (profileDir) {
            // A graceful exit writes the CPU profile (a SIGKILL would not).
            await new Promise<void>((resolve) => {
                pack.child.once("exit", () => resolve());
                process.kill(pack.child.pid!, "SIGTERM");
            });
        }
        pack.stop();
    }
}

function median(xs: number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function arg(name: string): string | undefined {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
}

interface PackUnderTest {
    label: string;
    dir: string;
    env?: NodeJS.ProcessEnv;
    profile?: boolean;
}

async function main(): Promise<void> {
    const sizes = (arg("--sizes") ?? "1000,5000,10000").split(",").map(Number);
    const runs = Number(arg("--runs") ?? 1);
    const profileDir = arg("--profile") ? path.resolve(arg("--profile")!) : undefined;
    const dense = !process.argv.includes("--no-dense");
    if (profileDir) fs.mkdirSync(profileDir, { recursive: true });
    const packs: PackUnderTest[] = [{ label: "empty", dir: makeEmptyPack() }];
    if (!process.argv.includes("--no-floor")) packs.push({ label: "floor", dir: makeFloorPack() });
    packs.push({ label: "ackguard", dir: ROOT, profile: true });
    if (process.argv.includes("--unshared")) packs.push({ label: "unshared", dir: ROOT, env: { ACKGUARD_SHARED_DESERIALIZATION: "0", ACKGUARD_TYPE_DISPATCH: "0", ACKGUARD_SHARED_STACK: "0" } });
    if (process.argv.includes("--skeleton")) packs.push({ label: "skeleton", dir: makeSkeletonPack() });
    const kinds = process.argv.includes("--no-hardened") ? [""] : ["", " hardened"];
    const cases: { label: string; kind: string; n: number; make: () => AnalyzerResource[] }[] = kinds.flatMap((kind) =>
        sizes.map((n) => ({ label: `${n}${kind}`, kind, n, make: () => (kind ? hardenedStack(n) : previewStack(n)) })),
    );
    if (dense) cases.push({ label: "dense 1000", kind: "dense", n: 1000, make: () => denseStack(1000) });
    console.log(`node ${process.version}, ${runs} run(s) per pack and size, alternating; times in ms over gRPC (Analyze per resource + AnalyzeStack)`);
    console.log("  empty:    a pack with no policies");
    if (packs.some((p) => p.label === "floor")) console.log("  floor:    ACKGuard's policies, each tagged with a type no resource has: the SDK's own cost for this many policies");
    if (packs.some((p) => p.label === "unshared")) console.log("  unshared: ACKGuard with its sharing off (ACKGUARD_SHARED_DESERIALIZATION=0 ACKGUARD_TYPE_DISPATCH=0 ACKGUARD_SHARED_STACK=0)");
    if (packs.some((p) => p.label === "skeleton")) console.log("  skeleton: ACKGuard's policy shapes (types, multi-type, stack) with empty checks");
    const floor = packs.some((p) => p.label === "floor");
    console.log(`resources          pack      |   total  analyze    stack   pack CPU client CPU  peak RSS MB | to empty: wall  CPU   RSS${floor ? " | to floor: wall  CPU   RSS" : ""}`);
    const rows: { n: number; kind: string; empty: number; ack: number }[] = [];
    const f = (x: number, w: number) => x.toFixed(0).padStart(w);
    for (const c of cases) {
        const resources = c.make();
        const results = new Map<string, Run[]>(packs.map((p) => [p.label, []]));
        for (let r = 0; r < runs; r++) {
            for (const p of packs) {
                const profile = p.profile && profileDir ? path.join(profileDir, `ackguard-${c.label.replace(/ /g, "-")}.cpuprofile`) : undefined;
                results.get(p.label)!.push(await drive(p.dir, resources, profile, p.env));
            }
        }
        const m = (label: string, k: keyof Run) => median(results.get(label)!.map((x) => x[k]));
        for (const p of packs) {
            const ratios = (to: string) => (["totalMs", "packCpuMs", "peakRssMb"] as const).map((k) => (m(p.label, k) / m(to, k)).toFixed(2).padStart(5)).join(" ");
            const diag = p.label === "ackguard" || p.label === "unshared" ? `  (${m(p.label, "diagnostics")} diagnostics)` : "";
            const toEmpty = p.label === "empty" ? " ".repeat(26) : `         ${ratios("empty")}`;
            const toFloor = floor && p.label !== "empty" && p.label !== "floor" ? ` |          ${ratios("floor")}` : "";
            console.log(`${c.label.padEnd(18)} ${p.label.padEnd(9)} | ${f(m(p.label, "totalMs"), 7)} ${f(m(p.label, "analyzeMs"), 8)} ${f(m(p.label, "stackMs"), 8)} ${f(m(p.label, "packCpuMs"), 10)} ${f(m(p.label, "clientCpuMs"), 10)} ${f(m(p.label, "peakRssMb"), 12)} |${toEmpty}${toFloor}${diag}`);
        }
        rows.push({ n: c.n, kind: c.kind, empty: m("empty", "totalMs"), ack: m("ackguard", "totalMs") });
    }
    for (const kind of kinds) {
        const linear = rows.filter((r) => r.kind === kind).sort((x, y) => x.n - y.n);
        for (let i = 2; i < linear.length; i++) {
            const [p, q, r] = [linear[i - 2], linear[i - 1], linear[i]];
            const step = (k: "empty" | "ack") => (r[k] - q[k]) / (q[k] - p[k]);
            console.log(`growth${kind} ${q.n}->${r.n} vs ${p.n}->${q.n}: ackguard ${step("ack").toFixed(2)}x, empty ${step("empty").toFixed(2)}x (linear: ${((r.n - q.n) / (q.n - p.n)).toFixed(2)}x)`);
        }
    }
    if (profileDir) console.log(`CPU profiles of the ACKGuard pack in ${profileDir}`);
}

if (require.main === module) {
    main().catch((e) => {
        console.error(e instanceof Error ? e.message : e);
        process.exit(1);
    });
}
