import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";

export const examples: PolicyExamples = {
    policy: "ack-registry-endpoint-acl",
    resourceType: T.CrInternetEndpoint,
    compliant: [
        { title: "internet endpoint admitting two office ranges", props: { instanceId: "cri-1", entries: [{ entry: "203.0.113.0/24", comment: "office" }, { entry: "198.51.100.7/32", comment: "ci" }] }, outcome: { kind: "pass" } },
        { title: "an ACL policy for one range", type: T.CrEndpointAclPolicy, props: { instanceId: "cri-1", endpointType: "internet", entry: "203.0.113.0/24", moduleName: "Registry" }, outcome: { kind: "pass" } },
    ],
    violating: [
        { title: "0.0.0.0/0 in entries", props: { instanceId: "cri-1", entries: [{ entry: "203.0.113.0/24" }, { entry: "0.0.0.0/0" }] }, outcome: { kind: "violation", messageIncludes: ["cr.InternetEndpoint entries: found an entry \"0.0.0.0/0\""] } },
        { title: "an ACL policy for 0.0.0.0/0", type: T.CrEndpointAclPolicy, props: { instanceId: "cri-1", endpointType: "internet", entry: "0.0.0.0/0" }, outcome: { kind: "violation", messageIncludes: ["cr.EndpointAclPolicy entry: found \"0.0.0.0/0\""] } },
        { title: "an empty entries list", props: { instanceId: "cri-1", entries: [] }, outcome: { kind: "violation", messageIncludes: ["found no entry with a CIDR block", "exposed to the internet"] } },
    ],
    omitted: [{ title: "entries not set: the provider documents the endpoint as exposed", props: { instanceId: "cri-1" }, outcome: { kind: "violation", messageIncludes: ["entries: found not set"] } }],
    unknown: [
        { title: "entries computed at preview", props: { instanceId: "cri-1", entries: UNKNOWN }, outcome: { kind: "unknown" } },
        { title: "an ACL entry computed at preview", type: T.CrEndpointAclPolicy, props: { instanceId: "cri-1", endpointType: "internet", entry: UNKNOWN }, outcome: { kind: "unknown" } },
    ],
};
