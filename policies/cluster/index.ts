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
import { clusterNoDashboard } from "./clusterNoDashboard";
import { kmsKeyDeletionProtection } from "./kmsKeyDeletionProtection";
import { nodeSecurityGroupNoPublicIngress } from "./nodeSecurityGroupNoPublicIngress";
import { securityGroupNoPublicIngress } from "./securityGroupNoPublicIngress";

export const clusterPolicies: AckPolicy[] = [
    clusterPrivateEndpoint,
    clusterDeletionProtection,
    clusterSecretEncryption,
    kmsKeyDeletionProtection,
    clusterAuditLog,
    clusterControlPlaneLogs,
    clusterTerway,
    clusterEnterpriseSecurityGroup,
    nodeSecurityGroupNoPublicIngress,
    securityGroupNoPublicIngress,
    clusterNoDashboard,
    clusterAutoUpgrade,
    clusterMinVersion,
    clusterMultiZone,
];
