// What the cluster policies share: which cluster resource a policy is looking at, which add-ons a
// cluster gets (inline `addons` and cs.KubernetesAddon resources alike), and the wording for a
// cluster type that lacks a setting.
import type { PolicyResource } from "@pulumi/policy";
import { classifyCluster, ClusterClass } from "../../model/clusterType";
import { referencing } from "../../model/graph";
import { ResourceContext } from "../../model/policy";
import { asArray, asBool, asObject, asString, quotable } from "../../model/props";
import { CLUSTER_TOKENS, ClusterToken, PropsOf, propsAs, shortTypeName, T } from "../../model/resources";

/** The four cluster resources by what they are, for switches. */
export type ClusterKind = "managed" | "serverless" | "edge" | "dedicated";

export function clusterKind(type: string): ClusterKind | undefined {
    switch (type) {
        case T.ManagedKubernetes: return "managed";
        case T.ServerlessKubernetes: return "serverless";
        case T.EdgeKubernetes: return "edge";
        case T.Kubernetes: return "dedicated";
        default: return undefined;
    }
}

/** The cluster resources of a stack. */
export function clustersIn(resources: PolicyResource[]): PolicyResource[] {
    return resources.filter((r) => (CLUSTER_TOKENS as readonly string[]).includes(r.type));
}

/**
 * Leaves (not applicable) because this cluster resource has no such setting. Used where the
 * missing feature is not the customer's to configure on that type, or only a migration could add it.
 */
export function lacks(ctx: ResourceContext<object>, feature: string, advice?: string): never {
    return ctx.args.notApplicable(`${shortTypeName(ctx.type)} has no ${feature}${advice ? `; ${advice}` : ""}`);
}

/**
 * The props of a cluster that has the Managed/Serverless-only settings (operationPolicy,
 * encryptionProviderKey...); for cs.EdgeKubernetes and cs.Kubernetes, leaves with `lacks`.
 */
export function managedOrServerless(
    props: PropsOf[ClusterToken],
    ctx: ResourceContext<object>,
    feature: string,
    advice: string,
): PropsOf[typeof T.ManagedKubernetes] | PropsOf[typeof T.ServerlessKubernetes] {
    const p = propsAs({ type: ctx.type, props }, T.ManagedKubernetes, T.ServerlessKubernetes);
    return p ?? lacks(ctx, feature, advice);
}

/** One add-on a cluster gets. */
export interface DeclaredAddon {
    name: string;
    /** Where it is declared, for messages: `addons[2]` or `cs.KubernetesAddon logs`. */
    where: string;
    /** The cs.KubernetesAddon resource, when declared as one. */
    resource?: PolicyResource;
    /**
     * Its `config` (a JSON string), read only when called: an unknown config then throws for the
     * policy that asks, not for every policy that lists add-ons.
     */
    config: () => unknown;
}

/** One inline `addons` entry of a cluster, as the SDK types it (values still unchecked). */
type InlineAddon = NonNullable<PropsOf[ClusterToken]["addons"]>[number];

/**
 * The inline `addons` of a cluster's props that are installed: an entry with `disabled: true`
 * tells ACK not to install it, and an entry without a name installs nothing.
 */
export function inlineAddons(props: PropsOf[ClusterToken]): DeclaredAddon[] {
    const out: DeclaredAddon[] = [];
    const list = asArray(props.addons);
    for (let i = 0; i < list.length; i++) {
        const a = asObject(list[i]) === undefined ? undefined : (list[i] as InlineAddon);
        const name = asString(a?.name);
        if (name === undefined || asBool(a?.disabled) === true) continue;
        out.push({ name, where: `addons[${i}]`, config: () => a?.config });
    }
    return out;
}

/** The name a cs.KubernetesAddon installs (its `name` input; unnamed ones install nothing ACK knows). */
export function addonResourceName(r: PolicyResource): string | undefined {
    return asString(propsAs(r, T.KubernetesAddon)?.name);
}

/** Inline add-ons plus the cs.KubernetesAddon resources whose `clusterId` depends on the cluster. */
export function addonsOf(cluster: PolicyResource, resources: PolicyResource[]): DeclaredAddon[] {
    const out = inlineAddons(cluster.props);
    for (const r of referencing(resources, cluster, "clusterId", [T.KubernetesAddon])) {
        const name = addonResourceName(r);
        if (name !== undefined) {
            out.push({ name, where: `cs.KubernetesAddon ${r.name}`, resource: r, config: () => propsAs(r, T.KubernetesAddon)?.config });
        }
    }
    return out;
}

/** The names of the add-ons a cluster gets (inline and cs.KubernetesAddon). */
export function addonNames(cluster: PolicyResource, resources: PolicyResource[]): string[] {
    return addonsOf(cluster, resources).map((a) => a.name);
}

/** The first add-on whose name is one of `names` (case-insensitive). */
export function findAddon(addons: DeclaredAddon[], names: readonly string[]): DeclaredAddon | undefined {
    const wanted = new Set(names.map((n) => n.toLowerCase()));
    return addons.find((a) => wanted.has(a.name.toLowerCase()));
}

/** "add-ons [a, b]" or "no add-ons declared", for messages. */
export function describeAddons(addons: DeclaredAddon[]): string {
    // Names shaped like identifiers are shown bare (they are add-on names); anything else may be a secret.
    const names = addons.map((a) => (quotable(a.name) ? a.name : `a name of ${a.name.length} characters (not shown)`));
    return addons.length === 0 ? "no add-ons declared" : `add-ons [${names.join(", ")}]`;
}

/** "cs.ManagedKubernetes (profile Default)", "cs.EdgeKubernetes"... for messages. */
export function clusterLabel(type: string, props: unknown): string {
    return classifyCluster(type, props)?.why ?? shortTypeName(type);
}

/** True when clusterSpec names an ACK Pro tier (ack.pro.*). */
export function isPro(clusterSpec: unknown): boolean {
    const s = asString(clusterSpec);
    return s !== undefined && s.toLowerCase().startsWith("ack.pro.");
}

/** The number of elements of an array without reading them (elements may be unknown vswitch ids). */
export function countOf(v: unknown): number | undefined {
    return Array.isArray(v) ? v.length : undefined;
}

/**
 * Why a cluster policy does not judge an ACS cluster (cs.ManagedKubernetes with profile "Acs"):
 * ACS is Container Compute Service, and whether it honours this ACK setting is not documented.
 */
export function acsNotJudged(feature: string): string {
    return `profile "Acs" is ACS (Container Compute Service), a separate product; that it honours ${feature} is not documented, so this policy does not judge it: check the setting in the ACS console`;
}

/** classifyCluster for a stack resource. */
export function classifyOf(r: PolicyResource): ClusterClass | undefined {
    return classifyCluster(r.type, r.props);
}
