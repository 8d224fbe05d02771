import { ExampleResource, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { MANAGED, SERVERLESS } from "../cluster/cluster.fixtures";

function withPolicy(policyName: unknown): ExampleResource[] {
    return [
        { type: T.ManagedKubernetes, name: "ack", props: MANAGED },
        { type: T.KubernetesPolicyInstance, name: "verify", props: { clusterId: UNKNOWN, policyName, action: "deny" }, propertyDependencies: { clusterId: ["ack"] } },
    ];
}

export const examples: PolicyExamples = {
    policy: "ack-cluster-image-verification",
    resourceType: T.ManagedKubernetes,
    compliant: [
        { title: "a RatifyVerification policy instance", resources: withPolicy("RatifyVerification"), target: "ack", outcome: { kind: "pass" } },
        { title: "the kritis-validation-hook add-on inline", resources: [{ type: T.ManagedKubernetes, name: "ack", props: { ...MANAGED, addons: [...MANAGED.addons, { name: "kritis-validation-hook" }] } }], target: "ack", outcome: { kind: "pass" } },
    ],
    violating: [
        { title: "another policy instance only", resources: withPolicy("ACKAllowedRepos"), target: "ack", outcome: { kind: "violation", messageIncludes: ["cs.ManagedKubernetes addons / cs.KubernetesPolicyInstance: found add-ons [terway-eniip, loongcollector, csi-plugin] and no RatifyVerification policy instance"] } },
    ],
    omitted: [{ title: "no add-ons at all", resources: [{ type: T.ManagedKubernetes, name: "ack", props: { ...MANAGED, addons: undefined } }], target: "ack", outcome: { kind: "violation", messageIncludes: ["found no add-ons declared"] } }],
    unknown: [{ title: "the policy name computed at preview", resources: withPolicy(UNKNOWN), target: "ack", outcome: { kind: "unknown" } }],
    more: [
        { title: "a disabled kritis add-on does not count", resources: [{ type: T.ManagedKubernetes, name: "ack", props: { ...MANAGED, addons: [{ name: "kritis-validation-hook", disabled: true }] } }], target: "ack", outcome: { kind: "violation", messageIncludes: ["no add-ons declared"] } },
        { title: "serverless clusters are not judged", resources: [{ type: T.ServerlessKubernetes, name: "ask", props: SERVERLESS }], target: "ask", outcome: { kind: "pass" } },
    ],
};
