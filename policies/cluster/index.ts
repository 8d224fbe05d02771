// The cluster policies, in report order. policies/index.ts includes this list.
import { AckPolicy } from "../../model/policy";
import { clusterPrivateEndpoint } from "./clusterPrivateEndpoint";
import { clusterDeletionProtection } from "./clusterDeletionProtection";
import { clusterSecretEncryption } from "./clusterSecretEncryption";
import { clusterControlPlaneLogs } from "./clusterControlPlaneLogs";
import { clusterEnterpriseSecurityGroup } from "./clusterEnterpriseSecurityGroup";
import { clusterAutoUpgrade } from "./clusterAutoUpgrade";
import { clusterMinVersion } from "./clusterMinVersion";
import { clusterMultiZone } from "./clusterMultiZone";
import { clusterAuditLog } from "./clusterAuditLog";
import { clusterTerway } from "./clusterTerway";
import { clusterTerwayNetworkPolicyUnset } from "./clusterTerwayNetworkPolicyUnset";
import { clusterNoDashboard } from "./clusterNoDashboard";
import { kmsKeyDeletionProtection } from "./kmsKeyDeletionProtection";
import { kmsKeyPulumiProtect } from "./kmsKeyPulumiProtect";
import { kmsKeyRotation } from "./kmsKeyRotation";
import { kmsKeyUsable } from "./kmsKeyUsable";
import { nodeSecurityGroupNoPublicIngress } from "./nodeSecurityGroupNoPublicIngress";
import { securityGroupNoPublicIngress } from "./securityGroupNoPublicIngress";

export const clusterPolicies: AckPolicy[] = [
    clusterPrivateEndpoint,
    clusterDeletionProtection,
    clusterSecretEncryption,
    kmsKeyDeletionProtection,
    kmsKeyPulumiProtect,
    kmsKeyRotation,
    kmsKeyUsable,
    clusterAuditLog,
    clusterControlPlaneLogs,
    clusterTerway,
    clusterTerwayNetworkPolicyUnset,
    clusterEnterpriseSecurityGroup,
    nodeSecurityGroupNoPublicIngress,
    securityGroupNoPublicIngress,
    clusterNoDashboard,
    clusterAutoUpgrade,
    clusterMinVersion,
    clusterMultiZone,
];
