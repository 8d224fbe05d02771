import { resourcePolicy } from "../../model/policy";
import { T } from "../../model/resources";
import { AdminAttachConfig, adminAttachmentFinding, forbiddenPoliciesConfig, RBAC_URL } from "./common";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

// Account-wide admin and full-access policies on a group stay with every member all the time;
// such rights belong on roles people assume when needed.
export const ramGroupNoAdminAttach = resourcePolicy<typeof T.RamGroupPolicyAttachment, AdminAttachConfig>({
    name: "ack-ram-group-no-admin-attach",
    displayName: "No administrator system policies on RAM groups",
    description: "RAM groups must not get AdministratorAccess or a full-access system policy that lets them take over ACK clusters, their nodes, networks or keys, or grant themselves more (AliyunCSFullAccess, AliyunAccFullAccess, AliyunECSFullAccess, AliyunVPCFullAccess, AliyunRAMFullAccess, AliyunKMSFullAccess by default); give such rights to a RAM role instead.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Least privilege is the customer's on every cluster type; AliyunCSFullAccess alone lets every member of a group delete or reconfigure every ACK cluster and node pool of the account, and the ECS, VPC, RAM and KMS full-access policies let them take over the nodes, their network and keys, or grant themselves anything.",
    remediation: { does: false, why: "fails (a) single secure answer and (b) no forced replacement: the fix is detaching or choosing a narrower policy, and every field of the attachment is ForceNew." },
    url: RBAC_URL,
    remediationSteps: "Attach the admin policy to a ram.Role (ram.RolePolicyAttachment) that users assume with MFA, and give the ram.GroupPolicyAttachment a scoped custom policy instead.",
    responsibility: "access-control",
    clusterTypes: ALL_CLUSTER_TYPES,
    facts: [{
        fact: "AliyunCSFullAccess grants RAM permissions for the ACK API only; managing applications in a cluster also needs RBAC permissions, and granting RBAC to others needs cluster permission-management rights. ACS uses AliyunAccFullAccess.",
        source: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/developer-reference/api-cs-2015-12-15-grantpermissions",
        checked: "2026-12-01",
    }],
    config: forbiddenPoliciesConfig("groups"),
    resourceTypes: [T.RamGroupPolicyAttachment],
    check: (props, ctx) => {
        const finding = adminAttachmentFinding(props, ctx.config.forbiddenPolicies, "group");
        if (finding) ctx.report(finding);
    },
});
