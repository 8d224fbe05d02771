// Level `remediate` over real gRPC: the pack started as the Pulumi CLI starts it, `Remediate` called
// as the engine calls it (before `Analyze`, with the inputs in wire form), then `Analyze` on the
// remediated inputs. Each remediating policy: compliant inputs unchanged, violating inputs fixed to
// exactly the expected props, unknowns untouched, exempted resources untouched, secrets still secret.
import * as path from "path";
import { AnalyzerClient, AnalyzerInfo, AnalyzerResource, Level, PackProcess, startPackProcess } from "../cli/engine/analyzer";
import { resolvePolicyConfig } from "../cli/engine/policyConfig";
import { diffProps } from "../cli/engine/remediate";
import { secret, UNKNOWN } from "../model/wire";
import { policies } from "../policies";
import { MANAGED } from "../policies/cluster/cluster.fixtures";
import { MANAGED_POOL, poolWithManagement } from "../policies/patching/nodePool.fixtures";
import { T } from "../model/resources";
import { applyPatch, patchPaths } from "../model/remediation";
import { RETIRED_POOL_FIELDS } from "../model/nodeLifecycle";
import { allExamples } from "./examples";
import { clean, urnOf } from "./harness";

const PACK_DIR = path.join(__dirname, "..", "..");
let pack: PackProcess;
let client: AnalyzerClient;
let info: AnalyzerInfo;

beforeAll(async () => {
    pack = await startPackProcess(PACK_DIR);
    client = new AnalyzerClient(pack.address);
    info = await client.getAnalyzerInfo();
    await client.configureStack({ stack: "dev", project: "p", organization: "o", dryRun: true, tags: { env: "prod" } });
});
afterAll(() => {
    client?.close();
    pack?.stop();
});

const REMEDIATING = ["ack-cluster-deletion-protection", "ack-nodepool-auto-vul-fix", "ack-nodepool-auto-repair", "ack-ram-account-mfa-login", "ack-ram-console-mfa"];

async function configure(file: Record<string, unknown>): Promise<void> {
    await client.configure(resolvePolicyConfig(info, file));
}

function res(type: string, name: string, props: Record<string, unknown>): AnalyzerResource {
    return { type, name, urn: urnOf(type, name), props };
}

/** The props the policy's remediation returns, or undefined when it returned none. */
async function remediated(policy: string, r: AnalyzerResource): Promise<Record<string, unknown> | undefined> {
    const out = await client.remediate(r);
    const mine = out.remediations.filter((x) => x.policyName === policy);
    expect(mine.length).toBeLessThanOrEqual(1);
    return mine[0]?.properties;
}

async function violations(policy: string, r: AnalyzerResource): Promise<Level[]> {
    return (await client.analyze(r)).diagnostics.filter((d) => d.policyName === policy).map((d) => d.enforcementLevel);
}

const POOL_UNMANAGED = poolWithManagement({ autoRepair: true, autoVulFix: false, maxUnavailable: 1 });
const CLUSTER_UNPROTECTED = clean({ ...MANAGED, deletionProtection: undefined });

interface Case {
    policy: string;
    type: string;
    compliant: Record<string, unknown>;
    violating: Record<string, unknown>;
    fixed: Record<string, unknown>;
    /** The violating props with the field the fix writes unknown at preview. */
    unknown: Record<string, unknown>;
    /** The violating props with another field secret, and the expected fix. */
    withSecret: { props: Record<string, unknown>; fixed: Record<string, unknown> };
}

const PROFILE = { userName: "alice", password: "x", mfaBindRequired: true };
const PREFERENCE = { mfaOperationForLogin: "mandatory", allowUserToChangePassword: true };

