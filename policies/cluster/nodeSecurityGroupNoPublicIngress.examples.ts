import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { autoscaledStack } from "../runtime/clusterNode.fixtures";
import { literalStack, PEER_FAILING_RULES, sgStack } from "./securityGroup.fixtures";

const OPEN = { cidrIp: "0.0.0.0/0" };

export const examples: PolicyExamples = {
    policy: "ack-node-sg-no-public-ingress",
    resourceType: T.SecurityGroupRule,
    compliant: [
        { title: "SSH from an office range on the cluster's security group", resources: sgStack({}), target: "rule", outcome: { kind: "pass" } },
        { title: "HTTPS from the internet is not a sensitive port", resources: sgStack({ ...OPEN, portRange: "443/443" }), target: "rule", outcome: { kind: "pass" } },
        { title: "a drop rule from the internet", resources: sgStack({ ...OPEN, policy: "drop" }), target: "rule", outcome: { kind: "pass" } },
        { title: "egress to the internet", resources: sgStack({ ...OPEN, type: "egress", ipProtocol: "all", portRange: "-1/-1" }), target: "rule", outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "SSH from 0.0.0.0/0 on the ecs.SecurityGroup the cluster uses",
            resources: sgStack(OPEN),
            target: "rule",
            outcome: { kind: "violation", messageIncludes: ["ecs.SecurityGroupRule portRange: found ingress tcp \"22/22\" accepted from 0.0.0.0/0 on ecs.SecurityGroup nodes-sg, the securityGroupId of cluster ack", "expected no ingress from 0.0.0.0/0 to 22 (SSH)"] },
        },
        {
            title: "NodePorts from the internet on a node pool's security group",
            resources: sgStack({ ...OPEN, portRange: "30000/30100" }, "pool-sg"),
            target: "rule",
            outcome: { kind: "violation", messageIncludes: ["in securityGroupIds of node pool workers", "30000-32767 (Kubernetes NodePorts)"] },
        },
        {
            title: "every protocol from ::/0 on the security group the cluster created (its securityGroupId output)",
            resources: sgStack({ cidrIp: undefined, ipv6CidrIp: "::/0", ipProtocol: "all", portRange: "-1/-1" }, "cluster"),
            target: "rule",
            outcome: { kind: "violation", messageIncludes: ["on the security group of cluster ack", "expected no ingress from ::/0 to every protocol and port"] },
        },
        {
            title: "the kubelet inside a wide range",
            resources: sgStack({ ...OPEN, portRange: "10000/11000" }),
            target: "rule",
            outcome: { kind: "violation", messageIncludes: ["10250 (the kubelet API), 10255 (the kubelet read-only port)"] },
        },
        {
            title: "every TCP port, on a literal security group id that the cluster also names",
            resources: literalStack({ ...OPEN, portRange: "1/65535" }, "sg-0literal"),
            target: "rule",
            outcome: { kind: "violation", messageIncludes: ["on security group sg-0literal, the securityGroupId of cluster ack", "to every tcp port"] },
        },
        {
            title: "MySQL from the internet on the security group of an autoscaled ESS group's nodes",
            resources: [
                ...autoscaledStack({ securityGroupId: UNKNOWN }).map((r) => (r.name === "workers" ? { ...r, propertyDependencies: { ...r.propertyDependencies, securityGroupId: ["ess-sg"] } } : r)),
                { type: T.SecurityGroup, name: "ess-sg", props: { vpcId: "vpc-prod", securityGroupType: "enterprise" } },
                { type: T.SecurityGroupRule, name: "rule", props: { ...OPEN, type: "ingress", ipProtocol: "tcp", portRange: "3306/3306", securityGroupId: UNKNOWN }, propertyDependencies: { securityGroupId: ["ess-sg"] } },
            ],
            target: "rule",
            outcome: { kind: "violation", messageIncludes: ["ecs.SecurityGroup ess-sg, a security group of ess.ScalingConfiguration workers, a node of ess.ScalingGroup asg, scaled by cs.KubernetesAutoscaler ca of cluster ack", "3306 (MySQL)"] },
        },
        // The peers' own failing cases: each is caught.
        ...PEER_FAILING_RULES.map((c) => ({
            title: `peer case: ${c.peer}`,
            resources: sgStack(c.fields),
            target: "rule",
            outcome: { kind: "violation" as const, messageIncludes: [c.reported] },
        })),
    ],
    omitted: [
        {
            title: "policy omitted: the provider accepts (default \"accept\")",
            resources: sgStack({ ...OPEN, policy: undefined, portRange: "3389/3389" }),
            target: "rule",
            outcome: { kind: "violation", messageIncludes: ["3389 (RDP)"] },
        },
        {
            title: "portRange omitted on an all-protocol rule (default -1/-1)",
            resources: sgStack({ ...OPEN, ipProtocol: "all", portRange: undefined }),
            target: "rule",
            outcome: { kind: "violation", messageIncludes: ["found ingress all \"-1/-1\"", "every protocol and port"] },
        },
    ],
    unknown: [
        { title: "cidrIp computed at preview on the cluster's security group", resources: sgStack({ cidrIp: UNKNOWN }), target: "rule", outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "a rule on a security group no cluster or pool uses is left to ack-sg-no-public-ingress", resources: sgStack(OPEN, "other-sg"), target: "rule", outcome: { kind: "pass" } },
        { title: "an unknown rule on an unrelated security group is not even read", resources: sgStack({ cidrIp: UNKNOWN }, "other-sg"), target: "rule", outcome: { kind: "pass" } },
        { title: "a literal security group id that no cluster names", resources: literalStack(OPEN, "sg-0elsewhere"), target: "rule", outcome: { kind: "pass" } },
        { title: "a port removed from sensitivePorts", resources: sgStack(OPEN), target: "rule", config: { sensitivePorts: ["3389"] }, outcome: { kind: "pass" } },
        { title: "a port added to sensitivePorts", resources: sgStack({ ...OPEN, portRange: "6443/6443" }), target: "rule", config: { sensitivePorts: ["6443"] }, outcome: { kind: "violation", messageIncludes: ["to 6443"] } },
        { title: "ICMP from the internet opens no port (ACK's recommended rule; KICS flags it)", resources: sgStack({ ...OPEN, ipProtocol: "icmp", portRange: "-1/-1" }), target: "rule", outcome: { kind: "pass" } },
        { title: "every protocol from inside the VPC (infraguard ecs-security-group-not-open-all-protocol flags it; ACK's own rules need it)", resources: sgStack({ cidrIp: "172.16.0.0/12", ipProtocol: "all", portRange: "-1/-1" }), target: "rule", outcome: { kind: "pass" } },
        { title: "HTTP and DNS from the internet are public services (KICS lists 53 and 80)", resources: sgStack({ ...OPEN, portRange: "53/53" }), target: "rule", outcome: { kind: "pass" } },
        {
            title: "an exempted rule",
            resources: sgStack(OPEN),
            target: "rule",
            config: { exemptions: [{ resource: "rule", reason: "temporary break-glass access, ticket OPS-77" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "break-glass" },
        },
    ],
};
