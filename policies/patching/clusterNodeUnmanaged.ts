import { clusterNodes } from "../../model/graph";
import { MANAGED_POOL_URL } from "../../model/nodeLifecycle";
import { stackPolicy } from "../../model/policy";
import { T } from "../../model/resources";
import { nodeShape, ownerTag } from "../runtime/nodeShapes";

interface Config {
    ownerTagKey: string;
}

// Nodes that no node pool launches (a scaling group scaled by cs.KubernetesAutoscaler, instances an
// ess.Attachment adds to it) get none of ACK's node automation: no OS CVE fixes, no repair, no
// kubelet upgrades. The customer patches them, so the program must say who does. Instances
// attached to a cs.NodePool follow that pool's management (ack-nodepool-managed judges the pool).
export const clusterNodeUnmanaged = stackPolicy<Config>({
    name: "ack-node-unmanaged-patch-owner",
    displayName: "Nodes outside node pools name their OS patch owner",
    description: "ESS scaling configurations, launch templates and ECS instances of the scaling groups a cs.KubernetesAutoscaler scales are unmanaged nodes: ACK never patches, repairs or upgrades them, so each must name who does (an owner tag), or move to a managed node pool.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Node OS patching is the customer's on every node ACK automates nothing for (as for ack-nodepool-managed); without a named owner nobody may patch these nodes.",
    remediation: { does: false, why: "fails (a) single secure answer: it needs a patch owner only the team can name, or a move to node pools." },
    url: MANAGED_POOL_URL,
    remediationSteps: "Replace the ESS group and cs.KubernetesAutoscaler with a managed cs.NodePool (management.autoVulFix / autoRepair, cs.AutoscalingConfig for autoscaling), or tag the ess.ScalingConfiguration / ecs.EcsLaunchTemplate / ecs.Instance with `os-patch-owner: <team or runbook URL>`.",
    responsibility: "node-os-patching",
    clusterTypes: ["ack-managed", "ack-edge"],
    config: {
        ownerTagKey: {
            type: "string",
            minLength: 1,
            description: "The tag whose non-empty value names the team or runbook that patches the nodes.",
            default: "os-patch-owner",
        },
    },
    resourceTypes: [T.EssScalingConfiguration, T.EcsLaunchTemplate, T.EcsInstance, T.EssScalingGroup, T.EssAttachment, T.KubernetesAutoscaler],
    check: (ctx) => {
        const key = ctx.config.ownerTagKey;
        for (const node of clusterNodes(ctx.resources)) {
            const shape = nodeShape(node.resource);
            if (shape === undefined || node.pool !== undefined) continue; // a pool's node: its pool's management applies
            if (ownerTag(shape, key) !== undefined) continue;
            ctx.report(node.resource, {
                path: `tags["${key}"]`,
                found: `not set on a node of ${node.via}`,
                expected: "the team or runbook that patches these nodes, or a managed node pool",
                why: "No node pool launches these nodes, so ACK applies no OS CVE fixes, repairs or kubelet upgrades to them: the customer patches them by hand.",
                fix: `move the nodes to a managed cs.NodePool, or add \`tags: { "${key}": "<team or runbook URL>" }\`.`,
            });
        }
    },
});
