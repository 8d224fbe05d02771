// What the access-control policies share: reading cs.KubernetesPermission entries, parsing RAM
// policy documents, and resolving which RAM identity in a stack holds access to which cluster.
//
// `identitiesWithClusterAccess` is pure and reads only the graph (types, property dependencies),
// never a prop value, so it cannot throw on unknowns; the `ackguard plan` gate reuses it.
import type { PolicyResource } from "@pulumi/policy";
import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";
import { dependenciesOf, referencing } from "../../model/graph";
import type { Finding } from "../../model/policy";
import { asArray, asBool, asObject, asString, Bag, show } from "../../model/props";
import { CLUSTER_TOKENS, ClusterToken, PropsOf, propsAs, T } from "../../model/resources";

export const RBAC_URL = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/best-practices-of-authorization";
export const RAM_POLICY_URL = "https://www.alibabacloud.com/help/doc-detail/86485.htm";
export const REVOKE_KUBECONFIG_URL = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/revoke-a-kubeconfig-credential";
export const RRSA_URL = "https://www.alibabacloud.com/help/doc-detail/356611.html";
export const RAM_AUTHENTICATOR = "ack-ram-authenticator";

/** The revocation order the seed asks for, worded once for every message that needs it. */
export const REVOCATION_PROCEDURE =
    "Before deleting it: revoke its kubeconfig (console \"Revoke KubeConfig\" or the CleanUserPermissions API), "
    + "then remove its cs.KubernetesPermission grants, then unprotect and delete it; "
    + "deleting a RAM user or role does not revoke the RBAC permissions or kubeconfig it holds in ACK.";

// ---------------------------------------------------------------------------------------------
// cs.KubernetesPermission entries

type PermissionProps = PropsOf[typeof T.KubernetesPermission];

/** One entry of a KubernetesPermission's `permissions`, as the SDK types it (values still unchecked). */
export type PermissionElement = NonNullable<PermissionProps["permissions"]>[number];

export interface PermissionEntry {
    /** Index in `permissions`, for messages ("permissions[1]"). */
    index: number;
    entry: PermissionElement;
}

/** The object entries of a KubernetesPermission's `permissions` (non-objects skipped). */
export function permissionEntries(props: PermissionProps | undefined): PermissionEntry[] {
    const out: PermissionEntry[] = [];
    const list = asArray(asObject(props) === undefined ? undefined : props?.permissions);
    for (let index = 0; index < list.length; index++) {
        if (asObject(list[index]) !== undefined) {
            out.push({ index, entry: list[index] as PermissionElement });
        }
    }
    return out;
}

/** `roleType`, lower-cased ("cluster", "namespace", "all-clusters"), or undefined. */
export function roleTypeOf(entry: PermissionElement): string | undefined {
    return asString(entry?.roleType)?.toLowerCase();
}

/** A grant to a RAM user: `isRamRole` is not true (omitted means a user, as the API reads it). */
export function grantsToUser(entry: PermissionElement): boolean {
    return asBool(entry?.isRamRole) !== true;
}

/** "permissions[0] (roleType "cluster", roleName "admin")" — never reads `cluster`, which is often unknown at preview. */
export function describeEntry(p: PermissionEntry): string {
    const name = asString(p.entry?.roleName);
    const type = asString(p.entry?.roleType);
    return `permissions[${p.index}] (roleType ${type === undefined ? "not set" : show(type)}, roleName ${name === undefined ? "not set" : show(name)})`;
}

// ---------------------------------------------------------------------------------------------
// RAM policy documents

export type ParsedDocument = { ok: true; doc: Bag } | { ok: false; reason: string };

/** A RAM policy document given as a JSON string or as an object; never throws on bad JSON. */
export function parsePolicyDocument(v: unknown): ParsedDocument {
    if (typeof v === "string") {
        let parsed: unknown;
        try {
            parsed = JSON.parse(v);
        } catch {
            return { ok: false, reason: "it is not valid JSON" };
        }
        const doc = asObject(parsed);
        return doc === undefined ? { ok: false, reason: "it is JSON but not an object" } : { ok: true, doc };
    }
    const doc = asObject(v);
    return doc === undefined ? { ok: false, reason: "it is neither a JSON string nor an object" } : { ok: true, doc };
}

