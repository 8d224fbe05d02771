import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";

export const examples: PolicyExamples = {
    policy: "ack-ram-no-admin-attach",
    resourceType: T.RamUserPolicyAttachment,
    compliant: [
        { title: "read-only ACK system policy", props: { userName: "alice", policyName: "AliyunCSReadOnlyAccess", policyType: "System" }, outcome: { kind: "pass" } },
        { title: "a custom policy that shares the name (judged by ack-ram-policy-no-wildcard)", props: { userName: "alice", policyName: "AdministratorAccess", policyType: "Custom" }, outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "AdministratorAccess for a user",
            props: { userName: "alice", policyName: "AdministratorAccess", policyType: "System" },
            outcome: { kind: "violation", messageIncludes: ["policyName: found system policy \"AdministratorAccess\" (policyType \"System\") attached to a RAM user", "ram.RolePolicyAttachment"] },
        },
        { title: "AliyunCSFullAccess for a user", props: { userName: "alice", policyName: "AliyunCSFullAccess", policyType: "System" }, outcome: { kind: "violation", messageIncludes: ["AliyunCSFullAccess grants every ACK API action at RAM level: deleting or modifying clusters, node pools", "Kubernetes RBAC inside a cluster is granted separately", "to this user"] } },
        { title: "AliyunRAMFullAccess for a user (lets it grant itself anything)", props: { userName: "alice", policyName: "AliyunRAMFullAccess", policyType: "System" }, outcome: { kind: "violation", messageIncludes: ["attaching AdministratorAccess to itself or to anyone"] } },
        { title: "AliyunECSFullAccess for a user (lets it take over nodes)", props: { userName: "alice", policyName: "AliyunECSFullAccess", policyType: "System" }, outcome: { kind: "violation", messageIncludes: ["running commands on, stopping, re-imaging or replacing the cluster's nodes"] } },
    ],
    omitted: [
        { title: "policyType omitted (required by the provider)", props: { userName: "alice", policyName: "AliyunCSFullAccess" }, outcome: { kind: "violation", messageIncludes: ["(policyType not set)"] } },
        { title: "policyName omitted", props: { userName: "alice", policyType: "System" }, outcome: { kind: "pass" } },
    ],
    unknown: [{ title: "a System policy's name computed at preview", props: { userName: "alice", policyName: UNKNOWN, policyType: "System" }, outcome: { kind: "unknown" } }],
    more: [
        { title: "the name of a ram.Policy of the same stack (unknown at preview): a Custom policy, judged by ack-ram-policy-no-wildcard", props: { userName: "alice", policyName: UNKNOWN, policyType: "Custom" }, outcome: { kind: "pass" } },
        { title: "names compared case-insensitively", props: { userName: "alice", policyName: "administratoraccess", policyType: "system" }, outcome: { kind: "violation", messageIncludes: ["\"administratoraccess\""] } },
        { title: "the list is configurable: a name added", props: { userName: "alice", policyName: "AliyunOSSFullAccess", policyType: "System" }, config: { forbiddenPolicies: ["AdministratorAccess", "AliyunOSSFullAccess"] }, outcome: { kind: "violation", messageIncludes: ["AliyunOSSFullAccess grants what this team's forbidden list rules out"] } },
        { title: "the list is configurable: a name removed", props: { userName: "alice", policyName: "AliyunVPCFullAccess", policyType: "System" }, config: { forbiddenPolicies: ["AdministratorAccess"] }, outcome: { kind: "pass" } },
        { title: "AliyunAccFullAccess (the ACS counterpart) is forbidden by default", props: { userName: "alice", policyName: "AliyunAccFullAccess", policyType: "System" }, outcome: { kind: "violation", messageIncludes: ["every ACS (Container Compute Service) API action"] } },
        { title: "policyName of the wrong type", props: { userName: "alice", policyName: ["AdministratorAccess"], policyType: "System" }, outcome: { kind: "pass" } },
        {
            title: "exempted break-glass user",
            name: "break-glass-admin",
            props: { userName: "break-glass", policyName: "AdministratorAccess", policyType: "System" },
            config: { exemptions: [{ resource: "break-glass-admin", reason: "sealed break-glass account, SEC-12" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "sealed break-glass account" },
        },
    ],
};
