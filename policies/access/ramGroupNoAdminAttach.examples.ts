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
    unknown: [{ title: "a System policy's name computed at preview", props: { groupName: "ops", policyName: UNKNOWN, policyType: "System" }, outcome: { kind: "unknown" } }],
    more: [
        { title: "the name of a ram.Policy of the same stack (unknown at preview): a Custom policy, judged by ack-ram-policy-no-wildcard", props: { groupName: "ops", policyName: UNKNOWN, policyType: "Custom" }, outcome: { kind: "pass" } },
        { title: "a custom policy with the same name", props: { groupName: "ops", policyName: "AliyunCSFullAccess", policyType: "Custom" }, outcome: { kind: "pass" } },
        { title: "policyName null", props: { groupName: "ops", policyName: null, policyType: "System" }, outcome: { kind: "pass" } },
    ],
};