/** A string or a list of strings (RAM allows both for Action, Resource...). */
export function stringList(v: unknown): string[] {
    if (typeof v === "string") {
        return [v];
    }
    return asArray(v).filter((x): x is string => typeof x === "string");
}

/** `Statement` as a list of statement objects (RAM allows one object or a list). */
export function statementsOf(doc: Bag): Bag[] {
    const s = doc["Statement"];
    const one = asObject(s);
    if (one !== undefined) {
        return [one];
    }
    return asArray(s).map(asObject).filter((x): x is Bag => x !== undefined);
}

// ---------------------------------------------------------------------------------------------
// Identity -> cluster access in a stack

export const IDENTITY_TOKENS = [T.RamUser, T.RamRole] as const;

export interface ClusterAccess {
    /** The ram.User or ram.Role. */
    identity: PolicyResource;
    kind: "user" | "role";
    /** The cs.KubernetesPermission resources whose `uid` depends on the identity. */
    permissions: PolicyResource[];
    /**
     * The clusters in the stack those permissions reach: the clusters their `permissions` property
     * depends on. Property dependencies are per top-level property, so which entry reaches which
     * cluster is not known; every listed cluster is reached by at least one entry.
     */
    clusters: PolicyResource[];
    /** Non-cluster resources the `permissions` property depends on (their values cannot be resolved to a cluster). */
    otherDependencies: PolicyResource[];
}

function uniq(rs: PolicyResource[]): PolicyResource[] {
    const seen = new Set<string>();
    return rs.filter((r) => (seen.has(r.urn) ? false : (seen.add(r.urn), true)));
}

/** Every ram.User / ram.Role of the stack that a cs.KubernetesPermission grants cluster access to. */
export function identitiesWithClusterAccess(resources: PolicyResource[]): ClusterAccess[] {
    const out: ClusterAccess[] = [];
    for (const identity of resources) {
        if (identity.type !== T.RamUser && identity.type !== T.RamRole) continue;
        const grants = referencing(resources, identity, "uid", [T.KubernetesPermission]);
        if (grants.length === 0) continue;
        const deps = uniq(grants.flatMap((p) => dependenciesOf(p, "permissions")));
        out.push({
            identity,
            kind: identity.type === T.RamUser ? "user" : "role",
            permissions: grants,
            clusters: deps.filter((d) => (CLUSTER_TOKENS as readonly string[]).includes(d.type)),
            otherDependencies: deps.filter((d) => !(CLUSTER_TOKENS as readonly string[]).includes(d.type)),
        });
    }
    return out;
}

export type Reach =
    | { kind: "stack-only" }
    | { kind: "all-clusters"; permission: PolicyResource; entry: string }
    | { kind: "outside-stack"; permission: PolicyResource; why: string };

/**
 * Whether the grants reach only the clusters of `access.clusters`. Reads roleType and cluster
 * values (an unknown throws, as the SDK intends). A cluster id written as a literal cannot be told
 * apart from the known id of a stack cluster, so: more distinct cluster ids than stack clusters
 * the property depends on means at least one grant reaches a cluster outside the stack.
 */
export function reachOf(access: ClusterAccess): Reach {
    for (const permission of access.permissions) {
        const deps = dependenciesOf(permission, "permissions");
        const clusterDeps = deps.filter((d) => (CLUSTER_TOKENS as readonly string[]).includes(d.type));
        if (clusterDeps.length < deps.length) {
            return { kind: "outside-stack", permission, why: "its permissions depend on resources that are not clusters" };
        }
        const ids = new Set<string>();
        for (const p of permissionEntries(propsAs(permission, T.KubernetesPermission))) {
            if (roleTypeOf(p.entry) === "all-clusters") {
                return { kind: "all-clusters", permission, entry: describeEntry(p) };
            }
            const id = asString(p.entry?.cluster);
            if (id !== undefined) ids.add(id);
        }
        if (ids.size > clusterDeps.length) {
            return { kind: "outside-stack", permission, why: `its permissions name ${ids.size} cluster ids but depend on ${clusterDeps.length} cluster(s) of this stack` };
        }
    }
    return { kind: "stack-only" };
}

