import { resourcePolicy } from "../../model/policy";
import { T } from "../../model/resources";
import { AdminAttachConfig, adminAttachmentFinding, forbiddenPoliciesConfig, RBAC_URL } from "./common";

// Account-wide admin policies on a group make every member able to grant themselves any
// cluster's RBAC and create keys; admin rights belong on roles people assume.
export const ramGroupNoAdminAttach = resourcePolicy<typeof T.RamGroupPolicyAttachment, AdminAttachConfig>({
    name: "ack-ram-group-no-admin-attach",
    displayName: "No administrator system policies on RAM groups",
    description: "RAM groups must not get the AdministratorAccess or AliyunCSFullAccess system policies; give admin rights to a RAM role instead.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Least privilege is the customer's on every cluster type; AliyunCSFullAccess alone lets every member of a group grant any RBAC on every ACK cluster.",
    remediation: { does: false, why: "fails (a) single secure answer and (b) no forced replacement: the fix is detaching or choosing a narrower policy, and every field of the attachment is ForceNew." },
    url: RBAC_URL,
    remediationSteps: "Attach the admin policy to a ram.Role (ram.RolePolicyAttachment) that users assume with MFA, and give the ram.GroupPolicyAttachment a scoped custom policy instead.",
    responsibility: "access-control",
    clusterTypes: ["ack-managed", "ack-serverless", "ack-managed-node-pools", "ack-edge"],
    config: forbiddenPoliciesConfig("groups"),
    resourceTypes: [T.RamGroupPolicyAttachment],
    check: (props, ctx) => {
        const finding = adminAttachmentFinding(props, ctx.config.forbiddenPolicies, "group");
        if (finding) ctx.report(finding);
    },
});