const CASES: Case[] = [
    {
        policy: "ack-cluster-deletion-protection",
        type: T.ManagedKubernetes,
        compliant: MANAGED,
        violating: CLUSTER_UNPROTECTED,
        fixed: { ...CLUSTER_UNPROTECTED, deletionProtection: true },
        unknown: { ...MANAGED, deletionProtection: UNKNOWN },
        // The field itself is a secret: the fix stays secret.
        withSecret: { props: { ...MANAGED, deletionProtection: secret(false) }, fixed: { ...MANAGED, deletionProtection: secret(true) } },
    },
    {
        policy: "ack-nodepool-auto-vul-fix",
        type: T.NodePool,
        compliant: MANAGED_POOL,
        violating: POOL_UNMANAGED,
        fixed: poolWithManagement({ autoRepair: true, autoVulFix: true, maxUnavailable: 1, autoVulFixPolicy: { vulLevel: "asap,later" } }),
        unknown: poolWithManagement({ autoRepair: true, autoVulFix: UNKNOWN, maxUnavailable: 1 }),
        withSecret: {
            props: { ...POOL_UNMANAGED, password: secret("hunter2-Pa55") },
            fixed: poolWithManagement({ autoRepair: true, autoVulFix: true, maxUnavailable: 1, autoVulFixPolicy: { vulLevel: "asap,later" } }, { password: secret("hunter2-Pa55") }),
        },
    },
    {
        policy: "ack-nodepool-auto-repair",
        type: T.NodePool,
        compliant: MANAGED_POOL,
        violating: poolWithManagement({ autoVulFix: true, autoVulFixPolicy: { vulLevel: "asap,later" } }),
        fixed: poolWithManagement({ autoVulFix: true, autoVulFixPolicy: { vulLevel: "asap,later" }, autoRepair: true }),
        unknown: poolWithManagement({ autoVulFix: true, autoVulFixPolicy: { vulLevel: "asap,later" }, autoRepair: UNKNOWN }),
        // A whole secret management block: the fix is written inside it, and it stays secret.
        withSecret: {
            props: poolWithManagement(secret({ autoVulFix: true, autoVulFixPolicy: { vulLevel: "asap,later" } })),
            fixed: poolWithManagement(secret({ autoVulFix: true, autoVulFixPolicy: { vulLevel: "asap,later" }, autoRepair: true })),
        },
    },
    {
        policy: "ack-ram-account-mfa-login",
        type: T.RamSecurityPreference,
        compliant: PREFERENCE,
        violating: { ...PREFERENCE, mfaOperationForLogin: "adaptive" },
        fixed: PREFERENCE,
        unknown: { ...PREFERENCE, mfaOperationForLogin: UNKNOWN },
        withSecret: { props: { mfaOperationForLogin: secret("independent") }, fixed: { mfaOperationForLogin: secret("mandatory") } },
    },
    {
        policy: "ack-ram-console-mfa",
        type: T.RamLoginProfile,
        compliant: PROFILE,
        violating: { userName: "alice", password: "x" },
        fixed: { userName: "alice", password: "x", mfaBindRequired: true },
        unknown: { userName: "alice", password: "x", mfaBindRequired: UNKNOWN },
        withSecret: { props: { userName: "alice", password: secret("s3cret-Pa55") }, fixed: { userName: "alice", password: secret("s3cret-Pa55"), mfaBindRequired: true } },
    },
];

test("the remediating policies are exactly the five whose fix meets the rule, and each states why", () => {
    expect(policies.filter((p) => "remediateResource" in p && typeof (p as { remediateResource?: unknown }).remediateResource === "function").map((p) => p.name).sort())
        .toEqual([...REMEDIATING].sort());
    for (const p of policies) {
        expect(p.remediation).toBeDefined();
        expect(p.remediation!.does).toBe(REMEDIATING.includes(p.name));
        expect(p.remediation!.why.length).toBeGreaterThan(20);
    }
});

