import { ExampleCase, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { DEDICATED, EDGE, MANAGED, SERVERLESS } from "./cluster.fixtures";

/** The other cluster resources, where the policy behaves differently. */
const otherTypes: ExampleCase[] = [
    { type: T.ServerlessKubernetes, title: "serverless: no such setting", props: SERVERLESS, outcome: { kind: "not-applicable", reasonIncludes: "cs.ServerlessKubernetes has no isEnterpriseSecurityGroup" } },
    { type: T.EdgeKubernetes, title: "edge: not set", props: { ...EDGE, isEnterpriseSecurityGroup: undefined }, outcome: { kind: "violation", messageIncludes: ["cs.EdgeKubernetes isEnterpriseSecurityGroup: found not set"] } },
    { type: T.Kubernetes, title: "dedicated: enterprise", props: DEDICATED, outcome: { kind: "pass" } },
];

export const examples: PolicyExamples = {
    policy: "ack-cluster-enterprise-security-group",
    resourceType: T.ManagedKubernetes,
    compliant: [
        { title: "enterprise security group", props: MANAGED, outcome: { kind: "pass" } },
        { title: "an explicit security group (not judged)", props: { ...MANAGED, isEnterpriseSecurityGroup: undefined, securityGroupId: "sg-bp1abc" }, outcome: { kind: "pass" } },
    ],
    violating: [
        { title: "basic security group asked for", props: { ...MANAGED, isEnterpriseSecurityGroup: false }, outcome: { kind: "violation", messageIncludes: ["isEnterpriseSecurityGroup: found false, expected true, or an explicit securityGroupId"] } },
    ],
    omitted: [
        { title: "neither set", props: { ...MANAGED, isEnterpriseSecurityGroup: undefined }, outcome: { kind: "violation", messageIncludes: ["found not set (provider default: false, a basic security group)"] } },
    ],
    unknown: [
        { title: "securityGroupId from an ecs.SecurityGroup created in the same preview", props: { ...MANAGED, isEnterpriseSecurityGroup: undefined, securityGroupId: UNKNOWN }, outcome: { kind: "unknown" } },
    ],
    more: [
        ...otherTypes,
        { title: "empty securityGroupId", props: { ...MANAGED, isEnterpriseSecurityGroup: false, securityGroupId: "" }, outcome: { kind: "violation", messageIncludes: ["found false"] } },
    ],
};

