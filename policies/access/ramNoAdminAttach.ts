import { resourcePolicy } from "../../model/policy";
import { T } from "../../model/resources";
import { AdminAttachConfig, adminAttachmentFinding, forbiddenPoliciesConfig, RBAC_URL } from "./common";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

// Account-wide admin policies on a person make that person able to grant themselves any
// cluster's RBAC and create keys; admin rights belong on roles people assume.
export const ramNoAdminAttach = resourcePolicy<typeof T.RamUserPolicyAttachment, AdminAttachConfig>({
    name: "ack-ram-no-admin-attach",
    displayName: "No administrator system policies on RAM users",
    description: "RAM users must not get the AdministratorAccess or AliyunCSFullAccess system policies; give admin rights to a RAM role instead.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Least privilege is the customer's on every cluster type; AliyunCSFullAccess alone lets a user grant any RBAC on every ACK cluster.",
    url: RBAC_URL,
    remediationSteps: "Attach the admin policy to a ram.Role (ram.RolePolicyAttachment) that users assume with MFA, and give the ram.UserPolicyAttachment a scoped custom policy instead.",
    responsibility: "access-control",
    clusterTypes: ALL_CLUSTER_TYPES,
    config: forbiddenPoliciesConfig("users"),
    resourceTypes: [T.RamUserPolicyAttachment],
    check: (props, ctx) => {
        const finding = adminAttachmentFinding(props, ctx.config.forbiddenPolicies, "user");
        if (finding) ctx.report(finding);
    },
});
