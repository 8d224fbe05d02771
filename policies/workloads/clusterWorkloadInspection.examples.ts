import { ExampleResource, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";

const CLUSTER = { clusterSpec: "ack.pro.small", vswitchIds: ["vsw-a", "vsw-b"], addons: [{ name: "terway-eniip" }, { name: "security-inspector" }] };

function withAddonResource(addonName: unknown): ExampleResource[] {
    return [
        { type: T.ManagedKubernetes, name: "ack", props: { ...CLUSTER, addons: [{ name: "terway-eniip" }] } },
        { type: T.KubernetesAddon, name: "inspector", props: { clusterId: UNKNOWN, name: addonName }, propertyDependencies: { clusterId: ["ack"] } },
    ];
}

export const examples: PolicyExamples = {
    policy: "ack-cluster-workload-inspection",
    resourceType: T.ManagedKubernetes,
    compliant: [
        { title: "security-inspector installed inline", resources: [{ type: T.ManagedKubernetes, name: "ack", props: CLUSTER }], target: "ack", outcome: { kind: "pass" } },
        { title: "managed-security-inspector as a cs.KubernetesAddon", resources: withAddonResource("managed-security-inspector"), target: "ack", outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "inspector declared but disabled",
            resources: [{ type: T.ManagedKubernetes, name: "ack", props: { ...CLUSTER, addons: [{ name: "terway-eniip" }, { name: "security-inspector", disabled: true }] } }],
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["cs.ManagedKubernetes addons: found add-ons [terway-eniip], expected one of security-inspector, managed-security-inspector"] },
        },
        { title: "another add-on resource only", resources: withAddonResource("metrics-server"), target: "ack", outcome: { kind: "violation", messageIncludes: ["found add-ons [terway-eniip, metrics-server]"] } },
    ],
    omitted: [
        { title: "no addons at all", resources: [{ type: T.ManagedKubernetes, name: "ack", props: { clusterSpec: "ack.pro.small" } }], target: "ack", outcome: { kind: "violation", messageIncludes: ["found no add-ons declared"] } },
    ],
    unknown: [
        { title: "addons computed at preview", resources: [{ type: T.ManagedKubernetes, name: "ack", props: { ...CLUSTER, addons: UNKNOWN } }], target: "ack", outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "serverless clusters are not inspected this way", resources: [{ type: T.ServerlessKubernetes, name: "ask", props: { vswitchIds: ["vsw-a"] } }], target: "ask", outcome: { kind: "pass" } },
        { title: "an Edge-profile cluster is judged too", resources: [{ type: T.ManagedKubernetes, name: "edge", props: { profile: "Edge" } }], target: "edge", outcome: { kind: "violation", messageIncludes: ["cs.ManagedKubernetes addons: found no add-ons declared"] } },
        { title: "cs.EdgeKubernetes with the inspector", resources: [{ type: T.EdgeKubernetes, name: "edge", props: { addons: [{ name: "flannel" }, { name: "security-inspector" }] } }], target: "edge", outcome: { kind: "pass" } },
        { title: "an ACS cluster is not judged", resources: [{ type: T.ManagedKubernetes, name: "acs", props: { profile: "Acs" } }], target: "acs", outcome: { kind: "pass" } },
        { title: "addons of the wrong shape", resources: [{ type: T.ManagedKubernetes, name: "ack", props: { addons: "security-inspector" } }], target: "ack", outcome: { kind: "violation", messageIncludes: ["found no add-ons declared"] } },
        {
            title: "exempted cluster",
            resources: [{ type: T.ManagedKubernetes, name: "ack", props: { clusterSpec: "ack.pro.small" } }],
            target: "ack",
            config: { exemptions: [{ resource: "ack", reason: "inspected by the central CSPM scanner, SEC-12" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "ack: inspected by the central CSPM scanner, SEC-12" },
        },
    ],
};
