import { ExampleResource, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { EDGE, MANAGED, SERVERLESS } from "./cluster.fixtures";

function stack(type: string, cluster: Record<string, unknown>, addonName?: string): ExampleResource[] {
    const out: ExampleResource[] = [{ type, name: "ack", props: cluster }];
    if (addonName !== undefined) {
        out.push({ type: T.KubernetesAddon, name: "ui", props: { clusterId: UNKNOWN, name: addonName }, propertyDependencies: { clusterId: ["ack"] } });
    }
    return out;
}

export const examples: PolicyExamples = {
    policy: "ack-cluster-no-dashboard",
    resourceType: T.ManagedKubernetes,
    compliant: [
        { title: "managed: no dashboard", resources: stack(T.ManagedKubernetes, MANAGED, "metrics-server"), target: "ack", outcome: { kind: "pass" } },
        { title: "loongcollector's IngressDashboardEnabled config is not a dashboard add-on", resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: [{ name: "loongcollector", config: "{\"IngressDashboardEnabled\":\"true\"}" }] }), target: "ack", outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "managed: kubernetes-dashboard inline",
            resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: [...MANAGED.addons, { name: "kubernetes-dashboard" }] }),
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["cs.ManagedKubernetes addons[3]: found \"kubernetes-dashboard\", expected no dashboard add-on"] },
        },
        {
            title: "a dashboard as a cs.KubernetesAddon",
            resources: stack(T.ServerlessKubernetes, SERVERLESS, "Kubernetes-Dashboard"),
            target: "ui",
            outcome: { kind: "violation", messageIncludes: ["cs.KubernetesAddon name: found \"Kubernetes-Dashboard\"", "delete this cs.KubernetesAddon"] },
        },
    ],
    omitted: [
        { title: "edge: no add-ons at all", resources: stack(T.EdgeKubernetes, { ...EDGE, addons: undefined }), target: "ack", outcome: { kind: "pass" } },
    ],
    unknown: [
        { title: "the add-on's name computed at preview", resources: stack(T.ManagedKubernetes, MANAGED, UNKNOWN as unknown as string), target: "ack", outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "a disabled dashboard entry", resources: stack(T.ManagedKubernetes, { ...MANAGED, addons: [{ name: "kubernetes-dashboard", disabled: true }] }), target: "ack", outcome: { kind: "pass" } },
        {
            title: "a dashboard add-on for a cluster outside the stack",
            resources: [{ type: T.KubernetesAddon, name: "ui", props: { clusterId: "c-external", name: "kubernetes-dashboard" } }],
            target: "ui",
            outcome: { kind: "violation", messageIncludes: ["found \"kubernetes-dashboard\""] },
        },
        {
            title: "exempted add-on",
            resources: stack(T.ManagedKubernetes, MANAGED, "kubernetes-dashboard"),
            target: "ui",
            config: { exemptions: [{ resource: "ui", reason: "read-only dashboard behind SSO, SEC-99" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "ui: read-only dashboard behind SSO" },
        },
    ],
};
