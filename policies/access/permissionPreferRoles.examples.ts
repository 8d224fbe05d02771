import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { entry, grant, USER_UID } from "./permission.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-permission-prefer-roles",
    resourceType: T.KubernetesPermission,
    compliant: [{ title: "granted to a RAM role", props: grant(entry(), entry({ roleType: "cluster", roleName: "ops" })), outcome: { kind: "pass" } }],
    violating: [
        {
            title: "isRamRole false",
            props: { uid: USER_UID, permissions: [entry({ isRamRole: false })] },
            outcome: { kind: "violation", messageIncludes: ["permissions[].isRamRole: found permissions[0] (roleType \"namespace\", roleName \"dev\") granted to a RAM user", "isRamRole: true"] },
        },
    ],
    omitted: [
        { title: "isRamRole omitted (the API reads a user)", props: { uid: USER_UID, permissions: [{ cluster: "c-1", roleType: "namespace", roleName: "dev", namespace: "a" }] }, outcome: { kind: "violation", messageIncludes: ["isRamRole not true"] } },
        { title: "no permissions", props: { uid: USER_UID }, outcome: { kind: "pass" } },
    ],
    unknown: [{ title: "isRamRole computed at preview", props: grant(entry({ isRamRole: UNKNOWN })), outcome: { kind: "unknown" } }],
    more: [
        { title: "isRamRole \"false\" as a string", props: grant(entry({ isRamRole: "false" })), outcome: { kind: "violation", messageIncludes: ["isRamRole not true"] } },
        { title: "only the user entries are named", props: grant(entry(), entry({ roleName: "restricted", isRamRole: false })), outcome: { kind: "violation", messageIncludes: ["permissions[1]"], messageExcludes: ["permissions[0]"] } },
        { title: "permissions null", props: { uid: USER_UID, permissions: null }, outcome: { kind: "pass" } },
    ],
};
