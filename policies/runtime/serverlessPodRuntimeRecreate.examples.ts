import { ExampleResource, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";

const OWNER = { "pod-recreation-owner": "platform-team (runbook: wiki/eci-patches)" };
const SERVERLESS = { name: "ask", clusterSpec: "ack.pro.small", vswitchIds: ["vsw-a"], addons: [{ name: "alibaba-log-controller" }] };
const MANAGED = { name: "prod", clusterSpec: "ack.pro.small", vswitchIds: ["vsw-a"], addons: [{ name: "terway-eniip" }] };

function withAddon(cluster: Record<string, unknown>, addonName: unknown): ExampleResource[] {
    return [
        { type: T.ManagedKubernetes, name: "ack", props: cluster },
        { type: T.KubernetesAddon, name: "vk", props: { clusterId: UNKNOWN, name: addonName }, propertyDependencies: { clusterId: ["ack"] } },
    ];
}

/** A serverless cluster and a Deployment deployed to it through a provider built from its outputs. */
const WITH_WORKLOAD: ExampleResource[] = [
    { type: T.ServerlessKubernetes, name: "ask", props: SERVERLESS },
    { type: "pulumi:providers:kubernetes", name: "ask-k8s", props: { kubeconfig: UNKNOWN }, propertyDependencies: { kubeconfig: ["ask"] } },
    { type: "kubernetes:apps/v1:Deployment", name: "web", props: { spec: { template: { spec: { containers: [{ name: "web", image: "nginx" }] } } } }, provider: "ask-k8s" },
    { type: "kubernetes:apps/v1:Deployment", name: "elsewhere", props: { spec: { template: { spec: { containers: [{ name: "w", image: "nginx" }] } } } } },
];

export const examples: PolicyExamples = {
    policy: "ack-serverless-pod-runtime-recreate",
    resourceType: T.ServerlessKubernetes,
    compliant: [
        { title: "serverless cluster names who recreates pods", resources: [{ type: T.ServerlessKubernetes, name: "ask", props: { ...SERVERLESS, tags: OWNER } }], target: "ask", outcome: { kind: "pass" } },
        { title: "managed cluster with ack-virtual-node and an owner tag", resources: withAddon({ ...MANAGED, tags: OWNER }, "ack-virtual-node"), target: "ack", outcome: { kind: "pass" } },
        { title: "managed cluster without virtual nodes", resources: withAddon(MANAGED, "metrics-server"), target: "ack", outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "the message names the workloads of this stack that run on the cluster (via the provider's kubeconfig)",
            resources: WITH_WORKLOAD,
            target: "ask",
            outcome: { kind: "violation", level: "advisory", messageIncludes: ["Workloads of this stack on it: apps/v1.Deployment web."], messageExcludes: ["elsewhere"] },
        },
        {
            title: "serverless cluster without an owner tag",
            resources: [{ type: T.ServerlessKubernetes, name: "ask", props: { ...SERVERLESS, tags: { env: "prod" } } }],
            target: "ask",
            outcome: { kind: "violation", level: "advisory", messageIncludes: ["cs.ServerlessKubernetes tags[\"pod-recreation-owner\"]: found not set", "cs.ServerlessKubernetes. Pods run on Alibaba Cloud-managed compute", "recreated"] },
        },
        {
            title: "ack-virtual-node as a cs.KubernetesAddon",
            resources: withAddon(MANAGED, "ack-virtual-node"),
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["cs.ManagedKubernetes (profile Default) installs ack-virtual-node (cs.KubernetesAddon vk)"] },
        },
        {
            title: "acs-virtual-node (ACS compute) as a cs.KubernetesAddon",
            resources: withAddon(MANAGED, "acs-virtual-node"),
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["installs acs-virtual-node (cs.KubernetesAddon vk)"] },
        },
        {
            title: "ack-virtual-node inline",
            resources: [{ type: T.ManagedKubernetes, name: "ack", props: { ...MANAGED, addons: [{ name: "ack-virtual-node" }] } }],
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["installs ack-virtual-node (addons[0])"] },
        },
        {
            title: "managed cluster with profile Acs",
            resources: [{ type: T.ManagedKubernetes, name: "acs", props: { ...MANAGED, profile: "Acs" } }],
            target: "acs",
            outcome: { kind: "violation", messageIncludes: ["cs.ManagedKubernetes with profile \"Acs\" (ACS, Container Compute Service). Pods run on Alibaba Cloud-managed compute (ECI or ACS)"] },
        },
    ],
    omitted: [
        { title: "serverless cluster without tags", resources: [{ type: T.ServerlessKubernetes, name: "ask", props: SERVERLESS }], target: "ask", outcome: { kind: "violation", messageIncludes: ["found not set"] } },
    ],
    unknown: [
        { title: "tags computed at preview", resources: [{ type: T.ServerlessKubernetes, name: "ask", props: { ...SERVERLESS, tags: UNKNOWN } }], target: "ask", outcome: { kind: "unknown" } },
        { title: "add-on name computed at preview", resources: withAddon(MANAGED, UNKNOWN), target: "ack", outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "a disabled inline ack-virtual-node", resources: [{ type: T.ManagedKubernetes, name: "ack", props: { ...MANAGED, addons: [{ name: "ack-virtual-node", disabled: true }] } }], target: "ack", outcome: { kind: "pass" } },
        {
            title: "ack-virtual-node on a cluster outside the stack",
            resources: [{ type: T.KubernetesAddon, name: "vk", props: { clusterId: "c-external", name: "ack-virtual-node" } }],
            target: "vk",
            outcome: { kind: "violation", messageIncludes: ["cs.KubernetesAddon clusterId: found ack-virtual-node on a cluster outside this stack", "then exempt this add-on"] },
        },
        {
            title: "acs-virtual-node on a cluster outside the stack",
            resources: [{ type: T.KubernetesAddon, name: "vk", props: { clusterId: "c-external", name: "acs-virtual-node" } }],
            target: "vk",
            outcome: { kind: "violation", messageIncludes: ["found acs-virtual-node on a cluster outside this stack"] },
        },
        { title: "blank owner value", resources: [{ type: T.ServerlessKubernetes, name: "ask", props: { ...SERVERLESS, tags: { "pod-recreation-owner": "" } } }], target: "ask", outcome: { kind: "violation", messageIncludes: ["found not set"] } },
        { title: "tags of the wrong shape", resources: [{ type: T.ServerlessKubernetes, name: "ask", props: { ...SERVERLESS, tags: "pod-recreation-owner=me" } }], target: "ask", outcome: { kind: "violation", messageIncludes: ["found not set"] } },
        { title: "addons null on a managed cluster", resources: [{ type: T.ManagedKubernetes, name: "ack", props: { ...MANAGED, addons: null } }], target: "ack", outcome: { kind: "pass" } },
        { title: "a configured tag key", resources: [{ type: T.ServerlessKubernetes, name: "ask", props: { ...SERVERLESS, tags: { owner: "apps" } } }], config: { ownerTagKey: "owner" }, target: "ask", outcome: { kind: "pass" } },
        {
            title: "exempted external add-on once the owner is tagged elsewhere",
            resources: [{ type: T.KubernetesAddon, name: "vk", props: { clusterId: "c-external", name: "ack-virtual-node" } }],
            target: "vk",
            config: { exemptions: [{ resource: "vk", reason: "cluster c-external is tagged pod-recreation-owner in stack infra/prod" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "vk: cluster c-external is tagged" },
        },
    ],
};
