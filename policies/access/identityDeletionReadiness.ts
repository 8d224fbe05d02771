import { stackPolicy } from "../../model/policy";
import { shortTypeName, T } from "../../model/resources";
import { authenticatorGap } from "../../model/access";
import { identitiesWithClusterAccess, names, RAM_AUTHENTICATOR, REVOCATION_FACTS, REVOCATION_PROCEDURE, REVOKE_KUBECONFIG_URL } from "./common";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

interface Config {
    acceptRamAuthenticator: boolean;
}

// Seed: RBAC permissions and kubeconfigs are NOT revoked when a RAM user or role is deleted.
// Protecting the identity turns its deletion into a deliberate, two-step change, which is where
// the revocation procedure belongs.
export const identityDeletionReadiness = stackPolicy<Config>({
    name: "ack-identity-deletion-readiness",
    displayName: "RAM identities with cluster access are protected from casual deletion",
    description: "A ram.User or ram.Role that a cs.KubernetesPermission grants cluster access to must have `protect: true`, so that it is deleted only after its kubeconfig and RBAC grants are revoked.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "The seed makes access control the customer's and warns that deleting a RAM user or role does not revoke its ACK RBAC permissions or kubeconfig; revocation must come first.",
    remediation: { does: false, why: "the fix is the `protect` resource option, which is not an input a remediation can write (or revoking access first, an operation)." },
    url: REVOKE_KUBECONFIG_URL,
    remediationSteps: "Give the ram.User / ram.Role the resource option `{ protect: true }`. To remove it: delete its kubeconfig files (console Authorizations > KubeConfig File Management > Delete KubeConfig File, or CleanUserPermissions with Force=true after checking usage), delete its cs.KubernetesPermission, then set protect: false and delete it.",
    facts: REVOCATION_FACTS,
    responsibility: "access-control",
    clusterTypes: ALL_CLUSTER_TYPES,
    config: {
        acceptRamAuthenticator: {
            type: "boolean",
            description: `Also accept an unprotected identity when every cluster it reaches is in the stack and installs ${RAM_AUTHENTICATOR}. Off by default: ACK documents that certificate kubeconfigs keep working next to the webhook, so the add-on alone does not end a deleted identity's access.`,
            default: false,
        },
    },
    resourceTypes: [T.RamUser, T.RamRole, T.KubernetesPermission],
    check: (ctx) => {
        for (const access of identitiesWithClusterAccess(ctx.resources)) {
            if (access.identity.opts?.protect === true) continue;
            const gap = ctx.config.acceptRamAuthenticator ? authenticatorGap(access, ctx.resources) : undefined;
            if (ctx.config.acceptRamAuthenticator && gap === undefined) continue;
            const clusters = access.clusters.length > 0 ? `clusters in this stack: ${names(access.clusters)}` : "clusters outside this stack";
            ctx.report(access.identity, {
                path: "opts.protect",
                found: `protect not set; this ${shortTypeName(access.identity.type)} holds cluster access through cs.KubernetesPermission ${names(access.permissions)} (${clusters})`
                    + (gap !== undefined ? `, and ${gap}` : ""),
                expected: "protect: true on every RAM identity that holds ACK cluster access",
                why: REVOCATION_PROCEDURE,
                fix: `add the resource option \`{ protect: true }\` to ${access.identity.name}.`,
            });
        }
    },
});
