import { stackPolicy } from "../../model/policy";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";
import { T } from "../../model/resources";
import { ackUsesOfRule, publicIngressFinding, rulesOf, SENSITIVE_PORTS_CONFIG, SensitivePortsConfig, SG_URL } from "./securityGroups";

// The security group a cluster or node pool uses guards its nodes (and, for the cluster's group,
// the control plane's ENIs in the VPC). Opening SSH, RDP, the kubelet or the NodePort range, or
// everything, to the internet there exposes the nodes the customer must secure.
export const nodeSecurityGroupNoPublicIngress = stackPolicy<SensitivePortsConfig>({
    name: "ack-node-sg-no-public-ingress",
    displayName: "Security groups of ACK clusters and node pools admit no sensitive port from the internet",
    description: "An ecs.SecurityGroupRule on a security group that a cluster (`securityGroupId`), a node pool (`securityGroupIds`) or a node no pool launches (an autoscaled group's scaling configuration or launch template, an attached instance) uses must not accept ingress from 0.0.0.0/0 or ::/0 to a sensitive port (by default the peers' lists: SSH, RDP, Telnet, FTP, SMB, databases, caches, search, the Docker API, plus the kubelet, etcd and NodePorts), every port, every protocol or GRE.",
    severity: "critical",
    enforcementLevel: "mandatory",
    levelRationale: "The network exposure of nodes and pods is the customer's on every cluster type; a rule open to the whole internet on these ports has no safe reading, and a real need can be exempted per rule with its reason.",
    remediation: { does: false, why: "stack policy: the SDK remediates resource policies only; and narrowing a rule's source can cut clients that rely on it (rule c)." },
    url: SG_URL,
    remediationSteps: "Restrict `cidrIp` / `ipv6CidrIp` of the ecs.SecurityGroupRule to known ranges (or use `sourceSecurityGroupId`), and reach nodes through a bastion or an internal load balancer.",
    responsibility: "cluster-network-configuration",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.SecurityGroupRule, T.SecurityGroup, T.NodePool, T.ManagedKubernetes, T.EdgeKubernetes, T.Kubernetes, T.ServerlessKubernetes, T.EssScalingConfiguration, T.EcsLaunchTemplate, T.EcsInstance],
    config: SENSITIVE_PORTS_CONFIG,
    facts: [
        { fact: "ACK's recommended cluster security-group rules admit ICMP from 0.0.0.0/0 and open the kubelet (10250/10255), webhook and API server ports only to the cluster's own security group or pod CIDR; ICMP is therefore not flagged.", source: SG_URL, checked: "2026-12-01" },
        { fact: "The default sensitive ports join KICS's tcpPortsMap (without 53, 80, 443), infraguard's risky ports (22, 3389), Checkov CKV_ALI_2/3 and Prowler CIS 4.3/4.4 (22, 3389); the peers' failing cases are examples of this policy.", source: "https://github.com/Checkmarx/kics/blob/master/assets/libraries/common.rego", checked: "2026-12-03" },
        { fact: "ecs.SecurityGroupRule ipProtocol accepts tcp, udp, icmp, icmpv6, gre and all; the IPv6 source of an ingress rule is ipv6CidrIp.", source: "https://www.pulumi.com/registry/packages/alicloud/api-docs/ecs/securitygrouprule/", checked: "2026-12-03" },
        { fact: "@pulumi/alicloud 3.108 has one rule resource, ecs.SecurityGroupRule (ecs.SecurityGroup has no inline rules; ecs.getSecurityGroupRules is an invoke); a rule whose source is a prefix list (prefixListId) is not judged.", source: "https://www.pulumi.com/registry/packages/alicloud/api-docs/ecs/securitygrouprule/", checked: "2026-12-01" },
    ],
    check: (ctx) => {
        for (const { rule, props } of rulesOf(ctx.resources)) {
            const uses = ackUsesOfRule(rule, ctx.resources);
            if (uses.length === 0) continue; // ack-sg-no-public-ingress judges it
            const f = publicIngressFinding(props, ctx.config.sensitivePorts, uses[0]);
            if (f) ctx.report(rule, f);
        }
    },
});
