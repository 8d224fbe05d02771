import { stackPolicy } from "../../model/policy";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";
import { T } from "../../model/resources";
import { ackUsesOfRule, publicIngressFinding, rulesOf, SENSITIVE_PORTS_CONFIG, SensitivePortsConfig, SG_URL } from "./securityGroups";

// The same rules on security groups no cluster or node pool of this stack uses: the group may
// still reach ACK (a cluster in another stack, ECS instances beside the nodes), but this stack
// cannot tell, so it warns.
export const securityGroupNoPublicIngress = stackPolicy<SensitivePortsConfig>({
    name: "ack-sg-no-public-ingress",
    displayName: "Other security groups of the stack admit no sensitive port from the internet",
    description: "An ecs.SecurityGroupRule on a security group that no cluster or node pool of this stack uses should not accept ingress from 0.0.0.0/0 or ::/0 to a sensitive port (the same list as ack-node-sg-no-public-ingress), every port, every protocol or GRE.",
    severity: "high",
    enforcementLevel: "advisory",
    levelRationale: "The group may belong to a cluster in another stack or to ECS instances that are not ACK nodes; without the link the stack cannot say whose nodes it exposes, so it warns (ack-node-sg-no-public-ingress blocks the groups ACK uses here).",
    remediation: { does: false, why: "stack policy: the SDK remediates resource policies only; and narrowing a rule's source can cut clients that rely on it (rule c)." },
    url: SG_URL,
    remediationSteps: "Restrict `cidrIp` / `ipv6CidrIp` of the ecs.SecurityGroupRule to known ranges, or exempt the rule with the reason it must be public.",
    responsibility: "cluster-network-configuration",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.SecurityGroupRule, T.SecurityGroup, T.NodePool, T.ManagedKubernetes, T.EdgeKubernetes, T.Kubernetes, T.ServerlessKubernetes, T.EssScalingConfiguration, T.EcsLaunchTemplate, T.EcsInstance],
    config: SENSITIVE_PORTS_CONFIG,
    check: (ctx) => {
        for (const { rule, props } of rulesOf(ctx.resources)) {
            if (ackUsesOfRule(rule, ctx.resources).length > 0) continue; // ack-node-sg-no-public-ingress judges it
            const f = publicIngressFinding(props, ctx.config.sensitivePorts, "a security group no cluster or node pool of this stack uses");
            if (f) ctx.report(rule, f);
        }
    },
});
