// One place that knows how resources refer to each other in a stack policy. Property
// dependencies first: they hold even while an id is unknown at preview (a node pool's `clusterId`
// taken from a new cluster's `id` depends on that cluster). Literal ids second: an id written as
// a string matches nothing in the stack (ids are outputs), so such references are "external".
//
// Lookups over the stack go through an index built once per `resources` array (the SDK hands each
// stack policy its own array), so a stack policy costs O(resources + edges), never their product.
import type { PolicyResource } from "@pulumi/policy";
import { CLUSTER_TOKENS, T } from "./resources";

/** The part of a stack resource reference questions need (a PolicyResource is one). */
export interface GraphResource {
    urn: string;
    type: string;
    name: string;
    props: Record<string, any>;
    propertyDependencies?: Record<string, GraphResource[]>;
    /** Ids a literal reference can name: known in an old state only (the plan gate), never at preview. */
    ids?: readonly string[];
}

interface StackIndex<R extends GraphResource> {
    /** The first resource with each URN (URNs are unique in a real stack). */
    byUrn: Map<string, R>;
    byType: Map<string, R[]>;
    position: Map<R, number>;
    /** Target URN -> property -> the resources whose property depends on the target, in stack order. */
    dependents?: Map<string, Map<string, R[]>>;
}

const indexes = new WeakMap<readonly GraphResource[], StackIndex<GraphResource>>();

function indexOf<R extends GraphResource>(resources: readonly R[]): StackIndex<R> {
    let ix = indexes.get(resources) as StackIndex<R> | undefined;
    if (ix === undefined) {
        const byUrn = new Map<string, R>();
        const byType = new Map<string, R[]>();
        const position = new Map<R, number>();
        resources.forEach((r, i) => position.set(r, i));
        for (const r of resources) {
            if (!byUrn.has(r.urn)) byUrn.set(r.urn, r);
            const list = byType.get(r.type);
            if (list === undefined) byType.set(r.type, [r]);
            else list.push(r);
        }
        ix = { byUrn, byType, position };
        indexes.set(resources, ix as unknown as StackIndex<GraphResource>);
    }
    return ix;
}

/** Reverse property-dependency edges, built on first use. */
function dependentsOf<R extends GraphResource>(resources: readonly R[]): Map<string, Map<string, R[]>> {
    const ix = indexOf(resources);
    if (ix.dependents === undefined) {
        const rev = new Map<string, Map<string, R[]>>();
        for (const r of resources) {
            const pd = r.propertyDependencies;
            if (pd === null || typeof pd !== "object") continue;
            for (const prop of Object.keys(pd)) {
                for (const d of dependenciesOf(r, prop)) {
                    let byProp = rev.get(d.urn);
                    if (byProp === undefined) rev.set(d.urn, (byProp = new Map()));
                    const list = byProp.get(prop);
                    if (list === undefined) byProp.set(prop, [r]);
                    // A resource listed twice under one property is one dependent (its entries are contiguous).
                    else if (list[list.length - 1] !== r) list.push(r);
                }
            }
        }
        ix.dependents = rev;
    }
    return ix.dependents;
}

/** The resources that property `prop` of `r` depends on. */
export function dependenciesOf<R extends GraphResource>(r: R, prop: string): R[] {
    const deps = r.propertyDependencies?.[prop];
    return Array.isArray(deps) ? (deps.filter((d) => d !== undefined && d !== null) as R[]) : [];
}

/** The first resource of one of `types` that property `prop` of `r` depends on. */
export function referencedResource(r: PolicyResource, prop: string, types: readonly string[]): PolicyResource | undefined {
    return dependenciesOf(r, prop).find((d) => types.includes(d.type));
}

/** The cluster a node pool, add-on, policy instance... belongs to (through `clusterId`). */
export function clusterOf(r: PolicyResource): PolicyResource | undefined {
    return referencedResource(r, "clusterId", CLUSTER_TOKENS);
}

/** Resources of `types` (in stack order) whose property `prop` depends on `target`. */
export function referencing<R extends GraphResource>(resources: readonly R[], target: Pick<PolicyResource, "urn">, prop: string, types: readonly string[]): R[] {
    const list = dependentsOf(resources).get(target.urn)?.get(prop);
    return list === undefined ? [] : list.filter((r) => types.includes(r.type));
}

/** The resources of `types`, in stack order. */
export function ofType<R extends GraphResource>(resources: readonly R[], types: readonly string[]): R[] {
    const ix = indexOf(resources);
    if (types.length === 1) return [...(ix.byType.get(types[0]) ?? [])];
    const wanted = new Set(types);
    return resources.filter((r) => wanted.has(r.type));
}

/** `rs` (resources of `resources`) sorted in stack order. */
export function inStackOrder<R extends GraphResource>(resources: readonly R[], rs: R[]): R[] {
    const position = indexOf(resources).position;
    return rs.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
}

/** The resource with `urn` in `resources`, if any (the first one, should URNs repeat). */
export function resourceByUrn<R extends GraphResource>(resources: readonly R[], urn: string): R | undefined {
    return indexOf(resources).byUrn.get(urn);
}

