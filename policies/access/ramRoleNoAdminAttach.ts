import type { PolicyResource } from "@pulumi/policy";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";
import { dependenciesOf } from "../../model/graph";
import { stackPolicy } from "../../model/policy";
import { asArray, asObject, asString, listed, present } from "../../model/props";
import { CLUSTER_TOKENS, propsAs, T } from "../../model/resources";
import { AdminAttachConfig, adminAttachmentMatch, describeAdminMatch, forbiddenPoliciesConfig, parsePolicyDocument, RRSA_URL, statementsOf, stringList } from "./common";

/** Name prefix of the worker role ACK creates for a cluster's nodes. */
const DEFAULT_WORKER_ROLE_PREFIX = "KubernetesWorkerRole";
/** Federated principal of a cluster's RRSA OIDC provider: acs:ram::<account>:oidc-provider/ack-rrsa-<cluster id>. */
const RRSA_PROVIDER = "oidc-provider/ack-rrsa-";

/** The ram.Role of the stack an attachment's roleName refers to: by property dependency, else by literal name. */
function roleOf(att: PolicyResource, resources: PolicyResource[], literal: string | undefined): PolicyResource | undefined {
    const dep = dependenciesOf(att, "roleName").find((d) => d.type === T.RamRole);
    if (dep !== undefined || literal === undefined) return dep;
    return resources.find((r) => r.type === T.RamRole && literalRoleName(r) === literal);
}

/** A ram.Role's name as written (roleName, or the deprecated name), or undefined. Never throws on an unknown name. */
function literalRoleName(role: PolicyResource): string | undefined {
    const p = propsAs(role, T.RamRole);
    for (const key of ["roleName", "name"] as const) {
        if (dependenciesOf(role, key).length > 0) continue;
        const v = asString(p?.[key]);
        if (v !== undefined) return v;
    }
    return undefined;
}

/** Whether a trust-policy statement trusts a cluster's RRSA OIDC provider. */
function trustsRrsa(doc: unknown): boolean {
    const parsed = parsePolicyDocument(doc);
    if (!parsed.ok) return false;
    return statementsOf(parsed.doc).some((s) => {
        if (asString(s["Effect"])?.toLowerCase() !== "allow") return false;
        const federated = stringList(asObject(s["Principal"])?.["Federated"]);
        return federated.some((f) => f.includes(RRSA_PROVIDER));
    });
}

/** Who, other than a person, holds the role: the reason an admin policy on it is mandatory to remove. */
function machineHolder(role: PolicyResource | undefined, literal: string | undefined, resources: PolicyResource[]): string | undefined {
    const name = role !== undefined ? literalRoleName(role) : literal;
    const pools = resources.filter((r) => r.type === T.NodePool && (
        (role !== undefined && dependenciesOf(r, "ramRoleName").some((d) => d.urn === role.urn))
        || (name !== undefined && dependenciesOf(r, "ramRoleName").length === 0 && asString(propsAs(r, T.NodePool)?.ramRoleName) === name)));
    if (pools.length > 0) {
        return `it is the worker RAM role of cs.NodePool ${listed(pools.map((p) => p.name))} (ramRoleName): every process on those nodes, and every pod that can reach the instance metadata service, gets its credentials`;
    }
    if (name !== undefined && name.startsWith(DEFAULT_WORKER_ROLE_PREFIX)) {
        return `${name} is the worker RAM role ACK creates for a cluster's nodes: every process on those nodes, and every pod that can reach the instance metadata service, gets its credentials`;
    }
    if (role === undefined) return undefined;
    // A trust policy built from a cluster's outputs (its RRSA OIDC provider ARN) is the RRSA pattern,
    // even while the document itself is unknown at preview.
    const docKey = dependenciesOf(role, "assumeRolePolicyDocument").length > 0 || present(role.props, "assumeRolePolicyDocument") ? "assumeRolePolicyDocument" : "document";
    const fromCluster = dependenciesOf(role, docKey).filter((d) => (CLUSTER_TOKENS as readonly string[]).includes(d.type));
    if (fromCluster.length > 0) {
        return `its trust policy (${docKey}) is built from cluster ${listed(fromCluster.map((c) => c.name))}, as RRSA trust policies are: pods of that cluster assume it`;
    }
    const p = propsAs(role, T.RamRole);
    if (trustsRrsa(docKey === "assumeRolePolicyDocument" ? p?.assumeRolePolicyDocument : p?.document)) {
        return `its trust policy (${docKey}) trusts a cluster's RRSA OIDC provider (${RRSA_PROVIDER}…): pods of that cluster assume it`;
    }
    return undefined;
}

