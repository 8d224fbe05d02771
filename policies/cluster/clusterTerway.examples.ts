import { ExampleResource, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { DEDICATED, EDGE, MANAGED, SERVERLESS, TERWAY } from "./cluster.fixtures";

function stack(type: string, cluster: Record<string, unknown>, addon?: { name: unknown; config?: unknown }): ExampleResource[] {
    const out: ExampleResource[] = [{ type, name: "ack", props: cluster }];
    if (addon !== undefined) {
        out.push({ type: T.KubernetesAddon, name: "cni", props: { clusterId: UNKNOWN, ...addon }, propertyDependencies: { clusterId: ["ack"] } });
    }
    return out;
}

const NP = (v: unknown) => JSON.stringify({ NetworkPolicy: v, IPVlan: "false" });

export const examples: PolicyExamples = {
    policy: "ack-cluster-terway",
    resourceType: T.ManagedKubernetes,
    compliant: [
        { title: "managed: terway-eniip inline with NetworkPolicy on", resources: stack(T.ManagedKubernetes, MANAGED), target: "ack", outcome: { kind: "pass" } },
        { title: "dedicated: terway-eniip inline with NetworkPolicy on", resources: stack(T.Kubernetes, DEDICATED), target: "ack", outcome: { kind: "pass" } },
        {
            title: "managed: terway-eniip as a cs.KubernetesAddon with NetworkPolicy on, next to terway-controlplane",
            resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: [{ name: "terway-controlplane", config: JSON.stringify({ ENITrunking: "true" }) }] }, { name: "terway-eniip", config: NP("true") }),
            target: "ack",
            outcome: { kind: "pass" },
        },
    ],
    violating: [
        {
            title: "managed: flannel",
            resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: [{ name: "flannel" }, { name: "loongcollector" }] }),
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["cs.ManagedKubernetes addons[0]: found the flannel network plugin, expected Terway in shared-ENI mode (terway-eniip) with NetworkPolicy on"] },
        },
        {
            title: "dedicated: flannel as a cs.KubernetesAddon",
            resources: stack(T.Kubernetes, { ...DEDICATED, addons: [{ name: "logtail-ds" }] }, { name: "flannel" }),
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["cs.Kubernetes cs.KubernetesAddon cni: found the flannel network plugin"] },
        },
        {
            title: "managed: terway-eniip with NetworkPolicy \"false\" (the provider's own example)",
            resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: [{ name: "terway-eniip", config: JSON.stringify({ NetworkPolicy: "false", ENITrunking: "true", IPVlan: "false" }) }] }),
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["addons[0].config: found NetworkPolicy \"false\", expected NetworkPolicy: \"true\" in the terway-eniip add-on config"] },
        },
        {
            title: "managed: Terway in exclusive-ENI mode (terway-eni)",
            resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: [{ name: "terway-eni" }] }),
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["addons[0]: found Terway in exclusive-ENI mode (terway-eni)", "does not support NetworkPolicy on nodes in exclusive-ENI mode"] },
        },
        {
            title: "managed: terway-controlplane alone is not a network plugin",
            resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: [{ name: "csi-plugin" }] }, { name: "terway-controlplane" }),
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["cs.KubernetesAddon cni: found terway-controlplane without terway-eniip (add-ons [csi-plugin, terway-controlplane])", "not a network plugin"] },
        },
        {
            title: "cs.KubernetesAddon terway-eniip with NetworkPolicy off",
            resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: undefined }, { name: "terway-eniip", config: NP("false") }),
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["cs.KubernetesAddon cni.config: found NetworkPolicy \"false\""] },
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
        // The add-on's default for an omitted switch is undocumented: not blocked here, warned by ack-cluster-terway-networkpolicy-unset.
        { title: "managed: terway-eniip without config is not blocked", resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: [{ name: "terway-eniip" }] }), target: "ack", outcome: { kind: "pass" } },
        { title: "managed: a config without the NetworkPolicy key is not blocked", resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: [{ name: "terway-eniip", config: JSON.stringify({ IPVlan: "false" }) }] }), target: "ack", outcome: { kind: "pass" } },
    ],
    unknown: [
        { title: "managed: addons computed at preview", resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: UNKNOWN }), target: "ack", outcome: { kind: "unknown" } },
        {
            title: "the terway-eniip config computed at preview",
            resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: undefined }, { name: "terway-eniip", config: UNKNOWN }),
            target: "ack",
            outcome: { kind: "unknown" },
        },
    ],
    more: [
        { title: "serverless cluster: no CNI to choose", resources: stack(T.ServerlessKubernetes, { ...SERVERLESS, addons: undefined }), target: "ack", outcome: { kind: "pass" } },
        { title: "managed with profile Acs: no CNI to choose", resources: stack(T.ManagedKubernetes, { ...MANAGED, profile: "Acs", addons: undefined }), target: "ack", outcome: { kind: "pass" } },
        { title: "managed with profile Lingjun is judged like an ACK managed cluster", resources: stack(T.ManagedKubernetes, { ...MANAGED, profile: "Lingjun", addons: [{ name: "flannel" }] }), target: "ack", outcome: { kind: "violation", messageIncludes: ["found the flannel network plugin"] } },
        { title: "edge cluster with flannel (recommended for edge devices)", resources: stack(T.EdgeKubernetes, EDGE), target: "ack", outcome: { kind: "pass" } },
        { title: "managed with profile Edge and flannel", resources: stack(T.ManagedKubernetes, { ...MANAGED, profile: "Edge", addons: [{ name: "flannel" }] }), target: "ack", outcome: { kind: "pass" } },
        { title: "a disabled flannel entry does not count", resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: [{ name: "flannel", disabled: true }, TERWAY] }), target: "ack", outcome: { kind: "pass" } },
        { title: "NetworkPolicy as a JSON boolean", resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: [{ name: "terway-eniip", config: JSON.stringify({ NetworkPolicy: true }) }] }), target: "ack", outcome: { kind: "pass" } },
        { title: "a config that is not JSON", resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: [{ name: "terway-eniip", config: "NetworkPolicy=true" }] }), target: "ack", outcome: { kind: "violation", messageIncludes: ["found a config that is not valid JSON"] } },
        { title: "profile computed at preview", resources: stack(T.ManagedKubernetes, { ...MANAGED, profile: UNKNOWN }), target: "ack", outcome: { kind: "unknown" } },
    ],
};
