// Stacks with cluster nodes that no cs.NodePool launches: an ESS scaling group scaled by
// cs.KubernetesAutoscaler (its scaling configuration, launch template, attached instances) and an
// ecs.Instance attached to a node pool. `undefined` removes a property.
import { ExampleResource, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { MANAGED } from "../cluster/cluster.fixtures";
import { pool } from "./node.fixtures";

/** An ess.ScalingConfiguration that passes every node rule it can (ESS has no metadata-token input: the endpoint is off). */
export const HARDENED_ESS = {
    scalingGroupId: UNKNOWN,
    imageId: "aliyun_3_x64_20G_alibase_20241218.vhd",
    instanceType: "ecs.g7.xlarge",
    securityGroupId: UNKNOWN,
    keyName: "ops-keypair",
    systemDiskCategory: "cloud_essd",
    systemDiskEncrypted: true,
    dataDisks: [{ category: "cloud_essd", size: 120, encrypted: true }],
    httpEndpoint: "disabled",
    tags: { "os-patch-owner": "platform-team" },
};

/** An ecs.EcsLaunchTemplate that passes every node rule. */
export const HARDENED_TEMPLATE = {
    launchTemplateName: "ack-workers",
    imageId: "aliyun_3_x64_20G_alibase_20241218.vhd",
    instanceType: "ecs.g7.xlarge",
    keyPairName: "ops-keypair",
    systemDisk: { category: "cloud_essd", encrypted: true },
    dataDisks: [{ category: "cloud_essd", size: 120, encrypted: true }],
    httpTokens: "required",
    tags: { "os-patch-owner": "platform-team" },
};

/** An ecs.Instance that passes every node rule. */
export const HARDENED_INSTANCE = {
    instanceType: "ecs.g7.xlarge",
    imageId: "aliyun_3_x64_20G_alibase_20241218.vhd",
    vswitchId: "vsw-a",
    securityGroups: ["sg-0nodes"],
    keyName: "ops-keypair",
    systemDiskEncrypted: true,
    dataDisks: [{ category: "cloud_essd", size: 120, encrypted: true }],
    httpTokens: "required",
    tags: { "os-patch-owner": "platform-team" },
};

const GROUP = { minSize: 1, maxSize: 10, scalingGroupName: "ack-workers", vswitchIds: ["vsw-a"] };
const AUTOSCALER = { clusterId: UNKNOWN, nodepools: [{ id: UNKNOWN, labels: "role=worker" }], utilization: "0.5", coolDownDuration: "10m", deferScaleInDuration: "10m" };

/**
 * A cluster `ack`, an ess.ScalingGroup `asg` that cs.KubernetesAutoscaler `ca` scales, and its
 * ess.ScalingConfiguration `workers` (ESS fields replaced by `ess`). With `via: "configuration"`
 * the autoscaler names the configuration's scalingGroupId output, as the provider's example does.
 */
export function autoscaledStack(ess: Record<string, unknown> = {}, via: "group" | "configuration" = "group"): ExampleResource[] {
    return [
        { type: T.ManagedKubernetes, name: "ack", props: MANAGED },
        { type: T.EssScalingGroup, name: "asg", props: GROUP },
        { type: T.EssScalingConfiguration, name: "workers", props: { ...HARDENED_ESS, ...ess }, propertyDependencies: { scalingGroupId: ["asg"] } },
        { type: T.KubernetesAutoscaler, name: "ca", props: AUTOSCALER, propertyDependencies: { clusterId: ["ack"], nodepools: [via === "group" ? "asg" : "workers"] } },
    ];
}

/** An autoscaled group launched from ecs.EcsLaunchTemplate `template` (fields replaced by `template`). */
export function templateStack(template: Record<string, unknown> = {}): ExampleResource[] {
    return [
        { type: T.ManagedKubernetes, name: "ack", props: MANAGED },
        { type: T.EcsLaunchTemplate, name: "template", props: { ...HARDENED_TEMPLATE, ...template } },
        { type: T.EssScalingGroup, name: "asg", props: { ...GROUP, launchTemplateId: UNKNOWN }, propertyDependencies: { launchTemplateId: ["template"] } },
        { type: T.KubernetesAutoscaler, name: "ca", props: AUTOSCALER, propertyDependencies: { clusterId: ["ack"], nodepools: ["asg"] } },
    ];
}

/** ecs.Instance `node` attached to node pool `workers` (`pool`), or added to an autoscaled group by ess.Attachment (`group`). */
export function instanceStack(instance: Record<string, unknown> = {}, to: "pool" | "group" = "pool"): ExampleResource[] {
    const node: ExampleResource = { type: T.EcsInstance, name: "node", props: { ...HARDENED_INSTANCE, ...instance } };
    if (to === "pool") {
        return [
            { type: T.ManagedKubernetes, name: "ack", props: MANAGED },
            node,
            { type: T.NodePool, name: "workers", props: pool({ clusterId: UNKNOWN, instances: [UNKNOWN] }), propertyDependencies: { clusterId: ["ack"], instances: ["node"] } },
        ];
    }
    return [
        ...autoscaledStack(),
        node,
        { type: T.EssAttachment, name: "attach", props: { scalingGroupId: UNKNOWN, instanceIds: [UNKNOWN] }, propertyDependencies: { scalingGroupId: ["asg"], instanceIds: ["node"] } },
    ];
}

/** The same ECS resources with no cluster in sight: not ACK nodes. */
export function standaloneStack(): ExampleResource[] {
    return [
        { type: T.EssScalingGroup, name: "asg", props: GROUP },
        { type: T.EssScalingConfiguration, name: "workers", props: { ...HARDENED_ESS, keyName: undefined, password: "x" }, propertyDependencies: { scalingGroupId: ["asg"] } },
        { type: T.EcsInstance, name: "node", props: { ...HARDENED_INSTANCE, keyName: undefined, systemDiskEncrypted: false } },
    ];
}
