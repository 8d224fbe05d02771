import type { PolicyResource } from "@pulumi/policy";
import { clusterOf } from "../../model/graph";
import { CLUSTER_AUTO_UPGRADE_URL, LIFECYCLE_FACTS, nodePoolLifecycle } from "../../model/nodeLifecycle";
import { stackPolicy } from "../../model/policy";
import { quotable, quote } from "../../model/props";
import { isUnknown } from "../../model/wire";
import { T } from "../../model/resources";

interface Config {
    autoUpgradingClusterIds: string[];
}

/** The pool's `clusterId` as written (a literal id), or undefined when it is unknown or not a string. Never reads through the proxy. */
function literalClusterId(pool: PolicyResource): string | undefined {
    const v = Object.getOwnPropertyDescriptor(pool.props ?? {}, "clusterId")?.value;
    return typeof v === "string" && !isUnknown(v) && v.trim() !== "" ? v.trim() : undefined;
}

// A managed pool gets kubelet and runtime updates from its cluster's auto-upgrade. When the cluster
// is not in this stack (a literal id, a stack reference, config), that cannot be known: warn with
// what to verify, and let a team name the external clusters it knows auto-upgrade.
export const nodePoolExternalClusterUpgrade = stackPolicy<Config>({
    name: "ack-nodepool-external-cluster-upgrade",
    displayName: "Managed pools of clusters outside the stack: kubelet updates verified",
    description: "A managed node pool whose cluster is not in this stack gets kubelet and runtime updates only if that cluster auto-upgrades, which this stack cannot show: verify it, or list the cluster id in autoUpgradingClusterIds.",
    severity: "medium",
    enforcementLevel: "advisory",
    levelRationale: "Whether a cluster outside the stack auto-upgrades cannot be determined from this stack, so blocking would be a guess; the warning names what to verify.",
    remediation: { does: false, why: "advisory about a cluster outside the stack: there is no input of the pool to fix." },
    url: CLUSTER_AUTO_UPGRADE_URL,
    remediationSteps: "Check that the pool's cluster has cluster auto-upgrade with an enabled maintenance window (console: Operations > Upgrade Cluster, or DescribeClusterDetail operation_policy), then list its id in this policy's `autoUpgradingClusterIds`, or manage the cluster in this stack.",
    responsibility: "kubelet-updates",
    clusterTypes: ["ack-managed"],
    facts: [LIFECYCLE_FACTS.clusterUpgrade],
    config: {
        autoUpgradingClusterIds: {
            type: "array",
            items: { type: "string", minLength: 1 },
            uniqueItems: true,
            description: "Ids of clusters outside this stack that are known to have cluster auto-upgrade with an enabled maintenance window.",
            default: [],
        },
    },
    resourceTypes: [T.NodePool],
    check: (ctx) => {
        const known = new Set(ctx.config.autoUpgradingClusterIds);
        const vouched: string[] = [];
        for (const r of ctx.resources) {
            if (r.type !== T.NodePool || clusterOf(r) !== undefined) continue;
            const pool = nodePoolLifecycle(r.props);
            // Unmanaged pools are blocked by ack-nodepool-auto-upgrade-kubelet whatever their cluster does.
            if (pool.autoMode || pool.edge || !pool.managed) continue;
            const id = literalClusterId(r);
            if (id !== undefined && known.has(id)) {
                vouched.push(`${r.name}: cluster ${id} is listed in autoUpgradingClusterIds`);
                continue;
            }
            ctx.report(r, {
                path: "clusterId",
                found: id === undefined ? "a cluster that is not in this stack (its id is computed elsewhere)" : `cluster ${quote(id)}, which is not in this stack`,
                expected: "a cluster known to auto-upgrade its managed node pools",
                why: "Whether that cluster has auto-upgrade with an enabled maintenance window cannot be determined from this stack; without it this pool's kubelet and runtime are never updated automatically.",
                fix: id === undefined || !quotable(id)
                    ? "verify the cluster's auto-upgrade and maintenance window, then add its id to `autoUpgradingClusterIds` in this policy's config."
                    : `verify cluster ${id}'s auto-upgrade and maintenance window, then add "${id}" to \`autoUpgradingClusterIds\` in this policy's config.`,
            });
        }
        return vouched;
    },
});
