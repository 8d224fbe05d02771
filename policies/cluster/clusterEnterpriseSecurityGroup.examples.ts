import { ExampleCase, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { DEDICATED, EDGE, MANAGED, SERVERLESS } from "./cluster.fixtures";

/** The other cluster resources, where the policy behaves differently. */
const otherTypes: ExampleCase[] = [
    { type: T.ServerlessKubernetes, title: "serverless: no such setting", props: SERVERLESS, outcome: { kind: "not-applicable", reasonIncludes: "cs.ServerlessKubernetes has no isEnterpriseSecurityGroup" } },
    { type: T.EdgeKubernetes, title: "edge: not set, and the provider sends false", props: { ...EDGE, isEnterpriseSecurityGroup: undefined }, outcome: { kind: "violation", messageIncludes: ["cs.EdgeKubernetes isEnterpriseSecurityGroup: found not set (cs.EdgeKubernetes sends false: a basic security group)"] } },
    { type: T.Kubernetes, title: "dedicated: enterprise", props: DEDICATED, outcome: { kind: "pass" } },
    { type: T.Kubernetes, title: "dedicated: not set, and the provider sends false", props: { ...DEDICATED, isEnterpriseSecurityGroup: undefined }, outcome: { kind: "violation", messageIncludes: ["found not set (cs.Kubernetes sends false: a basic security group)"] } },
    { type: T.Kubernetes, title: "dedicated: false", props: { ...DEDICATED, isEnterpriseSecurityGroup: false }, outcome: { kind: "violation", messageIncludes: ["found false, expected true, or an explicit securityGroupId"] } },
];

export const examples: PolicyExamples = {
    policy: "ack-cluster-enterprise-security-group",
    resourceType: T.ManagedKubernetes,
    compliant: [
        { title: "enterprise security group", props: MANAGED, outcome: { kind: "pass" } },
        { title: "an explicit security group (not judged)", props: { ...MANAGED, isEnterpriseSecurityGroup: undefined, securityGroupId: "sg-bp1abc" }, outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "managed: a basic security group asked for",
            props: { ...MANAGED, isEnterpriseSecurityGroup: false },
            outcome: { kind: "violation", messageIncludes: ["isEnterpriseSecurityGroup: found false, expected true or not set (ACK's default: an enterprise security group)", "the provider does not send false"] },
        },
    ],
    omitted: [
        { title: "managed: not set, so ACK's default (an enterprise group) applies", props: { ...MANAGED, isEnterpriseSecurityGroup: undefined }, outcome: { kind: "pass" } },
    ],
    unknown: [
        { title: "securityGroupId from an ecs.SecurityGroup created in the same preview", props: { ...MANAGED, isEnterpriseSecurityGroup: false, securityGroupId: UNKNOWN }, outcome: { kind: "unknown" } },
        { title: "isEnterpriseSecurityGroup from config at preview", props: { ...MANAGED, isEnterpriseSecurityGroup: UNKNOWN }, outcome: { kind: "unknown" } },
    ],
    more: [
        ...otherTypes,
        { title: "empty securityGroupId", props: { ...MANAGED, isEnterpriseSecurityGroup: false, securityGroupId: "" }, outcome: { kind: "violation", messageIncludes: ["found false"] } },
        { title: "an ACS cluster is not judged", props: { ...MANAGED, profile: "Acs", isEnterpriseSecurityGroup: false }, outcome: { kind: "not-applicable", reasonIncludes: "that it honours isEnterpriseSecurityGroup is not documented" } },
    ],
};
