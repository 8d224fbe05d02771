import { SELF_PATCHED_CLUSTER_TYPES } from "../../model/clusterSets";
import { LIFECYCLE_FACTS, MANAGED_POOL_URL } from "../../model/nodeLifecycle";
import { resourcePolicy } from "../../model/policy";
import { T } from "../../model/resources";
import { describeManagementField, judgedPool } from "./common";

// Auto repair replaces or restarts nodes whose OS, kubelet or runtime fails, so a failed patch
// does not leave a broken node in service. Since 2025-08-31 it is off unless the program turns it on.
export const nodePoolAutoRepair = resourcePolicy({
    name: "ack-nodepool-auto-repair",
    displayName: "Node pools repair nodes automatically",
    description: "Node pools must enable automatic node repair (`management.autoRepair`).",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "Part of the managed node pool configuration that moves node maintenance to Alibaba Cloud; without it failed nodes are the customer's to fix.",
    remediation: { does: true, why: "`management.autoRepair: true` is the one secure value, changed in place (ModifyClusterNodePool; not ForceNew); repair acts only on nodes that are already failing. The retired management fields are never written." },
    url: MANAGED_POOL_URL,
    remediationSteps: "Set `management.autoRepair: true` on the cs.NodePool (auto repair relies on the ack-node-problem-detector add-on of the cluster).",
    responsibility: "node-os-patching",
    clusterTypes: SELF_PATCHED_CLUSTER_TYPES,
    facts: [LIFECYCLE_FACTS.defaultsOff, LIFECYCLE_FACTS.removedFields],
    resourceTypes: [T.NodePool],
    check: (props, ctx) => {
        const pool = judgedPool(props, ctx);
        if (pool.repair) return;
        ctx.report({
            path: "management.autoRepair",
            found: describeManagementField(props, "autoRepair", props.management?.autoRepair),
            expected: "management.autoRepair = true",
            why: "Otherwise nodes that fail after a patch or an upgrade stay broken until someone repairs them."
                + (pool.retiredFieldsSet.includes("management.enable") ? " management.enable no longer turns repair on: ACK removed it on 2026-01-31." : ""),
            fix: "set `management.autoRepair: true` on this node pool.",
        });
    },
    // Only the switch ACK still honours; the retired management fields are never written.
    remediate: () => ({ management: { autoRepair: true } }),
});
