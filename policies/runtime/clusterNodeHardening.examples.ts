import { PolicyExamples, secret, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { autoscaledStack, instanceStack, standaloneStack, templateStack } from "./clusterNode.fixtures";

const PASSWORD = "hunter2-Example!";
const VIA = "a node of ess.ScalingGroup asg, scaled by cs.KubernetesAutoscaler ca of cluster ack";

export const examples: PolicyExamples = {
    policy: "ack-node-launch-settings",
    resourceType: T.EssScalingConfiguration,
    compliant: [
        { title: "an autoscaled group's scaling configuration: key pair, encrypted disks, metadata off, no public IP", resources: autoscaledStack(), target: "workers", outcome: { kind: "pass" } },
        { title: "an autoscaled group's launch template with metadata tokens required", resources: templateStack(), target: "template", outcome: { kind: "pass" } },
        { title: "an instance attached to a node pool, hardened", resources: instanceStack(), target: "node", outcome: { kind: "pass" } },
        { title: "a custom image with its patch owner named", resources: autoscaledStack({ imageId: "m-bp1custom" }), target: "workers", outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "a password on the scaling configuration (the password never appears)",
            resources: autoscaledStack({ keyName: undefined, password: secret(PASSWORD) }),
            target: "workers",
            outcome: { kind: "violation", messageIncludes: [`ess.ScalingConfiguration password: found password <set>, keyName not set on ${VIA}`, "expected keyName only, no password"], messageExcludes: [PASSWORD] },
        },
        {
            title: "unencrypted disks, reached through the configuration's scalingGroupId output",
            resources: autoscaledStack({ systemDiskEncrypted: false, dataDisks: [{ size: 100, encrypted: false }] }, "configuration"),
            target: "workers",
            outcome: { kind: "violation", messageIncludes: ["systemDiskEncrypted false; dataDisks[0].encrypted false on a node of ess.ScalingConfiguration workers, scaled by cs.KubernetesAutoscaler ca of cluster ack", "expected every node disk encrypted"] },
        },
        {
            title: "a public IP per node",
            resources: autoscaledStack({ internetMaxBandwidthOut: 10 }),
            target: "workers",
            outcome: { kind: "violation", messageIncludes: ["internetMaxBandwidthOut = 10 (a public IP per node)", "expected no public address on nodes"] },
        },
        {
            title: "ESS with the metadata service on: no token can be required there",
            resources: autoscaledStack({ httpEndpoint: "enabled" }),
            target: "workers",
            outcome: { kind: "violation", messageIncludes: ["ess.ScalingConfiguration has no httpTokens input", "launch the group from an ecs.EcsLaunchTemplate with `httpTokens: \"required\"`"] },
        },
        {
            title: "a launch template with optional metadata tokens",
            resources: templateStack({ httpTokens: "optional" }),
            target: "template",
            outcome: { kind: "violation", messageIncludes: ["ecs.EcsLaunchTemplate httpTokens: found \"optional\" on a node of ess.ScalingGroup asg"] },
        },
        {
            title: "a launch template with an unencrypted system disk",
            resources: templateStack({ systemDisk: { category: "cloud_essd", encrypted: false } }),
            target: "template",
            outcome: { kind: "violation", messageIncludes: ["ecs.EcsLaunchTemplate systemDisk.encrypted: found systemDisk.encrypted false"] },
        },
        {
            title: "an instance attached to a node pool with a public IP",
            resources: instanceStack({ internetMaxBandwidthOut: 5 }),
            target: "node",
            outcome: { kind: "violation", messageIncludes: ["ecs.Instance internetMaxBandwidthOut: found internetMaxBandwidthOut = 5 (a public IP per node) on a node of node pool workers (an instance it attaches)"] },
        },
        {
            title: "an instance added to the autoscaled group by ess.Attachment, on a custom image without a patch owner",
            resources: instanceStack({ imageId: "m-bp1custom", tags: undefined }, "group"),
            target: "node",
            outcome: { kind: "violation", messageIncludes: ["tags[\"os-patch-owner\"]: found not set, and imageId \"m-bp1custom\" is a custom image", "(ess.Attachment attach)"] },
        },
    ],
    omitted: [
        {
            title: "keyName omitted",
            resources: autoscaledStack({ keyName: undefined }),
            target: "workers",
            outcome: { kind: "violation", messageIncludes: ["ess.ScalingConfiguration keyName: found keyName not set"] },
        },
        {
            title: "disk encryption omitted",
            resources: autoscaledStack({ systemDiskEncrypted: undefined, dataDisks: [{ size: 100 }] }),
            target: "workers",
            outcome: { kind: "violation", messageIncludes: ["systemDiskEncrypted not set (default: false); dataDisks[0].encrypted not set (default: false)"] },
        },
        {
            title: "metadata tokens omitted on an instance (default optional)",
            resources: instanceStack({ httpTokens: undefined }),
            target: "node",
            outcome: { kind: "violation", messageIncludes: ["httpTokens: found not set (default: \"optional\")"] },
        },
    ],
    unknown: [
        { title: "a bandwidth computed at preview", resources: autoscaledStack({ internetMaxBandwidthOut: UNKNOWN }), target: "workers", outcome: { kind: "unknown" } },
        {
            title: "a password computed at preview is still a password",
            resources: autoscaledStack({ keyName: undefined, password: UNKNOWN }),
            target: "workers",
            outcome: { kind: "violation", messageIncludes: ["password <set>, keyName not set"] },
        },
    ],
    more: [
        { title: "ECS resources no cluster of the stack uses are not ACK nodes", resources: standaloneStack(), target: "workers", outcome: { kind: "pass" } },
        {
            title: "an exempted scaling configuration",
            resources: autoscaledStack({ internetMaxBandwidthOut: 10 }),
            target: "workers",
            config: { exemptions: [{ resource: "workers", reason: "build agents that fetch from the internet, ticket OPS-91" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "OPS-91" },
        },
    ],
};
