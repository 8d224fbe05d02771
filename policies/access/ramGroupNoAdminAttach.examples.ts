import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";

export const examples: PolicyExamples = {
    policy: "ack-ram-group-no-admin-attach",
    resourceType: T.RamGroupPolicyAttachment,
    compliant: [{ title: "read-only ACK system policy", props: { groupName: "devs", policyName: "AliyunCSReadOnlyAccess", policyType: "System" }, outcome: { kind: "pass" } }],
    violating: [
        {
            title: "AliyunCSFullAccess for a group",
            props: { groupName: "ops", policyName: "AliyunCSFullAccess", policyType: "System" },
            outcome: { kind: "violation", messageIncludes: ["found system policy \"AliyunCSFullAccess\" (policyType \"System\") attached to a RAM group", "every member of the group"] },
        },
    ],
    omitted: [{ title: "policyType omitted", props: { groupName: "ops", policyName: "AdministratorAccess" }, outcome: { kind: "violation", messageIncludes: ["(policyType not set)"] } }],
    unknown: [{ title: "policyName computed at preview", props: { groupName: "ops", policyName: UNKNOWN, policyType: "Custom" }, outcome: { kind: "unknown" } }],
    more: [
        { title: "a custom policy with the same name", props: { groupName: "ops", policyName: "AliyunCSFullAccess", policyType: "Custom" }, outcome: { kind: "pass" } },
        { title: "policyName null", props: { groupName: "ops", policyName: null, policyType: "System" }, outcome: { kind: "pass" } },
    ],
};
