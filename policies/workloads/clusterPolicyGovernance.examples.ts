import { ExampleResource, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";

const BASELINE = ["ACKPSPPrivilegedContainer", "ACKPSPHostNamespace", "ACKPSPHostNetworkingPorts", "ACKPSPHostFilesystem", "ACKAllowedRepos"];
const CLUSTER = { clusterSpec: "ack.pro.small", vswitchIds: ["vsw-a"], addons: [{ name: "gatekeeper" }, { name: "policy-template-controller" }, { name: "loongcollector" }] };

/** A policy instance on cluster "ack"; `action: "omit"` leaves the field out. */
function instance(policyName: string, action: unknown = "deny"): ExampleResource {
    const parameters = policyName === "ACKAllowedRepos" ? { repos: JSON.stringify(["acme-registry-vpc.cn-hangzhou.cr.aliyuncs.com/"]) } : undefined;
    return { type: T.KubernetesPolicyInstance, name: `pi-${policyName}`, props: { clusterId: UNKNOWN, policyName, action: action === "omit" ? undefined : action, parameters }, propertyDependencies: { clusterId: ["ack"] } };
}

function stack(cluster: Record<string, unknown>, instances: ExampleResource[] = BASELINE.map((p) => instance(p)), extra: ExampleResource[] = []): ExampleResource[] {
    return [{ type: T.ManagedKubernetes, name: "ack", props: cluster }, ...instances, ...extra];
}

export const examples: PolicyExamples = {
    policy: "ack-cluster-policy-governance",
    resourceType: T.ManagedKubernetes,
    compliant: [
        { title: "inline gatekeeper and the five baseline rules denied", resources: stack(CLUSTER), target: "ack", outcome: { kind: "pass" } },
        {
            title: "gatekeeper as a cs.KubernetesAddon",
            resources: stack({ ...CLUSTER, addons: undefined }, undefined, [{ type: T.KubernetesAddon, name: "gk", props: { clusterId: UNKNOWN, name: "gatekeeper" }, propertyDependencies: { clusterId: ["ack"] } }]),
            target: "ack",
            outcome: { kind: "pass" },
        },
    ],
    violating: [
        {
            title: "no gatekeeper, host filesystem only warned",
            resources: stack({ ...CLUSTER, addons: [{ name: "gatekeeper", disabled: true }] }, BASELINE.map((p) => instance(p, p === "ACKPSPHostFilesystem" ? "warn" : "deny"))),
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["found no gatekeeper add-on; no deny policy instance for ACKPSPHostFilesystem (ACKPSPHostFilesystem only without action deny)"] },
        },
        {
            title: "instances of another cluster do not count",
            resources: [
                { type: T.ManagedKubernetes, name: "ack", props: CLUSTER },
                { type: T.ManagedKubernetes, name: "other", props: CLUSTER },
                ...BASELINE.map((p) => ({ ...instance(p), propertyDependencies: { clusterId: ["other"] } })),
            ],
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["no deny policy instance for ACKPSPPrivilegedContainer, ACKPSPHostNamespace"] },
        },
    ],
    omitted: [
        { title: "no addons and no policy instances", resources: stack({ clusterSpec: "ack.pro.small" }, []), target: "ack", outcome: { kind: "violation", messageIncludes: ["found no gatekeeper add-on; no deny policy instance for ACKPSPPrivilegedContainer"] } },
        { title: "action omitted: only an explicit deny counts", resources: stack(CLUSTER, BASELINE.map((p) => instance(p, p === "ACKAllowedRepos" ? "omit" : "deny"))), target: "ack", outcome: { kind: "violation", messageIncludes: ["no deny policy instance for ACKAllowedRepos"] } },
    ],
    unknown: [{ title: "the cluster's addons computed at preview", resources: stack({ ...CLUSTER, addons: UNKNOWN }), target: "ack", outcome: { kind: "unknown" } }],
    more: [
        { title: "a smaller baseline by config", resources: stack(CLUSTER, [instance("ACKPSPPrivilegedContainer")]), target: "ack", config: { requiredPolicies: ["ACKPSPPrivilegedContainer"] }, outcome: { kind: "pass" } },
        { title: "serverless clusters are not judged", resources: [{ type: T.ServerlessKubernetes, name: "ack", props: {} }], target: "ack", outcome: { kind: "pass" } },
        { title: "an ACS cluster is not judged", resources: [{ type: T.ManagedKubernetes, name: "ack", props: { profile: "Acs" } }], target: "ack", outcome: { kind: "pass" } },
        {
            title: "an ACK Edge cluster without gatekeeper is judged too",
            resources: [{ type: T.EdgeKubernetes, name: "ack", props: { addons: [{ name: "flannel" }] } }, ...BASELINE.map((p) => instance(p))],
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["cs.EdgeKubernetes addons / cs.KubernetesPolicyInstance: found no gatekeeper add-on"] },
        },
        { title: "an Edge-profile cluster with gatekeeper and the baseline", resources: stack({ ...CLUSTER, profile: "Edge" }), target: "ack", outcome: { kind: "pass" } },
        {
            title: "an exempted sandbox cluster",
            resources: stack({ clusterSpec: "ack.pro.small" }, []),
            target: "ack",
            config: { exemptions: [{ resource: "ack", reason: "sandbox cluster, deleted nightly" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "ack: sandbox cluster, deleted nightly" },
        },
    ],
};
