import { resourcePolicy } from "../../model/policy";
import { T } from "../../model/resources";
import { AdminAttachConfig, adminAttachmentFinding, forbiddenPoliciesConfig, RBAC_URL } from "./common";

// Account-wide admin policies on a person make that person able to grant themselves any
// cluster's RBAC and create keys; admin rights belong on roles people assume.
export const ramNoAdminAttach = resourcePolicy<typeof T.RamUserPolicyAttachment, AdminAttachConfig>({
    name: "ack-ram-no-admin-attach",
    displayName: "No administrator system policies on RAM users",
    description: "RAM users must not get the AdministratorAccess or AliyunCSFullAccess system policies; give admin rights to a RAM role instead.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Least privilege is the customer's on every cluster type; AliyunCSFullAccess alone lets a user grant any RBAC on every ACK cluster.",
    remediation: { does: false, why: "fails (a) single secure answer and (b) no forced replacement: the fix is detaching or choosing a narrower policy, and every field of the attachment is ForceNew." },
    url: RBAC_URL,
    remediationSteps: "Attach the admin policy to a ram.Role (ram.RolePolicyAttachment) that users assume with MFA, and give the ram.UserPolicyAttachment a scoped custom policy instead.",
    responsibility: "access-control",
    clusterTypes: ["ack-managed", "ack-serverless", "ack-managed-node-pools", "ack-edge"],
    config: forbiddenPoliciesConfig("users"),
    resourceTypes: [T.RamUserPolicyAttachment],
    check: (props, ctx) => {
        const finding = adminAttachmentFinding(props, ctx.config.forbiddenPolicies, "user");
        if (finding) ctx.report(finding);
    },
});
