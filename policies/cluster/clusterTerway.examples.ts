import { ExampleResource, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { DEDICATED, EDGE, MANAGED, SERVERLESS } from "./cluster.fixtures";

function stack(type: string, cluster: Record<string, unknown>, addonName?: string): ExampleResource[] {
    const out: ExampleResource[] = [{ type, name: "ack", props: cluster }];
    if (addonName !== undefined) {
        out.push({ type: T.KubernetesAddon, name: "cni", props: { clusterId: UNKNOWN, name: addonName }, propertyDependencies: { clusterId: ["ack"] } });
    }
    return out;
}

export const examples: PolicyExamples = {
    policy: "ack-cluster-terway",
    resourceType: T.ManagedKubernetes,
    compliant: [
        { title: "managed: terway-eniip inline", resources: stack(T.ManagedKubernetes, MANAGED), target: "ack", outcome: { kind: "pass" } },
        { title: "dedicated: terway-eniip inline", resources: stack(T.Kubernetes, DEDICATED), target: "ack", outcome: { kind: "pass" } },
        { title: "managed: terway-controlplane as a cs.KubernetesAddon", resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: undefined }, "terway-controlplane"), target: "ack", outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "managed: flannel",
            resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: [{ name: "flannel" }, { name: "loongcollector" }] }),
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["cs.ManagedKubernetes addons[0]: found the flannel network plugin, expected Terway"] },
        },
        {
            title: "dedicated: flannel as a cs.KubernetesAddon",
            resources: stack(T.Kubernetes, { ...DEDICATED, addons: [{ name: "logtail-ds" }] }, "flannel"),
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["cs.Kubernetes cs.KubernetesAddon cni: found the flannel network plugin"] },
        },
    ],
    omitted: [
        {
            title: "managed: no add-ons at all",
            resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: undefined }),
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["addons: found no network plugin declared (no add-ons declared)"] },
        },
        {
            title: "managed: add-ons without a network plugin",
            resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: [{ name: "csi-plugin" }] }),
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["found no network plugin declared (add-ons [csi-plugin])"] },
        },
    ],
    unknown: [
        { title: "managed: addons computed at preview", resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: UNKNOWN }), target: "ack", outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "serverless cluster: no CNI to choose", resources: stack(T.ServerlessKubernetes, { ...SERVERLESS, addons: undefined }), target: "ack", outcome: { kind: "pass" } },
        { title: "managed with profile Acs: no CNI to choose", resources: stack(T.ManagedKubernetes, { ...MANAGED, profile: "Acs", addons: undefined }), target: "ack", outcome: { kind: "pass" } },
        { title: "edge cluster with flannel (recommended for edge devices)", resources: stack(T.EdgeKubernetes, EDGE), target: "ack", outcome: { kind: "pass" } },
        { title: "managed with profile Edge and flannel", resources: stack(T.ManagedKubernetes, { ...MANAGED, profile: "Edge", addons: [{ name: "flannel" }] }), target: "ack", outcome: { kind: "pass" } },
        { title: "a disabled flannel entry does not count", resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: [{ name: "flannel", disabled: true }, { name: "terway-eniip" }] }), target: "ack", outcome: { kind: "pass" } },
        { title: "profile computed at preview", resources: stack(T.ManagedKubernetes, { ...MANAGED, profile: UNKNOWN }), target: "ack", outcome: { kind: "unknown" } },
    ],
};
