// Which RAM identity can reach which ACK cluster: the one answer the preview policy
// ack-identity-deletion-readiness and the `ackguard plan` deletion gate share.
//
// It works on a minimal graph resource, so a PolicyResource (policies) and an old-state resource
// (plan gate) are both accepted. Property dependencies come first: they hold while ids are unknown.
// Literal ids come second and only where ids are known: the plan gate fills `ids` from the old
// state; a policy at preview never has them, so there no prop value is read and nothing can throw.
import { installsAddon } from "./addons";
import { dependenciesOf, GraphResource, referencing } from "./graph";
import { asArray, asObject, asString, show } from "./props";
import { CLUSTER_TOKENS, PropsOf, T } from "./resources";

export type { GraphResource };
export const RAM_AUTHENTICATOR = "ack-ram-authenticator";
export { installsAddon };

const isCluster = (r: GraphResource) => (CLUSTER_TOKENS as readonly string[]).includes(r.type);

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

/** "permissions[0] (roleType "cluster", roleName "admin")" — never reads `cluster`, which is often unknown at preview. */
export function describeEntry(p: PermissionEntry): string {
    const name = asString(p.entry?.roleName);
    const type = asString(p.entry?.roleType);
    return `permissions[${p.index}] (roleType ${type === undefined ? "not set" : show(type)}, roleName ${name === undefined ? "not set" : show(name)})`;
}

// ---------------------------------------------------------------------------------------------
// Identity -> cluster access

export const IDENTITY_TOKENS = [T.RamUser, T.RamRole] as const;

export interface ClusterAccess<R extends GraphResource = GraphResource> {
    /** The ram.User or ram.Role. */
    identity: R;
    kind: "user" | "role";
    /** The cs.KubernetesPermission resources granting it access (`uid` depends on it, or names its id). */
    permissions: R[];
    /**
     * The clusters of the stack those permissions reach: the clusters their `permissions` property
     * depends on, plus (ids known) the clusters an entry names by id. Property dependencies are per
     * top-level property, so which entry reaches which cluster is not known.
     */
    clusters: R[];
    /** Non-cluster resources the `permissions` property depends on (their values cannot be resolved to a cluster). */
    otherDependencies: R[];
}

function uniq<R extends GraphResource>(rs: R[]): R[] {
    const seen = new Set<string>();
    return rs.filter((r) => (seen.has(r.urn) ? false : (seen.add(r.urn), true)));
}

const knowsIds = (r: GraphResource) => r.ids !== undefined && r.ids.length > 0;

/** The cluster ids the entries of a permission name, read only when ids are known (old state). */
function literalClusters<R extends GraphResource>(permission: R, clusters: R[]): R[] {
    if (!clusters.some(knowsIds)) return [];
    const named = new Set<string>();
    for (const p of permissionEntries(permission.props as PermissionProps)) {
        const id = asString(p.entry?.cluster);
        if (id !== undefined) named.add(id);
    }
    return clusters.filter((c) => (c.ids ?? []).some((id) => named.has(id)));
}

/** The cs.KubernetesPermission resources that grant `identity` access. */
function grantsOf<R extends GraphResource>(identity: R, resources: readonly R[], permissions: R[]): R[] {
    // Through the stack index: O(edges), not O(identities x permissions).
    const byDependency = referencing(resources, identity, "uid", [T.KubernetesPermission]);
    if (!knowsIds(identity)) return byDependency;
    const ids = new Set(identity.ids);
    return [...byDependency, ...permissions.filter((p) => ids.has(asString(p.props?.uid) ?? ""))];
}

/** Every ram.User / ram.Role among `resources` that a cs.KubernetesPermission grants cluster access to. */
export function identitiesWithClusterAccess<R extends GraphResource>(resources: R[]): ClusterAccess<R>[] {
    const permissions = resources.filter((r) => r.type === T.KubernetesPermission);
    const clusters = resources.filter(isCluster);
    const out: ClusterAccess<R>[] = [];
    for (const identity of resources) {
        const access = accessOf(identity, resources, permissions, clusters);
        if (access !== undefined) out.push(access);
    }
    return out;
}

/** The access one identity holds among `resources`, or undefined when it holds none. */
export function clusterAccessOf<R extends GraphResource>(identity: R, resources: R[]): ClusterAccess<R> | undefined {
    return accessOf(identity, resources, resources.filter((r) => r.type === T.KubernetesPermission), resources.filter(isCluster));
}

