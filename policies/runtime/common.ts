// What the node and runtime policies share: which node pools an ECS node setting applies to
// (auto mode and edge node pools are left out, each with its reason), and the wording of
// cluster-level node settings on cs.EdgeKubernetes / cs.Kubernetes.
import { isEdgePool } from "../../model/nodeLifecycle";
import { ResourceContext } from "../../model/policy";
import { asArray, asBool, asObject, asString } from "../../model/props";
import { ClusterToken, PropsOf, propsAs, T } from "../../model/resources";

export const CREATE_NODE_POOL_URL = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/create-a-node-pool";

/** Node pools, plus the two deprecated cluster resources that still carry worker/master node settings. */
export const NODE_RESOURCE_TYPES = [T.NodePool, T.EdgeKubernetes, T.Kubernetes] as const;
export type NodeResourceToken = (typeof NODE_RESOURCE_TYPES)[number];


/**
 * Leaves (not applicable) when the pool does not apply `what` from the program:
 *  - auto mode: Alibaba Cloud sets it itself and ignores user values (provider docs for `autoMode`);
 *  - `ecsOnly` and an edge node pool: its nodes are machines the customer joins (ENS, other regions,
 *    data centers), not ECS instances the pool creates, so ECS launch settings do not reach them.
 * Only cs.NodePool is concerned; other types pass through.
 */
export function judgedNodePool(ctx: ResourceContext<object>, props: PropsOf[NodeResourceToken], what: string, ecsOnly = true): void {
    const pool = propsAs({ type: ctx.type, props }, T.NodePool);
    if (pool === undefined) {
        return;
    }
    if (asBool(pool.autoMode?.enabled) === true) {
        ctx.args.notApplicable(`auto mode node pool: Alibaba Cloud sets ${what} itself and ignores the value in the program`);
    }
    if (ecsOnly && isEdgePool(pool)) {
        ctx.args.notApplicable(`edge node pool (type "edge"): its nodes are machines you join to the cluster, not ECS instances this pool creates, so ${what} does not apply`);
    }
}

/** The tag value under `key` (trimmed, non-empty), or undefined for missing tags or odd shapes. */
export function tagValue(props: PropsOf[ClusterToken | typeof T.NodePool], key: string): string | undefined {
    return asString(asObject(props.tags)?.[key]);
}

/** A list of strings from an array (non-strings and blanks skipped) or a lone non-empty string. */
export function stringList(v: unknown): string[] {
    if (typeof v === "string") {
        return asString(v) === undefined ? [] : [v.trim()];
    }
    const out: string[] = [];
    for (const x of asArray(v)) {
        const s = asString(x);
        if (s !== undefined) out.push(s);
    }
    return out;
}

export { isEdgePool };
