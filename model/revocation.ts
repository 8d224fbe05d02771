// How a RAM identity's ACK access is taken away before the identity is deleted, worded once: the
// policies that protect RAM identities (policies/access/), the deletion gate (gates/) and every
// report that prints the procedure read it from here. Deleting a RAM user or role
// does not revoke the kubeconfig or RBAC bindings it holds in ACK (seed; ACK "Revoke a cluster's
// kubeconfig file"), so the order matters.
import type { DatedFact } from "./policy";

export const REVOKE_KUBECONFIG_URL = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/revoke-a-kubeconfig-credential";
export const ACS_REVOKE_KUBECONFIG_URL = "https://www.alibabacloud.com/help/en/cs/user-guide/revoke-a-kubeconfig-credential";
export const MANAGE_KUBECONFIG_URL = "https://help.aliyun.com/en/ack/ack-managed-and-ack-dedicated/user-guide/kubeconfig-operation-guide/";
export const CLEAN_USER_PERMISSIONS_URL = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/developer-reference/api-cs-2015-12-15-cleanuserpermissions";

/**
 * How another identity's kubeconfig is taken away, as ACK documents it: only the Alibaba Cloud
 * account can do it for another identity in the console (a RAM user revokes only its own); ACS
 * clusters have their own console page; for a leaver, *purge* (nothing is re-issued) rather than
 * revoke (which re-issues a kubeconfig and binding). RevokeK8sClusterKubeConfig is the caller's own.
 * A clause that completes "Before deleting it: ...".
 */
export const KUBECONFIG_REVOCATION =
    "purge its kubeconfigs and RBAC bindings, as ACK documents for leavers (nothing is re-issued): ack-ram-tool, or CleanUserPermissions with Force=true "
    + "once it no longer uses the cluster (the default Force=false refuses if it did in the last 7 days or audit records are missing); "
    + "or, as the Alibaba Cloud account (a RAM user revokes only its own), ACK console > Authorizations > RAM Users > KubeConfig Management > Delete KubeConfig File "
    + "(ACS: ACS console > Permission Management > RAM Users > KubeConfig Management); "
    + "RevokeK8sClusterKubeConfig revokes only the caller's own kubeconfig";

/** The whole order, worded once for every message that needs it (short enough for a finding's 800-character `why`). */
export const REVOCATION_PROCEDURE =
    `Before deleting it: ${KUBECONFIG_REVOCATION}; `
    + "then remove its cs.KubernetesPermission grants, then unprotect and delete it.";

/** The same, short enough for remediation steps and SARIF help (the caller adds the deletion step). */
export const REVOCATION_SUMMARY =
    "purge the identity's kubeconfigs and RBAC bindings (ack-ram-tool, or CleanUserPermissions with Force=true after checking usage; "
    + "or as the Alibaba Cloud account: ACK console > Authorizations > RAM Users > KubeConfig Management > Delete KubeConfig File, "
    + "ACS console > Permission Management for ACS clusters), then remove its cs.KubernetesPermission grants";

/** The dated facts behind the procedure. */
export const REVOCATION_FACTS: DatedFact[] = [
    {
        fact: "Only the Alibaba Cloud account can revoke another identity's kubeconfig in the console (Authorizations > RAM Users tab > KubeConfig Management > Delete KubeConfig File); a RAM user can revoke only its own. Revoking re-issues a kubeconfig for the cluster.",
        source: REVOKE_KUBECONFIG_URL,
        checked: "2026-12-03",
    },
    {
        fact: "ACS clusters: the account revokes kubeconfigs in the ACS console, Permission Management > RAM Users tab > KubeConfig Management.",
        source: ACS_REVOKE_KUBECONFIG_URL,
        checked: "2026-12-03",
    },
    {
        fact: "For leavers ACK documents purging (console or ack-ram-tool): it issues no new kubeconfig, and purged kubeconfigs can be recovered from a recycle bin within 30 days.",
        source: MANAGE_KUBECONFIG_URL,
        checked: "2026-12-03",
    },
    {
        fact: "CleanUserPermissions / CleanClusterUserPermissions delete another identity's kubeconfigs and RBAC permissions; they need AliyunCSFullAccess, cannot clean the Alibaba Cloud account or the caller, and with Force=false (the default) refuse when the identity accessed the cluster in the last 7 days or the access records cannot be found. RevokeK8sClusterKubeConfig revokes only the caller's own kubeconfig.",
        source: CLEAN_USER_PERMISSIONS_URL,
        checked: "2026-12-03",
    },
];
