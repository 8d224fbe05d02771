import { resourcePolicy } from "../../model/policy";
import { asBool } from "../../model/props";
import { T } from "../../model/resources";
import { describeManagementField, judgedPool, MANAGED_POOL_URL } from "./common";

// Auto repair replaces or restarts nodes whose OS, kubelet or runtime fails, so a failed patch
// does not leave a broken node in service.
export const nodePoolAutoRepair = resourcePolicy({
    name: "ack-nodepool-auto-repair",
    displayName: "Node pools repair nodes automatically",
    description: "Managed node pools must enable automatic node repair.",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "Part of the managed node pool configuration that moves node maintenance to Alibaba Cloud; without it failed nodes are the customer's to fix.",
    url: MANAGED_POOL_URL,
    remediationSteps: "Set `management.autoRepair: true` on the cs.NodePool.",
    responsibility: "node-os-patching",
    clusterTypes: ["ack-managed", "ack-edge"],
    resourceTypes: [T.NodePool],
    check: (props, ctx) => {
        const pool = judgedPool(props, ctx);
        const autoRepair = props.management?.autoRepair;
        if (!pool.managed || asBool(autoRepair) !== true) {
            ctx.report({
                path: "management.autoRepair",
                found: pool.managed ? describeManagementField(props, "autoRepair", autoRepair) : pool.why,
                expected: "management.enable = true and management.autoRepair = true",
                why: "Otherwise nodes that fail after a patch or an upgrade stay broken until someone repairs them.",
                fix: "set `management: { enable: true, autoRepair: true }` on this node pool.",
            });
        }
    },
});
