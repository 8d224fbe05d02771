import { resourcePolicy } from "../../model/policy";
import { asBool, asString, show } from "../../model/props";
import { PropsOf, T } from "../../model/resources";
import { clusterKind, lacks } from "./common";

// The security group ACK creates for a cluster is basic unless asked otherwise; a basic group lets
// every instance in it reach every other by default, an enterprise (advanced) group does not.
// An explicit securityGroupId is the customer's own group, whose type and rules a policy on the
// cluster cannot see: it passes. cs.ServerlessKubernetes has no isEnterpriseSecurityGroup.
export const clusterEnterpriseSecurityGroup = resourcePolicy({
    name: "ack-cluster-enterprise-security-group",
    displayName: "Clusters use an enterprise security group",
    description: "ACK clusters must have ACK create an enterprise (advanced) security group, or name an existing security group explicitly.",
    severity: "medium",
    enforcementLevel: "advisory",
    levelRationale: "A better default for node isolation, but the real protection is in the rules, which this policy cannot see; and the setting applies only at creation, so existing clusters could only comply by replacement.",
    remediation: { does: false, why: "fails (b) no forced replacement: `isEnterpriseSecurityGroup` applies only at creation (ForceNew)." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/configure-security-group-rules-to-enforce-access-control-on-ack-clusters",
    remediationSteps: "Set `isEnterpriseSecurityGroup: true` at cluster creation, or create an ecs.SecurityGroup with `securityGroupType: \"enterprise\"` and pass its id as `securityGroupId`.",
    responsibility: "cluster-network-configuration",
    clusterTypes: ["ack-managed", "ack-managed-node-pools", "ack-serverless", "ack-edge"],
    resourceTypes: [T.ManagedKubernetes, T.ServerlessKubernetes, T.EdgeKubernetes, T.Kubernetes],
    check: (props, ctx) => {
        if (clusterKind(ctx.type) === "serverless") {
            lacks(ctx, "isEnterpriseSecurityGroup", "pass an enterprise security group as `securityGroupId` to choose its type");
        }
        const p = props as PropsOf[typeof T.ManagedKubernetes] | PropsOf[typeof T.EdgeKubernetes] | PropsOf[typeof T.Kubernetes];
        if (asBool(p.isEnterpriseSecurityGroup) === true) return;
        // An explicit group: its type and rules are outside this resource.
        if (asString(p.securityGroupId) !== undefined) return;
        const value = p.isEnterpriseSecurityGroup;
        ctx.report({
            path: "isEnterpriseSecurityGroup",
            found: value === undefined || value === null ? "not set (provider default: false, a basic security group)" : show(value),
            expected: "true, or an explicit securityGroupId",
            why: "In a basic security group every instance can reach every other instance of the group by default.",
            fix: "set `isEnterpriseSecurityGroup: true` (only at creation) or `securityGroupId` to an enterprise security group.",
        });
    },
});