function accessOf<R extends GraphResource>(identity: R, resources: readonly R[], permissions: R[], clusters: R[]): ClusterAccess<R> | undefined {
    if (identity.type !== T.RamUser && identity.type !== T.RamRole) return undefined;
    const grants = uniq(grantsOf(identity, resources, permissions));
    if (grants.length === 0) return undefined;
    // Without the flattened list uniq would take: in a dense stack every grant depends on every resource.
    const seen = new Set<string>();
    const deps: R[] = [];
    for (const p of grants) {
        for (const d of dependenciesOf(p, "permissions")) {
            if (!seen.has(d.urn)) {
                seen.add(d.urn);
                deps.push(d);
            }
        }
    }
    return {
        identity,
        kind: identity.type === T.RamUser ? "user" : "role",
        permissions: grants,
        clusters: uniq([...deps.filter(isCluster), ...grants.flatMap((p) => literalClusters(p, clusters))]),
        otherDependencies: deps.filter((d) => !isCluster(d)),
    };
}

export type Reach<R extends GraphResource = GraphResource> =
    | { kind: "stack-only" }
    | { kind: "all-clusters"; permission: R; entry: string }
    | { kind: "outside-stack"; permission: R; why: string };

/**
 * Whether the grants reach only the clusters of `access.clusters`. Reads roleType and cluster
 * values (an unknown throws, as the SDK intends). Where ids are known, a cluster id resolves to a
 * cluster exactly. Where they are not (preview), a literal id cannot be told apart from the known
 * id of a stack cluster, so: more distinct cluster ids than stack clusters the property depends on
 * means at least one grant reaches a cluster outside the stack.
 */
export function reachOf<R extends GraphResource>(access: ClusterAccess<R>): Reach<R> {
    const known = new Set(access.clusters.flatMap((c) => [...(c.ids ?? [])]));
    for (const permission of access.permissions) {
        const deps = dependenciesOf(permission, "permissions");
        const clusterDeps = deps.filter(isCluster);
        if (clusterDeps.length < deps.length) {
            return { kind: "outside-stack", permission, why: "its permissions depend on resources that are not clusters" };
        }
        const unresolved = new Set<string>();
        for (const p of permissionEntries(permission.props as PermissionProps)) {
            if (roleTypeOf(p.entry) === "all-clusters") {
                return { kind: "all-clusters", permission, entry: describeEntry(p) };
            }
            const id = asString(p.entry?.cluster);
            if (id !== undefined && !known.has(id)) unresolved.add(id);
            if (id === undefined && known.size > 0) {
                return { kind: "outside-stack", permission, why: `${describeEntry(p)} names no cluster` };
            }
        }
        const unmatchedDeps = clusterDeps.filter((c) => !knowsIds(c)).length;
        if (unresolved.size > unmatchedDeps) {
            const why = known.size === 0
                ? `its permissions name ${unresolved.size} cluster ids but depend on ${clusterDeps.length} cluster(s) of this stack`
                : `its permissions name ${unresolved.size} cluster id(s) that match no cluster of this stack`;
            return { kind: "outside-stack", permission, why };
        }
    }
    return { kind: "stack-only" };
}

/**
 * Why ack-ram-authenticator does not end this identity's access to every cluster it reaches, or
 * undefined when it does: every cluster its grants reach is in the stack and installs the add-on.
 * The one statement of the rule behind `acceptRamAuthenticator`, for the policy and the deletion gate.
 */
export function authenticatorGap<R extends GraphResource>(access: ClusterAccess<R>, resources: R[]): string | undefined {
    if (access.clusters.length === 0) {
        return "its grants reach no cluster of this stack";
    }
    const without = access.clusters.filter((c) => !installsAddon(resources, c, RAM_AUTHENTICATOR));
    if (without.length > 0) {
        return `cluster ${names(without)} does not install ${RAM_AUTHENTICATOR}`;
    }
    const reach = reachOf(access);
    switch (reach.kind) {
        case "stack-only":
            return undefined;
        case "all-clusters":
            return `cs.KubernetesPermission ${reach.permission.name} ${reach.entry} reaches clusters outside this stack`;
        case "outside-stack":
            return `cs.KubernetesPermission ${reach.permission.name} may reach clusters outside this stack: ${reach.why}`;
    }
}

/** "perm-a, perm-b" for messages. */
export function names(rs: GraphResource[]): string {
    return rs.map((r) => r.name).join(", ");
}
