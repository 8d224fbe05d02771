import { ExampleResource, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { MANAGED_POOL, poolWith, poolWithManagement } from "./nodePool.fixtures";

const AUTO_UPGRADING_CLUSTER = {
    clusterSpec: "ack.pro.small",
    vswitchIds: ["vsw-a", "vsw-b"],
    operationPolicy: { clusterAutoUpgrade: { enabled: true, channel: "patch" } },
    maintenanceWindow: { enable: true, maintenanceTime: "2026-01-01T03:00:00.000+08:00", duration: "3h", weeklyPeriod: "Saturday" },
};
const NO_LEGACY = { autoUpgrade: undefined, autoUpgradePolicy: undefined };

function stack(cluster: Record<string, unknown>, pool: Record<string, unknown>): ExampleResource[] {
    return [
        { type: T.ManagedKubernetes, name: "ack", props: cluster },
        { type: T.NodePool, name: "workers", props: { ...pool, clusterId: UNKNOWN }, propertyDependencies: { clusterId: ["ack"] } },
    ];
}

export const examples: PolicyExamples = {
    policy: "ack-nodepool-auto-upgrade-kubelet",
    resourceType: T.NodePool,
    compliant: [
        { title: "managed pool in a cluster with auto-upgrade and a maintenance window", resources: stack(AUTO_UPGRADING_CLUSTER, poolWith(NO_LEGACY)), target: "workers", outcome: { kind: "pass" } },
        { title: "legacy pool-level autoUpgrade with kubelet, cluster outside the stack", resources: [{ type: T.NodePool, name: "workers", props: MANAGED_POOL }], target: "workers", outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "cluster auto-upgrade off, legacy kubelet upgrade off",
            resources: stack({ ...AUTO_UPGRADING_CLUSTER, operationPolicy: { clusterAutoUpgrade: { enabled: false } } }, poolWith({ autoUpgradePolicy: { autoUpgradeKubelet: false } })),
            target: "workers",
            outcome: { kind: "violation", messageIncludes: ["cluster ack has no auto-upgrade with an enabled maintenance window", "on cluster ack set `operationPolicy"] },
        },
        {
            title: "unmanaged pool in an auto-upgrading cluster",
            resources: stack(AUTO_UPGRADING_CLUSTER, poolWithManagement({ enable: false })),
            target: "workers",
            outcome: { kind: "violation", messageIncludes: ["management.enable: found node pool with management.enable = false"] },
        },
    ],
    omitted: [
        {
            title: "cluster without operationPolicy and maintenanceWindow",
            resources: stack({ clusterSpec: "ack.pro.small" }, poolWith(NO_LEGACY)),
            target: "workers",
            outcome: { kind: "violation", messageIncludes: ["cluster ack has no auto-upgrade"] },
        },
        {
            title: "external cluster, pool without autoUpgrade",
            resources: [{ type: T.NodePool, name: "workers", props: poolWith(NO_LEGACY) }],
            target: "workers",
            outcome: { kind: "violation", messageIncludes: ["its cluster is not in this stack", "management.autoUpgradePolicy.autoUpgradeKubelet: true"] },
        },
    ],
    unknown: [
        { title: "the cluster's operationPolicy is computed at preview", resources: stack({ ...AUTO_UPGRADING_CLUSTER, operationPolicy: UNKNOWN }, poolWith(NO_LEGACY)), target: "workers", outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "auto mode pool", resources: stack({}, poolWithManagement(undefined, { autoMode: { enabled: true } })), target: "workers", outcome: { kind: "pass" } },
        {
            title: "exempted pool",
            resources: stack({}, poolWith(NO_LEGACY)),
            target: "workers",
            config: { exemptions: [{ resource: "workers", reason: "kubelet pinned for a vendor certification, OPS-77" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "workers: kubelet pinned for a vendor certification, OPS-77" },
        },
        {
            title: "stack policies honour stack-tag exemptions too",
            resources: stack({}, poolWith(NO_LEGACY)),
            target: "workers",
            stackTags: { env: "sandbox" },
            config: { exemptions: [{ stackTag: "env=sandbox", reason: "sandbox clusters are recreated weekly" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "for stacks tagged env=sandbox: sandbox clusters are recreated weekly" },
        },
    ],
};
