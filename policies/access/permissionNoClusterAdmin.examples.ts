import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { entry, grant, USER_UID } from "./permission.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-permission-no-cluster-admin-for-users",
    resourceType: T.KubernetesPermission,
    compliant: [
        { title: "cluster admin granted to a RAM role", props: grant(entry({ roleType: "cluster", roleName: "admin", isRamRole: true })), outcome: { kind: "pass" } },
        { title: "a RAM user with dev rights in one namespace", props: { uid: USER_UID, permissions: [entry({ isRamRole: false })] }, outcome: { kind: "pass" } },
        { title: "a RAM user with ops on one cluster", props: { uid: USER_UID, permissions: [entry({ roleType: "cluster", roleName: "ops", isRamRole: false })] }, outcome: { kind: "pass" } },
        { title: "a RAM user with admin-view on one cluster", props: { uid: USER_UID, permissions: [entry({ roleType: "cluster", roleName: "admin-view", isRamRole: false })] }, outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "cluster admin for a RAM user",
            props: { uid: USER_UID, permissions: [entry({ roleType: "cluster", roleName: "admin", isRamRole: false })] },
            outcome: {
                kind: "violation",
                messageIncludes: ["permissions: found permissions[0] (roleType \"cluster\", roleName \"admin\") granted to a RAM user", "isRamRole: true", "`roleType: \"namespace\"` with `roleName` dev or restricted, or `roleType: \"cluster\"` with ops, dev, restricted or admin-view"],
                messageExcludes: ["`roleType: \"namespace\"` or a narrower roleName"],
            },
        },
        {
            title: "all-clusters grant to a RAM role (any role name)",
            props: grant(entry({ cluster: "", roleType: "all-clusters", roleName: "restricted" })),
            outcome: { kind: "violation", messageIncludes: ["permissions[0] (roleType \"all-clusters\", roleName \"restricted\") on all clusters", "one entry per cluster"] },
        },
        {
            title: "the cluster-admin ClusterRole as a custom role for a user",
            props: { uid: USER_UID, permissions: [entry({ roleType: "cluster", roleName: "cluster-admin", isCustom: true, isRamRole: false })] },
            outcome: { kind: "violation", messageIncludes: ["roleName \"cluster-admin\""] },
        },
        {
            title: "several bad entries: one finding naming each",
            props: { uid: USER_UID, permissions: [entry({ isRamRole: false }), entry({ roleType: "cluster", roleName: "admin", isRamRole: false }), entry({ cluster: "", roleType: "all-clusters", roleName: "dev", isRamRole: false })] },
            outcome: { kind: "violation", messageIncludes: ["permissions[1] (roleType \"cluster\", roleName \"admin\")", "permissions[2] (roleType \"all-clusters\""] },
        },
    ],
    omitted: [
        {
            title: "isRamRole omitted: the grant goes to a RAM user",
            props: { uid: USER_UID, permissions: [{ cluster: "c-1", roleType: "cluster", roleName: "admin" }] },
            outcome: { kind: "violation", messageIncludes: ["granted to a RAM user (isRamRole not true)"] },
        },
        { title: "no permissions at all", props: { uid: USER_UID }, outcome: { kind: "pass" } },
    ],
    unknown: [
        { title: "the permissions list is computed at preview", props: { uid: USER_UID, permissions: UNKNOWN }, outcome: { kind: "unknown" } },
        { title: "roleName computed at preview", props: { uid: USER_UID, permissions: [entry({ roleType: "cluster", roleName: UNKNOWN, isRamRole: false })] }, outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "an unknown cluster id is never read", props: { uid: UNKNOWN, permissions: [entry({ cluster: UNKNOWN, roleType: "cluster", roleName: "admin", isRamRole: true })] }, outcome: { kind: "pass" } },
        { title: "roleType in upper case", props: { uid: USER_UID, permissions: [entry({ roleType: "Cluster", roleName: "Admin", isRamRole: false })] }, outcome: { kind: "violation", messageIncludes: ["roleName \"Admin\""] } },
        { title: "isRamRole as the string \"true\"", props: grant(entry({ roleType: "cluster", roleName: "admin", isRamRole: "true" })), outcome: { kind: "pass" } },
        { title: "permissions is not a list", props: { uid: USER_UID, permissions: { roleName: "admin" } }, outcome: { kind: "pass" } },
        { title: "null and non-object entries are skipped", props: { uid: USER_UID, permissions: [null, "admin", entry({ isRamRole: false })] }, outcome: { kind: "pass" } },
        {
            title: "adminRoleNames is configurable",
            props: { uid: USER_UID, permissions: [entry({ roleType: "cluster", roleName: "ops", isRamRole: false })] },
            config: { adminRoleNames: ["admin", "ops"] },
            outcome: { kind: "violation", messageIncludes: ["roleName \"ops\""] },
        },
        {
            title: "exempted break-glass user",
            name: "break-glass",
            props: { uid: USER_UID, permissions: [entry({ roleType: "cluster", roleName: "admin", isRamRole: false })] },
            config: { exemptions: [{ resource: "break-glass", reason: "break-glass account, hardware MFA, SEC-12" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "break-glass account, hardware MFA, SEC-12" },
        },
    ],
};
