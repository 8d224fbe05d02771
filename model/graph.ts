// One place that knows how resources refer to each other in a stack policy. Property
// dependencies first: they hold even while an id is unknown at preview (a node pool's `clusterId`
// taken from a new cluster's `id` depends on that cluster). Literal ids second: an id written as
// a string matches nothing in the stack (ids are outputs), so such references are "external".
import type { PolicyResource } from "@pulumi/policy";
import { CLUSTER_TOKENS } from "./resources";

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

/** Resources of `types` whose property `prop` depends on `target`. */
export function referencing(resources: PolicyResource[], target: PolicyResource, prop: string, types: readonly string[]): PolicyResource[] {
    return resources.filter((r) => types.includes(r.type) && dependenciesOf(r, prop).some((d) => d.urn === target.urn));
}

export function ofType(resources: PolicyResource[], types: readonly string[]): PolicyResource[] {
    return resources.filter((r) => types.includes(r.type));
}

/** The provider resource (registered in this stack) a resource was created with, if any. */
export function providerResourceOf(r: PolicyResource, resources: PolicyResource[]): PolicyResource | undefined {
    const urn = r.provider?.urn;
    return urn ? resources.find((p) => p.urn === urn) : undefined;
}

/**
 * The ACK cluster a Kubernetes resource is deployed to: its explicit provider's `kubeconfig`
 * depends on a cluster of this stack (e.g. built from the cluster's outputs). Undefined when the
 * kubeconfig comes from elsewhere (a file, config, or an invoke whose result carries no dependency).
 */
export function clusterOfWorkload(r: PolicyResource, resources: PolicyResource[]): PolicyResource | undefined {
    const provider = providerResourceOf(r, resources);
    if (provider === undefined) return undefined;
    return referencedResource(provider, "kubeconfig", CLUSTER_TOKENS) ?? provider.dependencies.find((d) => CLUSTER_TOKENS.includes(d.type as never));
}
