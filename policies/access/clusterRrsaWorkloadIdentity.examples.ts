import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { CLUSTER_PROPS } from "./permission.fixtures";

// Cases use cs.ManagedKubernetes; cs.ServerlessKubernetes has the same `enableRrsa` field and is judged the same way.
export const examples: PolicyExamples = {
    policy: "ack-cluster-rrsa-workload-identity",
    resourceType: T.ManagedKubernetes,
    compliant: [{ title: "RRSA on", props: { ...CLUSTER_PROPS, enableRrsa: true }, outcome: { kind: "pass" } }],
    violating: [{ title: "RRSA off", props: { ...CLUSTER_PROPS, enableRrsa: false }, outcome: { kind: "violation", messageIncludes: ["cs.ManagedKubernetes enableRrsa: found false, expected true", "enableRrsa: true", "the provider will not turn it off again; ACK's API and ack-ram-tool can"] } }],
    omitted: [{ title: "enableRrsa not set", props: CLUSTER_PROPS, outcome: { kind: "violation", messageIncludes: ["found not set (provider default: false)"] } }],
    unknown: [{ title: "enableRrsa from config at preview", props: { ...CLUSTER_PROPS, enableRrsa: UNKNOWN }, outcome: { kind: "unknown" } }],
    more: [
        { title: "the string \"true\"", props: { ...CLUSTER_PROPS, enableRrsa: "true" }, outcome: { kind: "pass" } },
        { title: "rrsaMetadata is an output: setting it enables nothing", props: { ...CLUSTER_PROPS, rrsaMetadata: { enabled: true } }, outcome: { kind: "violation", messageIncludes: ["found not set (provider default: false)", "`rrsaMetadata` is read from the cluster and enables nothing"] } },
        { title: "a wrong type", props: { ...CLUSTER_PROPS, enableRrsa: "yes" }, outcome: { kind: "violation", messageIncludes: ["found \"yes\""] } },
        { title: "an Edge-profile managed cluster", props: { ...CLUSTER_PROPS, profile: "Edge" }, outcome: { kind: "violation", messageIncludes: ["found not set"] } },
        { title: "exempted legacy cluster", name: "legacy", props: CLUSTER_PROPS, config: { exemptions: [{ resource: "legacy", reason: "Kubernetes 1.20, replaced in Q3" }] }, outcome: { kind: "not-applicable", reasonIncludes: "Kubernetes 1.20" } },
    ],
};
