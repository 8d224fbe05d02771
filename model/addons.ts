// Which add-ons a cluster gets: inline `addons` entries and cs.KubernetesAddon resources alike. One
// place for the cluster policies, the access policies and the deletion gate.
import { GraphResource, referencing } from "./graph";
import { asArray, asBool, asObject, asString, quotable } from "./props";
import { ClusterToken, PropsOf, T } from "./resources";

/** One add-on a cluster gets. */
export interface DeclaredAddon<R extends GraphResource = GraphResource> {
    name: string;
    /** Where it is declared, for messages: `addons[2]` or `cs.KubernetesAddon logs`. */
    where: string;
    /** The cs.KubernetesAddon resource, when declared as one. */
    resource?: R;
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
export function inlineAddons<R extends GraphResource = GraphResource>(props: PropsOf[ClusterToken]): DeclaredAddon<R>[] {
    const out: DeclaredAddon<R>[] = [];
    const list = asArray(asObject(props) === undefined ? undefined : props.addons);
    for (let i = 0; i < list.length; i++) {
        const a = asObject(list[i]) === undefined ? undefined : (list[i] as InlineAddon);
        const name = asString(a?.name);
        if (name === undefined || asBool(a?.disabled) === true) continue;
        out.push({ name, where: `addons[${i}]`, config: () => a?.config });
    }
    return out;
}

/** The name a cs.KubernetesAddon installs (its `name` input; unnamed ones install nothing ACK knows). */
export function addonResourceName(r: GraphResource): string | undefined {
    return r.type === T.KubernetesAddon ? asString((r.props as PropsOf[typeof T.KubernetesAddon])?.name) : undefined;
}

const knowsIds = (r: GraphResource) => r.ids !== undefined && r.ids.length > 0;

/**
 * Inline add-ons plus the cs.KubernetesAddon resources on the cluster: those whose `clusterId`
 * depends on it and, where ids are known (an old state), those that name its id.
 */
export function addonsOf<R extends GraphResource>(cluster: R, resources: R[]): DeclaredAddon<R>[] {
    const out = inlineAddons<R>(cluster.props as PropsOf[ClusterToken]);
    const onCluster = referencing(resources, cluster, "clusterId", [T.KubernetesAddon]);
    if (knowsIds(cluster)) {
        const ids = new Set(cluster.ids);
        for (const r of resources) {
            if (r.type === T.KubernetesAddon && ids.has(asString(r.props?.clusterId) ?? "") && !onCluster.includes(r)) onCluster.push(r);
        }
    }
    for (const r of onCluster) {
        const name = addonResourceName(r);
        if (name !== undefined) {
            out.push({ name, where: `cs.KubernetesAddon ${r.name}`, resource: r, config: () => (r.props as PropsOf[typeof T.KubernetesAddon])?.config });
        }
    }
    return out;
}

/** The names of the add-ons a cluster gets (inline and cs.KubernetesAddon). */
export function addonNames(cluster: GraphResource, resources: GraphResource[]): string[] {
    return addonsOf(cluster, resources).map((a) => a.name);
}

/** Whether `cluster` installs the add-on `name` (exactly so named, inline or as a resource). */
export function installsAddon<R extends GraphResource>(resources: R[], cluster: R, name: string): boolean {
    return addonsOf(cluster, resources).some((a) => a.name === name);
}

/** The first add-on whose name is one of `names` (case-insensitive). */
export function findAddon<A extends DeclaredAddon>(addons: A[], names: readonly string[]): A | undefined {
    const wanted = new Set(names.map((n) => n.toLowerCase()));
    return addons.find((a) => wanted.has(a.name.toLowerCase()));
}

/** "add-ons [a, b]" or "no add-ons declared", for messages. */
export function describeAddons(addons: DeclaredAddon[]): string {
    // Names shaped like identifiers are shown bare (they are add-on names); anything else may be a secret.
    const names = addons.map((a) => (quotable(a.name) ? a.name : `a name of ${a.name.length} characters (not shown)`));
    return addons.length === 0 ? "no add-ons declared" : `add-ons [${names.join(", ")}]`;
}
