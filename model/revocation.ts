// How another identity's ACK access is really revoked, worded once: the policies that protect RAM
// identities (policies/access/), the deletion gate (gates/) and every report that prints the procedure
// read it from here.
import type { DatedFact } from "./policy";

export const REVOKE_KUBECONFIG_URL = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/clear-kubeconfig";

/**
 * How another identity's kubeconfig is really revoked: RevokeK8sClusterKubeConfig (the console's
 * "Revoke KubeConfig" for yourself) revokes only the caller's own kubeconfig.
 */
export const KUBECONFIG_DELETION =
    "delete its kubeconfig files (ACK console: the cluster's Authorizations > KubeConfig File Management > Delete KubeConfig File, "
    + "or the CleanUserPermissions / CleanClusterUserPermissions API with Force=true once you have checked it no longer uses the cluster: "
    + "with the default Force=false ACK silently keeps the kubeconfig if the identity used the cluster in the last 7 days or its audit records cannot be read); "
    + "RevokeK8sClusterKubeConfig revokes only the caller's own kubeconfig";

/** The revocation order the seed asks for, worded once for every message that needs it. */
export const REVOCATION_PROCEDURE =
    `Before deleting it: ${KUBECONFIG_DELETION}; `
    + "then remove its cs.KubernetesPermission grants (CleanUserPermissions also removes its RBAC bindings), then unprotect and delete it; "
    + "deleting a RAM user or role does not revoke the RBAC permissions or kubeconfig it holds in ACK.";

/** The dated facts behind the revocation procedure. */
export const REVOCATION_FACTS: DatedFact[] = [{
    fact: "RevokeK8sClusterKubeConfig revokes the kubeconfig of the calling account or RAM user only; CleanUserPermissions / CleanClusterUserPermissions delete other identities' kubeconfigs and RBAC, and with Force=false (the default) skip identities that used the cluster in the previous 7 days or whose access records cannot be retrieved (the check reads API server audit logs, so it needs cluster auditing).",
    source: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/clear-kubeconfig",
    checked: "2026-12-01",
}];