/** One inline `addons` entry of a cluster, as the SDK types it (values still unchecked). */
type InlineAddon = NonNullable<PropsOf[ClusterToken]["addons"]>[number];

/** Whether `cluster` installs the add-on `name`: inline in `addons` (not disabled) or as a cs.KubernetesAddon on it. */
export function installsAddon(resources: PolicyResource[], cluster: PolicyResource, name: string): boolean {
    const props = propsAs(cluster, ...CLUSTER_TOKENS);
    const list = asArray(asObject(props) === undefined ? undefined : props?.addons);
    for (let i = 0; i < list.length; i++) {
        if (asObject(list[i]) === undefined) continue;
        const addon = list[i] as InlineAddon;
        if (asString(addon?.name) === name && asBool(addon?.disabled) !== true) {
            return true;
        }
    }
    return referencing(resources, cluster, "clusterId", [T.KubernetesAddon]).some((r) => asString(propsAs(r, T.KubernetesAddon)?.name) === name);
}

/** "cs.KubernetesPermission perm-a, perm-b" for messages. */
export function names(rs: PolicyResource[]): string {
    return rs.map((r) => r.name).join(", ");
}

// ---------------------------------------------------------------------------------------------
// Admin system policies attached to users or groups

export const ADMIN_POLICIES_DEFAULT = ["AdministratorAccess", "AliyunCSFullAccess"];

/** The config both admin-attachment policies take: which system policies are forbidden. */
export interface AdminAttachConfig {
    forbiddenPolicies: string[];
}

export function forbiddenPoliciesConfig(principals: "users" | "groups"): { forbiddenPolicies: PolicyConfigJSONSchema } {
    return {
        forbiddenPolicies: {
            type: "array",
            items: { type: "string", minLength: 1 },
            uniqueItems: true,
            description: `System policy names (case-insensitive) that must not be attached to RAM ${principals}.`,
            default: ADMIN_POLICIES_DEFAULT,
        },
    };
}

/**
 * The finding for a user or group policy attachment of a forbidden system policy, or undefined.
 * A Custom policy that happens to share the name is left to ack-ram-policy-no-wildcard.
 */
export function adminAttachmentFinding(
    props: PropsOf[typeof T.RamUserPolicyAttachment] | PropsOf[typeof T.RamGroupPolicyAttachment],
    forbiddenPolicies: unknown,
    holder: "user" | "group",
): Finding | undefined {
    const o = asObject(props) === undefined ? undefined : props;
    const policyName = asString(o?.policyName);
    const forbidden = asArray(forbiddenPolicies).filter((p): p is string => typeof p === "string");
    const match = forbidden.find((f) => f.toLowerCase() === policyName?.toLowerCase());
    if (match === undefined) {
        return undefined;
    }
    const policyType = asString(o?.policyType);
    if (policyType !== undefined && policyType.toLowerCase() !== "system") {
        return undefined;
    }
    return {
        path: "policyName",
        found: `system policy ${show(policyName)} (policyType ${policyType === undefined ? "not set" : show(policyType)}) attached to a RAM ${holder}`,
        expected: `none of ${forbidden.join(", ")} on RAM ${holder}s`,
        why: `${match} lets ${holder === "group" ? "every member of the group" : "this user"} administer ACK, including granting any cluster's RBAC to anyone, and it stays with the person rather than with a role they assume.`,
        fix: "attach it to a ram.Role with a ram.RolePolicyAttachment and let people assume the role, or attach a scoped custom policy here.",
    };
}
