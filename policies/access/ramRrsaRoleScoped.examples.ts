import { ExampleResource, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { MANAGED } from "../cluster/cluster.fixtures";

const PROVIDER = "acs:ram::1234567890123456:oidc-provider/ack-rrsa-c0123456789abcdef";

function trust(condition?: Record<string, unknown>, principal: unknown = { Federated: [PROVIDER] }): string {
    return JSON.stringify({
        Version: "1",
        Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: principal, ...(condition ? { Condition: condition } : {}) }],
    });
}

const SCOPED = { StringEquals: { "oidc:aud": "sts.aliyuncs.com", "oidc:sub": "system:serviceaccount:payments:api" } };

function role(doc: unknown, field = "assumeRolePolicyDocument", dependsOnCluster = false): ExampleResource[] {
    return [
        { type: T.ManagedKubernetes, name: "ack", props: MANAGED },
        { type: T.RamRole, name: "payments-role", props: { roleName: "payments-oss", [field]: doc }, propertyDependencies: dependsOnCluster ? { [field]: ["ack"] } : undefined },
    ];
}

export const examples: PolicyExamples = {
    policy: "ack-ram-rrsa-role-scoped",
    resourceType: T.RamRole,
    compliant: [
        { title: "trust scoped to one service account", resources: role(trust(SCOPED)), target: "payments-role", outcome: { kind: "pass" } },
        { title: "two named service accounts", resources: role(trust({ StringEquals: { "oidc:sub": ["system:serviceaccount:payments:api", "system:serviceaccount:payments:worker"] } })), target: "payments-role", outcome: { kind: "pass" } },
        { title: "a role trusted by a service, not by an OIDC provider", resources: role(trust(undefined, { Service: ["ecs.aliyuncs.com"] })), target: "payments-role", outcome: { kind: "pass" } },
    ],
    violating: [
        { title: "only oidc:aud: any pod of the cluster can assume it", resources: role(trust({ StringEquals: { "oidc:aud": "sts.aliyuncs.com" } })), target: "payments-role", outcome: { kind: "violation", messageIncludes: ["ram.Role assumeRolePolicyDocument Statement[0].Condition: found no oidc:sub condition"] } },
        { title: "a namespace-wide wildcard", resources: role(trust({ StringLike: { "oidc:sub": "system:serviceaccount:payments:*" } })), target: "payments-role", outcome: { kind: "violation", messageIncludes: ["found oidc:sub StringLike [\"system:serviceaccount:payments:*\"]"] } },
        { title: "the deprecated document field", resources: role(trust(), "document"), target: "payments-role", outcome: { kind: "violation", messageIncludes: ["ram.Role document Statement[0].Condition"] } },
        {
            title: "a document built from the stack's cluster naming another provider path",
            resources: role(trust(undefined, { Federated: "acs:ram::1234567890123456:oidc-provider/custom-name" }), "assumeRolePolicyDocument", true),
            target: "payments-role",
            outcome: { kind: "violation", messageIncludes: ["no oidc:sub condition"] },
        },
    ],
    omitted: [{ title: "no Condition at all", resources: role(trust()), target: "payments-role", outcome: { kind: "violation", messageIncludes: ["found no oidc:sub condition"] } }],
    unknown: [{ title: "the trust document is built from the cluster's RRSA metadata at preview", resources: role(UNKNOWN, "assumeRolePolicyDocument", true), target: "payments-role", outcome: { kind: "unknown" } }],
    more: [
        { title: "a role without a trust document", resources: [{ type: T.RamRole, name: "payments-role", props: { roleName: "r" } }], target: "payments-role", outcome: { kind: "pass" } },
        { title: "a single service-account wildcard is not a name", resources: role(trust({ StringEquals: { "oidc:sub": "system:serviceaccount:payments:*" } })), target: "payments-role", outcome: { kind: "violation", messageIncludes: ["StringEquals"] } },
    ],
};
