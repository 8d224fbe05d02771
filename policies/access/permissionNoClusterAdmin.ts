import { resourcePolicy } from "../../model/policy";
import { asArray, asString, listed } from "../../model/props";
import { T } from "../../model/resources";
import { describeEntry, grantsToUser, permissionEntries, RBAC_URL, roleTypeOf } from "./common";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

interface Config {
    adminRoleNames: string[];
}

// Cluster-wide admin for a person's RAM user is standing, unaudited super-user access that
// survives the user's deletion; all-clusters grants also reach every future cluster.
export const permissionNoClusterAdmin = resourcePolicy<typeof T.KubernetesPermission, Config>({
    name: "ack-permission-no-cluster-admin-for-users",
    displayName: "No cluster-wide admin for RAM users, no all-clusters grants",
    description: "cs.KubernetesPermission must not grant a cluster-wide admin role to a RAM user, nor grant anything on all clusters.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "The seed makes least-privilege access control the customer's on every cluster type; cluster admin on a user and all-clusters grants are the broadest RBAC grants ACK offers.",
    remediation: { does: false, why: "fails (a) single secure answer and (c) no broken connectivity or workloads: the narrower role is the team's decision, and lowering a grant can cut the user's access." },
    url: RBAC_URL,
    remediationSteps: "Grant `roleName: \"admin\"` only to a RAM role (`isRamRole: true`) that people assume; give RAM users a pair ACK accepts: `roleType: \"namespace\"` with `dev` or `restricted`, or `roleType: \"cluster\"` with `ops`, `dev`, `restricted` or `admin-view` (admin, admin-view and ops cannot be namespace-scoped); replace `roleType: \"all-clusters\"` with one entry per cluster.",
    responsibility: "access-control",
    clusterTypes: ALL_CLUSTER_TYPES,
    facts: [{
        fact: "Predefined ACK roles are admin, admin-view, ops, dev and restricted (plus custom ClusterRoles); admin, admin-view and ops cannot be granted at namespace level; roleType is cluster, namespace or all-clusters.",
        source: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/developer-reference/api-cs-2015-12-15-grantpermissions",
        checked: "2026-12-01",
    }],
    config: {
        adminRoleNames: {
            type: "array",
            items: { type: "string", minLength: 1 },
            uniqueItems: true,
            description: "Role names treated as cluster admin when granted with roleType cluster (predefined \"admin\" and the Kubernetes \"cluster-admin\" ClusterRole used as a custom role).",
            default: ["admin", "cluster-admin"],
        },
    },
    resourceTypes: [T.KubernetesPermission],
    check: (props, ctx) => {
        const admin = new Set(asArray(ctx.config.adminRoleNames).filter((n): n is string => typeof n === "string").map((n) => n.toLowerCase()));
        const allClusters: string[] = [];
        const userAdmin: string[] = [];
        for (const p of permissionEntries(props)) {
            const roleType = roleTypeOf(p.entry);
            if (roleType === "all-clusters") {
                allClusters.push(describeEntry(p));
            } else if (roleType === "cluster" && grantsToUser(p.entry) && admin.has(asString(p.entry?.roleName)?.toLowerCase() ?? "")) {
                userAdmin.push(describeEntry(p));
            }
        }
        if (allClusters.length === 0 && userAdmin.length === 0) {
            return;
        }
        const found = listed([
            ...userAdmin.map((e) => `${e} granted to a RAM user (isRamRole not true)`),
            ...allClusters.map((e) => `${e} on all clusters`),
        ], "; ");
        ctx.report({
            path: "permissions",
            found,
            expected: "no cluster-wide admin for RAM users and no all-clusters grants",
            why: "Such grants give one identity admin (or any) rights on whole clusters, including clusters created later for all-clusters, and deleting the RAM user does not revoke them.",
            fix: allClusters.length > 0
                ? "replace `roleType: \"all-clusters\"` with one entry per cluster (`roleType: \"cluster\"` or `\"namespace\"`, `cluster: <cluster id>`)."
                : "grant admin to a RAM role (`isRamRole: true`) that people assume, or give this user a pair ACK accepts: `roleType: \"namespace\"` with `roleName` dev or restricted, or `roleType: \"cluster\"` with ops, dev, restricted or admin-view (ACK rejects admin, admin-view and ops at namespace level).",
        });
    },
});