describe.each(CASES)("$policy at level remediate", (c) => {
    beforeAll(() => configure({ [c.policy]: "remediate" }));
    const name = "r1";

    test("compliant inputs are not rewritten", async () => {
        expect(await remediated(c.policy, res(c.type, name, c.compliant))).toBeUndefined();
    });

    test("violating inputs are fixed to exactly the expected props, which then pass the policy", async () => {
        expect(await violations(c.policy, res(c.type, name, c.violating))).toEqual(["mandatory"]);
        const fixed = await remediated(c.policy, res(c.type, name, c.violating));
        expect(fixed).toEqual(c.fixed);
        expect(await violations(c.policy, res(c.type, name, fixed!))).toEqual([]);
    });

    test("an unknown value is never replaced: the SDK's advisory 'can't run remediation during preview' instead", async () => {
        const out = await client.remediate(res(c.type, name, c.unknown));
        const mine = out.remediations.filter((x) => x.policyName === c.policy);
        expect(mine).toHaveLength(1);
        expect(mine[0].properties).toBeUndefined();
        expect(mine[0].diagnostic).toMatch(/can't run remediation .* during preview/);
    });

    test("an exempted resource is never rewritten and is reported not applicable with the reason", async () => {
        await configure({ [c.policy]: { enforcementLevel: "remediate", exemptions: [{ resource: name, reason: "legacy resource, ticket OPS-9" }] } });
        try {
            const out = await client.remediate(res(c.type, name, c.violating));
            expect(out.remediations.filter((x) => x.policyName === c.policy)).toEqual([]);
            expect(out.notApplicable).toContainEqual({ policyName: c.policy, reason: "exempted by configuration: legacy resource, ticket OPS-9" });
        } finally {
            await configure({ [c.policy]: "remediate" });
        }
    });

    test("secret values are still secret after remediation", async () => {
        const fixed = await remediated(c.policy, res(c.type, name, c.withSecret.props));
        expect(fixed).toEqual(c.withSecret.fixed);
    });
});

test("at default levels Remediate changes nothing (no policy is at level remediate)", async () => {
    await configure({});
    const out = await client.remediate(res(T.NodePool, "np", POOL_UNMANAGED));
    expect(out.remediations).toEqual([]);
});

test("\"all\": \"remediate\": policies without a remediation are not applicable to Remediate and enforced as mandatory by Analyze", async () => {
    await configure({ all: "remediate" });
    try {
        // A pool with a public IP and autoVulFix off: the first has no safe fix, the second does.
        const pool = res(T.NodePool, "np", { ...POOL_UNMANAGED, internetMaxBandwidthOut: 10 });
        const out = await client.remediate(pool);
        expect(out.notApplicable).toContainEqual({ policyName: "ack-nodepool-no-public-ip", reason: "Policy does not implement remediateResource" });
        expect(out.remediations.map((x) => x.policyName)).toEqual(["ack-nodepool-auto-vul-fix"]);
        const after = { ...pool, props: out.remediations[0].properties! };
        expect(diffProps(pool.props, after.props)).toEqual([
            { path: "management.autoVulFix", from: "false", to: "true" },
            { path: "management.autoVulFixPolicy.vulLevel", from: "not set", to: "\"asap,later\"" },
        ]);
        const ds = (await client.analyze(after)).diagnostics;
        expect(ds.filter((d) => d.policyName === "ack-nodepool-no-public-ip").map((d) => d.enforcementLevel)).toEqual(["mandatory"]);
        expect(ds.filter((d) => d.policyName === "ack-nodepool-auto-vul-fix")).toEqual([]);
    } finally {
        await configure({});
    }
});

test("two remediations of one resource chain, as the SDK runs them: both fixes land, no retired field is written", async () => {
    await configure({ "ack-nodepool-auto-vul-fix": "remediate", "ack-nodepool-auto-repair": "remediate" });
    try {
        const pool = res(T.NodePool, "np", poolWithManagement(undefined, { password: secret("pw-Secret-1") }));
        const out = await client.remediate(pool);
        expect(out.remediations.map((x) => x.policyName).sort()).toEqual(["ack-nodepool-auto-repair", "ack-nodepool-auto-vul-fix"]);
        const last = out.remediations[out.remediations.length - 1].properties!;
        expect(last).toEqual(poolWithManagement({ autoVulFix: true, autoVulFixPolicy: { vulLevel: "asap,later" }, autoRepair: true }, { password: secret("pw-Secret-1") }));
        const paths = diffProps(pool.props, last).map((c) => c.path);
        for (const f of RETIRED_POOL_FIELDS) expect(paths).not.toContain(f.path);
        // The remediated pool passes every patching policy of the pack.
        await configure({});
        const patching = policies.filter((p) => p.responsibility === "node-os-patching" && p.kind === "resource").map((p) => p.name);
        const ds = (await client.analyze({ ...pool, props: last })).diagnostics.filter((d) => patching.includes(d.policyName) && d.enforcementLevel === "mandatory");
        expect(ds).toEqual([]);
    } finally {
        await configure({});
    }
});

test("auto-vul-fix widens vulLevel to the configured priorities and never narrows it", async () => {
    await configure({ "ack-nodepool-auto-vul-fix": { enforcementLevel: "remediate", requiredVulLevels: ["asap", "later", "nntf"] } });
    try {
        const pool = res(T.NodePool, "np", poolWithManagement({ autoRepair: true, autoVulFix: true, autoVulFixPolicy: { vulLevel: "nntf" } }));
        const fixed = await remediated("ack-nodepool-auto-vul-fix", pool);
        expect((fixed!.management as Record<string, unknown>).autoVulFixPolicy).toEqual({ vulLevel: "asap,later,nntf" });
    } finally {
        await configure({});
    }
});

test("auto-vul-fix keeps only the priorities ACK knows in the vulLevel it writes", async () => {
    await configure({ "ack-nodepool-auto-vul-fix": "remediate" });
    try {
        const pool = res(T.NodePool, "np", poolWithManagement({ autoRepair: true, autoVulFix: true, autoVulFixPolicy: { vulLevel: "asap,bogus" } }));
        const fixed = await remediated("ack-nodepool-auto-vul-fix", pool);
        expect((fixed!.management as Record<string, unknown>).autoVulFixPolicy).toEqual({ vulLevel: "asap,later" });
        const none = res(T.NodePool, "np", poolWithManagement({ autoRepair: true, autoVulFix: true, autoVulFixPolicy: { vulLevel: "bogus" } }));
        expect(((await remediated("ack-nodepool-auto-vul-fix", none))!.management as Record<string, unknown>).autoVulFixPolicy).toEqual({ vulLevel: "asap,later" });
    } finally {
        await configure({});
    }
});

test("a policy that does not apply (custom image, edge pool) is not remediated", async () => {
    await configure({ "ack-nodepool-auto-vul-fix": "remediate" });
    try {
        const custom = await client.remediate(res(T.NodePool, "np", { ...POOL_UNMANAGED, imageType: "Custom", imageId: "m-abc123" }));
        expect(custom.remediations).toEqual([]);
        expect(custom.notApplicable.map((n) => n.policyName)).toContain("ack-nodepool-auto-vul-fix");
        const edge = await client.remediate(res(T.NodePool, "np", { ...POOL_UNMANAGED, type: "edge" }));
        expect(edge.remediations).toEqual([]);
    } finally {
        await configure({});
    }
});

// Create-only (ForceNew) inputs of the remediated types, from the provider's schemas
// (aliyun/terraform-provider-alicloud resource_alicloud_cs_kubernetes_node_pool.go,
// resource_alicloud_cs_managed_kubernetes.go, resource_alicloud_ram_login_profile.go): a remediation
// must never write one, because the engine remediates before it knows whether it creates or updates.
const FORCE_NEW: Record<string, string[]> = {
    [T.NodePool]: ["clusterId", "instanceMetadataOptions", "loginAsNonRoot", "securityHardeningOs", "socEnabled", "securityGroupIds", "ramRoleName", "nodeNameMode", "teeConfig", "deploymentSetId", "type", "autoMode", "instanceChargeType"],
    [T.ManagedKubernetes]: ["isEnterpriseSecurityGroup", "securityGroupId", "podCidr", "serviceCidr", "proxyMode", "ipStack", "clusterDomain", "serviceAccountIssuer", "apiAudiences", "autoMode", "zoneIds", "userCa"],
    [T.RamLoginProfile]: ["userName"],
    [T.RamSecurityPreference]: [],
};

test("no remediation of any violating example writes a create-only field or a retired node pool field", async () => {
    let checked = 0;
    for (const ex of allExamples.filter((e) => REMEDIATING.includes(e.policy))) {
        await configure({ [ex.policy]: "remediate" });
        for (const c of [...ex.violating, ...ex.omitted]) {
            if (!c.props || c.config) continue;
            const type = c.type ?? ex.resourceType;
            const props = clean(c.props);
            const fixed = await remediated(ex.policy, res(type, c.name ?? "r", props));
            if (fixed === undefined) continue;
            checked++;
            const written = diffProps(props, fixed).map((x) => x.path);
            for (const p of written) {
                expect((FORCE_NEW[type] ?? []).some((f) => p === f || p.startsWith(`${f}.`))).toBe(false);
                expect(RETIRED_POOL_FIELDS.some((f) => p === f.path)).toBe(false);
            }
            expect(await violations(ex.policy, res(type, c.name ?? "r", fixed))).toEqual([]);
        }
    }
    await configure({});
    expect(checked).toBeGreaterThanOrEqual(REMEDIATING.length);
});

describe("applyPatch (the mechanics)", () => {
    test("writes nested values, creating missing blocks, and leaves siblings alone", () => {
        expect(applyPatch({ a: 1, m: { x: 1 } }, { m: { y: true } })).toEqual({ props: { a: 1, m: { x: 1, y: true } } });
        expect(applyPatch({ a: 1 }, { m: { y: true } })).toEqual({ props: { a: 1, m: { y: true } } });
        expect(patchPaths({ m: { y: true, z: { w: 1 } } })).toEqual(["m.y", "m.z.w"]);
    });
    test("refuses to write on or under an unknown, or into a non-object", () => {
        expect(applyPatch({ m: UNKNOWN }, { m: { y: true } })).toEqual({ refused: "m is unknown" });
        expect(applyPatch({ y: UNKNOWN }, { y: true })).toEqual({ refused: "y is unknown" });
        expect(applyPatch({ m: [1] }, { m: { y: true } })).toEqual({ refused: "m is not an object" });
    });
});
