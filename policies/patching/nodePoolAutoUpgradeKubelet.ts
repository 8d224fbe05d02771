import type { PolicyResource } from "@pulumi/policy";
import { classifyNodePool } from "../../model/clusterType";
import { clusterOf } from "../../model/graph";
import { stackPolicy } from "../../model/policy";
import { asBool } from "../../model/props";
import { propsAs, T } from "../../model/resources";

/** Cluster auto-upgrade, with an enabled maintenance window, also upgrades managed node pools' kubelet. */
function clusterAutoUpgrades(cluster: PolicyResource): boolean {
    // Only ManagedKubernetes and ServerlessKubernetes have these settings.
    const p = propsAs(cluster, T.ManagedKubernetes, T.ServerlessKubernetes);
    return asBool(p?.operationPolicy?.clusterAutoUpgrade?.enabled) === true && asBool(p?.maintenanceWindow?.enable) === true;
}

// kubelet updates are the customer's on unmanaged pools. A managed pool gets them automatically
// from cluster auto-upgrade (the mechanism since ACK retired the node-pool `auto_upgrade` API
// fields on 2026-01-31) or, on older API versions, from management.autoUpgrade + autoUpgradeKubelet.
// A stack policy, because the pool is judged by its cluster.
export const nodePoolAutoUpgradeKubelet = stackPolicy({
    name: "ack-nodepool-auto-upgrade-kubelet",
    displayName: "Node pools get kubelet updates automatically",
    description: "Node pools must receive kubelet updates automatically: a managed pool in a cluster with auto-upgrade and a maintenance window (or the legacy pool-level autoUpgrade with autoUpgradeKubelet).",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "The seed makes kubelet version updates the customer's on ACK managed clusters unless they are automated.",
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/automatically-upgrade-an-ack-cluster",
    remediationSteps: "Make the pool managed (`management.enable: true`) and, on its cs.ManagedKubernetes, set `operationPolicy: { clusterAutoUpgrade: { enabled: true, channel: \"patch\" } }` and `maintenanceWindow: { enable: true, ... }`.",
    responsibility: "kubelet-updates",
    clusterTypes: ["ack-managed"],
    resourceTypes: [T.NodePool],
    check: (ctx) => {
        for (const pool of ctx.resources) {
            if (pool.type !== T.NodePool) continue;
            const cls = classifyNodePool(pool.props);
            if (cls.autoMode) continue; // Alibaba Cloud upgrades auto mode pools itself.
            const management = propsAs(pool, T.NodePool)?.management;
            const legacy = asBool(management?.autoUpgrade) === true && asBool(management?.autoUpgradePolicy?.autoUpgradeKubelet) === true;
            const cluster = clusterOf(pool);
            if (cls.managed && (legacy || (cluster !== undefined && clusterAutoUpgrades(cluster)))) continue;
            const where = cluster === undefined
                ? "its cluster is not in this stack, so only the pool's own autoUpgrade settings count"
                : `cluster ${cluster.name} has ${clusterAutoUpgrades(cluster) ? "" : "no "}auto-upgrade with an enabled maintenance window`;
            ctx.report(pool, {
                path: cls.managed ? "cluster operationPolicy.clusterAutoUpgrade / management.autoUpgrade" : "management.enable",
                found: `${cls.why}; ${where}`,
                expected: "a managed pool whose kubelet is upgraded automatically",
                why: "Otherwise kubelet stays at its version until the customer upgrades it by hand.",
                fix: cls.managed
                    ? (cluster === undefined
                        ? "set `management.autoUpgrade: true` and `management.autoUpgradePolicy.autoUpgradeKubelet: true`, or manage the cluster in this stack with cluster auto-upgrade."
                        : `on cluster ${cluster.name} set \`operationPolicy: { clusterAutoUpgrade: { enabled: true } }\` and \`maintenanceWindow: { enable: true, ... }\`.`)
                    : "set `management: { enable: true }` on this node pool and enable cluster auto-upgrade.",
            });
        }
    },
});