// The worker role of a node pool and the roles pods assume through RRSA are held by machines, not
// by people: an admin or full-access policy there is available to every process on the nodes or
// to every pod allowed to assume the role, without MFA or a person's decision. Other roles are the
// place ack-ram-no-admin-attach and ack-ram-group-no-admin-attach send such policies (roles people
// assume when needed), so they are not reported here.
export const ramRoleNoAdminAttach = stackPolicy<AdminAttachConfig>({
    name: "ack-ram-role-no-admin-attach",
    displayName: "No administrator system policies on node worker roles or RRSA roles",
    description: "A ram.RolePolicyAttachment must not attach AdministratorAccess or a full-access system policy (the admin-attachment list) to a role that a node pool uses as its worker role (cs.NodePool.ramRoleName, or ACK's KubernetesWorkerRole-*) or that a cluster's RRSA OIDC provider is trusted to assume.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Least privilege is the customer's on every cluster type; a node's worker role is usable by every process on the node (and by pods through the metadata service) and an RRSA role by every pod its trust policy admits, so admin rights there turn one compromised pod into an account takeover.",
    remediation: { does: false, why: "stack policy: the SDK remediates resource policies only; and the fix is detaching or choosing a narrower policy (ForceNew attachment fields)." },
    url: RRSA_URL,
    remediationSteps: "Give the worker role and RRSA roles scoped custom policies (the actions the workload needs, on the resources it needs) instead of AdministratorAccess or *FullAccess; keep admin policies on roles people assume with MFA.",
    responsibility: "access-control",
    clusterTypes: ALL_CLUSTER_TYPES,
    facts: [{
        fact: "cs.NodePool.ramRoleName names the pool's worker RAM role (a service role trusted by ECS); when empty, the cluster's default worker role (KubernetesWorkerRole-*) is used.",
        source: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cs/nodepool/",
        checked: "2026-12-01",
    }],
    config: forbiddenPoliciesConfig("roles"),
    resourceTypes: [T.RamRolePolicyAttachment, T.RamRole, T.NodePool],
    check: (ctx) => {
        for (const att of ctx.resources) {
            if (att.type !== T.RamRolePolicyAttachment) continue;
            const m = adminAttachmentMatch(propsAs(att, T.RamRolePolicyAttachment), ctx.config.forbiddenPolicies);
            if (m === undefined) continue;
            // The role's name is read only when no resource of the stack provides it (then it is a literal).
            const literal = dependenciesOf(att, "roleName").length > 0 ? undefined : asString(propsAs(att, T.RamRolePolicyAttachment)?.roleName);
            const role = roleOf(att, ctx.resources, literal);
            const holder = machineHolder(role, literal, ctx.resources);
            if (holder === undefined) continue;
            const forbidden = asArray(ctx.config.forbiddenPolicies).filter((p): p is string => typeof p === "string");
            ctx.report(att, {
                path: "policyName",
                found: describeAdminMatch(m, `RAM role ${role?.name ?? literal}`),
                expected: `none of ${forbidden.join(", ")} on node worker roles or RRSA roles`,
                why: `${m.match} grants ${m.grants}, and ${holder}.`,
                fix: "attach a scoped custom policy (the actions and resources the nodes or the workload need) instead.",
            });
        }
    },
});
