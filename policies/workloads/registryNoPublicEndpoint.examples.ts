import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";

export const examples: PolicyExamples = {
    policy: "ack-registry-no-public-endpoint",
    resourceType: T.CrInternetEndpoint,
    compliant: [
        { title: "an ACL entry on another resource type is not an internet endpoint", type: T.CrEndpointAclPolicy, props: { instanceId: "cri-1", endpointType: "internet", entry: "203.0.113.0/24" }, outcome: { kind: "not-applicable", reasonIncludes: "only applies to resources of type 'alicloud:cr/internetEndpoint:InternetEndpoint'" } },
    ],
    violating: [
        { title: "an internet endpoint with a narrow ACL", props: { instanceId: "cri-1", entries: [{ entry: "203.0.113.0/24", comment: "ci" }] }, outcome: { kind: "violation", messageIncludes: ["cr.InternetEndpoint (resource): found a cr.InternetEndpoint: the instance is reachable from the internet"] } },
    ],
    omitted: [{ title: "an internet endpoint without entries", props: { instanceId: "cri-1" }, outcome: { kind: "violation", messageIncludes: ["reachable from the internet"] } }],
    // The policy reads no value: the endpoint exists whatever its entries are.
    unknown: [{ title: "entries computed at preview", props: { instanceId: UNKNOWN, entries: UNKNOWN }, outcome: { kind: "violation", messageIncludes: ["reachable from the internet"] } }],
    more: [
        { title: "a CI endpoint exempted with its reason", name: "ci-push", props: { instanceId: "cri-1", entries: [{ entry: "198.51.100.7/32" }] }, config: { exemptions: [{ resource: "ci-push", reason: "on-premises CI pushes over the internet, ticket SEC-12" }] }, outcome: { kind: "not-applicable", reasonIncludes: "on-premises CI" } },
    ],
};
