import { clusterOf } from "../../model/graph";
import { AUTO_MODE_FACT, CLUSTER_AUTO_UPGRADE_URL, clusterUpgradesNodes, isAutoModeCluster, LIFECYCLE_FACTS, nodePoolLifecycle } from "../../model/nodeLifecycle";
import { stackPolicy } from "../../model/policy";
import { WINDOW_FIX } from "../../model/maintenanceWindow";
import { T } from "../../model/resources";
import { managementFix } from "./common";

// kubelet and container runtime updates are the customer's on unmanaged pools. Since ACK removed
// the pool-level auto_upgrade fields (2026-01-31), a managed pool gets them only from its cluster's
// auto-upgrade within a maintenance window. A stack policy, because the pool is judged by its
// cluster. A pool whose cluster is not in the stack is left to ack-nodepool-external-cluster-upgrade:
// what that cluster does cannot be known here, so it must not block.
export const nodePoolAutoUpgradeKubelet = stackPolicy({
    name: "ack-nodepool-auto-upgrade-kubelet",
    displayName: "Node pools get kubelet and runtime updates automatically",
    description: "Node pools must receive kubelet and container runtime updates automatically: a managed pool (autoVulFix or autoRepair on) whose cluster in this stack has auto-upgrade and an enabled maintenance window, or any pool of an Auto Mode cluster that keeps its default auto-upgrade.",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "The seed makes kubelet version updates the customer's on ACK managed clusters unless they are automated.",
    remediation: { does: false, why: "stack policy: the SDK remediates resource policies only; the fix is on the cluster (auto-upgrade and a maintenance window at a time only the team knows)." },
    url: CLUSTER_AUTO_UPGRADE_URL,
    remediationSteps: "Make the pool a managed node pool (`management: { autoRepair: true, autoVulFix: true }`) and, on its cs.ManagedKubernetes, set `operationPolicy: { clusterAutoUpgrade: { enabled: true, channel: \"patch\" } }` and a maintenance window as ACK advises (at least 4-hour windows, 48 hours a month), e.g. `" + WINDOW_FIX + "`.",
    responsibility: "kubelet-updates",
    clusterTypes: ["ack-managed"],
    facts: [LIFECYCLE_FACTS.clusterUpgrade, LIFECYCLE_FACTS.removedFields, AUTO_MODE_FACT],
    resourceTypes: [T.NodePool],
    check: (ctx) => {
        for (const r of ctx.resources) {
            if (r.type !== T.NodePool) continue;
            const pool = nodePoolLifecycle(r.props);
            if (pool.autoMode || pool.edge) continue; // Alibaba Cloud upgrades auto mode pools; edge pools are ack-edge-node-patch-owner's.
            const cluster = clusterOf(r);
            // An Auto Mode cluster upgrades its nodes' kubelet and containerd by default (model/nodeLifecycle.ts).
            const autoModeCluster = cluster !== undefined && isAutoModeCluster(cluster);
            if (autoModeCluster && clusterUpgradesNodes(cluster).automated) continue;
            if (!pool.managed && !autoModeCluster) {
                ctx.report(r, {
                    path: "management",
                    found: pool.why,
                    expected: "a managed node pool, whose kubelet and runtime cluster auto-upgrade updates",
                    why: "Cluster auto-upgrade updates managed node pools only; otherwise kubelet and the container runtime stay at their version until the customer upgrades them by hand."
                        + (pool.retiredFieldsSet.some((f) => f.startsWith("management.autoUpgrade")) ? " management.autoUpgrade / autoUpgradePolicy no longer do anything: ACK removed them on 2026-01-31." : ""),
                    fix: `set \`${managementFix(["asap", "later"])}\` on this node pool${cluster ? ` and enable auto-upgrade on cluster ${cluster.name}` : ""}.`,
                });
                continue;
            }
            if (cluster === undefined) continue;
            const upgrade = clusterUpgradesNodes(cluster);
            if (upgrade.automated) continue;
            ctx.report(r, {
                path: "cluster operationPolicy.clusterAutoUpgrade, maintenanceWindow",
                found: upgrade.why,
                expected: "cluster auto-upgrade with an enabled maintenance window",
                why: "Since 2026-01-31 cluster auto-upgrade is the only way ACK updates a managed pool's kubelet and container runtime; otherwise they stay at their version until upgraded by hand.",
                fix: autoModeCluster
                    ? `on Auto Mode cluster ${cluster.name} remove \`clusterAutoUpgrade.enabled: false\` / \`maintenanceWindow.enable: false\` (Auto Mode upgrades by default).`
                    : cluster.type === T.ManagedKubernetes || cluster.type === T.ServerlessKubernetes
                    ? `on cluster ${cluster.name} set \`operationPolicy: { clusterAutoUpgrade: { enabled: true, channel: "patch" } }\` and \`${WINDOW_FIX}\` (at least 4-hour windows, 48 hours a month, as ACK advises).`
                    : `cluster ${cluster.name} cannot auto-upgrade: upgrade its node pools by hand after each cluster upgrade, or move to cs.ManagedKubernetes with auto-upgrade.`,
            });
        }
    },
});
