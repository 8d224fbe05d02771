import { clusterNodes } from "../../model/graph";
import { stackPolicy } from "../../model/policy";
import { NODE_CLUSTER_TYPES } from "../../model/clusterSets";
import { T } from "../../model/resources";
import { diskFindings, imageFindings, loginFindings, metadataFindings, nodeShape, publicIpFindings } from "./nodeShapes";

interface Config {
    ownerTagKey: string;
}

// The node-pool rules (key pair, disks, metadata tokens, public IPs, custom images) hold for every
// node of a cluster, wherever it comes from: a scaling group that cs.KubernetesAutoscaler scales
// launches nodes from its ess.ScalingConfiguration or launch template, and an ecs.Instance attached
// to a node pool keeps its own launch settings. ECS resources that are not nodes of a cluster in
// this stack are not judged (they are outside ACK's shared-responsibility model).
export const clusterNodeHardening = stackPolicy<Config>({
    name: "ack-node-launch-settings",
    displayName: "Nodes outside node pools meet the node-pool launch rules",
    description: "ESS scaling configurations and launch templates of the scaling groups a cs.KubernetesAutoscaler scales, and ECS instances attached to a node pool or such a group, must log in by key pair only, encrypt every disk, require metadata tokens, have no public IP, and name the owner of a custom image.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "These nodes run the cluster's pods like node-pool nodes do, and the same node-pool policies are mandatory; no ACK automation configures them.",
    remediation: { does: false, why: "stack policy: the SDK remediates resource policies only; and most settings apply only to new instances or need a key pair only the team knows." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/create-a-node-pool",
    remediationSteps: "Prefer a cs.NodePool (with cs.AutoscalingConfig for autoscaling) over ESS groups scaled by cs.KubernetesAutoscaler. Otherwise, on the ess.ScalingConfiguration / ecs.EcsLaunchTemplate / ecs.Instance: set `keyName` (`keyPairName`) and no password, encrypt the system disk and every data disk, set `httpTokens: \"required\"` (launch templates, instances), set no `internetMaxBandwidthOut`, and tag custom images with their patch owner.",
    responsibility: "container-runtime-security",
    clusterTypes: NODE_CLUSTER_TYPES,
    config: {
        ownerTagKey: {
            type: "string",
            minLength: 1,
            description: "The tag whose non-empty value names the team or runbook that patches a custom image (as in ack-nodepool-custom-image-patch-owner).",
            default: "os-patch-owner",
        },
    },
    facts: [
        { fact: "cs.KubernetesAutoscaler's `nodepools[].id` is the id of an ESS scaling group; the resource is deprecated since provider 1.127.0 in favour of cs.AutoscalingConfig with node pools.", source: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cs/kubernetesautoscaler/", checked: "2026-12-03" },
        { fact: "@pulumi/alicloud 3.108 ess.ScalingConfiguration has `httpEndpoint` but no `httpTokens`; ecs.EcsLaunchTemplate and ecs.Instance have `httpTokens`.", source: "https://www.pulumi.com/registry/packages/alicloud/api-docs/ess/scalingconfiguration/", checked: "2026-12-03" },
        { fact: "@pulumi/alicloud 3.108 has no node-attachment resource in `cs`; instances join a cluster through cs.NodePool `instances` (or an ess.Attachment to an autoscaled group).", source: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cs/nodepool/", checked: "2026-12-03" },
    ],
    resourceTypes: [T.EssScalingConfiguration, T.EcsLaunchTemplate, T.EcsInstance, T.EssScalingGroup, T.EssAttachment, T.KubernetesAutoscaler, T.NodePool],
    check: (ctx) => {
        for (const node of clusterNodes(ctx.resources)) {
            const shape = nodeShape(node.resource);
            if (shape === undefined) continue;
            const where = `a node of ${node.via}`;
            for (const f of [
                ...loginFindings(shape, where),
                ...diskFindings(shape, where),
                ...metadataFindings(shape, where),
                ...publicIpFindings(shape, where),
                ...imageFindings(shape, where, ctx.config.ownerTagKey),
            ]) ctx.report(node.resource, f);
        }
    },
});
