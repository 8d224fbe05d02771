import type { PolicyResource } from "@pulumi/policy";
import { dependenciesOf } from "../../model/graph";
import { stackPolicy } from "../../model/policy";
import { asBool, asString, show } from "../../model/props";
import { classifyCluster } from "../../model/clusterType";
import { PropsOf, propsAs, shortTypeName, T } from "../../model/resources";
import { acsNotJudged, clusterKind, clustersIn } from "./common";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

// The security group ACK creates for a cluster: in a basic group every instance can reach every
// other by default, an enterprise (advanced) group does not. What an omitted field yields depends
// on the resource: cs.ManagedKubernetes sends is_enterprise_security_group only when true, and
// the CreateCluster API defaults it to true, so omitted means enterprise; cs.Kubernetes and
// cs.EdgeKubernetes build the older request, which always sends the bool, so omitted means false,
// a basic group. An explicit securityGroupId is the customer's own group: when it is an
// ecs.SecurityGroup of this stack its `securityGroupType` is judged (default "normal", a basic
// group); a group from outside the stack cannot be seen and is left unjudged, with that reason.
// cs.ServerlessKubernetes has no isEnterpriseSecurityGroup: only an explicit group is judged.
// A stack policy, because the answer is often in another resource of the stack.

/** The ecs.SecurityGroup of this stack that a cluster's securityGroupId names, if any. */
function stackGroupOf(cluster: PolicyResource): PolicyResource | undefined {
    return dependenciesOf(cluster, "securityGroupId").find((d) => d.type === T.SecurityGroup);
}

export const clusterEnterpriseSecurityGroup = stackPolicy({
    name: "ack-cluster-enterprise-security-group",
    displayName: "Clusters use an enterprise security group",
    description: "ACK clusters must have ACK create an enterprise (advanced) security group, or name a security group that is one: an ecs.SecurityGroup of the stack passed as `securityGroupId` must set `securityGroupType: \"enterprise\"`.",
    severity: "medium",
    enforcementLevel: "advisory",
    levelRationale: "A better default for node isolation, but the real protection is in the rules (ack-node-sg-no-public-ingress); and the type applies only at creation, so existing clusters and groups could only comply by replacement.",
    remediation: { does: false, why: "stack policy: the SDK remediates resource policies only; and `isEnterpriseSecurityGroup` / `securityGroupType` apply only at creation (ForceNew)." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/configure-security-group-rules-to-enforce-access-control-on-ack-clusters",
    remediationSteps: "On cs.ManagedKubernetes leave `isEnterpriseSecurityGroup` unset or true (ACK's default is an enterprise group); on cs.Kubernetes and cs.EdgeKubernetes set `isEnterpriseSecurityGroup: true` at creation. Or create an ecs.SecurityGroup with `securityGroupType: \"enterprise\"` and pass its id as `securityGroupId` (the only way on cs.ServerlessKubernetes).",
    responsibility: "cluster-network-configuration",
    clusterTypes: ALL_CLUSTER_TYPES,
    facts: [
        {
            fact: "CreateCluster is_enterprise_security_group: default true (the 3.108 docs still say false).",
            source: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/developer-reference/api-cs-2015-12-15-createcluster",
            checked: "2026-12-01",
        },
        {
            fact: "The provider's cs.ManagedKubernetes sends is_enterprise_security_group only when true (GetOk); cs.Kubernetes and cs.EdgeKubernetes always send the bool (buildKubernetesArgs), so there an omitted field is false.",
            source: "https://github.com/aliyun/terraform-provider-alicloud/blob/master/alicloud/resource_alicloud_cs_managed_kubernetes.go",
            checked: "2026-12-01",
        },
        {
            fact: "ecs.SecurityGroup securityGroupType: \"normal\" (basic) or \"enterprise\"; default \"normal\"; ForceNew.",
            source: "https://www.pulumi.com/registry/packages/alicloud/api-docs/ecs/securitygroup/",
            checked: "2026-12-03",
        },
    ],
    resourceTypes: [T.ManagedKubernetes, T.ServerlessKubernetes, T.EdgeKubernetes, T.Kubernetes, T.SecurityGroup],
    check: (ctx) => {
        const notes: string[] = [];
        for (const cluster of clustersIn(ctx.resources)) {
            const kind = clusterKind(cluster.type);
            const p = cluster.props as PropsOf[typeof T.ManagedKubernetes] | PropsOf[typeof T.EdgeKubernetes] | PropsOf[typeof T.Kubernetes];
            if (kind === "managed" && classifyCluster(cluster.type, p)?.product === "acs") {
                notes.push(`${cluster.name}: ${acsNotJudged("isEnterpriseSecurityGroup")}`);
                continue;
            }
            const group = stackGroupOf(cluster);
            if (group !== undefined) {
                // The group is in the stack: judge its type (an unknown type throws, as the SDK intends).
                const sg = propsAs(group, T.SecurityGroup)!;
                const type = sg.securityGroupType;
                if (asString(type)?.toLowerCase() === "enterprise") continue;
                ctx.report(cluster, {
                    path: "securityGroupId",
                    found: `ecs.SecurityGroup ${group.name} with securityGroupType ${type === undefined || type === null ? "not set (default \"normal\": a basic security group)" : show(type)}`,
                    expected: "an enterprise security group",
                    why: "In a basic security group every instance can reach every other instance of the group by default.",
                    fix: `set \`securityGroupType: "enterprise"\` on ecs.SecurityGroup ${group.name} (only at creation).`,
                });
                continue;
            }
            if (kind === "serverless") {
                const id = asString((cluster.props as PropsOf[typeof T.ServerlessKubernetes]).securityGroupId);
                notes.push(id === undefined
                    ? `${cluster.name}: cs.ServerlessKubernetes has no isEnterpriseSecurityGroup; pass an enterprise security group as \`securityGroupId\` to choose its type`
                    : `${cluster.name}: security group ${show(id)} is not in this stack, so its type cannot be judged here`);
                continue;
            }
            if (asBool(p.isEnterpriseSecurityGroup) === true) continue;
            // An explicit group from outside the stack (an unknown id without a reference throws).
            const id = asString(p.securityGroupId);
            if (id !== undefined) {
                notes.push(`${cluster.name}: security group ${show(id)} is not in this stack, so its type cannot be judged here`);
                continue;
            }
            const value = p.isEnterpriseSecurityGroup;
            const omitted = value === undefined || value === null;
            if (kind === "managed") {
                // Omitted: not sent, and ACK's default is an enterprise group.
                if (omitted) continue;
                ctx.report(cluster, {
                    path: "isEnterpriseSecurityGroup",
                    found: show(value),
                    expected: "true or not set (ACK's default: an enterprise security group), or an explicit securityGroupId",
                    why: "The program asks for a basic security group, in which every instance can reach every other by default. Today the provider does not send false, so ACK still creates an enterprise group, but the program states the opposite and would get a basic group once false is sent.",
                    fix: "remove `isEnterpriseSecurityGroup: false` (or set it to true), or set `securityGroupId` to an enterprise security group.",
                });
                continue;
            }
            ctx.report(cluster, {
                path: "isEnterpriseSecurityGroup",
                found: omitted ? `not set (${shortTypeName(cluster.type)} sends false: a basic security group)` : show(value),
                expected: "true, or an explicit securityGroupId",
                why: "In a basic security group every instance can reach every other instance of the group by default.",
                fix: "set `isEnterpriseSecurityGroup: true` (only at creation) or `securityGroupId` to an enterprise security group.",
            });
        }
        return notes;
    },
});
