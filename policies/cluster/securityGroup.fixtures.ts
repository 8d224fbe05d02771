// Stacks for the security-group policies: a cluster and a node pool using security groups, and
// rules on them (graph references and literal ids).
import { ExampleResource, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { MANAGED } from "./cluster.fixtures";

export const SG = { vpcId: "vpc-prod", securityGroupName: "ack-nodes", securityGroupType: "enterprise" };

/** An ingress rule from an office range to SSH: the base the examples mutate. */
export const RULE = { type: "ingress", ipProtocol: "tcp", portRange: "22/22", cidrIp: "203.0.113.0/24", policy: "accept", securityGroupId: UNKNOWN };

const POOL = { nodePoolName: "workers", clusterId: UNKNOWN, vswitchIds: ["vsw-a"], instanceTypes: ["ecs.g7.xlarge"], securityGroupIds: [UNKNOWN] };

/** A cluster on `nodes-sg`, a pool on `pool-sg`, and one rule (`rule`) on the group `on`. */
export function sgStack(rule: Record<string, unknown>, on: "nodes-sg" | "pool-sg" | "other-sg" | "cluster" = "nodes-sg"): ExampleResource[] {
    return [
        { type: T.SecurityGroup, name: "nodes-sg", props: SG },
        { type: T.SecurityGroup, name: "pool-sg", props: SG },
        { type: T.SecurityGroup, name: "other-sg", props: { ...SG, securityGroupName: "bastions" } },
        { type: T.ManagedKubernetes, name: "ack", props: { ...MANAGED, securityGroupId: UNKNOWN }, propertyDependencies: { securityGroupId: ["nodes-sg"] } },
        { type: T.NodePool, name: "workers", props: POOL, propertyDependencies: { clusterId: ["ack"], securityGroupIds: ["pool-sg"] } },
        { type: T.SecurityGroupRule, name: "rule", props: { ...RULE, ...rule }, propertyDependencies: { securityGroupId: [on === "cluster" ? "ack" : on] } },
    ];
}

/** A cluster whose security group is the literal `sg-0literal`, and a rule on the literal `sgId`. */
export function literalStack(rule: Record<string, unknown>, sgId: string): ExampleResource[] {
    return [
        { type: T.ManagedKubernetes, name: "ack", props: { ...MANAGED, securityGroupId: "sg-0literal" } },
        { type: T.SecurityGroupRule, name: "rule", props: { ...RULE, ...rule, securityGroupId: sgId } },
    ];
}
