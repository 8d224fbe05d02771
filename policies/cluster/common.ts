// What the cluster policies share: which cluster resource a policy is looking at, which add-ons a
// cluster gets (inline `addons` and cs.KubernetesAddon resources alike), and the wording for a
// cluster type that lacks a setting.
import type { PolicyResource } from "@pulumi/policy";
import { classifyCluster, ClusterClass } from "../../model/clusterType";
import { ResourceContext } from "../../model/policy";
import { asString } from "../../model/props";
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

// Add-ons are the model's (model/addons.ts); re-exported for the cluster policies.
export { addonNames, addonResourceName, addonsOf, describeAddons, findAddon, inlineAddons } from "../../model/addons";
export type { DeclaredAddon } from "../../model/addons";

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
