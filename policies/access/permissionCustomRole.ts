import { resourcePolicy } from "../../model/policy";
import { asBool, listed } from "../../model/props";
import { T } from "../../model/resources";
import { describeEntry, permissionEntries, RBAC_URL } from "./common";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

// A custom ClusterRole is defined inside the cluster, out of this program's sight: the policy
// cannot tell what it allows, so the grant is worth a human review.
export const permissionCustomRole = resourcePolicy({
    name: "ack-permission-custom-role",
    displayName: "Custom ClusterRole grants are reviewed",
    description: "cs.KubernetesPermission grants of custom ClusterRoles (isCustom: true) are flagged for review, because their rules live in the cluster and cannot be checked here.",
    severity: "low",
    enforcementLevel: "advisory",
    levelRationale: "Custom roles are legitimate least-privilege tools; only their content, which this pack cannot see, makes them risky.",
    remediation: { does: false, why: "fails (a) single secure answer: which role a grant should use is the team's decision." },
    url: RBAC_URL,
    remediationSteps: "Prefer a predefined role (admin, ops, dev, restricted) with `isCustom: false`, or review the ClusterRole's rules and exempt this resource with the review ticket as the reason.",
    responsibility: "access-control",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.KubernetesPermission],
    check: (props, ctx) => {
        const custom = permissionEntries(props).filter((p) => asBool(p.entry?.isCustom) === true);
        if (custom.length === 0) {
            return;
        }
        ctx.report({
            path: "permissions[].isCustom",
            found: listed(custom.map(describeEntry), "; ") + " with isCustom = true",
            expected: "predefined roles, or custom ClusterRoles whose rules were reviewed",
            why: "The ClusterRole's rules are defined in the cluster, so this pack cannot tell what the grant allows.",
            fix: "use a predefined roleName with `isCustom: false`, or review the ClusterRole and add an exemption for this resource naming the review.",
        });
    },
});
