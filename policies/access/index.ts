// The access policies, in report order. policies/index.ts includes this list.
import { AckPolicy } from "../../model/policy";
import { permissionNoClusterAdmin } from "./permissionNoClusterAdmin";
import { permissionCustomRole } from "./permissionCustomRole";
import { permissionPreferRoles } from "./permissionPreferRoles";
import { ramPolicyNoWildcard } from "./ramPolicyNoWildcard";
import { ramNoAdminAttach } from "./ramNoAdminAttach";
import { ramGroupNoAdminAttach } from "./ramGroupNoAdminAttach";
import { ramRoleNoAdminAttach } from "./ramRoleNoAdminAttach";
import { ramConsoleMfa } from "./ramConsoleMfa";
import { ramAccountMfaLogin } from "./ramAccountMfaLogin";
import { ramPasswordPolicy } from "./ramPasswordPolicy";
import { ramUserNoDualAccess } from "./ramUserNoDualAccess";
import { clusterRrsaWorkloadIdentity } from "./clusterRrsaWorkloadIdentity";
import { identityDeletionReadiness } from "./identityDeletionReadiness";
import { ramUserForceDelete } from "./ramUserForceDelete";

export const accessPolicies: AckPolicy[] = [
    // Who can reach clusters, and how
    permissionNoClusterAdmin,
    permissionCustomRole,
    permissionPreferRoles,
    // RAM permissions and credentials
    ramPolicyNoWildcard,
    ramNoAdminAttach,
    ramGroupNoAdminAttach,
    ramRoleNoAdminAttach,
    ramConsoleMfa,
    ramAccountMfaLogin,
    ramPasswordPolicy,
    ramUserNoDualAccess,
    clusterRrsaWorkloadIdentity,
    // Deleting identities: revoke ACK access first
    identityDeletionReadiness,
    ramUserForceDelete,
];