/** The provider resource (registered in this stack) a resource was created with, if any. */
export function providerResourceOf(r: PolicyResource, resources: readonly PolicyResource[]): PolicyResource | undefined {
    const urn = r.provider?.urn;
    return urn ? resourceByUrn(resources, urn) : undefined;
}

/**
 * The ACK cluster a Kubernetes resource is deployed to: its explicit provider's `kubeconfig`
 * depends on a cluster of this stack (e.g. built from the cluster's outputs). Undefined when the
 * kubeconfig comes from elsewhere (a file, config, or an invoke whose result carries no dependency).
 */
export function clusterOfWorkload(r: PolicyResource, resources: readonly PolicyResource[]): PolicyResource | undefined {
    const provider = providerResourceOf(r, resources);
    if (provider === undefined) return undefined;
    return referencedResource(provider, "kubeconfig", CLUSTER_TOKENS) ?? provider.dependencies.find((d) => CLUSTER_TOKENS.includes(d.type as never));
}

/** A resource that launches or is a node of an ACK cluster outside the node-pool resource itself. */
export interface ClusterNode<R extends GraphResource = PolicyResource> {
    /** An ess.ScalingConfiguration, ecs.EcsLaunchTemplate or ecs.Instance. */
    resource: R;
    /** How it joins the cluster, for messages ("ess.ScalingGroup workers, scaled by cs.KubernetesAutoscaler ca of cluster ack"). */
    via: string;
    /** The cluster, when the reference chain reaches one of this stack. */
    cluster?: R;
    /** The node pool an ecs.Instance is attached to (cs.NodePool `instances`): its management covers the node's patching. */
    pool?: R;
}

const NODE_SHAPE_TYPES: readonly string[] = [T.EssScalingConfiguration, T.EcsLaunchTemplate, T.EcsInstance];

/**
 * The nodes of the stack's clusters that no cs.NodePool launches (property dependencies only:
 * scaling group and instance ids are outputs, so a literal id names nothing of this stack):
 *  - the scaling configurations and launch templates of the ESS scaling groups a
 *    cs.KubernetesAutoscaler scales (`nodepools[].id`, a group's id or a configuration's
 *    `scalingGroupId`), and the ecs.Instances an ess.Attachment adds to those groups;
 *  - the ecs.Instances a cs.NodePool attaches (`instances`).
 * In stack order, each resource once.
 */
export function clusterNodes<R extends GraphResource>(resources: readonly R[]): ClusterNode<R>[] {
    const cached = nodeCache.get(resources);
    if (cached !== undefined) return cached as unknown as ClusterNode<R>[];
    const found = new Map<R, ClusterNode<R>>();
    const add = (resource: R, via: string, cluster: R | undefined, pool?: R) => {
        if (NODE_SHAPE_TYPES.includes(resource.type) && !found.has(resource)) found.set(resource, { resource, via, cluster, pool });
    };
    for (const scaler of ofType(resources, [T.KubernetesAutoscaler])) {
        const cluster = dependenciesOf(scaler, "clusterId").find((d) => (CLUSTER_TOKENS as readonly string[]).includes(d.type));
        const of = `scaled by cs.KubernetesAutoscaler ${scaler.name}${cluster ? ` of cluster ${cluster.name}` : ""}`;
        const groups: R[] = [];
        for (const d of dependenciesOf(scaler, "nodepools")) {
            if (d.type === T.EssScalingGroup) groups.push(d);
            if (d.type === T.EssScalingConfiguration) {
                add(d, `ess.ScalingConfiguration ${d.name}, ${of}`, cluster);
                groups.push(...dependenciesOf(d, "scalingGroupId").filter((g) => g.type === T.EssScalingGroup));
            }
        }
        for (const g of new Set(groups)) {
            const via = `ess.ScalingGroup ${g.name}, ${of}`;
            for (const c of referencing(resources, g, "scalingGroupId", [T.EssScalingConfiguration])) add(c, via, cluster);
            for (const lt of dependenciesOf(g, "launchTemplateId")) add(lt, via, cluster);
            for (const a of referencing(resources, g, "scalingGroupId", [T.EssAttachment])) {
                for (const i of dependenciesOf(a, "instanceIds")) add(i, `${via} (ess.Attachment ${a.name})`, cluster);
            }
        }
    }
    for (const pool of ofType(resources, [T.NodePool])) {
        const cluster = dependenciesOf(pool, "clusterId").find((d) => (CLUSTER_TOKENS as readonly string[]).includes(d.type));
        for (const i of dependenciesOf(pool, "instances")) add(i, `node pool ${pool.name} (an instance it attaches)`, cluster, pool);
    }
    const nodes = inStackOrder(resources, [...found.values()].map((n) => n.resource)).map((r) => found.get(r)!);
    nodeCache.set(resources, nodes as unknown as ClusterNode<GraphResource>[]);
    return nodes;
}

/** clusterNodes per `resources` array (stack policies ask for each security-group rule). */
const nodeCache = new WeakMap<readonly GraphResource[], ClusterNode<GraphResource>[]>();
