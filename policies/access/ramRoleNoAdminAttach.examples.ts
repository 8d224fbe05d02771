import { ExampleResource, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { CLUSTER_PROPS } from "./permission.fixtures";

const ECS_TRUST = JSON.stringify({ Version: "1", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: { Service: ["ecs.aliyuncs.com"] } }] });
const PEOPLE_TRUST = JSON.stringify({ Version: "1", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: { RAM: ["acs:ram::1234567890:root"] }, Condition: { Bool: { "acs:MFAPresent": "true" } } }] });
const RRSA_TRUST = JSON.stringify({
    Version: "1",
    Statement: [{
        Effect: "Allow",
        Action: "sts:AssumeRole",
        Principal: { Federated: ["acs:ram::1234567890:oidc-provider/ack-rrsa-c1234567890abcdef"] },
        Condition: { StringEquals: { "oidc:iss": "https://oidc-ack-cn-hangzhou.oss-cn-hangzhou-internal.aliyuncs.com/c1234567890abcdef", "oidc:aud": "sts.aliyuncs.com", "oidc:sub": "system:serviceaccount:apps:uploader" } },
    }],
});

function role(name: string, doc: unknown, deps?: Record<string, string[]>): ExampleResource {
    return { type: T.RamRole, name, props: { roleName: name, assumeRolePolicyDocument: doc }, ...(deps ? { propertyDependencies: deps } : {}) };
}

/** An attachment of `policyName` to role `roleRes` (by property dependency). */
function attach(roleRes: string, policyName: unknown, policyType: unknown = "System"): ExampleResource {
    return { type: T.RamRolePolicyAttachment, name: "att", props: { roleName: UNKNOWN, policyName, policyType }, propertyDependencies: { roleName: [roleRes] } };
}

/** A node pool whose worker role is `roleRes`. */
function pool(roleRes: string): ExampleResource {
    return { type: T.NodePool, name: "workers", props: { clusterId: "c-1234567890abcdef", ramRoleName: UNKNOWN, instanceTypes: ["ecs.g7.xlarge"] }, propertyDependencies: { ramRoleName: [roleRes] } };
}

export const examples: PolicyExamples = {
    policy: "ack-ram-role-no-admin-attach",
    resourceType: T.RamRolePolicyAttachment,
    compliant: [
        { title: "AdministratorAccess on a role people assume with MFA (where the user and group rules send it)", resources: [role("ops-admin", PEOPLE_TRUST), attach("ops-admin", "AdministratorAccess")], target: "att", outcome: { kind: "pass" } },
        { title: "a node pool's worker role with a scoped custom policy", resources: [role("worker", ECS_TRUST), pool("worker"), attach("worker", "worker-oss-read", "Custom")], target: "att", outcome: { kind: "pass" } },
        { title: "an RRSA role with a read-only system policy", resources: [role("uploader", RRSA_TRUST), attach("uploader", "AliyunOSSReadOnlyAccess")], target: "att", outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "AliyunECSFullAccess on a node pool's worker role (cs.NodePool.ramRoleName)",
            resources: [role("worker", ECS_TRUST), pool("worker"), attach("worker", "AliyunECSFullAccess")],
            target: "att",
            outcome: { kind: "violation", messageIncludes: ["ram.RolePolicyAttachment policyName: found system policy \"AliyunECSFullAccess\" (policyType \"System\") attached to RAM role worker", "it is the worker RAM role of cs.NodePool workers (ramRoleName)"] },
        },
        {
            title: "AdministratorAccess on a role trusted by a cluster's RRSA OIDC provider",
            resources: [role("uploader", RRSA_TRUST), attach("uploader", "AdministratorAccess")],
            target: "att",
            outcome: { kind: "violation", messageIncludes: ["trusts a cluster's RRSA OIDC provider (oidc-provider/ack-rrsa-…): pods of that cluster assume it"] },
        },
        {
            title: "AliyunRAMFullAccess on ACK's default worker role, by literal name",
            resources: [{ type: T.RamRolePolicyAttachment, name: "att", props: { roleName: "KubernetesWorkerRole-4a4fa089-80c1-48a5-b3c6-9349311f5c06", policyName: "AliyunRAMFullAccess", policyType: "System" } }],
            target: "att",
            outcome: { kind: "violation", messageIncludes: ["KubernetesWorkerRole-4a4fa089-80c1-48a5-b3c6-9349311f5c06 is the worker RAM role ACK creates", "attaching AdministratorAccess to itself or to anyone"] },
        },
        {
            title: "an RRSA trust policy built from the cluster's outputs (unknown at preview) is recognised by its dependency",
            resources: [
                { type: T.ManagedKubernetes, name: "ack", props: CLUSTER_PROPS },
                role("uploader", UNKNOWN, { assumeRolePolicyDocument: ["ack"] }),
                attach("uploader", "AliyunKMSFullAccess"),
            ],
            target: "att",
            outcome: { kind: "violation", messageIncludes: ["its trust policy (assumeRolePolicyDocument) is built from cluster ack, as RRSA trust policies are"] },
        },
        {
            title: "a worker role named literally in both the pool and the attachment",
            resources: [
                { type: T.NodePool, name: "workers", props: { clusterId: "c-1", ramRoleName: "ack-workers" } },
                { type: T.RamRolePolicyAttachment, name: "att", props: { roleName: "ack-workers", policyName: "AliyunVPCFullAccess", policyType: "System" } },
            ],
            target: "att",
            outcome: { kind: "violation", messageIncludes: ["attached to RAM role ack-workers", "worker RAM role of cs.NodePool workers"] },
        },
    ],
    omitted: [
        { title: "policyType omitted on a worker role (required by the provider)", resources: [role("worker", ECS_TRUST), pool("worker"), attach("worker", "AdministratorAccess", null)], target: "att", outcome: { kind: "violation", messageIncludes: ["(policyType not set)"] } },
        { title: "a role with no trust policy and no node pool", resources: [{ type: T.RamRole, name: "bare", props: { roleName: "bare" } }, attach("bare", "AdministratorAccess")], target: "att", outcome: { kind: "pass" } },
    ],
    unknown: [
        { title: "policyName computed at preview", resources: [role("worker", ECS_TRUST), pool("worker"), attach("worker", UNKNOWN)], target: "att", outcome: { kind: "unknown" } },
        { title: "the role's trust policy computed at preview from something other than a cluster", resources: [role("r", UNKNOWN), attach("r", "AdministratorAccess")], target: "att", outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "the deprecated document field with an RRSA trust", resources: [{ type: T.RamRole, name: "old", props: { name: "old", document: RRSA_TRUST } }, attach("old", "AliyunCSFullAccess")], target: "att", outcome: { kind: "violation", messageIncludes: ["its trust policy (document) trusts a cluster's RRSA OIDC provider"] } },
        { title: "a Custom policy that shares a forbidden name", resources: [role("worker", ECS_TRUST), pool("worker"), attach("worker", "AdministratorAccess", "Custom")], target: "att", outcome: { kind: "pass" } },
        { title: "the forbidden list is configurable", resources: [role("worker", ECS_TRUST), pool("worker"), attach("worker", "AliyunECSFullAccess")], target: "att", config: { forbiddenPolicies: ["AdministratorAccess"] }, outcome: { kind: "pass" } },
        {
            title: "exempted attachment",
            resources: [role("worker", ECS_TRUST), pool("worker"), attach("worker", "AliyunECSFullAccess")],
            target: "att",
            config: { exemptions: [{ resource: "att", reason: "node self-repair agent, replaced in Q1 (SEC-31)" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "att: node self-repair agent" },
        },
    ],
};
