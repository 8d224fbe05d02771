import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { autoscaledStack, instanceStack, standaloneStack, templateStack } from "../runtime/clusterNode.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-node-unmanaged-patch-owner",
    resourceType: T.EssScalingConfiguration,
    compliant: [
        { title: "an autoscaled group's scaling configuration that names its patch owner", resources: autoscaledStack(), target: "workers", outcome: { kind: "pass" } },
        { title: "an instance attached to a node pool follows the pool's management", resources: instanceStack({ tags: undefined }), target: "node", outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "an autoscaled group's scaling configuration with no patch owner",
            resources: autoscaledStack({ tags: { team: "web" } }),
            target: "workers",
            outcome: { kind: "violation", messageIncludes: ["ess.ScalingConfiguration tags[\"os-patch-owner\"]: found not set on a node of ess.ScalingGroup asg, scaled by cs.KubernetesAutoscaler ca of cluster ack", "ACK applies no OS CVE fixes"] },
        },
        {
            title: "a launch template of an autoscaled group with no patch owner",
            resources: templateStack({ tags: undefined }),
            target: "template",
            outcome: { kind: "violation", messageIncludes: ["ecs.EcsLaunchTemplate tags[\"os-patch-owner\"]: found not set"] },
        },
    ],
    omitted: [
        { title: "no tags at all", resources: autoscaledStack({ tags: undefined }), target: "workers", outcome: { kind: "violation", messageIncludes: ["found not set"] } },
    ],
    unknown: [
        { title: "tags computed at preview", resources: autoscaledStack({ tags: UNKNOWN }), target: "workers", outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "ECS resources no cluster of the stack uses are not ACK nodes", resources: standaloneStack(), target: "workers", outcome: { kind: "pass" } },
        { title: "a custom owner tag key", resources: autoscaledStack({ tags: { owner: "platform-team" } }), target: "workers", config: { ownerTagKey: "owner" }, outcome: { kind: "pass" } },
    ],
};
