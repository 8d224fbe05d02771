import { resourcePolicy } from "../../model/policy";
import { asBool, asString, show } from "../../model/props";
import { classifyCluster } from "../../model/clusterType";
import { PropsOf, shortTypeName, T } from "../../model/resources";
import { acsNotJudged, clusterKind, lacks } from "./common";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

// The security group ACK creates for a cluster: in a basic group every instance can reach every
// other by default, an enterprise (advanced) group does not. What an omitted field yields depends
// on the resource: cs.ManagedKubernetes sends is_enterprise_security_group only when true, and
// the CreateCluster API defaults it to true, so omitted means enterprise; cs.Kubernetes and
// cs.EdgeKubernetes build the older request, which always sends the bool, so omitted means false,
// a basic group. An explicit securityGroupId is the customer's own group, whose type and rules a
// policy on the cluster cannot see: it passes. cs.ServerlessKubernetes has no such field.
export const clusterEnterpriseSecurityGroup = resourcePolicy({
    name: "ack-cluster-enterprise-security-group",
    displayName: "Clusters use an enterprise security group",
    description: "ACK clusters must have ACK create an enterprise (advanced) security group, or name an existing security group explicitly.",
    severity: "medium",
    enforcementLevel: "advisory",
    levelRationale: "A better default for node isolation, but the real protection is in the rules, which this policy cannot see; and the setting applies only at creation, so existing clusters could only comply by replacement.",
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/configure-security-group-rules-to-enforce-access-control-on-ack-clusters",
    remediationSteps: "On cs.ManagedKubernetes leave `isEnterpriseSecurityGroup` unset or true (ACK's default is an enterprise group); on cs.Kubernetes and cs.EdgeKubernetes set `isEnterpriseSecurityGroup: true` at creation. Or create an ecs.SecurityGroup with `securityGroupType: \"enterprise\"` and pass its id as `securityGroupId`.",
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
    ],
    resourceTypes: [T.ManagedKubernetes, T.ServerlessKubernetes, T.EdgeKubernetes, T.Kubernetes],
    check: (props, ctx) => {
        const kind = clusterKind(ctx.type);
        if (kind === "serverless") {
            lacks(ctx, "isEnterpriseSecurityGroup", "pass an enterprise security group as `securityGroupId` to choose its type");
        }
        const p = props as PropsOf[typeof T.ManagedKubernetes] | PropsOf[typeof T.EdgeKubernetes] | PropsOf[typeof T.Kubernetes];
        if (kind === "managed" && classifyCluster(ctx.type, p)?.product === "acs") {
            ctx.args.notApplicable(acsNotJudged("isEnterpriseSecurityGroup"));
        }
        if (asBool(p.isEnterpriseSecurityGroup) === true) return;
        // An explicit group: its type and rules are outside this resource.
        if (asString(p.securityGroupId) !== undefined) return;
        const value = p.isEnterpriseSecurityGroup;
        const omitted = value === undefined || value === null;
        if (kind === "managed") {
            // Omitted: not sent, and ACK's default is an enterprise group.
            if (omitted) return;
            ctx.report({
                path: "isEnterpriseSecurityGroup",
                found: show(value),
                expected: "true or not set (ACK's default: an enterprise security group), or an explicit securityGroupId",
                why: "The program asks for a basic security group, in which every instance can reach every other by default. Today the provider does not send false, so ACK still creates an enterprise group, but the program states the opposite and would get a basic group once false is sent.",
                fix: "remove `isEnterpriseSecurityGroup: false` (or set it to true), or set `securityGroupId` to an enterprise security group.",
            });
            return;
        }
        ctx.report({
            path: "isEnterpriseSecurityGroup",
            found: omitted ? `not set (${shortTypeName(ctx.type)} sends false: a basic security group)` : show(value),
            expected: "true, or an explicit securityGroupId",
            why: "In a basic security group every instance can reach every other instance of the group by default.",
            fix: "set `isEnterpriseSecurityGroup: true` (only at creation) or `securityGroupId` to an enterprise security group.",
        });
    },
});
