// The pack as the Pulumi CLI runs it: `node @pulumi/pulumi/cmd/run-policy-pack <engine> .` in the
// pack directory (package.json `main` = dist/index.js), port read from stdout, then the Analyzer
// protocol over real gRPC: GetAnalyzerInfo, GetPluginInfo, ConfigureStack, Configure, Analyze, AnalyzeStack.
import * as path from "path";
import { AnalyzerClient } from "../cli/engine/analyzer";
import { resolvePolicyConfig } from "../cli/engine/policyConfig";
import { UNKNOWN } from "../model/wire";
import { policies } from "../policies";
import { MANAGED_POOL, poolWithManagement } from "../policies/patching/nodePool.fixtures";
import { T } from "../model/resources";
import { urnOf } from "./harness";
import { withPackProcess } from "./processes";

const PACK_DIR = path.join(__dirname, "..", "..");
let client: AnalyzerClient;
withPackProcess((c) => (client = c), PACK_DIR);

test("GetAnalyzerInfo lists every policy with its description, level, severity and url", async () => {
    const info = await client.getAnalyzerInfo();
    expect(info.name).toBe("ackguard");
    expect(info.version).toBe(require("../../package.json").version);
    expect(info.supportsConfig).toBe(true);
    expect(info.policies.map((p) => p.name)).toEqual(policies.map((p) => p.name));
    for (const p of policies) {
        const got = info.policies.find((x) => x.name === p.name)!;
        expect(got.description).toBe(p.description);
        expect(got.enforcementLevel).toBe(p.enforcementLevel);
        expect(got.severity).toBe(p.severity);
        expect(got.url).toBe(p.url);
        expect(got.policyType).toBe(p.kind);
        expect(got.tags).toEqual(p.tags ?? []);
        expect(Object.keys(got.configSchema!.properties)).toContain("exemptions");
    }
});

test("GetPluginInfo reports the policy SDK version", async () => {
    expect(await client.getPluginVersion()).toBe(require("@pulumi/policy/version").version);
});

test("Analyze: an unmanaged node pool is a mandatory violation, an unknown block only an advisory", async () => {
    const info = await client.getAnalyzerInfo();
    await client.configureStack({ stack: "dev", project: "p", organization: "o", dryRun: true, tags: { env: "prod" } });
    await client.configure(resolvePolicyConfig(info, {}));
    const name = "np";
    const bad = await client.analyze({ type: T.NodePool, name, urn: urnOf(T.NodePool, name), props: poolWithManagement(undefined) });
    const managed = bad.diagnostics.find((d) => d.policyName === "ack-nodepool-managed")!;
    expect(managed.enforcementLevel).toBe("mandatory");
    expect(managed.policyPackName).toBe("ackguard");
    expect(managed.message).toContain("cs.NodePool management: found node pool without a management block");

    // The resource policies that read `management`: with the block unknown, each is an advisory.
    const readsManagement = ["ack-nodepool-auto-repair", "ack-nodepool-auto-vul-fix", "ack-nodepool-managed", "ack-nodepool-retired-fields"];
    const unknown = await client.analyze({ type: T.NodePool, name, urn: urnOf(T.NodePool, name), props: poolWithManagement(UNKNOWN) });
    const all = [...readsManagement, "ack-nodepool-custom-image-patch-owner", "ack-nodepool-kernel-patch-owner"].sort();
    const patching = unknown.diagnostics.filter((d) => all.includes(d.policyName));
    expect(patching.map((d) => [d.policyName, d.enforcementLevel]).sort()).toEqual(all.map((n) => [n, "advisory"]));
    expect(patching.every((d) => d.message.includes("management can't be known during preview"))).toBe(true);

    const good = await client.analyze({ type: T.NodePool, name, urn: urnOf(T.NodePool, name), props: MANAGED_POOL });
    expect(good.diagnostics.filter((d) => readsManagement.includes(d.policyName))).toEqual([]);
});

test("Configure: a policy set to advisory reports at advisory; disabled reports nothing", async () => {
    const info = await client.getAnalyzerInfo();
    const name = "np";
    await client.configure(resolvePolicyConfig(info, { "ack-nodepool-managed": "advisory", "ack-nodepool-auto-repair": { enforcementLevel: "disabled" } }));
    const r = await client.analyze({ type: T.NodePool, name, urn: urnOf(T.NodePool, name), props: poolWithManagement(undefined) });
    expect(r.diagnostics.find((d) => d.policyName === "ack-nodepool-managed")!.enforcementLevel).toBe("advisory");
    expect(r.diagnostics.find((d) => d.policyName === "ack-nodepool-auto-repair")).toBeUndefined();
    await client.configure(resolvePolicyConfig(info, {}));
});

test("AnalyzeStack: a pool is judged by the cluster its clusterId depends on", async () => {
    const cluster = { type: T.ManagedKubernetes, name: "ack", urn: urnOf(T.ManagedKubernetes, "ack"), props: { clusterSpec: "ack.pro.small" } };
    const pool = {
        type: T.NodePool, name: "np", urn: urnOf(T.NodePool, "np"),
        props: { ...MANAGED_POOL, management: { autoRepair: true, autoVulFix: true }, clusterId: UNKNOWN },
        dependencies: [cluster.urn], propertyDependencies: { clusterId: [cluster.urn] },
    };
    const r = await client.analyzeStack([cluster, pool]);
    const d = r.diagnostics.filter((x) => x.policyName === "ack-nodepool-auto-upgrade-kubelet");
    expect(d).toHaveLength(1);
    expect(d[0].urn).toBe(pool.urn);
    expect(d[0].enforcementLevel).toBe("mandatory");
    expect(d[0].message).toContain("cluster ack does not set operationPolicy.clusterAutoUpgrade.enabled and maintenanceWindow.enable to true");
});
