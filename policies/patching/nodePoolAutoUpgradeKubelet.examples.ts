import { ExampleResource, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { LEGACY_MANAGEMENT, MANAGED_POOL, poolWith, poolWithManagement } from "./nodePool.fixtures";

export const AUTO_UPGRADING_CLUSTER = {
    clusterSpec: "ack.pro.small",
    vswitchIds: ["vsw-a", "vsw-b"],
    operationPolicy: { clusterAutoUpgrade: { enabled: true, channel: "patch" } },
    maintenanceWindow: { enable: true, maintenanceTime: "2026-01-01T00:00:00.000+08:00", duration: "4h", weeklyPeriod: "Monday,Wednesday,Saturday" },
};

function stack(cluster: Record<string, unknown>, pool: Record<string, unknown>, clusterType: string = T.ManagedKubernetes): ExampleResource[] {
    return [
        { type: clusterType, name: "ack", props: cluster },
        { type: T.NodePool, name: "workers", props: { ...pool, clusterId: UNKNOWN }, propertyDependencies: { clusterId: ["ack"] } },
    ];
}

export const examples: PolicyExamples = {
    policy: "ack-nodepool-auto-upgrade-kubelet",
    resourceType: T.NodePool,
    compliant: [
        {
            title: "autoRepair + autoVulFix pool in a cluster with auto-upgrade and a maintenance window",
            resources: stack(AUTO_UPGRADING_CLUSTER, poolWithManagement({ autoRepair: true, autoVulFix: true, autoVulFixPolicy: { vulLevel: "asap,later" } })),
            target: "workers",
            outcome: { kind: "pass" },
        },
        {
            title: "managed pool whose cluster is outside the stack: left to ack-nodepool-external-cluster-upgrade, never blocked",
            resources: [{ type: T.NodePool, name: "workers", props: MANAGED_POOL }],
            target: "workers",
            outcome: { kind: "pass" },
        },
    ],
    violating: [
        {
            title: "cluster auto-upgrade off",
            resources: stack({ ...AUTO_UPGRADING_CLUSTER, operationPolicy: { clusterAutoUpgrade: { enabled: false } } }, MANAGED_POOL),
            target: "workers",
            outcome: { kind: "violation", messageIncludes: ["found cluster ack does not set operationPolicy.clusterAutoUpgrade.enabled to true", "on cluster ack set `operationPolicy"] },
        },
        {
            title: "maintenance window off",
            resources: stack({ ...AUTO_UPGRADING_CLUSTER, maintenanceWindow: { enable: false } }, MANAGED_POOL),
            target: "workers",
            outcome: { kind: "violation", messageIncludes: ["does not set maintenanceWindow.enable to true"] },
        },
        {
            title: "the retired pool-level autoUpgrade does not stand in for cluster auto-upgrade",
            resources: stack({ clusterSpec: "ack.pro.small" }, poolWith(LEGACY_MANAGEMENT)),
            target: "workers",
            outcome: { kind: "violation", messageIncludes: ["cluster ack does not set operationPolicy.clusterAutoUpgrade.enabled and maintenanceWindow.enable"], messageExcludes: ["autoUpgrade: true", "enable: true }"] },
        },
        {
            title: "a pool automating nothing, even in an auto-upgrading cluster",
            resources: stack(AUTO_UPGRADING_CLUSTER, poolWithManagement(LEGACY_MANAGEMENT)),
            target: "workers",
            outcome: { kind: "violation", messageIncludes: ["management: found node pool whose management block turns on neither", "management.autoUpgrade / autoUpgradePolicy no longer do anything"] },
        },
        {
            title: "a pool automating nothing whose cluster is outside the stack",
            resources: [{ type: T.NodePool, name: "workers", props: poolWithManagement(undefined) }],
            target: "workers",
            outcome: { kind: "violation", messageIncludes: ["found node pool without a management block"] },
        },
        {
            title: "cs.Kubernetes (dedicated) has no cluster auto-upgrade",
            resources: stack({ version: "1.35.2-aliyun.1" }, MANAGED_POOL, T.Kubernetes),
            target: "workers",
            outcome: { kind: "violation", messageIncludes: ["cluster ack cannot auto-upgrade"] },
        },
    ],
    omitted: [
        {
            title: "cluster without operationPolicy and maintenanceWindow",
            resources: stack({ clusterSpec: "ack.pro.small" }, MANAGED_POOL),
            target: "workers",
            outcome: { kind: "violation", messageIncludes: ["cluster ack does not set operationPolicy.clusterAutoUpgrade.enabled and maintenanceWindow.enable to true"] },
        },
    ],
    unknown: [
        { title: "the cluster's operationPolicy is computed at preview", resources: stack({ ...AUTO_UPGRADING_CLUSTER, operationPolicy: UNKNOWN }, MANAGED_POOL), target: "workers", outcome: { kind: "unknown" } },
    ],
    more: [
        // Auto Mode clusters upgrade kubelet and containerd by default (ACK "Auto upgrade of clusters and components").
        { title: "managed pool of an Auto Mode cluster without operationPolicy", resources: stack({ clusterSpec: "ack.pro.small", autoMode: { enabled: true } }, MANAGED_POOL), target: "workers", outcome: { kind: "pass" } },
        { title: "a pool automating nothing in an Auto Mode cluster is not blocked", resources: stack({ clusterSpec: "ack.pro.small", autoMode: { enabled: true } }, poolWithManagement(undefined)), target: "workers", outcome: { kind: "pass" } },
        {
            title: "an Auto Mode cluster that turns auto-upgrade off",
            resources: stack({ clusterSpec: "ack.pro.small", autoMode: { enabled: true }, operationPolicy: { clusterAutoUpgrade: { enabled: false } } }, poolWithManagement(undefined)),
            target: "workers",
            outcome: { kind: "violation", messageIncludes: ["found Auto Mode cluster ack sets operationPolicy.clusterAutoUpgrade.enabled to false", "remove `clusterAutoUpgrade.enabled: false`"] },
        },
        { title: "the cluster's autoMode is computed at preview", resources: stack({ clusterSpec: "ack.pro.small", autoMode: UNKNOWN }, MANAGED_POOL), target: "workers", outcome: { kind: "unknown" } },
        { title: "auto mode pool", resources: stack({}, poolWithManagement(undefined, { autoMode: { enabled: true } })), target: "workers", outcome: { kind: "pass" } },
        { title: "edge node pool of an Edge cluster (ack-edge-node-patch-owner judges it)", resources: stack({ profile: "Edge" }, poolWithManagement(undefined, { type: "edge" })), target: "workers", outcome: { kind: "pass" } },
        {
            title: "a cloud pool of an Edge cluster is judged like any pool",
            resources: stack({ profile: "Edge" }, MANAGED_POOL),
            target: "workers",
            outcome: { kind: "violation", messageIncludes: ["cluster ack does not set"] },
        },
        {
            title: "exempted pool",
            resources: stack({}, MANAGED_POOL),
            target: "workers",
            config: { exemptions: [{ resource: "workers", reason: "kubelet pinned for a vendor certification, OPS-77" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "workers: kubelet pinned for a vendor certification, OPS-77" },
        },
        {
            title: "stack policies honour stack-tag exemptions too",
            resources: stack({}, MANAGED_POOL),
            target: "workers",
            stackTags: { env: "sandbox" },
            config: { exemptions: [{ stackTag: "env=sandbox", reason: "sandbox clusters are recreated weekly" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "for stacks tagged env=sandbox: sandbox clusters are recreated weekly" },
        },
    ],
};
