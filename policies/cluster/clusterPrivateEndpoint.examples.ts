import { ExampleCase, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { DEDICATED, EDGE, MANAGED, SERVERLESS } from "./cluster.fixtures";

/** The other cluster resources: Serverless defaults to private, the others to public. */
const otherTypes: ExampleCase[] = [
    { type: T.ServerlessKubernetes, title: "serverless: endpointPublicAccessEnabled not set (default false)", props: { ...SERVERLESS, endpointPublicAccessEnabled: undefined }, outcome: { kind: "pass" } },
    { type: T.ServerlessKubernetes, title: "serverless: endpointPublicAccessEnabled true", props: { ...SERVERLESS, endpointPublicAccessEnabled: true }, outcome: { kind: "violation", messageIncludes: ["endpointPublicAccessEnabled: found true"] } },
    { type: T.ServerlessKubernetes, title: "serverless: endpointPublicAccessEnabled unknown", props: { ...SERVERLESS, endpointPublicAccessEnabled: UNKNOWN }, outcome: { kind: "unknown" } },
    { type: T.EdgeKubernetes, title: "edge: slbInternetEnabled false", props: EDGE, outcome: { kind: "pass" } },
    { type: T.EdgeKubernetes, title: "edge: slbInternetEnabled not set (default true)", props: { ...EDGE, slbInternetEnabled: undefined }, outcome: { kind: "violation", messageIncludes: ["cs.EdgeKubernetes slbInternetEnabled: found not set (provider default: true)"] } },
    { type: T.Kubernetes, title: "dedicated: slbInternetEnabled true", props: { ...DEDICATED, slbInternetEnabled: true }, outcome: { kind: "violation", messageIncludes: ["cs.Kubernetes slbInternetEnabled: found true"] } },
    { type: T.Kubernetes, title: "dedicated: slbInternetEnabled false", props: DEDICATED, outcome: { kind: "pass" } },
];

export const examples: PolicyExamples = {
    policy: "ack-cluster-private-endpoint",
    resourceType: T.ManagedKubernetes,
    compliant: [
        { title: "slbInternetEnabled false", props: MANAGED, outcome: { kind: "pass" } },
        {
            title: "private load balancer in controlPlaneEndpointsConfig",
            props: { ...MANAGED, controlPlaneEndpointsConfig: { loadBalancersConfigs: [{ endpointType: "private" }] } },
            outcome: { kind: "pass" },
        },
    ],
    violating: [
        { title: "slbInternetEnabled true", props: { ...MANAGED, slbInternetEnabled: true }, outcome: { kind: "violation", messageIncludes: ["slbInternetEnabled: found true, expected false", "Fix: set `slbInternetEnabled: false`"] } },
        {
            title: "a public load balancer in controlPlaneEndpointsConfig",
            props: { ...MANAGED, controlPlaneEndpointsConfig: { loadBalancersConfigs: [{ endpointType: "private" }, { endpointType: "public" }] } },
            outcome: { kind: "violation", messageIncludes: ["loadBalancersConfigs[1].endpointType: found \"public\", expected \"private\""] },
        },
    ],
    omitted: [
        { title: "slbInternetEnabled not set: the provider default is public", props: { ...MANAGED, slbInternetEnabled: undefined }, outcome: { kind: "violation", messageIncludes: ["found not set (provider default: true)"] } },
    ],
    unknown: [
        { title: "slbInternetEnabled computed at preview", props: { ...MANAGED, slbInternetEnabled: UNKNOWN }, outcome: { kind: "unknown" } },
    ],
    more: [
        ...otherTypes,
        { title: "profile Serverless uses the same setting", props: { ...MANAGED, profile: "Serverless", slbInternetEnabled: undefined }, outcome: { kind: "violation", messageIncludes: ["provider default: true"] } },
        { title: "slbInternetEnabled as the string \"false\"", props: { ...MANAGED, slbInternetEnabled: "false" }, outcome: { kind: "pass" } },
        { title: "slbInternetEnabled of the wrong type", props: { ...MANAGED, slbInternetEnabled: "no" }, outcome: { kind: "violation", messageIncludes: ["found \"no\""] } },
        { title: "controlPlaneEndpointsConfig of the wrong shape", props: { ...MANAGED, controlPlaneEndpointsConfig: { loadBalancersConfigs: "public" } }, outcome: { kind: "pass" } },
        {
            title: "exempted cluster",
            name: "sandbox",
            props: { ...MANAGED, slbInternetEnabled: true },
            config: { exemptions: [{ resource: "sandbox", reason: "public demo cluster with an ACL, SEC-42" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "public demo cluster with an ACL, SEC-42" },
        },
    ],
};

