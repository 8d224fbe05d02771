import { ExampleResource, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { DEDICATED, MANAGED, SERVERLESS } from "./cluster.fixtures";

function stack(type: string, cluster: Record<string, unknown>, addon?: { name: unknown; config?: unknown }): ExampleResource[] {
    const out: ExampleResource[] = [{ type, name: "ack", props: cluster }];
    if (addon !== undefined) {
        out.push({ type: T.KubernetesAddon, name: "cni", props: { clusterId: UNKNOWN, ...addon }, propertyDependencies: { clusterId: ["ack"] } });
    }
    return out;
}

export const examples: PolicyExamples = {
    policy: "ack-cluster-terway-networkpolicy-unset",
    resourceType: T.ManagedKubernetes,
    compliant: [
        { title: "NetworkPolicy \"true\" in the config", resources: stack(T.ManagedKubernetes, MANAGED), target: "ack", outcome: { kind: "pass" } },
        // Documented off: ack-cluster-terway blocks it; nothing undocumented to warn about.
        { title: "NetworkPolicy \"false\" is ack-cluster-terway's", resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: [{ name: "terway-eniip", config: JSON.stringify({ NetworkPolicy: "false" }) }] }), target: "ack", outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "a config without the NetworkPolicy key",
            resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: [{ name: "terway-eniip", config: JSON.stringify({ IPVlan: "false" }) }] }),
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["cs.ManagedKubernetes addons[0].config: found a config without NetworkPolicy: whether NetworkPolicy is enforced then is not documented by ACK", 'config: JSON.stringify({ NetworkPolicy: "true" })'] },
        },
    ],
    omitted: [
        { title: "terway-eniip without config", resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: [{ name: "terway-eniip" }] }), target: "ack", outcome: { kind: "violation", messageIncludes: ["found no config: whether NetworkPolicy is enforced then is not documented"] } },
        { title: "dedicated: a cs.KubernetesAddon terway-eniip without config", resources: stack(T.Kubernetes, { ...DEDICATED, addons: [{ name: "logtail-ds" }] }, { name: "terway-eniip" }), target: "ack", outcome: { kind: "violation", messageIncludes: ["cs.Kubernetes cs.KubernetesAddon cni.config: found no config"] } },
        { title: "no network plugin at all is ack-cluster-terway's", resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: undefined }), target: "ack", outcome: { kind: "pass" } },
    ],
    unknown: [
        { title: "the terway-eniip config computed at preview", resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: undefined }, { name: "terway-eniip", config: UNKNOWN }), target: "ack", outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "serverless cluster: no CNI to choose", resources: stack(T.ServerlessKubernetes, { ...SERVERLESS, addons: undefined }), target: "ack", outcome: { kind: "pass" } },
        { title: "flannel is ack-cluster-terway's", resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: [{ name: "flannel" }, { name: "terway-eniip" }] }), target: "ack", outcome: { kind: "pass" } },
    ],
};
