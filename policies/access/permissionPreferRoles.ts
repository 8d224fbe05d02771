import { resourcePolicy } from "../../model/policy";
import { T } from "../../model/resources";
import { describeEntry, grantsToUser, permissionEntries, RBAC_URL } from "./common";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";
import { listed } from "../../model/props";

// Grants to a RAM role go with the role: people assume it with temporary STS credentials and
// leave it when they leave; a grant to a RAM user stays with that user's long-lived identity.
export const permissionPreferRoles = resourcePolicy({
    name: "ack-permission-prefer-roles",
    displayName: "Cluster access is granted to RAM roles",
    description: "cs.KubernetesPermission should grant RBAC to RAM roles that people assume rather than to individual RAM users.",
    severity: "low",
    enforcementLevel: "advisory",
    levelRationale: "Per-user grants are allowed by ACK and common in small teams; roles are the better practice, not a hard requirement of the seed.",
    remediation: { does: false, why: "fails (a) single secure answer: moving a grant to a role needs a role only the team can name." },
    url: RBAC_URL,
    remediationSteps: "Grant the permissions to a ram.Role (`uid: role.roleId`, `isRamRole: true`) and let users assume it; if `uid` already is a RAM role, set `isRamRole: true`.",
    responsibility: "access-control",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.KubernetesPermission],
    check: (props, ctx) => {
        const toUsers = permissionEntries(props).filter((p) => grantsToUser(p.entry));
        if (toUsers.length === 0) {
            return;
        }
        ctx.report({
            path: "permissions[].isRamRole",
            found: listed(toUsers.map(describeEntry), "; ") + " granted to a RAM user (isRamRole not true)",
            expected: "isRamRole = true (grants to a RAM role)",
            why: "Access granted to a role ends when people stop assuming it; access granted to a user stays with the user, and deleting the user does not revoke it in ACK.",
            fix: "grant these permissions to a ram.Role with `isRamRole: true`, or, if `uid` is already a RAM role id, set `isRamRole: true`.",
        });
    },
});
