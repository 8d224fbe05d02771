import { ExampleResource, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { DEDICATED, EDGE, MANAGED, SERVERLESS } from "./cluster.fixtures";

/** One cluster `ack` of `type`. */
function only(props: Record<string, unknown>, type: string = T.ManagedKubernetes): ExampleResource[] {
    return [{ type, name: "ack", props }];
}

/** A cluster `ack` of `type` whose securityGroupId is ecs.SecurityGroup `nodes-sg` of this stack (its fields `sg`). */
function withGroup(sg: Record<string, unknown>, cluster: Record<string, unknown> = MANAGED, type: string = T.ManagedKubernetes): ExampleResource[] {
    return [
        { type: T.SecurityGroup, name: "nodes-sg", props: { vpcId: "vpc-prod", securityGroupName: "ack-nodes", ...sg } },
        { type, name: "ack", props: { ...cluster, isEnterpriseSecurityGroup: undefined, securityGroupId: UNKNOWN }, propertyDependencies: { securityGroupId: ["nodes-sg"] } },
    ];
}

/** The other cluster resources, where the policy behaves differently. */
const otherTypes = [
    { title: "serverless: no such setting", resources: only(SERVERLESS, T.ServerlessKubernetes), target: "ack", outcome: { kind: "not-applicable" as const, reasonIncludes: "cs.ServerlessKubernetes has no isEnterpriseSecurityGroup" } },
    { title: "serverless: the enterprise ecs.SecurityGroup of the stack it is given", resources: withGroup({ securityGroupType: "enterprise" }, SERVERLESS, T.ServerlessKubernetes), target: "ack", outcome: { kind: "pass" as const } },
    {
        title: "serverless: a basic ecs.SecurityGroup of the stack",
        resources: withGroup({ securityGroupType: "normal" }, SERVERLESS, T.ServerlessKubernetes),
        target: "ack",
        outcome: { kind: "violation" as const, messageIncludes: ["cs.ServerlessKubernetes securityGroupId: found ecs.SecurityGroup nodes-sg with securityGroupType \"normal\""] },
    },
    { title: "edge: not set, and the provider sends false", resources: only({ ...EDGE, isEnterpriseSecurityGroup: undefined }, T.EdgeKubernetes), target: "ack", outcome: { kind: "violation" as const, messageIncludes: ["cs.EdgeKubernetes isEnterpriseSecurityGroup: found not set (cs.EdgeKubernetes sends false: a basic security group)"] } },
    { title: "dedicated: enterprise", resources: only(DEDICATED, T.Kubernetes), target: "ack", outcome: { kind: "pass" as const } },
    { title: "dedicated: not set, and the provider sends false", resources: only({ ...DEDICATED, isEnterpriseSecurityGroup: undefined }, T.Kubernetes), target: "ack", outcome: { kind: "violation" as const, messageIncludes: ["found not set (cs.Kubernetes sends false: a basic security group)"] } },
    { title: "dedicated: false", resources: only({ ...DEDICATED, isEnterpriseSecurityGroup: false }, T.Kubernetes), target: "ack", outcome: { kind: "violation" as const, messageIncludes: ["found false, expected true, or an explicit securityGroupId"] } },
];

export const examples: PolicyExamples = {
    policy: "ack-cluster-enterprise-security-group",
    resourceType: T.ManagedKubernetes,
    compliant: [
        { title: "enterprise security group", resources: only(MANAGED), target: "ack", outcome: { kind: "pass" } },
        { title: "an ecs.SecurityGroup of the stack of type enterprise", resources: withGroup({ securityGroupType: "enterprise" }), target: "ack", outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "managed: a basic security group asked for",
            resources: only({ ...MANAGED, isEnterpriseSecurityGroup: false }),
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["isEnterpriseSecurityGroup: found false, expected true or not set (ACK's default: an enterprise security group)", "the provider does not send false"] },
        },
        {
            title: "an ecs.SecurityGroup of the stack of type normal",
            resources: withGroup({ securityGroupType: "normal" }),
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["cs.ManagedKubernetes securityGroupId: found ecs.SecurityGroup nodes-sg with securityGroupType \"normal\", expected an enterprise security group", "set `securityGroupType: \"enterprise\"` on ecs.SecurityGroup nodes-sg"] },
        },
    ],
    omitted: [
        { title: "managed: not set, so ACK's default (an enterprise group) applies", resources: only({ ...MANAGED, isEnterpriseSecurityGroup: undefined }), target: "ack", outcome: { kind: "pass" } },
        {
            title: "an ecs.SecurityGroup of the stack without securityGroupType (default normal)",
            resources: withGroup({}),
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["securityGroupType not set (default \"normal\": a basic security group)"] },
        },
    ],
    unknown: [
        { title: "securityGroupId unknown and from outside the stack (config, a stack reference)", resources: only({ ...MANAGED, isEnterpriseSecurityGroup: false, securityGroupId: UNKNOWN }), target: "ack", outcome: { kind: "unknown" } },
        { title: "isEnterpriseSecurityGroup from config at preview", resources: only({ ...MANAGED, isEnterpriseSecurityGroup: UNKNOWN }), target: "ack", outcome: { kind: "unknown" } },
        { title: "the stack's group type computed at preview", resources: withGroup({ securityGroupType: UNKNOWN }), target: "ack", outcome: { kind: "unknown" } },
    ],
    more: [
        ...otherTypes,
        { title: "a literal security group from outside the stack (not judged, and said so)", resources: only({ ...MANAGED, isEnterpriseSecurityGroup: undefined, securityGroupId: "sg-bp1abc" }), target: "ack", outcome: { kind: "not-applicable", reasonIncludes: "security group \"sg-bp1abc\" is not in this stack" } },
        { title: "empty securityGroupId", resources: only({ ...MANAGED, isEnterpriseSecurityGroup: false, securityGroupId: "" }), target: "ack", outcome: { kind: "violation", messageIncludes: ["found false"] } },
        { title: "an ACS cluster is not judged", resources: only({ ...MANAGED, profile: "Acs", isEnterpriseSecurityGroup: false }), target: "ack", outcome: { kind: "not-applicable", reasonIncludes: "that it honours isEnterpriseSecurityGroup is not documented" } },
    ],
};
