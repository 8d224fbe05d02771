import { stackPolicy } from "../../model/policy";
import { asBool } from "../../model/props";
import { propsAs, T } from "../../model/resources";
import { identitiesWithClusterAccess, KUBECONFIG_REVOCATION, names, REVOCATION_FACTS, REVOCATION_SUMMARY, REVOKE_KUBECONFIG_URL } from "./common";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

// `force` makes RAM deletion succeed by first removing keys, login profile, groups, policies and
// MFA (users) or policies (roles). It never calls ACK, so a clean-looking delete leaves RBAC and kubeconfigs.
export const ramUserForceDelete = stackPolicy({
    name: "ack-ram-user-force-delete",
    displayName: "Force-deleted RAM identities still need ACK revocation",
    description: "A ram.User or ram.Role with `force: true` that holds cluster access is flagged: force strips its RAM credentials and policies on delete but not its ACK RBAC grants or kubeconfig.",
    severity: "medium",
    enforcementLevel: "advisory",
    levelRationale: "force is a legitimate cleanup switch; the risk is the false sense of a complete deletion, which a warning addresses.",
    remediation: { does: false, why: "stack policy: the SDK remediates resource policies only (a stack policy at level remediate is enforced as mandatory)." },
    url: REVOKE_KUBECONFIG_URL,
    remediationSteps: `Remove \`force: true\` (deletion then stops while the identity still has credentials), or keep it and, before deleting the identity, ${REVOCATION_SUMMARY}.`,
    facts: REVOCATION_FACTS,
    responsibility: "access-control",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.RamUser, T.RamRole, T.KubernetesPermission],
    check: (ctx) => {
        for (const access of identitiesWithClusterAccess(ctx.resources)) {
            if (asBool(propsAs(access.identity, T.RamUser, T.RamRole)?.force) !== true) continue;
            const stripped = access.kind === "user"
                ? "its AccessKeys, login profile, group memberships, policy attachments and MFA device"
                : "its policy attachments";
            ctx.report(access.identity, {
                path: "force",
                found: `true on a ${access.kind} that holds cluster access through cs.KubernetesPermission ${names(access.permissions)}`,
                expected: "force not set, or ACK access revoked before deletion",
                why: `On delete, force removes ${stripped}, but not the ACK RBAC grants or kubeconfig: deleting a RAM identity does not revoke them.`,
                fix: `remove \`force: true\` from ${access.identity.name}, or before deleting it ${KUBECONFIG_REVOCATION}; then delete cs.KubernetesPermission ${names(access.permissions)}.`,
            });
        }
    },
});
