// Shared fixtures for the access-control examples.
import { ExampleResource, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";

export const CLUSTER_ID = "c-1234567890abcdef";

/** One permissions[] entry; defaults to a namespace-scoped "dev" grant to a RAM role. */
export function entry(fields: Record<string, unknown> = {}): Record<string, unknown> {
    return { cluster: CLUSTER_ID, roleType: "namespace", roleName: "dev", namespace: "team-a", isCustom: false, isRamRole: true, ...fields };
}

export const ROLE_UID = "300800000000000001";
export const USER_UID = "200800000000000001";

/** A cs.KubernetesPermission's props with the given entries. */
export function grant(...entries: Record<string, unknown>[]): Record<string, unknown> {
    return { uid: ROLE_UID, permissions: entries };
}

export const CLUSTER_PROPS = { clusterSpec: "ack.pro.small", vswitchIds: ["vsw-a", "vsw-b"] };

/**
 * A stack with a cluster "ack", an identity "alice" (ram.User unless `role`) and a permission "alice-rbac"
 * granting `entries` on that cluster (cluster ids unknown, as at preview).
 */
export function accessStack(opts: {
    identity?: { type?: string; props?: Record<string, unknown>; protect?: boolean };
    cluster?: Record<string, unknown>;
    entries?: Record<string, unknown>[];
    extra?: ExampleResource[];
}): ExampleResource[] {
    const id = opts.identity ?? {};
    const isRole = id.type === T.RamRole;
    const entries = opts.entries ?? [entry({ cluster: UNKNOWN, roleType: "cluster", roleName: "ops", isRamRole: isRole })];
    return [
        { type: T.ManagedKubernetes, name: "ack", props: opts.cluster ?? CLUSTER_PROPS },
        { type: id.type ?? T.RamUser, name: "alice", props: id.props ?? (isRole ? { roleName: "alice" } : { name: "alice" }), protect: id.protect },
        {
            type: T.KubernetesPermission,
            name: "alice-rbac",
            props: { uid: UNKNOWN, permissions: entries },
            propertyDependencies: { uid: ["alice"], permissions: ["ack"] },
        },
        ...(opts.extra ?? []),
    ];
}
