import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { entry, grant } from "./permission.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-permission-custom-role",
    resourceType: T.KubernetesPermission,
    compliant: [{ title: "predefined dev role", props: grant(entry()), outcome: { kind: "pass" } }],
    violating: [
        {
            title: "a custom ClusterRole in one namespace",
            props: grant(entry(), entry({ roleName: "cs:dev", isCustom: true })),
            outcome: { kind: "violation", messageIncludes: ["permissions[].isCustom: found permissions[1] (roleType \"namespace\", roleName \"cs:dev\") with isCustom = true"] },
        },
    ],
    omitted: [
        { title: "isCustom omitted (predefined role)", props: grant({ cluster: "c-1", roleType: "cluster", roleName: "ops", isRamRole: true }), outcome: { kind: "pass" } },
    ],
    unknown: [{ title: "isCustom computed at preview", props: grant(entry({ isCustom: UNKNOWN })), outcome: { kind: "unknown" } }],
    more: [
        { title: "isCustom as the string \"true\"", props: grant(entry({ roleName: "reader", isCustom: "true" })), outcome: { kind: "violation", messageIncludes: ["roleName \"reader\""] } },
        { title: "empty permissions", props: grant(), outcome: { kind: "pass" } },
        {
            title: "exempted after review",
            props: grant(entry({ roleName: "cs:dev", isCustom: true })),
            config: { exemptions: [{ resource: "example", reason: "ClusterRole cs:dev reviewed in SEC-88" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "reviewed in SEC-88" },
        },
    ],
};
